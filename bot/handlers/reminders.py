"""/remind (menu and typed shortcuts), /stop, and the buttons on each reminder."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import render, texts
from bot.handlers.common import Context, chat_for, in_group, keyboards, reply, show
from bot.keyboards import Keyboards
from bot.services import Services, services
from scheduler.parsing import (
    ListReminders,
    ParseError,
    Pause,
    RemindCommand,
    Resume,
    SetEvery,
    SetTimes,
    ShowMenu,
    StopAll,
    TurnOff,
    parse_remind,
)
from scheduler.planning import (
    KINDS,
    MAX_TIMES_PER_DAY,
    PROFILES,
    Kind,
    Profile,
    Schedule,
    end_of_local_day,
    local_day,
    outside_quiet,
    skipped_times,
)
from scheduler.presets import preset_keys, preset_schedule
from scheduler.subscriptions import (
    get_subscription,
    plan,
    quiet_of,
    replan_chat,
    schedule_of,
    set_schedule,
    stop_all,
    subscriptions_of,
    turn_off,
)
from scheduler.timezones import zone_label
from storage.activity import add_activity, is_done, mark_done_once
from storage.models import Chat, Delivery, Subscription
from storage.upsert import insert_for, rowcount

WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})
EVERY_DAY = frozenset(range(7))
DAY_PRESETS = {"e": EVERY_DAY, "w": WEEKDAYS, "k": WEEKENDS}
PAUSE_CHOICES = (1, 3, 7)
SNOOZE_MINUTES = frozenset({15, 60})


def profile_of(chat: Chat) -> Profile:
    """The chat's profile; an unknown value (an old row) counts as general."""
    profile = chat.profile
    return profile if profile in PROFILES else "general"


def describe_days(days: frozenset[int]) -> str:
    if days == EVERY_DAY:
        return texts.REMIND_DAYS_EVERY.lower()
    if days == WEEKDAYS:
        return texts.REMIND_DAYS_WEEKDAYS
    if days == WEEKENDS:
        return texts.REMIND_DAYS_WEEKENDS
    return ", ".join(texts.WEEKDAY_NAMES[d] for d in sorted(days))


def describe_when(schedule: Schedule) -> str:
    """The times of a schedule: "every 2 h, 09:00–21:00" or "09:00, 13:00, 17:00"."""
    if schedule.every_hours and schedule.window:
        start, end = schedule.window
        return f"every {schedule.every_hours} h, {start:%H:%M}–{end:%H:%M}"
    return ", ".join(f"{t:%H:%M}" for t in schedule.times)


def _times_list(times: tuple[time, ...]) -> str:
    shown = [f"{t:%H:%M}" for t in times]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"


def describe_schedule(schedule: Schedule) -> str:
    return f"{describe_when(schedule)} ({describe_days(schedule.days)})"


def preset_label(kind: Kind, key: str, profile: Profile) -> str:
    """A preset button's label, made from the schedule that very preset saves for the
    profile (scheduler/presets.py), with the preset's name in front when it has one."""
    schedule = preset_schedule(kind, key, profile)
    if schedule is None:
        raise ValueError(f"no preset {key!r} for {kind}")
    when = describe_when(schedule)
    name = texts.REMIND_PRESET_NAMES.get(kind, {}).get(key)
    return f"{name} {when}" if name else when[:1].upper() + when[1:]


def preset_rows(
    kb: Keyboards, kind: Kind, profile: Profile, action: str
) -> list[list[InlineKeyboardButton]]:
    """One button per preset of the kind; pressing it saves what its label says."""
    return [
        [kb.button(preset_label(kind, key, profile), action, kind, key)]
        for key in preset_keys(kind)
    ]


def _day_words(days: frozenset[int]) -> str:
    """Days as /remind reads them back: "" (every day), "mon-fri", "sat sun", "mon,wed"."""
    if days == EVERY_DAY:
        return ""
    if days == WEEKDAYS:
        return "mon-fri"
    if days == WEEKENDS:
        return "sat sun"
    return ",".join(texts.WEEKDAY_NAMES[d].lower() for d in sorted(days))


