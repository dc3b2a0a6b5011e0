"""The quantity finder's word tables and its one master pattern, built once from the lexicons.

All knowledge of words lives in ``numbers.yaml`` and ``units.yaml``; this module only turns
those lists into lookup tables and a single compiled regular expression. The master pattern has
ordered alternatives: at each position the blocking readings (dates, clock times,
identifiers, model names, vague amounts) are tried before the quantity reading, so
"Hwasong-15", "2013-01-S-025" or "March 27" are consumed whole and never yield a count.

Trying that pattern at every position of a report is slow (microseconds per position), so
it is only tried where a match can start: every reading holds a digit or a number word (the
*anchor*, found cheaply in the lower-cased text), and its start lies at most a few
*starter* words before it ("at least", "$", "March", "Resolution"). Starters are found by
matching a pattern of reversed starter phrases on the reversed text, at the anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from watchfloor.lexicons import load

# Thousands grouped by (no-break) spaces, "11 000", unless the last group is a calibre: in "about 60
# 170 mm howitzers" 60 is the count and 170 the calibre, not 60,170.
SPACE_GROUPED = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\s-]?(?:mm|cm|millimet\w*|calibre|caliber)\b)"


def _alt(phrases: Iterable[object], fold: bool = True) -> str:
    """A regex matching any of the phrases, as a character trie.

    Python's regex engine tries the branches of an alternation one by one, so a flat
    alternation of a few hundred phrases costs microseconds at every position it is tried;
    a trie shares prefixes and tries few branches. Longer matches are preferred ("miles"
    before "mile"), as with a longest-first alternation. A whitespace run inside a phrase
    matches any whitespace run. ``fold`` lower-cases the phrases, for case-insensitive patterns.
    """
    trie: dict[str, dict] = {}
    for phrase in phrases:
        text = " ".join(str(phrase).split())
        node = trie
        for char in text.lower() if fold else text:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(trie) if trie else "(?!)"


def _emit(node: dict[str, dict]) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _emit(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{body})?"
    return body


def norm(text: str) -> str:
    """Lookup key of a matched phrase: lower case, single spaces."""
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class QuantityLexicon:
    """Lookup tables for turning a match of :attr:`pattern` into a mention."""

    pattern: re.Pattern[str]
    anchor: re.Pattern[str]
    digits: re.Pattern[str]
    anchor_words: frozenset[bytes]
    letters_only: bytes
    starter: re.Pattern[str]
    compound: re.Pattern[str]
    after_pattern: re.Pattern[str]
    word_values: dict[str, int]
    scales: dict[str, int]
    multipliers: dict[str, tuple[int, str]]
    articles: frozenset[str]
    fractions: dict[str, Decimal]
    long_fractions: tuple[str, ...]  # the fractions of several words, longest first ("a quarter of")
    money_scales: dict[str, int]
    ordinals: dict[str, int]
    approx_before: dict[str, str]
    approx_after: dict[str, str]
    approx_hyphen: dict[str, str]
    approx_symbols: dict[str, str]
    one_before: frozenset[str]
    one_after: frozenset[str]
    one_of_counted: frozenset[str]  # "one of the wounded": a count of one
    year_min: int
    year_max: int
    currency_by_word: dict[str, str]
    hyphen_counts: frozenset[str]
    designators: frozenset[str]  # nouns a bare number names, not counts ("vessel 5203", "Resolution 2231")
    ing_nouns: frozenset[str]
    participles: frozenset[str]
    ly_nouns: frozenset[str]
    not_heads: frozenset[str]
    measure_units: frozenset[str]
    fraction_suffix: re.Pattern[str]  # "and a half" after a whole number, then the unit's first word
    fraction_suffix_values: dict[str, Decimal]  # "and a half" -> 0.5
    measure_modifier: re.Pattern[str]
    stops: frozenset[str]
    max_words: int
    max_proper: int
    # a verb of change in the clause right before "from" (numbers.yaml ranges ``change_verbs``)
    changed_before: re.Pattern[str]


def _approx_table(section: dict[str, list[str]]) -> dict[str, str]:
    return {norm(p): kind for kind, phrases in section.items() for p in phrases}


@cache
def lexicon() -> QuantityLexicon:
    """Read the number and unit lexicons and compile the master pattern (cached)."""
    num = load("numbers")
    units = load("units")
    words = {**num["ones"], **num["teens"], **num["tens"]}
    scales = dict(num["scales"])
    mults = {k: (v["value"], v["approx"]) for k, v in num["multipliers"].items()}
    currency_by_word: dict[str, str] = {}
    signs: list[str] = []
    for code, forms in units["currencies"].items():
        for sign in forms["signs"]:
            currency_by_word[sign.lower()] = code
            signs.append(sign)
        for word in forms["words"]:
            currency_by_word[norm(word)] = code
    codes = list(units["currency_codes"])
    currency_by_word.update({c.lower(): c for c in codes})
    approx = num["approximators"]
    cn = units["counted_noun"]
    return QuantityLexicon(
        pattern=_compile(num, units, signs, codes),
        anchor=re.compile(_anchor(num), re.IGNORECASE),
        digits=re.compile(r"[0-9][0-9,.]*"),
        anchor_words=frozenset(w.encode() for w in _anchor_words(num)),
        letters_only=bytes(c if 97 <= c <= 122 else 32 for c in range(256)),
        starter=re.compile(_starter(num, units, signs, codes), re.IGNORECASE),
        compound=re.compile(r"[\w.\-'’#$€£¥₩₽₴₹+:]+"),
        after_pattern=re.compile(
            # not "three deaths and more than a dozen injuries": a comparison opening the next count
            rf"\s+(?:{_alt([p for ps in approx['after'].values() for p in ps])})\b(?!\s+than\b)", re.IGNORECASE
        ),
        word_values=words,
        scales=scales,
        multipliers=mults,
        articles=frozenset(num["articles"]),
        fractions={k: Decimal(str(v)) for k, v in num["fractions"].items()},
        long_fractions=tuple(sorted((k for k in num["fractions"] if " " in k), key=len, reverse=True)),
        money_scales=dict(num["money_scales"]),
        ordinals=dict(num["ordinals"]),
        approx_before=_approx_table(approx["before"]),
        approx_after=_approx_table(approx["after"]),
        approx_hyphen=_approx_table(approx["hyphen"]),
        approx_symbols=_approx_table(approx["symbols"]),
        one_before=frozenset(norm(w) for w in num["one_pronoun"]["before"]),
        one_after=frozenset(norm(w) for w in num["one_pronoun"]["after"]),
        one_of_counted=frozenset(norm(w) for w in num["one_pronoun"].get("counted_sets", [])),
        year_min=int(num["year_bounds"]["min"]),
        year_max=int(num["year_bounds"]["max"]),
        currency_by_word=currency_by_word,
        hyphen_counts=frozenset(norm(w) for w in units["hyphen_counts"]),
        designators=frozenset(norm(w) for w in units.get("designators", [])),
        changed_before=re.compile(
            rf"\b(?:{_alt(num['ranges']['change_verbs'])})\b[^.;:!?]{{0,80}}\Z", re.IGNORECASE
        ),
        ing_nouns=frozenset(norm(w) for w in cn["ing_nouns"]),
        participles=frozenset(norm(w) for w in cn["participles"]),
        ly_nouns=frozenset(norm(w) for w in cn["ly_nouns"]),
        not_heads=frozenset(norm(w) for w in cn["not_heads"]),
        measure_units=frozenset(norm(u) for us in units["measures"].values() for u in us),
        fraction_suffix=re.compile(
            rf"[^\S\n]+({_alt(num.get('fraction_suffixes', {}))})[^\S\n]+([a-z]+)\b", re.IGNORECASE
        ),
        fraction_suffix_values={norm(k): Decimal(str(v)) for k, v in num.get("fraction_suffixes", {}).items()},
        measure_modifier=re.compile(
            r"(?:[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*)(\d[\d.,]*[ \u00a0-]?"
            rf"(?:{_alt(u for us in units['measures'].values() for u in us)}))(?![\w/])",
            re.IGNORECASE,
        ),
        stops=frozenset(norm(w) for w in cn["stops"]),
        max_words=int(cn["max_words"]),
        max_proper=int(cn["max_proper"]),
    )


def _anchor_words(num: dict) -> list[str]:
    """Every word that can anchor a reading: cardinals, scales, multipliers, ordinals."""
    return [*num["ones"], *num["teens"], *num["tens"], *num["scales"], *num["multipliers"],
            *num["ordinals"]]


def _anchor(num: dict) -> str:
    """Digits or a whole number word (the slow path, for text whose case folding resizes it).

    Words are grouped by first letter, and the word-start test comes after the first letter,
    keeping the engine's first-character fast path.
    """
    by_letter: dict[str, list[str]] = {}
    for word in _anchor_words(num):
        by_letter.setdefault(word[0], []).append(word[1:])
    groups = [
        rf"{re.escape(first)}(?<![a-z]{re.escape(first)})(?:{_alt(rests)})"
        for first, rests in sorted(by_letter.items())
    ]
    return rf"[0-9]+|(?:{'|'.join(groups)})(?![a-z])"


def _starter(num: dict, units: dict, signs: list[str], codes: list[str]) -> str:
    """Reversed phrases that may open a reading just before an anchor, one per match."""
    approx = num["approximators"]["before"]
    phrases = [p for ps in approx.values() for p in ps]
    phrases += [*num["ranges"]["openers"], *units["ages"]["prefixes"], *units["families"], *units["prefix_measures"]]
    phrases += [*signs, *codes, *num["articles"], *num["vague"]]
    phrases += [f"{z}{sign}" for z in num["time_zones"] for sign in "+-−"]
    phrases += [f"{f} {a}" for f in num["fractions"] for a in num["articles"]]
    phrases += [f"{w}." for w in num["months"]] + list(num["months"])
    phrases += [f"{w}s" for w in num["labels"]] + list(num["labels"])
    rev = _alt(p[::-1] for p in phrases)
    # (an acronym, "CRS" of "the CRS 8 unit": a unit named by its number, numbers.yaml acronym_unit_heads)
    return rf"[\s\-#,]*(?:{rev}|(?-i:[A-Z]{{2,5}}))(?![A-Za-z])"


def _compile(num: dict, units: dict, signs: list[str], codes: list[str]) -> re.Pattern[str]:
    """Assemble the master pattern; see the module docstring for the order of readings."""
    ones, teens, tens = _alt(num["ones"]), _alt(num["teens"]), _alt(num["tens"])
    scales, mults = _alt(num["scales"]), _alt(num["multipliers"])
    group = rf"(?:(?:{tens})(?:[\s-](?:{ones}))?|{teens}|{ones})\b"
    fraction = rf"(?:(?:{_alt(num['fractions'])})\s+)?"
    article = rf"{fraction}(?:{_alt(num['articles'])})(?=[\s-]+(?:{scales}|{mults})\b)"
    # "four-thousand-100", "two-thousand-700": broadcasters' style, the hundreds in digits after a hyphen
    hyphen_digits = r"-\d{1,3}(?![\d,.]\d|\d)"
    scale_tail = (
        rf"(?:[\s-]+(?:{scales})\b(?:(?:\s+and)?[\s-]+{group}|{hyphen_digits})?+)*(?:[\s-]+(?:{mults})\b)?"
    )
    wordnum = rf"(?<![\w-])(?:{article}|{group}){scale_tail}"
    digits = (
        r"(?<![\w.,/+])(?<![A-Za-z]-)"
        r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|" + SPACE_GROUPED + r"|\d+(?:\.\d+)?)"
        r"(?!\d|[.,]\d)"
        rf"(?:[\s-]+(?:{scales})\b(?:{hyphen_digits})?+)*(?:[\s-]+(?:{mults})\b)?"
    )
    # case-sensitive ("may" is a verb), but a factbox's capitals count too ("* MAY 19 - Gunmen ambush")
    months = rf"(?-i:{_alt([*num['months'], *(m.upper() for m in num['months'])], fold=False)})"
    clock = _alt(num["clock_markers"])
    suffixes = _alt(num["ordinal_suffixes"])
    openers = _alt(num["ranges"]["openers"])
    closers = _alt(num["ranges"]["openers"].values())
    dash = "".join(re.escape(c) for c in num["ranges"]["connectors"] if not c.isalpha())
    wordsep = _alt([c for c in num["ranges"]["connectors"] if c.isalpha()])
    # "20 May", and the first day of "from 18 to 20 May" or "18-20 May": days of a date, not counts
    day_range = rf"(?:\s*[{dash}]\s*|\s+(?:{wordsep}|{closers})\s+)\d{{1,2}}(?:{suffixes})?"
    not_date = rf"(?!\s*(?:{clock})(?!\w)|:\d|(?:{day_range})?\s+(?:of\s+)?{months}\b)"
    core = rf"(?:{digits}|{wordnum}){not_date}"

    approx = num["approximators"]
    before = _alt([p for ps in approx["before"].values() for p in ps])
    after = _alt([p for ps in approx["after"].values() for p in ps])
    symbols = _alt([p for ps in approx["symbols"].values() for p in ps])
    age_pre, age_suf = _alt(units["ages"]["prefixes"]), _alt(units["ages"]["suffixes"])
    family = _alt(units["families"])
    measures = _alt([u for us in units["measures"].values() for u in us])
    pre_measures = _alt(units["prefix_measures"])
    unit_compounds = _alt(units["unit_compounds"])
    pct_sign = _alt([p for p in units["percent"] if not p[0].isalpha()])
    pct_word = _alt([p for p in units["percent"] if p[0].isalpha()])
    code_re = rf"(?-i:{_alt(codes, fold=False)})"
    sign_re = _alt(signs)
    cur_words = _alt([w for f in units["currencies"].values() for w in f["words"]])
    mscales = _alt(num["money_scales"])
    cur = rf"(?:{sign_re})\s?|{code_re}\s?"

    def money_scale(name: str, cur_group: str) -> str:
        return rf"(?({cur_group})(?:\s?(?P<{name}>{mscales})(?![\w]))?|)"

    quantity = (
        rf"(?:(?:(?P<open>{openers})|(?P<agepre>{age_pre})|(?P<pre>{before}))\s+|(?P<family>{family})[\s-]+)?"
        rf"(?:(?P<pmeas>{pre_measures})[\s-]?)?"
        rf"(?P<cur1>{cur})?(?<!\d-)(?P<n1>{core}){money_scale('ms1', 'cur1')}"
        r"(?:(?P<sep>(?(open)"
        rf"\s+(?:{closers})\s+|\s*[{dash}]\s*)|\s*[{dash}]\s*|\s+(?:{wordsep})\s+)"
        rf"(?P<cur2>{cur})?(?P<n2>{core}){money_scale('ms2', 'cur2')})?"
        r"(?:"
        rf"[\s-]?(?P<age>{age_suf})\b"
        rf"|\s?(?P<pct>{pct_sign})|[\s-]+(?P<pctw>{pct_word})\b"
        rf"|[\s-]+(?P<cur3>{cur_words}|{code_re})\b"
        rf"|[\s-]?(?P<meas>{measures})(?![\w/]|[\s-](?:{unit_compounds})\b)"
        r"|-(?P<hyph>[A-Za-z]+(?:-[A-Za-z]+)*)"
        r")?"
        rf"(?:\s+(?P<post>{after})\b|\s*(?P<sym>{symbols}))?"
        r"(?![\w/]|-\d|[.,]\d)"
    )

    day = rf"\d{{1,2}}(?:{suffixes})?"
    days = rf"{day}(?:\s*[{dash}]\s*{day}|\s+(?:{wordsep}|{closers})\s+{day})?"
    year = r"\d{4}"
    date = (
        rf"{months}\.?,?\s+{days}(?:,?\s+{year})?(?!\d|,\d)"
        rf"|(?<![\w.,]){days}\s+(?:of\s+)?{months}\b\.?(?:,?\s+{year}\b)?"
        rf"|{months}\.?,?\s+{year}\b"
        r"|(?<![\w.,/-])\d{4}-\d{1,2}-\d{1,2}(?![\w-])"
    )
    mil = _alt(num["military_time_markers"])
    time = (
        rf"(?<![\w.,])\d{{1,2}}(?::\d{{2}})?\s*(?:{clock})(?!\w)"
        r"|(?<![\w.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
        rf"|(?<![\w.,])(?:[01]\d|2[0-3])[0-5]\d\s*(?:{mil})\b"
        r"|(?<![\w.,])0\d+(?![\d.,])"
        rf"|(?-i:{_alt(num['time_zones'], fold=False)})\s*[+\-−]\s*\d{{1,2}}(?::?\d{{2}})?"
    )
    labels = rf"(?-i:{_alt(num['labels'], fold=False)})"
    streets = rf"(?-i:{_alt(num['street_words'], fold=False)})"
    ident = (
        r"(?<![\w.-])[A-Za-z][A-Za-z0-9]*-\d[\w]*(?:-\w+)*"
        r"|(?<![\w.-])[A-Za-z]+\d\w*(?:-\w+)*"
        r"|(?<![\w.,/-])\d+[A-Za-z]+\d\w*(?:-\w+)*"
        # ("3-thousand-500" is a count in a broadcaster's style, not a code)
        rf"|(?<![\w.,/-])\d+(?:[-–]\d+)*[-–](?!(?:{_alt(num['scales'])})-\d{{1,3}}\b)[A-Za-z]+[-–]\d[\w-]*"
        r"(?:[,\s]+\d+\b(?!\s+(?-i:[a-z])|[.,]\d))*"
        r"|(?<![\w.,/-])\d+(?:-\d+){2,}(?![\w])"
        r"|(?<![\w.,/-])\d+(?:\.\d+){2,}(?![\w])"
        r"|(?<![\w.,/-])\d+(?:/\d+)+(?![\w])"
        r"|\#\w+(?:[-/.]\w+)*"
        r"|(?<![\w.,])\d+(?:\+\d+)+(?![\w])"
        r"|(?<==[\"'])\d[\w.%-]*"
        r"|(?:(?<![\s\S])|(?<=\n)|(?<=\n[ \t])|(?<=\n[ \t]{2}))\d{1,3}[.)](?=[ \t])"
        r"|(?<![\w(.,$])\d{1,2}\)(?=\s)|(?<=\()\d{1,2}(?=\))"
        rf"|(?<![\w.])(?:{labels})s?\s*\#?\s*(?:\d[\w./-]*|{group})"
        rf"|(?<![\w.])(?-i:[A-Z]{{2,5}})\s+\d{{1,3}}(?=\s+(?:{_alt(num['acronym_unit_heads'])})\b)"
        rf"|(?<![\w.,])(?-i:\d+\s+(?:[A-Z][a-z]+\s+){{1,2}}(?:{streets}))(?!\w)"
        r"|(?<![\w.,])(?=\d+(?:,\s*\d+){2})\d+(?:,\d+)*(?:,\s+\d+)+(?:,\s*\d+)*(?![\w.])"
    )
    vague = rf"(?<![\w-])(?:{_alt(num['vague'])})(?![\w-])"
    ordinal = (
        rf"(?<![\w.,/-])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:{suffixes})\b"
        rf"|(?<![\w-])(?:(?:{tens})-)?(?:{_alt(num['ordinals'])})\b"
    )
    decade = r"(?<![\w.,])(?:\d{3}0|['’]\d0)['’]?s\b"
    full = (
        rf"(?P<date>{date})|(?P<time>{time})|(?P<ident>{ident})|(?P<decade>{decade})"
        rf"|(?P<vague>{vague})|(?P<ord>{ordinal})|(?P<q>{quantity})"
    )
    return re.compile(full, re.IGNORECASE)


def to_number(value: Decimal) -> int | float:
    """An exact Decimal as ``int`` when it is whole, else ``float``."""
    integral = value.to_integral_value()
    return int(integral) if integral == value else float(value)
