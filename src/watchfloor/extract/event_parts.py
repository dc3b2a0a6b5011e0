"""Claims split from one sentence: the examples of a list ("including a hypersonic missile and
around 220 howitzers"), the counted parts of a toll ("including nine children") and two counts
sharing a passive ("12 aircraft and five vessels were detected") and the counts a deployment
sends or a watcher tracks ("dispatched 1,000 engineers and 5,000 construction workers", "tracked
32 aircraft, nine navy ships and two official vessels"): one claim each.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from watchfloor.extract.arguments import grammar
from watchfloor.extract.context import DocContext, ItemMention
from watchfloor.extract.counts import count_fits
from watchfloor.extract.draft import COUNT_KINDS, QUANTITY_CLASSES, Draft
from watchfloor.extract.lexicon_match import item_lexicon, trigger_lexicon
from watchfloor.extract.mentions import EntityMention, QuantityMention
from watchfloor.extract.segment import Segment
from watchfloor.lexicons import load

_WITH = re.compile(r"\bwith\b", re.IGNORECASE)


def split_examples(ctx: DocContext, head: Draft, sent: Segment, items: list[ItemMention]) -> list[Draft]:
    """Claims of their own for "including A and around 220 B" or "a X, a Y and a Z"."""
    g = grammar()
    text = ctx.text
    if head.obj is None or head.obj.cls == "territory" or head.obj.cls not in QUANTITY_CLASSES[head.type]:
        # "shelled 35 settlements, including the city of Kherson": the places hit, one claim; "the
        # strike killed 27 people, including nine children": the victims are the casualty's parts
        return []
    lo = max(head.obj.end, head.trigger.end)
    clause = _NEXT_CLAUSE.search(text, lo, sent.end)  # ", targeting Poltava as well as ...": another clause
    hi = clause.start() if clause else sent.end
    for speaker in ctx.speakers_of(head.sentence):
        if lo < speaker.start < hi:
            # "including howitzers and rocket launchers, committee member Lee told reporters": the comma
            # before the speaker's title ends the list
            comma = text.rfind(",", lo, speaker.start)
            hi = comma if comma > lo and speaker.start - comma <= 60 else speaker.start
    window = text[lo:hi]
    cut = None
    for word in g.list_heads:
        pos = window.lower().find(f" {word} ")
        if pos == -1 and window.lower().startswith(f", {word} "):
            pos = 1
        if pos != -1 and (cut is None or pos < cut[0]):
            cut = (pos, len(word) + 2)
    segments: list[tuple[int, int]] = []
    if cut is not None and cut[0] < 120:
        segments = _conjuncts(ctx, lo + cut[0] + cut[1], hi, require_det=False)
        head.split_end = lo + cut[0]
    else:
        conj = _conjuncts(ctx, _determiner_start(ctx, head.obj), hi, require_det=True)
        if len(conj) > 1 and _WITH.search(text, head.obj.end, conj[1][0]):
            conj = []  # "hit a bulk carrier with a drone boat and two missiles": what it was hit with
        if len(conj) > 1:
            segments = conj[1:]
            head.split_end = conj[1][0]
    out = []
    for start, end in segments:
        inner = [
            it
            for it in items
            if it.start >= start and it.end <= end and it.cls in QUANTITY_CLASSES[head.type] | {head.obj.cls}
        ]
        if not inner or (head.type == "CASUALTY" and _names_own_casualty(ctx, start, end)):
            continue  # "4,700 casualties, including 600 deaths": "deaths" makes a claim of its own
        quantity = next((q for q in ctx.quantities_within(start, end) if q.kind in COUNT_KINDS), None)
        if head.type == "ATTACK" and head.quantity is not None and quantity is None:
            continue  # "struck more than 40 targets, including weapons depots": examples of the 40, no claim
        item = head.item if head.type in ("CASUALTY", "DEPLOY") else inner[0].name
        child = head.child(
            head.sentence, head.paragraph, start, end, inner[0], quantity=quantity, item=item, basis=head.basis
        )
        own = next((t for t in ctx.times_within(start, end) if t.date_start), None)
        if own is not None:
            child.time = own  # "about a dozen missiles, including its new Hwasong-19 ICBM in October": that month
        out.append(child)
    if head.split_end is not None:
        if head.quantity is not None and head.quantity.start >= head.split_end:
            head.quantity = None
        head.ev_end = min(head.ev_end, trim_end(text, head.split_end))
    return out


def _names_own_casualty(ctx: DocContext, start: int, end: int) -> bool:
    """A noun of ``[start, end)`` that is a casualty trigger by itself ("600 deaths"; not the
    participle of "including an estimated 2,500 killed", which only names the part)."""
    readings = trigger_lexicon().readings
    for tok in ctx.tokens[ctx.tok_at(start) : ctx.tok_at(end)]:
        found = readings.get(tok.lower, ())
        if found and all(etype == "CASUALTY" and pos == "noun" for etype, pos in found):
            return True
    return False


# ", and has received ...": a coordinated clause with its own verb group (shared with events.py)
CLAUSE_AND = re.compile(r",\s+and\s+(?:has|have|had|is|are|was|were|will|would|also)\b", re.IGNORECASE)
# ", targeting Poltava", ", and has received ...": another clause, past the list
_NEXT_CLAUSE = re.compile(rf",\s+(?!including\b)[a-z]+ing\b|{CLAUSE_AND.pattern}", re.IGNORECASE)


_PART_HEADS = re.compile(r"[\s,]+(?:\w+\s+){0,2}?(?:including|among\s+them|among\s+whom|of\s+whom)\s+", re.IGNORECASE)


_AND_BETWEEN = re.compile(r"[^,;.]{0,60}?\s+and\s+\Z")


def passive_subject_parts(ctx: DocContext, head: Draft, sent: Segment, items: list[ItemMention]) -> list[Draft]:
    """ "12 Chinese aircraft and five naval vessels were detected", "102 men, 17 women and 12 children
    were killed": a passive whose subject lists counts of several kinds of thing gives each count a
    claim; the verb took the nearest one."""
    q2 = head.quantity
    if q2 is None or q2.end > head.trigger.start or head.noun:
        return []
    earlier = [q for q in _quantities_in(ctx, sent.start, q2.start) if q.kind in COUNT_KINDS]
    children: list[Draft] = []
    after, gap = q2, _AND_BETWEEN
    for q1 in reversed(earlier):
        if not gap.fullmatch(ctx.text, q1.end, after.start) or not count_fits(head, q1):
            break
        joint = " and " if gap is _AND_BETWEEN else ","
        cut = ctx.text.rfind(joint, q1.start, after.start)
        kinds = QUANTITY_CLASSES[head.type]
        things = [it for it in items if q1.start <= it.start and it.end <= cut and it.cls in kinds]
        thing = things[-1] if things else None
        if thing is None or ctx.text[max(q1.end, thing.end) : cut].strip(" )"):
            break  # "163 were taken to hospitals and 40 were hospitalized": two clauses, not one subject
        end = trim_end(ctx.text, max(q1.end, thing.end))
        children.append(
            head.child(
                head.sentence, head.paragraph, q1.start, end, thing,
                quantity=q1, item=head.item, basis=head.basis, passive=True,
            )
        )
        after, gap = q1, _COMMA_BETWEEN  # "102 men, 17 women and ...": the list goes on back by commas
    if children:
        head.ev_start = max(head.ev_start, q2.start)
    return children[::-1]


_COMMA_BETWEEN = re.compile(r"[^,;.]{0,60}?,\s*\Z")


_AND_GAP = re.compile(r"(?:\s+(?:to|into|in)\s+(?:[\w'’-]+\s+){0,4}?)?\s*,?\s+and\s+(?:[a-z]+\s+){0,2}\Z")


def deployed_counts(
    ctx: DocContext, head: Draft, items: list[ItemMention], verbs: list[int], people_only: bool = False
) -> list[Draft]:
    """ "dispatched around 1,000 military engineers and 5,000 construction workers": a second count
    of people sent by the same verb is a deployment of its own. ``verbs`` are where the sentence's
    other triggers start: a count after one of them is that verb's ("and is expected to dispatch
    some 5,000 workers")."""
    obj, q1 = head.obj, head.quantity
    kinds = QUANTITY_CLASSES[head.type]
    if head.noun or obj is None or obj.cls not in kinds or obj.start < head.trigger.end:
        return []
    if people_only:  # "will send a THAAD battery and about 100 troops to operate it": the troops deploy
        kinds = frozenset({"personnel"})
    children: list[Draft] = []
    last = obj  # "tracked 32 aircraft, nine navy ships and two official vessels": each count after the last
    for q2 in _quantities_in(ctx, obj.end, min(len(ctx.text), obj.end + 120)):
        if q2.kind not in COUNT_KINDS or q2.start < last.end:
            continue
        gap_ok = _AND_GAP.fullmatch(ctx.text, last.end, q2.start) or _COMMA_GAP.fullmatch(ctx.text, last.end, q2.start)
        if not gap_ok:
            break
        if any(last.end <= v < q2.start for v in verbs):
            break
        counted = [it for it in items if it.cls in kinds and q2.start <= it.start and q2.start < it.end <= q2.end + 40]
        # the noun the count ends on: "two official vessels" counts vessels, not officials
        people = next((it for it in counted if it.end == q2.end), counted[0] if counted else None)
        if people is None or ctx.text[q2.end : people.start].strip(" ,"):
            break
        if q2 is q1:
            head.quantity = None  # "an additional fighter squadron and two destroyers": the two are the destroyers
        children.append(
            head.child(
                head.sentence, head.paragraph, q2.start, people.end, people, "DEPLOY" if people_only else None,
                quantity=q2, item=head.item, basis=head.basis,
            )
        )
        head.ev_end = min(head.ev_end, trim_end(ctx.text, obj.end))
        last = people
        if len(children) == 3:
            break
    return children


