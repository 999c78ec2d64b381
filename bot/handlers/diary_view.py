"""/diary: the latest entries (each editable and deletable), what the diary shows, the
medicines and remedies named, a chart of the last 30 days, and the weekly summary's
switch (bot/handlers/diary_summary.py). Actions are
diary/actions.py; this module only translates."""

from __future__ import annotations

from datetime import timedelta

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import render
from bot.buttons import Action
from bot.handlers.diary_summary import summary_button_row, summary_command
from bot.keyboards import Keyboards
from bot.private_chat import private_only
from bot.replies import keyboards, reply, show
from bot.services import Context, services
from diary import actions, wording
from diary.actions import EDITABLE, Item, edit_of
from diary.chart import DAYS, day_counts, diary_chart_png
from diary.entry import DURATIONS, SIDES, SITES, Cramp
from diary.parsing import Problem, read_item
from diary.patterns import find_patterns

DIARY_PAYLOAD = "diary"
SHOWN_ENTRIES = 5
# Patterns look this far back (a medicine's four weeks before and after included).
PATTERN_DAYS = 120
DELETE_LIFETIME = timedelta(minutes=10)


def item_text(item: Item) -> str:
    if item.started_on is None:
        return item.name
    return f"{item.name} ({wording.REPORT_STARTED.format(day=wording.date_text(item.started_on))})"


def _entry_buttons(kb: Keyboards, cramps: list[Cramp]) -> list[list[InlineKeyboardButton]]:
    return [
        [
            kb.button(f"{wording.BUTTON_EDIT} {number}", Action.DIARY_EDIT, cramp.id),
            kb.button(f"{wording.BUTTON_DELETE} {number}", Action.DIARY_DELETE, cramp.id),
        ]
        for number, cramp in enumerate(cramps, 1)
    ]


async def _diary_view(
    update: Update, context: Context
) -> tuple[str, InlineKeyboardMarkup, bytes | None, str]:
    """The diary's text, its buttons, and the chart with its caption (None: no entries)."""
    user = update.effective_user
    assert user is not None
    svc = services(context)
    now = svc.clock()
    zone = await actions.person_zone(svc.db, user.id)
    today = actions.today_of(zone, now)
    period = await actions.period(svc.db, user.id, today - timedelta(days=PATTERN_DAYS - 1), today)
    latest = await actions.latest(svc.db, user.id, SHOWN_ENTRIES)
    lines = [wording.DIARY_TITLE, ""]
    if not latest:
        lines += [wording.DIARY_EMPTY]
    else:
        lines.append(wording.DIARY_LATEST)
        lines += [
            f"{number}. {render.esc(wording.entry_text(cramp, zone))}"
            for number, cramp in enumerate(latest, 1)
        ]
    patterns = find_patterns(period, today, svc.content.diary)
    if patterns is not None:
        lines += ["", wording.DIARY_PATTERNS]
        lines += [render.esc(line) for line in patterns.lines(svc.content.diary)]
    if period.items:
        named = "; ".join(render.esc(item_text(item)) for item in period.items)
        lines += ["", wording.DIARY_ITEMS.format(items=named)]
    lines += ["", wording.DIARY_HINT]
    kb = keyboards(update, context)
    rows = _entry_buttons(kb, latest)
    rows.append(await summary_button_row(update, context))
    markup = InlineKeyboardMarkup(rows)
    chart: bytes | None = None
    caption = ""
    if latest:
        counts = day_counts(period.cramps, today, DAYS)
        chart = diary_chart_png(counts, title=wording.CHART_TITLE.format(days=DAYS))
        caption = wording.DIARY_CHART_CAPTION.format(
            cramps=wording.counted(sum(d.total for d in counts), "cramp", "cramps"),
            woken=wording.counted(sum(d.woke for d in counts), "night woken", "nights woken"),
        )
    return "\n".join(lines), markup, chart, caption


@private_only(DIARY_PAYLOAD, wording.LOG_PRIVATE_ONLY, wording.BUTTON_OPEN_PRIVATE)
async def diary_command(update: Update, context: Context) -> None:
    args = list(context.args or [])
    if args and args[0].lower() == "summary":
        await summary_command(update, context, args[1:])
        return
    if args:
        await _item_command(update, context, args)
        return
    message = update.effective_message
    assert message is not None
    text, markup, chart, caption = await _diary_view(update, context)
    await reply(update, text, markup)
    if chart is not None:
        await message.reply_photo(chart, caption=caption, filename="diary.png")


async def _item_command(update: Update, context: Context, args: list[str]) -> None:
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    svc = services(context)
    now = svc.clock()
    today = actions.today_of(await actions.person_zone(svc.db, user.id), now)
    command = read_item(args, today)
    if command is None:
        await reply(update, wording.DIARY_USAGE)
        return
    if isinstance(command, Problem):
        problem = (
            wording.DIARY_FUTURE_DATE
            if command.kind == "future"
            else wording.DIARY_BAD_DATE.format(detail=render.esc(command.detail))
        )
        await reply(update, f"{problem}\n\n{wording.DIARY_USAGE}")
        return
    name = render.esc(command.name)
    if command.action == "remove":
        removed = any(
            [
                await actions.forget_item(svc.db, user.id, kind, command.name)
                for kind in ("medicine", "tried")
            ]
        )
        text = wording.DIARY_ITEM_REMOVED if removed else wording.DIARY_ITEM_NOT_FOUND
        await reply(update, text.format(name=name))
        return
    saved = await actions.name_item(
        svc.db, user.id, chat.type, command.action, command.name, command.started_on, now
    )
    if saved.item is None:
        await reply(update, wording.DIARY_ITEMS_FULL)
        return
    await reply(update, wording.DIARY_ITEM_SAVED.format(item=render.esc(item_text(saved.item))))


