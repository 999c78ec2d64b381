"""The triage engine: order of questions, conditions, stopping, partial answers, errors."""

from __future__ import annotations

import re
from typing import Any

import pytest

from knowledge.triage import (
    LEVELS,
    FlowError,
    TriageEngine,
    TriageFlow,
    load_triage,
)
from knowledge.triage_models import RANK as STAGE_RANK

FLOW = load_triage()
ENGINE = TriageEngine(FLOW)
RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}

NOTHING_URGENT = {
    "emergency_signs": "absent",
    "leg_signs": "absent",
    "long_cramp": "absent",
    "wound_or_toxin": "neither",
}


def ids(questions: list[Any]) -> list[str]:
    return [q.id for q in questions]


# --- order ---------------------------------------------------------------------------


def test_emergency_question_is_asked_first() -> None:
    first = ENGINE.next_question({})
    assert first is not None and first.id == "emergency_signs"
    assert first.stage == "emergency"


def test_questions_go_from_the_most_serious_stage_down() -> None:
    ranks = [STAGE_RANK[q.stage] for q in FLOW.questions]
    assert ranks == sorted(ranks, reverse=True)
    assert ids(ENGINE.questions) == ids(FLOW.questions)


def test_full_walk_order_without_findings() -> None:
    assert ENGINE.evaluate({}).asked == [
        "emergency_signs",
        "leg_signs",
        "long_cramp",
        "wound_or_toxin",
        "pregnant",
        "impact",
        "other_symptoms",
        "new_medicine",
        "conditions",
        "when_cramps",
        "drinks",
    ]


# --- ask_if --------------------------------------------------------------------------


def test_pregnancy_leg_question_only_when_pregnant() -> None:
    pregnant = {**NOTHING_URGENT, "pregnant": "pregnant"}
    following = ENGINE.next_question(pregnant)
    assert following is not None and following.id == "pregnant_leg"
    assert ENGINE.evaluate(pregnant).asked[0] == "pregnant_leg"

    not_pregnant = {**NOTHING_URGENT, "pregnant": "not_pregnant"}
    following = ENGINE.next_question(not_pregnant)
    assert following is not None and following.id == "impact"
    assert "pregnant_leg" not in ENGINE.evaluate(not_pregnant).asked


def test_conditional_question_is_not_listed_before_its_gate_is_answered() -> None:
    assert "pregnant_leg" not in ENGINE.evaluate(NOTHING_URGENT).asked


def test_answer_to_a_question_that_would_not_be_asked_still_counts() -> None:
    # A sign someone reports is never ignored, even out of the usual path.
    answers = {**NOTHING_URGENT, "pregnant": "not_pregnant", "pregnant_leg": "present"}
    assert ENGINE.evaluate(answers).level == "urgent"


# --- stopping ------------------------------------------------------------------------


def test_emergency_answer_ends_at_once() -> None:
    result = ENGINE.evaluate({"emergency_signs": "present"})
    assert result.level == "emergency"
    assert result.done and result.asked == []
    assert ENGINE.next_question({"emergency_signs": "present"}) is None
    assert result.tips == []
    for number in ("112", "999", "911"):
        assert number in result.advice


def test_urgent_answer_ends_the_questions_once_emergency_was_asked() -> None:
    answers = {"emergency_signs": "absent", "leg_signs": "present"}
    result = ENGINE.evaluate(answers)
    assert result.level == "urgent" and result.done and result.asked == []
    assert ENGINE.next_question(answers) is None


def test_urgent_answer_given_first_still_asks_the_emergency_question() -> None:
    # Answers may arrive in any order; a question that could raise the level is never
    # skipped.
    result = ENGINE.evaluate({"leg_signs": "present"})
    assert result.level == "urgent"
    assert not result.done and result.asked == ["emergency_signs"]


def test_doctor_level_keeps_asking_for_reasons_and_tips() -> None:
    answers = {**NOTHING_URGENT, "pregnant": "not_pregnant", "impact": "present"}
    result = ENGINE.evaluate(answers)
    assert result.level == "doctor" and not result.done
    assert result.asked == ["other_symptoms", "new_medicine", "conditions", "when_cramps", "drinks"]


