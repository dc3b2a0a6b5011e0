"""Assemble: draft claims of a whole document become grounded, frozen ``Claim``s.

Document-level rules live here because they need every sentence at once:
- a later mention that only refers back to an earlier event ("the troop deployment", "the
  CCTV camera was installed in early February") is folded into the earlier claim, giving it
  the time and source it lacked, and is not emitted again;
- a restatement that repeats a figure (the lede paraphrasing the quote) stays a claim of its
  own, linked by ``restates`` to the first one, as the SPEC asks (both evidences, one entry);
- the channel (publisher, wire credit in the dateline) is set on every claim.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import cache

from watchfloor.extract.arguments import agent_told_after, grammar
from watchfloor.extract.counterparts import names_region
from watchfloor.extract.dateline import find_dateline
from watchfloor.extract.docdate import infer_published
from watchfloor.extract.draft import Draft
from watchfloor.extract.event_parts import civilians_of
from watchfloor.extract.events import (
    anchors_time,
    event_reference,
    fight_of_toll,
    same_side,
    sides_in_dominant_country,
)
from watchfloor.extract.lexicon_match import item_lexicon, trigger_lexicon
from watchfloor.extract.mentions import EntityMention
from watchfloor.extract.pipeline import run
from watchfloor.lexicons import load
from watchfloor.model import Claim, Document, Quantity, Source, Span, TimeSpan

MAX_CHARS = 2_000_000  # beyond this a "report" is a corpus: refuse rather than stall
_NEAR_PARAGRAPHS = 4
_SURROGATE = re.compile("[\ud800-\udfff]")


class DocumentTooLargeError(ValueError):
    """Raised for a text longer than :data:`MAX_CHARS`; split it into reports first."""


def extract_claims(document: Document) -> list[Claim]:
    """Every claim of one document, in text order (see ``docs/spec.md``)."""
    text = document.text
    if len(text) > MAX_CHARS:
        raise DocumentTooLargeError(
            f"text of {len(text):,} characters exceeds the {MAX_CHARS:,}-character limit for one report"
        )
    dateline = find_dateline(text)
    published = _parse_date(document.published)
    if published is None:
        published = infer_published(text)
    # Lone surrogates (bad decodes) cannot be hashed by spaCy: stand in U+FFFD, same length.
    safe = _SURROGATE.sub("\ufffd", text)
    doc = run(safe, published, dateline.end if dateline else 0, document.publisher)
    drafts: list[Draft] = doc._.wf_drafts
    # Text before a dateline is headline, kicker or caption matter that the story restates.
    start = dateline.end if dateline is not None else _headline_end(text)
    kept = _fold_references(
        [
            d
            for d in drafts
            if d.ev_start >= start
            and not _in_heading(text, d)
            and not _in_title_line(text, d)
            and not _in_run_in_heading(text, d)
            and not _in_record_fields(text, d)
            and not _in_table_row(text, d)
        ],
        text,
    )
    channel = _channel(document.publisher, dateline.credit if dateline else None)
    _carry_targets(kept, text)
    sides_in_dominant_country(doc._.wf, kept)
    kept = [d for d in kept if not anchors_time(doc._.wf, d, kept)]  # "five days before the attack": told elsewhere
    kept = [d for d in kept if not fight_of_toll(doc._.wf, d, kept)]  # "killed in an exchange of fire": the toll's
    kept = _once_each(kept)
    if published is not None:
        for draft in kept:
            _bound_by_report(text, draft, published)
            _from_now_until(text, draft, published)
    restated = _restatements(kept)
    parts = _breakdowns(kept, restated)
    claims = []
    for index, draft in enumerate(kept):
        if draft.ev_end <= draft.ev_start:  # a list cut before the head's own words: keep the trigger
            draft.ev_start, draft.ev_end = draft.trigger.start, draft.trigger.end
        restates = restated[index]
        if restates is not None and draft.recipient is None:
            draft.recipient = kept[restates].recipient  # the restatement of "sent 3,000 to Russia"
        claim = _to_claim(text, draft, channel, document.id, restates)
        claims.append(replace(claim, part_of=parts[index]) if parts[index] is not None else claim)
    return claims


def _once_each(kept: list[Draft]) -> list[Draft]:
    """The first of two drafts that tell the same thing on the same words (``_told_again``), read twice off
    one clause ("posted ... had been withdrawn", "a further 60 are expected to arrive"), with what the second
    adds (its time, source, side); the ledger would count it twice."""
    out: list[Draft] = []
    alike: dict[tuple, _KeptAlike] = {}  # the drafts kept so far by what _told_again compares first
    for d in kept:
        q = d.quantity
        key = (d.type, d.item, d.modality, q.value if q else None, q.approx if q else None)
        group = alike.get(key)
        first = group.first_told_again(d) if group is not None else None
        if first is None:
            out.append(d)
            alike.setdefault(key, _KeptAlike()).add(d, len(out))
        else:
            _add_what_it_adds(first, d)
    return out


def _add_what_it_adds(first: Draft, again: Draft) -> None:
    """ "a further 60 are expected" then "60 are expected to arrive by Friday": what the second telling
    adds (a time, a source, a receiver, a doer) stays on the first."""
    first.time = first.time or again.time
    first.source = first.source or again.source
    first.recipient = first.recipient or again.recipient
    if first.actor_id is None and again.actor_id is not None:
        first.actor, first.actor_id = again.actor, again.actor_id


class _KeptAlike:
    """Kept drafts of one type, item, modality and count, ordered by where their evidence starts: a
    draft told again must overlap the evidence of the one it repeats, so only those starting within
    the longest evidence kept are asked (a long text keeps thousands of drafts)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._entries: list[tuple[int, Draft]] = []  # (order kept, draft), in the order of _starts
        self._cut: list[tuple[int, Draft]] = []  # evidence ending before it starts (a list cut short): always asked
        self._longest = 0

    def add(self, d: Draft, order: int) -> None:
        if d.ev_end < d.ev_start:
            self._cut.append((order, d))
            return
        i = bisect_right(self._starts, d.ev_start)
        self._starts.insert(i, d.ev_start)
        self._entries.insert(i, (order, d))
        self._longest = max(self._longest, d.ev_end - d.ev_start)

    def first_told_again(self, d: Draft) -> Draft | None:
        """The earliest kept draft that ``d`` tells again, if any."""
        if d.ev_end < d.ev_start:
            near = self._entries
        else:
            near = self._entries[
                bisect_left(self._starts, d.ev_start - self._longest) : bisect_right(self._starts, d.ev_end)
            ]
        found = [(order, e) for order, e in near + self._cut if _told_again(d, e)]
        return min(found, key=lambda pair: pair[0])[1] if found else None


