"""The per-document working state that the argument-attachment stages share.

Stages find mentions over the raw text (entities, quantities, times) and over spaCy tokens
(triggers, items). ``DocContext`` puts them side by side with fast lookups by character
offset, so the event stage can ask "which entity stands left of this trigger in its
sentence" without rescanning the text.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from watchfloor.extract.mentions import EntityMention, QuantityMention, TimeMention
from watchfloor.extract.segment import Segment, Segmentation

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Tok:
    """A token: its offsets and lower-cased text (spaCy tokens, copied once for speed)."""

    start: int
    end: int
    lower: str


@dataclass(frozen=True, slots=True)
class ItemMention:
    """A thing a claim can be about (troops, shells, a CCTV camera) and its class."""

    start: int
    end: int
    text: str
    cls: str
    name: str
    tok_start: int
    tok_end: int


@dataclass(frozen=True, slots=True)
class SourceAssignment:
    """Who speaks in a sentence: the source entity, its words and the words' offsets."""

    entity: str | None
    text: str
    start: int
    end: int
    cue_start: int
    cue_end: int
    sector: str | None = None  # the sector an earlier naming of the same unplaced body told ("the group")


@dataclass
class DocContext:
    """Everything the event stage needs about one document, indexed by offset."""

    text: str
    published: dt.date | None
    tokens: list[Tok]
    seg: Segmentation
    entities: list[EntityMention] = field(default_factory=list)
    places: list[EntityMention] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    items: list[ItemMention] = field(default_factory=list)
    sources: dict[int, SourceAssignment | None] = field(default_factory=dict)
    # sentences with two speakers ("..., the ministry said, while the military said it had hit"):
    # every attribution found, in text order, for the event stage to pick the one governing a clause
    clause_sources: dict[int, list[SourceAssignment]] = field(default_factory=dict)
    # sentences whose subject speaks only in a participle clause ("Hamas rejected the plan, saying
    # strikes had killed 30"): that subject, for what stands after the participle
    participle_sources: dict[int, SourceAssignment] = field(default_factory=dict)
    speaker_spans: list[tuple[int, int]] = field(default_factory=list)
    # (start, end) of a speaker the text does not place -> the side its claims gave it, and whether
    # that side was read from the side hit or the dateline (strong) or only from who acted
    speaker_sides: dict[tuple[int, int], tuple[str | None, bool]] = field(default_factory=dict)
    dateline_end: int = 0
    host: str | None = None  # the organisation the report comes from ("" once looked up and not found)
    publisher: str | None = None  # the publisher's name as given ("The White House"), if any
    dateline_country: str | None = None  # the country the report is filed from ("" when none)
    filed_country: str | None = None  # the same, or by a header's place and date (counterparts.filed_country)
    dominant: str | None = None  # the country the report is about (counterparts.dominant_country; "" when none)
    voice_country: str | None = None  # whose voice the text is in, dateline or header (sides.issuer_country; "" none)
    issuer: str | None = None  # the country whose voice a bulletin is in, when its sides resolved (sides.py)
    _item_ends: set[int] = field(default_factory=set)
    _item_ends_count: int = -1
    _tok_starts: list[int] = field(default_factory=list)
    _starts: dict[int, list[int]] = field(default_factory=dict)
    _sentence_starts: list[int] = field(default_factory=list)
    _speaker_starts: list[int] = field(default_factory=list)
    _memo: dict[str, tuple[object, object]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._tok_starts = [t.start for t in self.tokens]
        self._sentence_starts = [s.start for s in self.seg.sentences]

    def starts_of(self, mentions: list) -> list[int]:
        """Start offsets of a sorted mention list, computed once per list (lookups stay linear)."""
        key = id(mentions)
        cached = self._starts.get(key)
        if cached is None or len(cached) != len(mentions):
            cached = [m.start for m in mentions]
            self._starts[key] = cached
        return cached

    def memo(self, name: str, key: object, compute: Callable[[], T]) -> T:
        """``compute()``, worked out once per document while ``key`` stays the same: a figure over
        every mention that the event stage asks for claim after claim."""
        held = self._memo.get(name)
        if held is not None and held[0] == key:
            return held[1]  # type: ignore[return-value]
        value = compute()
        self._memo[name] = (key, value)
        return value

    def tok_at(self, char: int) -> int:
        """Index of the first token starting at or after ``char``."""
        return bisect_left(self._tok_starts, char)

    def tok_before(self, char: int) -> int:
        """Index of the last token starting before ``char`` (-1 if none)."""
        return bisect_left(self._tok_starts, char) - 1

    def tokens_between(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect_left(self._tok_starts, start), bisect_left(self._tok_starts, end))

    def sentence_of(self, char: int) -> int:
        """Index of the sentence holding ``char`` (the nearest one before it if between)."""
        return max(0, bisect_right(self._sentence_starts, char) - 1)

    def sentence_and_next(self, index: int) -> list[int]:
        """Sentence ``index`` and the one after it when the same paragraph holds both: where a clause
        pointing back ("and more are due", "This brings the number ...") may follow what it points to."""
        seg = self.seg
        nxt = index + 1
        same = nxt < len(seg.sentences) and seg.sentence_paragraph[nxt] == seg.sentence_paragraph[index]
        return [index, nxt] if same else [index]

    def mention_at(self, mentions: list, char: int):
        """The first of the sorted ``mentions`` that starts at ``char``, or ``None``."""
        starts = self.starts_of(mentions)
        k = bisect_left(starts, char)
        return mentions[k] if k < len(starts) and starts[k] == char else None

    def quantity_starts_at(self, char: int) -> bool:
        """True when a quantity mention starts at ``char``."""
        return self.mention_at(self.quantities, char) is not None

    def sentences_starting_in(self, start: int, end: int) -> range:
        """Indices of the sentences that start inside ``[start, end)``."""
        return range(bisect_left(self._sentence_starts, start), bisect_left(self._sentence_starts, end))

    def in_sentence(self, mentions: list, sent: Segment) -> list:
        """The mentions that lie wholly inside ``sent`` (mentions are sorted by start)."""
        starts = self.starts_of(mentions)
        lo = bisect_left(starts, sent.start)
        hi = bisect_left(starts, sent.end)
        return [m for m in mentions[lo:hi] if m.end <= sent.end]

    def is_speaker(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside the words that name a source."""
        spans = self.speaker_spans  # appended in text order by the attribution stage
        if len(self._speaker_starts) != len(spans):
            self._speaker_starts = [s for s, _ in spans]
        k = bisect_right(self._speaker_starts, start) - 1
        while k >= 0:
            s, e = spans[k]
            if end <= e:
                return True
            if start - s > 400:
                return False
            k -= 1
        return False

    def _within(self, mentions: list, start: int, end: int) -> list:
        """The sorted ``mentions`` lying inside ``[start, end)``, found by bisection."""
        starts = self.starts_of(mentions)
        return [m for m in mentions[bisect_left(starts, start) : bisect_left(starts, end)] if m.end <= end]

    def items_within(self, start: int, end: int) -> list[ItemMention]:
        """Item mentions lying inside ``[start, end)``."""
        return self._within(self.items, start, end)

    def starting_in(self, mentions: list, start: int, end: int) -> list:
        """The sorted ``mentions`` that start inside ``[start, end)``, wherever they end."""
        starts = self.starts_of(mentions)
        return mentions[bisect_left(starts, start) : bisect_left(starts, end)]

    def quantities_within(self, start: int, end: int) -> list[QuantityMention]:
        """Quantity mentions lying inside ``[start, end)``."""
        return self._within(self.quantities, start, end)

    def times_within(self, start: int, end: int) -> list[TimeMention]:
        """Time mentions lying inside ``[start, end)``."""
        return self._within(self.times, start, end)

    def speakers_of(self, index: int) -> list[SourceAssignment]:
        """Every speaker of sentence ``index``: its clause speakers when it has two, else its source."""
        if index in self.clause_sources:
            return self.clause_sources[index]
        source = self.sources.get(index)
        return [source] if source is not None else []

    def entities_within(self, start: int, end: int) -> list[EntityMention]:
        """Entity mentions lying inside ``[start, end)``."""
        return self._within(self.entities, start, end)

    def items_ending_at(self, tok: int) -> bool:
        """True when an item mention ends just before token ``tok``."""
        if self._item_ends_count != len(self.items):  # items are set after construction
            self._item_ends = {it.tok_end for it in self.items}
            self._item_ends_count = len(self.items)
        return tok in self._item_ends
