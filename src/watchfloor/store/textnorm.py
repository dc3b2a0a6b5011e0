"""Text normalisation shared by the exact-duplicate hash and the near-duplicate shingles.

Two copies of a report that differ only in Unicode composition or spacing (a wire story
re-flowed by another outlet's CMS) must hash alike, so the hash is taken over text that is
NFC-normalised, with every whitespace run collapsed to one space, and stripped. Case and
punctuation are kept: changing them changes what the text says, which is for the
near-duplicate check, not the exact one, to judge.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def normalize_text(text: str) -> str:
    """Return ``text`` NFC-normalised, whitespace runs collapsed to one space, stripped."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """Return the hex SHA-256 of :func:`normalize_text` of ``text`` (64 characters)."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def words(text: str) -> list[str]:
    """Return the case-folded word tokens of ``text``, punctuation dropped."""
    return _WORD.findall(normalize_text(text).casefold())
