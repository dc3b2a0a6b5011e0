"""Segmentation: paragraphs, sentences, quotations and transcript speaker turns.

Reports arrive as wire copy (one paragraph a line), Markdown (blank-line paragraphs), or
hard-wrapped transcripts (lines broken mid-sentence, turns opened by "MR. KIRBY:" or "Q").
Everything here returns offsets into the original text; nothing is normalised in place,
so every later span still points at the exact characters the user supplied.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from watchfloor.lexicons import load


@dataclass(frozen=True, slots=True)
class Segment:
    """A half-open character range of the document with a kind-specific label."""

    start: int
    end: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class Segmentation:
    """Paragraphs, sentences (each with its paragraph index), quotes and speaker turns."""

    paragraphs: list[Segment]
    sentences: list[Segment]
    sentence_paragraph: list[int]
    quotes: list[Segment]
    turns: list[Segment]


# a sentence end: the mark, closing quotes or brackets, then space and a capital; or, in text scraped
# with its spaces lost ("on Wednesday.The JCS said"), a mark glued between a lower-case word and a
# capitalised one ("U.S.", "e.g.The" and "yonhap.co.kr" are not)
_SENT_END = re.compile(
    r"[.!?]+(?:[\"”’')\]]+)?(?=\s+[\"“‘'(\[]?[A-Z0-9])|(?<=[a-z][a-z])[.!?](?=[\"“]?[A-Z][a-z])"
)
_LINE = re.compile(r"[^\n]*(?:\n|$)")
# a speaker label: a name or office in capitals, maybe a seat or a name in brackets after it
# ("HON. K. SAMPLE (Chobe):", "MINISTER FOR DEFENCE AND SECURITY (Hon. T. Example):"), then a colon;
# a script's cue in lower case is no seat ("REPORTER (track):" reads the story, speaks for no one)
_SPEAKER = re.compile(
    r"(?:\*\*)?(?:(?:MR|MRS|MS|DR|GEN|ADM|COL|CAPT|MAJ|LT)\.\s+)?"
    r"[A-Z][A-Z.'’\- ]{0,40}(?:,\s[A-Z][A-Z.'’\- ]{0,30})?[A-Z.](?:\s\([A-Z][^()\n]{0,40}\))?"
    r"(?:\*\*)?:(?:\*\*)?(?=[\s\xa0])"
    r"|Q(?:\*\*)?[:.]?(?=[\s\xa0])"
)
# "1. ", "2) ", "a. ": the number or letter of a list item at the start of a line ("The capabilities in
# this package include:" then one line an item); it opens a paragraph and is no sentence of its own
LIST_MARKER = re.compile(r"(?:\d{1,2}|[a-h])[.)][ \t\xa0]+(?=\S)")
_QUOTE = re.compile(r"“[^“”]{3,2000}”|\"[^\"\n]{3,2000}\"")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")


def stripped_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` narrowed past the white space at both ends (a line's, a paragraph's, a unit's
    words without the spaces around them); offsets stay in ``text``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(a.lower().rstrip(".") for a in load("cues")["abbreviations"])


def segment(text: str) -> Segmentation:
    """Split ``text`` into paragraphs, sentences, quotes and speaker turns."""
    paragraphs = find_paragraphs(text)
    sentences: list[Segment] = []
    owner: list[int] = []
    for index, para in enumerate(paragraphs):
        for sent in _split_sentences(text, para.start, para.end):
            sentences.append(sent)
            owner.append(index)
    quotes = [Segment(m.start(), m.end(), "quote") for m in _QUOTE.finditer(text)]
    return Segmentation(paragraphs, sentences, owner, quotes, find_turns(text, paragraphs))


def find_paragraphs(text: str) -> list[Segment]:
    """Paragraphs: blank lines always separate; a single newline separates unless it is a soft wrap.

    A line break is a soft wrap (hard-wrapped prose) when the line before does not end a
    sentence and the next line does not open a speaker turn.
    """
    paragraphs: list[Segment] = []
    start: int | None = None
    prev_end = 0
    prev_line = ""
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        stripped = line.strip(" \t\r\n\xa0")
        line_start = match.start() + (len(line) - len(line.lstrip(" \t\r\n\xa0")))
        line_end = match.start() + len(line.rstrip(" \t\r\n\xa0"))
        if not stripped:
            if start is not None:
                paragraphs.append(Segment(start, prev_end, "p"))
                start = None
            continue
        if start is not None and _breaks(prev_line, stripped):
            paragraphs.append(Segment(start, prev_end, "p"))
            start = None
        if start is None:
            start = line_start
        prev_end = line_end
        prev_line = stripped
    if start is not None:
        paragraphs.append(Segment(start, prev_end, "p"))
    return paragraphs


def _breaks(prev_line: str, next_line: str) -> bool:
    if _SPEAKER.match(next_line) or next_line.startswith(("- ", "* ", "• ", "#")):
        return True
    if LIST_MARKER.match(next_line) and prev_line.endswith((";", ":", ",", ".", "and", "or")):
        return True
    if prev_line.endswith((".", "!", "?", ":", "”", '"', ")", "’", "—", "–")):
        return True
    if len(prev_line) < 40 and not next_line[:1].islower():
        return True  # a heading, a byline or a dateline line
    return False


def _split_sentences(text: str, start: int, end: int) -> list[Segment]:
    abbreviations = _abbreviations()
    chunk = text[start:end]
    out: list[Segment] = []
    marker = LIST_MARKER.match(chunk)
    cursor = marker.end() if marker else 0
    for match in _SENT_END.finditer(chunk, cursor):
        stop = match.end()
        if match.group().startswith(".") and _is_abbreviation(chunk, match.start(), abbreviations):
            if not _ends_after_abbreviation(chunk, match.start(), stop):
                continue
        _append(out, chunk, start, cursor, stop)
        cursor = stop
    _append(out, chunk, start, cursor, len(chunk))
    return out


@cache
def _terminal() -> tuple[frozenset[str], frozenset[str]]:
    cues = load("cues")
    return (
        frozenset(a.lower() for a in cues.get("terminal_abbreviations", [])),
        frozenset(w.lower() for w in cues.get("sentence_openers", [])),
    )


_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?([A-Z][a-z]*)\b")


def _ends_after_abbreviation(chunk: str, dot: int, stop: int) -> bool:
    """ "at around 7:10 a.m. The missile flew": an abbreviation that may end a sentence does when
    a sentence-opening word follows (cues.yaml ``terminal_abbreviations``, ``sentence_openers``)."""
    terminal, openers = _terminal()
    before = _WORD_BEFORE.search(chunk, max(0, dot - 20), dot)
    if before is None or before.group(1).lower().rstrip(".") not in terminal:
        return False
    nxt = _NEXT_WORD.match(chunk, stop)
    return nxt is not None and nxt.group(1).lower() in openers


def _is_abbreviation(chunk: str, dot: int, abbreviations: frozenset[str]) -> bool:
    before = _WORD_BEFORE.search(chunk, max(0, dot - 20), dot)
    if before is None:
        return False
    word = before.group(1).lower()
    if word == "no" and not re.match(r"\s*\d", chunk[dot + 1 : dot + 4]):
        return False  # "No. That position has not changed": the answer, not "No. 3"
    if len(word) == 1 and word.isalpha():
        return chunk[before.start(1)].isupper()  # an initial: "John F. Kennedy"
    return word in abbreviations or word.rstrip(".") in abbreviations


def _append(out: list[Segment], chunk: str, base: int, lo: int, hi: int) -> None:
    piece = chunk[lo:hi]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right > left:
        out.append(Segment(base + lo + left, base + lo + right, "s"))


_BRACKETED = re.compile(r"\s\([^()]*\)")  # the seat or name in brackets a label may carry


def find_turns(text: str, paragraphs: list[Segment]) -> list[Segment]:
    """Speaker turns of a transcript: each runs from its label to the next label.

    ``label`` holds the speaker label as written ("MR. KIRBY", "Q"), without what it gives in
    brackets ("HON. K. SAMPLE (Chobe)": "HON. K. SAMPLE"); a document with no labels has no turns.
    """
    marks: list[tuple[int, str]] = []
    for para in paragraphs:
        match = _SPEAKER.match(text, para.start, para.end)
        if match and match.group().strip("*:. \xa0").upper() not in _page_labels():
            if not _spoken(text[match.end() : para.end]):
                continue
            marks.append((para.start, _BRACKETED.sub("", match.group().strip("*:. \xa0"))))
    turns = []
    for i, (pos, label) in enumerate(marks):
        stop = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        turns.append(Segment(pos, stop, label))
    return turns


# What no speaker's turn opens with: a code or a figure on a line with no sentence end ("CPV: 45340000
# (fencing works)", "Beds: 620 | Theatres open: 5" in a notice's header; "2013. He showed me" is speech)
_FIGURE_START = re.compile(r"[\s\xa0*]*\d")
_SENTENCE_END = re.compile(r"[.?!…](?:\s|$)")
_HEADING_LETTERS = 8  # letters a line needs before its capitals make it a heading ("So, I —" is speech)
_CAPITALS_ONLY_LETTERS = 5  # letters that make a line a heading when every one is a capital


def _spoken(rest: str) -> bool:
    """Whether what follows a label reads as speech. A headline's topic ("HAITI: SPEAKERS URGE SWIFT
    DEPLOYMENT"), a heading ("MASS-CASUALTY INCIDENT: SITUATION REPORT No. 4", its line mostly capitals)
    and a field of codes or figures are no speaker's words."""
    line = rest.lstrip().split("\n", 1)[0]
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= _HEADING_LETTERS and sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        return False
    if len(letters) >= _CAPITALS_ONLY_LETTERS and all(ch.isupper() for ch in letters):
        return False  # "WANTED FOR MURDER: REWARD M50,000": a notice's heading, all capitals
    return _FIGURE_START.match(line) is None or _SENTENCE_END.search(line) is not None


def speaker_label_end(text: str, start: int) -> int:
    """Offset just past a speaker label that opens at ``start`` (or ``start`` if none)."""
    match = _SPEAKER.match(text, start)
    if match is None or match.group().strip("*:. \xa0").upper() in _page_labels():
        return start
    return match.end()


@cache
def _page_labels() -> frozenset[str]:
    """ "READ MORE:", "RELATED:": page furniture, not a speaker (``page_labels`` in cues.yaml)."""
    return frozenset(label.upper() for label in load("cues")["page_labels"])
