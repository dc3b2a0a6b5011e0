"""Every ledger rule on hand-built ledgers: merge, basis, syndication, contradiction, revision.

Each test stores a few short reports (tests/ledger_samples.py) with claims built by hand and
asks the ledger API what a reader would: one measure's series, its figures line, the
contradictions and revisions.
"""

from __future__ import annotations

import pytest

from ledger_samples import Figure, add_report, fresh_store
from watchfloor.ledger import api

TROOPS = "DEPLOY:PRK>RUS:personnel"


@pytest.fixture
def store():
    opened = fresh_store()
    yield opened
    opened.close()


def test_similar_items_merge_into_one_measure(store):
    add_report(store, "a", "2024-11-01", "Outlet A", [
        ("The spy agency said 10,000 troops were in Russia.", Figure(value=10000, unit="troops")),
    ])
    add_report(store, "b", "2024-11-05", "Outlet B", [
        ("Officials said 11,000 soldiers had been sent.", Figure(value=11000, unit="soldiers", source="USA.GOV")),
    ])
    add_report(store, "c", "2024-11-09", "Outlet C", [
        ("Kyiv said 12,000 forces were in Kursk.", Figure(value=12000, unit="forces", source="UKR.SPY",
                                                          actor="PRK.MIL", recipient="RUS.MIL")),
    ])
    keys = [f.series.measure.key for f in api.figures(store)]
    assert keys == [TROOPS]
    series = api.series(store, "deploy:prk>rus:soldiers")
    assert [a.value for a in series.assertions] == [10000, 11000, 12000]
    assert [a.source.label for a in series.assertions] == ["KOR.SPY", "USA.GOV", "UKR.SPY"]


def test_series_orders_by_claim_time_else_report_date(store):
    add_report(store, "late-report", "2025-03-27", "Outlet A", [
        ("In January 3,000 more were sent.", Figure(value=3000, basis="increment", time=("2025-01-01", "2025-01-31"))),
    ])
    add_report(store, "early-report", "2025-02-10", "Outlet B", [
        ("About 11,000 troops are there.", Figure(value=11000, approx="about", source="GBR.SPY")),
    ])
    series = api.series(store, TROOPS)
    assert [a.as_of.isoformat() for a in series.assertions] == ["2025-01-31", "2025-02-10"]
    assert [a.period.from_claim for a in series.assertions] == [True, False]


def test_totals_and_increments_are_kept_apart_and_combined_with_care(store):
    add_report(store, "total", "2024-12-01", "Outlet A", [
        ("Some 11,000 troops were sent last autumn.", Figure(value=11000, approx="about",
                                                             time=("2024-09-01", "2024-11-30"))),
    ])
    add_report(store, "more", "2025-03-27", "Outlet B", [
        ("At least 3,000 more were added in January and February.",
         Figure(value=3000, low=3000, approx="at_least", basis="increment", source="KOR.MIL",
                time=("2025-01-01", "2025-02-28"))),
    ])
    add_report(store, "later-total", "2025-04-30", "Outlet C", [
        ("A total of 15,000 were sent.", Figure(value=15000, source="USA.GOV")),
    ])
    series = api.series(store, TROOPS)
    assert [a.basis for a in series.assertions] == ["total", "increment", "total"]
    # 3,000 more is not a total: never compared with 11,000 or 15,000
    assert api.contradictions(store).contradictions == []
    [implied] = series.implied_totals
    assert implied.total.value == 11000 and implied.increment.value == 3000
    assert implied.value == 14000
    assert implied.interval.low == pytest.approx(9900 + 3000) and implied.interval.high == float("inf")
    assert implied.as_of == "2025-02-28"


def test_an_increment_is_not_added_to_a_total_counted_after_it_began(store):
    add_report(store, "total", "2025-02-15", "Outlet A", [
        ("About 14,000 troops are in Russia.", Figure(value=14000, approx="about")),
    ])
    add_report(store, "more", "2025-03-27", "Outlet B", [
        ("3,000 more were added in January and February.",
         Figure(value=3000, basis="increment", source="KOR.MIL", time=("2025-01-01", "2025-02-28"))),
    ])
    assert api.series(store, TROOPS).implied_totals == []


