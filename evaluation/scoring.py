"""Score the assistant on a labelled message set (evaluation/dev.yaml, evaluation/test.yaml).

What counts as right, per kind of message:
- topic: top-1 is the labelled topic or one of its `also_ok`; "offered" when the topic is
  the answer or among the buttons offered beside it; an alarm on it is a false alarm.
- red_flag (and emergency messages in other languages or out of scope): recalled when the
  answer's level is at least the labelled one (emergency is never softened to urgent).
- out_of_scope: right when answered with no topic, and alarmed only with a general
  emergency sign.
- language: right when the language is recognised (and its emergency, if it has one).
- small_talk: right when answered as small talk, never with "no answer".
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from knowledge.assistant import Answer, Assistant, Kind

EVALUATION_DIR = Path(__file__).resolve().parent
PARTS = ("dev", "test")
GROUPS_SHOWN = (
    "long", "pregnancy", "sport", "medicines", "children", "body_part", "casual",
    "tricky", "red_flag", "out_of_scope", "language", "small_talk",
)  # fmt: skip
_RANK = {None: 0, "urgent": 1, "emergency": 2}
# libyaml's safe loader where PyYAML has it: the development part is thousands of messages
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    groups: tuple[str, ...]
    kind: str
    topic: str | None
    also_ok: tuple[str, ...]
    level: str | None
    sign: str | None
    language: str
    # Where it was found (a page's address), or how it was written ("casual").
    source: str = ""
    # The file it came in (dev_fresh12): cross-validation keeps a batch together.
    batch: str = ""

    @property
    def real_post(self) -> bool:
        """Found on a public page, not written for the evaluation."""
        return self.source.startswith("http")

    @property
    def accepted_topics(self) -> set[str]:
        return {self.topic, *self.also_ok} if self.topic else set(self.also_ok)

    @property
    def ordinary(self) -> bool:
        """A message that must not be alarmed."""
        return self.level is None


def part_files(part: str, directory: Path = EVALUATION_DIR) -> list[Path]:
    """A part is its file and any later batches of it (dev.yaml, dev_extra.yaml)."""
    return [directory / f"{part}.yaml", *sorted(directory.glob(f"{part}_*.yaml"))]


def load_part(part: str, directory: Path = EVALUATION_DIR) -> list[Item]:
    return [item for path in part_files(part, directory) for item in _load_file(path)]


def _load_file(path: Path) -> list[Item]:
    data: dict[str, Any] = yaml.load(path.read_text("utf-8"), Loader=YAML_LOADER)
    return [
        Item(
            id=m["id"],
            text=m["text"],
            groups=tuple(m.get("groups") or ()),
            kind=m["kind"],
            topic=m.get("topic"),
            also_ok=tuple(m.get("also_ok") or ()),
            level=m.get("level"),
            sign=m.get("sign"),
            language=m.get("language") or "en",
            source=str(m.get("source") or ""),
            batch=path.stem,
        )
        for m in data["messages"]
    ]


@dataclass
class Outcome:
    item: Item
    answer: Answer

    @property
    def top1(self) -> bool:
        return self.answer.topic_id in self.item.accepted_topics

    @property
    def offered(self) -> bool:
        shown = {self.answer.topic_id, *self.answer.also}
        return bool(shown & self.item.accepted_topics)

    @property
    def alarmed(self) -> bool:
        return self.answer.level is not None

    @property
    def recalled(self) -> bool:
        return _RANK[self.answer.level] >= _RANK[self.item.level]

    @property
    def right(self) -> bool:
        """The message's own test, whatever its kind."""
        item, answer = self.item, self.answer
        if item.level is not None and not self.recalled:
            return False
        if item.level is None and self.alarmed:
            return False
        if item.kind == "topic":
            return self.top1
        if item.kind == "out_of_scope":
            return answer.topic_id is None
        if item.kind == "language":
            return answer.language == item.language
        if item.kind == "small_talk":
            return answer.kind is Kind.SMALL_TALK
        return True


