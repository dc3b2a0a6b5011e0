"""The indexes that keep extraction linear in a long document give the answers of the plain scans.

A report of a megabyte holds thousands of mentions and drafts; asking each of them of all the others
made a 1.5 MB text take five times as long as four texts of a quarter of its size. Two indexes replace
those scans: ``SpanOverlaps`` (does a span overlap any of many) and the grouping behind
``assemble._once_each`` (which earlier draft a draft tells again). Hypothesis checks both against the
scans they replace, on spans that nest, touch, repeat and run backwards ("a list cut short").
The time a long document takes is measured in ``bench/long_document.py``, not here.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from watchfloor.extract.assemble import _add_what_it_adds, _once_each, _told_again
from watchfloor.extract.draft import Draft
from watchfloor.extract.lexicon_match import Trigger
from watchfloor.extract.mentions import SpanOverlaps

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 60))


@given(st.lists(SPAN, max_size=30), SPAN)
def test_span_overlaps_answers_as_the_scan_does(spans, probe):
    start, end = probe
    scanned = any(s < end and start < e for s, e in spans)
    assert SpanOverlaps(spans).any_with(start, end) == scanned


def test_span_overlaps_sees_a_long_span_behind_short_ones():
    # the long span starts first and reaches past the probe; the short ones after it end before it
    index = SpanOverlaps([(0, 100), (10, 12), (20, 22)])
    assert index.any_with(50, 51)
    assert not SpanOverlaps([(10, 12), (20, 22)]).any_with(50, 51)
    assert not index.any_with(100, 120)  # [0, 100) ends where the probe starts: no overlap


DRAFT = st.tuples(
    st.sampled_from(["CASUALTY", "DEPLOY"]),
    st.sampled_from([None, "killed"]),
    st.sampled_from(["asserted", "hedged"]),
    st.sampled_from([None, 60, 3000]),
    SPAN,
    st.booleans(),  # whether it carries a time of its own
)


def _drafts(specs) -> list[Draft]:
    trigger = Trigger(0, 1, 0, 1, "x", ())
    drafts = []
    for k, (kind, item, modality, count, (start, end), timed) in enumerate(specs):
        quantity = SimpleNamespace(value=count, approx="exact") if count is not None else None
        drafts.append(
            Draft(kind, trigger, 0, 0, False, start, end, modality=modality, item=item, quantity=quantity,
                  time=f"t{k}" if timed else None)
        )
    return drafts


def _once_each_by_scan(kept: list[Draft]) -> list[Draft]:
    """What ``_once_each`` did before its index: every kept draft asked in turn."""
    out: list[Draft] = []
    for d in kept:
        first = next((earlier for earlier in out if _told_again(d, earlier)), None)
        if first is None:
            out.append(d)
        else:
            _add_what_it_adds(first, d)
    return out


@given(st.lists(DRAFT, max_size=25))
def test_once_each_keeps_and_merges_as_the_scan_does(specs):
    indexed, scanned = _drafts(specs), _drafts(specs)
    kept = _once_each(indexed)
    expected = _once_each_by_scan(scanned)
    assert [indexed.index(d) for d in kept] == [scanned.index(d) for d in expected]
    assert [d.time for d in kept] == [d.time for d in expected]


def test_a_restatement_merges_into_the_first_it_overlaps():
    # two counts of 60 overlap the third; the first kept of them takes its time
    drafts = _drafts(
        [
            ("DEPLOY", None, "asserted", 60, (10, 30), False),
            ("DEPLOY", None, "asserted", 60, (0, 20), False),
            ("DEPLOY", None, "asserted", 60, (15, 40), True),
        ]
    )
    kept = _once_each(drafts)
    assert kept == drafts[:1]
    assert kept[0].time == "t2"
