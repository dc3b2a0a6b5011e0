"""Who a report's deployments and transfers go to when no sentence says it.

A report on North Korean supplies to Russia names Russia throughout; "Pyongyang has continued to
ship 152 mm rounds" leaves the receiver to that context. :func:`fill_counterparts` gives such a
claim the report's counterpart, the country named most besides the giver, the report's main source
and its filing country (:func:`dateline_country`), unless the sentence names a region instead
(:func:`names_region`: "to the Middle East"). Attacks and launches are not guessed that way (it
scored worse on the held-out reports); :func:`fill_launch_targets` gives them a target only in the
wars ``sides.yaml`` lists, where one side's strikes fall on the other.
"""

from __future__ import annotations

import re
from functools import cache

from watchfloor.extract.arguments import STRIKING_ITEMS
from watchfloor.extract.context import DocContext
from watchfloor.extract.draft import Draft
from watchfloor.extract.entities_context import dateline_host, header_home
from watchfloor.extract.entities_lexicon import lexicon
from watchfloor.extract.mentions import EntityMention
from watchfloor.extract.places import uncued_listed_places
from watchfloor.lexicons import load

_COUNTERPART_TYPES = frozenset({"TRANSFER", "DEPLOY"})
_REGION_AFTER = re.compile(
    r"\b(?:to|into)\s+the\s+(?:[A-Z][\w-]*\s+)*(?:East|Sea|Gulf|Pacific|Atlantic|Mediterranean|region|area|Peninsula)\b"
)


def names_region(text: str, draft: Draft) -> bool:
    """ "to the Middle East", "into the region": the destination is a region, not a country."""
    return _REGION_AFTER.search(text, draft.trigger.end, min(len(text), draft.trigger.end + 80)) is not None