_COMMA_GAP = re.compile(r"\s*,\s*")


_GOODS_GAP = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as|plus|along\s+with)\s+(?:(?:more|additional|new|other)\s+)?\Z")
_ARMS = frozenset({"weapon", "munition", "missile"})


def sent_with_forces(ctx: DocContext, head: Draft, items: list[ItemMention]) -> list[Draft]:
    """ "sent troops and artillery shells to Russia": arms joined to the forces a verb sends to
    another side are a transfer of their own, by the same sender."""
    obj = head.obj
    if head.type != "DEPLOY" or head.noun or obj is None or obj.cls != "personnel" or obj.start < head.trigger.end:
        return []
    to = head.recipient.entity if head.recipient is not None and head.recipient.entity else None
    if to is None or to.split(".")[0] == (head.actor_id or "").split(".")[0]:
        return []  # "Israel deployed troops and tanks": its own forces move with their arms, nothing given
    arms = next((it for it in items if it.start > obj.end and it.cls in _ARMS), None)
    if arms is None or not _GOODS_GAP.search(ctx.text, obj.end, arms.start):
        return []
    end = trim_end(ctx.text, arms.end)
    return [head.child(head.sentence, head.paragraph, arms.start, end, arms, "TRANSFER", basis=head.basis)]


def casualty_parts(ctx: DocContext, head: Draft, sent: Segment, items: list[ItemMention]) -> list[Draft]:
    """ "killed more than 540 people, including at least 100 civilians": each counted part is a
    claim of its own, ``within`` the total (a ledger must not add it again)."""
    lo = max(head.trigger.end, head.quantity.end, head.obj.end if head.obj is not None else 0)
    found = _PART_HEADS.search(ctx.text, lo, sent.end)
    if found is None or found.start() - lo > 90:
        return []
    out = []
    for start, end in _conjuncts(ctx, found.end(), sent.end, require_det=False):
        quantity = next((q for q in _quantities_in(ctx, start, end) if q.kind in COUNT_KINDS), None)
        people = [it for it in items if it.start >= start and it.end <= end and it.cls == "personnel"]
        dated = _dated_part(ctx, head, quantity, end) if quantity is not None else None
        if dated is not None:
            out.append(dated)  # "lost about 1,162,000 troops ..., including 1,190 over the past day"
            continue
        if quantity is None or not people or _names_own_casualty(ctx, start, end):
            continue
        if quantity.start >= people[0].end:
            continue  # "among them a child, and wounded three others": the count is the next claim's
        end = max(quantity.end, people[0].end)  # "nine children", not ", the ministry said"
        recipient = civilians_of(head.recipient, people[0]) if head.recipient is not None else None
        out.append(
            head.child(
                head.sentence, head.paragraph, start, end, people[0],
                recipient=recipient, quantity=quantity, item=head.item, within=head,
            )
        )
    if out:
        head.ev_end = min(head.ev_end, trim_end(ctx.text, found.start()))
    return out


