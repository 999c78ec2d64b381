"""/log: a cramp in a few taps or typed in one go, notes, and the offer to log a cramp
told in free text. The diary's actions are diary/actions.py; this module translates
updates into them and their results into messages.

Safety first: a red flag in what was typed (the words of /log, a note) gets its advice
before anything is saved, and a cramp over 10 minutes that did not ease gets the
same-day advice at once, so a slow or busy database never delays either.

The answers given so far travel in the signed button data (diary/entry.py), so the
flow keeps no state, survives a restart, and a double tap on its last button logs once.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import render
from bot.buttons import Action
from bot.keyboards import Keyboards
from bot.private_chat import private_only
from bot.replies import in_group, keyboards, reply, send, show
from bot.services import Context, Services, services
from diary import actions, wording
from diary.entry import (
    DURATIONS,
    SIDES,
    SITES,
    WHEN_CHOICES,
    Cramp,
    Draft,
    Field,
    decode_draft,
    encode_draft,
    resolve_when,
)
from diary.parsing import default_rest, read_log, read_story, tells_of_a_cramp
from storage.chats import ensure_chat
from storage.prompts import ask

log = logging.getLogger(__name__)

LOG_PAYLOAD = "log"
# What a chat's next message answers (storage/prompts.py): "note:<entry id>".
NOTE_PROMPT = "note:"
SEVERITY_ROWS = ((0, 1, 2, 3, 4, 5), (6, 7, 8, 9, 10))


async def safety_first(update: Update, svc: Services, text: str, draft: Draft | None) -> bool:
    """Send the advice a red flag in `text` or a long cramp calls for, before anything
    else happens; True if advice went out."""
    answer = svc.assistant.red_flag(text) if text.strip() else None
    kb = keyboards_of(update, svc)
    if answer is not None:
        await reply(update, render.red_flag_advice(answer, svc.content), kb.after_red_flag())
        return True
    if draft is not None and draft.needs_urgent_advice():
        await reply(update, long_cramp_advice(svc), kb.after_red_flag())
        return True
    return False


def long_cramp_advice(svc: Services) -> str:
    """The long-cramp red flag's own advice (content/diary.yaml names which sign)."""
    content = svc.content
    return render.sign_advice(content.red_flags.sign(content.diary.long_cramp_sign), content)


def keyboards_of(update: Update, svc: Services) -> Keyboards:
    chat = update.effective_chat
    assert chat is not None
    return Keyboards(svc.signer, svc.content, chat.id)


# -- the questions ----------------------------------------------------------------------


def _choice_rows(kb: Keyboards, draft: Draft, field: Field) -> list[list[InlineKeyboardButton]]:
    def answer(label: str, value: object) -> InlineKeyboardButton:
        return kb.button(label, Action.LOG_ANSWER, encode_draft(draft.with_answer(field, value)))

    token = encode_draft(draft)
    if field == "when":
        return [
            [kb.button(wording.WHEN_BUTTONS[c], Action.LOG_WHEN, token, c)] for c in WHEN_CHOICES
        ]
    if field == "site":
        labels = [answer(wording.SITE_BUTTONS[s], s) for s in SITES]
        return [labels[:3], labels[3:]]
    if field == "side":
        return [[answer(wording.SIDE_BUTTONS[s], s) for s in SIDES]]
    if field == "severity":
        return [[answer(str(n), n) for n in row] for row in SEVERITY_ROWS]
    if field == "duration":
        labels = [answer(wording.DURATION_BUTTONS[d], d) for d in DURATIONS]
        return [labels[:2], labels[2:]]
    buttons = wording.EASED_BUTTONS if field == "eased" else wording.WOKE_BUTTONS
    return [[answer(label, value) for value, label in buttons.items()]]


def question(
    kb: Keyboards, draft: Draft, field: Field, zone: object
) -> tuple[str, InlineKeyboardMarkup]:
    """The text and buttons that ask `field`, with what the draft holds so far."""
    lines = [wording.LOG_HEADER]
    summary = wording.draft_text(draft, zone)  # type: ignore[arg-type]
    if summary:
        lines.append(wording.LOG_SO_FAR.format(summary=render.esc(summary)))
    lines += ["", wording.LOG_ASK[field]]
    if field == "when":
        lines.append(wording.LOG_OTHER_TIME)
    rows = _choice_rows(kb, draft, field)
    rows.append([kb.button(wording.BUTTON_CANCEL, Action.LOG_CANCEL)])
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def saved_markup(kb: Keyboards, cramp: Cramp) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [kb.button(wording.BUTTON_ADD_NOTE, Action.DIARY_NOTE, cramp.id)],
            [
                kb.button(wording.BUTTON_EDIT, Action.DIARY_EDIT, cramp.id),
                kb.button(wording.BUTTON_DELETE, Action.DIARY_DELETE, cramp.id),
            ],
        ]
    )


def saved_text(cramp: Cramp, zone: object, *, prefix: str = wording.LOG_SAVED) -> str:
    entry = render.esc(wording.entry_text(cramp, zone))  # type: ignore[arg-type]
    return f"{prefix.format(entry=entry)}\n{wording.LOG_SAVED_HINT}"


# -- /log -------------------------------------------------------------------------------


