"""Stage ``quantities``: every number expression in a text, told apart by what it counts.

A claim's quantity is a count of people or things ("at least 3,000 soldiers") or an amount
of money; a calibre ("170 millimeter"), a distance, a date, a model name ("Hwasong-15"), a
release number or an age is not, even though it is written with digits. This stage finds
every number expression once, with its approximation and bounds per SPEC 'quantity', and
labels it with a ``kind`` so that later stages only ever pick ``count`` or ``money``.

How: every digit run and number word is an *anchor*; at each anchor not yet covered, the
master pattern (:mod:`watchfloor.extract.quantities_lexicon`) is matched from the earliest
place its reading can start (an approximator, a currency sign, a month, a label before the
anchor). In that pattern readings that block a count (dates, clock times, identifiers, vague
amounts) come first, so they consume their text whole. Each quantity reading is then valued
(:mod:`watchfloor.extract.quantities_numbers`), classified by the unit that follows it, and,
for counts, given the counted noun (:mod:`watchfloor.extract.quantities_nouns`).

Dates, clock times, identifiers and model names are left out of the result; ordinals are
``ordinal``; years, decades, ages and numbers inside compound adjectives ("one-sided") are
``other``. Units are reported as written, except money (the ISO code, "USD") and percent
("percent").
"""

from __future__ import annotations

import re
from decimal import Decimal

from watchfloor.extract.mentions import QuantityMention
from watchfloor.extract.quantities_lexicon import QuantityLexicon, lexicon, norm, to_number
from watchfloor.extract.quantities_nouns import counted_noun
from watchfloor.extract.quantities_numbers import Parsed, parse_number
from watchfloor.extract.segment import stripped_span

__all__ = ["find_quantities"]

_PREV_WORD = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_NAME_BEFORE = re.compile(r"(\S?)[ \t]*\b([A-Z][\w-]*) $")
_ENUM_BEFORE = re.compile(r"[.:;,—–(\n][ \t\u00a0]*$")
_NEXT_TOKEN = re.compile(r"\s*([\w'’]+|\S)")
_DASHES = frozenset("-–—")

_LOW_BOUND = frozenset({"at_least", "more_than"})
_HIGH_BOUND = frozenset({"nearly", "at_most", "less_than"})


def find_quantities(text: str) -> list[QuantityMention]:
    """Find every number expression in ``text``.

    Args:
        text: The document text.

    Returns:
        Mentions sorted by offset and never overlapping. Each has ``text[start:end] ==
        mention.text``; ``number_start``/``number_end`` cover just the number words, and
        ``start``/``end`` add the approximator, the currency and the unit or counted noun.
    """
    lex = lexicon()
    found: list[QuantityMention] = []
    pos = 0
    rev = ""
    for a in _anchors(text, lex):
        if a < pos:
            continue
        if not rev:
            rev = text[::-1]
        m = _reading_at(text, rev, a, pos, lex)
        if m is None:
            continue
        kind = m.lastgroup
        if kind == "q":
            mention, end = _quantity(text, m, lex)
        elif kind == "ord":
            mention, end = _ordinal(text, m, lex), m.end()
        elif kind == "decade":
            mention, end = _decade(text, m), m.end()
        else:
            mention, end = None, m.end()
        if mention is not None and mention.kind == "count" and _age_aside(text, mention):
            mention = _other(text, mention.start, mention.end, mention.number_start, mention.number_end, mention.value)
        if mention is not None:
            found.append(mention)
        pos = max(end, a + 1)
    return found


# ", 21," right after a person or a name: "A reservist, 21, was killed", "Sgt. Adam Cohen, 21, of Haifa"
_AGE_BEFORE = re.compile(r"[A-Za-z]{2,}\.?,\s\Z")
_AGE_AFTER = re.compile(r"\s*(?:,|\)|\s+and\s+(?:his|her|their)\b)")


# "aged 19 and 34", "aged 17, 19 and 22": the ages listed after the first
_AGES_LISTED = re.compile(r"\b(?:aged|ages)\s+\d{1,2}(?:\s*,\s*\d{1,2})*\s*(?:,|\band|\bor)\s*\Z", re.IGNORECASE)


