"""Ledger entries as flat rows, ACLED-shaped rows and PLOVER-shaped records.

One *entry* is one assertion (a figure: ``kind`` ``figure``) or one timeline event (``kind``
``event``). The three shapes are documented field by field in ``docs/exports.md``; the
type-to-category tables and actor names are data, in ``lexicons/exports.yaml``. The shapes
follow ACLED's column names and PLOVER's JSON field names so that tools built for those
datasets read the files, but the rows are not ACLED or PLOVER codings, and say so.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from typing import Any

from watchfloor.ledger.assertions import Assertion, Carrier
from watchfloor.ledger.timeline import Event
from watchfloor.lexicons import load

Entry = Assertion | Event

#: Columns of the flat export (csv, jsonl, parquet), in order.
FLAT_COLUMNS: tuple[str, ...] = (
    "kind", "id", "measure", "partial", "type", "actor", "recipient", "item", "location",
    "value", "low", "high", "approx", "basis", "units", "bounds_low", "bounds_high",
    "period_start", "period_end", "period_from_claim", "time_text", "as_of",
    "source", "source_kind", "source_entity", "modality", "reports", "carriers",
    "doc_ids", "channels", "first_published", "last_published",
    "evidence_doc_id", "evidence_start", "evidence_end", "evidence_text",
)
#: Flat columns that hold lists (joined with "; " in CSV).
LIST_COLUMNS = frozenset({"units", "doc_ids", "channels"})

#: Columns of the ACLED-shaped export, in ACLED's order (plus ``iso3`` and three ``watchfloor_*``).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "iso3", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp", "watchfloor_id", "watchfloor_measure", "watchfloor_figure",
)


def flat(entry: Entry) -> dict[str, Any]:
    """The flat row of one entry (columns :data:`FLAT_COLUMNS`)."""
    first = entry.carriers[0] if entry.carriers else None
    evidence = first.evidence[0] if first and first.evidence else None
    common = {
        "id": entry.id,
        "period_start": entry.period.start.isoformat(),
        "period_end": entry.period.end.isoformat(),
        "period_from_claim": entry.period.from_claim,
        "time_text": entry.time_text,
        "as_of": entry.period.end.isoformat(),
        "modality": entry.modality,
        "reports": entry.reports,
        "carriers": len(entry.carriers),
        "doc_ids": [c.doc_id for c in entry.carriers],
        "channels": list(dict.fromkeys(c.channel or "" for c in entry.carriers)),
        "first_published": min((c.published or "" for c in entry.carriers), default="") or None,
        "last_published": max((c.published or "" for c in entry.carriers), default="") or None,
        "evidence_doc_id": first.doc_id if first else None,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence_text": evidence.text if evidence else None,
    }
    if isinstance(entry, Assertion):
        m = entry.measure
        bounds = entry.interval.to_dict()
        row = {
            "kind": "figure", "measure": m.key, "partial": entry.partial, "type": m.type,
            "actor": m.actor, "recipient": m.recipient, "item": m.item, "location": m.location,
            "value": entry.value, "low": entry.low, "high": entry.high, "approx": entry.approx,
            "basis": entry.basis, "units": list(entry.units), "bounds_low": bounds["low"],
            "bounds_high": bounds["high"], "source": entry.source.label, "source_kind": entry.source.kind,
            "source_entity": entry.source.entity,
        }
    else:
        sources = entry.sources
        row = {
            "kind": "event", "measure": None, "partial": False, "type": entry.type, "actor": entry.actor,
            "recipient": entry.recipient, "item": entry.item, "location": entry.location,
            "value": None, "low": None, "high": None, "approx": None, "basis": None, "units": [],
            "bounds_low": None, "bounds_high": None,
            "source": "; ".join(s.label for s in sources) or None,
            "source_kind": "; ".join(dict.fromkeys(s.kind for s in sources)) or None,
            "source_entity": "; ".join(s.entity for s in sources if s.entity) or None,
        }
    row.update(common)
    return {k: row[k] for k in FLAT_COLUMNS}


def acled(entry: Entry) -> dict[str, Any] | None:
    """The ACLED-shaped row of one entry, or ``None`` for types ACLED does not code."""
    cfg = _exports()["acled"]
    type_, actor, recipient, item, location = _parts(entry)
    spec = cfg["types"].get(type_) or {}
    event_type = spec.get("event_type")
    if not event_type:
        return None
    sub = spec.get("sub_event_type", "Other")
    if type_ == "ATTACK" and item and any(w in item.lower() for w in cfg["air_strike_words"]):
        sub = cfg["air_strike_sub_event_type"]
    roles = {"actor": actor, "recipient": recipient}
    country_id = next((_country(roles[r]) for r in spec.get("country_from", []) if roles.get(r)), None)
    inter1, inter2 = _inter(actor), _inter(recipient)
    day = entry.period.start
    precision = 1 if entry.period.start == entry.period.end and entry.period.from_claim else (
        2 if (entry.period.end - entry.period.start).days <= 7 else 3)
    figure = entry.figure_text() if isinstance(entry, Assertion) else ""
    last = max((c.published or "" for c in entry.carriers), default="")
    return {
        "event_id_cnty": f"WF{entry.id}",
        "event_date": day.isoformat(),
        "year": day.year,
        "time_precision": precision,
        "disorder_type": "Strategic developments" if event_type == "Strategic developments" else "Political violence",
        "event_type": event_type,
        "sub_event_type": sub,
        "actor1": _actor_name(actor),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": _actor_name(recipient),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if recipient and recipient.endswith(".CVL") else "",
        "iso": "",
        "iso3": country_id or "",
        "region": "",
        "country": _country_name(country_id) if country_id else "",
        "admin1": "",
        "admin2": "",
        "admin3": "",
        "location": location or "",
        "latitude": "",
        "longitude": "",
        "geo_precision": "",
        "source": "; ".join(dict.fromkeys(c.channel or "" for c in entry.carriers)),
        "source_scale": "",
        "notes": _notes(entry, figure),
        "fatalities": _fatalities(entry),
        "tags": "; ".join(t for t in (f"modality: {entry.modality}", f"figure: {figure}" if figure else "",
                                       "watchfloor ledger, not ACLED-coded") if t),
        "timestamp": _epoch(last),
        "watchfloor_id": entry.id,
        "watchfloor_measure": entry.measure.key if isinstance(entry, Assertion) else "",
        "watchfloor_figure": figure,
    }


def plover(entry: Entry) -> dict[str, Any]:
    """The PLOVER-shaped record of one entry (JSON field names of the PLOVER specification)."""
    cfg = _exports()["plover"]
    type_, actor, recipient, item, location = _parts(entry)
    spec = cfg["types"].get(type_, {})
    event_type = spec.get("event_type", "MOBILIZE")
    if not recipient and spec.get("without_recipient"):
        event_type = spec["without_recipient"]
    for word, override in (spec.get("by_item") or {}).items():
        if item and word in item.lower():
            event_type = override
            break
    first = entry.carriers[0] if entry.carriers else None
    evidence = first.evidence[0] if first and first.evidence else None
    record: dict[str, Any] = {
        "id": f"WF-{entry.id}",
        "date": entry.period.start.isoformat(),
        "enddate": entry.period.end.isoformat(),
        "date_resolved": entry.period.start.isoformat() if entry.period.from_claim else None,
        "event_type": event_type,
        "mode": spec.get("mode"),
        "quad_code": cfg["quad_codes"].get(event_type),
        "actor": _actors(actor),
        "recipient": _actors(recipient),
        "event_loc": {"name": location} if location else None,
        "event_text": [e.text for c in entry.carriers for e in c.evidence][:1],
        "text_info": {"start": evidence.start, "end": evidence.end} if evidence else None,
        "cite_info": [_cite(c) for c in entry.carriers],
        "attribution": _attribution(entry),
        "modality": entry.modality,
        "coder": "watchfloor",
    }
    if isinstance(entry, Assertion):
        record["measure"] = entry.measure.key
        record["figure"] = {"value": entry.value, "low": entry.low, "high": entry.high,
                            "approx": entry.approx, "basis": entry.basis, "text": entry.figure_text()}
        size = "dead" if entry.measure.item == "killed" else "injured" if entry.measure.item == "wounded" else "size"
        record[size] = _conservative(entry)
    return record


def _parts(entry: Entry) -> tuple[str, str | None, str | None, str | None, str | None]:
    """Type, actor, recipient, item and place of an entry; a figure's parties are the first
    precise entity ids its claims gave (``PRK.MIL``), else its measure's parties."""
    if isinstance(entry, Assertion):
        m = entry.measure
        actor = entry.actor_ids[0] if entry.actor_ids else m.actor
        recipient = entry.recipient_ids[0] if entry.recipient_ids else m.recipient
        return m.type, actor, recipient, m.item, m.location
    return entry.type, entry.actor, entry.recipient, entry.item, entry.location


