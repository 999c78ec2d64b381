"""Broken copies of a content file, for the tests that show a loader names the file, the
key and the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.loader import DEFAULT_CONTENT_DIR, ContentError

Change = Callable[[dict[str, Any]], None]


def broken_copy(tmp_path: Path, filename: str, change: Change) -> Path:
    """The shipped content directory copied to tmp_path, with `change` applied to one file."""
    directory = tmp_path / "content"
    directory.mkdir(exist_ok=True)
    for source in DEFAULT_CONTENT_DIR.glob("*.yaml"):
        (directory / source.name).write_bytes(source.read_bytes())
    path = directory / filename
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return directory


def assert_refused(
    load: Callable[[Path], object], directory: Path, filename: str, key: str, problem: str
) -> ContentError:
    """Loading fails, naming the file, a key starting with `key`, and the problem."""
    with pytest.raises(ContentError) as caught:
        load(directory)
    error = caught.value
    assert error.path == directory / filename
    assert error.key.startswith(key), error.key
    assert problem.lower() in error.problem.lower(), error.problem
    assert str(directory / filename) in str(error) and error.key in str(error)
    return error
