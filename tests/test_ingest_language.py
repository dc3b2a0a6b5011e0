"""The language guess: golden cases from ``tests/golden/language_cases.yaml``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from watchfloor.ingest import detect_language

GOLDEN = Path(__file__).parent / "golden" / "language_cases.yaml"
CASES = yaml.safe_load(GOLDEN.read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_language_golden(case: dict) -> None:
    assert detect_language(case["text"]) == case["language"]


def test_blank_text_defaults_to_english_and_punctuation_is_undetermined() -> None:
    assert detect_language("") == "en"
    assert detect_language("--- *** ---") == "und"


def test_only_the_start_of_a_long_text_is_read() -> None:
    english = "The army said the troops had moved to the border on Monday. " * 100
    french = "Le ministère a dit que les troupes étaient arrivées à la frontière. " * 100
    assert detect_language(english + french) == "en"
    assert detect_language(french + english) == "fr"
