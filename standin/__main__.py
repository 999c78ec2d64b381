"""python -m standin: run the Bot API stand-in until interrupted.

Prints the base_url (e.g. http://127.0.0.1:8081/bot) on stdout once it accepts requests;
everything else goes to stderr. Drive it through /_standin/... (see standin.control).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from standin.bot_api_stand_in import DEFAULT_TOKEN, BotApiStandIn
from standin.webhook import WebhookOptions


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m standin", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port")
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--extra-token", action="append", default=[], dest="extra_tokens")
    parser.add_argument("--bot-username", default="CrampCoachBot")
    parser.add_argument("--bot-name", default="Cramp Coach")
    parser.add_argument("--spec", default=None, help="api.min.json (default: $BOT_API_SPEC)")
    parser.add_argument("--enforce-rate-limits", action="store_true")
    parser.add_argument(
        "--no-privacy-mode",
        action="store_true",
        help="let the bot see every group message, as with privacy mode off in BotFather",
    )
    parser.add_argument(
        "--webhook-origin",
        default=None,
        help="deliver webhook requests to this local origin (e.g. http://127.0.0.1:8443), "
        "keeping the webhook URL's path, as a TLS-terminating reverse proxy would",
    )
    parser.add_argument(
        "--webhook-timeout", type=float, default=60.0, help="seconds to wait for an answer"
    )
    parser.add_argument(
        "--webhook-retry-delay",
        type=float,
        default=1.0,
        help="pause after a failed delivery, doubled after each further failure",
    )
    parser.add_argument("--webhook-max-retry-delay", type=float, default=60.0)
    parser.add_argument("--log-level", default="WARNING")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    webhook = WebhookOptions(
        origin=args.webhook_origin,
        timeout=args.webhook_timeout,
        retry_delay=args.webhook_retry_delay,
        max_retry_delay=args.webhook_max_retry_delay,
    )
    stand_in = BotApiStandIn(
        args.token,
        args.bot_username,
        bot_name=args.bot_name,
        spec_path=args.spec,
        enforce_rate_limits=args.enforce_rate_limits,
        privacy_mode=not args.no_privacy_mode,
        extra_tokens=args.extra_tokens,
        webhook=webhook,
    )
    await stand_in.start(args.host, args.port)
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stopping.set)
    print(stand_in.base_url, flush=True)
    try:
        await stopping.wait()
    finally:
        await stand_in.stop()


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr)
    try:
        asyncio.run(serve(args))
    except (FileNotFoundError, ValueError) as error:
        print(f"standin: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"standin: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