def test_syndicated_copies_are_one_assertion_with_two_carriers(store):
    body = [("South Korea's military said around 1,100 North Korean soldiers were killed or wounded.",
             Figure(type="CASUALTY", actor=None, recipient="PRK.MIL", item="killed_or_wounded", value=1100,
                    approx="about", unit="casualties", source="KOR.MIL"))]
    wire = add_report(store, "wire", "2024-12-23", "Demo Wire", body, filler=True,
                      dateline="SEOUL, Dec. 23 (Demo Wire) --")
    copy = add_report(store, "copy", "2024-12-23", "Demo Herald", body, filler=True,
                      dateline="SEOUL, Dec. 23 (Demo Herald) --")
    assert wire == copy  # the store saw a near-duplicate
    [assertion] = api.series(store, "CASUALTY:>PRK:killed_or_wounded").assertions
    assert [c.doc_id for c in assertion.carriers] == ["copy", "wire"]
    assert {c.channel for c in assertion.carriers} == {"Demo Wire", "Demo Herald"}
    assert assertion.reports == 1
    [line] = api.figures(store)
    assert (line.assertions, line.reports, line.sources) == (1, 1, 1)


def test_copies_in_the_publisher_voice_share_the_wire_as_source(store):
    body = [("Some 300 North Korean soldiers have been killed.",
             Figure(type="CASUALTY", actor=None, recipient="PRK", item="killed", value=300, approx="about",
                    unit="soldiers", source=None))]
    add_report(store, "wire", "2025-01-13", "Demo Wire", body, filler=True, dateline="SEOUL, Jan. 13 (Demo Wire) --")
    add_report(store, "copy", "2025-01-14", "Demo Herald", body, filler=True,
               dateline="SEOUL, Jan. 14 (Demo Herald) --")
    [assertion] = api.series(store, "CASUALTY:>PRK:killed").assertions
    assert assertion.source.kind == "outlet" and assertion.source.label == "Demo Wire"
    assert assertion.as_of.isoformat() == "2025-01-13"  # the story's date, for both copies
    assert len(assertion.carriers) == 2 and assertion.reports == 1


def test_one_briefing_quoted_by_two_outlets_is_one_assertion_from_two_reports(store):
    fig = Figure(value=3000, low=3000, approx="at_least", basis="increment", source="KOR.MIL",
                 time=("2025-01-01", "2025-02-28"))
    add_report(store, "yonhap", "2025-03-27", "Yonhap", [("The JCS said at least 3,000 more were sent.", fig)])
    add_report(store, "herald", "2025-03-27", "Korea Herald", [("Seoul's military put the new arrivals at 3,000 "
                                                                 "or more.", fig)])
    [assertion] = api.series(store, TROOPS).assertions
    assert assertion.reports == 2
    assert [c.channel for c in assertion.carriers] == ["Korea Herald", "Yonhap"]


def test_the_same_figure_repeated_in_one_report_counts_once(store):
    fig = Figure(value=15000, source="KOR.SPY")
    add_report(store, "r", "2025-04-30", "Outlet", [
        ("North Korea has sent a total of 15,000 troops to Russia, the NIS said.", fig),
        ("The 15,000 troops include special forces.", Figure(value=15000, source="KOR.SPY", recipient=None)),
        ("The agency repeated that 15,000 soldiers were sent.", Figure(value=15000, unit="soldiers", basis=None)),
    ])
    [assertion] = api.series(store, TROOPS).assertions
    [carrier] = assertion.carriers
    assert len(carrier.evidence) == 3
    assert not assertion.partial


def test_the_parts_of_a_total_in_one_report_are_not_figures_of_their_own(store):
    killed = "CASUALTY:AFG>AFG.REB:killed"
    total = Figure(type="CASUALTY", actor="AFG", recipient="AFG.REB", item="killed", value=17, unit="insurgents",
                   basis=None, source="IGO")
    add_report(store, "raid", "2011-04-20", "Outlet", [
        ("Afghan and coalition forces killed seventeen insurgents.", total),
        ("Seven insurgents were killed in the first compound.", Figure(**{**vars(total), "value": 7, "part_of": 0})),
        ("Four more died at the second.", Figure(**{**vars(total), "value": 4, "part_of": 0})),
    ])
    add_report(store, "later", "2011-04-21", "Other", [("Officials said 17 insurgents were killed.", total)])
    series = api.series(store, killed)
    assert [a.value for a in series.assertions] == [17, 17]  # one figure a report, the parts left out
    assert api.contradictions(store).contradictions == []