_TIME_LINK = re.compile(r"\s+(?:(?:over|in|during|within|on)\s+)?", re.IGNORECASE)


def _dated_part(ctx: DocContext, head: Draft, quantity: QuantityMention, end: int) -> Draft | None:
    """A bare count right before a time of its own ("including 1,190 over the past day"): the same
    people, the part that fell in that time."""
    near = ctx.starting_in(ctx.times, quantity.end + 1, quantity.end + 13)
    when = next(
        (
            t
            for t in near  # starting within 12 characters after the count
            if _TIME_LINK.fullmatch(ctx.text, quantity.end, t.start)
            and t.end <= end + 40
        ),
        None,
    )
    if when is None or when.date_start is None:
        return None
    return head.child(
        head.sentence, head.paragraph, quantity.start, when.end, head.obj,
        quantity=quantity, time=when, item=head.item, within=head,
    )


@cache
def _state_victim_words() -> dict[str, frozenset[str]]:
    """grammar.yaml ``state_victims``: sector -> the words for its people ("soldiers": MIL)."""
    return {sec: frozenset(w.lower() for w in words) for sec, words in load("grammar")["state_victims"].items()}


def state_sector(people: str) -> str | None:
    """The sector of a state's people a toll counts ("four soldiers", "two police officers": MIL), or None."""
    text = people.lower()
    head = text.split()[-1]
    return next((sec for sec, words in _state_victim_words().items() if text in words or head in words), None)