def _age_aside(text: str, mention: QuantityMention) -> bool:
    """A one- or two-digit number set off by commas right after a word, with no unit or approximator:
    the age of the person named before it, not a count; or one listed after an age ("aged 19 and 34")."""
    bare = mention.text == text[mention.number_start : mention.number_end]
    if mention.unit is not None or mention.approx != "exact" or not bare:
        return False
    if not mention.text.isdigit() or len(mention.text) > 2:
        return False
    if _AGES_LISTED.search(text, max(0, mention.start - 40), mention.start):
        return True
    return bool(_AGE_BEFORE.search(text, max(0, mention.start - 40), mention.start)) and bool(
        _AGE_AFTER.match(text, mention.end)
    )


def _anchors(text: str, lex: QuantityLexicon) -> list[int]:
    """Start offsets of every digit run and every whole number word, in order.

    Number words are rare, so instead of a regex scan (slow in Python's engine) the text's
    words are intersected with the number words as a set, and only words present are located.
    """
    low = text.lower()
    if len(low) != len(text):
        return [m.start() for m in lex.anchor.finditer(text)]
    starts = [m.start() for m in lex.digits.finditer(low)]
    words = low.encode("ascii", "replace").translate(lex.letters_only).split()
    present = lex.anchor_words.intersection(words)
    for word in present:
        surface = word.decode()
        size = len(surface)
        i = low.find(surface)
        while i >= 0:
            if not (i and low[i - 1].isalpha()) and not low[i + size : i + size + 1].isalpha():
                starts.append(i)
            i = low.find(surface, i + size)
    if present:
        starts.sort()
    return starts


def _reading_at(
    text: str, rev: str, a: int, pos: int, lex: QuantityLexicon
) -> re.Match[str] | None:
    """The leftmost reading of the master pattern that covers the anchor at ``a``.

    Candidate starts are the anchor itself, the start of the compound it is glued into
    ("Hwasong-15", "$500", "'90s") and the starts of up to three starter phrases before it
    ("about $500", "more than a dozen"); none lies before ``pos``, the end of the last reading.
    """
    size = len(text)
    starts = [a]
    if a and not text[a - 1].isspace():
        glued = lex.compound.match(rev, size - a)
        if glued:
            starts.append(a - (glued.end() - glued.start()))
    r = size - a
    for _ in range(3):
        step = lex.starter.match(rev, r)
        if step is None:
            break
        r = step.end()
        starts.append(size - r)
    for start in sorted({s for s in starts if s >= pos}):
        m = lex.pattern.match(text, start)
        if m is not None and m.end() > a:
            return m
    return None


