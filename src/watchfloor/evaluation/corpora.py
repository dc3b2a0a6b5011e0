"""Measurements on the real corpora in ``../shared/corpora`` (never shipped with the project).

- ISAF press releases (only ids ending in an even digit): event date of the first CASUALTY or
  ATTACK claim, and killed / captured counts, against the annotated gold.
- CSIS North Korean provocations: a LAUNCH claim by PRK, with the missile class in ``item``,
  for every missile-launch record.
- PolNeAR ``train`` (attribution): share of gold attributions whose content sentence gets a
  source overlapping the gold source span (after a participle cue, ", saying ...", the speaker
  of that clause, as the claims take it).
- TempEval-3 TBAQ (time values): see :mod:`watchfloor.evaluation.tempeval`.

Run ``python -m watchfloor.evaluation.corpora [SHARED] [--json]``; the quality gate test
compares these figures with the floors in ``tests/quality_baseline.json``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from watchfloor.model import Claim, Document

_NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    16: "sixteen",
    17: "seventeen",
    18: "eighteen",
    19: "nineteen",
    20: "twenty",
}
_SINGULAR = re.compile(r"^(?:a|an|the|one|another)\b", re.IGNORECASE)


def _extract(doc: Document) -> list[Claim]:
    from watchfloor.extract.assemble import extract_claims

    return extract_claims(doc)


def _states_number(text: str, n: int) -> bool:
    words = text.lower()
    if re.search(rf"(?<![\d,.]){n}(?![\d,])", words):
        return True
    word = _NUMBER_WORDS.get(n)
    return bool(word and re.search(rf"\b{word}\b", words))


def _running_total(claim: Claim) -> bool:
    """A running count over more than a week ("captured more than 125 since June", basis ``total``):
    the tally of a campaign, which the release's own operation is only part of."""
    if claim.quantity is None or claim.quantity.basis != "total" or claim.time is None:
        return False
    start, end = dt.date.fromisoformat(claim.time.start), dt.date.fromisoformat(claim.time.end)
    return (end - start).days > 7


def _count(claims: list[Claim], item: str, text: str) -> int:
    total = 0
    for claim in claims:
        if claim.type != "CASUALTY" or claim.item != item or claim.restates is not None or claim.part_of is not None:
            continue
        if claim.modality in ("negated", "possible"):
            continue  # "did not kill", "an operation to capture": no one counted
        if _running_total(claim):
            continue  # "one of more than 50 insurgents killed since the beginning of the year": not this operation's
        if claim.quantity is not None and claim.quantity.value is not None:
            total += int(claim.quantity.value)
        elif claim.quantity is not None and claim.quantity.low is not None:
            total += int(claim.quantity.low)
        else:
            obj = claim.spans.get("item")
            if obj is not None:
                before = text[max(0, obj.start - 12) : obj.start].split()
                if (before and _SINGULAR.match(before[-1])) or not obj.text.lower().endswith("s"):
                    total += 1
    return total


