"""Elliptical answers in a briefing transcript: "Q: Have Russian drones entered German airspace?
SPOKESPERSON: Not that we've seen."

A bare yes or no ("No.", "Not yet.", "Not that we've seen.", "Yes, we've seen that.") tells the
event the question raised, asserted or negated, in the answerer's voice, with the answer's own
words as evidence (the gold conventions, b13). A question's event has no claim of its own
(:func:`elliptical_answer` lets the event stage make it, in the answer's terms); an event the
reporter states before asking ("There were reports last week that a North Korean unit had crossed
into the Kharkiv region. ... Not that we've seen.") keeps its own claim and gains the answer's
(:func:`answered_drafts`). A longer answer tells its own events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from watchfloor.extract.context import DocContext, SourceAssignment
from watchfloor.extract.draft import Draft
from watchfloor.extract.segment import speaker_label_end

# "No.", "Not yet.", "Not that we've seen.", "We have not.", "Yes.", "Yes, we've seen that.", "Correct."
_ELLIPTICAL = re.compile(
    r"\s*(?:(?P<no>No|Nope|Not\s+yet|Not\s+that\s+(?:we|I)(?:'ve|’ve|\s+have)\s+seen|Not\s+at\s+this\s+time|"
    r"We\s+have\s+not|We\s+haven[’']t|Never|None)|(?P<yes>Yes|Correct|That[’']s\s+(?:right|correct)|"
    r"That\s+is\s+(?:right|correct)|Indeed|Affirmative))\b"
    r"(?:[.!?]|,\s+(?!but\b)(?:we|I|it|that|not)\b[^.!?]{0,30}[.!?])",
)
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "REPORTER"})

Answer = tuple[str, SourceAssignment | None, int, int]  # modality, answerer, evidence start and end


def elliptical_answer(ctx: DocContext, index: int) -> Answer | None:
    """The bare answer that opens the speaker turn right after sentence ``index``, or None."""
    if index + 1 >= len(ctx.seg.sentences):
        return None
    nxt = ctx.seg.sentences[index + 1]
    start = speaker_label_end(ctx.text, nxt.start)
    if start == nxt.start:
        return None  # the answer opens a speaker's turn
    found = _ELLIPTICAL.match(ctx.text, start, nxt.end)
    if found is None:
        return None
    modality = "asserted" if found.group("yes") else "negated"
    words = found.group().strip()
    start = found.start() + (len(found.group()) - len(found.group().lstrip()))
    end = start + len(words.rstrip(".!?"))
    return modality, ctx.sources.get(index + 1), start, end


def answered_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a claim added for each bare answer whose question turn stated its event
    before asking: the last event of the turn, told again as the answer tells it."""
    if not ctx.seg.turns or not drafts:
        return drafts
    added: list[Draft] = []
    for turn in ctx.seg.turns:
        if turn.label.upper().rstrip(".") not in _QUESTION_LABELS:
            continue
        last = ctx.sentence_of(max(turn.start, turn.end - 1))
        answer = elliptical_answer(ctx, last)
        if answer is None:
            continue
        modality, source, start, end = answer
        if any(d.ev_start == start for d in drafts):
            continue  # the question itself raised the event: its claim already speaks as the answer
        asked = [d for d in drafts if turn.start <= d.trigger.start < turn.end and d.modality != "possible"]
        if not asked:
            continue
        event = max(asked, key=lambda d: d.trigger.start)
        index = ctx.sentence_of(start)
        added.append(
            replace(
                event,
                sentence=index,
                paragraph=ctx.seg.sentence_paragraph[index],
                ev_start=start,
                ev_end=end,
                modality=modality,
                source=source,
                time=None,
                quantity=None,
                restates=None,
                within=None,
                extra_items=[],
            )
        )
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.sentence)
