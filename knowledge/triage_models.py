"""Typed models of content/triage.yaml: the questions, rules and advice behind /triage.

These models check the shape of each item (keys, ids, lengths, the emergency numbers).
Checks that look across items (references, order, stages) live in knowledge.triage,
because they need the whole flow and must name the exact key that is wrong.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, field_validator

from knowledge.models import Identifier, Level, StrictModel, TopicId, names_emergency_numbers

# Where a question sits in the flow: the most serious level its answers may lead to.
# "context" questions only shape self-care tips and can never change the level.
Stage = Literal["emergency", "urgent", "doctor", "context"]
# Rules never grade "self_care": that is what remains when no rule fires.
RuleLevel = Literal["emergency", "urgent", "doctor"]
# A flow may stop asking once one of these is reached; emergency always stops it.
StopLevel = Literal["emergency", "urgent", "doctor"]

LEVELS: tuple[Level, ...] = ("self_care", "doctor", "urgent", "emergency")
# One scale for levels and stages, so "is this question serious enough" is a comparison.
RANK: dict[str, int] = {"context": 0, "self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}

# An inline keyboard button shows about 40 characters on a phone before cutting text.
OPTION_TEXT_MAX = 40
# A screening question lists a few groups of signs; longer no longer reads at a glance.
QUESTION_TEXT_MAX = 500


def _not_a_yaml_boolean(value: Any) -> Any:
    # YAML 1.1 reads unquoted yes/no/on/off as true/false; say that plainly rather
    # than leave the editor puzzling over "Input should be a valid string".
    if isinstance(value, bool):
        raise ValueError("YAML read this as true/false, not text: put it in quotes")
    return value


Id = Annotated[Identifier, BeforeValidator(_not_a_yaml_boolean)]
Text = Annotated[str, Field(min_length=1)]
# question id -> accepted option ids. Holds when every listed question was answered
# with one of its listed options (AND across questions, OR within one question).
Condition = Annotated[dict[Id, Annotated[list[Id], Field(min_length=1)]], Field(min_length=1)]


class Option(StrictModel):
    """One answer button."""

    id: Id
    # Button texts are often a bare Yes or No, which YAML turns into true/false.
    # (Field before BeforeValidator keeps pydantic's "at most 40 characters" message.)
    text: Annotated[
        str, Field(min_length=1, max_length=OPTION_TEXT_MAX), BeforeValidator(_not_a_yaml_boolean)
    ]


class Question(StrictModel):
    """One message with its answer buttons; one tap answers it."""

    id: Id
    stage: Stage
    text: Annotated[str, Field(min_length=10, max_length=QUESTION_TEXT_MAX)]
    # Telegram allows more buttons, but more than 8 no longer fits "one glance, one tap".
    options: Annotated[list[Option], Field(min_length=2, max_length=8)]
    # Ask only when this holds; it may refer only to questions listed earlier.
    ask_if: Condition | None = None

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


class Rule(StrictModel):
    """When `when` holds, the result is at least `level`, and `reason` says why."""

    id: Id
    when: Condition
    level: RuleLevel
    # Plain words naming the answers, shown under "Why".
    reason: Annotated[str, Field(min_length=10, max_length=400)]
    topics: list[TopicId] = Field(default_factory=list)


class Tip(StrictModel):
    """Self-care advice tailored to an answer; tips never change the level."""

    id: Id
    when: Condition
    text: Annotated[str, Field(min_length=10, max_length=500)]
    topics: list[TopicId] = Field(default_factory=list)


class LevelAdvice(StrictModel):
    """What to do now at one level."""

    title: Annotated[str, Field(min_length=3, max_length=80)]
    advice: Annotated[str, Field(min_length=40, max_length=1500)]
    # When to come back or get more help: full sentences, shown as a list.
    come_back_if: list[Text] = Field(default_factory=list)
    topics: list[TopicId] = Field(default_factory=list)
    # Whether tailored self-care tips are shown under the advice at this level.
    show_tips: bool = False


class EmergencyAdvice(LevelAdvice):
    @field_validator("advice")
    @classmethod
    def _names_emergency_numbers(cls, value: str) -> str:
        return names_emergency_numbers(value)

    @field_validator("show_tips")
    @classmethod
    def _no_tips(cls, value: bool) -> bool:
        # Nothing may compete with "call now" on the emergency screen.
        if value:
            raise ValueError("the emergency level must not show self-care tips")
        return value


class SelfCareAdvice(LevelAdvice):
    @field_validator("come_back_if")
    @classmethod
    def _safety_net(cls, value: list[str]) -> list[str]:
        # Self-care is only safe with a clear list of changes that mean "get help".
        if not value:
            raise ValueError("self-care advice needs a come_back_if list")
        return value


class Levels(StrictModel):
    emergency: EmergencyAdvice
    urgent: LevelAdvice
    doctor: LevelAdvice
    self_care: SelfCareAdvice


class TriageFlow(StrictModel):
    """The whole of content/triage.yaml."""

    # Shown when /triage starts: what this is, that it is not a diagnosis.
    intro: Annotated[str, Field(min_length=40, max_length=800)]
    # Once the answers reach this level, only questions that could still raise the
    # level are asked (emergency ends the questioning in any case). Context questions
    # are asked only at levels that show tips.
    stop_at: StopLevel
    questions: Annotated[list[Question], Field(min_length=1)]
    rules: Annotated[list[Rule], Field(min_length=1)]
    tips: list[Tip] = Field(default_factory=list)
    levels: Levels
    sources: Annotated[list[Text], Field(min_length=1)]

    def advice_for(self, level: Level) -> LevelAdvice:
        advice: LevelAdvice = getattr(self.levels, level)
        return advice

    def referenced_topics(self) -> list[tuple[str, list[str]]]:
        """(key, topic ids) for every place the flow links to topics: the loader checks them."""
        levels = {
            name: self.advice_for(name) for name in ("emergency", "urgent", "doctor", "self_care")
        }
        return [
            *((f"levels.{name}.topics", advice.topics) for name, advice in levels.items()),
            *(
                (f"rules[{i}](id={rule.id}).topics", rule.topics)
                for i, rule in enumerate(self.rules)
            ),
            *((f"tips[{i}].topics", tip.topics) for i, tip in enumerate(self.tips)),
        ]
