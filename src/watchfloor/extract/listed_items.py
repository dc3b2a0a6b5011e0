"""Claims for the lines of a list that a sentence ending in a colon opens.

An aid release tells its package in one sentence and lists what is in it below ("The capabilities
in this package include:" then "1. 155mm artillery rounds;", "- 20 MRAP vehicles;"). Each line
names a thing given and no verb, so no trigger finds it; each is a transfer of its own in the
gold conventions, by the package's giver to its receiver. :func:`list_item_drafts` gives every
such line that has no claim of its own a copy of the package's claim, with the line's thing and
count. Only transfers are listed this way: a list under a toll or a strike is a breakdown that
the claims of its lines already tell.
"""

from __future__ import annotations

import re

from watchfloor.extract.context import DocContext, ItemMention
from watchfloor.extract.counts import count_fits
from watchfloor.extract.draft import QUANTITY_CLASSES, Draft
from watchfloor.extract.segment import LIST_MARKER, Segment

_BULLET = re.compile(r"[-*•–—·▪]\s+")
# what a list line may end with: "...rounds;", "...grenades; and", "...equipment."
_LINE_END = re.compile(r"[\s;,.]*(?:\b(?:and|or)\b)?[\s;,.]*\Z")
_LOOK_BACK = 4  # sentences before the colon in which the package may be told
_MAX_LINE = 200  # longer than this, a line is prose, not an entry of a list


def list_item_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a transfer added for every thing listed under a package (module doc)."""
    if not drafts or ":" not in ctx.text:
        return drafts
    sentences = ctx.seg.sentences
    told = {d.sentence for d in drafts}
    added: list[Draft] = []
    index = 0
    while index < len(sentences):
        intro = sentences[index]
        if not ctx.text[intro.start : intro.end].rstrip().endswith(":"):
            index += 1
            continue
        head = _package(drafts, index)
        line = index + 1
        while line < len(sentences) and _is_list_line(ctx, line):
            if head is not None and line not in told:
                child = _line_claim(ctx, head, sentences[line], line)
                if child is not None:
                    added.append(child)
            line += 1
        index = line if line > index + 1 else index + 1
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.sentence)  # stable: a sentence's own order stays


def _package(drafts: list[Draft], intro: int) -> Draft | None:
    """The transfer the list spells out: the colon sentence's own, else the last one told in the
    few sentences before it ("It is valued at up to $275 million. The capabilities in this package
    include:")."""
    for draft in reversed(drafts):
        if draft.sentence > intro:
            continue
        if draft.sentence < intro - _LOOK_BACK:
            break
        if draft.type == "TRANSFER":
            return draft
    return None


def _is_list_line(ctx: DocContext, index: int) -> bool:
    """A sentence that is a paragraph of its own, short, opened by a number or bullet or closed by
    a semicolon: an entry of the list above it."""
    sent = ctx.seg.sentences[index]
    para = ctx.seg.paragraphs[ctx.seg.sentence_paragraph[index]]
    if sent.end - sent.start > _MAX_LINE or ctx.text[sent.end : para.end].strip():
        return False  # another sentence follows in the paragraph: prose
    opening = ctx.text[para.start : sent.start + 3]
    marked = LIST_MARKER.match(opening) is not None or _BULLET.match(opening) is not None
    return marked or ctx.text[sent.start : sent.end].rstrip().endswith((";", "; and", "; or"))


def _line_claim(ctx: DocContext, head: Draft, sent: Segment, index: int) -> Draft | None:
    """The package's claim narrowed to one line: its thing, its count, its words as evidence."""
    start = sent.start
    bullet = _BULLET.match(ctx.text, start)
    if bullet is not None:
        start = bullet.end()
    end = start + len(_LINE_END.sub("", ctx.text[start : sent.end]))
    kinds = QUANTITY_CLASSES["TRANSFER"]
    things = [it for it in ctx.items_within(start, end) if it.cls in kinds]
    if not things or end <= start:
        return None
    child = Draft(
        head.type,
        head.trigger,
        index,
        ctx.seg.sentence_paragraph[index],
        head.noun,
        start,
        end,
        obj=things[0],
        actor=head.actor,
        actor_id=head.actor_id,
        recipient=head.recipient,
        time=head.time if head.time is not None and not _running_since(ctx, head) else None,
        modality=head.modality,
        source=head.source,
        item=things[0].name,
        place_recipient=head.place_recipient,
    )
    child.quantity = _count(ctx, child, things[0], start)
    return child


def _running_since(ctx: DocContext, head: Draft) -> bool:
    """ "the fifty-fifth tranche ... since August 2021": the span of all the tranches, not this one."""
    assert head.time is not None
    return ctx.text[head.time.start : head.time.end].lower().startswith("since")


def _count(ctx: DocContext, draft: Draft, thing: ItemMention, start: int):  # noqa: ANN202 - QuantityMention
    """ "20 Mine Resistant Ambush Protected (MRAP) vehicles": the count before the line's thing."""
    for q in ctx.quantities:
        if start <= q.start and q.end <= thing.end + 40 and q.start < thing.end and count_fits(draft, q):
            return q
    return None
