"""/triage end to end: one-tap questions, red flags first, back, cancel, timeout, groups."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.application import BotApplication, services_of
from knowledge.triage import TriageEngine, load_triage
from standin import BotApiStandIn
from storage.triage_results import last_triage_result
from tests.e2e.harness import Person, bot_joins, bot_settings, button_labels, plain, running_bot

pytestmark = pytest.mark.e2e

ENGINE = TriageEngine(load_triage())
# Everything calm: an occasional cramp after exercise in the heat.
CALM = {
    "emergency_signs": "absent",
    "leg_signs": "absent",
    "cramp_wound_poison": "none",
    "pregnant": "not_pregnant",
    "routine_signs": "absent",
    "when_cramps": "exercise_heat",
}


def option_text(question_id: str, option_id: str) -> str:
    question = ENGINE.question(question_id)
    option = question.option(option_id)
    assert option is not None
    return option.text


def current_question(message: dict[str, Any]) -> str:
    """Which question a message shows, by its text."""
    text = plain(message)
    for question in ENGINE.questions:
        if question.text.splitlines()[0] in text:
            return question.id
    raise AssertionError(f"no triage question in {text[:120]!r}")


async def start(person: Person) -> dict[str, Any]:
    intro, first = await person.say("/triage", replies=2)
    assert ENGINE.flow.intro[:30] in plain(intro)
    return first


async def answer_until_done(
    person: Person, message: dict[str, Any], answers: dict[str, str], taps: list[str] | None = None
) -> dict[str, Any]:
    for _ in range(len(ENGINE.questions) + 1):
        if "Symptom check" not in plain(message):
            return message
        question_id = current_question(message)
        if taps is not None:
            taps.append(question_id)
        message = await person.press(message, option_text(question_id, answers[question_id]))
    raise AssertionError("triage did not finish")


async def test_full_self_care_path_is_stored(bot: BotApplication, alice: Person) -> None:
    first = await start(alice)
    assert current_question(first) == "emergency_signs", "emergency signs are asked first"
    taps: list[str] = []
    result = await answer_until_done(alice, first, CALM, taps)
    # Nothing wrong: a result within six taps, not eleven.
    assert len(taps) <= 6, taps
    text = plain(result)
    assert ENGINE.flow.levels.self_care.title in text
    for item in ENGINE.flow.levels.self_care.come_back_if[:2]:
        assert item in text
    assert "not a diagnosis" in text.lower()
    async with services_of(bot).db.session() as session:
        stored = await last_triage_result(session, alice.user.id)
    assert stored is not None and stored.level == "self_care"
    last = await alice.ask("/triage last")
    assert ENGINE.flow.levels.self_care.title in plain(last)


async def test_emergency_short_circuits(bot: BotApplication, alice: Person) -> None:
    first = await start(alice)
    result = await alice.press(first, option_text("emergency_signs", "present"))
    text = plain(result)
    assert ENGINE.flow.levels.emergency.title in text
    for number in ("112", "999", "911"):
        assert number in text
    assert "Symptom check" not in text
    # The conversation is over: free text is matched as a question again.
    answer = await alice.ask("what foods have magnesium")
    assert "Minerals" in plain(answer) or "magnesium" in plain(answer).lower()


async def test_urgent_sign_gives_same_day_level(bot: BotApplication, alice: Person) -> None:
    first = await start(alice)
    answers = {**CALM, "leg_signs": "present"}
    result = await answer_until_done(alice, first, answers)
    assert ENGINE.flow.levels.urgent.title in plain(result)


async def test_back_changes_the_previous_answer(bot: BotApplication, alice: Person) -> None:
    first = await start(alice)
    second = await alice.press(first, option_text("emergency_signs", "absent"))
    assert current_question(second) == "leg_signs"
    assert "Back" in " ".join(button_labels(second))
    again = await alice.press(second, "Back")
    assert current_question(again) == "emergency_signs"
    result = await alice.press(again, option_text("emergency_signs", "present"))
    assert ENGINE.flow.levels.emergency.title in plain(result)


async def test_cancel_by_command_and_button(bot: BotApplication, alice: Person) -> None:
    await start(alice)
    cancelled = await alice.ask("/cancel")
    assert "stopped" in plain(cancelled)
    first = await start(alice)
    stopped = await alice.press(first, "Stop")
    assert "stopped" in plain(stopped)
    nothing = await alice.ask("/cancel")
    assert "nothing to cancel" in plain(nothing).lower()


async def test_typing_instead_of_tapping_is_reasked_but_red_flags_still_win(
    bot: BotApplication, alice: Person
) -> None:
    first = await start(alice)
    reask = await alice.ask("I don't know")
    assert "tap one of the buttons" in plain(reask)
    alarm = await alice.ask("I suddenly can't breathe")
    assert "112" in plain(alarm)
    # The question is still answerable.
    second = await alice.press(first, option_text("emergency_signs", "absent"))
    assert current_question(second) == "leg_signs"


async def test_stale_answer_button_changes_nothing(
    bot: BotApplication, alice: Person, standin: BotApiStandIn
) -> None:
    first = await start(alice)
    old_data = Person.button_data(first, option_text("emergency_signs", "present"))
    second = await alice.press(first, option_text("emergency_signs", "absent"))
    # The message was edited; an old client may still send the first question's button.
    answer = await alice.press_expecting_alert(second, old_data)
    assert "already answered" in answer.params.get("text", "")
    assert current_question(standin.bot_messages(alice.chat_id)[-1]) == "leg_signs"


async def test_abandoned_triage_times_out(
    standin: BotApiStandIn, tmp_path: Path, alice: Person
) -> None:
    settings = bot_settings(standin, tmp_path, triage_timeout_seconds=1)
    async with running_bot(settings):
        await start(alice)
        note = await alice._outputs(alice._mark(), 1, timeout=5.0)
        assert "closed it" in plain(note[0])
        fresh = await start(alice)
        assert current_question(fresh) == "emergency_signs"


async def test_triage_in_group_redirects_to_private_chat(
    bot: BotApplication, standin: BotApiStandIn
) -> None:
    admin = standin.add_user("Gina")
    group = standin.add_group("Bump club", admins=[admin])
    await bot_joins(standin, group, by=admin)
    member = Person(standin, admin, group)
    answer = await member.ask("/triage")
    link = (answer.get("reply_markup") or {})["inline_keyboard"][0][0]["url"]
    assert link == "https://t.me/CrampCoachBot?start=triage"
    assert "emergency_signs" not in plain(answer)
    # Following the link opens the triage in private.
    private = Person(standin, admin, standin.private_chat(admin))
    mark = private._mark()
    standin.open_deep_link(admin, "triage")
    _intro, first = await private._outputs(mark, 2, timeout=5.0)
    assert current_question(first) == "emergency_signs"


async def test_two_users_at_once_never_mix(
    bot: BotApplication, standin: BotApiStandIn, alice: Person
) -> None:
    bob_user = standin.add_user("Bob")
    bob = Person(standin, bob_user, standin.private_chat(bob_user))
    alice_q, bob_q = await asyncio.gather(start(alice), start(bob))
    alice_result, bob_second = await asyncio.gather(
        alice.press(alice_q, option_text("emergency_signs", "present")),
        bob.press(bob_q, option_text("emergency_signs", "absent")),
    )
    assert ENGINE.flow.levels.emergency.title in plain(alice_result)
    assert current_question(bob_second) == "leg_signs"
    bob_result = await answer_until_done(bob, bob_second, CALM)
    assert ENGINE.flow.levels.self_care.title in plain(bob_result)
