"""`python -m bench semantic` runs the development part with the nearness in meaning and
with the words alone: the switch it uses must restore the bot's own setting."""

from __future__ import annotations

import knowledge.matcher
from bench import semantic


def test_the_words_alone_switch_restores_the_weight() -> None:
    kept = knowledge.matcher._SEMANTIC_WEIGHT
    assert kept > 0
    with semantic._words_alone():
        assert knowledge.matcher._SEMANTIC_WEIGHT == 0.0
    assert kept == knowledge.matcher._SEMANTIC_WEIGHT


def test_real_posts_are_told_from_written_messages() -> None:
    items = semantic._topic_items()
    real = [item for item in items if item.real_post]
    assert len(items) > 3000 and 600 < len(real) < len(items)
    assert all(item.kind == "topic" for item in items)
