"""The one code path from a typed question to a decision: red flags first, then a topic.

Both the Telegram chat and `cramp-bot ask` call `Assistant.answer`, so what a test
proves about one holds for the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.loader import Content
from knowledge.matcher import Match, TopicMatcher
from knowledge.redflags import RedFlagDetector, RedFlagHit
from knowledge.text import Normaliser


@dataclass(frozen=True)
class Answer:
    # "emergency" or "urgent" when a red flag fired; then topic matching was not consulted.
    level: str | None
    red_flags: tuple[RedFlagHit, ...]
    match: Match | None

    @property
    def urgent(self) -> bool:
        return self.level is not None

    @property
    def topic_id(self) -> str | None:
        return self.match.topic_id if self.match else None


class Assistant:
    def __init__(self, content: Content) -> None:
        vocabulary: list[str] = []
        for topic in content.topics.values():
            vocabulary += [topic.title, *topic.questions, *topic.keywords]
        for flag in content.red_flags.red_flags:
            vocabulary += flag.examples
        vocabulary += [entry.question for entry in content.faq]
        self.content = content
        self.normaliser = Normaliser(content.synonyms, vocabulary)
        self.detector = RedFlagDetector(content.red_flags)
        self.matcher = TopicMatcher(content.topics.values(), content.faq, self.normaliser)

    def answer(self, text: str) -> Answer:
        canonical = self.normaliser.canonical(text)
        hits = self.detector.detect(canonical)
        if hits:
            return Answer(level=hits[0].level, red_flags=tuple(hits), match=None)
        return Answer(level=None, red_flags=(), match=self.matcher.match_canonical(canonical))
