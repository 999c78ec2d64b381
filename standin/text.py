"""Message text and captions: parse_mode dispatch, trimming and the length limits."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from standin.entities import EntityParseError, ParsedText, utf16_len
from standin.errors import ApiError, bad_request
from standin.html import parse_html
from standin.markdown import parse_markdown_legacy, parse_markdown_v2

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
# Telegram trims these from both ends of a message after parsing entities.
_TRIMMED = " \t\r\n"

_PARSERS = {
    "html": parse_html,
    "markdownv2": parse_markdown_v2,
    "markdown": parse_markdown_legacy,
}
_REQUIRED_ENTITY_FIELD = {
    "text_link": "url",
    "text_mention": "user",
    "custom_emoji": "custom_emoji_id",
}


def format_text(
    text: str,
    parse_mode: str | None,
    entities: list[dict[str, Any]] | None,
    *,
    caption: bool,
    entity_types: Iterable[str],
) -> ParsedText:
    """What Telegram would store for `text`; raises ApiError 400 like Telegram does."""
    if entities is not None:
        _check_explicit_entities(entities, frozenset(entity_types))
        parsed = ParsedText(text, [dict(entity) for entity in entities])
    elif parse_mode:
        parser = _PARSERS.get(parse_mode.lower())
        if parser is None:
            raise bad_request("unsupported parse_mode")
        try:
            parsed = parser(text)
        except EntityParseError as error:
            raise bad_request(f"can't parse entities: {error}") from None
    else:
        parsed = ParsedText(text)
    parsed = trim(parsed)
    length = utf16_len(parsed.text)
    if caption:
        if length > CAPTION_LIMIT:
            raise bad_request(
                f"message caption is too long ({length} characters after entity parsing, "
                f"at most {CAPTION_LIMIT})"
            )
    else:
        if length == 0:
            raise bad_request("message text is empty")
        if length > TEXT_LIMIT:
            raise bad_request(
                f"message is too long ({length} characters after entity parsing, "
                f"at most {TEXT_LIMIT})"
            )
    return parsed


def trim(parsed: ParsedText) -> ParsedText:
    text = parsed.text
    left_trimmed = text.lstrip(_TRIMMED)
    trimmed = left_trimmed.rstrip(_TRIMMED)
    if len(trimmed) == len(text):
        return parsed
    lead = utf16_len(text[: len(text) - len(left_trimmed)])
    total = utf16_len(trimmed)
    entities = []
    for entity in parsed.entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return ParsedText(trimmed, entities)


def _check_explicit_entities(entities: list[dict[str, Any]], entity_types: frozenset[str]) -> None:
    for index, entity in enumerate(entities):
        kind = entity["type"]
        if kind not in entity_types:
            raise ApiError(
                400, f'Bad Request: can\'t parse entities: unsupported entity type "{kind}"'
            )
        needed = _REQUIRED_ENTITY_FIELD.get(kind)
        if needed and needed not in entity:
            raise bad_request(f'entities[{index}] of type "{kind}" needs field "{needed}"')
        if entity["offset"] < 0 or entity["length"] <= 0:
            raise bad_request(f"entities[{index}] has a negative offset or non-positive length")