def fill_counterparts(ctx: DocContext, drafts: list[Draft]) -> None:
    """A transfer or deployment with no receiver named or carried goes to the report's counterpart:
    the country the report names most, other than the giver and than the report's main source and
    filing country ("Pyongyang has continued to ship 152 mm rounds" in a briefing on North Korean
    supplies to Russia: RUS). Only a country named at least twice qualifies. Attacks and launches
    are left alone: guessing their target so scored worse on the held-out reports."""
    voices: dict[str, int] = {}
    for source in ctx.sources.values():
        if source is not None and source.entity:
            voices[source.entity.split(".")[0]] = voices.get(source.entity.split(".")[0], 0) + 1
    own = {c for c in (dateline_country(ctx), ctx.issuer) if c}
    if voices:
        own.add(max(voices.items(), key=lambda kv: (kv[1], kv[0]))[0])  # the report's main source
    counts: dict[str, int] = {}
    for e in ctx.entities:
        if e.entity and e.kind in ("country", "demonym") and e.start >= ctx.dateline_end:
            country = e.entity.split(".")[0]
            if country != "IGO" and country not in own:
                counts[country] = counts.get(country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for draft in drafts:
        if draft.type not in _COUNTERPART_TYPES or draft.recipient is not None or not draft.actor_id:
            continue
        if names_region(ctx.text, draft):
            continue  # "sending 5,000 more troops to the Middle East": a region named, no country to guess
        if draft.type == "DEPLOY" and draft.obj is not None and draft.obj.cls == "platform":
            continue  # "four Chinese navy vessels sailed between Yonaguni and Iriomote": ships pass, none is sent
        giver = draft.actor_id.split(".")[0]
        for country, n in ranked:
            if country != giver and n >= 2:
                draft.recipient = EntityMention(draft.trigger.start, draft.trigger.start, "", country, "side")
                break




_WEAPONS_IN_FLIGHT = STRIKING_ITEMS | {"drone_launch"}
_TRIAL = re.compile(r"\b(?:test|tests|tested|testing|test-fired|test-fire|drills?|exercises?|trials?)\b", re.IGNORECASE)


@cache
def _launch_targets() -> dict[str, str]:
    return dict(load("sides").get("launch_targets") or {})


def fill_launch_targets(ctx: DocContext, drafts: list[Draft]) -> None:
    """ "Russia launched 497 drones and decoys overnight", "Russian shelling killed two": in a war
    ``launch_targets`` lists, the missiles and drones a side launches, and the strikes it makes, at
    no named target are aimed at its adversary; a test or a drill told in the same sentence is
    aimed at no one."""
    targets = _launch_targets()
    for draft in drafts:
        if draft.type not in ("LAUNCH", "ATTACK") or draft.recipient is not None or not draft.actor_id:
            continue
        if draft.intercepted:  # "shot down 25 drones": the interceptor's tally, its side told already
            continue
        adversary = targets.get(draft.actor_id.split(".")[0])
        if adversary is None:
            continue
        if draft.type == "LAUNCH" and (draft.obj is None or draft.obj.cls not in _WEAPONS_IN_FLIGHT):
            continue
        if draft.obj is not None and draft.obj.name == "vessel":
            continue  # "seized an oil tanker in the Strait of Hormuz": a ship of any flag, not the adversary's
        sent = ctx.seg.sentences[draft.sentence]
        if _TRIAL.search(ctx.text, sent.start, sent.end):
            continue
        if _far_from_the_war(ctx, draft.actor_id.split(".")[0], adversary):
            continue
        draft.recipient = EntityMention(draft.trigger.start, draft.trigger.start, "", adversary, "side")


def _far_from_the_war(ctx: DocContext, side: str, adversary: str) -> bool:
    """A report filed from a third country that never names the adversary ("DUBLIN - ... cables off
    the Kerry coast were damaged ..., and a Russian research vessel had been tracked"): what the side
    did there was not aimed at its war's enemy."""
    home = dateline_country(ctx)
    if not home or home in (side, adversary):
        return False
    return not any(e.entity and e.entity.split(".")[0] == adversary for e in ctx.entities)


def dateline_country(ctx: DocContext) -> str | None:
    """ "SEOUL, Oct. 18 -- ..., the spy agency said": an unnamed organ speaks for the country the
    report is filed from (looked up once per document)."""
    if ctx.dateline_country is None:
        found = dateline_host(ctx.text, lexicon()) if ctx.dateline_end else None
        ctx.dateline_country = found or ""
    return ctx.dateline_country or None


def filed_country(ctx: DocContext) -> str | None:
    """The country a report is written from: its dateline's or, with none, the one its header names
    ("MINISTRY OF NATIONAL DEFENCE - GUATEMALA") or places and dates it at ("Executive summary -
    Santiago, 15 September 2026"); looked up once per document (the event stage asks for it per claim)."""
    if ctx.filed_country is None:
        found = dateline_country(ctx) or (None if ctx.dateline_end else header_home(ctx.text, lexicon()))
        ctx.filed_country = found or ""
    return ctx.filed_country or None


def dominant_country(ctx: DocContext) -> str | None:
    """The country a report names at least twice as often as any other, places included: the
    one a report on a single country is about ("ODESA (Reuters) - Russian shelling killed three
    people in a village" in a report that names Ukraine's places throughout); None when two
    countries share the story. Counted once per document (the event stage asks for it per claim)."""
    if ctx.dominant is None:
        ctx.dominant = _dominant_country(ctx) or ""
    return ctx.dominant or None


def _country_counts(ctx: DocContext) -> dict[str, int]:
    """How often the text past the dateline names each country, places included; an outlet told ("the
    Reuters news agency", "told AFP") places nothing, nor does an international body. Counted once
    while the mentions stay the same: the event stage asks claim after claim."""
    key = (id(ctx.entities), len(ctx.entities), id(ctx.places), len(ctx.places), ctx.dateline_end)
    return dict(ctx.memo("country_counts", key, lambda: _count_countries(ctx)))


def _count_countries(ctx: DocContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for mention in [*ctx.entities, *ctx.places]:
        if mention.entity and mention.start >= ctx.dateline_end and not mention.entity.endswith(".MED"):
            country = mention.entity.split(".")[0]
            if country != "IGO":
                counts[country] = counts.get(country, 0) + 1
    return counts


def _dominant_country(ctx: DocContext) -> str | None:
    counts = _country_counts(ctx)
    if max(counts.values(), default=0) < 2:
        # "Japan handed over 30 detectors" in a report whose places ("the Jebel Chaambi foothills") name no
        # country in a locative frame: the places a report names anyhow weigh in (the search find_places made)
        for place in uncued_listed_places(ctx.text):
            if place.start >= ctx.dateline_end:
                counts[place.entity] = counts.get(place.entity, 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 2 * ranked[1]):
        return None
    return max(sorted(counts.items()), key=lambda kv: kv[1])[0]


_REPORT_SENTENCES = 5  # sentences a text without a dateline needs to be a report, not a snippet


def is_report(ctx: DocContext) -> bool:
    """A dateline, or at least a few sentences: enough text to tell what country it is about (a
    one-line snippet is not; a web page, a letter or minutes with no dateline are)."""
    return bool(ctx.dateline_end) or len(ctx.seg.sentences) >= _REPORT_SENTENCES


def home_country(ctx: DocContext) -> str | None:
    """The country a report is filed from (:func:`filed_country`) or, with no dateline or header
    place, the one it is about (:func:`dominant_country`, for a report and not a snippet): whose
    bodies named bare ("the Army", "the police") and unnamed armed groups are."""
    return filed_country(ctx) or (dominant_country(ctx) if is_report(ctx) else None)


def main_country(ctx: DocContext) -> str | None:
    """The country a report names most, places included ("Jabalya", "Khan Younis": PSE), the side
    an organ the text does not place most likely belongs to ("according to the Ministry of Health")."""
    counts = _country_counts(ctx)
    if not counts:
        return None
    return max(sorted(counts.items()), key=lambda kv: kv[1])[0]