def evaluate_isaf(path: Path) -> dict[str, Any]:
    """Event-date and count accuracy on ISAF releases whose id ends in an even digit."""
    n = dated = date_strict = date_fallback = 0
    in_text = in_text_ok = 0  # releases whose own text gives a full date (dateline, header or release number)
    killed_n = killed_ok = captured_n = captured_ok = 0
    zero_n = zero_ok = 0
    seconds = 0.0
    date_errors: list[str] = []
    count_errors: list[str] = []
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if int(record["id"][-1]) % 2:
            continue
        n += 1
        gold = record["gold"]
        text = record["text"]
        started = time.perf_counter()
        claims = _extract(Document(text=text, id=record["id"]))
        seconds += time.perf_counter() - started
        events = [c for c in claims if c.type in ("CASUALTY", "ATTACK")]
        if gold.get("start_date"):
            dated += 1
            first = events[0] if events else None
            got = first.time.start if first is not None and first.time is not None else None
            if got == gold["start_date"]:
                date_strict += 1
            if got is None and first is not None:
                got = _dateline_date(text)
            report_date = _dateline_date(text)
            in_text += report_date is not None
            if got == gold["start_date"]:
                date_fallback += 1
                in_text_ok += report_date is not None
            elif len(date_errors) < 400:
                date_errors.append(f"{record['id']}: gold {gold['start_date']} got {got}")
        for key, item in (("min_killed", "killed"), ("min_captured", "captured")):
            want = int(gold.get(key) or 0)
            got = _count(claims, item, text)
            if want == 0:
                zero_n += 1
                zero_ok += got == 0
                continue
            if not _states_number(text, want):
                continue
            if item == "killed":
                killed_n += 1
                killed_ok += got == want
            else:
                captured_n += 1
                captured_ok += got == want
            if got != want and len(count_errors) < 400:
                count_errors.append(f"{record['id']}: {item} gold {want} got {got}")
    counted = killed_n + captured_n
    return {
        "releases": n,
        "dated": dated,
        "event_date_accuracy": _ratio(date_fallback, dated),
        "event_date_accuracy_claim_time_only": _ratio(date_strict, dated),
        "dated_in_text": in_text,
        "event_date_accuracy_dated_in_text": _ratio(in_text_ok, in_text),
        "killed_count_accuracy": _ratio(killed_ok, killed_n),
        "captured_count_accuracy": _ratio(captured_ok, captured_n),
        "count_accuracy": _ratio(killed_ok + captured_ok, counted),
        "counts_scored": counted,
        "zero_count_accuracy": _ratio(zero_ok, zero_n),
        "docs_per_second": round(n / seconds, 1) if seconds else None,
        "date_errors": date_errors,
        "count_errors": count_errors,
    }


def _dateline_date(text: str) -> str | None:
    """The report's own date (dateline, or header when the dateline has no year): the ledger's
    fallback for a claim with no time of its own."""
    from watchfloor.extract.docdate import infer_published

    found = infer_published(text)
    return found.isoformat() if found is not None else None


_CLASS_WORDS = (
    ("inter-contin", "intercontinental"),
    ("intermediate", "intermediate-range"),
    ("medium-range", "medium-range"),
    ("submarine", "submarine-launched"),
    ("anti-ship", "anti-ship|cruise"),
    ("cruise", "cruise"),
    ("surface-to-air", "surface-to-air"),
    ("satellite", "satellite|rocket"),
    ("short-range ballistic", "short-range ballistic|ballistic"),
    ("short-range", "short-range|missile"),
    ("ballistic", "ballistic|missile"),
)
_MISSILE_ITEM = re.compile(r"missile|rocket|satellite|projectile", re.IGNORECASE)


def evaluate_csis(path: Path) -> dict[str, Any]:
    """Share of CSIS missile-launch records that yield a LAUNCH claim by PRK with a missile item."""
    n = found = classed = 0
    misses: list[str] = []
    for line in path.open(encoding="utf-8"):
        record = json.loads(line)
        if record["type"] != "Missile Provocation":
            continue
        n += 1
        claims = _extract(Document(text=record["description"], id=f"csis-{record['row']}", published=record["date"]))
        launches = [c for c in claims if c.type == "LAUNCH" and (c.actor or "").split(".")[0] == "PRK"]
        with_item = [c for c in launches if c.item and _MISSILE_ITEM.search(c.item)]
        if with_item:
            found += 1
            wanted = _wanted_class(record["event"])
            if wanted is None or any(re.search(wanted, c.item or "", re.IGNORECASE) for c in with_item):
                classed += 1
        elif len(misses) < 200:
            misses.append(f"row {record['row']} ({record['event']}): {record['description'][:140]}")
    return {
        "launch_records": n,
        "launch_found": _ratio(found, n),
        "launch_class_agrees": _ratio(classed, n),
        "misses": misses,
    }


def _wanted_class(event: str) -> str | None:
    lower = event.lower()
    for key, pattern in _CLASS_WORDS:
        if key in lower:
            return pattern
    return None