def _told_again(d: Draft, earlier: Draft) -> bool:
    """One type, item, modality and count, on evidence that overlaps (with a count) or nests (without)."""
    if (d.type, d.item, d.modality) != (earlier.type, earlier.item, earlier.modality):
        return False
    q, eq = d.quantity, earlier.quantity
    if (q.value if q else None, q.approx if q else None) != (eq.value if eq else None, eq.approx if eq else None):
        return False
    if q is not None:  # "a further 60 are expected" and "60 are expected to arrive by Friday": one count
        return d.ev_start < earlier.ev_end and earlier.ev_start < d.ev_end
    nested = earlier.ev_start <= d.ev_start and d.ev_end <= earlier.ev_end
    return nested or (d.ev_start <= earlier.ev_start and earlier.ev_end <= d.ev_end)


def _in_heading(text: str, draft: Draft) -> bool:
    """A claim with no count on a line of its own of a few words and no sentence end ("Ballistic
    missile launch" over a section of a release): a heading the section below tells."""
    if draft.quantity is not None:
        return False
    lo, hi = _line_bounds(text, draft.ev_start, draft.ev_end)
    line = text[lo:hi].strip()
    if not line or hi == len(text) or lo == 0:
        return False  # the first line is the headline's rule; the last is no heading
    ended = line.endswith(_SENTENCE_ENDS)
    return len(line.split()) <= 6 and not any(ch.isdigit() for ch in line) and not ended


_TITLE_REACH = 1000  # characters from the top of a report in which its title lines stand
_TITLE_LENGTH = 160  # characters a title line has at most
_BULLETS = frozenset("-*•▪‣–—")
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][\"”’)]?\s+[A-Z(\"“]")  # a sentence ending inside a line


