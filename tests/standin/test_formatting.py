"""parse_mode parsing: HTML and MarkdownV2 as strict as Telegram, plus the length limits."""

from __future__ import annotations

import contextlib
import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from standin.entities import EntityParseError, utf16_len
from standin.errors import ApiError
from standin.html import parse_html
from standin.markdown import RESERVED, parse_markdown_legacy, parse_markdown_v2
from standin.text import format_text

ENTITY_TYPES = frozenset({"bold", "italic", "code", "pre", "text_link", "bot_command"})


def entities(text: str) -> list[tuple[str, int, int]]:
    return [(e["type"], e["offset"], e["length"]) for e in parse_html(text).entities]


def test_html_tags_become_entities_with_utf16_offsets() -> None:
    parsed = parse_html('😀 <b>bold <i>both</i></b> <a href="https://t.me/x?a=1&amp;b=2">link</a>')
    assert parsed.text == "😀 bold both link"
    assert [(e["type"], e["offset"], e["length"]) for e in parsed.entities] == [
        ("bold", 3, 9),
        ("italic", 8, 4),
        ("text_link", 13, 4),
    ]
    assert parsed.entities[2]["url"] == "https://t.me/x?a=1&b=2"


def test_html_accepts_every_telegram_tag() -> None:
    source = (
        "<b>a</b><strong>a</strong><i>a</i><em>a</em><u>a</u><ins>a</ins><s>a</s>"
        '<strike>a</strike><del>a</del><span class="tg-spoiler">a</span><tg-spoiler>a</tg-spoiler>'
        '<code>a</code><pre>a</pre><pre><code class="language-python">a</code></pre>'
        '<blockquote>a</blockquote><blockquote expandable>a</blockquote><a href="tg://user?id=1">a</a>'
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &lt;&gt;&amp;&quot;&#65;&#x42;'
    )
    parsed = parse_html(source)
    assert parsed.text.endswith(' <>&"AB')
    kinds = [e["type"] for e in parsed.entities]
    assert kinds.count("pre") == 2 and "expandable_blockquote" in kinds
    assert {"language": "python"}.items() <= parsed.entities[kinds.index("pre", 13)].items()


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag"),
        ("<div>x</div>", 'Unsupported start tag "div"'),
        ("<br/>", 'Unsupported start tag "br"'),
        ('<span class="red">x</span>', 'Tag "span" must have class "tg-spoiler"'),
        ("<a>x</a>", 'Tag "a" must have a non-empty "href"'),
        ("1 < 2", 'Unescaped "<"'),
        ("2 > 1", 'Unescaped ">"'),
        ("fish & chips", 'Unescaped "&"'),
        ("&nbsp;", 'Unescaped "&" or unsupported HTML entity'),
        ("<b", "Unclosed start tag"),
        ("<blockquote><blockquote>x</blockquote></blockquote>", "can't be nested"),
        ("&#0;", "Invalid character reference"),
    ],
)
def test_html_rejects_what_telegram_rejects(source: str, problem: str) -> None:
    with pytest.raises(EntityParseError, match=problem.replace("(", r"\(")):
        parse_html(source)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text())
def test_html_parser_never_crashes(source: str) -> None:
    with contextlib.suppress(EntityParseError):  # the only failure it may report
        parse_html(source)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text())
def test_escaped_text_always_parses_back_to_itself(text: str) -> None:
    parsed = parse_html(html.escape(text))
    assert parsed.text == text and parsed.entities == []
    parsed = parse_html(f"<b>{html.escape(text)}</b>")
    assert parsed.text == text


def escape_markdown_v2(text: str) -> str:
    return "".join(f"\\{char}" if char in RESERVED or char == "\\" else char for char in text)


@settings(max_examples=200, deadline=None, database=None)
@given(st.text())
def test_markdown_v2_escaped_text_parses_back_to_itself(text: str) -> None:
    assert parse_markdown_v2(escape_markdown_v2(text)).text == text


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=st.sampled_from("*_~|`[]()>!\\ab\n.-")))
def test_markdown_parsers_never_crash(source: str) -> None:
    for parser in (parse_markdown_v2, parse_markdown_legacy):
        with contextlib.suppress(EntityParseError):
            parser(source)