def civilians_of(side: EntityMention, people: ItemMention | None) -> EntityMention:
    """The side's civilians (``XXX.CVL``) when the people counted are civilians ("nine children",
    "14 civilians"), else the side itself; an international body has no civilians of its own. A
    country named bare takes the sector of the state's people counted ("four soldiers" in Cameroon:
    CMR.MIL, and so are "two police officers", as sectors.yaml files police)."""
    if not side.entity or people is None:
        return side
    country = side.entity.split(".")[0]
    if country == "IGO":
        return side
    text = people.text.lower()
    if text.split()[-1] in item_lexicon().civilians:
        return EntityMention(side.start, side.end, side.text, f"{country}.CVL", side.kind)
    sector = None if "." in side.entity else state_sector(text)
    return EntityMention(side.start, side.end, side.text, f"{country}.{sector}", side.kind) if sector else side


def _quantities_in(ctx: DocContext, start: int, end: int) -> list[QuantityMention]:
    starts = ctx.starts_of(ctx.quantities)
    return [q for q in ctx.quantities[bisect_left(starts, start) : bisect_left(starts, end)] if q.end <= end]


def _determiner_start(ctx: DocContext, obj: ItemMention) -> int:
    """Start of the noun phrase of ``obj``: back over its modifiers to "a", "an" or "another"."""
    i = obj.tok_start - 1
    while i >= 0 and obj.tok_start - i <= 4:
        lower = ctx.tokens[i].lower
        if lower in {"a", "an", "another"}:
            return ctx.tokens[i].start
        if lower in {",", ";", "of", "the", "to"}:
            break
        i -= 1
    return obj.start


def _conjuncts(ctx: DocContext, start: int, end: int, *, require_det: bool) -> list[tuple[int, int]]:
    """Split ``[start, end)`` at commas and "and"/"or" that open a determiner or count."""
    text = ctx.text
    g = grammar()
    first = ctx.tok_at(start)
    last = ctx.tok_at(end)
    while first < last and not ctx.tokens[first].lower[:1].isalnum():
        first += 1
    if first >= last:
        return []
    quantity_starts = {q.start for q in _quantities_in(ctx, start, end) if q.kind in COUNT_KINDS}
    bounds = [ctx.tokens[first].start]
    i = first + 1
    while i < last:
        tok = ctx.tokens[i]
        if (
            tok.lower in {";", ")", "”", '"'}
            or tok.lower in g.stops - {"as"}
            or tok.lower in {"to", "from", "in", "on", "at"}
            and require_det
        ):
            break
        if tok.lower in {",", "and", "or"}:
            j = i + 1
            while j < last and ctx.tokens[j].lower in {",", "and", "or"}:
                j += 1
            if j < last:
                nxt = ctx.tokens[j]
                opens = nxt.lower in {"a", "an", "another"} or nxt.start in quantity_starts
                if opens:
                    bounds.append(nxt.start)
                    i = j + 1  # past the opener: "at least 250" opens a count, it ends no phrase
                    continue
        i += 1
    stop = ctx.tokens[i - 1].end if i - 1 < len(ctx.tokens) else end
    spans = []
    for k, b in enumerate(bounds):
        e = bounds[k + 1] if k + 1 < len(bounds) else stop
        spans.append((b, trim_end(text, e)))
    return [(s, e) for s, e in spans if e > s]