def evaluate_polnear(root: Path, limit: int | None = None) -> dict[str, Any]:
    """Attribution recall and precision on PolNeAR ``train`` (dev and test stay unseen)."""
    from watchfloor.extract.pipeline import run

    text_dir = root / "data" / "train" / "text"
    ann_dir = root / "data" / "train" / "attributions"
    gold_n = hit = pred_n = pred_ok = 0
    files = sorted(text_dir.glob("*.txt"))[: limit or None]
    for text_path in files:
        text = text_path.read_text(encoding="utf-8")
        anns = sorted(ann_dir.glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        sources, contents = _brat(anns[0].read_text(encoding="utf-8"))
        ctx = run(text, None)._.wf
        sentence_sources = ctx.sources
        for source_span, content_span in zip(sources, contents, strict=True):
            if source_span is None:
                continue
            gold_n += 1
            for index, sent in enumerate(ctx.seg.sentences):
                if sent.end <= content_span[0] or sent.start >= content_span[1]:
                    continue
                assigned = sentence_sources.get(index)
                late = ctx.participle_sources.get(index)
                if late is not None and content_span[0] >= late.cue_end:
                    assigned = late  # "X rejected the plan, saying ...": the speaker of the clause
                if assigned is not None and assigned.start < source_span[1] and source_span[0] < assigned.end:
                    hit += 1
                    break
        gold_sources = [s for s in sources if s is not None]
        for start, end in ctx.speaker_spans + [(p.start, p.end) for p in ctx.participle_sources.values()]:
            pred_n += 1
            pred_ok += any(start < e and s < end for s, e in gold_sources)
    return {
        "documents": len(files),
        "gold_attributions_with_source": gold_n,
        "source_recall": _ratio(hit, gold_n),
        "source_precision": _ratio(pred_ok, pred_n),
    }


def _brat(raw: str) -> tuple[list[tuple[int, int] | None], list[tuple[int, int]]]:
    spans: dict[str, tuple[int, int]] = {}
    events: list[dict[str, str]] = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind_offsets = parts[1].split(" ", 1)
            if len(kind_offsets) < 2:
                continue
            pieces = [p.split() for p in kind_offsets[1].split(";")]
            try:
                spans[parts[0]] = (int(pieces[0][0]), int(pieces[-1][-1]))
            except (ValueError, IndexError):
                continue
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(r.split(":", 1) for r in parts[1].split() if ":" in r)
            events.append(roles)
    sources: list[tuple[int, int] | None] = []
    contents: list[tuple[int, int]] = []
    for roles in events:
        content = roles.get("Content")
        if content not in spans:
            continue
        contents.append(spans[content])
        sources.append(spans.get(roles.get("Source", "")))
    return sources, contents


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def evaluate_all(shared: Path) -> dict[str, Any]:
    """Every corpus measurement that ``shared`` allows, keyed by corpus."""
    corpora = shared / "corpora"
    out: dict[str, Any] = {}
    isaf = corpora / "isaf_press_releases" / "isaf_press_releases_test_clean.jsonl"
    if isaf.exists():
        out["isaf"] = evaluate_isaf(isaf)
    csis = corpora / "nk_provocations_csis" / "nk_provocations_1958_2017.jsonl"
    if csis.exists():
        out["csis"] = evaluate_csis(csis)
    polnear = corpora / "polnear"
    if polnear.exists():
        out["polnear"] = evaluate_polnear(polnear)
    tbaq = corpora / "tempeval3_tbaq"
    if tbaq.exists():
        try:
            from watchfloor.evaluation.tempeval import evaluate_tempeval

            out["tempeval"] = evaluate_tempeval(tbaq)
        except ImportError:  # pragma: no cover - optional module
            pass
    return out


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args
    args = [a for a in args if a != "--json"]
    shared = Path(args[0]) if args else Path("../shared")
    if not shared.exists():
        print(f"no shared data at {shared}", file=sys.stderr)
        return 1
    results = evaluate_all(shared)
    if as_json:
        print(json.dumps(results, indent=2))
        return 0
    for corpus, figures in results.items():
        print(f"== {corpus}")
        for key, value in figures.items():
            if isinstance(value, list):
                print(f"  {key}: {len(value)} listed (first: {value[:3]})")
            elif isinstance(value, dict):
                continue
            else:
                print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
