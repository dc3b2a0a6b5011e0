"""Values of number expressions: "3,000", "11 000", "3.5 million", "twenty-five", "a dozen".

The master pattern has already decided where a number starts and ends; this module only
computes what it is worth. Arithmetic is done in :class:`~decimal.Decimal` so that
"1.2 billion" is exactly 1200000000, not a float a hair below it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from watchfloor.extract.quantities_lexicon import SPACE_GROUPED, QuantityLexicon

_TOKEN = re.compile(r"[^\s\-]+")
_DIGIT_SEPARATORS = re.compile(r"[,\u00a0\u202f ]")


@dataclass(frozen=True, slots=True)
class Parsed:
    """A number's value and how it was written.

    ``scale`` is the largest scale word in it (1000 for "12 thousand"), which a bare lower
    bound of a range borrows ("1 to 3 million"); ``plain`` means bare digits without grouping,
    decimals or words (candidates for years); ``grouped`` means thousands separators.
    """

    value: Decimal
    scale: int | None
    plain: bool
    grouped: bool
    approx: str | None
    word: bool


def parse_number(text: str, lex: QuantityLexicon, money_scale: str | None = None) -> Parsed | None:
    """Value of a number matched by the master pattern, or None if it does not add up."""
    total = Decimal(0)
    current = Decimal(0)
    scale: int | None = None
    approx: str | None = None
    fraction = Decimal(1)
    plain = grouped = False
    word = not text[:1].isdigit()
    if word:
        lowered = text.lower()
        for phrase in lex.long_fractions:  # "a quarter of a million": the fraction is several words
            if lowered.startswith(phrase + " "):
                fraction = lex.fractions[phrase]
                lowered = lowered[len(phrase) :]
                break
        rest = _TOKEN.findall(lowered)
    else:
        lead = _LEADING.match(text)
        if lead is None:
            return None
        digits = _DIGIT_SEPARATORS.sub("", lead.group(0))
        try:
            current = Decimal(digits)
        except InvalidOperation:
            return None
        grouped = len(digits) != lead.end()
        plain = not grouped and "." not in digits
        rest = _TOKEN.findall(text[lead.end() :].lower()) if lead.end() < len(text) else []
    for token in rest:
        if token == "and":
            continue
        if token in lex.word_values:
            current += lex.word_values[token]
        elif token in lex.articles:
            current += fraction
            fraction = Decimal(1)
        elif token in lex.fractions:
            fraction = lex.fractions[token]  # "half a million"
        elif token in lex.scales:
            factor = lex.scales[token]
            scale = max(scale or 0, factor)
            if factor == 100:
                current = (current or 1) * factor
            else:
                total += (current or 1) * factor
                current = Decimal(0)
        elif token in lex.multipliers:
            factor, approx = lex.multipliers[token]
            current = (current or 1) * factor
        elif token.isdigit() and scale is not None and len(token) <= 3:
            current += Decimal(token)  # "four-thousand-100": the hundreds in digits
        else:
            return None
    if word and not rest:
        return None
    value = total + current
    if money_scale:
        factor = lex.money_scales.get(money_scale.lower())
        if factor:
            value *= factor
            scale = max(scale or 0, factor)
    if rest or money_scale:
        plain = False
    return Parsed(value, scale, plain, grouped, approx, word)


_LEADING = re.compile(
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + SPACE_GROUPED + r"|\d+(?:\.\d+)?"
)