def _in_title_line(text: str, draft: Draft) -> bool:
    """A claim read off a title line near the top of a report: a line with no sentence end that is a
    paragraph of its own ("JNIM claims attack on Togolese army post in Kpendjal; the army gives a lower toll")
    or is set in capitals ("SUBJECT: COTE D'IVOIRE: ATTACK ON GENDARMERIE POST AT TEHINI"). The title names
    what the report then tells; a headline's claim is optional gold at most."""
    if draft.ev_end > _TITLE_REACH:
        return False
    lo, hi = _line_bounds(text, draft.ev_start, draft.ev_end)
    if "\n" in text[lo:hi]:
        return False
    line = text[lo:hi].strip()
    if not line or len(line) > _TITLE_LENGTH or line.endswith((*_SENTENCE_ENDS, ";", ",")):
        return False
    if line[:1] in _BULLETS:
        return False  # "-   Iran's terrorist network should be neutralized; and": an item of a list
    if _SENTENCE_BREAK.search(line):
        return False  # "1/13  Soldiers ... board trucks in Marawi. (Demo photo)": a caption's sentences
    letters = [ch for ch in line if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)
    alone = (lo == 0 or text[max(0, lo - 2) : lo] == "\n\n") and (hi == len(text) or text.startswith("\n\n", hi))
    return capitals or alone


# a run-in heading: a few words and a full stop opening a paragraph that goes on on the same line
# ("Surveillance and equipment. Of 30 thermal cameras ordered in 2024, ...")
_RUN_IN_HEADING = re.compile(r"[ \t]*([A-Z][a-z]+(?:[ \t]+(?:and|&|of|[A-Za-z][a-z]+)){0,3})\.[ \t]+(?=[A-Z0-9\"“])")


def _in_run_in_heading(text: str, draft: Draft) -> bool:
    """A claim with no count read off a paragraph's run-in heading ("Surveillance and equipment."):
    the section's topic, which the sentences after it tell."""
    if draft.quantity is not None or not draft.noun:
        return False  # ("Gunmen attacked. Police said ...": a verb tells an act, no heading)
    lo, _ = _line_bounds(text, draft.ev_start, draft.ev_end)
    found = _RUN_IN_HEADING.match(text, lo)
    return found is not None and draft.ev_end <= found.end(1)


# a line of a record's coded fields: "ID: CSM-26-0313 | DATE: 2026-03-18 | TYPE: Armed clash | FAT: 1"
_FIELD = re.compile(r"(?:^|\|)[^\S\n]*[A-Z][A-Z0-9 /-]{0,24}[^\S\n]*:")


def _in_record_fields(text: str, draft: Draft) -> bool:
    """A claim read off a line of a record's coded fields, three or more "KEY: value" cells split by
    "|" ("TYPE: Armed clash | FAT: 1"): the codes name kinds of events, not an event the text tells;
    the record's notes below tell it."""
    lo, hi = _line_bounds(text, draft.trigger.start, draft.trigger.end)
    line = text[lo:hi]
    return line.count("|") >= 2 and len(_FIELD.findall(line)) >= 3


_TABLE_CELL_WORDS = 4  # words a cell of a text table holds at most ("Suspects killed", "Crocodile Bridge", "7")


def _in_table_row(text: str, draft: Draft) -> bool:
    """A claim read off a row of a text table, four or more short cells split by "|" ("Section |
    Armed contacts | Suspects killed | Rangers wounded", "Crocodile Bridge | 7 | 2 | 1"): column names
    and counts whose events the text around the table tells."""
    lo, hi = _line_bounds(text, draft.trigger.start, draft.trigger.end)
    cells = text[lo:hi].split("|")
    return len(cells) >= 4 and all(len(cell.split()) <= _TABLE_CELL_WORDS for cell in cells)


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end of the line (or lines) that hold ``text[start:end]``, newlines excluded."""
    hi = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if hi == -1 else hi


def _headline_end(text: str) -> int:
    """Where a report with no dateline starts after its headline: a short first line with no
    sentence end, followed by the story ("Lithuania hands over new military aid package to
    Ukraine"), restates the story; else 0."""
    lead = len(text) - len(text.lstrip())
    cut = text.find("\n", lead)
    if cut == -1 or not text[cut:].strip():
        return 0
    line = text[lead:cut].strip()
    if not line or len(line) > 120 or line.endswith((*_SENTENCE_ENDS, ",")):
        return 0
    if _SPEAKER_LABEL.match(line) or line.split()[-1].lower() in _WRAP_ENDS:
        return 0  # "MR. RYDER: Russia has launched ... drones at": a transcript wrapped mid-sentence
    following = text[cut:].lstrip()
    if following[:1].islower():
        return 0  # a sentence that goes on on the next line
    return cut


# a speaker label opening a transcript line ("MR. RYDER:"); wider than segment's, on purpose: a
# headline never has one
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z.'’ -]{1,40}:\s")
_SENTENCE_ENDS = (".", "!", "?", "”", '"', ":")  # a line ending so is a sentence, no heading
_WRAP_ENDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that", "as",
     "into", "than", "its", "their", "his", "her"}
)


