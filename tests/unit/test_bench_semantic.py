"""`python -m bench semantic` measures an option, not a dependency: without the model
installed it says how to get it instead of failing."""

from __future__ import annotations

import importlib.util

import pytest

from bench import semantic


def test_without_the_model_it_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec

    def no_wordllama(name: str, *args: object) -> object:
        return None if name == "wordllama" else real_find_spec(name)

    monkeypatch.setattr(importlib.util, "find_spec", no_wordllama)
    assert "pip install wordllama==0.3.9" in semantic.report()
