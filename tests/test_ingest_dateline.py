"""Datelines and wire credits: golden cases from ``tests/golden/dateline_cases.yaml``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from watchfloor.extract.datelines import parse_date_text
from watchfloor.ingest import find_dateline

GOLDEN = Path(__file__).parent / "golden" / "dateline_cases.yaml"
CASES = yaml.safe_load(GOLDEN.read_text("utf-8"))
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_dateline_golden(case: dict) -> None:
    text = case["text"]
    found = find_dateline(text)
    if case.get("none"):
        assert found is None or found.span is None
        return
    assert found is not None
    for part in ("span", "place", "region", "date_span", "credit", "end_credit"):
        span = getattr(found, part)
        if span is not None:
            assert text[span.start : span.end] == span.text
    key_to_attr = {"place": "place", "region": "region", "date_text": "date_span",
                   "credit": "credit", "end_credit": "end_credit", "span": "span"}
    for key, attr in key_to_attr.items():
        span = getattr(found, attr)
        if key == "span" and key not in case:
            continue
        assert (span.text if span else None) == case.get(key), key
    for key in ("year", "month", "day", "date"):
        assert getattr(found, key) == case.get(key), key
    if "channel" in case:
        assert found.channel == case["channel"]


def test_dateline_offsets_point_into_text_with_leading_caption() -> None:
    text = "A caption about a photo.\nSEOUL, March 27 (Yonhap) -- Troops moved north.\n"
    found = find_dateline(text)
    assert found is not None and found.span is not None
    assert found.span.start == text.index("SEOUL")
    assert text[found.span.start : found.span.end] == "SEOUL, March 27 (Yonhap) --"


@pytest.mark.parametrize(
    ("written", "iso"),
    [("Thursday, March 27, 2025", "2025-03-27"), ("27 March 2025", "2025-03-27"),
     ("Sept. 9, 2024", "2024-09-09"), ("March 27", None), ("Feb. 30, 2024", None),
     ("no date here", None)],
)
def test_parse_date_text(written: str, iso: str | None) -> None:
    assert parse_date_text(written) == iso


def test_seed_report_dateline_and_channel() -> None:
    seed = SHARED / "seed" / "jcs-briefing-2025-03-27.txt"
    if not seed.exists():
        pytest.skip("shared seed report not available")
    text = seed.read_text("utf-8")
    found = find_dateline(text)
    assert found is not None and found.place is not None
    assert (found.place.text, found.month, found.day, found.year) == ("SEOUL", 3, 27, None)
    assert found.channel == "Korea Bizwire (Yonhap)"
    assert text.rstrip().endswith(f"({found.end_credit.text})")


def test_isaf_corpus_datelines_are_mostly_found_and_dated() -> None:
    corpus = SHARED / "corpora" / "isaf_press_releases" / "isaf_press_releases_test_clean.jsonl"
    if not corpus.exists():
        pytest.skip("shared ISAF corpus not available")
    import json

    rows = [json.loads(line) for line in corpus.read_text("utf-8").split("\n") if line.strip()]
    found = [find_dateline(r["text"]) for r in rows]
    with_span = [d for d in found if d is not None and d.span is not None]
    # 641 of 724 releases open with a "KABUL, Afghanistan (date)" style line; the others
    # have none. A regression in the pattern shows up as a drop here.
    assert len(with_span) >= 0.85 * len(rows)
    # places are written in capitals ("KABUL"), a few in title case ("Kabul, Afghanistan (Dec. 9) -")
    assert sum(1 for d in with_span if d.place.text.isupper()) >= 0.98 * len(with_span)
    assert all(d.place.text[:1].isupper() for d in with_span)
    assert sum(1 for d in with_span if d.date) >= 0.55 * len(rows)
