"""Mentions: what each extraction stage finds in the text, before claims are assembled.

Every stage is, at its core, a pure function ``find_*(text, ...) -> list[Mention]`` over
the document text, so it can be tested and reused without spaCy; the spaCy components in
:mod:`watchfloor.extract.pipeline` call these functions and keep the results on the ``Doc``.
Offsets are half-open character offsets into the full document text, and
``text[start:end] == mention.text`` always holds.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression and the inclusive ISO interval it denotes (``None`` if unresolved).

    ``kind`` is ``date`` (a day, month, season, year or interval), ``duration`` ("for three
    weeks"), ``time`` (a clock time or part of day), or ``set`` ("every week").
    ``value`` is a TimeML-style value ("2025-03-27", "2025-03", "2024-W12", "P3W",
    "PAST_REF") for evaluation against TIMEX3; ``start``/``end`` are what claims use.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    date_start: str | None
    date_end: str | None


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A count of something, with approximation and bounds per SPEC 'quantity'.

    ``unit`` is the counted noun as written ("soldiers", "pieces", "transmission towers"),
    ``unit_start``/``unit_end`` its offsets, or ``None`` when the number stands alone.
    ``kind`` is ``count`` (a cardinal number of things), ``money``, ``percent``,
    ``measure`` (km, mm, tonnes) or ``other``; only ``count`` and ``money`` are claim
    quantities.
    """

    start: int
    end: int
    text: str
    value: float | int | None
    low: float | int | None
    high: float | int | None
    approx: str
    unit: str | None
    unit_start: int | None
    unit_end: int | None
    kind: str
    number_start: int
    number_end: int


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named or described actor and the SPEC entity id it stands for.

    ``kind`` is ``country`` (North Korea, Pyongyang, the North), ``demonym`` (North
    Korean), ``org`` (Joint Chiefs of Staff, KCNA), ``person`` (a named official by title),
    ``group`` (the Taliban, insurgents), ``side`` ("the enemy", "our troops": see :mod:`.sides`)
    or ``pronoun`` (not produced by the lexicon).
    """

    start: int
    end: int
    text: str
    entity: str | None
    kind: str


class SpanOverlaps:
    """Whether a span overlaps any of a set of spans, by bisection over their starts with the running
    maximum of their ends, so a long text's thousands of mentions are not scanned for every match."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end: list[int] = []
        reach = -1
        for _, e in ordered:
            reach = max(reach, e)
            self._max_end.append(reach)

    def any_with(self, start: int, end: int) -> bool:
        """Some span ``[s, e)`` has ``s < end`` and ``start < e``."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start