def _quantity(
    text: str, m: re.Match[str], lex: QuantityLexicon
) -> tuple[QuantityMention | None, int]:
    """Turn one quantity match into a mention, or None (a pronoun "one", an unparsable number)."""
    g = m.groupdict()
    n1 = parse_number(g["n1"], lex, g["ms1"])
    if n1 is None:
        return None, m.end()
    if g["open"] and norm(g["open"]) == "from" and _revised(text, m, lex):
        # "rose from 12 to 19": the figure replaced names nothing now; the one after "to" is read on its own
        replaced_end = max(m.end("n1"), m.end("ms1"))
        replaced = _other(text, m.start("n1"), replaced_end, m.start("n1"), replaced_end, to_number(n1.value))
        return replaced, (m.start("n2") if g["n2"] else replaced_end)
    n2 = parse_number(g["n2"], lex, g["ms2"]) if g["n2"] else None
    low = high = None
    if n2 is not None:
        if _is_year(n1, lex) and (_is_year(n2, lex) or (n2.plain and len(g["n2"]) == 2)):
            return _other(text, m.start("n1"), m.end(), m.start("n1"), m.end("n2"), None), m.end()
        low, high = _range_bounds(n1, n2)
        if low > high:
            if g["sep"].strip() in _DASHES:  # "4-3": a score or an identifier
                span = m.start("n1"), m.end(), m.start("n1"), m.end("n2")
                return _other(text, *span, None), m.end()
            # "from 3,000 to 2,000": not a range; read the first number alone.
            first_end = m.end("ms1") if g["ms1"] else m.end("n1")
            again = lex.pattern.match(text, m.start(), first_end)
            if again is None or again.lastgroup != "q" or again.group("n2"):
                return None, first_end
            return _quantity(text, again, lex)
    start = _start(m, g)
    num_start = m.start("n1")
    num_end = max(m.end("n1"), m.end("ms1"), m.end("n2"), m.end("ms2"))
    end = m.end()
    approx = _approx(g, n1, n2, lex)
    if g["pre"] and norm(g["pre"]) == "over" and _PHRASAL_OVER.search(text, max(0, m.start() - 12), m.start()):
        # "will hand over 10 more tanks", "took over 30 villages": the verb's particle, no approximation
        approx, start = n1.approx or "exact", num_start
    hyph = g["hyph"]
    unit = unit_start = unit_end = None
    if g["agepre"] or g["age"] or g["family"]:
        return _other(text, start, end, num_start, num_end, to_number(n1.value)), end
    if g["cur1"] or g["cur3"]:
        kind = "money"
        group = "cur1" if g["cur1"] else "cur3"
        written = g[group].strip()
        unit = lex.currency_by_word.get(norm(written)) or lex.currency_by_word.get(written.lower())
        unit_start, unit_end = stripped_span(text, m.start(group), m.end(group))
    elif g["pct"] or g["pctw"]:
        kind, unit = "percent", "percent"
        group = "pct" if g["pct"] else "pctw"
        unit_start, unit_end = m.start(group), m.end(group)
    elif g["meas"] or g["pmeas"]:
        kind = "measure"
        group = "meas" if g["meas"] else "pmeas"
        unit, unit_start, unit_end = g[group], m.start(group), m.end(group)
    elif hyph and norm(hyph) not in lex.hyphen_counts and norm(hyph) not in lex.approx_hyphen:
        value = to_number(n1.value) if n2 is None else None
        return _other(text, start, end, num_start, num_end, value), end
    elif n2 is None and _is_year(n1, lex) and not g["pre"] and not g["sym"]:
        return _other(text, num_start, num_end, num_start, num_end, to_number(n1.value)), num_end
    else:
        if n2 is None and (_is_pronoun_one(text, m, g, lex) or _is_enumerator(text, m, g)):
            return None, m.end()
        if n2 is None and not g["pre"] and _is_reference(text, num_start, num_end):
            # "said it attacked the post [1][4]": a footnote marker numbers a source, it counts nothing
            return _other(text, num_start, num_end, num_start, num_end, None), num_end + 1
        if n2 is None and n1.value != n1.value.to_integral_value():
            # "7.62 ammunition": a fraction is no count of things.
            return _other(text, start, end, num_start, num_end, to_number(n1.value)), end
        kind = "count"
        fraction = lex.fraction_suffix.match(text, end)
        if n2 is None and fraction is not None and norm(fraction.group(2)) in lex.measure_units:
            # "three and a half years": a whole number, a fraction and a unit measure; they count nothing
            value = to_number(n1.value + lex.fraction_suffix_values.get(norm(fraction.group(1)), 0))
            return _fraction_measure(text, start, fraction, num_start, num_end, value), fraction.end()
        noun = counted_noun(text, end, n2 is None and n1.value == 1, lex)
        if noun is not None:
            unit_start, unit_end = noun
            unit = text[unit_start:unit_end]
            end = unit_end
            if unit.split()[-1].lower() in lex.measure_units:
                kind = "measure"  # "3 consecutive days"
            post = _post_approx(text, end, lex)
            if post is not None and n2 is None:
                approx, end = post
        elif n2 is None and not g["pre"] and _after_name(text, start, lex) and not _TITLE_NEXT.match(text, end):
            return None, end  # "Yeonan 800", "Boeing 727": a name's number; not "send Ukraine 12 Leopard tanks"
        elif n2 is None and not g["pre"] and _after_designator(text, start, lex):
            return None, end  # "CCG vessel 5203", "Resolution 2231", "Hill 262": a number that names
    if n2 is not None:
        value = None
    else:
        value = to_number(n1.value)
        low = value if approx in _LOW_BOUND else None
        high = value if approx in _HIGH_BOUND else None
    if approx == "range":
        low, high = to_number(low), to_number(high)
    return (
        QuantityMention(
            start=start, end=end, text=text[start:end], value=value, low=low, high=high,
            approx=approx, unit=unit, unit_start=unit_start, unit_end=unit_end, kind=kind,
            number_start=num_start, number_end=num_end,
        ),
        end,
    )


