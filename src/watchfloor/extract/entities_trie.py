"""Trie-shaped regular expressions for large phrase lists.

A plain alternation of a thousand aliases makes the regex engine try every alternative
at every position. Folding the phrases into a character trie first gives one branch per
distinct next character, so a failing position costs one character-class test, and the
greedy optional tail makes the first match at a position the longest one. Spaces in a
phrase match any single whitespace character (text is often hard-wrapped), and an ASCII
apostrophe also matches the typographic one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""

# How single characters are written in the pattern; everything else goes through re.escape.
_SPECIAL = {" ": r"\s", "'": "['’]"}


def _char(ch: str) -> str:
    return _SPECIAL.get(ch) or re.escape(ch)


def _class_member(ch: str) -> str:
    if ch == " ":
        return r"\s"
    if ch == "'":
        return "'’"
    return re.escape(ch)


def _build(node: dict) -> str | None:
    """Return the pattern for the subtree below ``node`` or None for a leaf."""
    branches: list[str] = []
    leaves: list[str] = []
    for ch in sorted(key for key in node if key != _END):
        sub = _build(node[ch])
        if sub is None:
            leaves.append(ch)
        else:
            branches.append(_char(ch) + sub)
    if len(leaves) == 1:
        branches.append(_char(leaves[0]))
    elif leaves:
        branches.append("[" + "".join(_class_member(ch) for ch in leaves) + "]")
    if not branches:
        return None
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        body = "(?:" + body + ")?"
    return body


def trie_pattern(phrases: Iterable[str]) -> str:
    """Build one regex source that matches any of ``phrases``, longest first.

    Args:
        phrases: Literal phrases; an empty string is ignored.

    Returns:
        A non-capturing pattern with no anchors or boundaries of its own; the caller adds
        word-boundary assertions. Matches nothing when ``phrases`` is empty.
    """
    root: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = True
    body = _build(root)
    return "(?!)" if body is None else "(?:" + body + ")"


def spaced_alternation(phrases: Iterable[str]) -> str:
    """Regex source for any of ``phrases``, longest first, a space in one matching any run of white
    space ("called  for", "sealed\noff"); unlike :func:`trie_pattern` it is a flat alternation, for
    the short word lists of grammar and cue files."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def normalize(surface: str) -> str:
    """The lookup key of a matched surface: single spaces, ASCII apostrophes."""
    return " ".join(surface.replace("’", "'").split())
