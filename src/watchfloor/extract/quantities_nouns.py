"""The counted noun after a count: "3,000 North Korean soldiers" -> "soldiers".

Without a tagger the noun phrase is read with word lists (``units.yaml``, section
``counted_noun``): capitalised words right after the number are names or demonyms and are
passed over; lower-case words are taken until a closed-class word, a verb-looking word or a
limit. Plural nouns are heads, so a phrase that runs on past one ("soldiers remain") ends
there. A calibre or weight between number and noun ("two 107 mm rockets") belongs to the
noun phrase.
"""

from __future__ import annotations

import re

from watchfloor.extract.quantities_lexicon import QuantityLexicon

# The next word on the same line, or on the next one when a line was wrapped mid-sentence.
_NEXT_WORD = re.compile(
    r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)([A-Z](?:\.[A-Z])+\.?|[A-Za-z][\w'’]*(?:-\w+)*)"
)


def counted_noun(
    text: str, pos: int, singular: bool, lex: QuantityLexicon
) -> tuple[int, int] | None:
    """Span of the counted noun starting after ``pos``, or None when no noun follows.

    Args:
        text: The document text.
        pos: Where the number expression ends.
        singular: True when the count is one, so that "one leader operates" stops at "leader".
        lex: The compiled lexicon.

    Returns:
        ``(start, end)`` of the noun phrase as written, from its first kept word to its head.
    """
    measure = lex.measure_modifier.match(text, pos)
    first_start = None
    if measure is not None:
        first_start = measure.start(1)
        pos = measure.end()
    words: list[tuple[int, int, str]] = []  # the phrase after the leading names
    proper: list[tuple[int, int, str]] = []  # leading names and demonyms
    names_from = -1  # index in words where names inside the phrase begin ("local Taliban")
    content = 0
    while content < lex.max_words:
        w = _NEXT_WORD.match(text, pos)
        if w is None:
            break
        token = w.group(1)
        low = token.lower()
        span = (w.start(1), w.end(1), token)
        if token[0].isupper() and (len(token) > 1 and token.isupper() or low not in lex.stops):
            if not words:
                if len(proper) >= lex.max_proper:
                    break
                proper.append(span)
            elif names_from >= 0:
                if not words[-1][2][0].isupper() or len(words) - names_from >= lex.max_proper:
                    break
                words.append(span)
            elif singular or any(_plural(x[2]) for x in words):
                break
            else:
                names_from = len(words)  # a plural head may follow the names
                words.append(span)
        elif low in lex.stops:
            break
        elif _verbal(low, lex) and low not in lex.participles:
            # "fishing boats": an -ing word may modify the noun ahead; "failed", "emplacing"
            # after a plural noun are verbs.
            if low.endswith("ed") or any(_plural(x[2]) for x in words):
                break
            words.append((w.start(1), w.end(1), low))
            content += 1
        elif low.endswith("ly") and low not in lex.ly_nouns:
            if words:
                break
        else:
            words.append((w.start(1), w.end(1), low))
            content += 1
        pos = w.end()
    if names_from >= 0:
        after = [x for x in words[names_from:] if not x[2][0].isupper()]
        if not any(_plural(x[2]) for x in after):
            # "30,000 displaced Palestinians": a plural name may itself be the head.
            named = words[names_from:]
            head = max((i for i, x in enumerate(named) if _plural(x[2])), default=-1)
            words = words[: names_from + head + 1]
    if len(words) > 1:
        words = _cut_at_head(words, singular)
    while words and (_verbal(words[-1][2], lex) or words[-1][2] in lex.not_heads):
        words.pop()
    if not words:
        plural = [i for i, x in enumerate(proper) if _plural(x[2])]
        if plural and first_start is None and not singular:
            return proper[0][0], proper[plural[-1]][1]
        return None
    return (first_start if first_start is not None else words[0][0]), words[-1][1]


def _cut_at_head(words: list[tuple[int, int, str]], singular: bool) -> list[tuple[int, int, str]]:
    """End the phrase at its head: the last plural, or for a count of one before any plural."""
    plural = [i for i, (_, _, low) in enumerate(words) if _plural(low)]
    if not plural:
        return words
    if singular:
        return words[: plural[0]] if plural[0] > 0 else words[:1]
    return words[: plural[-1] + 1]


def _verbal(word: str, lex: QuantityLexicon) -> bool:
    """True for a word that reads as a verb form (-ed, -ing) and is not a listed noun."""
    if "-" in word:
        return False
    return word.endswith(("ed", "ing")) and word not in lex.ing_nouns


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
