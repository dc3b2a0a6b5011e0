"""Fill in and check the evidence offsets of the golden report claims.

Gold evidence is authored as text and its offsets are computed from the document, never
typed by hand: a hand-counted offset is the commonest way a gold file goes silently wrong,
and a wrong offset makes the scorer (SPEC section 3) miss a correct prediction.

Evidence may be written with single spaces where the document breaks a line (the briefing
transcripts are hard-wrapped); the match is whitespace-flexible and the stored ``text``
becomes the exact document slice. When the text occurs more than once, the occurrence
nearest the claim's current ``start`` is taken, so re-running after an edit to the document
keeps each claim on the sentence it was on.

Besides offsets, ``--check`` validates what a careless edit can break: field names, types,
modalities, entity ids, the quantity bounds the SPEC approx table implies, time intervals,
weekday names against their dates, and same-type evidence overlaps (which would make the
scorer's greedy pairing ambiguous).

Usage::

    .venv/bin/python tests/golden/make_offsets.py            # fill offsets, then check
    .venv/bin/python tests/golden/make_offsets.py --check    # check only; exit 1 on error
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from watchfloor.model import APPROX, CASUALTY_ITEMS, CLAIM_TYPES, MODALITIES

GOLDEN = Path(__file__).resolve().parent
REPORTS = GOLDEN / "reports"

CLAIM_KEYS = frozenset(
    {
        "type",
        "actor",
        "recipient",
        "location",
        "item",
        "quantity",
        "time",
        "source",
        "modality",
        "optional",
        "note",
        "evidence",
    }
)
TOP_KEYS = frozenset({"doc", "file", "published", "publisher", "claims"})
ENTITY_RE = re.compile(r"^[A-Z]{3}(?:\.[A-Z]+)*$")
WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Which bound each approx kind fixes to the value (SPEC 'quantity' table).
LOW_IS_VALUE = frozenset({"at_least", "more_than"})
HIGH_IS_VALUE = frozenset({"nearly", "at_most", "less_than"})


def _flexible(text: str) -> re.Pattern[str]:
    """A pattern matching ``text`` with any run of whitespace standing for any other."""
    parts = [re.escape(p) for p in text.split()]
    return re.compile(r"\s+".join(parts))


def find_span(doc: str, text: str, hint: int | None = None) -> tuple[int, int]:
    """Locate ``text`` in ``doc``; return half-open offsets of the chosen occurrence.

    Args:
        doc: The document text.
        text: The evidence as written in the gold file (whitespace-flexible).
        hint: A previous start offset; among several occurrences the nearest one wins.

    Raises:
        ValueError: When the text does not occur, or occurs several times and no hint
            tells them apart.
    """
    hits = [(m.start(), m.end()) for m in _flexible(text).finditer(doc)]
    if not hits:
        raise ValueError(f"evidence not found: {text!r}")
    if len(hits) > 1 and hint is None:
        raise ValueError(f"evidence occurs {len(hits)} times, give a start hint: {text!r}")
    if hint is None:
        return hits[0]
    return min(hits, key=lambda h: abs(h[0] - hint))


def fill(gold: dict, doc: str) -> int:
    """Recompute every evidence span of ``gold`` in place; return how many changed."""
    changed = 0
    for claim in gold["claims"]:
        ev = claim["evidence"]
        start, end = ev.get("start"), ev.get("end")
        if isinstance(start, int) and isinstance(end, int) and doc[start:end] == ev["text"]:
            continue
        start, end = find_span(doc, ev["text"], ev.get("start"))
        claim["evidence"] = {"start": start, "end": end, "text": doc[start:end]}
        changed += 1
    return changed


def _check_quantity(q: dict) -> Iterable[str]:
    if set(q) != {"value", "low", "high", "approx", "unit", "basis"}:
        yield f"quantity keys {sorted(q)}"
        return
    approx, value, low, high = q["approx"], q["value"], q["low"], q["high"]
    if approx not in APPROX:
        yield f"approx {approx!r}"
    elif approx == "range":
        if value is not None or low is None or high is None or not low < high:
            yield f"range needs value null and low < high: {q}"
    elif value is None:
        yield f"value missing: {q}"
    elif approx in LOW_IS_VALUE and (low != value or high is not None):
        yield f"{approx} needs low == value, high null: {q}"
    elif approx in HIGH_IS_VALUE and (high != value or low is not None):
        yield f"{approx} needs high == value, low null: {q}"
    elif approx in ("exact", "about") and (low is not None or high is not None):
        yield f"{approx} needs low and high null: {q}"
    if q["basis"] not in ("total", "increment", None):
        yield f"basis {q['basis']!r}"


def _check_time(t: dict, doc: str, published: str) -> Iterable[str]:
    if set(t) != {"start", "end", "text"} or not isinstance(t["text"], str):
        yield f"time keys or text wrong: {t}"
        return
    try:
        start = dt.date.fromisoformat(t["start"])
        end = dt.date.fromisoformat(t["end"])
    except (TypeError, ValueError):
        yield f"time dates not ISO: {t}"
        return
    if start > end:
        yield f"time start after end: {t}"
    if not _flexible(t["text"]).search(doc):
        yield f"time text not in document: {t['text']!r}"
    day = WEEKDAY_RE.search(t["text"])
    if day and start == end:
        if WEEKDAYS[start.weekday()] != day.group(1):
            yield f"{t['text']!r} but {start} is a {WEEKDAYS[start.weekday()]}"
        if not 0 <= (dt.date.fromisoformat(published) - start).days < 7:
            yield f"{t['text']!r} resolves outside the week before {published}"


def _check_claim(claim: dict, doc: str, published: str) -> Iterable[str]:
    if set(claim) != CLAIM_KEYS:
        yield f"keys differ: {sorted(set(claim) ^ CLAIM_KEYS)}"
        return
    if claim["type"] not in CLAIM_TYPES:
        yield f"type {claim['type']!r}"
    if claim["modality"] not in MODALITIES:
        yield f"modality {claim['modality']!r}"
    if not isinstance(claim["optional"], bool) or not isinstance(claim["note"], str):
        yield "optional must be a bool and note a string"
    for role in ("actor", "recipient", "source"):
        value = claim[role]
        if value is not None and not ENTITY_RE.match(value):
            yield f"{role} {value!r} is not an entity id"
    if claim["type"] == "CASUALTY" and claim["item"] not in CASUALTY_ITEMS:
        yield f"CASUALTY item {claim['item']!r}"
    ev = claim["evidence"]
    if not isinstance(ev.get("start"), int) or not isinstance(ev.get("end"), int):
        yield f"evidence without offsets: {ev.get('text')!r}"
    elif doc[ev["start"] : ev["end"]] != ev["text"]:
        yield f"evidence [{ev['start']}, {ev['end']}) does not select {ev['text']!r}"
    if claim["quantity"] is not None:
        yield from _check_quantity(claim["quantity"])
    if claim["time"] is not None:
        yield from _check_time(claim["time"], doc, published)


def check(gold: dict, doc: str, stem: str, folder: str = "reports") -> list[str]:
    """Return every problem found in one gold file (an empty list when it is sound); ``file``
    must be ``<folder>/<stem>.txt``, the folder being the one the gold file lies in."""
    errors: list[str] = []
    if set(gold) != TOP_KEYS:
        errors.append(f"top-level keys differ: {sorted(set(gold) ^ TOP_KEYS)}")
        return errors
    if gold["doc"] != stem or gold["file"] != f"{folder}/{stem}.txt":
        errors.append(f"doc/file do not name {stem}")
    try:
        dt.date.fromisoformat(gold["published"])
    except ValueError:
        errors.append(f"published {gold['published']!r} is not an ISO date")
        return errors
    for i, claim in enumerate(gold["claims"]):
        errors.extend(f"claim {i}: {e}" for e in _check_claim(claim, doc, gold["published"]))
    spans = sorted(
        (c["type"], c["evidence"]["start"], c["evidence"]["end"], i)
        for i, c in enumerate(gold["claims"])
        if isinstance(c.get("evidence", {}).get("start"), int)
    )
    for a, b in zip(spans, spans[1:], strict=False):
        if a[0] == b[0] and b[1] < a[2]:
            errors.append(f"claims {a[3]} and {b[3]}: same type {a[0]} with overlapping evidence")
    return errors


def _load(gold_path: Path) -> tuple[dict, str]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = (GOLDEN / gold["file"]).read_text(encoding="utf-8")
    return gold, doc


def summarize(golds: list[dict]) -> str:
    """Totals over the set: reports, claims per type, optional and modality counts."""
    claims = [c for g in golds for c in g["claims"]]
    by_type = Counter(c["type"] for c in claims)
    opt_by_type = Counter(c["type"] for c in claims if c["optional"])
    docs_by_type = {
        t: sum(any(c["type"] == t for c in g["claims"]) for g in golds) for t in CLAIM_TYPES
    }
    lines = [
        f"reports: {len(golds)}   claims: {len(claims)}   optional: {sum(opt_by_type.values())}"
    ]
    lines.append(f"{'type':<10} {'claims':>6} {'optional':>8} {'reports':>7}")
    for t in CLAIM_TYPES:
        lines.append(f"{t:<10} {by_type[t]:>6} {opt_by_type[t]:>8} {docs_by_type[t]:>7}")
    mods = Counter(c["modality"] for c in claims)
    lines.append("modality: " + ", ".join(f"{m} {mods[m]}" for m in MODALITIES))
    approx = Counter(c["quantity"]["approx"] for c in claims if c["quantity"])
    lines.append(
        f"quantities: {sum(approx.values())} ("
        + ", ".join(f"{a} {approx[a]}" for a in APPROX)
        + ")"
    )
    lines.append(
        f"with time: {sum(c['time'] is not None for c in claims)}   "
        f"with source: {sum(c['source'] is not None for c in claims)}"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Fill (unless ``--check``) and check every gold file; print totals; 0 when all sound."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify only, write nothing")
    parser.add_argument("files", nargs="*", type=Path, help="gold files (default: all)")
    args = parser.parse_args(argv)
    paths = args.files or sorted(REPORTS.glob("*.gold.json"))
    golds, bad, spans = [], 0, 0
    for path in paths:
        gold, doc = _load(path)
        if not args.check:
            try:
                if fill(gold, doc):
                    path.write_text(
                        json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
                    )
            except ValueError as exc:
                print(f"{path.name}: {exc}")
                bad += 1
                continue
        stem = path.name.removesuffix(".gold.json")
        errors = check(gold, doc, stem, path.parent.name)
        for error in errors:
            print(f"{path.name}: {error}")
        bad += bool(errors)
        spans += len(gold["claims"])
        golds.append(gold)
    print(summarize(golds))
    print(f"evidence offsets checked: {spans}; files with problems: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
