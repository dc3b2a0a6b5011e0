"""Tests of the quantity finder: golden cases, lexicon integrity, invariants, real reports."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.extract.quantities import find_quantities
from watchfloor.lexicons import load

GOLDEN = Path(__file__).parent / "golden" / "quantity_cases.yaml"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CASES = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))
SPEC_APPROX = {"exact", "about", "at_least", "more_than", "nearly", "at_most", "less_than", "range"}
KINDS = {"count", "money", "percent", "measure", "ordinal", "other"}
FIELDS = {"text", "kind", "value", "low", "high", "approx", "unit", "number"}


def _check_invariants(text: str) -> list:
    mentions = find_quantities(text)
    last_end = 0
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are out of order"
        last_end = m.end
        assert m.start <= m.number_start < m.number_end <= m.end
        assert m.kind in KINDS and m.approx in SPEC_APPROX
        if m.unit_start is not None:
            assert m.start <= m.unit_start < m.unit_end <= m.end
        if m.approx == "range":
            assert m.value is None and m.low is not None and m.high is not None
            assert m.low <= m.high
    return mentions


# --- golden cases ---------------------------------------------------------------------------


def test_golden_cases_are_well_formed():
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    for case in CASES:
        assert set(case) <= {"name", "text", "expect", "exact", "no_kinds"}, case["name"]
        for want in case["expect"]:
            assert set(want) <= FIELDS and "text" in want, case["name"]
            assert want["text"] in case["text"], case["name"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_golden(case):
    text = case["text"]
    found = _check_invariants(text)
    by_text = {m.text: m for m in found}
    for want in case["expect"]:
        got = by_text.get(want["text"])
        assert got is not None, f"{want['text']!r} not found in {[m.text for m in found]}"
        for field, value in want.items():
            if field == "number":
                actual = text[got.number_start : got.number_end]
            else:
                actual = getattr(got, field)
            assert actual == value, f"{want['text']!r}: {field} is {actual!r}, expected {value!r}"
    if case.get("exact", True):
        assert sorted(by_text) == sorted(w["text"] for w in case["expect"])
    for kind in case.get("no_kinds", []):
        assert not [m.text for m in found if m.kind == kind]


# --- lexicon integrity ----------------------------------------------------------------------


def _strings(value) -> list:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)] + list(value)
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value]


@pytest.mark.parametrize("name", ["numbers", "units"])
def test_lexicon_entries_are_strings_or_numbers(name):
    # YAML reads bare no/on/off as booleans: every word must stay a string.
    for entry in _strings(load(name)):
        assert isinstance(entry, str | int | float) and not isinstance(entry, bool), (name, entry)
        if isinstance(entry, str):
            assert entry.strip() == entry and entry, (name, entry)


def test_number_words_have_consistent_values():
    num = load("numbers")
    assert sorted(num["ones"].values()) == list(range(10))
    assert sorted(num["teens"].values()) == list(range(10, 20))
    assert sorted(num["tens"].values()) == list(range(20, 100, 10))
    assert all(str(v).rstrip("0") == "1" for v in num["scales"].values())
    assert all(str(v).rstrip("0") == "1" for v in num["money_scales"].values())
    words = [*num["ones"], *num["teens"], *num["tens"], *num["scales"], *num["multipliers"]]
    assert not set(words) & set(num["ordinals"])
    assert num["ordinals"]["first"] == 1 and num["ordinals"]["twentieth"] == 20


def test_approximators_use_spec_values_once():
    approx = load("numbers")["approximators"]
    for section in ("before", "after", "hyphen", "symbols"):
        assert set(approx[section]) <= SPEC_APPROX
        phrases = [p.lower() for ps in approx[section].values() for p in ps]
        assert len(phrases) == len(set(phrases)), f"a phrase has two meanings in {section}"


@pytest.mark.parametrize(
    ("phrase", "approx"),
    [(p, k) for k, ps in load("numbers")["approximators"]["before"].items() for p in ps],
)
def test_every_leading_approximator_applies(phrase, approx):
    text = f"Officials said {phrase} 300 soldiers were sent."
    counts = [m for m in _check_invariants(text) if m.kind == "count"]
    assert [(m.value, m.approx) for m in counts] == [(300, approx)]


@pytest.mark.parametrize("phrase", load("numbers")["vague"])
def test_vague_amounts_make_no_mention(phrase):
    assert _check_invariants(f"The North sent {phrase} soldiers to the front.") == []


@pytest.mark.parametrize(
    "unit", sorted({u for us in load("units")["measures"].values() for u in us})
)
def test_every_measure_unit_makes_a_measure(unit):
    found = _check_invariants(f"The object travelled 35 {unit} before it fell.")
    assert [(m.kind, m.value, m.unit) for m in found] == [("measure", 35, unit)]


@pytest.mark.parametrize(
    ("code", "word"),
    [(c, w) for c, f in load("units")["currencies"].items() for w in f["words"]],
)
def test_every_currency_word_makes_money(code, word):
    found = _check_invariants(f"The deal was worth 35 million {word} last year.")
    assert [(m.kind, m.value, m.unit) for m in found] == [("money", 35_000_000, code)]


def test_currency_codes_are_iso_shaped():
    units = load("units")
    for code in [*units["currencies"], *units["currency_codes"]]:
        assert len(code) == 3 and code.isupper(), code


# --- invariants on any text -----------------------------------------------------------------

_TOKENS = st.sampled_from([
    "3,000", "11 000", "12-thousand", "two", "twenty-five", "a dozen", "one", "1.5", "2024",
    "million", "at least", "some", "up to", "between", "and", "to", "or more", "-", "–", "$",
    "USD", "%", "km", "mm", "soldiers", "North Korean", "of", "the", "March", "27", "Hwasong-15",
    "9/11", "No.", "aged", "year-old", "6th", "first", ",", ".", "(", ")", " ", "\n", "’s",
])


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_breaks_invariants(text):
    _check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, max_size=30).map(" ".join))
def test_number_like_text_never_breaks_invariants(text):
    _check_invariants(text)


# --- real reports ---------------------------------------------------------------------------


def _real_texts() -> list[str]:
    csis = SHARED / "corpora" / "nk_provocations_csis" / "nk_provocations_1958_2017.jsonl"
    isaf = SHARED / "corpora" / "isaf_press_releases" / "isaf_press_releases_test_clean.jsonl"
    if not csis.exists() or not isaf.exists():
        pytest.skip("shared corpora not available")
    texts = [json.loads(line)["description"] for line in csis.open(encoding="utf-8")]
    for line in isaf.open(encoding="utf-8"):
        record = json.loads(line)
        if record["id"][-1] in "02468":  # odd ids are held out for evaluation
            texts.append(record["text"])
    return texts


def test_real_reports_keep_identifiers_and_dates_out_of_counts():
    for text in _real_texts():
        for m in _check_invariants(text):
            if m.kind != "count":
                continue
            number = text[m.number_start : m.number_end]
            before = text[max(0, m.number_start - 1) : m.number_start]
            assert before not in {"-", "/", "#"}, (number, text[m.start - 30 : m.end + 30])
            assert not (number.isdigit() and len(number) == 4 and 1900 <= int(number) <= 2100)


def test_real_reports_find_the_counts_people_read():
    counts = {}
    for text in _real_texts():
        for m in find_quantities(text):
            if m.kind == "count" and m.unit:
                counts[m.unit.split()[-1].lower()] = counts.get(m.unit.split()[-1].lower(), 0) + 1
    assert counts.get("insurgents", 0) > 100 and counts.get("missiles", 0) > 40


def test_speed_on_a_report():
    texts = [t for t in _real_texts() if len(t) > 400]
    text = " ".join(texts)[:3000]
    find_quantities(text)
    start = time.process_time()
    for _ in range(200):
        find_quantities(text)
    per_call = (time.process_time() - start) / 200
    assert per_call < 0.002, f"{per_call * 1e3:.2f} ms per 3,000 characters"
