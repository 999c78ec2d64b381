"""What a message tells beyond its words' topic: a medicine or a drink the person suspects,
small talk in many shapes, and what is not about leg cramps at all."""

from __future__ import annotations

import pytest

from knowledge.assistant import Assistant, Kind
from knowledge.loader import load_content

ASSISTANT = Assistant(load_content())


def facts_of(text: str) -> set[str]:
    reading = ASSISTANT.reader.read(ASSISTANT.normaliser.normalise(text))
    return {fact for fact, _, _ in reading.facts}


@pytest.mark.parametrize(
    "text",
    [
        "could my blood pressure tablets be behind the calf cramps?",
        "been on escitalopram two months and the night cramps started the same week, related?",
        "do inhalers like fostair give you leg cramps",
        "is it the prednisolone making my thighs seize up",
        "my doctor upped my levothyroxine and now my feet cramp, coincidence?",
        "since I went on the ozempic my calves cramp every night",
    ],
)
def test_a_suspected_medicine_leads_to_medicines_that_cause_cramps(text: str) -> None:
    result = ASSISTANT.answer(text)
    assert result.topic_id == "medications_causing", (result.reason, result.scores)


def test_a_medicine_spelled_wrong_is_still_a_medicine() -> None:
    assert "medicine" in facts_of("my amlodipene gives me cramps in my calves")


def test_a_denied_medicine_is_no_medicine() -> None:
    assert "medicine" not in facts_of("I'm not on any tablets, so why do my legs cramp?")


@pytest.mark.parametrize(
    "text",
    [
        "three pints on friday and my calves cramped all night, connected?",
        "my cramps got better after I gave up smoking, is that a coincidence",
    ],
)
def test_a_suspected_drink_or_cigarette_leads_to_alcohol_and_tobacco(text: str) -> None:
    assert ASSISTANT.answer(text).topic_id == "alcohol_tobacco"


@pytest.mark.parametrize(
    "text",
    [
        "cheers, that's sorted me out",
        "ok got it",
        "are you a real person or a bot",
        "night night, thanks for the help x",
        "hello, anyone there?",
        "haha brilliant",
        "thank you so much, you've been really helpful",
        "hiii",
        "I read your tips every evening and they have been great, thank you for all of it",
    ],
)
def test_small_talk_in_its_many_shapes(text: str) -> None:
    assert ASSISTANT.answer(text).kind is Kind.SMALL_TALK


@pytest.mark.parametrize(
    "text",
    ["ok but my calf still hurts", "thanks! and what about magnesium?", "hi, why do I get cramps"],
)
def test_small_talk_with_a_question_in_it_is_answered(text: str) -> None:
    assert ASSISTANT.answer(text).kind is Kind.TOPIC


@pytest.mark.parametrize(
    "text",
    [
        "period cramps spreading down into the tops of my legs, which painkiller is best?",
        "awful cramps before my period every month",
        "I pulled my hamstring at football, how long until I can play?",
        "slipped on the ice and bruised my thigh badly",
        "tell me a joke about leg cramps",
        "our spaniel keeps holding up one hind leg after walks",
        "we share a cramped little office, who do I complain to?",
        "stabbing heel pain first thing in the morning when I get out of bed",
        "my back went into spasm lifting the shopping",
    ],
)
def test_not_about_leg_cramps(text: str) -> None:
    result = ASSISTANT.answer(text)
    assert result.kind is Kind.OUT_OF_SCOPE, (result.kind, result.topic_id, result.reason)


@pytest.mark.parametrize(
    "text",
    [
        "I get leg cramps during my period, is that linked?",
        "pulled a calf muscle last week and now it cramps at night",
        "calf cramps in my cramped little flat's bed every night",
    ],
)
def test_leg_cramps_beside_those_stay_ours(text: str) -> None:
    assert ASSISTANT.answer(text).kind is Kind.TOPIC
