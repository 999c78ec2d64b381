"""parse_mode=MarkdownV2 (strict, like Telegram) and the legacy Markdown (loose).

MarkdownV2: every character of `_*[]()~`>#+-=|{}.!` that is not part of an entity marker
must be escaped with a backslash; inside code/pre only ` and \\ are special; inside a link's
(...) only ) and \\ are. Entities close only as the innermost open one, as in Telegram.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from standin.entities import EntityParseError, ParsedText, TextBuilder, byte_offset

RESERVED = frozenset("_*[]()~`>#+-=|{}.!")
_PLAIN_RUN_RE = re.compile(r"[^\\\n_*\[\]()~`>#+\-=|{}.!]+")
_CUSTOM_EMOJI_URL_RE = re.compile(r"tg://emoji\?id=(\d+)")

_ENTITY_OF_MARKER = {
    "*": "bold",
    "_": "italic",
    "__": "underline",
    "~": "strikethrough",
    "||": "spoiler",
    "`": "code",
    "```": "pre",
    "[": "text_link",
    "![": "custom_emoji",
}
_NAME_OF_MARKER = {
    "*": "Bold",
    "_": "Italic",
    "__": "Underline",
    "~": "Strikethrough",
    "||": "Spoiler",
    "`": "Code",
    "```": "Pre",
    "[": "TextUrl",
    "![": "CustomEmoji",
}


@dataclass(slots=True)
class _Open:
    marker: str
    start: int
    at: int
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _Quote:
    start: int
    expandable: bool
    closing: bool = False  # saw the "||" that ends an expandable quote


class _MarkdownV2Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.builder = TextBuilder()
        self.stack: list[_Open] = []
        self.quote: _Quote | None = None
        self.line_end = 0  # builder position at the last newline, where a quote ends

    def parse(self) -> ParsedText:
        source = self.source
        index = 0
        at_line_start = True
        while index < len(source):
            if at_line_start:
                at_line_start = False
                index = self._line_start(index)
                continue
            top = self.stack[-1].marker if self.stack else None
            if top in ("`", "```"):
                index = self._inside_code(index, top)
                continue
            char = source[index]
            if char == "\\":
                index = self._escape(index)
            elif char == "\n":
                self.line_end = self.builder.position
                self.builder.append("\n")
                index += 1
                at_line_start = True
            elif char in RESERVED:
                index = self._marker(index, top)
            else:
                run = _PLAIN_RUN_RE.match(source, index)
                assert run is not None
                self.builder.append(run.group())
                index = run.end()
        if self.stack:
            unclosed = self.stack[-1]
            raise EntityParseError(
                f"Can't find end of {_NAME_OF_MARKER[unclosed.marker]} entity at byte offset "
                f"{unclosed.at}"
            )
        self.line_end = self.builder.position
        self._close_quote()
        return self.builder.result()

    def _line_start(self, index: int) -> int:
        source = self.source
        expandable = source.startswith("**>", index)
        if expandable or source.startswith(">", index):
            if self.quote is not None and self.quote.closing:
                self._close_quote()
            if self.quote is None:
                self.quote = _Quote(self.builder.position, expandable)
            return index + (3 if expandable else 1)
        self._close_quote()
        return index

    def _close_quote(self) -> None:
        if self.quote is not None:
            kind = "expandable_blockquote" if self.quote.expandable else "blockquote"
            length = self.line_end - self.quote.start
            if length > 0:
                self.builder.entities.append(
                    {"type": kind, "offset": self.quote.start, "length": length}
                )
            self.quote = None

    def _escape(self, index: int) -> int:
        following = self.source[index + 1 : index + 2]
        if following and 0 < ord(following) <= 126:
            self.builder.append(following)
            return index + 2
        self.builder.append("\\")
        return index + 1

    def _inside_code(self, index: int, top: str) -> int:
        source = self.source
        char = source[index]
        if char == "\\":
            return self._escape(index)
        if top == "```" and source.startswith("```", index):
            self._close()
            return index + 3
        if top == "`" and char == "`":
            self._close()
            return index + 1
        self.builder.append(char)
        return index + 1

    def _reserved(self, index: int) -> EntityParseError:
        char = self.source[index]
        return EntityParseError(
            f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
        )

    def _marker(self, index: int, top: str | None) -> int:
        source = self.source
        char = source[index]
        if char in "*~":
            self._toggle(char, top, index)
            return index + 1
        if char == "_":
            marker = "__" if source.startswith("__", index) else "_"
            if top == "_" and marker == "__" and not source.startswith("___", index):
                marker = "_"  # "_italic__" closes the italic and leaves one "_" reserved
            self._toggle(marker, top, index)
            return index + len(marker)
        if char == "|":
            if not source.startswith("||", index):
                raise self._reserved(index)
            after = index + 2
            ends_line = after >= len(source) or source[after] == "\n"
            if self.quote and self.quote.expandable and ends_line and top != "||":
                self.quote.closing = True
                return after
            self._toggle("||", top, index)
            return after
        if char == "`":
            if source.startswith("```", index):
                return self._open_pre(index)
            self._toggle("`", top, index)
            return index + 1
        if char == "[":
            self.stack.append(_Open("[", self.builder.position, byte_offset(source, index)))
            return index + 1
        if char == "!" and source.startswith("![", index):
            self.stack.append(_Open("![", self.builder.position, byte_offset(source, index)))
            return index + 2
        if char == "]" and top in ("[", "!["):
            return self._close_link(index)
        raise self._reserved(index)

    def _toggle(self, marker: str, top: str | None, index: int) -> None:
        if top == marker:
            self._close()
        else:
            self.stack.append(_Open(marker, self.builder.position, byte_offset(self.source, index)))

    def _close(self) -> None:
        opened = self.stack.pop()
        self.builder.add_entity(_ENTITY_OF_MARKER[opened.marker], opened.start, **opened.extra)

    def _open_pre(self, index: int) -> int:
        source = self.source
        opened = _Open("```", self.builder.position, byte_offset(source, index))
        index += 3
        language_end = index
        while language_end < len(source) and source[language_end] not in " \t\r\n`":
            language_end += 1
        if language_end > index and language_end < len(source) and source[language_end] != "`":
            opened.extra["language"] = source[index:language_end]
            index = language_end
        if index < len(source) and source[index] == "\n":
            index += 1  # one newline after ``` (or after the language) is not part of the text
        self.stack.append(opened)
        return index

    def _close_link(self, index: int) -> int:
        source = self.source
        opened = self.stack.pop()
        index += 1
        if not source.startswith("(", index):
            return index  # "[text]" without a URL is plain text
        url_chars: list[str] = []
        index += 1
        while True:
            if index >= len(source):
                raise EntityParseError(f"Can't find end of a url at byte offset {opened.at}")
            char = source[index]
            if char == "\\" and index + 1 < len(source):
                url_chars.append(source[index + 1])
                index += 2
                continue
            if char == ")":
                index += 1
                break
            url_chars.append(char)
            index += 1
        url = "".join(url_chars)
        if opened.marker == "![":
            emoji = _CUSTOM_EMOJI_URL_RE.fullmatch(url)
            if emoji is None:
                raise EntityParseError(
                    f"Custom emoji entity must have a tg://emoji?id= URL, at byte offset "
                    f"{opened.at}"
                )
            self.builder.add_entity("custom_emoji", opened.start, custom_emoji_id=emoji.group(1))
        elif url:
            self.builder.add_entity("text_link", opened.start, url=url)
        return index


def parse_markdown_v2(source: str) -> ParsedText:
    return _MarkdownV2Parser(source).parse()


_LEGACY_ENTITY = {"*": "bold", "_": "italic", "`": "code"}


def parse_markdown_legacy(source: str) -> ParsedText:
    """Legacy Markdown: *bold* _italic_ `code` ```pre``` [text](url), no nesting."""
    builder = TextBuilder()
    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if char == "\\" and index + 1 < length and source[index + 1] in "_*`[":
            builder.append(source[index + 1])
            index += 2
            continue
        if char not in "_*`[":
            next_special = min(
                (p for p in (source.find(c, index) for c in "_*`[\\") if p >= 0), default=length
            )
            end = max(next_special, index + 1)
            builder.append(source[index:end])
            index = end
            continue
        at = byte_offset(source, index)
        unclosed = EntityParseError(f"Can't find end of the entity starting at byte offset {at}")
        start = builder.position
        if source.startswith("```", index):
            closing = source.find("```", index + 3)
            if closing < 0:
                raise unclosed
            body = source[index + 3 : closing]
            language, newline, rest = body.partition("\n")
            extra: dict[str, Any] = {}
            if newline and language and " " not in language:
                extra["language"] = language
                body = rest
            builder.append(body)
            builder.add_entity("pre", start, **extra)
            index = closing + 3
        elif char == "[":
            closing = source.find("]", index + 1)
            if closing < 0:
                raise unclosed
            builder.append(source[index + 1 : closing])
            index = closing + 1
            if source.startswith("(", index):
                url_end = source.find(")", index + 1)
                if url_end < 0:
                    raise unclosed
                url = source[index + 1 : url_end]
                if url:
                    builder.add_entity("text_link", start, url=url)
                index = url_end + 1
        else:
            closing = source.find(char, index + 1)
            if closing < 0:
                raise unclosed
            builder.append(source[index + 1 : closing])
            builder.add_entity(_LEGACY_ENTITY[char], start)
            index = closing + 1
    return builder.result()