def _parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not match:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:[a-z]+ed|began|begun|broke\s+out|came|took|fell|went|was\s+\w+|were\s+\w+)"
    r"(?:\s+[a-z][\w'’-]*){0,3}?\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)


def _bound_by_report(text: str, draft: Draft, published: dt.date) -> None:
    """A reported fact cannot run past its report: "installed ... this month" ends at the
    dateline, and "killed since the war began in October" runs from October to the dateline."""
    t = draft.time
    if t is None or t.date_start is None or t.date_end is None or draft.modality == "possible":
        return
    day = published.isoformat()
    if t.date_start >= day or _BY.search(text, max(0, t.start - 8), t.start):
        return  # "to be sent before the end of the year": a deadline, which runs past the report
    end = t.date_end
    if _SINCE_EVENT.search(text, max(0, t.start - 70), t.start):
        end = day
    elif end > day:
        end = day
    if end != t.date_end:
        draft.time = replace(t, date_end=end)


_BY = re.compile(r"\b(?:by|before)\s+\Z", re.IGNORECASE)


def _from_now_until(text: str, draft: Draft, published: dt.date) -> None:
    """ "will build a barrier by 2028", "deliveries are expected by (or before) the end of the
    year": a deadline runs from the report to the end of the period named."""
    t = draft.time
    if t is None or t.date_start is None or t.date_end is None:
        return
    day = published.isoformat()
    if t.date_end < day or t.date_start == day or not _BY.search(text, max(0, t.start - 8), t.start):
        return
    draft.time = replace(t, date_start=day)  # "before the end of the year": not its last third, from now


def _fold_references(drafts: list[Draft], text: str) -> list[Draft]:
    kept: list[Draft] = []
    for draft in drafts:
        # "the ambush was ordered by a clique": who did it, told after, is a claim of its own
        attributed = draft.noun and draft.actor is not None and agent_told_after(text, draft.trigger.end)
        # "denied any responsibility": the act the denial is about, told before
        pointing = draft.definite or draft.denial
        target = None
        if pointing and draft.quantity is None and not attributed:
            target = _act_claimed(kept, draft) if draft.denial or draft.claimed else _referent(kept, draft)
        flight = not draft.intercepted and draft.trigger.lower in trigger_lexicon().only_with["LAUNCH"]
        # "sent", "floated": the only_with forms of balloons alone, which send rather than fly
        sending = trigger_lexicon().only_with["LAUNCH"].get(draft.trigger.lower) == {"balloon"}
        sending = sending and draft.quantity is not None
        if target is None and draft.type == "LAUNCH" and flight and not sending:
            # not "has sent about 6,000 balloons this year": balloons sent, counted, are news of their own
            target = _flight_of(kept, draft)  # "The missiles flew about 130 kilometres": the launch told
        if target is not None and (draft.denial or draft.claimed):
            # "Hezbollah denied responsibility for the attack", "FLNC claimed the bombings": a claim of its
            # own about the act told before, which keeps that act's date and target
            if target.time is not None:
                draft.time = target.time
            if draft.recipient is None:
                draft.recipient = target.recipient
            target = None
        if target is None:
            kept.append(draft)
            continue
        if target.time is None and draft.time is not None:
            target.time = draft.time
        if target.source is None and draft.source is not None:
            target.source = draft.source
        if target.recipient is None and draft.recipient is not None:
            target.recipient = draft.recipient
        if target.actor_id is None and draft.actor_id is not None:
            # "Drones struck the airport ... the Russian attack was the third this week": who did it, told after
            target.actor, target.actor_id = draft.actor, draft.actor_id
    return kept


def _flight_of(kept: list[Draft], draft: Draft) -> Draft | None:
    """The launch a flight detail ("flew", LAUNCH's ``only_with`` forms) belongs to: the last
    launch of the paragraph before or this one, told by the same source (another source's account
    of the flight is a claim of its own)."""
    for earlier in reversed(kept):
        if draft.paragraph - earlier.paragraph > 1:
            return None
        if earlier.type == "LAUNCH":
            return None if _other_source(draft, earlier) or _other_day(draft, earlier) else earlier
    return None


