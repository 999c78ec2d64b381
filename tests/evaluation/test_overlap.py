"""The overlap check names the new batch's copies of held-out messages, and only them."""

from __future__ import annotations

from evaluation.overlap import overlaps


def test_a_copied_page_or_a_near_copy_is_named_and_nothing_else() -> None:
    held = [
        {"id": "t1", "text": "my calf cramps every night, why?", "source": "https://a.example/1"},
        {"id": "t2", "text": "is tonic water any good for cramps in the feet at night"},
    ]
    batch = [
        {"id": "n1", "text": "something else entirely", "source": "https://a.example/1"},
        {"id": "n2", "text": "is tonic water any good for cramps in my feet at night?"},
        {"id": "n3", "text": "how much magnesium should a runner take", "source": "casual"},
    ]
    assert overlaps(batch, held) == [("n1", "same source"), ("n2", "similar words")]