def test_every_path_through_the_real_flow() -> None:
    """Exhaustive: every sequence of taps ends, within len(questions), in a level."""
    paths = 0
    stack: list[dict[str, str]] = [{}]
    while stack:
        answers = stack.pop()
        assert len(answers) <= len(FLOW.questions)
        question = ENGINE.next_question(answers)
        if question is None:
            paths += 1
            result = ENGINE.evaluate(answers)
            assert result.done and result.level in LEVELS
            if answers.get("emergency_signs") == "present":
                assert list(answers) == ["emergency_signs"] and result.level == "emergency"
            if answers.get("leg_signs") in ("present", "unsure"):
                assert RANK[result.level] >= RANK["urgent"]
            continue
        assert question.id not in answers
        stack.extend({**answers, question.id: option.id} for option in question.options)
    assert paths > 100


# --- results -------------------------------------------------------------------------


def test_partial_evaluation_gives_the_level_so_far() -> None:
    assert ENGINE.evaluate({}).level == "self_care"
    assert not ENGINE.evaluate({}).done
    result = ENGINE.evaluate({"emergency_signs": "absent", "new_medicine": "present"})
    assert result.level == "doctor" and not result.done
    assert result.asked[0] == "leg_signs"


def test_reasons_come_only_from_the_final_level() -> None:
    answers = {
        "emergency_signs": "absent",
        "leg_signs": "present",
        "wound_or_toxin": "both",
        "impact": "present",
    }
    result = ENGINE.evaluate(answers)
    assert result.level == "urgent"
    reasons = " ".join(result.reasons)
    assert "blood clot" in reasons and "tetanus" in reasons and "lead" in reasons
    assert "every week" not in reasons  # a routine reason must not explain "urgent"
    assert len(result.reasons) == 3


def test_context_answers_add_tips_but_never_change_the_level() -> None:
    base = {**NOTHING_URGENT, "pregnant": "not_pregnant", "impact": "absent"}
    context = [q for q in FLOW.questions if q.stage == "context"]
    assert context
    for question in context:
        for option in question.options:
            answers = {**base, question.id: option.id}
            assert ENGINE.evaluate(answers).level == ENGINE.evaluate(base).level
    tipped = ENGINE.evaluate({**base, "when_cramps": "exercise_heat", "drinks": "both"})
    assert len(tipped.tips) == 4
    for topic in ("exercise", "hydration", "alcohol_tobacco"):
        assert topic in tipped.topics
    assert len(tipped.topics) == len(set(tipped.topics))


def test_no_tips_where_the_level_does_not_show_them() -> None:
    answers = {"emergency_signs": "absent", "leg_signs": "present", "when_cramps": "heat"}
    assert ENGINE.evaluate(answers).tips == []


def test_result_carries_the_level_advice() -> None:
    result = ENGINE.evaluate({**NOTHING_URGENT, "new_medicine": "present"})
    assert result.advice == FLOW.levels.doctor.advice
    assert result.title == FLOW.levels.doctor.title
    assert result.come_back_if == FLOW.levels.doctor.come_back_if


# --- errors and lookups --------------------------------------------------------------


@pytest.mark.parametrize(
    ("answers", "named"),
    [
        ({"no_such_question": "present"}, "'no_such_question'"),
        ({"emergency_signs": "maybe"}, "no option 'maybe'"),
        ({"emergency_signs": "absent", "conditions": "present"}, "no option 'present'"),
    ],
)
def test_unknown_ids_raise_value_error(answers: dict[str, str], named: str) -> None:
    with pytest.raises(ValueError, match=re.escape(named)):
        ENGINE.evaluate(answers)
    with pytest.raises(ValueError):
        ENGINE.next_question(answers)


def test_question_lookup_and_answer_validation() -> None:
    question = ENGINE.question("leg_signs")
    assert question.id == "leg_signs"
    assert [o.id for o in question.options] == ["present", "absent", "unsure"]
    assert all(o.text for o in question.options)
    with pytest.raises(ValueError):
        ENGINE.question("nope")
    assert ENGINE.validate_answer("leg_signs", "present")
    assert not ENGINE.validate_answer("leg_signs", "kidney")
    assert not ENGINE.validate_answer("nope", "present")