_TO_NEXT = re.compile(r"\s+to\s")
_UP_FROM = re.compile(r"\b(?:up|down)\s+\Z", re.IGNORECASE)


def _revised(text: str, m: re.Match[str], lex: QuantityLexicon) -> bool:
    """ "from X to Y" after a verb of change in the same clause, or "up from X": a figure revised, not a range."""
    if _UP_FROM.search(text, max(0, m.start() - 8), m.start()):
        return True  # "has grown to 15,000, up from 11,000 in December"
    if not m.group("n2") and not _TO_NEXT.match(text, max(m.end("n1"), m.end("ms1"))):
        return False  # "fled from 12 villages": no second figure
    return lex.changed_before.search(text, max(0, m.start() - 100), m.start()) is not None


def _start(m: re.Match[str], g: dict[str, str | None]) -> int:
    """Where the mention starts: at the approximator, unless it was an unused range opener."""
    if g["pre"] or g["agepre"] or (g["open"] and g["n2"]):
        return m.start()
    for group in ("pmeas", "cur1", "n1"):
        if g[group]:
            return m.start(group)
    return m.start()


_PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking)\s+\Z", re.IGNORECASE
)


def _approx(g: dict[str, str | None], n1: Parsed, n2: Parsed | None, lex: QuantityLexicon) -> str:
    """SPEC approx: range, else a trailing approximator, else a leading one, else exact."""
    if n2 is not None:
        return "range"
    if g["post"]:
        return lex.approx_after[norm(g["post"])]
    if g["sym"]:
        return lex.approx_symbols[g["sym"]]
    hyph = g["hyph"]
    if hyph and norm(hyph) in lex.approx_hyphen:
        return lex.approx_hyphen[norm(hyph)]
    if g["pre"]:
        return lex.approx_before[norm(g["pre"])]
    return n1.approx or "exact"


def _range_bounds(n1: Parsed, n2: Parsed) -> tuple[Decimal, Decimal]:
    """Bounds of "n1 to n2", letting a bare lower bound borrow the upper bound's scale.

    "1 to 3 million" is 1-3 million and "11 to 12,000" is 11,000-12,000: a lower bound
    written without its scale is read at the scale that puts it just under the upper bound.
    """
    low, high = n1.value, n2.value
    if n1.scale is None and n2.scale and low * n2.scale <= high:
        return low * n2.scale, high
    if n1.scale is None and not n1.grouped and n2.grouped and low < 1000 <= high:
        scaled = low * 1000
        if scaled <= high < scaled * 10:
            return scaled, high
    return low, high


def _is_year(n: Parsed, lex: QuantityLexicon) -> bool:
    return n.plain and lex.year_min <= n.value <= lex.year_max and n.value == int(n.value)


def _is_pronoun_one(
    text: str, m: re.Match[str], g: dict[str, str | None], lex: QuantityLexicon
) -> bool:
    """True for "one" used as a pronoun: "one of the soldiers", "the one that", "no one"."""
    if g["n1"].lower() != "one" or g["pre"] or g["cur1"]:
        return False
    nxt = _NEXT_TOKEN.match(text, m.end("n1"))
    of_set = _OF_THE_SET.match(text, m.end("n1"))
    if of_set and norm(of_set.group(1)) in lex.one_of_counted:
        return False  # "one of the wounded died": one of those hit
    if nxt and norm(nxt.group(1)) in lex.one_after:
        return True
    prev = _PREV_WORD.search(text, max(0, m.start() - 24), m.start())
    if prev and norm(prev.group(1)) == "that" and nxt and nxt.group(1).isalpha():
        # "said that one mariner had been injured": a count of the noun after it ("that one was" is none)
        return norm(nxt.group(1)) in _VERB_AFTER_PRONOUN
    return bool(prev) and norm(prev.group(1)) in lex.one_before


_OF_THE_SET = re.compile(r"\s+of\s+(?:the|those)\s+([\w-]+)", re.IGNORECASE)
_VERB_AFTER_PRONOUN = frozenset(
    {"is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "did", "does",
     "should", "must", "seems", "seemed", "appears", "appeared"}
)


