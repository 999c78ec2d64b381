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
    "cramp_wound_poison": "none",
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
    assert ENGINE.evaluate({}).to_ask == [
        "emergency_signs",
        "leg_signs",
        "cramp_wound_poison",
        "pregnant",
        "routine_signs",
        "when_cramps",
    ]


def nothing_wrong(question_id: str) -> str:
    """The answer of someone with nothing to report: fires no rule, opens no question."""
    question = ENGINE.question(question_id)
    used = [rule.when for rule in FLOW.rules] + [q.ask_if for q in FLOW.questions if q.ask_if]
    for option in question.options:
        if not any(option.id in condition.get(question_id, []) for condition in used):
            return option.id
    raise AssertionError(f"{question_id} has no answer that reports nothing")


def test_nothing_wrong_reaches_a_result_in_at_most_six_taps() -> None:
    # The brief promised "a few short questions": someone with no warning sign must
    # not tap through eleven. Counted as a person taps, one question at a time.
    answers: dict[str, str] = {}
    taps = 0
    while (question := ENGINE.next_question(answers)) is not None:
        answers[question.id] = nothing_wrong(question.id)
        taps += 1
        assert taps <= len(FLOW.questions)
    result = ENGINE.evaluate(answers)
    assert result.level == "self_care" and result.done
    assert taps <= 6, f"{taps} taps: {list(answers)}"
    assert next(iter(answers)) == "emergency_signs"


# --- ask_if --------------------------------------------------------------------------


def test_pregnancy_leg_question_only_when_pregnant() -> None:
    pregnant = {**NOTHING_URGENT, "pregnant": "pregnant"}
    following = ENGINE.next_question(pregnant)
    assert following is not None and following.id == "pregnant_leg"
    assert ENGINE.evaluate(pregnant).to_ask[0] == "pregnant_leg"

    not_pregnant = {**NOTHING_URGENT, "pregnant": "not_pregnant"}
    following = ENGINE.next_question(not_pregnant)
    assert following is not None and following.id == "routine_signs"
    assert "pregnant_leg" not in ENGINE.evaluate(not_pregnant).to_ask


def test_conditional_question_is_not_listed_before_its_gate_is_answered() -> None:
    assert "pregnant_leg" not in ENGINE.evaluate(NOTHING_URGENT).to_ask


def test_answer_to_a_question_that_would_not_be_asked_still_counts() -> None:
    # A sign someone reports is never ignored, even out of the usual path.
    answers = {**NOTHING_URGENT, "pregnant": "not_pregnant", "pregnant_leg": "present"}
    assert ENGINE.evaluate(answers).level == "urgent"


# --- stopping ------------------------------------------------------------------------


def test_emergency_answer_ends_at_once() -> None:
    result = ENGINE.evaluate({"emergency_signs": "present"})
    assert result.level == "emergency"
    assert result.done and result.to_ask == []
    assert ENGINE.next_question({"emergency_signs": "present"}) is None
    assert result.tips == []
    for number in ("112", "999", "911"):
        assert number in result.advice


def test_urgent_answer_ends_the_questions_once_emergency_was_asked() -> None:
    answers = {"emergency_signs": "absent", "leg_signs": "present"}
    result = ENGINE.evaluate(answers)
    assert result.level == "urgent" and result.done and result.to_ask == []
    assert ENGINE.next_question(answers) is None


def test_urgent_answer_given_first_still_asks_the_emergency_question() -> None:
    # Answers may arrive in any order; a question that could raise the level is never
    # skipped.
    result = ENGINE.evaluate({"leg_signs": "present"})
    assert result.level == "urgent"
    assert not result.done and result.to_ask == ["emergency_signs"]


def test_routine_signs_are_named_only_after_a_yes_or_not_sure() -> None:
    base = {**NOTHING_URGENT, "pregnant": "not_pregnant"}
    named = ["impact", "other_symptoms", "new_medicine", "conditions"]
    assert ENGINE.evaluate({**base, "routine_signs": "absent"}).to_ask == ["when_cramps"]
    for answer in ("present", "unsure"):
        assert ENGINE.evaluate({**base, "routine_signs": answer}).to_ask == [
            *named,
            "when_cramps",
        ]


def test_doctor_level_stops_asking_what_cannot_change_it_but_keeps_tips() -> None:
    answers = {
        **NOTHING_URGENT,
        "pregnant": "not_pregnant",
        "routine_signs": "present",
        "impact": "present",
    }
    result = ENGINE.evaluate(answers)
    assert result.level == "doctor" and not result.done
    # The other routine questions could only lead to "doctor" again; the context
    # question still chooses the tips shown at this level.
    assert result.to_ask == ["when_cramps"]


