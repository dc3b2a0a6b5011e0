"""Tests for the time normalizer: golden cases, lexicon integrity, invariants, speed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from watchfloor.extract.timex import find_times
from watchfloor.extract.timex_lexicon import GRAMMAR_FILE, WORDS_FILE, compile_pattern, load

GOLDEN = Path(__file__).parent / "golden" / "timex_cases.yaml"
CASES = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))
FIELDS = {"text": "text", "kind": "kind", "value": "value", "start": "date_start",
          "end": "date_end"}


def _dct(raw: object) -> dt.date | None:
    return None if raw is None else dt.date.fromisoformat(str(raw))


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_golden(case: dict) -> None:
    got = find_times(case["text"], _dct(case["dct"]))
    assert [m.text for m in got] == [e["text"] for e in case["expect"]]
    for mention, expected in zip(got, case["expect"], strict=True):
        for key, attr in FIELDS.items():
            if key in expected:
                want = expected[key]
                want = None if want is None else str(want)
                assert getattr(mention, attr) == want, (key, mention)


def test_golden_file_covers_the_brief() -> None:
    """The required expressions each appear in some golden case."""
    texts = " ".join(c["text"] for c in CASES)
    for phrase in ["Thursday", "on Sunday", "yesterday", "in January and February",
                   "in early February", "mid-March", "late 2024", "since last year",
                   "earlier this month", "last week", "last fall", "last autumn",
                   "this spring", "the first half of the year", "Q3 2024",
                   "between March 3 and March 9", "from 3 to 9 March", "March 3-9",
                   "27 March 2025", "Mar. 27", "2025-03-27", "Jan. 25, 2013", "in 2024",
                   "Oct. 2023", "two days ago", "three weeks ago", "a year ago", "recently",
                   "for three weeks", "the past three months", "Tuesday night",
                   "every week", "weekly", "Sept. 1", "June 25"]:
        assert phrase in texts, phrase


def test_offsets_hold_on_a_report() -> None:
    text = ("SEOUL, March 27 (Test Wire) -- Pyongyang sent another 3,000 or so troops to "
            "Russia in January and February, the JCS said Thursday, adding that a border "
            "camera went up in early February.")
    got = find_times(text, dt.date(2025, 3, 27))
    assert [m.text for m in got] == ["March 27", "in January and February", "Thursday",
                                     "in early February"]
    for m in got:
        assert text[m.start:m.end] == m.text


def test_datetime_and_iso_string_datelines() -> None:
    text = "It happened yesterday."
    want = "2025-03-26"
    assert find_times(text, dt.datetime(2025, 3, 27, 14, 5))[0].date_start == want
    assert find_times(text, "2025-03-27T14:05")[0].date_start == want  # type: ignore[arg-type]


# --- lexicon integrity -------------------------------------------------------------------


def test_time_words_integrity() -> None:
    words = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    required = {"months", "ambiguous_months", "weekdays", "seasons", "parts_of_day",
                "clock_words", "clock_suffixes", "modifiers", "edge_words", "relative",
                "relative_days", "units", "number_words", "vague_counts", "ordinals", "vague",
                "vague_nouns", "vague_attributes", "weekday_name_words", "sets", "set_words",
                "tense_cues", "function_words", "unit_multipliers"}
    assert required <= words.keys()
    assert [m["number"] for m in words["months"]] == list(range(1, 13))
    assert len({m["name"] for m in words["months"]}) == 12
    assert set(words["ambiguous_months"]) <= {m["name"] for m in words["months"]}
    assert [d["number"] for d in words["weekdays"]] == list(range(1, 8))
    covered = sorted(m for s in words["seasons"].values() for m in s["months"])
    assert covered == list(range(1, 13)), "seasons must cover each month once"
    for mod in words["modifiers"].values():
        lo, hi = mod["month_days"]
        assert 1 <= lo <= hi <= 31
        lo, hi = mod["year_months"]
        assert 1 <= lo <= hi <= 12
    months_of_year = sorted(m for mod in words["modifiers"].values()
                            for m in range(mod["year_months"][0], mod["year_months"][1] + 1))
    assert months_of_year == list(range(1, 13)), "early/mid/late must split the year"
    assert set(words["edge_words"]) <= set(words["modifiers"])
    assert set(words["units"]) >= {"day", "week", "month", "year", "decade"}
    numbers = {int(v) for v in words["number_words"].values()}
    assert set(range(1, 21)) <= numbers
    assert set(words["tense_cues"]) >= {"future", "past", "reporting", "deadline"}


def test_every_word_is_a_string() -> None:
    """YAML turns bare on/off/yes/no into booleans; every listed word must stay a word."""
    def walk(node: object) -> None:
        if isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                assert not isinstance(v, bool), node
                walk(v)
    walk(yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")))


def test_grammar_compiles_and_names_known_classes() -> None:
    grammar = yaml.safe_load(GRAMMAR_FILE.read_text(encoding="utf-8"))
    lex = load()
    for rule in grammar["rules"]:
        assert {"name", "type", "pattern"} <= rule.keys()
        re.compile(compile_pattern(rule["pattern"], grammar["macros"], lex.char_of))
    with pytest.raises(KeyError):
        compile_pattern("<no_such_class>", grammar["macros"], lex.char_of)


# --- invariants -------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["March", "May", "27", "2025", "Jan.", "last", "week", "since", "the", "past", "three",
     "months", "ago", "early", "mid", "-", "Sunday", "morning", "between", "and", "to",
     "from", "in", "on", ",", ".", "\n", "a", "year", "earlier", "Q", "3", "1990s", "s",
     "'", "every", "for", "10", ":", "30", "p.m.", "Troops", "fired", "will", "31", "02",
     "February", "30", "0", "9999", "1000", "first", "half", "of", "tonight", "quarter"])


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(st.text(max_size=80), st.lists(_WORDS, max_size=25).map(" ".join)),
    st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
)
def test_invariants(text: str, dct: dt.date | None) -> None:
    got = find_times(text, dct)
    last_end = 0
    for m in got:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end, "mentions overlap or are unsorted"
        last_end = m.end
        assert m.kind in {"date", "time", "duration", "set"}
        if m.date_start is not None and m.date_end is not None:
            assert m.date_start <= m.date_end


@pytest.mark.parametrize(
    ("text", "country", "start"),
    [
        ("The death toll in Gaza since the war began has climbed past 62,000.", "PSE", "2023-10-07"),
        ("More than 12,000 civilians have been killed since the start of Russia's full-scale invasion.", "UKR",
         "2022-02-24"),
        ("The RSF has shelled the city since the conflict erupted.", "SDN", "2023-04-15"),
    ],
)
def test_since_the_war_began_dates_from_the_reports_war(text, country, start):
    """ "since the war began": from the first day of the war the report is about, to the dateline."""
    from watchfloor.extract.war_start import war_start_times

    (found,) = war_start_times(text, dt.date(2025, 8, 21), country)
    assert (found.date_start, found.date_end) == (start, "2025-08-21")
    assert text[found.start : found.end] == found.text and found.text.startswith("since")
    assert war_start_times(text, dt.date(2025, 8, 21), "FRA") == []  # no war known for the report
    assert war_start_times(text, None, country) == []  # no dateline, nothing to count to


def test_since_the_war_began_in_a_month_keeps_the_month():
    """ "since the war began in April 2023": the month given, not the war's first day."""
    from watchfloor import extract

    claims = extract(
        "KHARTOUM, June 9 (Demo Wire) - The RSF has killed 2,000 people in Sudan since the war began in April 2023.",
        published="2025-06-09",
    )
    assert [c.time.start for c in claims if c.type == "CASUALTY"] == ["2023-04-01"]


