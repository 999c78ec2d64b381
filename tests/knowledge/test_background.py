"""What loads in a thread at start-up (knowledge.background): the value when built, and a
failure logged once and told to whoever asks for the result."""

from __future__ import annotations

import logging
import threading

import pytest

from knowledge.background import Background


def test_the_value_waits_for_the_build() -> None:
    release = threading.Event()

    def build() -> int:
        release.wait()
        return 42

    loading = Background("the answer", build)
    release.set()
    assert loading.result() == 42
    assert loading.get() == 42


def test_a_failure_is_logged_and_raised_to_whoever_needs_the_result(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def build() -> int:
        raise OSError("no such file")

    with caplog.at_level(logging.ERROR, logger="knowledge.background"):
        loading = Background("the table", build)
        loading.wait()
    assert "the table failed to load" in caplog.text
    assert loading.get() is None
    with pytest.raises(RuntimeError, match="the table failed to load") as raised:
        loading.result()
    assert isinstance(raised.value.__cause__, OSError)
