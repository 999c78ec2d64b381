"""One regular expression for a long list of words and phrases, shaped as a tree.

"leg|leg cramp|legs|calf|calves" is written "(?:leg(?:s| cramp)?|cal(?:f|ves))": the regex
engine tries an alternative per distinct next character instead of one per phrase at every
position of the text, which matters for the thousand-phrase lists of synonyms and terms.
At each point the longer continuation is tried first, so with a closing \\b the match is the
longest phrase that ends at a word boundary, as with a longest-first alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def alternation(phrases: Iterable[str]) -> str:
    """A regex (no groups that capture) matching exactly the given phrases."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        if not phrase:
            continue
        node = tree
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(tree) if tree else "(?!)"


def _pattern(node: dict) -> str:  # type: ignore[type-arg]
    ends_here = _END in node
    branches = [re.escape(char) + _pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # greedy: the longer phrase first, the one ending here if the rest fails
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
