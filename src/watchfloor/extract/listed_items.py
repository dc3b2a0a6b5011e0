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
from dataclasses import replace

from watchfloor.extract.context import DocContext, ItemMention
from watchfloor.extract.counts import count_fits
from watchfloor.extract.draft import QUANTITY_CLASSES, Draft
from watchfloor.extract.lexicon_match import Trigger, trigger_lexicon
from watchfloor.extract.segment import LIST_MARKER, Segment

_BULLET = re.compile(r"[-*•–—·▪]\s+")
# what a list line may end with: "...rounds;", "...grenades; and", "...equipment."
_LINE_END = re.compile(r"[\s;,.]*(?:\b(?:and|or)\b)?[\s;,.]*\Z")
_LOOK_BACK = 4  # sentences before the colon in which the package may be told
_MAX_LINE = 200  # longer than this, a line is prose, not an entry of a list


def list_item_drafts(ctx: DocContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with a transfer added for every thing listed under a package (module doc)."""
    if ":" not in ctx.text:
        return drafts
    sentences = ctx.seg.sentences
    listed = [_is_list_line(ctx, i) for i in range(len(sentences))]  # read once: three passes ask
    told = {d.sentence for d in drafts}
    added: list[Draft] = []
    index = 0
    while index < len(sentences):
        if not _opens_list(ctx, sentences[index]):
            index += 1
            continue
        head = _package(drafts, index)
        line = index + 1
        while line < len(sentences) and listed[line]:
            if line not in told and head is not None:
                child = _line_claim(ctx, head, sentences[line], line)
                if child is not None:
                    added.append(child)
                    told.add(line)
            line += 1
        index = line if line > index + 1 else index + 1
    for index in range(1, len(sentences)):
        # a tally needs no colon above it: the MND's daily list may sit under a heading
        if index not in told and listed[index]:
            child = _tally_claim(ctx, sentences[index], index, sentences[index - 1])
            if child is not None:
                added.append(child)
                part = _part_moved(ctx, child, sentences[index])
                if part is not None:
                    added.append(part)
    _speak_for_lists(ctx, drafts, listed)
    if not added:
        return drafts
    return sorted(drafts + added, key=lambda d: d.sentence)  # stable: a sentence's own order stays


def _speak_for_lists(ctx: DocContext, drafts: list[Draft], listed: list[bool]) -> None:
    """ "The army said 12 rebels were killed. Operational results: - 3 killed - 4 captured": the lines
    of a list under a colon sentence with no speaker of their own are told by the speaker just above;
    a state army or government telling a toll of others' people in its results took them."""
    sentences = ctx.seg.sentences
    for draft in drafts:
        if not listed[draft.sentence]:
            continue
        intro = draft.sentence - 1
        while intro >= 0 and listed[intro]:
            intro -= 1
        if intro < 0 or not _opens_list(ctx, sentences[intro]):
            continue
        if draft.source is None:
            told_above = [d.source for d in drafts if intro - 1 <= d.sentence <= intro and d.source is not None]
            teller = ctx.sources.get(intro) or (told_above[-1] if told_above else None)
            if teller is not None and not teller.entity and told_above:
                teller = told_above[-1]  # "The army said ...": placed by the event stage, not by the words
            if teller is not None and teller.entity:
                draft.source = teller
        if draft.source is not None and draft.source.entity:
            _results_taken_by_teller(ctx, draft)


def _results_taken_by_teller(ctx: DocContext, draft: Draft) -> None:
    """ "- 7 members of the Frente 57 killed", "- 3 captured" in an army's results: the army took them
    (not "- 2 soldiers wounded", its own people)."""
    assert draft.source is not None and draft.source.entity
    country, _, sector = draft.source.entity.partition(".")
    victims = (draft.recipient.entity or "") if draft.recipient is not None else ""
    if (
        draft.type == "CASUALTY"
        and draft.actor_id is None
        and sector in ("MIL", "GOV")
        and draft.item in ("killed", "captured")
        and not (victims[:3] == country and victims[4:] in ("MIL", "GOV"))
        and not _OWN_PEOPLE.search(ctx.text, draft.ev_start, draft.ev_end)
    ):
        draft.actor_id = f"{country}.MIL"


# "2 soldiers wounded", "a police officer killed": the teller's own people, not those it took
_OWN_PEOPLE = re.compile(r"\b(?:soldiers?|troops|servicem[ae]n|police(?:men|\s+officers?)?|marines?|officers?)\b", re.I)


def _opens_list(ctx: DocContext, sent: Segment) -> bool:
    """A sentence ending in a colon: "The capabilities in this package include:"."""
    return ctx.text[sent.start : sent.end].rstrip().endswith(":")


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
    child = head.child(
        index, ctx.seg.sentence_paragraph[index], start, end, things[0], item=things[0].name,
        place_recipient=head.place_recipient,
    )
    if head.time is not None and _running_since(ctx, head):
        child.time = None
    child.quantity = _count(ctx, child, things[0], start)
    return child


def _tally_claim(ctx: DocContext, sent: Segment, index: int, intro: Segment) -> Draft | None:
    """ "* PLA aircraft: 23", "* PLAN vessels: 7" under "According to the MND's daily report:": ships
    and aircraft a watcher counted around it, a deployment by their owner towards the watcher. The
    owner is named in the line ("PLA") or in the sentences just before the list ("Chinese military
    activity"); the watcher is the line's source."""
    found = _TALLY.match(ctx.text, sent.start, sent.end)
    source = ctx.sources.get(index)
    if found is None or source is None or not source.entity:
        return None
    label_start, label_end = found.span("label")
    things = [it for it in ctx.items_within(label_start, label_end) if it.cls in _COUNTED_FORCES]
    count = _count_at(ctx, found.start("count"))
    if not things or count is None:
        return None
    watcher = source.entity.split(".")[0]
    owner = _owner(ctx, label_start, label_end, intro, watcher)
    if owner is None:
        return None
    thing = things[-1]
    aside = _ASIDE_OPEN.search(ctx.text, found.end(), sent.end)
    trigger = Trigger(thing.start, thing.end, thing.tok_start, thing.tok_end, thing.text, (("DEPLOY", "noun"),))
    hosts = [e for e in ctx.entities if e.entity and e.entity.split(".")[0] == watcher and e.start < sent.start]
    hosts = [e for e in hosts if e.kind == "country"] or hosts  # "Taiwan" rather than "the MND"
    draft = Draft(
        "DEPLOY",
        trigger,
        index,
        ctx.seg.sentence_paragraph[index],
        True,
        label_start,
        aside.start() if aside else sent.end,
        obj=thing,
        actor=owner if owner.start >= label_start else None,
        actor_id=owner.entity,
        recipient=hosts[-1] if hosts else None,
        quantity=count,
        time=_time_above(ctx, index),
        source=source,
        item=thing.name,
    )
    draft.time_borrowed = draft.time is not None
    return draft


def _part_moved(ctx: DocContext, tally: Draft, sent: Segment) -> Draft | None:
    """ "PLA aircraft: 23 (15 crossed the median line ...)": the part of the tally that moved on, a
    deployment of its own with its own count."""
    aside = _ASIDE_OPEN.search(ctx.text, tally.ev_end, sent.end)
    if aside is None:
        return None
    part = _PART_MOVED.match(ctx.text, aside.end(), sent.end)
    if part is None or part.group("verb").lower() not in trigger_lexicon().subject_movers:
        return None
    count = _count_at(ctx, part.start("count"))
    if count is None:
        return None
    verb_start, verb_end = part.span("verb")
    trigger = Trigger(
        verb_start, verb_end, ctx.tok_at(verb_start), ctx.tok_at(verb_end), part.group("verb"), (("DEPLOY", "verb"),)
    )
    close = ctx.text.find(")", verb_end, sent.end)
    child = replace(tally, trigger=trigger, noun=False, ev_start=count.start, ev_end=close if close != -1 else sent.end)
    child.quantity = count
    return child


_ASIDE_OPEN = re.compile(r"\s*\(")
# "15 crossed the median line", "9 of them entered the ADIZ": a count and the verb of its movement
_PART_MOVED = re.compile(
    r"\s*(?P<count>\d[\d,]*)\s+(?:(?:of\s+them|of\s+which|aircraft|sorties)\s+)?(?P<verb>[a-z]+)\b"
)


def _time_above(ctx: DocContext, index: int):  # noqa: ANN202 - TimeMention
    """The period the tally covers: the last date told in the few sentences above the list ("in
    the 24 hours to 6 a.m. on Tuesday"), past the dateline and not ahead of it."""
    lo = ctx.seg.sentences[max(0, index - _LOOK_BACK)].start
    hi = ctx.seg.sentences[index].start
    published = ctx.published.isoformat() if ctx.published else None
    dated = [
        t
        for t in ctx.times
        if lo <= t.start < hi
        and t.start >= ctx.dateline_end
        and t.date_start is not None
        and (published is None or t.date_start <= published)
    ]
    return dated[-1] if dated else None


# "* PLA aircraft: 23 (15 crossed the median line ...)": a label, a colon and its count
_TALLY = re.compile(r"[-*•–—·▪\s]*(?P<label>[A-Za-z][\w .'’-]{1,60}?)\s*:\s*(?P<count>\d[\d,]*)\b")
_COUNTED_FORCES = frozenset({"platform", "drone", "balloon"})


def _owner(ctx: DocContext, start: int, end: int, intro: Segment, watcher: str):  # noqa: ANN202 - EntityMention
    """Whose ships or aircraft a tally line counts: an entity in its label, else the last one of
    another side than the watcher named in the list's colon sentence or the sentence before it."""
    inside = [e for e in ctx.entities_within(start, end) if e.entity and e.entity.split(".")[0] != watcher]
    if inside:
        return inside[0]
    index = ctx.sentence_of(intro.start)
    lo = ctx.seg.sentences[max(0, index - 1)].start
    before = [
        e for e in ctx.entities_within(lo, intro.end) if e.entity and e.entity.split(".")[0] not in (watcher, "IGO")
    ]
    return before[-1] if before else None


def _count_at(ctx: DocContext, char: int):  # noqa: ANN202 - QuantityMention
    """The count that starts at ``char`` ("23" of "PLA aircraft: 23"), or None."""
    found = ctx.mention_at(ctx.quantities, char)
    return found if found is not None and found.kind == "count" else None


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
