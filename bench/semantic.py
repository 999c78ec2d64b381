"""The nearness in meaning against the words alone (`python -m bench semantic`).

knowledge.matcher adds to each topic's BM25 score how near the message is in meaning to
the topic's questions (knowledge.semantic). This runs the development part twice, with
that added and with the words alone, and prints top-1 and "offered" over all its topic
messages and over the real posts among them (a `source:` address), the measure the README
quotes. The test part is never tuned on, so it is not run here (`make eval` scores it).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml

import knowledge.matcher
from evaluation.scoring import EVALUATION_DIR, YAML_LOADER, Item, Outcome, _load_file
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


def _topic_items() -> list[tuple[Item, bool]]:
    """Every development topic message, and whether it is a real post."""
    chosen = []
    for path in sorted(EVALUATION_DIR.glob("dev*.yaml")):
        raw = yaml.load(Path(path).read_text("utf-8"), Loader=YAML_LOADER)["messages"]
        real = {m["id"] for m in raw if str(m.get("source", "")).startswith("http")}
        chosen += [(item, item.id in real) for item in _load_file(path) if item.kind == "topic"]
    return chosen


def _line(name: str, assistant: Assistant, items: list[tuple[Item, bool]]) -> str:
    outcomes = [(Outcome(item, assistant.answer(item.text)), real) for item, real in items]
    real = [o for o, is_real in outcomes if is_real]
    top1 = sum(o.top1 for o, _ in outcomes)
    offered = sum(o.offered for o, _ in outcomes)
    real_top1 = sum(o.top1 for o in real)
    return (
        f"  {name:<22} top-1 {top1}/{len(outcomes)} ({top1 / len(outcomes):.1%}), "
        f"offered {offered / len(outcomes):.1%}; real posts top-1 {real_top1}/{len(real)} "
        f"({real_top1 / len(real):.1%})"
    )


def report() -> str:
    assistant = Assistant(load_content())
    assistant.wait_ready()
    items = _topic_items()
    lines = [f"nearness in meaning ({len(items)} development topic messages):"]
    lines.append(_line("words and meaning", assistant, items))
    with _words_alone():
        lines.append(_line("words alone", assistant, items))
    return "\n".join(lines)
