"""TempEval-3 scoring: the TimeML reader on a hand-written file, and floors on the real corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from watchfloor.evaluation.tempeval import evaluate_tempeval, format_report, main, read_tml

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpora" / "tempeval3_tbaq"

FIXTURE = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-03-27"
  functionInDocument="CREATION_TIME">2025-03-27</TIMEX3></DCT>
<TEXT>
Guards <EVENT eid="e1">fired</EVENT> warning shots
<TIMEX3 tid="t1" type="DATE" value="2025-03-23">Sunday</TIMEX3>, and patrols doubled
<TIMEX3 tid="t2" type="DATE" value="2025-02">last month</TIMEX3>. The drill lasted
<TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_read_tml_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(FIXTURE, encoding="utf-8")
    text, dct, gold = read_tml(path)
    assert dct == "2025-03-27"
    assert [g.text for g in gold] == ["Sunday", "last month", "three days"]
    for g in gold:
        assert text[g.start:g.end] == g.text
    assert "fired warning shots\nSunday" in text


def test_evaluate_on_fixture(tmp_path: Path) -> None:
    (tmp_path / "doc.tml").write_text(FIXTURE, encoding="utf-8")
    errors: list[dict] = []
    r = evaluate_tempeval(tmp_path, errors)
    assert r["gold"] == 3 and r["files"] == 1
    assert r["found_relaxed"] == 1.0
    assert r["found_strict"] == 1.0
    assert r["value_accuracy"] == 1.0
    assert r["precision"] == 1.0
    assert errors == []
    assert "HeidelTime" in format_report(r)


def test_main_on_missing_root(tmp_path: Path) -> None:
    assert main([str(tmp_path / "absent")]) == 2


@pytest.fixture(scope="module")
def corpus_scores() -> dict:
    if not CORPUS.exists():
        pytest.skip("shared TempEval-3 corpus absent")
    return evaluate_tempeval(CORPUS)


def test_tempeval_floors(corpus_scores: dict) -> None:
    """Floors slightly below the measured scores (0.903 / 0.828 / 0.890 / 0.636)."""
    r = corpus_scores
    assert r["files"] == 256
    assert r["gold"] == 1822
    assert r["found_relaxed"] >= 0.88
    assert r["value_accuracy"] >= 0.80
    assert r["precision"] >= 0.86
    assert r["found_strict"] >= 0.60