def test_partial_figures_show_in_the_complete_series_marked_partial(store):
    add_report(store, "full", "2024-11-01", "Outlet A", [("10,000 troops are in Russia.", Figure(value=10000))])
    add_report(store, "no-recipient", "2024-11-02", "Outlet B", [
        ("Pyongyang sent 11,000 troops.", Figure(value=11000, recipient=None, source="USA.GOV")),
    ])
    add_report(store, "no-actor", "2024-11-03", "Outlet C", [
        ("11,500 soldiers arrived in Russia.", Figure(value=11500, actor=None, source="UKR.SPY")),
    ])
    series = api.series(store, TROOPS)
    assert [(a.value, a.partial) for a in series.assertions] == [(10000, False), (11000, True), (11500, True)]
    [line] = api.figures(store)  # the partial measures are shown inside the complete one
    assert line.series.measure.key == TROOPS and line.assertions == 3
    whole = {s.measure.key: s for s in api.ledger(store)}[TROOPS]
    assert [a.id for a in whole.assertions] == [a.id for a in series.assertions]
    alone = api.series(store, "DEPLOY:PRK>:personnel")
    assert [a.value for a in alone.assertions] == [11000]


def test_contradiction_between_two_sources_with_evidence(store):
    add_report(store, "jcs", "2024-12-23", "Wire", [
        ("The JCS said around 1,100 were killed or wounded.",
         Figure(type="CASUALTY", actor=None, recipient="PRK", item="killed_or_wounded", value=1100, approx="about",
                unit="casualties", source="KOR.MIL")),
    ])
    add_report(store, "zelensky", "2024-12-23", "Monitor", [
        ("Zelensky said losses exceeded 3,000.",
         Figure(type="CASUALTY", actor=None, recipient="PRK.MIL", item="killed_or_wounded", value=3000, low=3000,
                approx="more_than", unit="casualties", source="UKR.GOV")),
    ])
    [c] = api.contradictions(store).contradictions
    assert {c.a.source.label, c.b.source.label} == {"KOR.MIL", "UKR.GOV"}
    assert c.measure == "CASUALTY:>PRK:killed_or_wounded"
    assert c.days_apart == 0 and c.gap == pytest.approx(3000 - 1210)
    evidence = {c.a.carriers[0].evidence[0].text, c.b.carriers[0].evidence[0].text}
    assert evidence == {"The JCS said around 1,100 were killed or wounded.", "Zelensky said losses exceeded 3,000."}
    assert "do not overlap" in c.explanation()


@pytest.mark.parametrize(
    ("second", "published", "expected"),
    [
        (Figure(value=15000, source="KOR.SPY"), "2025-04-30", 1),  # 14,000 vs 15,000, two days apart
        (Figure(value=15000, source="KOR.SPY"), "2025-06-30", 0),  # two months apart: the count moved on
        (Figure(value=14500, approx="about", source="KOR.SPY"), "2025-04-30", 0),  # ~14,500 allows 14,000
        (Figure(value=15000, source="UKR.GOV"), "2025-04-30", 0),  # the same source: a revision, not this
        (Figure(value=15000, source="KOR.SPY", modality="possible"), "2025-04-30", 0),  # a plan contradicts nothing
        (Figure(value=3000, basis="increment", source="KOR.SPY"), "2025-04-30", 0),  # an increment vs a total
    ],
)
def test_contradiction_needs_two_sources_same_time_and_disjoint_ranges(store, second, published, expected):
    add_report(store, "a", "2025-04-28", "Wire", [("Kyiv said 14,000 were sent.", Figure(value=14000,
                                                                                        source="UKR.GOV"))])
    add_report(store, "b", published, "Herald", [("The figure given was different.", second)])
    assert len(api.contradictions(store).contradictions) == expected


def test_the_contradiction_window_is_a_parameter(store):
    add_report(store, "a", "2025-01-13", "Wire", [("Some 300 were killed.", Figure(
        type="CASUALTY", actor=None, recipient="PRK", item="killed", value=300, approx="about", source="KOR.SPY"))])
    add_report(store, "b", "2025-02-20", "Herald", [("About 1,000 were killed.", Figure(
        type="CASUALTY", actor=None, recipient="PRK", item="killed", value=1000, approx="about", source="GBR.GOV"))])
    assert api.contradictions(store).contradictions == []
    assert len(api.contradictions(store, window_days=60).contradictions) == 1


