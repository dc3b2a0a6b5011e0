"""Tests for the SPEC section-3 scorer and the gold loader.

Rule-by-rule behaviour is pinned by the table of cases in ``golden/scorer/cases.yaml``; a
two-document fixture (texts, JSONL gold, predictions) checks the micro-averaged report
end to end against ``golden/scorer/expected_report.yaml``; the real seed gold, when the
shared material is present, must score perfectly against itself.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.evaluation.fields import FIELDS
from watchfloor.evaluation.gold import (
    GoldDocument,
    GoldFormatError,
    gold_claim_as_prediction,
    load_gold,
)
from watchfloor.evaluation.scorer import ScoreReport, format_report, score_documents
from watchfloor.model import Claim, Source, Span

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden" / "scorer"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED_GOLD = SHARED / "gold" / "seed.json"
CASES = yaml.safe_load((GOLDEN / "cases.yaml").read_text(encoding="utf-8"))
COUNT_NAMES = ("gold", "gold_optional", "predictions", "matched", "matched_optional")


# --- helpers -------------------------------------------------------------------------------


def _evidence(text: str, spec: Any) -> dict[str, Any]:
    """Turn a case's evidence notation (phrase, [phrase, n] or a dict) into a span dict."""
    if isinstance(spec, dict):
        return spec
    phrase, nth = (spec, 0) if isinstance(spec, str) else spec
    if isinstance(spec, str):
        assert text.count(phrase) == 1, f"evidence phrase not unique in text: {phrase!r}"
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase}


def _claim(text: str, raw: dict[str, Any], *, gold: bool) -> dict[str, Any]:
    claim = {name: None for name in FIELDS}
    claim.update(raw)
    claim.setdefault("modality", "asserted")
    claim["modality"] = claim["modality"] or "asserted"
    claim["evidence"] = _evidence(text, raw["evidence"])
    if gold:
        claim.setdefault("optional", False)
    elif isinstance(claim["source"], str):
        claim["source"] = {"entity": claim["source"], "text": claim["source"]}
    return claim


def _score_case(case: dict[str, Any]) -> ScoreReport:
    text = case["text"]
    golds = [_claim(text, c, gold=True) for c in case["gold"]]
    preds = [_claim(text, c, gold=False) for c in case["predictions"]]
    return score_documents([(GoldDocument(doc=case["name"], file=None, claims=golds), preds)])


def _fixture_pairs() -> list[tuple[GoldDocument, list[dict[str, Any]]]]:
    golds = load_gold(GOLDEN / "gold" / "reports.jsonl")
    predicted = json.loads((GOLDEN / "predictions" / "reports.json").read_text("utf-8"))
    return [(doc, predicted[doc.doc]) for doc in golds]


def _perfect(doc: GoldDocument) -> list[dict[str, Any]]:
    return [gold_claim_as_prediction(c, doc.doc) for c in doc.claims]


needs_shared = pytest.mark.skipif(not SEED_GOLD.is_file(), reason="shared seed gold absent")


# --- the rule table ------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    report = _score_case(case)
    expect = case["expect"]

    assert {n: getattr(report.counts, n) for n in COUNT_NAMES} == expect["counts"]
    for ratio in ("precision", "recall", "f1"):
        if ratio in expect:
            assert getattr(report, ratio) == pytest.approx(expect[ratio], abs=1e-12), ratio
    assert sorted([p.gold_index, p.prediction_index] for p in report.pairs) == sorted(
        expect["pairs"]
    )
    fields = {n: [s.correct, s.n] for n, s in report.fields.items() if s.n}
    assert fields == expect["fields"]
    assert [m.gold_index for m in report.misses] == expect["misses"]
    assert [fp.prediction_index for fp in report.false_positives] == expect["false_positives"]
    if "wrong_fields" in expect:
        got = [[w.gold_index, w.field] for w in report.wrong_fields]
        assert got == expect["wrong_fields"]
    hints = expect.get("hints", {})
    for index, part in hints.get("misses", {}).items():
        (miss,) = [m for m in report.misses if m.gold_index == index]
        assert miss.hint is not None and part in miss.hint
    for index, part in hints.get("false_positives", {}).items():
        (fp,) = [f for f in report.false_positives if f.prediction_index == index]
        assert fp.hint is not None and part in fp.hint