def keep_both_command(prefix: str, old: Schedule, new: Schedule) -> str | None:
    """The command that would keep an old schedule's times and add the new ones, or None
    when one schedule cannot hold both (other days, too many times)."""
    if old.kind != new.kind or old.days != new.days:
        return None
    times = sorted(set(old.times) | set(new.times))
    if len(times) > MAX_TIMES_PER_DAY or set(times) == set(new.times):
        return None
    words = [prefix, new.kind, *(f"{t:%H:%M}" for t in times), _day_words(new.days)]
    return " ".join(word for word in words if word)


def local_when(chat: Chat, instant: datetime | None) -> str:
    if instant is None:
        return "—"
    from zoneinfo import ZoneInfo

    return instant.astimezone(ZoneInfo(chat.timezone)).strftime("%a %d %b %H:%M")


# -- the menu -----------------------------------------------------------------------------


def _menu_text(chat: Chat, subs: list[Subscription]) -> str:
    lines = [texts.REMIND_MENU_TITLE, ""]
    if not subs:
        lines.append(texts.REMIND_NONE)
    for sub in subs:
        label = texts.KIND_LABELS[sub.kind]
        schedule = describe_schedule(schedule_of(sub))
        lines.append(f"{label}: {schedule}, next {_next_text(chat, sub)}")
    lines.append("")
    if chat.timezone_set:
        lines.append(texts.REMIND_ZONE_HINT.format(zone=render.esc(zone_label(chat.timezone))))
    else:
        lines.append(texts.REMIND_ZONE_UNSET)
    if chat.paused_until is not None:
        lines.append(texts.REMIND_PAUSED.format(until=local_when(chat, chat.paused_until)))
    return "\n".join(lines)


def _menu_markup(kb: Keyboards, chat: Chat, subs: list[Subscription]) -> InlineKeyboardMarkup:
    by_kind = {sub.kind: sub for sub in subs}
    rows = []
    for kind in KINDS:
        sub = by_kind.get(kind)
        state = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
        rows.append([kb.button(f"{texts.KIND_LABELS[kind]}: {state}"[:60], "rmk", kind)])
    if chat.paused_until is not None:
        rows.append([kb.button(texts.REMIND_RESUME, "rmr")])
    elif subs:
        rows.append([kb.button(texts.REMIND_PAUSE.format(days=d), "rmp", d) for d in PAUSE_CHOICES])
    if subs:
        rows.append([kb.button(texts.REMIND_STOP_ALL, "rmx")])
    return InlineKeyboardMarkup(rows)


def _next_text(chat: Chat, sub: Subscription) -> str:
    if sub.next_due_at is None and skipped_times(schedule_of(sub), quiet_of(chat)):
        return texts.REMIND_NEXT_NEVER
    return local_when(chat, sub.next_due_at)


def _kind_markup(
    kb: Keyboards, kind: Kind, subscribed: bool, profile: Profile
) -> InlineKeyboardMarkup:
    rows = preset_rows(kb, kind, profile, "rms")
    if subscribed:
        rows.append(
            [
                kb.button(texts.REMIND_DAYS_EVERY, "rmd", kind, "e"),
                kb.button(texts.REMIND_DAYS_WEEKDAYS, "rmd", kind, "w"),
                kb.button(texts.REMIND_DAYS_WEEKENDS, "rmd", kind, "k"),
            ]
        )
        rows.append([kb.button(texts.REMIND_TURN_OFF, "rmo", kind)])
    rows.append([kb.button(texts.BUTTON_BACK, "rm")])
    return InlineKeyboardMarkup(rows)


