"""Free-text questions reach the right topic, red flags come first, and off-topic text
gets no confident answer. Each row is a phrasing real people type."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.assistant import Assistant
from tests.support.assistant import shared_assistant


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return shared_assistant()


EXPECTED_TOPICS = [
    ("why do my legs cramp at night", "night_cramps"),
    ("WHY DO MY LEGS CRAMP AT NIGHT", "night_cramps"),
    ("why do my legs cramp at nigth", "night_cramps"),
    ("what helps a charley horse", "relief"),
    ("charlie horse in my calf, how do i make it stop", "relief"),
    ("how do i stop a cramp right now", "relief"),
    ("can beer cause cramps", "alcohol_tobacco"),
    ("does smoking cause cramps", "alcohol_tobacco"),
    ("do water pills cause cramps", "medications_causing"),
    ("statins cramps", "medications_causing"),
    ("my calff hurts, what foods have magnesium", "minerals"),
    ("what foods have potassium", "minerals"),
    ("bananas", "minerals"),
    ("is it safe to take quinine", "medicines_for_cramps"),
    ("can ibuprofen help", "medicines_for_cramps"),
    ("what medicine can i take for cramps", "medicines_for_cramps"),
    ("how long do leg cramps last", "frequency_duration"),
    ("how often is normal", "frequency_duration"),
    ("i'm pregnant and get cramps", "pregnancy"),
    ("third trimester leg cramps", "pregnancy"),
    ("should i see a doctor", "when_to_see_doctor"),
    ("when should i worry", "when_to_see_doctor"),
    ("how much water should i drink", "hydration"),
    ("is coconut water good", "hydration"),
    ("do i need electrolytes", "hydration"),
    ("what are leg cramps", "what_are_leg_cramps"),
    ("who gets leg cramps", "risk_groups"),
    ("are older people more likely to get cramps", "risk_groups"),
    ("what causes leg cramps", "causes"),
    ("why do i get cramps", "causes"),
    ("what does a cramp feel like", "symptoms"),
    ("what are the symptoms", "symptoms"),
    ("can cramps be a sign of something serious", "serious_conditions"),
    ("what is cramp fasciculation syndrome", "serious_conditions"),
    ("kidney disease and cramps", "serious_conditions"),
    ("how can i prevent leg cramps", "prevention"),
    ("cramps after running", "exercise"),
    ("cramps during exercise", "exercise"),
    ("what is the treatment", "treatment"),
]


@pytest.mark.parametrize(("question", "topic"), EXPECTED_TOPICS)
def test_question_reaches_topic(assistant: Assistant, question: str, topic: str) -> None:
    answer = assistant.answer(question)
    assert not answer.urgent
    assert answer.topic_id == topic, answer.reason


@pytest.mark.parametrize(
    "text",
    [
        "what is the weather today",
        "what's the capital of france",
        "buy crypto now",
        "tell me a joke",
        "hello",
        "ok thanks",
        "i am sad",
        "",
        "   ",
        "🙂🙂🙂",
        "asdfghjkl qwerty",
    ],
)
def test_off_topic_gets_no_confident_answer(assistant: Assistant, text: str) -> None:
    answer = assistant.answer(text)
    assert answer.topic_id is None
    assert not answer.urgent


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i cant breathe and my leg hurts", "emergency"),
        ("I CAN'T BREATHE", "emergency"),
        ("chest pain and a swollen leg", "emergency"),
        ("i coughed up blood", "emergency"),
        ("i fainted after the cramp", "emergency"),
        ("my left calf is hot and swollen", "urgent"),
        ("my leg is swollen and red on one side", "urgent"),
        ("cramp for 20 mins wont stop", "urgent"),
        # a stiff jaw after a wound: the guidance now rates it an emergency (tetanus)
        ("cut my foot on a rusty nail and now my jaw is stiff", "emergency"),
        ("stepped on a rusty nail last week and my calf keeps cramping", "urgent"),
        ("pregnant and my leg is red and swollen", "urgent"),
        # Red flags win even when the text is also a perfect topic question.
        ("what causes leg cramps? i also have chest pain", "emergency"),
    ],
)
def test_red_flags_come_before_topics(assistant: Assistant, text: str, level: str) -> None:
    answer = assistant.answer(text)
    assert answer.level == level
    assert answer.topic_id is None


def test_negated_red_flag_does_not_fire(assistant: Assistant) -> None:
    assert not assistant.answer("i have no chest pain, just cramps").urgent


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_any_text_is_answered_without_error(text: str) -> None:
    answer = _ASSISTANT.answer(text)
    assert answer.level in (None, "emergency", "urgent")


_ASSISTANT = shared_assistant()