def test_cases_cover_every_field_and_both_outcomes() -> None:
    """Guard the table itself: each field is seen right and wrong somewhere."""
    right: set[str] = set()
    wrong: set[str] = set()
    for case in CASES:
        for name, (correct, n) in case["expect"]["fields"].items():
            if correct:
                right.add(name)
            if correct < n:
                wrong.add(name)
    assert right == wrong == set(FIELDS)


# --- the two-document fixture --------------------------------------------------------------


def test_fixture_texts_ground_every_span() -> None:
    for doc, preds in _fixture_pairs():
        text = doc.text()
        assert doc.span_problems(text) == []
        for pred in preds:
            ev = pred["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["text"]


def test_fixture_report() -> None:
    expect = yaml.safe_load((GOLDEN / "expected_report.yaml").read_text("utf-8"))
    report = score_documents(_fixture_pairs())

    assert {n: getattr(report.counts, n) for n in COUNT_NAMES} == expect["counts"]
    assert report.precision == pytest.approx(expect["precision"], abs=1e-12)
    assert report.recall == pytest.approx(expect["recall"], abs=1e-12)
    assert report.f1 == pytest.approx(expect["f1"], abs=1e-12)
    assert {n: [s.correct, s.n] for n, s in report.fields.items()} == expect["fields"]
    docs = {
        d: [c.matched, c.gold, c.predictions, c.matched_optional]
        for d, c in report.documents.items()
    }
    assert docs == expect["documents"]
    assert [[m.doc, m.gold_index] for m in report.misses] == expect["misses"]
    assert [[f.doc, f.prediction_index] for f in report.false_positives] == expect[
        "false_positives"
    ]
    assert [[w.doc, w.gold_index, w.field] for w in report.wrong_fields] == expect["wrong_fields"]


def test_format_report_lets_a_reader_see_why() -> None:
    out = format_report(score_documents(_fixture_pairs()))
    assert "Gold claims: 10 (8 scored, 2 optional)" in out
    assert "Predictions: 11 (2 matched optional gold, 9 scored)" in out
    assert "Precision 0.778   Recall 0.875   F1 0.824" in out
    assert "quantity   0.600  (3/5)" in out
    assert "modality   0.714  (5/7)" in out
    # a miss: type, evidence and the annotator's note
    assert "DEVELOP [547,573) 'no signs of a nuclear test' -- a negated preparation" in out
    # a false positive: type, evidence and what it overlapped
    assert "ATTACK [485,507) 'rehearsal for invasion' -- overlaps gold 4 (STATEMENT)" in out
    # a wrong field: field, gold value, predicted value, evidence
    assert (
        "source: gold UKR.MIL, predicted null -- 'Russia launched 80 drones at Kyiv overnight'"
        in out
    )
    assert "increment, predicted value=2000 approx=about low=None high=None basis=total" in out


def test_to_dict_is_json_and_complete() -> None:
    report = score_documents(_fixture_pairs())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["matched"] == 7 and data["precision"] == pytest.approx(7 / 9)
    assert data["fields"]["time"] == {"correct": 6, "n": 7, "accuracy": pytest.approx(6 / 7)}
    assert len(data["misses"]) == 1 and data["misses"][0]["note"] == "a negated preparation"
    assert [fp["evidence"] for fp in data["false_positives"]] == [
        "rehearsal for invasion",
        "killed in the Kursk region",
    ]
    assert len(data["wrong_fields"]) == 7 and len(data["pairs"]) == 9
    assert data["by_type"]["ATTACK"]["predictions"] == 3
    assert [d["doc"] for d in data["documents"]] == [
        "border-brief-2025-06-12",
        "kyiv-update-2025-06-10",
    ]


def test_unscored_field_accuracy_is_none() -> None:
    doc = GoldDocument(
        doc="d",
        file=None,
        claims=[{"type": "DEVELOP", "evidence": {"start": 0, "end": 5}, "modality": "hedged"}],
    )
    report = score_documents([(doc, _perfect(doc))])
    assert report.fields["modality"].accuracy == 1.0
    assert report.fields["time"].accuracy is None
    assert report.to_dict()["fields"]["actor"] == {"correct": 0, "n": 0, "accuracy": None}
    assert "time         n/a  (0/0)" in format_report(report)


def test_claim_objects_are_accepted() -> None:
    text = "Seoul said North Korea fired a cruise missile."
    gold = GoldDocument(
        doc="d",
        file=None,
        claims=[
            {
                "type": "LAUNCH",
                "actor": "PRK",
                "source": "KOR",
                "modality": "asserted",
                "evidence": {"start": 11, "end": 45, "text": text[11:45]},
            }
        ],
    )
    claim = Claim(
        type="LAUNCH", evidence=Span.of(text, 11, 29), actor="PRK", source=Source("KOR", "Seoul")
    )
    report = score_documents([(gold, [claim])])
    assert report.f1 == 1.0
    assert report.fields["source"].correct == 1


# --- property: gold fed back as predictions is perfect, in any order ------------------------

_ids = st.sampled_from([None, "PRK", "PRK.MIL", "RUS", "KOR", "KOR.MIL", "KOR.MIL.JCS"])
_quantities = st.one_of(
    st.none(),
    st.builds(
        lambda v, a: {
            "value": v,
            "low": v if a == "at_least" else None,
            "high": None,
            "approx": a,
            "unit": None,
            "basis": None,
        },
        st.integers(1, 3),
        st.sampled_from(["exact", "about", "at_least"]),
    ),
    st.builds(
        lambda lo: {
            "value": None,
            "low": lo,
            "high": lo + 1,
            "approx": "range",
            "unit": None,
            "basis": "total",
        },
        st.integers(1, 3),
    ),
)
_times = st.one_of(
    st.none(),
    st.builds(
        lambda d, n: {"start": f"2025-03-{d:02d}", "end": f"2025-03-{d + n:02d}", "text": "x"},
        st.integers(1, 10),
        st.integers(0, 10),
    ),
)


@st.composite
def _gold_claims(draw: st.DrawFn) -> dict[str, Any]:
    # few distinct spans, so that claims often share or nest spans: where ties hide
    start = draw(st.sampled_from([0, 4, 8]))
    end = start + draw(st.sampled_from([4, 8, 12]))
    return {
        "type": draw(st.sampled_from(["DEPLOY", "ATTACK"])),
        "actor": draw(_ids),
        "recipient": draw(_ids),
        "source": draw(_ids),
        "quantity": draw(_quantities),
        "time": draw(_times),
        "modality": draw(st.sampled_from(["asserted", "hedged", None])),
        "optional": draw(st.booleans()),
        "evidence": {"start": start, "end": end, "text": "x" * (end - start)},
    }


@settings(max_examples=300, deadline=None)
@given(st.lists(_gold_claims(), max_size=8), st.randoms(use_true_random=False))
def test_gold_as_predictions_in_any_order_is_perfect(
    claims: list[dict[str, Any]], rnd: random.Random
) -> None:
    doc = GoldDocument(doc="d", file=None, claims=claims)
    preds = _perfect(doc)
    rnd.shuffle(preds)
    report = score_documents([(doc, preds)])
    n_optional = sum(c["optional"] for c in claims)
    assert report.counts.matched == len(claims) - n_optional
    assert report.counts.matched_optional == n_optional
    assert report.misses == [] and report.false_positives == [] and report.wrong_fields == []


# --- the gold loader -----------------------------------------------------------------------

_DOC = {
    "doc": "a",
    "file": "texts/a.txt",
    "published": "2025-03-27",
    "publisher": "Wire",
    "claims": [{"type": "ATTACK", "evidence": {"start": 0, "end": 6, "text": "Shells"}}],
}


@pytest.mark.parametrize(
    "name,content",
    [
        ("one.json", json.dumps(_DOC)),
        ("list.json", json.dumps([_DOC, {**_DOC, "doc": "b"}])),
        ("lines.jsonl", json.dumps(_DOC) + "\n\n" + json.dumps({**_DOC, "doc": "b"}) + "\n"),
    ],
)
def test_load_gold_shapes(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_bytes(b"Shells fell on Kherson.\r\nTwo died.")
    (tmp_path / "gold" / name).write_text(content, encoding="utf-8")
    docs = load_gold(tmp_path / "gold" / name)
    assert docs[0].doc == "a" and docs[0].publisher == "Wire"
    assert docs[0].file == (tmp_path / "texts" / "a.txt").resolve()
    assert [d.doc for d in docs] == (["a"] if name == "one.json" else ["a", "b"])
    assert docs[0].text() == "Shells fell on Kherson.\r\nTwo died."  # no newline translation
    assert docs[0].span_problems() == []


def test_load_gold_directory_reads_every_file_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text(json.dumps({**_DOC, "doc": "second"}), encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({**_DOC, "doc": "first"}), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not gold", encoding="utf-8")
    assert [d.doc for d in load_gold(tmp_path)] == ["first", "second"]


@pytest.mark.parametrize(
    "content,message",
    [
        ('{"claims": []}', "missing 'doc'"),
        ('{"doc": "a", "claims": {}}', "'claims' must be a list"),
        (
            '{"doc": "a", "claims": [{"evidence": {"start": 0, "end": 1}}]}',
            "claim 0: missing 'type'",
        ),
        (
            '{"doc": "a", "claims": [{"type": "ATTACK", "evidence": {"start": 5, "end": 2}}]}',
            "integer offsets",
        ),
        (
            '{"doc": "a", "claims": [{"type": "ATTACK", "evidence": {"start": "0", "end": 2}}]}',
            "integer offsets",
        ),
        ('{"doc": "a", "claims": []}\n{"doc": "b", "claims": [\n', ":2: not JSON"),
    ],
)
def test_load_gold_rejects_bad_gold_saying_where(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message.replace("(", r"\(")) as err:
        load_gold(path)
    assert str(path) in str(err.value)


def test_span_problems_names_a_bad_offset(tmp_path: Path) -> None:
    doc = GoldDocument(
        doc="a",
        file=None,
        claims=[{"type": "ATTACK", "evidence": {"start": 1, "end": 6, "text": "Shells"}}],
    )
    (problem,) = doc.span_problems("Shells fell.")
    assert "claim 0" in problem and "'hells'" in problem
    with pytest.raises(GoldFormatError):
        doc.text()


# --- the real seed gold --------------------------------------------------------------------


@needs_shared
def test_seed_gold_grounds_in_its_text() -> None:
    (doc,) = load_gold(SEED_GOLD)
    assert doc.file is not None and doc.file.is_file()
    assert doc.span_problems() == []


@needs_shared
def test_seed_gold_against_itself_is_perfect() -> None:
    (doc,) = load_gold(SEED_GOLD)
    report = score_documents([(doc, _perfect(doc))])
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    for name, score in report.fields.items():
        assert score.n > 0 and score.accuracy == 1.0, name
    assert report.counts.matched_optional == sum(bool(c.get("optional")) for c in doc.claims)


@needs_shared
def test_seed_gold_with_two_claims_dropped() -> None:
    (doc,) = load_gold(SEED_GOLD)
    scored = [i for i, c in enumerate(doc.claims) if not c.get("optional")]
    dropped = {scored[0], scored[-1]}
    preds = [p for i, p in enumerate(_perfect(doc)) if i not in dropped]
    report = score_documents([(doc, preds)])
    assert report.recall == pytest.approx((len(scored) - 2) / len(scored))
    assert report.precision == 1.0
    assert sorted(m.gold_index for m in report.misses) == sorted(dropped)
