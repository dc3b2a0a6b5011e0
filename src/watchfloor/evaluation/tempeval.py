"""Score the time normalizer on TempEval-3 TimeML files (TBAQ-cleaned: TimeBank + AQUAINT).

Each ``.tml`` file holds a newswire text with gold ``TIMEX3`` annotations and a document
creation time (DCT). For every file we take the plain text of the ``TEXT`` element (the
gold offsets are computed on that same text), run ``find_times(text, dct)`` and compare:

* ``gold``: TIMEX3 inside TEXT, the DCT itself excluded;
* ``found_strict`` / ``found_relaxed``: share of gold spans that one of ours equals / overlaps
  (``found_strict_core`` also forgives our leading "in", "on", "since");
* ``value_accuracy``: on relaxed-matched gold, share where our ``value`` (of the mention that
  overlaps it most) equals the gold ``value``;
* ``precision``: share of our mentions that overlap some gold TIMEX3.

HeidelTime's published TempEval-3 value F1 of 77.6 is on another test set (the TE3 platinum
set), so it is a point of reference, not a like-for-like comparison.

Run: ``python -m watchfloor.evaluation.tempeval [ROOT] [--errors N]``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from watchfloor.extract.timex import find_times

DEFAULT_ROOT = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpora" / "tempeval3_tbaq"
_PREPOSITIONS = ("in ", "on ", "since ", "In ", "On ", "Since ")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


def _parse(path: Path) -> Any:
    """Parse a TimeML file without resolving entities or touching the network."""
    try:
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        return etree.parse(str(path), parser).getroot()
    except ImportError:  # pragma: no cover - lxml is a spaCy dependency here
        import xml.etree.ElementTree as ET

        return ET.parse(path).getroot()


def read_tml(path: Path) -> tuple[str, str | None, list[GoldTimex]]:
    """Return (plain text of TEXT, DCT value, gold TIMEX3 inside TEXT with offsets)."""
    root = _parse(path)
    dct_el = root.find("DCT/TIMEX3")
    dct = dct_el.get("value") if dct_el is not None else None
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    pos = 0

    def walk(el: Any) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
            gold.append(GoldTimex(start, pos, "", el.get("type", ""), el.get("value", "")))

    if text_el is None:
        return "", dct, []
    walk(text_el)
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.type, g.value) for g in gold]
    return text, dct, sorted(gold, key=lambda g: g.start)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def evaluate_tempeval(root: Path, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Score ``find_times`` on every ``.tml`` under ``root``; see the module doc for fields.

    Args:
        root: a folder searched recursively for ``*.tml``.
        errors: if given, filled with one record per miss, wrong value and false alarm.
    """
    files = sorted(Path(root).rglob("*.tml"))
    n_gold = strict = strict_core = relaxed = value_ok = 0
    n_pred = pred_hit = 0
    by_type: Counter[str] = Counter()
    by_type_found: Counter[str] = Counter()
    by_type_value: Counter[str] = Counter()
    for path in files:
        text, dct, gold = read_tml(path)
        mentions = find_times(text, dct[:10] if dct else None)
        n_gold += len(gold)
        n_pred += len(mentions)
        for m in mentions:
            if any(_overlap(m.start, m.end, g.start, g.end) for g in gold):
                pred_hit += 1
            elif errors is not None:
                errors.append({"file": path.name, "kind": "false_alarm", "text": m.text,
                               "value": m.value})
        for g in gold:
            by_type[g.type] += 1
            spans = [(m.start, m.end) for m in mentions]
            if (g.start, g.end) in spans:
                strict += 1
            if any(_core(m.text, m.start) == (g.start, g.end) or (m.start, m.end) ==
                   (g.start, g.end) for m in mentions):
                strict_core += 1
            best = max(mentions, key=lambda m: _overlap(m.start, m.end, g.start, g.end),
                       default=None)
            if best is None or not _overlap(best.start, best.end, g.start, g.end):
                if errors is not None:
                    errors.append({"file": path.name, "kind": "miss", "text": g.text,
                                   "gold": g.value, "type": g.type, "dct": dct})
                continue
            relaxed += 1
            by_type_found[g.type] += 1
            if best.value == g.value:
                value_ok += 1
                by_type_value[g.type] += 1
            elif errors is not None:
                errors.append({"file": path.name, "kind": "wrong_value", "text": g.text,
                               "ours": best.text, "value": best.value, "gold": g.value,
                               "type": g.type, "dct": dct})
    return {
        "files": len(files),
        "gold": n_gold,
        "predicted": n_pred,
        "found_strict": strict / n_gold if n_gold else 0.0,
        "found_strict_core": strict_core / n_gold if n_gold else 0.0,
        "found_relaxed": relaxed / n_gold if n_gold else 0.0,
        "value_accuracy": value_ok / relaxed if relaxed else 0.0,
        "precision": pred_hit / n_pred if n_pred else 0.0,
        "by_type": {
            t: {"gold": by_type[t], "found": by_type_found[t] / by_type[t],
                "value_accuracy": by_type_value[t] / by_type_found[t] if by_type_found[t]
                else 0.0}
            for t in sorted(by_type)
        },
    }


def _core(text: str, start: int) -> tuple[int, int]:
    """Our span without a leading "in"/"on"/"since", for the forgiving strict match."""
    for p in _PREPOSITIONS:
        if text.startswith(p):
            return start + len(p), start + len(text)
    return start, start + len(text)


def format_report(r: dict[str, Any]) -> str:
    """A small plain-text table of the scores."""
    lines = [
        f"TempEval-3 TBAQ-cleaned: {r['files']} files, {r['gold']} gold TIMEX3 "
        f"(DCT excluded), {r['predicted']} predicted",
        f"{'measure':<34}{'value':>8}",
        f"{'found, strict span':<34}{r['found_strict']:>8.3f}",
        f"{'found, strict w/o leading in/on':<34}{r['found_strict_core']:>8.3f}",
        f"{'found, relaxed (overlap)':<34}{r['found_relaxed']:>8.3f}",
        f"{'value accuracy (relaxed matches)':<34}{r['value_accuracy']:>8.3f}",
        f"{'precision (ours overlapping gold)':<34}{r['precision']:>8.3f}",
        "",
        f"{'type':<10}{'gold':>6}{'found':>8}{'value acc':>11}",
    ]
    for t, s in r["by_type"].items():
        lines.append(f"{t:<10}{s['gold']:>6}{s['found']:>8.3f}{s['value_accuracy']:>11.3f}")
    lines += [
        "",
        "Reference: HeidelTime's published TempEval-3 value F1 of 77.6 is on another test",
        "set (TE3 platinum), not on these training files.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", nargs="?", default=str(DEFAULT_ROOT), type=Path)
    ap.add_argument("--errors", type=int, default=0, help="print this many errors of each kind")
    args = ap.parse_args(argv)
    if not args.root.exists():
        print(f"no corpus at {args.root}", file=sys.stderr)
        return 2
    errs: list[dict[str, Any]] = []
    report = evaluate_tempeval(args.root, errs if args.errors else None)
    print(format_report(report))
    for kind in ("miss", "wrong_value", "false_alarm"):
        shown = [e for e in errs if e["kind"] == kind][: args.errors]
        if shown:
            print(f"\n{kind} ({sum(e['kind'] == kind for e in errs)}):")
            for e in shown:
                print("  " + "  ".join(f"{k}={v!r}" for k, v in e.items() if k != "kind"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