def _other_day(draft: Draft, earlier: Draft) -> bool:
    """Both claims dated, on days that differ: "drones were seen over the barracks on Sunday ... An unidentified
    drone flew over the depot on Monday" tells two flights."""
    mine, theirs = draft.time, earlier.time
    return bool(mine and theirs and mine.date_start and theirs.date_start and mine.date_start != theirs.date_start)


def _act_claimed(kept: list[Draft], draft: Draft) -> Draft | None:
    """The act a side's claim or denial is about ("A drone struck the market ... The SAF accused the RSF of
    the attack; the RSF denied any responsibility"): the last act of its type told nearby that is not itself
    a side's claim or denial; none when that act is another's (its doer or target another country)."""
    for earlier in reversed(kept):
        if draft.paragraph - earlier.paragraph > _CLAIM_REACH:
            return None
        if earlier.type != draft.type or earlier.claimed or earlier.denial:
            continue
        return None if _other_doer(draft, earlier) or _differs(draft.recipient, earlier.recipient) else earlier
    return None


_CLAIM_REACH = 1  # paragraphs back to the act a side's claim or denial is about


def _other_doer(draft: Draft, earlier: Draft) -> bool:
    """Both claims name a doer, of two countries: two acts."""
    return bool(draft.actor_id and earlier.actor_id and draft.actor_id.split(".")[0] != earlier.actor_id.split(".")[0])


def _referent(kept: list[Draft], draft: Draft) -> Draft | None:
    # "She suffered fractures to both legs": a subject pronoun points back within its own paragraph only
    pronoun = draft.obj is not None and draft.obj.text.lower() in grammar().subject_pronouns
    for earlier in reversed(kept):
        if draft.paragraph - earlier.paragraph > (0 if pronoun else _NEAR_PARAGRAPHS):
            break
        if earlier.type != draft.type:
            continue
        if draft.modality not in ("asserted", earlier.modality) and not draft.noun:
            continue  # "did not launch the missile" is news; "no end date for the exercise" names it
        # "the exercise", "the strike"; "analyzing the launch" of "the missiles" after "several cruise missiles"
        generic = draft.noun and (draft.item == draft.trigger.lower or draft.item in item_lexicon().generic)
        if draft.item and earlier.item and draft.item != earlier.item and draft.type != "DEPLOY" and not generic:
            continue
        if _other_doer(draft, earlier):
            continue
        if _differs(draft.recipient, earlier.recipient) or _other_source(draft, earlier):
            continue  # "those troops moved closer to Ukraine": the same people, another event
        return earlier
    return None


def _other_source(draft: Draft, earlier: Draft) -> bool:
    """ "Militants fired 20 rockets, the army said. Islamic Jihad said it had launched the rockets":
    a second source asserting the event is a claim of its own (the ledger weighs the two)."""
    mine = draft.source.entity if draft.source is not None else None
    theirs = earlier.source.entity if earlier.source is not None else None
    if not mine or not theirs:
        return False
    if mine.split(".")[0] != theirs.split(".")[0]:
        return True
    # one country's rebels against its government ("JNIM said it had overrun the camp" after the
    # officials' account): two sides, two claims; the JCS and the defence ministry are one side
    sides = {entity.split(".")[1] if "." in entity else "" for entity in (mine, theirs)}
    return len(sides) > 1 and bool(sides & {"REB", "CVL"})


def _differs(mine, theirs) -> bool:
    if mine is None or theirs is None:
        return False
    return bool(mine.entity and theirs.entity and mine.entity.split(".")[0] != theirs.entity.split(".")[0])


_CARRIED = ("ATTACK", "LAUNCH", "TRANSFER", "DEPLOY")
_SAME_ACTOR_REACH = 6  # paragraphs over which one sender's destination carries


