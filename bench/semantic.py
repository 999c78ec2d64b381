"""The nearness in meaning against the words alone (`python -m bench semantic`).

knowledge.matcher adds to each topic's BM25 score how near the message is in meaning to
the topic's questions (knowledge.semantic). This runs the development part twice, with
that added and with the words alone, and prints top-1 and "offered" over all its topic
messages and over the real posts among them (a `source:` address), the measure the README
quotes. The test part is never tuned on, so it is not run here (`make eval` scores it).
Both runs go without the topic model fit on top (knowledge.topic_model): it was fit on
these very messages (`make eval` measures it cross-validated).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import knowledge.matcher
from evaluation.scoring import Item, Outcome, Report, load_part
from knowledge.assistant import Assistant
from knowledge.loader import load_content


@contextmanager
def _words_alone() -> Iterator[None]:
    kept = knowledge.matcher._SEMANTIC_WEIGHT
    knowledge.matcher._SEMANTIC_WEIGHT = 0.0
    try:
        yield
    finally:
        knowledge.matcher._SEMANTIC_WEIGHT = kept


def _topic_items() -> list[Item]:
    """Every development topic message."""
    return [item for item in load_part("dev") if item.kind == "topic"]


def _line(name: str, assistant: Assistant, items: list[Item]) -> str:
    report = Report(name, [Outcome(item, assistant.answer(item.text)) for item in items])
    (top1, count), (offered, _), (real_top1, real) = (
        report.top1(),
        report.offered(),
        report.real_top1(),
    )
    return (
        f"  {name:<22} top-1 {top1}/{count} ({top1 / count:.1%}), "
        f"offered {offered / count:.1%}; real posts top-1 {real_top1}/{real} "
        f"({real_top1 / real:.1%})"
    )


def report() -> str:
    assistant = Assistant(load_content(), topic_model=None)
    assistant.wait_ready()
    items = _topic_items()
    lines = [f"nearness in meaning ({len(items)} development topic messages):"]
    lines.append(_line("words and meaning", assistant, items))
    with _words_alone():
        lines.append(_line("words alone", assistant, items))
    return "\n".join(lines)
