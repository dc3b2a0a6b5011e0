"""Segmentation keeps offsets into the original text through wraps, labels and abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from watchfloor.extract.segment import segment

CASES = yaml.safe_load((Path(__file__).parent / "golden" / "segment_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_segmentation_case(case):
    text = case["text"]
    seg = segment(text)
    assert len(seg.paragraphs) == case["paragraphs"]
    opened = [text[s.start : s.end] for s in seg.sentences]
    assert len(opened) == len(case["sentences"]), opened
    for sentence, start in zip(opened, case["sentences"], strict=True):
        assert sentence.startswith(start), (sentence, start)
    if "turns" in case:
        assert [t.label for t in seg.turns] == case["turns"]
    for part in [*seg.paragraphs, *seg.sentences]:
        assert text[part.start : part.end].strip() == text[part.start : part.end]
        assert 0 <= part.start < part.end <= len(text)
