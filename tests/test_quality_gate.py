"""Quality gate: extraction scores may not fall below the floors in ``quality_baseline.json``.

Modelled on trafilatura's evaluation gate: the floors are data, checked on every test run,
so a change that makes extraction worse fails here instead of slipping through. The corpus
parts need ``../shared`` and skip cleanly without it; the golden reports are ours and always run.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from watchfloor.api import evaluate_gold_files

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BASELINE = json.loads((ROOT / "tests" / "quality_baseline.json").read_text(encoding="utf-8"))


def _needs_shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available")
    return path


def test_seed_meets_f1_and_field_floors():
    report = evaluate_gold_files([_needs_shared("gold", "seed.json")]).to_dict()
    floors = BASELINE["seed"]
    assert report["f1"] >= floors["f1"], report["f1"]
    for field, floor in floors["fields"].items():
        accuracy = report["fields"][field]["accuracy"]
        assert accuracy is not None and accuracy >= floor, (field, accuracy)


def _meets(report: dict, floors: dict) -> None:
    """P, R, F1 and (under ``fields``) each field's accuracy at or above its floor."""
    for key, floor in floors.items():
        if key == "fields":
            for field, field_floor in floor.items():
                accuracy = report["fields"][field]["accuracy"]
                assert accuracy is not None and accuracy >= field_floor, (field, accuracy)
        else:
            assert report[key] >= floor, (key, report[key])


def test_golden_reports_meet_floors():
    golds = sorted((ROOT / "tests" / "golden" / "reports").glob("*.gold.json"))
    assert len(golds) >= 25
    _meets(evaluate_gold_files(golds).to_dict(), BASELINE["golden_reports"])


@pytest.mark.parametrize(
    ("folder", "floors"),
    [
        ("heldout", "heldout_reports"),
        ("heldout2", "heldout2_reports"),
        ("heldout3", "heldout3_reports"),
        ("heldout4", "heldout4_reports"),
        ("heldout5", "heldout5_reports"),
        ("heldout6", "heldout6_reports"),
        ("heldout7", "heldout7_reports"),
        ("heldout8", "heldout8_reports"),
        ("heldout9", "heldout9_reports"),
        ("heldout10", "heldout10_reports"),
        ("heldout11", "heldout11_reports"),
        ("heldout12", "heldout12_reports"),
        ("heldout13", "heldout13_reports"),
        ("heldout14", "heldout14_reports"),
        ("heldout15", "heldout15_reports"),
        ("heldout16", "heldout16_reports"),
        ("heldout17", "heldout17_reports"),
        ("heldout18", "heldout18_reports"),
        ("heldout19", "heldout19_reports"),
        ("heldout20", "heldout20_reports"),
        ("heldout21", "heldout21_reports"),
        ("heldout22", "heldout22_reports"),
        ("heldout23", "heldout23_reports"),
        ("heldout24", "heldout24_reports"),
        ("heldout25", "heldout25_reports"),
        ("heldout26", "heldout26_reports"),
        ("heldout27", "heldout27_reports"),
        ("heldout28", "heldout28_reports"),
        ("heldout29", "heldout29_reports"),
        ("heldout30", "heldout30_reports"),
        ("heldout31", "heldout31_reports"),
        ("heldout32", "heldout32_reports"),
        ("heldout33", "heldout33_reports"),
        ("heldout34", "heldout34_reports"),
        ("heldout35", "heldout35_reports"),
        ("heldout36", "heldout36_reports"),
        ("heldout37", "heldout37_reports"),
        ("heldout38", "heldout38_reports"),
        ("heldout39", "heldout39_reports"),
        ("heldout40", "heldout40_reports"),
        ("heldout41", "heldout41_reports"),
        ("heldout42", "heldout42_reports"),
        ("heldout43", "heldout43_reports"),
        ("heldout44", "heldout44_reports"),
        ("heldout45", "heldout45_reports"),
        ("heldout46", "heldout46_reports"),
        ("heldout47", "heldout47_reports"),
    ],
)
def test_heldout_reports_meet_floors(folder, floors):
    """Reports written blind to the extractor (tests/golden/heldout*/README.md), so that their scores
    estimate extraction on reports nobody here has read; each README says whether its misses have
    since been read (heldout18 to heldout33 have: they are development sets now)."""
    golds = sorted((ROOT / "tests" / "golden" / folder).glob("*.gold.json"))
    assert len(golds) >= 8
    _meets(evaluate_gold_files(golds).to_dict(), BASELINE[floors])


@cache
def _corpora() -> dict:
    from watchfloor.evaluation.corpora import evaluate_csis, evaluate_isaf

    corpora = _needs_shared("corpora")
    return {
        "isaf": evaluate_isaf(corpora / "isaf_press_releases" / "isaf_press_releases_test_clean.jsonl"),
        "csis": evaluate_csis(corpora / "nk_provocations_csis" / "nk_provocations_1958_2017.jsonl"),
    }


@pytest.mark.parametrize("corpus", ["isaf", "csis"])
def test_corpus_floors(corpus):
    figures = _corpora()[corpus]
    for key, floor in BASELINE[corpus].items():
        assert figures[key] is not None and figures[key] >= floor, (corpus, key, figures[key])


def test_tempeval_floors():
    from watchfloor.evaluation.tempeval import evaluate_tempeval

    figures = evaluate_tempeval(_needs_shared("corpora", "tempeval3_tbaq"))
    for key, floor in BASELINE["tempeval"].items():
        assert figures[key] >= floor, (key, figures[key])


def test_polnear_train_attribution_floors():
    from watchfloor.evaluation.corpora import evaluate_polnear

    figures = evaluate_polnear(_needs_shared("corpora", "polnear"), limit=200)
    for key, floor in BASELINE["polnear"].items():
        assert figures[key] >= floor, (key, figures[key])