def test_markdown_v2_entities() -> None:
    parsed = parse_markdown_v2(
        "*bold _italic_* __under__ ~strike~ ||spoiler|| `code` [link](https://x.org/a\\)b) "
        "```python\nprint(1)\n```"
    )
    assert parsed.text == "bold italic under strike spoiler code link print(1)\n"
    kinds = [(e["type"], e["offset"], e["length"]) for e in parsed.entities]
    assert ("bold", 0, 11) in kinds and ("italic", 5, 6) in kinds
    link = next(e for e in parsed.entities if e["type"] == "text_link")
    assert link["url"] == "https://x.org/a)b"
    pre = next(e for e in parsed.entities if e["type"] == "pre")
    assert pre["language"] == "python"


def test_markdown_v2_blockquotes() -> None:
    parsed = parse_markdown_v2(">quoted\n>more\nplain\n**>hidden\n>rest||")
    assert parsed.text == "quoted\nmore\nplain\nhidden\nrest"
    assert [(e["type"], e["offset"], e["length"]) for e in parsed.entities] == [
        ("blockquote", 0, 11),
        ("expandable_blockquote", 18, 11),
    ]


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("Done.", "Character '.' is reserved"),
        ("a-b", "Character '-' is reserved"),
        ("*bold", "Can't find end of Bold entity at byte offset 0"),
        ("x _it", "Can't find end of Italic entity at byte offset 2"),
        ("`code", "Can't find end of Code entity"),
        ("[text](https://x.org", "Can't find end of a url"),
        ("a | b", "Character '|' is reserved"),
    ],
)
def test_markdown_v2_rejects_unescaped_and_unclosed(source: str, problem: str) -> None:
    with pytest.raises(EntityParseError, match=problem.replace("(", r"\(")):
        parse_markdown_v2(source)


def test_legacy_markdown_is_loose_but_needs_closed_entities() -> None:
    parsed = parse_markdown_legacy("*bold* _it_ `code` [l](https://x.org) 1-2.")
    assert parsed.text == "bold it code l 1-2."
    with pytest.raises(EntityParseError, match="Can't find end of the entity starting"):
        parse_markdown_legacy("*bold")


def check(text: str, parse_mode: str | None = None, caption: bool = False) -> str:
    return format_text(text, parse_mode, None, caption=caption, entity_types=ENTITY_TYPES).text


def test_limits_count_utf16_units_after_parsing() -> None:
    assert utf16_len("😀") == 2
    assert check("a" * 4096) == "a" * 4096
    assert check(f"<b>{'a' * 4096}</b>", "HTML") == "a" * 4096  # tags do not count
    with pytest.raises(ApiError, match="message is too long"):
        check("a" * 4097)
    with pytest.raises(ApiError, match="message is too long"):
        check("😀" * 2049)  # 2049 characters, 4098 UTF-16 units
    assert check("c" * 1024, caption=True)
    with pytest.raises(ApiError, match="message caption is too long"):
        check("c" * 1025, caption=True)


def test_empty_and_whitespace_text_and_bad_parse_mode() -> None:
    for empty in ("", "   \n", "<b> </b>"):
        with pytest.raises(ApiError, match="message text is empty"):
            check(empty, "HTML")
    assert check("  padded  ") == "padded"
    assert check("", caption=True) == ""
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        check("x", "BBCode")
    assert check("<b>x</b>", "html") == "x"  # parse_mode is case-insensitive


def test_explicit_entities_replace_parse_mode_and_are_checked() -> None:
    parsed = format_text(
        "<b>x</b>",
        "HTML",
        [{"type": "bold", "offset": 0, "length": 3}],
        caption=False,
        entity_types=ENTITY_TYPES,
    )
    assert parsed.text == "<b>x</b>"
    with pytest.raises(ApiError, match="unsupported entity type"):
        format_text(
            "x",
            None,
            [{"type": "blink", "offset": 0, "length": 1}],
            caption=False,
            entity_types=ENTITY_TYPES,
        )
