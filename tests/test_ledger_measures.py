"""Measures and ranges: the pure rules, table-driven from tests/golden/ledger_cases.yaml."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml

from watchfloor.ledger.measures import Measure, MeasureKeyError, item_forms, measure_of
from watchfloor.ledger.ranges import interval_of

CASES = yaml.safe_load((Path(__file__).parent / "golden" / "ledger_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["measures"], ids=[c["name"] for c in CASES["measures"]])
def test_measure_of_claim(case):
    type_, actor, recipient, item, unit, *rest = case["claim"]
    measure = measure_of(type_, actor, recipient, item, unit, rest[0] if rest else None)
    assert (measure.key if measure else None) == case["key"]


@pytest.mark.parametrize("case", CASES["keys"], ids=[c["key"] for c in CASES["keys"]])
def test_measure_key_parsing(case):
    if case.get("error"):
        with pytest.raises(MeasureKeyError):
            Measure.parse(case["key"])
    else:
        parsed = Measure.parse(case["key"])
        assert parsed.key == case["parsed"]
        assert Measure.parse(parsed.key) == parsed  # a printed key reads back as itself


def _interval(approx, spec):
    if isinstance(spec, list):
        return interval_of(approx, None, spec[0], spec[1])
    low = spec if approx in ("at_least", "more_than") else None
    high = spec if approx in ("nearly", "at_most", "less_than") else None
    return interval_of(approx, spec, low, high)


@pytest.mark.parametrize("case", CASES["intervals"], ids=lambda c: f"{c['approx']}-{c.get('value') or c.get('low')}")
def test_interval_of_approximation(case):
    got = interval_of(case["approx"], case.get("value"), case.get("low"), case.get("high"))
    low, high, low_open, high_open = case["bounds"]
    assert got.low == pytest.approx(low)
    assert (math.isinf(got.high) if high is None else got.high == pytest.approx(high))
    assert (got.low_open, got.high_open) == (low_open, high_open)


@pytest.mark.parametrize("case", CASES["overlaps"], ids=lambda c: f"{c['a']}-{c['b']}")
def test_overlap_of_two_figures(case):
    a, b = _interval(*case["a"]), _interval(*case["b"])
    assert a.overlaps(b) is case["overlap"]
    assert b.overlaps(a) is case["overlap"]
    if case["overlap"]:
        assert a.gap(b) == 0


def test_partial_measures_are_accepted_only_by_agreeing_complete_measures():
    full = Measure.parse("DEPLOY:PRK>RUS:personnel")
    assert full.complete and not full.partial
    assert full.accepts(Measure.parse("DEPLOY:PRK>:personnel"))
    assert full.accepts(Measure.parse("DEPLOY:>RUS:personnel"))
    assert not full.accepts(Measure.parse("DEPLOY:PRK>UKR:personnel"))
    assert not full.accepts(Measure.parse("DEPLOY:CHN>:personnel"))
    assert not full.accepts(Measure.parse("DEPLOY:PRK>:engineers"))
    assert not full.accepts(Measure.parse("DEPLOY:>:personnel"))  # no party known: never merged
    casualty = Measure.parse("CASUALTY:>PRK:killed")
    assert casualty.complete and casualty.roles == ("recipient",)


def test_lexicon_lists_the_words_the_issue_names():
    assert {"soldiers", "troops", "personnel", "forces"} <= set(item_forms("personnel"))
    assert {"shells", "rounds", "artillery ammunition"} <= set(item_forms("artillery shell"))