async def _chat_row(
    svc: Services, update: Update, *, create: bool = True
) -> tuple[Chat, list[Subscription]]:
    """The chat and its reminders; a button (create=False) raises ChatGone when the chat's
    row is gone (/forget) rather than creating it again."""
    async with svc.db.session.begin() as session:
        chat = await chat_for(session, update, svc.clock(), create=create)
        subs = await subscriptions_of(session, chat.chat_id)
    return chat, subs


def _chat_identity(update: Update) -> tuple[int, str]:
    chat = update.effective_chat
    assert chat is not None
    return chat.id, chat.type


async def _show_menu(update: Update, context: Context, *, edit: bool) -> None:
    svc = services(context)
    chat, subs = await _chat_row(svc, update, create=not edit)
    text, markup = _menu_text(chat, subs), _menu_markup(keyboards(update, context), chat, subs)
    if edit:
        await show(update, text, markup)
    else:
        await reply(update, text, markup)


# -- applying a change --------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """What a change to the reminders answers: text (HTML), and buttons when there is a
    way out to offer (a reminder that quiet hours would skip)."""

    text: str
    markup: InlineKeyboardMarkup | None = None


def quiet_warning(chat: Chat, schedule: Schedule) -> str | None:
    """Why some or all of a schedule's times will not come (quiet hours that skip
    reminders), or None when they all come."""
    quiet = quiet_of(chat)
    skipped = skipped_times(schedule, quiet)
    if not skipped or quiet is None:
        return None
    hours = f"{quiet.start:%H:%M}–{quiet.end:%H:%M}"
    if len(skipped) == len(schedule.times):
        verb = "is" if len(skipped) == 1 else "are all"
        return texts.REMIND_QUIET_SKIPS_ALL.format(
            times=_times_list(skipped), verb=verb, quiet=hours
        )
    if len(skipped) == 1:
        return texts.REMIND_QUIET_SKIPS_ONE.format(time=_times_list(skipped), quiet=hours)
    return texts.REMIND_QUIET_SKIPS_SOME.format(times=_times_list(skipped), quiet=hours)


def quiet_way_out(kb: Keyboards, kind: Kind) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [kb.button(texts.REMIND_BUTTON_OTHER_TIME, "rmk", kind)],
            [kb.button(texts.REMIND_BUTTON_QUIET_DEFER, "sp", "defer")],
            [kb.button(texts.REMIND_BUTTON_QUIET_CHANGE, "so")],
            [kb.button(texts.REMIND_BUTTON_MENU, "rm")],
        ]
    )


async def _save_schedule(
    svc: Services, update: Update, kb: Keyboards, schedule: Schedule, *, typed: bool
) -> Answer:
    """Save a schedule. The answer says what it replaced (when typed: a button shows the
    kind's current schedule right above it) and warns, with ways out, when quiet hours
    would skip some of its times."""
    chat_id, _ = _chat_identity(update)
    now = svc.clock()
    async with svc.db.session.begin() as session:
        chat = await chat_for(session, update, now, create=typed)
        before = await get_subscription(session, chat_id, schedule.kind)
        old = schedule_of(before) if before is not None else None
        sub = await set_schedule(session, chat, schedule, now)
        label = texts.KIND_LABELS[schedule.kind]
        summary, upcoming = describe_schedule(schedule), _next_text(chat, sub)
        if typed and old is not None and old != schedule:
            message = texts.REMIND_REPLACED.format(
                label=label, old=describe_schedule(old), summary=summary, next=upcoming
            )
            both = keep_both_command("/remind", old, schedule)
            if both is not None:
                message += "\n" + texts.REMIND_KEEP_BOTH.format(command=render.esc(both))
        else:
            message = texts.REMIND_SAVED.format(label=label, summary=summary, next=upcoming)
        if not chat.timezone_set:
            message += "\n" + texts.REMIND_ZONE_UNSET
        warning = quiet_warning(chat, schedule)
    if warning is None:
        return Answer(message)
    message += f"\n\n{warning}\n{texts.REMIND_QUIET_WAY_OUT}"
    return Answer(message, quiet_way_out(kb, schedule.kind))


async def apply_command(
    svc: Services, update: Update, kb: Keyboards, command: RemindCommand, *, create: bool = True
) -> Answer | None:
    """Carry out a parsed /remind; returns the answer, or None to show the menu. From a
    button (create=False) it acts only on a chat that still exists (else ChatGone)."""
    chat_id, _ = _chat_identity(update)
    now = svc.clock()
    if isinstance(command, ShowMenu | ListReminders):
        return None
    if isinstance(command, SetTimes | SetEvery):
        return await _save_schedule(svc, update, kb, command.to_schedule(), typed=True)
    async with svc.db.session.begin() as session:
        chat = await chat_for(session, update, now, create=create)
        if isinstance(command, TurnOff):
            label = texts.KIND_LABELS[command.kind]
            done = await turn_off(session, chat_id, command.kind)
            off = texts.REMIND_TURNED_OFF if done else texts.REMIND_NOTHING_TO_TURN_OFF
            return Answer(off.format(label=label))
        if isinstance(command, StopAll):
            # Also ends a pause: reminders set up again afterwards start at once.
            await stop_all(session, chat_id)
            return Answer(texts.REMIND_STOPPED_ALL)
        if isinstance(command, Pause):
            chat.paused_until = now + timedelta(days=command.days)
            await replan_chat(session, chat, now)
            return Answer(
                texts.REMIND_PAUSED_FOR.format(
                    days=command.days, until=local_when(chat, chat.paused_until)
                )
            )
        if isinstance(command, Resume):
            if chat.paused_until is None:
                return Answer(texts.REMIND_NOT_PAUSED)
            chat.paused_until = None
            await replan_chat(session, chat, now)
            return Answer(texts.REMIND_RESUMED)
    raise AssertionError(f"unhandled command {command!r}")


async def _private_only(update: Update, context: Context) -> None:
    link = f"https://t.me/{context.bot.username}?start=remind"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(texts.REMIND_OPEN_PRIVATE, url=link)]])
    await reply(update, texts.REMIND_PRIVATE_ONLY, markup)


async def remind_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    svc = services(context)
    try:
        command = parse_remind(list(context.args or []))
    except ParseError as error:
        await reply(update, render.esc(error.message))
        return
    answer = await apply_command(svc, update, keyboards(update, context), command)
    if answer is None:
        await _show_menu(update, context, edit=False)
    else:
        await reply(update, answer.text, answer.markup)


async def stop_command(update: Update, context: Context) -> None:
    if in_group(update):
        await _private_only(update, context)
        return
    kb = keyboards(update, context)
    answer = await apply_command(services(context), update, kb, StopAll())
    await reply(update, answer.text if answer else texts.REMIND_STOPPED_ALL)


# -- menu buttons -------------------------------------------------------------------------


def _kind_arg(context: Context) -> Kind | None:
    kind = context.args[0] if context.args else ""
    return kind if kind in KINDS else None


async def menu_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    await _chat_row(services(context), update, create=False)  # ChatGone after /forget
    await update.callback_query.answer()
    await _show_menu(update, context, edit=True)


async def kind_button(update: Update, context: Context) -> None:
    assert update.callback_query is not None
    kind = _kind_arg(context)
    svc = services(context)
    chat, subs = await _chat_row(svc, update, create=False)
    await update.callback_query.answer()
    if kind is None:
        return
    sub = next((s for s in subs if s.kind == kind), None)
    current = describe_schedule(schedule_of(sub)) if sub else texts.REMIND_OFF_LABEL
    text = texts.REMIND_KIND_TITLE.format(
        label=texts.KIND_LABELS[kind], current=current, example=texts.REMIND_EXAMPLES[kind]
    )
    kb = keyboards(update, context)
    await show(update, text, _kind_markup(kb, kind, sub is not None, profile_of(chat)))


async def preset_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    kind = _kind_arg(context)
    svc = services(context)
    chat, subs = await _chat_row(svc, update, create=False)
    preset = context.args[1] if context.args and len(context.args) > 1 else ""
    schedule = preset_schedule(kind, preset, profile_of(chat)) if kind else None
    if schedule is None:
        await query.answer()
        return
    if any(schedule_of(sub) == schedule for sub in subs):
        # A double tap: saved already, and the message shows it.
        await query.answer(texts.SETTINGS_SAVED)
        return
    await query.answer(texts.SETTINGS_SAVED)
    await _saved_from_a_button(update, context, schedule)


async def _saved_from_a_button(update: Update, context: Context, schedule: Schedule) -> None:
    """Save, then show the menu; or, when quiet hours would skip it, why and the ways out."""
    kb = keyboards(update, context)
    answer = await _save_schedule(services(context), update, kb, schedule, typed=False)
    if answer.markup is not None:
        await show(update, answer.text, answer.markup)
    else:
        await _show_menu(update, context, edit=True)


async def days_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    kind = _kind_arg(context)
    days = DAY_PRESETS.get(context.args[1] if context.args and len(context.args) > 1 else "")
    svc = services(context)
    _, subs = await _chat_row(svc, update, create=False)
    sub = next((s for s in subs if s.kind == kind), None)
    if sub is None or days is None:
        await query.answer()
        return
    current = schedule_of(sub)
    if current.every_hours and current.window:
        schedule = Schedule.every(current.kind, current.every_hours, *current.window, days=days)
    else:
        schedule = Schedule(current.kind, current.times, days)
    await query.answer(texts.SETTINGS_SAVED)
    if schedule == current:
        return  # a double tap: saved already, and the message shows it
    await _saved_from_a_button(update, context, schedule)


async def _menu_action(update: Update, context: Context, command: RemindCommand) -> None:
    query = update.callback_query
    assert query is not None
    kb = keyboards(update, context)
    answer = await apply_command(services(context), update, kb, command, create=False)
    await query.answer(render.to_plain_text(answer.text)[:200] if answer else None)
    await _show_menu(update, context, edit=True)


async def off_button(update: Update, context: Context) -> None:
    kind = _kind_arg(context)
    if kind is None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        return
    await _menu_action(update, context, TurnOff(kind))


async def pause_button(update: Update, context: Context) -> None:
    raw = context.args[0] if context.args else ""
    days = int(raw) if raw.isdigit() and int(raw) in PAUSE_CHOICES else None
    if days is None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        return
    await _menu_action(update, context, Pause(days))


async def resume_button(update: Update, context: Context) -> None:
    await _menu_action(update, context, Resume())


async def stop_all_button(update: Update, context: Context) -> None:
    await _menu_action(update, context, StopAll())


# -- buttons on a reminder ----------------------------------------------------------------


def _delivery_arg(context: Context) -> int | None:
    raw = context.args[0] if context.args else ""
    return int(raw) if raw.isdigit() and len(raw) < 19 else None


async def _delivery_of_button(
    session: AsyncSession, update: Update, context: Context
) -> Delivery | None:
    """The reminder a button was issued for, if it still belongs to this chat: row ids
    can be reused after a deletion (/forget), so an old button must not reach another
    chat's reminder."""
    delivery_id = _delivery_arg(context)
    delivery = await session.get(Delivery, delivery_id) if delivery_id else None
    chat = update.effective_chat
    if delivery is None or chat is None or delivery.chat_id != chat.id:
        return None
    return delivery


async def _close_reminder(update: Update, note: str, keep_buttons: bool) -> None:
    """Append what happened to the reminder; in private chats its buttons go away."""
    query = update.callback_query
    assert query is not None and query.message is not None
    message: Any = query.message
    original = message.text_html if getattr(message, "text", None) else ""
    markup = message.reply_markup if keep_buttons else None
    await show(update, f"{original}\n\n{render.esc(note)}", markup)


async def done_button(update: Update, context: Context) -> None:
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    svc = services(context)
    now = svc.clock()
    async with svc.db.session.begin() as session:
        delivery = await _delivery_of_button(session, update, context)
        chat = await session.get(Chat, delivery.chat_id) if delivery else None
        if delivery is None or chat is None:
            await query.answer(texts.REMINDER_GONE, show_alert=True)
            return
        first_time = await mark_done_once(session, delivery.id, user.id)
        day = local_day(chat.timezone, now)
        count = await add_activity(session, user.id, delivery.kind, day) if first_time else None
        goal = chat.hydration_goal
    if count is None:
        await query.answer(texts.REMINDER_ALREADY_DONE)
        return
    note = (
        texts.REMINDER_DONE_HYDRATION.format(count=count, goal=goal)
        if delivery.kind == "hydration"
        else texts.REMINDER_DONE_NOTE
    )
    await query.answer(note)
    if not in_group(update):
        await _close_reminder(update, note, keep_buttons=False)


async def snooze_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    delivery_id = _delivery_arg(context)
    minutes_raw = context.args[1] if context.args and len(context.args) > 1 else ""
    minutes = int(minutes_raw) if minutes_raw.isdigit() else 0
    if delivery_id is None or minutes not in SNOOZE_MINUTES:
        await query.answer()
        return
    now = svc.clock()
    try:
        async with svc.db.session.begin() as session:
            original = await _delivery_of_button(session, update, context)
            chat = await session.get(Chat, original.chat_id) if original else None
            if original is None or chat is None:
                await query.answer(texts.REMINDER_GONE, show_alert=True)
                return
            if await is_done(session, original.id):
                await query.answer(texts.REMINDER_ALREADY_DONE_NO_CHANGE, show_alert=True)
                return
            # Never inside quiet hours: then it comes when they end, and the note says so.
            asked = now + timedelta(minutes=minutes)
            due = outside_quiet(chat.timezone, asked, quiet_of(chat))
            # At most one snooze per reminder: a second (simultaneous) one does nothing.
            created = await session.execute(
                insert_for(session, Delivery)
                .values(
                    key=f"z{original.id}",
                    subscription_id=original.subscription_id,
                    chat_id=original.chat_id,
                    kind=original.kind,
                    due_at=due,
                    state="scheduled",
                    attempts=0,
                    variant=original.variant,
                    created_at=now,
                    updated_at=now,
                )
                .on_conflict_do_nothing(index_elements=[Delivery.key])
            )
            if rowcount(created) != 1:
                raise IntegrityError("snooze", None, ValueError("already snoozed"))
            if due == asked:
                note = texts.REMINDER_SNOOZED.format(time=local_when(chat, due).split()[-1])
            else:
                note = texts.REMINDER_SNOOZED_PAST_QUIET.format(
                    asked=local_when(chat, asked).split()[-1], time=local_when(chat, due)
                )
    except IntegrityError:
        await query.answer(texts.REMINDER_ALREADY_SNOOZED)
        return
    await query.answer(note)
    await _close_reminder(update, note, keep_buttons=False)


async def skip_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    svc = services(context)
    now = svc.clock()
    async with svc.db.session.begin() as session:
        delivery = await _delivery_of_button(session, update, context)
        sub = (
            await session.get(Subscription, delivery.subscription_id)
            if delivery and delivery.subscription_id
            else None
        )
        chat = await session.get(Chat, sub.chat_id) if sub else None
        if delivery is None or sub is None or chat is None:
            await query.answer(texts.REMINDER_GONE, show_alert=True)
            return
        if await is_done(session, delivery.id):
            await query.answer(texts.REMINDER_ALREADY_DONE_NO_CHANGE, show_alert=True)
            return
        sub.skip_until = end_of_local_day(chat.timezone, now)
        sub.next_due_at = plan(sub, chat, now)
        sub.updated_at = now
    await query.answer(texts.REMINDER_SKIPPED)
    await _close_reminder(update, texts.REMINDER_SKIPPED, keep_buttons=False)
