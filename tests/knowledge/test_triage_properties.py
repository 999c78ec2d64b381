"""Safety properties of the triage engine over the real flow, for any answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.triage import LEVELS, TriageEngine, load_triage

FLOW = load_triage()
ENGINE = TriageEngine(FLOW)
QUESTIONS = ENGINE.questions
RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}

# (question id, option id) pairs that carry a red flag, with the level that flag alone
# gives. Every rule in the real flow has one condition, so each pair suffices alone.
FLAGS: dict[tuple[str, str], str] = {}
for rule in FLOW.rules:
    assert len(rule.when) == 1, "the properties below assume single-condition rules"
    for question_id, option_ids in rule.when.items():
        for option_id in option_ids:
            key = (question_id, option_id)
            if key not in FLAGS or RANK[rule.level] > RANK[FLAGS[key]]:
                FLAGS[key] = rule.level
FLAG_LIST = sorted(FLAGS)
EMERGENCY_FLAGS = sorted(k for k, level in FLAGS.items() if level == "emergency")


@st.composite
def answer_sets(draw: st.DrawFn) -> dict[str, str]:
    """A random subset of questions, each with a random valid option."""
    chosen = draw(st.lists(st.sampled_from(QUESTIONS), unique_by=lambda q: q.id))
    return {q.id: draw(st.sampled_from([o.id for o in q.options])) for q in chosen}


def rank_of(answers: dict[str, str]) -> int:
    return RANK[ENGINE.evaluate(answers).level]


@settings(deadline=None)  # the machine's load is not the code's speed
@given(answer_sets())
def test_evaluate_never_raises_and_is_consistent(answers: dict[str, str]) -> None:
    result = ENGINE.evaluate(answers)
    assert result.level in LEVELS
    assert result.done == (result.to_ask == [])
    assert not set(result.to_ask) & set(answers), "an answered question is asked again"
    following = ENGINE.next_question(answers)
    assert (following is None) == result.done
    if following is not None:
        assert following.id == result.to_ask[0]
    assert all(isinstance(reason, str) and reason for reason in result.reasons)
    assert (result.reasons == []) == (result.level == "self_care")


@given(answer_sets(), st.sampled_from(FLAG_LIST))
def test_adding_a_red_flag_never_lowers_the_level(
    answers: dict[str, str], flag: tuple[str, str]
) -> None:
    question_id, option_id = flag
    flagged = {**answers, question_id: option_id}
    assert rank_of(flagged) >= rank_of(answers)
    # And the flag is honoured whatever else was answered.
    assert rank_of(flagged) >= RANK[FLAGS[flag]]
    # Switching from each other option of that question: trying them all here finds a
    # lowering switch far more reliably than hoping hypothesis draws the exact pair.
    for previous in ENGINE.question(question_id).options:
        before = {**answers, question_id: previous.id}
        assert rank_of(flagged) >= rank_of(before), f"{previous.id} -> {option_id}"


@given(answer_sets(), st.data())
def test_answering_one_more_question_never_lowers_the_level(
    answers: dict[str, str], data: st.DataObject
) -> None:
    unanswered = [q for q in QUESTIONS if q.id not in answers]
    if not unanswered:
        return
    question = data.draw(st.sampled_from(unanswered))
    option = data.draw(st.sampled_from(question.options))
    assert rank_of({**answers, question.id: option.id}) >= rank_of(answers)


@given(answer_sets(), st.sampled_from(EMERGENCY_FLAGS))
def test_an_emergency_answer_ends_the_check_whatever_else(
    answers: dict[str, str], flag: tuple[str, str]
) -> None:
    answers = {**answers, flag[0]: flag[1]}
    result = ENGINE.evaluate(answers)
    assert result.level == "emergency"
    assert result.done and result.to_ask == []
    assert ENGINE.next_question(answers) is None


SERIOUS_FLAGS = {k for k, level in FLAGS.items() if RANK[level] >= RANK["urgent"]}


@settings(max_examples=300)
@given(st.data())
def test_no_walk_ends_in_self_care_after_an_urgent_or_emergency_answer(
    data: st.DataObject,
) -> None:
    """Tapped as a person would, in the engine's order, with any options: once an answer
    carries an emergency or urgent sign, the result is at least that level, whatever
    was skipped after it."""
    answers: dict[str, str] = {}
    serious: list[tuple[str, str]] = []
    while (question := ENGINE.next_question(answers)) is not None:
        assert len(answers) < len(QUESTIONS)
        option = data.draw(st.sampled_from(question.options))
        answers[question.id] = option.id
        if (question.id, option.id) in SERIOUS_FLAGS:
            serious.append((question.id, option.id))
    result = ENGINE.evaluate(answers)
    assert result.done
    if serious:
        assert result.level != "self_care", f"self-care after {serious}"
        assert RANK[result.level] >= max(RANK[FLAGS[flag]] for flag in serious)
        assert result.reasons


@given(answer_sets())
def test_no_answers_with_an_urgent_sign_grade_below_urgent(answers: dict[str, str]) -> None:
    # The same for answers given in any order and any subset (the CLI takes any).
    given_flags = [(q, o) for q, o in answers.items() if (q, o) in SERIOUS_FLAGS]
    if given_flags:
        assert rank_of(answers) >= RANK["urgent"]


@settings(max_examples=300)
@given(st.data())
def test_any_walk_terminates_with_a_level(data: st.DataObject) -> None:
    answers: dict[str, str] = {}
    for _ in range(len(QUESTIONS)):
        question = ENGINE.next_question(answers)
        if question is None:
            break
        assert question.id not in answers
        if question.ask_if:
            assert all(answers.get(q) in opts for q, opts in question.ask_if.items())
        option = data.draw(st.sampled_from(question.options))
        answers[question.id] = option.id
        if FLAGS.get((question.id, option.id)) == "emergency":
            # An emergency answer ends the walk at once: no further question.
            assert ENGINE.next_question(answers) is None
            assert ENGINE.evaluate(answers).to_ask == []
            break
    assert ENGINE.next_question(answers) is None, "walk did not end within len(questions)"
    result = ENGINE.evaluate(answers)
    assert result.done and result.level in LEVELS
    assert result.advice and result.title
