"""The SPEC section-3 scorer: how far predicted claims are from gold, and why.

Matching (per document): a prediction and a gold claim can pair when their types are
equal, their half-open evidence spans overlap, and, where the gold has a quantity, the
values agree (``value`` for a single number; ``low`` and ``high`` for a range). Candidate
pairs are taken greedily, largest overlap first, each claim used at most once. SPEC leaves
ties open; here an equal overlap goes to the tighter fit (overlap over union), then to the
pair agreeing on more fields, then to the earlier gold claim and prediction. So a perfect
extractor scores perfectly whatever order it emits claims in, and two claims on one span
(Seoul asserts, Moscow denies) each pair with the prediction that resembles them.

Counting: gold marked ``optional`` is neither a miss when unmatched nor part of recall, and
a prediction paired with optional gold is dropped from precision's denominator (it is not
wrong, and not credited). Counts are summed over documents before P, R and F1 are taken
(micro average), so a long report weighs more than a short one, as its claims do.
An undefined ratio (0/0) is reported as 0.0, so a quality gate can compare plain floats.

Field accuracy is measured over pairs with *non-optional* gold only: optional gold marks
claims the annotator was unsure belonged in the set at all, and their fields should sway
the field figures no more than their presence sways recall. A field is scored only where
the gold gives it (non-null), so ``n`` differs by field; ``accuracy`` is ``None`` at
``n == 0``. The rule for each field is in :mod:`watchfloor.evaluation.fields`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from watchfloor.evaluation.fields import (
    FIELDS,
    QUANTITY_KEYS,
    TIME_TOLERANCE_DAYS,
    agreement,
    field_right,
    predicted_value,
    quantity_matches,
)
from watchfloor.evaluation.gold import GoldDocument

__all__ = [
    "FIELDS",
    "TIME_TOLERANCE_DAYS",
    "Counts",
    "FalsePositive",
    "FieldScore",
    "Miss",
    "Pair",
    "ScoreReport",
    "WrongField",
    "format_report",
    "score_documents",
]


@dataclass(slots=True)
class Counts:
    """Claim counts of one document, one type, or a whole run, and the ratios they give.

    Attributes:
        gold: Non-optional gold claims (recall's denominator).
        gold_optional: Optional gold claims.
        predictions: All predicted claims.
        matched: Predictions paired with non-optional gold (true positives).
        matched_optional: Predictions paired with optional gold (left out of precision).
    """

    gold: int = 0
    gold_optional: int = 0
    predictions: int = 0
    matched: int = 0
    matched_optional: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predictions - self.matched_optional)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return _ratio(2 * p * r, p + r)

    def add(self, other: Counts) -> None:
        """Add another tally into this one (micro averaging sums before dividing)."""
        for name in ("gold", "gold_optional", "predictions", "matched", "matched_optional"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = asdict(self)
        out.update(precision=self.precision, recall=self.recall, f1=self.f1)
        return out


@dataclass(slots=True)
class FieldScore:
    """How often one field was right, over the matched pairs whose gold gives it."""

    correct: int = 0
    n: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.n if self.n else None

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "n": self.n, "accuracy": self.accuracy}


@dataclass(frozen=True, slots=True)
class Pair:
    """A gold claim and the prediction paired with it; indexes are list positions."""

    doc: str
    gold_index: int
    prediction_index: int
    overlap: int
    optional: bool


@dataclass(frozen=True, slots=True)
class Miss:
    """A non-optional gold claim no prediction paired with; ``hint`` says what came close."""

    doc: str
    gold_index: int
    type: str
    start: int
    end: int
    evidence: str
    note: str | None
    hint: str | None


@dataclass(frozen=True, slots=True)
class FalsePositive:
    """A prediction paired with no gold claim; ``hint`` names overlapping gold, if any."""

    doc: str
    prediction_index: int
    type: str | None
    start: int | None
    end: int | None
    evidence: str
    hint: str | None


@dataclass(frozen=True, slots=True)
class WrongField:
    """One field a matched prediction got wrong, with both values and the gold evidence."""

    doc: str
    gold_index: int
    prediction_index: int
    field: str
    gold: Any
    predicted: Any
    evidence: str


@dataclass(slots=True)
class ScoreReport:
    """Everything the scorer found, summed over documents (see the module docstring)."""

    counts: Counts = field(default_factory=Counts)
    documents: dict[str, Counts] = field(default_factory=dict)
    by_type: dict[str, Counts] = field(default_factory=dict)
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    pairs: list[Pair] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)
    false_positives: list[FalsePositive] = field(default_factory=list)
    wrong_fields: list[WrongField] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.counts.precision

    @property
    def recall(self) -> float:
        return self.counts.recall

    @property
    def f1(self) -> float:
        return self.counts.f1

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data, holding the same content as :func:`format_report`."""
        return {
            **self.counts.to_dict(),
            "fields": {name: score.to_dict() for name, score in self.fields.items()},
            "by_type": {t: c.to_dict() for t, c in sorted(self.by_type.items())},
            "documents": [{"doc": d, **c.to_dict()} for d, c in self.documents.items()],
            "misses": [asdict(m) for m in self.misses],
            "false_positives": [asdict(fp) for fp in self.false_positives],
            "wrong_fields": [asdict(w) for w in self.wrong_fields],
            "pairs": [asdict(p) for p in self.pairs],
        }


def score_documents(pairs: list[tuple[GoldDocument, list[Any]]]) -> ScoreReport:
    """Score predicted claims against gold, document by document, then summed.

    Args:
        pairs: Each gold document with the claims predicted for it, as SPEC dicts
            (``Claim.to_dict()`` shape: ``source`` is ``{"entity", "text"}`` or null).
            Objects with a ``to_dict`` method are converted first.

    Returns:
        The report: counts, P/R/F1, per-field accuracy, and every miss, false positive
        and wrong field.
    """
    report = ScoreReport()
    for gold_doc, predicted in pairs:
        preds = [p.to_dict() if hasattr(p, "to_dict") else p for p in predicted]
        _score_document(report, gold_doc, preds)
    return report


def _score_document(report: ScoreReport, gold_doc: GoldDocument, preds: list[dict]) -> None:
    """Match one document's claims and add what is found to ``report``."""
    golds, doc = gold_doc.claims, gold_doc.doc
    matched = _match(golds, preds)
    by_gold = {gi: (pi, ov) for gi, pi, ov in matched}
    paired_preds = {pi for _, pi, _ in matched}
    counts = Counts()

    for gi, gold in enumerate(golds):
        optional = bool(gold.get("optional"))
        tallies = (counts, _type_counts(report, gold["type"]))
        for c in tallies:
            c.gold_optional += optional
            c.gold += not optional
        if gi in by_gold:
            pi, overlap = by_gold[gi]
            report.pairs.append(Pair(doc, gi, pi, overlap, optional))
            for c in tallies:
                c.matched_optional += optional
                c.matched += not optional
            if not optional:
                _score_fields(report, doc, gi, gold, pi, preds[pi])
        elif not optional:
            ev = gold["evidence"]
            hint = _miss_hint(gold, preds, paired_preds)
            report.misses.append(
                Miss(
                    doc,
                    gi,
                    gold["type"],
                    ev["start"],
                    ev["end"],
                    _ev_text(gold),
                    gold.get("note"),
                    hint,
                )
            )

    for pi, pred in enumerate(preds):
        counts.predictions += 1
        _type_counts(report, str(pred.get("type"))).predictions += 1
        if pi not in paired_preds:
            start, end = _offsets(pred) or (None, None)
            hint = _fp_hint(pred, golds, set(by_gold))
            report.false_positives.append(
                FalsePositive(doc, pi, pred.get("type"), start, end, _ev_text(pred), hint)
            )
    report.counts.add(counts)
    report.documents.setdefault(doc, Counts()).add(counts)


def _type_counts(report: ScoreReport, claim_type: str) -> Counts:
    return report.by_type.setdefault(claim_type, Counts())


def _match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int, int]]:
    """Greedy pairing, largest overlap first; returns ``(gold, prediction, overlap)``.

    Equal overlaps are ordered by the tighter fit (overlap over union), then by how many
    fields agree (:func:`~watchfloor.evaluation.fields.agreement`), then by gold and
    prediction position, so the pairing does not hinge on the order an extractor emits.
    """
    spans = [_offsets(p) for p in preds]
    candidates = []
    for gi, gold in enumerate(golds):
        gold_span = (gold["evidence"]["start"], gold["evidence"]["end"])
        for pi, pred in enumerate(preds):
            span = spans[pi]
            if span is None or pred.get("type") != gold["type"]:
                continue
            overlap = _overlap(gold_span, span)
            if overlap > 0 and quantity_matches(gold.get("quantity"), pred.get("quantity")):
                union = max(gold_span[1], span[1]) - min(gold_span[0], span[0])
                fit = overlap / union
                right, identical = agreement(gold, pred)
                candidates.append((-overlap, -fit, -right, -identical, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    out = []
    for neg_overlap, *_, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            out.append((gi, pi, -neg_overlap))
    return out


def _score_fields(report: ScoreReport, doc: str, gi: int, gold: dict, pi: int, pred: dict) -> None:
    """Score each field the gold gives for one matched, non-optional pair."""
    for name in FIELDS:
        predicted = predicted_value(name, pred)
        right = field_right(name, gold.get(name), predicted)
        if right is None:
            continue
        score = report.fields[name]
        score.n += 1
        score.correct += right
        if not right:
            report.wrong_fields.append(
                WrongField(doc, gi, pi, name, gold.get(name), predicted, _ev_text(gold))
            )


def _offsets(claim: dict) -> tuple[int, int] | None:
    """A claim's evidence offsets, or ``None`` when it has none usable (it cannot match)."""
    ev = claim.get("evidence")
    if not isinstance(ev, dict):
        return None
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


def _ev_text(claim: dict) -> str:
    ev = claim.get("evidence")
    return str(ev.get("text") or "") if isinstance(ev, dict) else ""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _miss_hint(gold: dict, preds: list[dict], paired: set[int]) -> str | None:
    """Say what overlapped a missed gold claim and why it did not pair, if anything did."""
    span = (gold["evidence"]["start"], gold["evidence"]["end"])
    best = _most_overlapping(span, [_offsets(p) for p in preds])
    if best is None:
        return None
    pred = preds[best]
    where = f"prediction {best} ({pred.get('type')})"
    if pred.get("type") != gold["type"]:
        return f"overlaps {where}"
    if not quantity_matches(gold.get("quantity"), pred.get("quantity")):
        return f"overlaps {where}: quantity {_show(pred.get('quantity'))} differs"
    if best in paired:
        return f"overlaps {where}, paired with another gold claim"
    return None


def _fp_hint(pred: dict, golds: list[dict], paired: set[int]) -> str | None:
    """Say which gold claim a false positive overlapped and why it did not pair."""
    span = _offsets(pred)
    if span is None:
        return "no evidence offsets"
    gold_spans = [(g["evidence"]["start"], g["evidence"]["end"]) for g in golds]
    best = _most_overlapping(span, gold_spans)
    if best is None:
        return None
    gold = golds[best]
    where = f"gold {best} ({gold['type']})"
    if pred.get("type") != gold["type"]:
        return f"overlaps {where}"
    if not quantity_matches(gold.get("quantity"), pred.get("quantity")):
        return f"overlaps {where}: gold quantity {_show(gold.get('quantity'))}"
    if best in paired:
        return f"overlaps {where}, paired with another prediction"
    return None


def _most_overlapping(span: tuple[int, int], others: list[tuple[int, int] | None]) -> int | None:
    best, best_overlap = None, 0
    for index, other in enumerate(others):
        if other is not None and (ov := _overlap(span, other)) > best_overlap:
            best, best_overlap = index, ov
    return best


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _show(value: Any) -> str:
    """A compact one-line rendering of a field value for the text report."""
    if isinstance(value, dict) and "approx" in value:
        return " ".join(f"{k}={value.get(k)}" for k in ("value", *QUANTITY_KEYS))
    if isinstance(value, dict) and "start" in value:
        return f"{value.get('start')}..{value.get('end')}"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def format_report(report: ScoreReport) -> str:
    """Render a report for a person: the figures first, then every error, each with why.

    Sections: counts and P/R/F1; field accuracy with ``n``; per-type counts; misses
    (gold type, evidence, note, hint); false positives (type, evidence, hint); wrong
    fields of matched pairs (field, gold value, predicted value, evidence).
    """
    c = report.counts
    lines = [
        f"Documents: {len(report.documents)}",
        f"Gold claims: {c.gold + c.gold_optional} ({c.gold} scored, {c.gold_optional} optional)",
        f"Predictions: {c.predictions} ({c.matched_optional} matched optional gold, "
        f"{c.predictions - c.matched_optional} scored)",
        f"Matched: {c.matched}   Misses: {len(report.misses)}   "
        f"False positives: {len(report.false_positives)}",
        f"Precision {c.precision:.3f}   Recall {c.recall:.3f}   F1 {c.f1:.3f}",
        "",
        "Field accuracy (matched pairs, non-optional gold, where the gold gives the field):",
    ]
    for name, score in report.fields.items():
        acc = "  n/a" if score.accuracy is None else f"{score.accuracy:.3f}"
        lines.append(f"  {name:<10} {acc}  ({score.correct}/{score.n})")
    row = "  {:<12} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6}"
    lines += ["", "By type (optional gold and its predictions left out):"]
    lines.append(row.format("type", "gold", "pred", "match", "P", "R", "F1"))
    for kind, t in sorted(report.by_type.items()):
        scored = t.predictions - t.matched_optional
        lines.append(
            row.format(
                kind,
                t.gold,
                scored,
                t.matched,
                f"{t.precision:.3f}",
                f"{t.recall:.3f}",
                f"{t.f1:.3f}",
            )
        )
    lines += ["", f"Misses ({len(report.misses)}):"]
    for m in report.misses:
        extra = "".join(f" -- {x}" for x in (m.note, m.hint) if x)
        lines.append(f"  [{m.doc}] {m.type} [{m.start},{m.end}) {m.evidence!r}{extra}")
    lines += ["", f"False positives ({len(report.false_positives)}):"]
    for fp in report.false_positives:
        extra = f" -- {fp.hint}" if fp.hint else ""
        lines.append(f"  [{fp.doc}] {fp.type} [{fp.start},{fp.end}) {fp.evidence!r}{extra}")
    lines += ["", f"Wrong fields ({len(report.wrong_fields)}):"]
    for w in report.wrong_fields:
        lines.append(
            f"  [{w.doc}] {w.field}: gold {_show(w.gold)}, predicted {_show(w.predicted)}"
            f" -- {w.evidence!r}"
        )
    return "\n".join(lines) + "\n"
