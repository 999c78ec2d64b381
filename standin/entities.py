"""Shared pieces of the parse_mode parsers: the parsed result and UTF-16 bookkeeping.

Telegram measures text and entity offsets in UTF-16 code units, so an emoji outside the
Basic Multilingual Plane counts as two.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class EntityParseError(Exception):
    """Answered as 400 "Bad Request: can't parse entities: <message>"."""


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) >> 1


def byte_offset(text: str, index: int) -> int:
    """Telegram reports parse errors at UTF-8 byte offsets of the original text."""
    return len(text[:index].encode("utf-8"))


@dataclass(slots=True)
class ParsedText:
    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


class TextBuilder:
    """Accumulates plain text while tracking its UTF-16 length for entity offsets."""

    __slots__ = ("entities", "pieces", "position")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.position = 0
        self.entities: list[dict[str, Any]] = []

    def append(self, chunk: str) -> None:
        if chunk:
            self.pieces.append(chunk)
            self.position += utf16_len(chunk)

    def add_entity(self, kind: str, start: int, **extra: Any) -> None:
        length = self.position - start
        if length > 0:  # Telegram drops empty entities
            self.entities.append({"type": kind, "offset": start, "length": length, **extra})

    def result(self) -> ParsedText:
        # Outer entities first when they start at the same offset, as Telegram orders them.
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return ParsedText("".join(self.pieces), self.entities)
