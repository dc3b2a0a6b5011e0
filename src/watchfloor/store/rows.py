"""Conversion between :class:`watchfloor.model.Claim` objects and flat ``claims`` rows.

Kept apart from the repository so that the mapping of every SPEC field to a column is in
one place and can be tested as a round trip on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from watchfloor.model import Claim, Quantity, Source, Span, TimeSpan


def claim_to_row(claim: Claim, doc_pk: int, ordinal: int, extractor_version: str) -> dict:
    """Flatten ``claim`` into the column values of one ``claims`` row."""
    q, t, s, e = claim.quantity, claim.time, claim.source, claim.evidence
    return {
        "doc_pk": doc_pk,
        "ordinal": ordinal,
        "type": claim.type,
        "actor": claim.actor,
        "recipient": claim.recipient,
        "location": claim.location,
        "item": claim.item,
        "quantity_value": q.value if q else None,
        "quantity_low": q.low if q else None,
        "quantity_high": q.high if q else None,
        "quantity_approx": q.approx if q else None,
        "quantity_unit": q.unit if q else None,
        "quantity_basis": q.basis if q else None,
        "time_start": t.start if t else None,
        "time_end": t.end if t else None,
        "time_text": t.text if t else None,
        "source_entity": s.entity if s else None,
        "source_text": s.text if s else None,
        "modality": claim.modality,
        "channel": claim.channel,
        "evidence_start": e.start,
        "evidence_end": e.end,
        "evidence_text": e.text,
        "spans": {k: v.to_dict() for k, v in claim.spans.items()} or None,
        "restates": claim.restates,
        "part_of": claim.part_of,
        "extractor_version": extractor_version,
    }


def _number(value: float | None) -> float | int | None:
    """Give back an integer for a whole number, since counts are stored as doubles."""
    if value is None:
        return None
    value = float(value)
    return int(value) if value.is_integer() else value


def row_to_claim(row: Mapping[str, Any], doc_id: str) -> Claim:
    """Rebuild the :class:`Claim` stored in ``row`` (a ``claims`` row mapping)."""
    quantity = None
    if row["quantity_approx"] is not None:
        quantity = Quantity(
            value=_number(row["quantity_value"]),
            low=_number(row["quantity_low"]),
            high=_number(row["quantity_high"]),
            approx=row["quantity_approx"],
            unit=row["quantity_unit"],
            basis=row["quantity_basis"],
        )
    time = None
    if row["time_text"] is not None:
        time = TimeSpan(row["time_start"], row["time_end"], row["time_text"])
    source = None
    if row["source_text"] is not None or row["source_entity"] is not None:
        source = Source(row["source_entity"], row["source_text"] or "")
    spans = {k: Span(v["start"], v["end"], v["text"]) for k, v in (row["spans"] or {}).items()}
    return Claim(
        type=row["type"],
        evidence=Span(row["evidence_start"], row["evidence_end"], row["evidence_text"]),
        actor=row["actor"],
        recipient=row["recipient"],
        location=row["location"],
        item=row["item"],
        quantity=quantity,
        time=time,
        source=source,
        modality=row["modality"],
        channel=row["channel"],
        doc_id=doc_id,
        spans=spans,
        restates=row["restates"],
        part_of=row.get("part_of"),
    )


def row_to_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """Make the flat dict :meth:`Store.iter_claims` yields from a joined claims row.

    The record's ``channel`` falls back to the document's publisher, as SPEC says the
    channel is the outlet that carries the report; ``publisher`` is given too.
    """
    record = dict(row)
    for key in ("quantity_value", "quantity_low", "quantity_high"):
        record[key] = _number(record[key])
    record["channel"] = record["channel"] or record["publisher"]
    record["canonical"] = record["doc_id"] == record.pop("canonical_doc_id")
    return record
