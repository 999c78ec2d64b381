"""Real messages through the real bot: a long story, a casual message, a denied symptom,
another language and small talk each get the right kind of answer, with its buttons."""

from __future__ import annotations

import pytest

from bot import texts
from bot.application import BotApplication
from knowledge.loader import load_content
from tests.e2e.harness import Person, button_labels, plain

pytestmark = pytest.mark.e2e
CONTENT = load_content()


async def test_a_long_story_gets_its_question_answered_and_the_other_offered(
    bot: BotApplication, alice: Person
) -> None:
    answer = await alice.ask(
        "Hi. I'm 31 weeks pregnant with my second and for the last fortnight I've been "
        "woken most nights by a cramp in my calf, it's agony for a minute then it passes. "
        "My midwife appointment isn't until next month. What can I do about the night cramps?"
    )
    assert plain(answer).startswith(CONTENT.topics["pregnancy"].title)
    assert CONTENT.topics["night_cramps"].title in " ".join(button_labels(answer))


async def test_a_casual_message_is_understood(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask("charley horse help!!")
    assert plain(answer).startswith(CONTENT.topics["relief"].title)


async def test_a_denied_symptom_raises_no_alarm(bot: BotApplication, alice: Person) -> None:
    answer = await alice.ask(
        "i don't have any chest pain or breathing problems, just calf cramps at night"
    )
    assert plain(answer).startswith(CONTENT.topics["night_cramps"].title)
    assert "112" not in plain(answer).split("\n\n")[1]


async def test_spanish_gets_a_note_in_spanish_and_its_emergency_the_numbers(
    bot: BotApplication, alice: Person
) -> None:
    spanish = next(lang for lang in CONTENT.languages.languages if lang.code == "es")
    note = await alice.ask("tengo calambres en las piernas por la noche, que puedo hacer?")
    assert spanish.note in plain(note)
    emergency = await alice.ask("me duele la pierna y el pecho, no puedo respirar")
    text = plain(emergency)
    assert spanish.emergency_advice.splitlines()[0] in text
    assert all(number in text for number in ("112", "999", "911"))


@pytest.mark.parametrize(("text", "kind"), [("hi", "greeting"), ("thanks!", "thanks")])
async def test_small_talk_gets_a_friendly_word_and_the_menu(
    bot: BotApplication, alice: Person, text: str, kind: str
) -> None:
    answer = await alice.ask(text)
    assert plain(answer) == texts.SMALL_TALK[kind]
    assert texts.BUTTON_FAQ in button_labels(answer)


async def test_period_pain_with_fainting_gets_plain_get_help_now(
    bot: BotApplication, alice: Person
) -> None:
    answer = await alice.ask("really bad period cramps and i fainted in the bathroom")
    text = plain(answer)
    assert "fainting or collapse" in text and "112" in text
    assert "clot" not in text.lower()