def _is_enumerator(text: str, m: re.Match[str], g: dict[str, str | None]) -> bool:
    """True for a spelled-out list marker: "Well, one, we have ...; two, the ...".

    A number word standing alone between punctuation marks numbers points, not things.
    """
    if g["n1"][0].isdigit() or g["pre"] or m.end() != m.end("n1"):
        return False
    if text[m.end() : m.end() + 1] not in {",", ":"}:
        return False
    start = m.start("n1")
    return start == 0 or _ENUM_BEFORE.search(text[max(0, start - 8) : start]) is not None


def _is_reference(text: str, start: int, end: int) -> bool:
    """True for a bracketed reference number, "[3]", the way reports cite their source list."""
    return text[start - 1 : start] == "[" and text[end : end + 1] == "]" and text[start:end].isdigit()


# A name with a capital and lower case after a number: what is counted ("12 Panzerhaubitze 2000").
_TITLE_NEXT = re.compile(r"[^\S\n]+(?:(?:more|additional|new|extra|further)\b|[A-Z][a-z]{2,})")


_WORD_BEFORE = re.compile(r"([A-Za-z][\w.]*)\s$")


def _after_designator(text: str, start: int, lex: QuantityLexicon) -> bool:
    """True when one of ``designators`` stands right before ``start`` ("vessel 5203")."""
    prev = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return prev is not None and norm(prev.group(1)) in lex.designators


def _after_name(text: str, start: int, lex: QuantityLexicon) -> bool:
    """True when a capitalised word, not opening a sentence, stands right before ``start``."""
    if start < 3 or text[start - 1] != " " or not text[start - 2].isalnum():
        return False
    prev = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if prev is None or prev.group(2).lower() in lex.stops:
        return False
    opener = prev.group(1)
    return bool(opener) and opener not in ".!?\n"


def _post_approx(text: str, pos: int, lex: QuantityLexicon) -> tuple[str, int] | None:
    """An approximator after the counted noun: "3,000 soldiers or more"."""
    m = lex.after_pattern.match(text, pos)
    if m is None:
        return None
    return lex.approx_after[norm(m.group(0))], m.end()


def _ordinal(text: str, m: re.Match[str], lex: QuantityLexicon) -> QuantityMention | None:
    """An ordinal: "6th", "third", "twenty-first"."""
    surface = m.group("ord")
    low = surface.lower()
    if low[0].isdigit():
        value: int | None = int(re.sub(r"\D", "", low))
    else:
        head, _, last = low.rpartition("-")
        value = lex.ordinals.get(last, 0) + (lex.word_values.get(head, 0) if head else 0)
    return QuantityMention(
        start=m.start(), end=m.end(), text=surface, value=value, low=None, high=None,
        approx="exact", unit=None, unit_start=None, unit_end=None, kind="ordinal",
        number_start=m.start(), number_end=m.end(),
    )


def _decade(text: str, m: re.Match[str]) -> QuantityMention:
    """A decade ("the 1990s", "the '90s"): kind ``other`` valued at its first year."""
    digits = re.sub(r"\D", "", m.group("decade"))
    value = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return _other(text, m.start(), m.end(), m.start(), m.end(), value)


def _fraction_measure(
    text: str, start: int, fraction: re.Match[str], ns: int, ne: int, value: int | float | None
) -> QuantityMention:
    """ "three and a half years" (3.5, unit "years"): the fraction words sit between the number and its
    unit, where the master pattern does not look, so the measure is built here."""
    end = fraction.end()
    return QuantityMention(
        start=start, end=end, text=text[start:end], value=value, low=None, high=None,
        approx="exact", unit=fraction.group(2), unit_start=fraction.start(2), unit_end=end, kind="measure",
        number_start=ns, number_end=ne,
    )


def _other(
    text: str, start: int, end: int, ns: int, ne: int, value: int | float | None
) -> QuantityMention:
    """A number that is not an amount of anything: a year, an age, a score."""
    return QuantityMention(
        start=start, end=end, text=text[start:end], value=value, low=None, high=None,
        approx="exact", unit=None, unit_start=None, unit_end=None, kind="other",
        number_start=ns, number_end=ne,
    )
