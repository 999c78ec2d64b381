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
from evaluation.scoring import Item, Outcome, load_part
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
    outcomes = [Outcome(item, assistant.answer(item.text)) for item in items]
    real = [o for o in outcomes if o.item.real_post]
    top1 = sum(o.top1 for o in outcomes)
    offered = sum(o.offered for o in outcomes)
    real_top1 = sum(o.top1 for o in real)
    return (
        f"  {name:<22} top-1 {top1}/{len(outcomes)} ({top1 / len(outcomes):.1%}), "
        f"offered {offered / len(outcomes):.1%}; real posts top-1 {real_top1}/{len(real)} "
        f"({real_top1 / len(real):.1%})"
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