def trim_end(text: str, end: int) -> int:
    while (
        end > 0
        and text[end - 1] in " ,;:“”\"'\xa0\n"
        or text[max(0, end - 4) : end] == " and"
        or text[max(0, end - 3) : end] == " or"
    ):
        if text[max(0, end - 4) : end] == " and":
            end -= 4
        elif text[max(0, end - 3) : end] == " or":
            end -= 3
        else:
            end -= 1
    return end


# ", with as many as 8,000 of them in", ", including about 8,000 in", ", 8,000 of whom are in": a count
# of the forces told before, placed somewhere in particular (the count's own words are matched after it)
_PART_OPENER = re.compile(r"\s*,?\s*(?:with|including)\s+\Z|,\s*\Z", re.IGNORECASE)
_PART_PLACED = re.compile(
    r"\s+(?:(?:of\s+(?:them|those|whom)|more)\s+)?(?:(?:are|were|is|was|have\s+been|had\s+been)\s+)?"
    r"(?:(?:now|already|currently|reportedly|deployed|stationed|believed\s+to\s+be)\s+)*"
    r"(?:in|inside|near|on)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def located_parts(ctx: DocContext, head: Draft) -> list[Draft]:
    """ "some 10,000 North Korean troops are now in Russia, with as many as 8,000 of them in the Kursk
    region": a part of the forces a deployment counts, told where it stands, is a deployment of its
    own (the same sender and time, its own count and place)."""
    q1 = head.quantity
    if head.type != "DEPLOY" or q1 is None or head.obj is None or head.obj.cls != "personnel":
        return []
    text = ctx.text
    sent_end = ctx.seg.sentences[head.sentence].end
    lo = max(head.ev_end, q1.end, head.obj.end)
    for q2 in _quantities_in(ctx, lo, min(sent_end, lo + 60)):
        if q2.kind not in COUNT_KINDS or q2.value is None or q1.value is None or q2.value >= q1.value:
            continue
        if not _PART_OPENER.search(text, max(0, q2.start - 16), q2.start):
            continue
        placed = _PART_PLACED.match(text, q2.end)
        if placed is None:
            continue
        where = next(
            (
                p
                for p in (ctx.mention_at(ctx.places, placed.end()), ctx.mention_at(ctx.entities, placed.end()))
                if p is not None and p.entity and p.end <= sent_end
            ),
            None,
        )
        if where is None:
            continue
        recipient = EntityMention(where.start, where.end, where.text, where.entity.split(".")[0], "country")
        child = head.child(head.sentence, head.paragraph, q2.start, where.end, head.obj, quantity=q2, item=head.item)
        child.recipient = recipient
        child.basis = head.basis
        return [child]
    for q2 in _quantities_in(ctx, lo, min(sent_end, lo + 40)):
        if q2.kind not in COUNT_KINDS or not _AND_BEFORE.search(text, max(0, q2.start - 24), q2.start):
            continue
        follow = _TO_FOLLOW.match(text, q2.end)
        if follow is None:
            continue
        # "About 3,000 North Korean soldiers are already on Russian soil and 12,000 will soon follow": more
        # of the same forces to come, a deployment that may be
        child = head.child(
            head.sentence, head.paragraph, q2.start, follow.end(), head.obj, quantity=q2, item=head.item
        )
        child.modality = "possible"
        child.time = None
        return [child]
    return []


_AND_BEFORE = re.compile(r"\band\s+(?:another\s+|a\s+further\s+|an\s+additional\s+)?\Z", re.IGNORECASE)
# "12,000 will soon follow", "another 2,000 are expected to join them": more to come ("arrive" is a
# trigger of its own)
_TO_FOLLOW = re.compile(
    r"\s+(?:more\s+)?(?:will|would|could|may|are\s+(?:expected|set|due)\s+to)\s+(?:soon\s+|later\s+)?"
    r"(?:follow|join\s+them)\b",
    re.IGNORECASE,
)
