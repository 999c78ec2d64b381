"""The /triage engine: a generic walk over the questions and rules in content/triage.yaml.

Everything medical (questions, which answers lead to which level, the advice) is data;
this module only decides the order of questions and grades answers. It is pure and
synchronous so the Telegram conversation, the CLI and the tests all drive it the same way.

Safety properties the code guarantees for any flow that passes `check_flow`:
- an answer that fires an emergency rule ends the questioning at once;
- a question that could still raise the level is never skipped, whatever order the
  answers arrived in; one that could not is skipped once `stop_at` is reached, and a
  context question is asked only at a level that shows tips, so nobody answers a
  question that would change nothing;
- rules only add: answering one more question never lowers the level. (That switching
  between options never lowers it is a property of the data, checked by the tests.)
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from knowledge.loader import ContentError, check_topic_ids, content_directory, parse_file
from knowledge.loader import topic_ids as defined_topic_ids
from knowledge.models import Level
from knowledge.triage_models import (
    LEVELS,
    RANK,
    Condition,
    LevelAdvice,
    Option,
    Question,
    Rule,
    Tip,
    TriageFlow,
)

__all__ = [
    "LEVELS",
    "FlowError",
    "Option",
    "Question",
    "TriageEngine",
    "TriageFlow",
    "TriageResult",
    "check_flow",
    "load_triage",
]

TRIAGE_FILE = "triage.yaml"


class FlowError(ValueError):
    """The flow is inconsistent; `key` names the item as ContentError does."""

    def __init__(self, key: str, problem: str) -> None:
        self.key = key
        self.problem = problem
        super().__init__(f"{key}: {problem}")


def load_triage(content_dir: Path | None = None) -> TriageFlow:
    """Parse and cross-check content/triage.yaml. Raises ContentError naming file and key."""
    directory = content_directory(content_dir)
    path = directory / TRIAGE_FILE
    flow = parse_file(path, TriageFlow)
    try:
        check_flow(flow)
    except FlowError as exc:
        raise ContentError(path, exc.key, exc.problem) from None
    known = defined_topic_ids(directory)
    for key, topics in flow.referenced_topics():
        check_topic_ids(path, key, topics, known)
    return flow


# --- cross-checks ------------------------------------------------------------------


def _at(section: str, index: int, item_id: str) -> str:
    # Same spelling as knowledge.loader uses for pydantic errors: rules[3](id=foo)
    return f"{section}[{index}](id={item_id})"


def _first_duplicate(ids: list[str]) -> int | None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            return index
        seen.add(item_id)
    return None


def _check_unique_ids(flow: TriageFlow) -> None:
    sections: list[tuple[str, list[str]]] = [
        ("questions", [q.id for q in flow.questions]),
        ("rules", [r.id for r in flow.rules]),
        ("tips", [t.id for t in flow.tips]),
    ]
    for section, ids in sections:
        dup = _first_duplicate(ids)
        if dup is not None:
            raise FlowError(f"{_at(section, dup, ids[dup])}.id", f"id {ids[dup]!r} used twice")
    for qi, question in enumerate(flow.questions):
        option_ids = [o.id for o in question.options]
        dup = _first_duplicate(option_ids)
        if dup is not None:
            key = f"{_at('questions', qi, question.id)}.options{_at('', dup, option_ids[dup])}"
            raise FlowError(f"{key}.id", f"option id {option_ids[dup]!r} used twice")


def _check_condition(
    condition: Condition, key: str, known: Mapping[str, Question], what: str
) -> None:
    """Every question and option in `condition` must exist among `known`."""
    for question_id, option_ids in condition.items():
        question = known.get(question_id)
        if question is None:
            raise FlowError(f"{key}.{question_id}", f"{what} question {question_id!r}")
        for option_id in option_ids:
            if question.option(option_id) is None:
                raise FlowError(
                    f"{key}.{question_id}",
                    f"question {question_id!r} has no option {option_id!r}",
                )


def _check_questions(flow: TriageFlow) -> None:
    first = flow.questions[0]
    if first.stage != "emergency":
        raise FlowError(
            f"{_at('questions', 0, first.id)}.stage", "the first question must ask emergency signs"
        )
    earlier: dict[str, Question] = {}
    for qi, question in enumerate(flow.questions):
        key = _at("questions", qi, question.id)
        previous = flow.questions[qi - 1] if qi else question
        # Most serious stage first: this is what makes emergency signs come first.
        if RANK[question.stage] > RANK[previous.stage]:
            raise FlowError(
                f"{key}.stage",
                f"stage {question.stage!r} is listed after a {previous.stage!r} question; "
                "list questions from the most serious stage down",
            )
        if question.ask_if is not None:
            # A condition could hide an emergency question from someone who needs it.
            if question.stage == "emergency":
                raise FlowError(f"{key}.ask_if", "emergency questions must always be asked")
            # Earlier-only keeps the order consistent and the walk free of cycles.
            _check_condition(question.ask_if, f"{key}.ask_if", earlier, "no earlier")
        earlier[question.id] = question


def _check_rules_and_tips(flow: TriageFlow) -> None:
    by_id = {q.id: q for q in flow.questions}
    for ri, rule in enumerate(flow.rules):
        key = f"{_at('rules', ri, rule.id)}.when"
        _check_condition(rule.when, key, by_id, "unknown")
        for question_id in rule.when:
            stage = by_id[question_id].stage
            # A rule may not outrank its questions: an urgent rule on a routine question
            # would be asked too late, and context must never change the level.
            if RANK[rule.level] > RANK[stage]:
                raise FlowError(
                    f"{key}.{question_id}",
                    f"a {rule.level!r} rule uses question {question_id!r} "
                    f"of stage {stage!r}; raise the question's stage or lower the rule",
                )
    if not any(rule.level == "emergency" for rule in flow.rules):
        raise FlowError("rules", "no rule gives the emergency level")
    for ti, tip in enumerate(flow.tips):
        _check_condition(tip.when, f"{_at('tips', ti, tip.id)}.when", by_id, "unknown")


def _check_every_question_used(flow: TriageFlow) -> None:
    graded = {q for rule in flow.rules for q in rule.when}
    gating = {q for question in flow.questions for q in (question.ask_if or {})}
    tipped = {q for tip in flow.tips for q in tip.when}
    for qi, question in enumerate(flow.questions):
        used = tipped if question.stage == "context" else graded | gating
        if question.id not in used:
            needs = "a tip" if question.stage == "context" else "a rule or another question"
            raise FlowError(
                _at("questions", qi, question.id),
                f"no {needs} uses this question's answers",
            )


def check_flow(flow: TriageFlow) -> None:
    """Cross-check a parsed flow; raise FlowError on the first problem.

    With these checks every walk ends in a level: questions are asked at most once,
    ask_if looks only backwards, and the level is "self_care" when no rule fires.
    """
    _check_unique_ids(flow)
    _check_questions(flow)
    _check_rules_and_tips(flow)
    _check_every_question_used(flow)


# --- engine ------------------------------------------------------------------------


@dataclass(frozen=True)
class TriageResult:
    level: Level
    # The level's heading in plain words, e.g. "Get medical help today".
    title: str
    # Why this level: one plain sentence per rule that reached it.
    reasons: list[str]
    # Questions the flow would still ask given these answers, in order.
    to_ask: list[str]
    # True when nothing is left to ask: the level is final. Until then it is the level
    # the answers so far give, which more answers can only raise.
    done: bool
    advice: str
    come_back_if: list[str]
    topics: list[str]
    tips: list[str]


def _holds(condition: Condition, answers: Mapping[str, str]) -> bool:
    return all(answers.get(q) in options for q, options in condition.items())


def _potentials(flow: TriageFlow) -> dict[str, int]:
    """The highest level rank each question can still lead to, directly or by unlocking
    a later question through ask_if. Used to decide what may be skipped."""
    potential = {q.id: RANK["self_care"] for q in flow.questions}
    for rule in flow.rules:
        for question_id in rule.when:
            potential[question_id] = max(potential[question_id], RANK[rule.level])
    # A gate is as important as what it unlocks. (Defensive today: only emergency
    # questions outrank "urgent", and they may not have ask_if.) ask_if looks only
    # backwards, so one pass from the end reaches every gate.
    for question in reversed(flow.questions):
        for gate in question.ask_if or {}:
            potential[gate] = max(potential[gate], potential[question.id])
    return potential


def _unique(items: Iterator[str]) -> list[str]:
    return list(dict.fromkeys(items))


class TriageEngine:
    """Asks the flow's questions in order and grades answers. Stateless between calls:
    the caller keeps the answers (question id -> option id) and passes them in."""

    def __init__(self, flow: TriageFlow) -> None:
        # An unchecked flow could skip emergency questions; refuse it here as well.
        check_flow(flow)
        self.flow = flow
        self._by_id = {q.id: q for q in flow.questions}
        self._potential = _potentials(flow)
        self._stop_rank = RANK[flow.stop_at]

    @property
    def questions(self) -> list[Question]:
        return list(self.flow.questions)

    def question(self, question_id: str) -> Question:
        question = self._by_id.get(question_id)
        if question is None:
            raise ValueError(f"unknown triage question {question_id!r}")
        return question

    def validate_answer(self, question_id: str, option_id: str) -> bool:
        question = self._by_id.get(question_id)
        return question is not None and question.option(option_id) is not None

    def next_question(self, answers: Mapping[str, str]) -> Question | None:
        pending = self._pending(answers, self._level(self._fired(answers)))
        return pending[0] if pending else None

    def evaluate(self, answers: Mapping[str, str]) -> TriageResult:
        fired = self._fired(answers)
        level = self._level(fired)
        pending = self._pending(answers, level)
        # Only rules at the final level explain it: "urgent because your cramps come
        # every week" would mislead.
        decisive = [rule for rule in fired if rule.level == level]
        advice: LevelAdvice = self.flow.advice_for(level)
        tips: list[Tip] = (
            [tip for tip in self.flow.tips if _holds(tip.when, answers)] if advice.show_tips else []
        )
        # Most specific first (why, then tailored tips, then the level's general reading),
        # so a caller that shows only the first few buttons drops the generic ones.
        topics = _unique(
            topic
            for group in (
                *(rule.topics for rule in decisive),
                *(tip.topics for tip in tips),
                advice.topics,
            )
            for topic in group
        )
        return TriageResult(
            level=level,
            title=advice.title,
            reasons=[rule.reason for rule in decisive],
            to_ask=[q.id for q in pending],
            done=not pending,
            advice=advice.advice,
            come_back_if=list(advice.come_back_if),
            topics=topics,
            tips=[tip.text for tip in tips],
        )

    # --- internals ---

    def _fired(self, answers: Mapping[str, str]) -> list[Rule]:
        for question_id, option_id in answers.items():
            if question_id not in self._by_id:
                raise ValueError(f"unknown triage question {question_id!r}")
            if not self.validate_answer(question_id, option_id):
                raise ValueError(f"triage question {question_id!r} has no option {option_id!r}")
        # Answers count even where ask_if would not have asked: a sign someone
        # reports is never ignored.
        return [rule for rule in self.flow.rules if _holds(rule.when, answers)]

    @staticmethod
    def _level(fired: list[Rule]) -> Level:
        rank = max((RANK[rule.level] for rule in fired), default=RANK["self_care"])
        return LEVELS[rank]

    def _pending(self, answers: Mapping[str, str], level: Level) -> list[Question]:
        if level == "emergency":
            return []  # emergency ends the questioning at once, whatever is unanswered
        return [
            question
            for question in self.flow.questions
            if question.id not in answers
            and (question.ask_if is None or _holds(question.ask_if, answers))
            and self._could_change_the_result(question, level)
        ]

    def _could_change_the_result(self, question: Question, level: Level) -> bool:
        if question.stage == "context":
            # Context only chooses tips: worth a tap only where tips are shown.
            return self.flow.advice_for(level).show_tips
        rank = RANK[level]
        # Past stop_at, ask only what could still raise the level.
        return rank < self._stop_rank or self._potential[question.id] > rank