def _carry_targets(kept: list[Draft], text: str) -> None:
    """A claim without a target of its own continues the last one of its kind nearby:
    "Iran launched 300 drones at Israel ... Iran fired about 170 drones" (the same target),
    "North Korea has sent shells to Russia ... Pyongyang has also supplied 150 missiles"
    (the same receiver), and a casualty after an attack counts the attacked side's people
    ("shelled residential districts of El Fasher ... killing at least 14 civilians")."""
    last: dict[str, Draft] = {}
    told: dict[str, Draft] = {}  # the last claim of each type with an actor: "condemned the launch"
    strike: Draft | None = None  # the last attack or launch: "launched missiles at Kharkiv ... four were killed"
    strikers = _strikers_by_sentence(kept)
    for draft in kept:
        if draft.type == "CASUALTY" and not draft.natural:
            _attackers_hit(text, draft, strike)
            _carry_victims(draft, strike)
            striker = strikers.get(draft.sentence)
            struck_by = striker is not None and (draft.actor_id is None or draft.actor_id[:3] == striker.actor_id[:3])
            if struck_by and not _own_people(draft, striker.actor_id):
                draft.actor_id = draft.actor_id or striker.actor_id
                if draft.recipient is None and striker.recipient is not None and striker.recipient.entity:
                    # "three people were killed when a Russian missile struck" (in Ukraine): its target's
                    draft.recipient = civilians_of(striker.recipient, draft.obj)
        if draft.type in ("ATTACK", "LAUNCH") and draft.modality != "possible" and not draft.repelled:
            strike = draft
        if draft.type == "STATEMENT" and draft.recipient is None:
            draft.recipient = _condemned(text, draft, told)
        if draft.type != "STATEMENT" and draft.actor_id and (draft.modality != "possible" or draft.type not in told):
            told[draft.type] = draft  # a launch only expected is what "any launch would violate ..." is about
        if draft.type not in _CARRIED:
            continue
        previous = last.get(draft.type)
        near = previous is not None and draft.paragraph - previous.paragraph <= 2
        # the same sender goes on sending to the same place across a report ("has sent 11,000 soldiers
        # to Russia ... the North is likely to send additional troops")
        same_actor = (
            previous is not None
            and draft.paragraph - previous.paragraph <= _SAME_ACTOR_REACH
            and (previous.actor_id or "")[:3] == (draft.actor_id or "")[:3]
        )
        # donors differ, the receiver stays: "Germany handed over ... Norway sent ..." (to Ukraine)
        same_receiver = near and draft.type == "TRANSFER" and previous.recipient is not None
        if same_receiver and (previous.recipient.entity or "")[:3] == (draft.actor_id or "")[:3]:
            same_receiver = False
        if draft.recipient is None and previous is not None and previous.recipient is not None:
            if (same_actor or same_receiver) and not names_region(text, draft) and not draft.merchant_target:
                draft.recipient = previous.recipient
        last[draft.type] = draft


def _strikers_by_sentence(kept: list[Draft]) -> dict[int, Draft]:
    """Sentence -> the actor of its first attack or launch with one, for a casualty with no actor of
    its own: "three people were killed when a drone struck a warehouse" (the strike did the killing)."""
    strikers: dict[int, Draft] = {}
    for draft in kept:
        if draft.type in ("ATTACK", "LAUNCH") and draft.actor_id and draft.modality != "possible":
            strikers.setdefault(draft.sentence, draft)
    return strikers


_CONDEMNABLE = ("ATTACK", "LAUNCH", "EXERCISE", "DEPLOY", "DEVELOP", "TRANSFER", "DEMOLISH", "FORTIFY", "SURVEIL")
# "the strike", "such launches", "Friday's strike", "yesterday's attack": words that name an event told before
_CONDEMNED_EVENT = event_reference(_CONDEMNABLE, r"the|these|this|that|those|its|their|any|such|\w+day['’]s")
_STRIKES = ("ATTACK", "LAUNCH")


def _condemned(text: str, draft: Draft, told: dict[str, Draft]) -> EntityMention | None:
    """ "Qatar and Egypt condemned the strike", "the JCS denounced the launch": a statement about
    an event just reported is addressed to whoever did it (the words naming the event stand for it)."""
    found = _CONDEMNED_EVENT.search(text, draft.trigger.end, min(len(text), draft.trigger.end + 40))
    if found is None:
        return None
    kinds = [found.lastgroup or ""]
    if found.lastgroup in _STRIKES:
        # "Houthi forces fired a missile at a tanker ... Britain condemned the attack": a strike told as a launch
        kinds += [kind for kind in _STRIKES if kind != found.lastgroup]
    own = (draft.actor_id or "")[:3]
    event = next((told[kind] for kind in kinds if kind in told and told[kind].actor_id[:3] != own), None)
    if event is None or draft.paragraph - event.paragraph > 3:
        return None
    return EntityMention(found.start(), found.end(), found.group(), event.actor_id, "reference")