def _conservative(entry: Assertion) -> int | float | None:
    """The lowest count a figure allows (ACLED's rule: the most conservative estimate)."""
    low = entry.interval.low
    return int(low) if float(low).is_integer() else low


def _fatalities(entry: Entry) -> int | float:
    if isinstance(entry, Assertion) and entry.measure.type == "CASUALTY" and entry.measure.item == "killed":
        return _conservative(entry) or 0
    return 0


def _notes(entry: Entry, figure: str) -> str:
    type_, actor, recipient, item, _ = _parts(entry)
    said = entry.source.label if isinstance(entry, Assertion) else "; ".join(s.label for s in entry.sources)
    what = " ".join(x for x in (type_, actor or "?", "->" if recipient else "", recipient or "", item or "",
                                figure) if x)
    evidence = entry.carriers[0].evidence[0].text if entry.carriers and entry.carriers[0].evidence else ""
    return f"On {entry.period.start.isoformat()}: {what} (according to {said or 'the report'}). \"{evidence}\""


def _actor_name(entity: str | None) -> str:
    if not entity:
        return ""
    country, _, sector = entity.partition(".")
    names = _exports()["acled"]["actor_names"]
    template = names.get(sector.split(".")[0], names[""])
    return template.format(country=_country_name(country))


def _inter(entity: str | None) -> int | str:
    if not entity:
        return ""
    sector = entity.partition(".")[2].split(".")[0]
    codes = _exports()["acled"]["inter_codes"]
    return codes.get(sector, codes[""])