@dataclass
class Report:
    part: str
    outcomes: list[Outcome]
    timings_ms: list[float] = field(default_factory=list)

    def _share(self, outcomes: Iterable[Outcome], test: str) -> tuple[int, int]:
        chosen = list(outcomes)
        return sum(1 for o in chosen if getattr(o, test)), len(chosen)

    def items(self) -> list[Item]:
        return [o.item for o in self.outcomes]

    def topic_items(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.kind == "topic"]

    def top1(self) -> tuple[int, int]:
        return self._share(self.topic_items(), "top1")

    def offered(self) -> tuple[int, int]:
        return self._share(self.topic_items(), "offered")

    def real_top1(self) -> tuple[int, int]:
        """Top-1 on the topic messages found on public pages."""
        return self._share((o for o in self.topic_items() if o.item.real_post), "top1")

    def recall(self, level: str) -> tuple[int, int]:
        return self._share((o for o in self.outcomes if o.item.level == level), "recalled")

    def false_alarms(self) -> tuple[int, int]:
        ordinary = [o for o in self.outcomes if o.item.ordinary and o.item.kind != "out_of_scope"]
        return self._share(ordinary, "alarmed")

    def out_of_scope_wrong(self) -> tuple[int, int]:
        items = [o for o in self.outcomes if o.item.kind == "out_of_scope"]
        return sum(1 for o in items if not o.right), len(items)

    def by_group(self) -> list[tuple[str, int, int]]:
        rows = []
        # Length as people write: a short line, or 8 and more words (a story, a detailed ask).
        for name, long_text in (("< 8 words", False), (">= 8 words", True)):
            chosen = [o for o in self.outcomes if (len(o.item.text.split()) >= 8) == long_text]
            if chosen:
                rows.append((name, sum(1 for o in chosen if o.right), len(chosen)))
        for group in GROUPS_SHOWN:
            chosen = [o for o in self.outcomes if group in o.item.groups]
            if chosen:
                rows.append((group, sum(1 for o in chosen if o.right), len(chosen)))
        return rows

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.right]

    def median_ms(self) -> float:
        return statistics.median(self.timings_ms)

    def p99_ms(self) -> float:
        ordered = sorted(self.timings_ms)
        return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


def evaluate(assistant: Assistant, part: str, items: list[Item], repeats: int = 1) -> Report:
    report = Report(part, [])
    assistant.wait_ready()
    gc.collect()
    gc.freeze()  # as the bot does once started (bot/application.py, post_init)
    for item in items:
        report.outcomes.append(Outcome(item, assistant.answer(item.text)))
    # Time with warm caches, as a running bot has them; every message `repeats` times.
    for _ in range(repeats):
        for item in items:
            start = time.perf_counter()
            assistant.answer(item.text)
            report.timings_ms.append((time.perf_counter() - start) * 1000)
    return report


def _pct(pair: tuple[int, int]) -> str:
    hit, total = pair
    return f"{hit}/{total} ({100 * hit / total:.1f}%)" if total else "-"


def render(report: Report) -> str:
    lines = [
        f"== {report.part}: {len(report.outcomes)} messages",
        f"  top-1 topic accuracy:         {_pct(report.top1())}",
        f"  right topic among offered:    {_pct(report.offered())}",
        f"  top-1 on real posts:          {_pct(report.real_top1())}",
        f"  red-flag recall, emergency:   {_pct(report.recall('emergency'))}",
        f"  red-flag recall, urgent:      {_pct(report.recall('urgent'))}",
        f"  false alarms (ordinary):      {_pct(report.false_alarms())}",
        f"  out of scope answered wrongly:{_pct(report.out_of_scope_wrong())}",
    ]
    if report.timings_ms:
        lines.append(
            f"  time per message: median {report.median_ms():.2f} ms, p99 {report.p99_ms():.2f} ms"
        )
    lines += [
        "  by group (right / all):",
    ]
    lines += [f"    {g:<13} {_pct((hit, total))}" for g, hit, total in report.by_group()]
    return "\n".join(lines)


def render_misses(report: Report) -> str:
    lines = [f"-- misses in {report.part}:"]
    for o in report.misses():
        a = o.answer
        got = a.sign or a.topic_id or a.kind.value
        want = o.item.sign or o.item.topic or o.item.kind
        lines.append(
            f"  {o.item.id} want {want}/{o.item.level} got {got}/{a.level} also={a.also} "
            f"[{a.reason}] {o.item.text[:110]!r}"
        )
    return "\n".join(lines)