_STORY_REACH = 4  # sentences after a strike within which a toll with no attacker of its own is the strike's


def _attackers_hit(text: str, draft: Draft, attack: Draft | None) -> None:
    """ "Troops repelled the attack and killed four of the assailants": the doers of the attack told before
    (grammar.yaml ``doer_links.doer_subjects`` after "the") are its actor's people, whoever killed them."""
    obj = draft.obj
    if attack is None or not attack.actor_id or obj is None or draft.sentence - attack.sentence > _STORY_REACH:
        return
    if obj.text.lower() not in _doer_words() or not _THE_BEFORE.search(text, max(0, obj.start - 6), obj.start):
        return
    if not draft.actor_id or same_side(draft.actor_id, attack.actor_id):
        return  # (a killer named: "Troops ... killed four of the assailants")
    draft.recipient = EntityMention(obj.start, obj.end, obj.text, attack.actor_id, "side")
    draft.place_recipient = False


_THE_BEFORE = re.compile(r"\b(?:the|these|those)\s+\Z", re.IGNORECASE)


@cache
def _doer_words() -> frozenset[str]:
    return frozenset(load("grammar")["doer_links"]["doer_subjects"])


def _carry_victims(draft: Draft, attack: Draft | None) -> None:
    """A toll told within a few sentences of a strike, with no attacker of its own, is that
    strike's ("Russian forces shelled 35 settlements ... Two people were killed"; "Russia launched a
    strike on Poltava ... By 10 a.m. the governor was reporting nine people killed"), and its
    victims are the struck side's when none are named; never the striker's own people."""
    if attack is None or draft.sentence - attack.sentence > _STORY_REACH or draft.war_toll:
        return  # (nor "the war has killed tens of thousands": the whole war's, no one strike's)
    if draft.basis == "total" and not draft.basis_inferred:
        return  # "the cumulative death toll since 7 October 2023": a running count, not this strike's toll
    if draft.actor_id and attack.actor_id and draft.actor_id[:3] != attack.actor_id[:3]:
        return
    if draft.actor_id is None and attack.actor_id is not None and not _own_people(draft, attack.actor_id, attack):
        draft.actor_id = attack.actor_id
    if draft.basis_inferred and (draft.actor_id or None) == (attack.actor_id or None):
        draft.basis = None  # "they had counted 34 bodies": the toll of the attack just told, not a running total
    if draft.recipient is not None or attack.recipient is None or not attack.recipient.entity:
        return
    began, struck = _date_start(draft), _date_start(attack)
    if began and struck and began < struck:
        return  # a count over a span that opens before the strike: not only the struck side's people
    draft.recipient = civilians_of(attack.recipient, draft.obj)


def _date_start(draft: Draft) -> str | None:
    return draft.time.date_start if draft.time is not None else None


def _own_people(draft: Draft, striker: str, attack: Draft | None = None) -> bool:
    """The casualties are the striker's own side (by their own side, else the attacked one's)."""
    victims = draft.recipient or (attack.recipient if attack is not None else None)
    return bool(victims is not None and victims.entity and same_side(striker, victims.entity))


def _restatements(kept: list[Draft]) -> list[int | None]:
    """For each claim, :func:`_restates`, asking only the earlier claims of its type, figure and item."""
    out: list[int | None] = []
    alike: dict[tuple, list[int]] = {}
    for index, draft in enumerate(kept):
        if draft.quantity is None:
            out.append(None)
            continue
        key = (draft.type, draft.quantity.value, draft.item)
        earlier = alike.setdefault(key, [])
        out.append(_restates(kept, index, earlier))
        earlier.append(index)
    return out


def _restates(kept: list[Draft], index: int, alike: list[int]) -> int | None:
    """Index of an earlier claim this one repeats: same type, item and figure (the claims ``alike``,
    earlier ones of the same three), compatible actors.

    Reports restate their lede ("killed two insurgents" ... "the force killed two insurgents");
    the restatement stays a claim (it has its own evidence) but must not count twice.
    """
    draft = kept[index]
    country = (draft.actor_id or "").split(".")[0]
    for j in alike:
        other = kept[j]
        if other.sentence == draft.sentence:
            continue
        other_country = (other.actor_id or "").split(".")[0]
        if country and other_country and country != other_country and draft.actor is not None:
            continue  # (an actor carried from the story, "the security force detained one", does not differ)
        return j
    return None


