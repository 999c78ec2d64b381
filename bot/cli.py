"""`cramp-bot`: run the bot, chat with it locally, or ask it from the command line."""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from bot.settings import Settings, SettingsError
from knowledge.loader import ContentError
from storage.db import DatabaseSetupError

if TYPE_CHECKING:
    from knowledge.triage import TriageEngine, TriageResult
    from storage.db import Database


def _fail(message: str) -> int:
    print(f"cramp-bot: error: {message}", file=sys.stderr)
    return 2


def _load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        name = ".".join(str(p) for p in first["loc"]).upper()
        if not name:  # a check across settings (WEBHOOK_*): its message names them
            raise SettingsError(str(first["msg"]).removeprefix("Value error, ")) from None
        raise SettingsError(f"{name}: {first['msg']}") from None


async def _check_bot_api(token: str, base_url: str) -> None:
    """One getMe before starting, so a bad token or address fails in one clear line
    (PTB's own bootstrap would log a traceback first)."""
    from telegram import Bot

    async with Bot(token, base_url=base_url) as bot:
        await bot.get_me()


async def _check_database(db: Database) -> None:
    """Probe for a write before starting, so a database that cannot be used
    fails in one line naming DATABASE_URL (the bot's own start-up would log a traceback).
    Raises DatabaseSetupError."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import DatabaseUnavailable

    where = db.path or db.url.split("://")[0]
    db_log = logging.getLogger("storage.db")
    db_log.disabled = True  # its error line would repeat the one this check prints
    try:
        # A probe for a write, not the migration: that runs (and logs) as the bot starts.
        problem = await db.readiness()
    except DatabaseUnavailable as exc:
        problem = exc.problem
    except (SQLAlchemyError, OSError) as exc:
        detail = getattr(exc, "orig", None) or exc
        first = (str(detail).splitlines() or [type(detail).__name__])[0]
        raise DatabaseSetupError(
            f"DATABASE_URL: cannot use the database at {where} ({first}): check the "
            "setting, the server and this user's rights"
        ) from None
    finally:
        db_log.disabled = False
        await db.engine.dispose()  # its connections belong to this event loop
    if problem is not None:
        raise DatabaseSetupError(
            f"DATABASE_URL: {problem}; make the database file and its folder writable "
            "for this user, or point DATABASE_URL elsewhere"
        )


def _rejected(exc: Exception, base_url: str) -> str:
    """A 401 is a token Telegram does not know; a 404 (Not Found) from the API root is
    an address that is not a Bot API: the path of TELEGRAM_BASE_URL is wrong."""
    # Bot.initialize() re-raises the server's answer as "token rejected": look beneath.
    message = str(exc.__cause__ or exc)
    if "Not Found" in message or "404" in message:
        return (
            f"TELEGRAM_BASE_URL {base_url} is not a Bot API address (404 Not Found): "
            "it should end in /bot, e.g. https://api.telegram.org/bot"
        )
    return "Telegram rejected TELEGRAM_BOT_TOKEN (Unauthorized): check it with @BotFather"


def cmd_run(args: argparse.Namespace) -> int:
    import asyncio

    from telegram.error import InvalidToken, NetworkError

    from bot.application import ALLOWED_UPDATES, build_application, services_of
    from bot.logging_setup import configure_logging

    settings = _load_settings()
    token = settings.require_token()
    configure_logging(settings.log_level, [token], settings.log_format)
    if settings.sentry_dsn is not None and settings.sentry_dsn.get_secret_value():
        from ops.errors import init_error_reports

        init_error_reports(settings.sentry_dsn.get_secret_value(), [token])
    app = build_application(settings)
    asyncio.run(_check_database(services_of(app).db))
    try:
        asyncio.run(_check_bot_api(token, settings.telegram_base_url))
    except InvalidToken as exc:
        return _fail(_rejected(exc, settings.telegram_base_url))
    except NetworkError as exc:
        return _fail(
            f"cannot reach the Bot API at {settings.telegram_base_url} ({exc.message}); "
            "check TELEGRAM_BASE_URL and the network"
        )
    if settings.webhook_url is not None:
        from bot.webhook import run_webhook

        asyncio.run(run_webhook(app, settings, (signal.SIGINT, signal.SIGTERM)))
        return 0
    app.run_polling(
        allowed_updates=ALLOWED_UPDATES,
        timeout=settings.polling_timeout,
        stop_signals=(signal.SIGINT, signal.SIGTERM),
        close_loop=False,
    )
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    from bot.console import run_console

    return run_console(_load_settings())


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.ask import ask

    settings = _load_settings()
    result = ask(settings, args.text)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(result["answer"])
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Load and check every content file, as a start would, and keep the compiled
    patterns for the next start (an image builds them once, at build time)."""
    from knowledge.assistant import Assistant
    from knowledge.group_profiles import load_group_profiles
    from knowledge.loader import load_content
    from knowledge.pattern_cache import PATTERNS, keep_in
    from knowledge.reminder_texts import load_reminder_texts
    from knowledge.triage import load_triage

    settings = _load_settings()
    keep_in(settings.pattern_cache_dir)
    content = load_content(settings.content_dir)
    load_triage(settings.content_dir)
    load_reminder_texts(settings.content_dir)
    load_group_profiles(settings.content_dir)
    assistant = Assistant(content)
    assistant.keep_compiled_patterns()
    # What loads in threads (the language model, the table of meanings, the topic model)
    # must load too: an image missing one fails here, at build time, not at every message.
    assistant.wait_ready()
    kept = f"; compiled patterns kept in {PATTERNS.path}" if PATTERNS.path else ""
    print(
        f"content in {settings.content_dir} is valid: {len(content.topics)} topics, "
        f"{len(content.faq)} FAQ entries, {len(content.red_flags.signs)} red flags{kept}"
    )
    return 0


