"""Load content/*.yaml into typed models, or stop with a message naming file and key."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from knowledge import kept
from knowledge.diary_texts import DIARY_FILE, DiaryTexts
from knowledge.languages import Languages
from knowledge.models import (
    Faq,
    FaqEntry,
    Messages,
    RedFlags,
    Synonyms,
    Topic,
    Topics,
    Understanding,
)

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

M = TypeVar("M", bound=BaseModel)


class ContentError(Exception):
    """A content file is missing, unreadable or invalid. str() is one readable line."""

    def __init__(self, path: Path, key: str, problem: str) -> None:
        self.path = path
        self.key = key
        self.problem = problem
        where = f"{path}" + (f" at key '{key}'" if key else "")
        super().__init__(f"content error in {where}: {problem}")


@dataclass(frozen=True)
class Content:
    """Everything the bot says that is medical, validated and cross-checked."""

    directory: Path
    topics: dict[str, Topic]
    faq: list[FaqEntry]
    messages: Messages
    red_flags: RedFlags
    synonyms: dict[str, list[str]]
    # Words the spelling corrector leaves as typed (synonyms.yaml `words`).
    known_words: list[str]
    understanding: Understanding
    languages: Languages
    diary: DiaryTexts

    def topic_by_command(self, command: str) -> Topic | None:
        for topic in self.topics.values():
            if topic.command == command:
                return topic
        return None

    def faq_for(self, topic_id: str) -> list[FaqEntry]:
        return [entry for entry in self.faq if entry.topic == topic_id]


def content_directory(directory: Path | None) -> Path:
    """The folder to load from (the project's content/ by default), checked to exist."""
    directory = directory or DEFAULT_CONTENT_DIR
    if not directory.is_dir():
        raise ContentError(directory, "", "content directory not found")
    return directory


_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> Any:
    """The file's data as YAML reads it: parsed afresh, or as an earlier start parsed the
    same bytes (knowledge/kept.py: a twentieth of the time; the data is validated alike)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, "", "file not found") from None
    except OSError as exc:
        raise ContentError(path, "", f"unreadable: {exc.strerror or exc}") from None
    name, key = f"content-{path.name}.marshal", hashlib.sha256(raw).hexdigest()
    data = kept.read(name, key)
    if data is None:
        data = _parse_yaml(path, raw)
        kept.write(name, key, data)
    return data


def _parse_yaml(path: Path, raw: bytes) -> Any:
    try:
        # libyaml's parser (in PyYAML's wheels) reads the content ten times faster than
        # the pure-Python one.
        return yaml.load(raw.decode("utf-8"), Loader=_SAFE_LOADER)
    except UnicodeDecodeError as exc:
        raise ContentError(path, "", f"not UTF-8 text: {exc.reason}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError(path, "", f"not valid YAML{where}: {problem}") from None


def _key_of(loc: tuple[int | str, ...], data: Any) -> str:
    """Turn a pydantic error location into a readable key, naming list items by their id."""
    parts: list[str] = []
    node = data
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node):
            item = node[step]
            label = item.get("id") if isinstance(item, dict) else None
            parts.append(f"[{step}]" + (f"(id={label})" if label else ""))
            node = item
        else:
            parts.append(("." if parts else "") + str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return "".join(parts)


def parse_file(path: Path, model: type[M]) -> M:
    """Read one YAML file into `model`; the first problem becomes a ContentError."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise ContentError(path, "", "expected a mapping at the top of the file")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        # A whole-file check (e.g. "missing topics") has no location: name the top key.
        key = _key_of(tuple(first["loc"]), data) or ", ".join(str(k) for k in data)
        raise ContentError(path, key, first["msg"]) from None


def check_topic_ids(path: Path, key: str, ids: Iterable[str], known: Iterable[str]) -> None:
    """Topic ids are content: a reference to one that topics.yaml lacks stops the start."""
    unknown = sorted(set(ids) - set(known))
    if unknown:
        raise ContentError(path, key, f"unknown topic ids {unknown} (not in topics.yaml)")


def topic_ids(directory: Path) -> list[str]:
    """The ids topics.yaml defines, for files that refer to topics."""
    return [topic.id for topic in parse_file(directory / "topics.yaml", Topics).topics]


def load_content(directory: Path | None = None) -> Content:
    """Load and cross-check every content file. Raises ContentError on the first problem."""
    directory = content_directory(directory)
    topics = parse_file(directory / "topics.yaml", Topics)
    faq = parse_file(directory / "faq.yaml", Faq)
    messages = parse_file(directory / "messages.yaml", Messages)
    red_flags = parse_file(directory / "red_flags.yaml", RedFlags)
    synonyms = parse_file(directory / "synonyms.yaml", Synonyms)
    understanding = parse_file(directory / "understanding.yaml", Understanding)
    languages = parse_file(directory / "languages.yaml", Languages)

    by_id: dict[str, Topic] = {topic.id: topic for topic in topics.topics}
    for index, topic in enumerate(topics.topics):
        check_topic_ids(
            directory / "topics.yaml",
            f"topics[{index}](id={topic.id}).related",
            topic.related,
            by_id,
        )
    for index, entry in enumerate(faq.faq):
        check_topic_ids(
            directory / "faq.yaml", f"faq[{index}](id={entry.id}).topic", [entry.topic], by_id
        )
    for index, fact in enumerate(understanding.facts):
        if fact.topic is not None:
            check_topic_ids(
                directory / "understanding.yaml",
                f"facts[{index}](id={fact.id}).topic",
                [fact.topic],
                by_id,
            )
    covered = {entry.topic for entry in faq.faq}
    uncovered = [t for t in by_id if t not in covered]
    if uncovered:
        raise ContentError(
            directory / "faq.yaml", "faq", f"topics without any FAQ entry: {uncovered}"
        )
    diary = parse_file(directory / DIARY_FILE, DiaryTexts)
    if diary.long_cramp_sign not in {sign.id for sign in red_flags.signs}:
        raise ContentError(
            directory / DIARY_FILE,
            "long_cramp_sign",
            f"names no sign of red_flags.yaml: {diary.long_cramp_sign!r}",
        )
    return Content(
        directory=directory,
        topics=by_id,
        faq=list(faq.faq),
        messages=messages,
        red_flags=red_flags,
        synonyms={k.lower(): [v.lower() for v in vs] for k, vs in synonyms.synonyms.items()},
        known_words=list(synonyms.words),
        understanding=understanding,
        languages=languages,
        diary=diary,
    )