# --- generic behaviour on small hand-made flows -----------------------------------------


def make_flow(**changes: Any) -> TriageFlow:
    data: dict[str, Any] = {
        "intro": "A small flow used only to test the engine's generic behaviour.",
        "stop_at": "urgent",
        "questions": [
            {"id": "e", "stage": "emergency", "text": "Emergency sign?", "options": yes_no()},
            {"id": "gate", "stage": "urgent", "text": "Gate question?", "options": yes_no()},
            {
                "id": "u",
                "stage": "urgent",
                "text": "Urgent sign?",
                "options": yes_no(),
                "ask_if": {"gate": ["y"]},
            },
            {"id": "d", "stage": "doctor", "text": "Routine sign?", "options": yes_no()},
            {"id": "c", "stage": "context", "text": "Context here?", "options": yes_no()},
        ],
        "rules": [
            {"id": "r_e", "when": {"e": ["y"]}, "level": "emergency", "reason": "Emergency sign."},
            {"id": "r_u", "when": {"u": ["y"]}, "level": "urgent", "reason": "Urgent sign given."},
            {"id": "r_d", "when": {"d": ["y"]}, "level": "doctor", "reason": "Routine sign given."},
            {
                "id": "r_both",
                "when": {"gate": ["y"], "d": ["y"]},
                "level": "doctor",
                "reason": "Both of two answers.",
            },
        ],
        "tips": [{"id": "t", "when": {"c": ["y"]}, "text": "A tip for context."}],
        "levels": {
            level: {
                "title": level.title(),
                "advice": "Call 112, 999 or 911 now. " * 2 if level == "emergency" else "x" * 40,
                "come_back_if": ["Come back if it changes."],
                "show_tips": level != "emergency",
            }
            for level in LEVELS
        },
        "sources": ["test"],
    }
    data.update(changes)
    return TriageFlow.model_validate(data)


def yes_no() -> list[dict[str, str]]:
    return [{"id": "y", "text": "Yes"}, {"id": "n", "text": "No"}]


def test_generic_ask_if_and_and_conditions() -> None:
    engine = TriageEngine(make_flow())
    assert engine.evaluate({}).asked == ["e", "gate", "d", "c"]
    assert engine.evaluate({"gate": "y"}).asked == ["e", "u", "d", "c"]
    assert engine.evaluate({"gate": "y", "d": "y"}).reasons == [
        "Routine sign given.",
        "Both of two answers.",
    ]
    assert engine.evaluate({"c": "y"}).tips == ["A tip for context."]


def test_generic_stop_at_urgent_asks_only_what_could_raise_the_level() -> None:
    flow = make_flow(stop_at="urgent")
    engine = TriageEngine(flow)
    # Urgent reached before the emergency question: only that question is left.
    assert engine.evaluate({"gate": "y", "u": "y"}).asked == ["e"]


def test_generic_stop_at_emergency_asks_everything_after_urgent() -> None:
    engine = TriageEngine(make_flow(stop_at="emergency"))
    result = engine.evaluate({"e": "n", "gate": "y", "u": "y"})
    assert result.level == "urgent"
    assert result.asked == ["d", "c"]
    assert engine.evaluate({"e": "y"}).asked == []


def test_engine_refuses_an_unchecked_inconsistent_flow() -> None:
    flow = make_flow(
        rules=[{"id": "r", "when": {"zzz": ["y"]}, "level": "emergency", "reason": "Missing one."}]
    )
    with pytest.raises(FlowError) as info:
        TriageEngine(flow)
    assert info.value.key == "rules[0](id=r).when.zzz"


def test_topics_are_ordered_most_specific_first() -> None:
    base = {**NOTHING_URGENT, "pregnant": "not_pregnant", "impact": "absent"}
    result = ENGINE.evaluate({**base, "new_medicine": "present", "drinks": "alcohol"})
    assert result.level == "doctor"
    assert result.topics[:2] == ["medications_causing", "alcohol_tobacco"]
    assert result.topics[2:] == list(FLOW.levels.doctor.topics)
