"""Clinical vignettes from docs medical-guidance.md, walked through the real flow.

Each vignette names only what is true for that person; every other question gets its
"nothing wrong" answer. The test answers whatever the engine asks, in the engine's order,
the way a person tapping buttons would, so stopping early is part of what is tested.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knowledge.triage import TriageEngine, TriageResult, load_triage

ENGINE = TriageEngine(load_triage())
RANK = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}

# The answer a person with nothing to report gives to each question.
NEGATIVE = {
    "emergency_signs": "absent",
    "leg_signs": "absent",
    "cramp_wound_poison": "none",
    "pregnant": "not_pregnant",
    "pregnant_leg": "absent",
    "routine_signs": "absent",
    "impact": "absent",
    "other_symptoms": "absent",
    "new_medicine": "absent",
    "conditions": "none",
    "when_cramps": "no_pattern",
}
# A routine sign is first reported at the screening question, then named.
ROUTINE = {"routine_signs": "present"}


@dataclass(frozen=True)
class Vignette:
    story: str
    # What this person would answer, where it differs from NEGATIVE.
    findings: dict[str, str]
    level: str
    # Words of the sign that must appear in a question (or option) this person answered
    # with a finding: proves the grouped question really asks about that sign.
    evidence: tuple[str, ...] = ()
    # Fragments expected among the tips, and topic ids expected among the buttons.
    tips: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


V = Vignette
VIGNETTES = [
    # --- emergency ---
    V(
        "swollen calf after a long flight, now short of breath",
        {"emergency_signs": "present", "leg_signs": "present"},
        "emergency",
        ("short of breath",),
    ),
    V(
        "cramp-like calf pain, chest pain worse on breathing in",
        {"emergency_signs": "present"},
        "emergency",
        ("chest pain", "breathe in"),
    ),
    V(
        "sore, swollen leg and coughing up blood",
        {"emergency_signs": "present", "leg_signs": "present"},
        "emergency",
        ("coughing up blood",),
    ),
    V(
        "fainted at home with a painful leg",
        {"emergency_signs": "present"},
        "emergency",
        ("fainted", "collapsed"),
    ),
    V(
        "emergency + urgent + routine: breathless, warm red calf, new statin, diabetes",
        {
            "emergency_signs": "present",
            "leg_signs": "present",
            **ROUTINE,
            "new_medicine": "present",
            "conditions": "diabetes",
        },
        "emergency",
        ("breath",),
    ),
    V(
        "pregnant with a red swollen leg and chest pain",
        {"emergency_signs": "present", "pregnant": "pregnant", "pregnant_leg": "present"},
        "emergency",
        ("chest pain",),
    ),
    # --- urgent ---
    V(
        "one-sided calf swelling only",
        {"leg_signs": "present"},
        "urgent",
        ("more swollen than the other",),
    ),
    V("warm skin over the sore calf only", {"leg_signs": "present"}, "urgent", ("warm",)),
    V("red skin over the sore area only", {"leg_signs": "present"}, "urgent", ("looks red",)),
    V(
        "darker skin over the sore area on black skin only",
        {"leg_signs": "present"},
        "urgent",
        ("darker", "brown or black skin"),
    ),
    V(
        "hard, sore vein in the painful calf only",
        {"leg_signs": "present"},
        "urgent",
        ("hard", "sore to touch"),
    ),
    V(
        "cannot tell whether brown skin over the calf is discoloured",
        {"leg_signs": "unsure"},
        "urgent",
        ("not sure",),
    ),
    V(
        "calf cramp for 15 minutes, stretching does not help",
        {"cramp_wound_poison": "long_cramp"},
        "urgent",
        ("10 minutes", "stretched"),
    ),
    V(
        "gardener with a soil-contaminated cut, now cramps",
        {"cramp_wound_poison": "wound"},
        "urgent",
        ("tetanus", "soil"),
    ),
    V(
        "stepped on a rusty nail last week, now spasms",
        {"cramp_wound_poison": "wound"},
        "urgent",
        ("rusty metal",),
    ),
    V(
        "stripping old lead paint, now cramps",
        {"cramp_wound_poison": "poison"},
        "urgent",
        ("lead",),
    ),
    V(
        "broken thermometer cleaned up by hand (mercury)",
        {"cramp_wound_poison": "poison"},
        "urgent",
        ("mercury",),
    ),
    V(
        "dirty wound and lead exposure",
        {"cramp_wound_poison": "several"},
        "urgent",
        ("tetanus", "lead"),
    ),
    V(
        "pregnant, red swollen leg, did not report it at the general leg question",
        {"pregnant": "pregnant", "pregnant_leg": "present"},
        "urgent",
        ("pregnant", "red and swollen"),
    ),
    V(
        "pregnant, not sure whether the leg is red",
        {"pregnant": "pregnant", "pregnant_leg": "unsure"},
        "urgent",
        ("pregnant", "not sure"),
    ),
    V(
        "pregnant with a hard sore vein",
        {"pregnant": "pregnant", "leg_signs": "present"},
        "urgent",
        ("hard",),
    ),
    V(
        "urgent + routine: one-sided swelling, weekly cramps, on a diuretic",
        {"leg_signs": "present", **ROUTINE, "impact": "present", "new_medicine": "present"},
        "urgent",
        ("swollen",),
    ),
    V(
        "urgent + routine: 12-minute cramp, kidney disease",
        {"cramp_wound_poison": "long_cramp", **ROUTINE, "conditions": "kidney"},
        "urgent",
        ("10 minutes",),
    ),
    # --- doctor ---
    V(
        "woken most nights by calf cramps",
        {**ROUTINE, "impact": "present", "when_cramps": "rest"},
        "doctor",
        ("sleep",),
        tips=("before bed",),
        topics=("night_cramps",),
    ),
    V(
        "cramps every week, otherwise well",
        {**ROUTINE, "impact": "present"},
        "doctor",
        ("every week",),
    ),
    V("cramps stop her working", {**ROUTINE, "impact": "present"}, "doctor", ("daily life",)),
    V(
        "cramps with numbness and tingling in the feet",
        {**ROUTINE, "other_symptoms": "present"},
        "doctor",
        ("numbness", "tingling"),
    ),
    V(
        "calf muscles getting weaker and thinner",
        {**ROUTINE, "other_symptoms": "present"},
        "doctor",
        ("weaker", "smaller"),
    ),
    V(
        "twitching muscles with cramps",
        {**ROUTINE, "other_symptoms": "present"},
        "doctor",
        ("twitching",),
    ),
    V(
        "swelling of both ankles with cramps",
        {**ROUTINE, "other_symptoms": "present"},
        "doctor",
        ("swelling in both legs",),
    ),
    V(
        "calf pain on walking that goes with rest",
        {**ROUTINE, "other_symptoms": "present"},
        "doctor",
        ("when walking", "eases with rest"),
    ),
    V(
        "cramps since starting a statin",
        {**ROUTINE, "new_medicine": "present"},
        "doctor",
        ("statin",),
        topics=("medications_causing",),
    ),
    V(
        "cramps since starting water tablets",
        {**ROUTINE, "new_medicine": "present"},
        "doctor",
        ("diuretic",),
    ),
    V(
        "cramps since a salbutamol inhaler",
        {**ROUTINE, "new_medicine": "present"},
        "doctor",
        ("salbutamol",),
    ),
    V("cramps since nifedipine", {**ROUTINE, "new_medicine": "present"}, "doctor", ("nifedipine",)),
    V("known kidney disease", {**ROUTINE, "conditions": "kidney"}, "doctor", ("kidney",)),
    V("liver cirrhosis", {**ROUTINE, "conditions": "liver"}, "doctor", ("cirrhosis",)),
    V("type 2 diabetes", {**ROUTINE, "conditions": "diabetes"}, "doctor", ("diabetes",)),
    V(
        "peripheral artery disease",
        {**ROUTINE, "conditions": "pad"},
        "doctor",
        ("peripheral artery disease",),
    ),
    V(
        "diabetes and kidney disease",
        {**ROUTINE, "conditions": "several"},
        "doctor",
        ("more than one",),
    ),
    V(
        "pregnant, 30 weeks, night cramps, legs look normal",
        {"pregnant": "pregnant", "when_cramps": "rest"},
        "doctor",
        ("pregnant",),
        tips=("midwife",),
        topics=("pregnancy",),
    ),
    # --- self-care ---
    V(
        "occasional calf cramp after running in the heat",
        {"when_cramps": "exercise_heat"},
        "self_care",
        tips=("warm up", "sweat"),
        topics=("exercise", "hydration"),
    ),
    V(
        "first ever cramp at night",
        {"when_cramps": "rest"},
        "self_care",
        tips=("before bed",),
        topics=("night_cramps",),
    ),
    V(
        "cramp after a night of drinking",
        {"when_cramps": "alcohol"},
        "self_care",
        tips=("alcohol",),
        topics=("alcohol_tobacco",),
    ),
    V(
        "cramp on a hot day, drank little",
        {"when_cramps": "heat"},
        "self_care",
        tips=("pale yellow",),
        topics=("hydration",),
    ),
    V(
        "unsure if a tablet is involved, nothing else",
        {"routine_signs": "unsure", "new_medicine": "unsure"},
        "self_care",
        tips=("pharmacist",),
        topics=("medications_causing",),
    ),
    V("occasional cramp, no pattern", {}, "self_care"),
]


def walk(findings: dict[str, str]) -> tuple[dict[str, str], TriageResult]:
    answers: dict[str, str] = {}
    for _ in range(len(ENGINE.questions)):
        question = ENGINE.next_question(answers)
        if question is None:
            break
        assert question.id not in answers, "a question was asked twice"
        answers[question.id] = findings.get(question.id, NEGATIVE[question.id])
    return answers, ENGINE.evaluate(answers)


def shown_for_findings(answers: dict[str, str]) -> str:
    """The question and option texts this person answered with a finding."""
    parts = []
    for question_id, option_id in answers.items():
        if option_id != NEGATIVE[question_id]:
            question = ENGINE.question(question_id)
            option = question.option(option_id)
            assert option is not None
            parts += [question.text, option.text]
    return " ".join(parts).casefold()


def test_negative_answers_are_valid() -> None:
    assert set(NEGATIVE) == {q.id for q in ENGINE.questions}
    for question_id, option_id in NEGATIVE.items():
        assert ENGINE.validate_answer(question_id, option_id)
    assert len(VIGNETTES) >= 25


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v.story for v in VIGNETTES])
def test_vignette(vignette: Vignette) -> None:
    answers, result = walk(vignette.findings)
    assert result.done and result.to_ask == []
    assert result.level == vignette.level, f"{vignette.story}: answers {answers}"
    shown = shown_for_findings(answers)
    for word in vignette.evidence:
        assert word.casefold() in shown, f"{vignette.story}: {word!r} was never asked"
    if vignette.level == "self_care":
        assert result.reasons == []
    else:
        assert result.reasons, "a level above self-care must say why"
    if vignette.level == "emergency":
        # The emergency question comes first and ends the check at once.
        assert list(answers) == ["emergency_signs"]
        assert result.tips == []
    tips = " ".join(result.tips).casefold()
    for fragment in vignette.tips:
        assert fragment.casefold() in tips
    for topic in vignette.topics:
        assert topic in result.topics


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[v.story for v in VIGNETTES])
def test_vignette_level_does_not_depend_on_stopping_early(vignette: Vignette) -> None:
    # Answering every question (as a form would) must give the same level as the walk.
    every_answer = {**NEGATIVE, **vignette.findings}
    assert ENGINE.evaluate(every_answer).level == vignette.level


def test_sensitivity_for_emergency_and_urgent_is_complete() -> None:
    for level in ("emergency", "urgent"):
        cases = [v for v in VIGNETTES if v.level == level]
        caught = [v for v in cases if RANK[walk(v.findings)[1].level] >= RANK[level]]
        sensitivity = len(caught) / len(cases)
        print(f"{level} sensitivity: {len(caught)}/{len(cases)} = {sensitivity:.0%}")
        assert sensitivity == 1.0
    exact = sum(walk(v.findings)[1].level == v.level for v in VIGNETTES)
    print(f"exact level agreement: {exact}/{len(VIGNETTES)}")