def _interaction(a: int | str, b: int | str) -> int | str:
    if a == "":
        return ""
    if b == "":
        return int(a) * 10
    lo, hi = sorted((int(a), int(b)))
    return lo * 10 + hi


def _country(entity: str | None) -> str | None:
    return entity.split(".")[0] if entity else None


def _actors(entity: str | None) -> list[dict[str, Any]]:
    if not entity:
        return []
    code, _, sector = entity.partition(".")
    return [{"code": code, "sector": sector or None, "actor_text": _actor_name(entity)}]


def _attribution(entry: Entry) -> list[dict[str, Any]]:
    sources = [entry.source] if isinstance(entry, Assertion) else entry.sources
    return [s.to_dict() for s in sources]


def _cite(c: Carrier) -> dict[str, Any]:
    return {"citation": c.doc_id, "publication": c.channel, "date": c.published}


def _epoch(day: str) -> int | str:
    try:
        return int(datetime.fromisoformat(day[:10]).replace(tzinfo=UTC).timestamp())
    except ValueError:
        return ""


@cache
def _country_names() -> dict[str, str]:
    return {c["id"]: c["names"][0] for c in load("entities")["countries"]}


def _country_name(code: str | None) -> str:
    return _country_names().get(code or "", code or "")


@cache
def _exports() -> dict[str, Any]:
    return load("exports")