def test_pregnancy_still_asks_the_urgent_leg_question_at_doctor_level() -> None:
    answers = {**NOTHING_URGENT, "pregnant": "pregnant"}
    result = ENGINE.evaluate(answers)
    assert result.level == "doctor"
    assert result.to_ask == ["pregnant_leg", "when_cramps"]


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
            serious = [
                rule
                for rule in FLOW.rules
                if RANK[rule.level] >= RANK["urgent"]
                and all(answers.get(q) in options for q, options in rule.when.items())
            ]
            if serious:
                # No path ends in self-care (or a routine visit) after an urgent answer.
                assert RANK[result.level] >= max(RANK[rule.level] for rule in serious)
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
    assert result.to_ask[0] == "leg_signs"
    # At doctor level already, the screening question could change nothing.
    assert "routine_signs" not in result.to_ask


def test_reasons_come_only_from_the_final_level() -> None:
    answers = {
        "emergency_signs": "absent",
        "leg_signs": "present",
        "cramp_wound_poison": "several",
        "impact": "present",
    }
    result = ENGINE.evaluate(answers)
    assert result.level == "urgent"
    reasons = " ".join(result.reasons)
    assert "blood clot" in reasons and "tetanus" in reasons and "lead" in reasons
    assert "every week" not in reasons  # a routine reason must not explain "urgent"
    assert len(result.reasons) == 2


def test_context_answers_add_tips_but_never_change_the_level() -> None:
    base = {**NOTHING_URGENT, "pregnant": "not_pregnant", "routine_signs": "absent"}
    context = [q for q in FLOW.questions if q.stage == "context"]
    assert context
    for question in context:
        for option in question.options:
            answers = {**base, question.id: option.id}
            assert ENGINE.evaluate(answers).level == ENGINE.evaluate(base).level
    tipped = ENGINE.evaluate({**base, "when_cramps": "exercise_heat"})
    assert len(tipped.tips) == 2
    for topic in ("exercise", "hydration"):
        assert topic in tipped.topics
    assert len(tipped.topics) == len(set(tipped.topics))


def test_context_is_not_asked_where_no_tips_are_shown() -> None:
    answers = {"emergency_signs": "absent", "leg_signs": "unsure"}
    result = ENGINE.evaluate(answers)
    assert result.level == "urgent" and result.done
    assert "when_cramps" not in result.to_ask


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
    assert engine.evaluate({}).to_ask == ["e", "gate", "d", "c"]
    assert engine.evaluate({"gate": "y"}).to_ask == ["e", "u", "d", "c"]
    assert engine.evaluate({"gate": "y", "d": "y"}).reasons == [
        "Routine sign given.",
        "Both of two answers.",
    ]
    assert engine.evaluate({"c": "y"}).tips == ["A tip for context."]


def test_generic_stop_at_urgent_asks_only_what_could_raise_the_level() -> None:
    flow = make_flow(stop_at="urgent")
    engine = TriageEngine(flow)
    # Urgent reached before the emergency question: that question is left, and the
    # context question, since this flow shows tips at the urgent level.
    assert engine.evaluate({"gate": "y", "u": "y"}).to_ask == ["e", "c"]


def test_generic_context_is_asked_only_where_tips_are_shown() -> None:
    levels = make_flow().levels.model_dump()
    levels["urgent"]["show_tips"] = False
    engine = TriageEngine(make_flow(levels=levels))
    assert engine.evaluate({"gate": "y", "u": "y"}).to_ask == ["e"]
    assert engine.evaluate({"e": "n", "gate": "n", "d": "y"}).to_ask == ["c"]


def test_generic_stop_at_doctor_skips_what_could_only_lead_to_doctor() -> None:
    engine = TriageEngine(make_flow(stop_at="doctor"))
    assert engine.evaluate({"e": "n", "d": "y"}).to_ask == ["gate", "c"]
    assert engine.evaluate({"e": "n", "gate": "n", "d": "y"}).to_ask == ["c"]


def test_generic_stop_at_emergency_asks_everything_after_urgent() -> None:
    engine = TriageEngine(make_flow(stop_at="emergency"))
    result = engine.evaluate({"e": "n", "gate": "y", "u": "y"})
    assert result.level == "urgent"
    assert result.to_ask == ["d", "c"]
    assert engine.evaluate({"e": "y"}).to_ask == []


def test_engine_refuses_an_unchecked_inconsistent_flow() -> None:
    flow = make_flow(
        rules=[{"id": "r", "when": {"zzz": ["y"]}, "level": "emergency", "reason": "Missing one."}]
    )
    with pytest.raises(FlowError) as info:
        TriageEngine(flow)
    assert info.value.key == "rules[0](id=r).when.zzz"


def test_topics_are_ordered_most_specific_first() -> None:
    base = {**NOTHING_URGENT, "pregnant": "not_pregnant", "routine_signs": "present"}
    result = ENGINE.evaluate({**base, "new_medicine": "present", "when_cramps": "alcohol"})
    assert result.level == "doctor"
    assert result.topics[:2] == ["medications_causing", "alcohol_tobacco"]
    assert result.topics[2:] == list(FLOW.levels.doctor.topics)