def test_since_then_runs_from_the_last_date_told_to_the_dateline():
    text = "In April last year the North began building barriers. Since then, it has planted thousands of mines."
    found = {m.text: (m.date_start, m.date_end) for m in find_times(text, dt.date(2025, 4, 8))}
    assert found["Since then"] == ("2024-04-01", "2025-04-08")
    assert "Since then" not in {m.text for m in find_times("Since then, it has planted mines.", dt.date(2025, 4, 8))}


@pytest.mark.parametrize("phrase", ["before the year's end", "by year-end", "until year end"])
def test_a_year_end_deadline_runs_from_the_dateline_to_december_31(phrase):
    text = f"Another rotation of troops could be sent {phrase}."
    found = [(m.date_start, m.date_end) for m in find_times(text, dt.date(2026, 10, 29))]
    assert found == [("2026-10-29", "2026-12-31")]


def test_a_date_in_a_since_clause_opens_a_span_to_the_dateline():
    """ "killed or wounded since they first went into combat in December 2024": December 2024 to now."""
    text = "Some 9,000 were killed or wounded since they first went into combat in the Kursk region in December 2024."
    found = [(m.text, m.date_start, m.date_end) for m in find_times(text, dt.date(2026, 11, 24))]
    assert found == [("in December 2024", "2024-12-01", "2026-11-24")]
    plain = find_times("The troops arrived in the Kursk region in December 2024.", dt.date(2026, 11, 24))
    assert [(m.date_start, m.date_end) for m in plain] == [("2024-12-01", "2024-12-31")]
