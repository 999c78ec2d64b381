"""Progress: /today (with buttons to count a glass, a stretch or minerals taken without a
reminder, or typed: /today water 2) and /week's chart of the last 7 days."""

from __future__ import annotations

from datetime import date

from telegram import InlineKeyboardMarkup, Update

from bot import texts
from bot.buttons import Action
from bot.charts import DayTotals, week_chart_png
from bot.keyboards import Keyboards
from bot.private_chat import personal
from bot.replies import chat_ref, keyboards, reply, show
from bot.services import Context, Services, services
from scheduler.chat_ref import chat_row
from scheduler.numbers import is_number
from scheduler.planning import KINDS, Kind, local_day
from storage.activity import add_activity, day_totals, week_totals
from storage.models import Chat


async def _person_chat(svc: Services, update: Update, *, create: bool = True) -> Chat:
    async with svc.db.session.begin() as session:
        return await chat_row(session, chat_ref(update), svc.clock(), create=create)


_TODAY_KIND_WORDS: dict[str, Kind] = {
    "water": "hydration",
    "glass": "hydration",
    "glasses": "hydration",
    "drink": "hydration",
    "hydration": "hydration",
    "+1": "hydration",
    "stretch": "stretching",
    "stretches": "stretching",
    "stretching": "stretching",
    "mineral": "minerals",
    "minerals": "minerals",
}
MAX_ADDED_AT_ONCE = 10


def _today_text(chat: Chat, day: date, totals: dict[str, int]) -> str:
    return "\n".join(
        [
            texts.TODAY_TITLE.format(day=day.strftime("%a %d %b")),
            texts.TODAY_LINE_HYDRATION.format(
                count=totals.get("hydration", 0), goal=chat.hydration_goal
            ),
            texts.TODAY_LINE_STRETCHING.format(count=totals.get("stretching", 0)),
            texts.TODAY_LINE_MINERALS.format(count=totals.get("minerals", 0)),
            "",
            texts.TODAY_HINT,
        ]
    )


def _today_markup(kb: Keyboards) -> InlineKeyboardMarkup:
    """Count one without a reminder: a glass drunk, a stretch done, minerals eaten."""
    return InlineKeyboardMarkup(
        [
            [
                kb.button(texts.TODAY_BUTTON_LABELS[kind], Action.TODAY_ADD, kind)
                for kind in KINDS[:2]
            ],
            [
                kb.button(texts.TODAY_BUTTON_LABELS[kind], Action.TODAY_ADD, kind)
                for kind in KINDS[2:]
            ],
        ]
    )


def _read_today_addition(args: list[str]) -> tuple[Kind, int] | None:
    """`/today water`, `/today water 2`, `/today 2 glasses`, `/today +1`; None if not."""
    words = [word.lower() for word in args[:3]]
    kinds = [_TODAY_KIND_WORDS[w] for w in words if w in _TODAY_KIND_WORDS]
    numbers = [w for w in words if is_number(w)]
    if len(kinds) != 1 or len(kinds) + len(numbers) != len(words) or len(numbers) > 1:
        return None
    amount = int(numbers[0]) if numbers else 1  # is_number: ASCII digits, at most 6
    return (kinds[0], amount) if 1 <= amount <= MAX_ADDED_AT_ONCE else None


async def _count(
    svc: Services, update: Update, kind: Kind, amount: int, *, create: bool = True
) -> tuple[Chat, date, dict[str, int]]:
    """Count `amount` more of `kind` on the person's local today; the day's totals after."""
    user = update.effective_user
    assert user is not None
    chat = await _person_chat(svc, update, create=create)
    day = local_day(chat.timezone, svc.clock())
    async with svc.db.session.begin() as session:
        for _ in range(amount):
            await add_activity(session, user.id, kind, day)
        totals = await day_totals(session, user.id, day)
    return chat, day, totals


def _counted(chat: Chat, kind: str, totals: dict[str, int]) -> str:
    return texts.TODAY_ADDED[kind].format(count=totals.get(kind, 0), goal=chat.hydration_goal)


@personal
async def today_command(update: Update, context: Context) -> None:
    svc = services(context)
    user = update.effective_user
    assert user is not None
    kb = keyboards(update, context)
    args = list(context.args or [])
    if args:
        addition = _read_today_addition(args)
        if addition is None:
            await reply(update, texts.TODAY_USAGE)
            return
        chat, day, totals = await _count(svc, update, *addition)
        note = _counted(chat, addition[0], totals)
        await reply(update, f"{note}\n\n{_today_text(chat, day, totals)}", _today_markup(kb))
        return
    chat = await _person_chat(svc, update)
    day = local_day(chat.timezone, svc.clock())
    async with svc.db.session() as session:
        totals = await day_totals(session, user.id, day)
    await reply(update, _today_text(chat, day, totals), _today_markup(kb))


async def today_add_button(update: Update, context: Context) -> None:
    """+1 under /today: counts one, and the message shows the new totals."""
    query = update.callback_query
    assert query is not None
    kind = context.args[0] if context.args else ""
    if kind not in KINDS:
        await query.answer()
        return
    svc = services(context)
    chat, day, totals = await _count(svc, update, kind, 1, create=False)
    await query.answer(_counted(chat, kind, totals))
    await show(update, _today_text(chat, day, totals), _today_markup(keyboards(update, context)))


@personal
async def week_command(update: Update, context: Context) -> None:
    svc = services(context)
    user, message = update.effective_user, update.effective_message
    assert user is not None and message is not None
    chat = await _person_chat(svc, update)
    last = local_day(chat.timezone, svc.clock())
    async with svc.db.session() as session:
        week = await week_totals(session, user.id, last)
    days = [
        DayTotals(
            day, counts.get("hydration", 0), counts.get("stretching", 0), counts.get("minerals", 0)
        )
        for day, counts in sorted(week.items())
    ]
    png = week_chart_png(days, hydration_goal=chat.hydration_goal, title=texts.WEEK_TITLE)
    caption = texts.WEEK_CAPTION.format(
        water=sum(d.hydration for d in days),
        stretches=sum(d.stretches for d in days),
        minerals=sum(d.minerals for d in days),
    )
    await message.reply_photo(png, caption=caption, filename="week.png")