def test_revision_by_one_source_with_a_restatement_in_between(store):
    def killed(value, approx="about", **kw):
        return Figure(type="CASUALTY", actor=None, recipient="PRK.MIL", item="killed", value=value, approx=approx,
                      unit="soldiers", **kw)

    add_report(store, "dec", "2024-12-19", "Wire", [("At least 100 have been killed.", killed(100, "at_least",
                                                                                              low=100))])
    add_report(store, "jan", "2025-01-13", "Wire", [
        ("Some 300 have been killed.", killed(300)),
        ("That is up from at least 100 reported last month.", killed(100, "at_least", low=100)),
    ])
    add_report(store, "jan-copy-elsewhere", "2025-01-14", "Herald", [("The NIS put the dead at 300 as of Monday.",
                                                                       killed(300, time=("2025-01-13", "2025-01-13")))])
    add_report(store, "sep", "2025-09-02", "Wire", [("Around 2,000 have been killed.", killed(2000))])
    findings = api.contradictions(store)
    assert findings.contradictions == []
    revisions = [(r.before.figure_text(), r.after.figure_text(), r.direction) for r in findings.revisions]
    assert revisions == [(">=100", "~300", "up"), ("~300", "~2,000", "up")]
    first = findings.revisions[0]
    assert first.consistent  # ~300 lies within "at least 100": a refinement
    assert not findings.revisions[1].consistent
    assert first.after.reports == 2  # the Jan. 13 figure was carried by two reports
    assert first.before.carriers[0].evidence[0].text == "At least 100 have been killed."


def test_a_source_repeating_its_figure_is_no_revision(store):
    for i, day in enumerate(("2025-04-30", "2025-05-20")):
        add_report(store, f"r{i}", day, "Wire", [(f"Report {i}: 15,000 were sent.", Figure(value=15000))])
    assert api.contradictions(store).revisions == []
    assert len(api.series(store, TROOPS).assertions) == 2


def test_figures_line_gives_latest_range_sources_and_last_update(store):
    add_report(store, "a", "2024-10-18", "Wire", [("Some 1,500 were sent.", Figure(value=1500, approx="about"))])
    add_report(store, "b", "2024-10-28", "Post", [("Around 10,000 are there.", Figure(value=10000, approx="about",
                                                                                      source="USA.MIL"))])
    add_report(store, "c", "2024-11-04", "Wire", [("11,000 to 12,000 are there.", Figure(
        value=None, low=11000, high=12000, approx="range", source="USA.MIL"))])
    add_report(store, "d", "2024-11-05", "Wire", [("3,000 more were sent.", Figure(value=3000, basis="increment"))])
    [line] = api.figures(store, actor="PRK")
    assert line.latest.source.label == "USA.MIL" and line.latest.figure_text() == "11,000-12,000"
    assert (line.low, line.high) == (1500, 11500)  # each source's latest total, read as one number
    assert (line.sources, line.assertions, line.reports, line.last_updated) == (2, 4, 4, "2024-11-05")
    assert api.figures(store, actor="UKR") == []
    assert len(api.figures(store, actor="RUS.GOV")) == 1  # a party matches its sub-entities both ways


def test_figures_of_non_count_units_are_events(store):
    add_report(store, "r", "2025-04-30", "Wire", [
        ("North Korea has made two deployments to Russia.", Figure(value=2, unit="deployments")),
    ])
    assert api.figures(store) == []
    [event] = api.timeline(store).events()
    assert event.type == "DEPLOY" and event.actor == "PRK"


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (("2025-02-01", "2025-02-28"), 1),  # overlapping periods, disjoint ranges
        (("2025-03-05", "2025-03-20"), 1),  # five days after the other ends: within the window
        (("2025-09-01", "2025-09-30"), 0),  # months later: another addition
    ],
)
def test_increments_contradict_when_their_periods_meet(store, period, expected):
    add_report(store, "jcs", "2025-03-27", "Wire", [("At least 3,000 more arrived in January and February.", Figure(
        value=3000, low=3000, approx="at_least", basis="increment", source="KOR.MIL",
        time=("2025-01-01", "2025-02-28")))])
    add_report(store, "nis", "2025-10-01", "Herald", [("Between 1,000 and 2,000 more were sent.", Figure(
        value=None, low=1000, high=2000, approx="range", basis="increment", source="KOR.SPY", time=period))])
    found = api.contradictions(store).contradictions
    assert len(found) == expected
    if found:
        assert found[0].a.source.label == "KOR.MIL"  # pairs read in series order