# -- edit and delete ----------------------------------------------------------------------


def _id_arg(context: Context, index: int = 0) -> int | None:
    args = context.args or []
    value = args[index] if index < len(args) else ""
    return int(value) if value.isascii() and value.isdigit() else None


def _edit_markup(kb: Keyboards, cramp: Cramp) -> InlineKeyboardMarkup:
    fields = [
        kb.button(wording.EDIT_FIELDS[name], Action.DIARY_FIELD, cramp.id, name)
        for name in EDITABLE
    ]
    return InlineKeyboardMarkup(
        [
            fields[:3],
            fields[3:],
            [
                kb.button(wording.BUTTON_NOTE, Action.DIARY_NOTE, cramp.id),
                kb.button(wording.BUTTON_DELETE, Action.DIARY_DELETE, cramp.id),
            ],
            [kb.button(wording.BUTTON_BACK_TO_DIARY, Action.DIARY_BACK)],
        ]
    )


async def _show_entry(update: Update, context: Context, cramp: Cramp, note: str = "") -> None:
    user = update.effective_user
    assert user is not None
    zone = await actions.person_zone(services(context).db, user.id)
    entry = render.esc(wording.entry_text(cramp, zone))
    text = wording.EDIT_TITLE.format(entry=entry)
    if cramp.note:
        text += f"\n\n{wording.NOTE_MARK} {render.esc(cramp.note)}"
    await show(
        update, f"{note}\n{text}" if note else text, _edit_markup(keyboards(update, context), cramp)
    )


async def edit_button(update: Update, context: Context) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    entry_id = _id_arg(context)
    cramp = await actions.one(services(context).db, user.id, entry_id) if entry_id else None
    if cramp is None:
        await query.answer(wording.ENTRY_GONE, show_alert=True)
        return
    await query.answer()
    await _show_entry(update, context, cramp)


def _value_buttons(kb: Keyboards, cramp: Cramp, name: str) -> list[list[InlineKeyboardButton]]:
    def pick(label: str, value: str | int) -> InlineKeyboardButton:
        return kb.button(label, Action.DIARY_SET, cramp.id, name, value)

    if name == "severity":
        return [[pick(str(n), n) for n in range(0, 6)], [pick(str(n), n) for n in range(6, 11)]]
    if name == "duration":
        return [[pick(wording.DURATION_BUTTONS[d], d) for d in DURATIONS]]
    if name == "site":
        return [[pick(wording.SITE_BUTTONS[s], s) for s in SITES]]
    if name == "side":
        return [[pick(wording.SIDE_BUTTONS[s], s) for s in SIDES]]
    return [[pick(label, "y" if value else "n") for value, label in wording.WOKE_BUTTONS.items()]]


async def field_button(update: Update, context: Context) -> None:
    """Which answer to change: its choices, as when logging."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    entry_id = _id_arg(context)
    name = (context.args or ["", ""])[1] if len(context.args or []) > 1 else ""
    cramp = await actions.one(services(context).db, user.id, entry_id) if entry_id else None
    if cramp is None or name not in EDITABLE:
        await query.answer(wording.ENTRY_GONE, show_alert=True)
        return
    await query.answer()
    kb = keyboards(update, context)
    rows = _value_buttons(kb, cramp, name)
    rows.append([kb.button(wording.BUTTON_BACK_TO_DIARY, Action.DIARY_EDIT, cramp.id)])
    zone = await actions.person_zone(services(context).db, user.id)
    entry = render.esc(wording.entry_text(cramp, zone))
    await show(update, f"{entry}\n\n{wording.EDIT_FIELDS[name]}?", InlineKeyboardMarkup(rows))


async def set_button(update: Update, context: Context) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    args = list(context.args or [])
    entry_id = _id_arg(context)
    edit = edit_of(args[1], args[2]) if len(args) == 3 else None
    if entry_id is None or edit is None:
        await query.answer()
        return
    svc = services(context)
    cramp = await actions.edit_cramp(svc.db, user.id, entry_id, *edit, svc.clock())
    if cramp is None:
        await query.answer(wording.ENTRY_GONE, show_alert=True)
        return
    await query.answer(wording.EDIT_SAVED)
    await _show_entry(update, context, cramp)


async def delete_button(update: Update, context: Context) -> None:
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    assert query is not None and user is not None and chat is not None
    svc = services(context)
    entry_id = _id_arg(context)
    cramp = await actions.one(svc.db, user.id, entry_id) if entry_id else None
    if cramp is None:
        await query.answer(wording.ENTRY_GONE, show_alert=True)
        return
    await query.answer()
    zone = await actions.person_zone(svc.db, user.id)
    kb = keyboards(update, context)
    yes = svc.signer.sign_expiring(
        chat.id, DELETE_LIFETIME, Action.DIARY_DELETE_CONFIRMED, cramp.id
    )
    markup = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(wording.BUTTON_DELETE_YES, callback_data=yes)],
            [kb.button(wording.BUTTON_DELETE_NO, Action.DIARY_EDIT, cramp.id)],
        ]
    )
    entry = render.esc(wording.entry_text(cramp, zone))
    await show(update, wording.DELETE_CONFIRM.format(entry=entry), markup)


async def delete_confirmed(update: Update, context: Context) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    entry_id = _id_arg(context)
    deleted = entry_id is not None and await actions.delete_cramp(
        services(context).db, user.id, entry_id
    )
    if not deleted:
        await query.answer(wording.ENTRY_GONE, show_alert=True)
        return
    await query.answer()
    await show(update, wording.DELETED)


async def back_to_diary_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    text, markup, _, _ = await _diary_view(update, context)
    await show(update, text, markup)