def cmd_triage(args: argparse.Namespace) -> int:
    from knowledge.triage import TriageEngine, load_triage

    settings = _load_settings()
    engine = TriageEngine(load_triage(settings.content_dir))
    if args.questions:
        listing = [
            {
                "id": q.id,
                "text": q.text,
                "options": [{"id": o.id, "text": o.text} for o in q.options],
            }
            for q in engine.questions
        ]
        print(json.dumps(listing, ensure_ascii=False, indent=None if args.json else 2))
        return 0
    try:
        answers = json.loads(args.answers)
    except json.JSONDecodeError as exc:
        return _fail(f"--answers is not valid JSON: {exc.msg}")
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        return _fail('--answers must be a JSON object of "question id": "option id"')
    try:
        result = engine.evaluate(answers)
    except ValueError as exc:
        return _fail(str(exc))
    print(_triage_report(engine, answers, result, as_json=args.json))
    return 0


def _triage_report(
    engine: TriageEngine, answers: dict[str, str], result: TriageResult, *, as_json: bool
) -> str:
    """A level only once nothing is left to ask; until then `level` is null and
    `at_least` is what the answers so far give (more answers can only raise it)."""
    asked = [q.id for q in engine.questions if q.id in answers]
    output = {
        "level": result.level if result.done else None,
        "complete": result.done,
        "at_least": result.level,
        "reasons": list(result.reasons),
        "asked": asked,
        "to_ask": list(result.to_ask),
    }
    if as_json:
        return json.dumps(output, ensure_ascii=False)
    lines = [f"level: {result.level}" if result.done else "level: none yet, more answers needed"]
    if not result.done:
        lines.append(f"  at least: {result.level}")
    lines += [f"  because: {reason}" for reason in result.reasons]
    if asked:
        lines.append(f"  answered: {', '.join(asked)}")
    if result.to_ask:
        lines.append(f"  still to ask: {', '.join(result.to_ask)}")
    return "\n".join(lines)


def _sqlite_database(settings: Settings, what: str) -> Path:
    from storage.db import sqlite_path

    path = sqlite_path(settings.database_url)
    if path is None:
        raise SettingsError(
            f"DATABASE_URL is not a SQLite file: {what} works on SQLite only; back up "
            "PostgreSQL with pg_dump and restore it with pg_restore (see the README)"
        )
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    from ops.backup import BackupError, backup

    database = _sqlite_database(_load_settings(), "backup")
    try:
        facts = backup(database, Path(args.path))
    except BackupError as exc:
        return _fail(str(exc))
    print(
        f"backed up {database} to {args.path} (migration {facts.revision}, "
        f"{facts.chats} chats, {facts.subscriptions} reminder schedules)"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ops.backup import BackupError, restore

    database = _sqlite_database(_load_settings(), "restore")
    try:
        facts = restore(Path(args.path), database)
    except BackupError as exc:
        return _fail(str(exc))
    print(
        f"restored {args.path} to {database} (migration {facts.revision}, {facts.chats} "
        f"chats, {facts.subscriptions} reminder schedules); the database it replaced is "
        f"{database.name}.before-restore"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cramp-bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser(
        "run",
        help="run the bot: long polling, or a webhook when WEBHOOK_URL is set "
        "(needs TELEGRAM_BOT_TOKEN)",
    )
    sub.add_parser("console", help="chat with the real bot in this terminal, no Telegram needed")
    ask_parser = sub.add_parser("ask", help="answer one question the way the chat would")
    ask_parser.add_argument("text")
    ask_parser.add_argument("--json", action="store_true", help="print a JSON object")
    sub.add_parser("check", help="check the content files and compile them ahead for faster starts")
    triage_parser = sub.add_parser("triage", help="list triage questions or evaluate answers")
    mode = triage_parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--questions", action="store_true", help="print the questions")
    mode.add_argument("--answers", metavar="JSON", help='e.g. \'{"emergency_signs": "absent"}\'')
    triage_parser.add_argument("--json", action="store_true", help="print JSON")
    backup_parser = sub.add_parser(
        "backup", help="copy the SQLite database to PATH, consistently, while the bot runs"
    )
    backup_parser.add_argument("path", metavar="PATH")
    restore_parser = sub.add_parser(
        "restore", help="put a backup back as the SQLite database (with the bot stopped)"
    )
    restore_parser.add_argument("path", metavar="PATH")
    return parser


COMMANDS = {
    "run": cmd_run,
    "console": cmd_console,
    "ask": cmd_ask,
    "check": cmd_check,
    "triage": cmd_triage,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (SettingsError, ContentError, DatabaseSetupError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