@private_only(LOG_PAYLOAD, wording.LOG_PRIVATE_ONLY, wording.BUTTON_OPEN_PRIVATE)
async def log_command(update: Update, context: Context) -> None:
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    svc = services(context)
    typed = " ".join(context.args or [])
    now = svc.clock()
    zone = await actions.person_zone(svc.db, user.id)
    reading = read_log(typed, zone, now)
    # Before anything else, even before a typing mistake is pointed out.
    await safety_first(update, svc, typed, reading.draft)
    if reading.problem is not None:
        problem = wording.LOG_PROBLEMS[reading.problem.kind].format(
            detail=render.esc(reading.problem.detail)
        )
        await reply(update, f"{problem} {wording.NOTHING_LOGGED}\n\n{wording.LOG_USAGE}")
        return
    kb = keyboards(update, context)
    if reading.complete_enough():
        draft = default_rest(reading.draft, now)
        logged = await actions.log_cramp(svc.db, user.id, chat.type, draft, now)
        assert logged.cramp is not None
        await reply(update, saved_text(logged.cramp, zone), saved_markup(kb, logged.cramp))
        return
    draft = reading.draft
    field = draft.next_question()
    assert field is not None  # site, side, severity or duration is missing
    if draft.note:
        # The buttons carry no text: a note goes with a cramp typed in full, or after.
        await reply(update, f"{wording.LOG_NOTE_NEEDS_ALL} {wording.NOTHING_LOGGED}")
        return
    await reply(update, *question(kb, draft, field, zone))


async def _advance(update: Update, context: Context, draft: Draft, token: str) -> None:
    """Show the next question, or save the draft once it has every answer. Answers the
    button press."""
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    assert query is not None and user is not None and chat is not None
    svc = services(context)
    kb = keyboards(update, context)
    zone = await actions.person_zone(svc.db, user.id)
    field = draft.next_question()
    if field is not None:
        await query.answer()
        await show(update, *question(kb, draft, field, zone))
        return
    logged = await actions.log_cramp(
        svc.db, user.id, chat.type, draft, svc.clock(), draft_key=token
    )
    if logged.cramp is None:
        await query.answer(wording.LOG_ALREADY_SAVED)
        return
    await query.answer()
    await show(update, saved_text(logged.cramp, zone), saved_markup(kb, logged.cramp))


async def log_button(update: Update, context: Context) -> None:
    """A tap on an answer: its data holds the draft with that answer filled in."""
    query = update.callback_query
    assert query is not None
    token = context.args[0] if context.args else ""
    draft = decode_draft(token)
    if draft is None or in_group(update):
        await query.answer()
        return
    if draft.needs_urgent_advice() and draft.eased is False:
        # "No, it hasn't eased": the same-day advice at once, before the next question.
        advice = long_cramp_advice(services(context))
        await send(update, context, advice, keyboards(update, context).after_red_flag())
    await _advance(update, context, draft, token)


async def when_button(update: Update, context: Context) -> None:
    """Just now, last night, this morning: resolved when tapped, in the person's zone."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    args = list(context.args or [])
    token, choice = (args[0], args[1]) if len(args) == 2 else ("", "")
    draft = decode_draft(token)
    if draft is None or choice not in WHEN_CHOICES or in_group(update):
        await query.answer()
        return
    svc = services(context)
    zone = await actions.person_zone(svc.db, user.id)
    at = resolve_when(choice, zone, svc.clock())
    draft = draft.with_answer("when", at)
    await _advance(update, context, draft, encode_draft(draft))


async def cancel_button(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    await show(update, wording.LOG_CANCELLED)


# -- notes ------------------------------------------------------------------------------


async def note_button(update: Update, context: Context) -> None:
    """Add a note: the next message is the note (kept in the chat's row, see prompts)."""
    query, user, chat = update.callback_query, update.effective_user, update.effective_chat
    assert query is not None and user is not None and chat is not None
    entry_id = _entry_id(context)
    svc = services(context)
    if entry_id is None or await actions.one(svc.db, user.id, entry_id) is None:
        await query.answer(wording.ENTRY_GONE, show_alert=True)
        return
    message = query.message
    assert message is not None
    now = svc.clock()
    async with svc.db.session.begin() as session:
        row = await ensure_chat(session, chat.id, chat.type, now)
        await ask(session, row, f"{NOTE_PROMPT}{entry_id}", message.message_id, now)
    await query.answer()
    await send(update, context, wording.NOTE_PROMPT)


async def note_answer(update: Update, context: Context, asked: str) -> None:
    """The message after "Write your note": red flags first, then the note is saved."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    svc = services(context)
    text = message.text.strip()
    await safety_first(update, svc, text, None)
    entry_id = asked.removeprefix(NOTE_PROMPT)
    cramp = None
    if entry_id.isascii() and entry_id.isdigit():
        cramp = await actions.set_note(svc.db, user.id, int(entry_id), text, svc.clock())
    if cramp is None:
        await reply(update, wording.ENTRY_GONE)
        return
    zone = await actions.person_zone(svc.db, user.id)
    entry = render.esc(wording.entry_text(cramp, zone))
    await reply(
        update,
        wording.NOTE_SAVED.format(entry=entry),
        saved_markup(keyboards(update, context), cramp),
    )


def _entry_id(context: Context) -> int | None:
    value = context.args[0] if context.args else ""
    return int(value) if value.isascii() and value.isdigit() else None


# -- free text --------------------------------------------------------------------------


async def offer_to_log(update: Update, context: Context) -> None:
    """After the answer to free text that tells of a cramp the person had ("had a bad
    cramp in my left calf last night"): a button to log it, with what it said filled in."""
    message, user = update.effective_message, update.effective_user
    if message is None or not message.text or user is None or in_group(update):
        return
    if not tells_of_a_cramp(message.text):
        return
    svc = services(context)
    zone = await actions.person_zone(svc.db, user.id)
    draft = read_story(message.text, zone, svc.clock())
    if draft is None:
        return
    kb = keyboards(update, context)
    button = kb.button(wording.BUTTON_LOG_IT, Action.LOG_ANSWER, encode_draft(draft))
    await reply(update, wording.OFFER_TO_LOG, InlineKeyboardMarkup([[button]]))