_BREAKDOWN_TYPES = frozenset({"CASUALTY"})


def _breakdowns(kept: list[Draft], restated: list[int | None]) -> list[int | None]:
    """For each claim, the index of an earlier claim whose figure it breaks down, else None.

    Reports give a total and then its parts ("killed seventeen insurgents" ... "three were
    killed" ... "seven insurgents killed" ... "four of the insurgents"). Each part stays a claim
    with its own evidence, but a ledger or a count must not add it to the total. A later figure
    of the same type and item, in the same time and by a compatible actor, is a part while the
    parts so far add up to no more than the total; the first one that would pass it is a new
    figure and the total for what follows.
    """
    parts: list[int | None] = [None] * len(kept)
    totals: dict[tuple[str, str | None], tuple[int, float, float]] = {}  # key -> (index, total, parts so far)
    position = {id(d): i for i, d in enumerate(kept)}
    for index, draft in enumerate(kept):
        if draft.within is not None and id(draft.within) in position:
            parts[index] = position[id(draft.within)]  # "..., including 9 children": said as a part
            continue
        if draft.type not in _BREAKDOWN_TYPES or restated[index] is not None:
            continue
        figure = _figure(draft)
        if figure is None or draft.modality in ("negated", "possible"):
            continue
        key = (draft.type, draft.item)
        held = totals.get(key)
        if held is not None:
            total_index, total, used = held
            head = kept[total_index]
            if (
                head.sentence != draft.sentence
                and used + figure <= total
                and _same_side(head, draft)
                and _same_window(head, draft)
            ):
                parts[index] = total_index
                totals[key] = (total_index, total, used + figure)
                continue
        totals[key] = (index, figure, 0.0)
    return parts


def _figure(draft: Draft) -> float | None:
    q = draft.quantity
    if q is None:
        return None
    return q.value if q.value is not None else q.low


def _same_side(a: Draft, b: Draft) -> bool:
    first, second = (a.actor_id or "").split(".")[0], (b.actor_id or "").split(".")[0]
    return not first or not second or first == second


def _same_window(a: Draft, b: Draft) -> bool:
    """The part's time lies inside the total's, or either has none of its own."""
    ta, tb = a.time, b.time
    if ta is None or tb is None or ta.date_start is None or tb.date_start is None:
        return True
    return ta.date_start <= tb.date_start and (tb.date_end or tb.date_start) <= (ta.date_end or ta.date_start)


def _channel(publisher: str | None, credit: str | None) -> str | None:
    if publisher and credit and credit.lower() not in publisher.lower():
        return f"{publisher} ({credit})"
    return publisher or credit


def _to_claim(text: str, d: Draft, channel: str | None, doc_id: str | None, restates: int | None) -> Claim:
    spans: dict[str, Span] = {"trigger": Span.of(text, d.trigger.start, d.trigger.end)}
    quantity = None
    if d.quantity is not None:
        q = d.quantity
        quantity = Quantity(q.value, q.low, q.high, q.approx, q.unit, d.basis)
        spans["quantity"] = Span.of(text, q.start, q.end)
    time = None
    if d.time is not None:
        time = TimeSpan(d.time.date_start, d.time.date_end, d.time.text)
        spans["time"] = Span.of(text, d.time.start, d.time.end)
    source = None
    if d.source is not None:
        source = Source(d.source.entity, d.source.text)
        if d.source.end > d.source.start:
            spans["source"] = Span.of(text, d.source.start, d.source.end)
    if d.actor is not None:
        spans["actor"] = Span.of(text, d.actor.start, d.actor.end)
    if d.recipient is not None and d.recipient.end > d.recipient.start:  # the issuer's side has no words
        spans["recipient"] = Span.of(text, d.recipient.start, d.recipient.end)
    if d.obj is not None:
        spans["item"] = Span.of(text, d.obj.start, d.obj.end)
    return Claim(
        type=d.type,
        evidence=Span.of(text, d.ev_start, d.ev_end),
        actor=d.actor_id,
        recipient=d.recipient.entity if d.recipient is not None else None,
        location=d.location,
        item=d.item,
        quantity=quantity,
        time=time,
        source=source,
        modality=d.modality,
        channel=channel,
        doc_id=doc_id,
        spans=spans,
        restates=restates,
    )
