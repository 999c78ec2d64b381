"""parse_mode=HTML, checked the way Telegram checks it.

Only Telegram's tags are allowed, tags must be balanced and properly nested, and `<`, `>`
and `&` in text must be escaped (only &lt; &gt; &amp; &quot; and numeric references are
known). The result is the plain text with its entities, as Telegram would store it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from standin.entities import EntityParseError, ParsedText, TextBuilder, byte_offset

# Tag -> entity type. span and a/tg-emoji/blockquote/pre need their attributes checked.
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
}
_SPECIAL_TAGS = frozenset({"span", "a", "pre", "blockquote", "tg-emoji"})

_NAMED_REFERENCES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_REFERENCE_RE = re.compile(r"&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|(lt|gt|amp|quot));")
_TEXT_RUN_RE = re.compile(r"[^<>&]+")
_TAG_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
_ATTRIBUTE_NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_:.-]*")
_SPACE = " \t\r\n"


@dataclass(slots=True)
class _OpenTag:
    name: str
    entity: str | None  # None: the <code> inside <pre> that only names the language
    start: int
    extra: dict[str, Any]


def parse_html(source: str) -> ParsedText:
    builder = TextBuilder()
    stack: list[_OpenTag] = []
    index = 0
    length = len(source)
    while index < length:
        char = source[index]
        if char == "<":
            if source.startswith("</", index):
                index = _close_tag(source, index, stack, builder)
            else:
                index = _open_tag(source, index, stack, builder)
        elif char == "&":
            decoded, index = _reference(source, index)
            builder.append(decoded)
        elif char == ">":
            raise EntityParseError(
                f'Unescaped ">" at byte offset {byte_offset(source, index)}: write it as &gt;'
            )
        else:
            run = _TEXT_RUN_RE.match(source, index)
            assert run is not None
            builder.append(run.group())
            index = run.end()
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return builder.result()


def _reference(source: str, index: int) -> tuple[str, int]:
    match = _REFERENCE_RE.match(source, index)
    if match is None:
        raise EntityParseError(
            f'Unescaped "&" or unsupported HTML entity at byte offset '
            f"{byte_offset(source, index)}: write a literal & as &amp;"
        )
    decimal, hexadecimal, named = match.groups()
    if named:
        return _NAMED_REFERENCES[named], match.end()
    code_point = int(decimal) if decimal else int(hexadecimal, 16)
    if code_point == 0 or code_point > 0x10FFFF or 0xD800 <= code_point <= 0xDFFF:
        raise EntityParseError(
            f"Invalid character reference at byte offset {byte_offset(source, index)}"
        )
    return chr(code_point), match.end()


def _decode_attribute(source: str, value: str, at: int) -> str:
    if "&" not in value:
        if "<" in value:
            raise EntityParseError(f'Unescaped "<" in attribute at byte offset {at}')
        return value
    out: list[str] = []
    position = 0
    while position < len(value):
        ampersand = value.find("&", position)
        if ampersand < 0:
            out.append(value[position:])
            break
        out.append(value[position:ampersand])
        decoded, position = _reference(value, ampersand)
        out.append(decoded)
    return "".join(out)


def _open_tag(source: str, index: int, stack: list[_OpenTag], builder: TextBuilder) -> int:
    at = byte_offset(source, index)
    name_match = _TAG_NAME_RE.match(source, index + 1)
    if name_match is None:
        raise EntityParseError(f'Unescaped "<" at byte offset {at}: write it as &lt;')
    name = name_match.group().lower()
    if name not in _SIMPLE_TAGS and name not in _SPECIAL_TAGS:
        raise EntityParseError(f'Unsupported start tag "{name}" at byte offset {at}')
    attributes, end = _attributes(source, name_match.end(), at)
    entity: str | None
    extra: dict[str, Any] = {}
    if name in _SIMPLE_TAGS:
        entity = _SIMPLE_TAGS[name]
        if name == "code" and stack and stack[-1].name == "pre":
            # <pre><code class="language-x"> is one pre block that names its language.
            entity = None
            language = attributes.get("class", "")
            if language.startswith("language-") and len(language) > len("language-"):
                stack[-1].extra["language"] = language[len("language-") :]
    elif name == "span":
        if attributes.get("class") != "tg-spoiler":
            raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
        entity = "spoiler"
    elif name == "a":
        href = attributes.get("href")
        if not href:
            raise EntityParseError(f'Tag "a" must have a non-empty "href" at byte offset {at}')
        entity = "text_link"
        extra["url"] = href
    elif name == "tg-emoji":
        emoji_id = attributes.get("emoji-id", "")
        if not emoji_id.isdigit():
            raise EntityParseError(
                f'Tag "tg-emoji" must have a numeric "emoji-id" at byte offset {at}'
            )
        entity = "custom_emoji"
        extra["custom_emoji_id"] = emoji_id
    elif name == "blockquote":
        if any(open_tag.name == "blockquote" for open_tag in stack):
            raise EntityParseError(f"Blockquotes can't be nested, at byte offset {at}")
        entity = "expandable_blockquote" if "expandable" in attributes else "blockquote"
    else:  # pre
        entity = "pre"
    stack.append(_OpenTag(name, entity, builder.position, extra))
    return end


def _attributes(source: str, index: int, at: int) -> tuple[dict[str, str], int]:
    attributes: dict[str, str] = {}
    length = len(source)
    while True:
        while index < length and source[index] in _SPACE:
            index += 1
        if index >= length:
            raise EntityParseError(f"Unclosed start tag at byte offset {at}")
        if source[index] == ">":
            return attributes, index + 1
        name_match = _ATTRIBUTE_NAME_RE.match(source, index)
        if name_match is None:
            raise EntityParseError(f"Malformed start tag at byte offset {at}")
        attribute = name_match.group().lower()
        index = name_match.end()
        while index < length and source[index] in _SPACE:
            index += 1
        if index < length and source[index] == "=":
            index += 1
            while index < length and source[index] in _SPACE:
                index += 1
            if index < length and source[index] in "\"'":
                quote = source[index]
                closing = source.find(quote, index + 1)
                if closing < 0:
                    raise EntityParseError(f"Unclosed start tag at byte offset {at}")
                raw_value = source[index + 1 : closing]
                index = closing + 1
            else:
                start = index
                while index < length and source[index] not in _SPACE and source[index] != ">":
                    index += 1
                raw_value = source[start:index]
            attributes[attribute] = _decode_attribute(source, raw_value, at)
        else:
            attributes[attribute] = ""


def _close_tag(source: str, index: int, stack: list[_OpenTag], builder: TextBuilder) -> int:
    at = byte_offset(source, index)
    name_match = _TAG_NAME_RE.match(source, index + 2)
    if name_match is None:
        raise EntityParseError(f"Malformed end tag at byte offset {at}")
    name = name_match.group().lower()
    end = name_match.end()
    while end < len(source) and source[end] in _SPACE:
        end += 1
    if end >= len(source) or source[end] != ">":
        raise EntityParseError(f"Unclosed end tag at byte offset {at}")
    if not stack:
        raise EntityParseError(f'Unexpected end tag "{name}" at byte offset {at}')
    open_tag = stack[-1]
    if open_tag.name != name:
        raise EntityParseError(
            f'Unmatched end tag at byte offset {at}, expected "</{open_tag.name}>", '
            f'found "</{name}>"'
        )
    stack.pop()
    if open_tag.entity is not None:
        builder.add_entity(open_tag.entity, open_tag.start, **open_tag.extra)
    return end + 1
