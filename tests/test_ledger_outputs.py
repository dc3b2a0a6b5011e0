"""Timeline, exports and JSON outputs of the ledger, on one hand-built ledger.

The JSON of every ``--json`` command is validated against its schema in docs/schemas/.
"""

from __future__ import annotations

import builtins
import csv
import json
from pathlib import Path

import jsonschema
import pytest

from ledger_samples import Figure, add_report, event, fresh_store
from watchfloor.ledger import api
from watchfloor.ledger.export import ExportError
from watchfloor.ledger.shapes import ACLED_COLUMNS, FLAT_COLUMNS

SCHEMAS = Path(__file__).resolve().parents[1] / "docs" / "schemas"
LAUNCH = "North Korea fired an intercontinental ballistic missile on Thursday, the JCS said."


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def store():
    s = fresh_store()
    launch = event("LAUNCH", "PRK", "intercontinental ballistic missile", source="KOR.MIL",
                   time=("2024-10-31", "2024-10-31"))
    body = [(LAUNCH, launch),
            ("Around 1,100 North Korean soldiers were killed or wounded in Kursk, the JCS said.",
             Figure(type="CASUALTY", actor="UKR.MIL", recipient="PRK.MIL", item="killed_or_wounded", value=1100,
                    approx="about", unit="casualties", source="KOR.MIL", location="Kursk region"))]
    add_report(s, "wire", "2024-10-31", "Demo Wire", body, filler=True, dateline="SEOUL, Oct. 31 (Demo Wire) --")
    add_report(s, "copy", "2024-11-01", "Demo Herald", body, filler=True, dateline="SEOUL, Oct. 31 (Herald) --")
    add_report(s, "cam", "2025-02-05", "Monitor", [
        ("North Korea installed a surveillance camera at the border in early February.",
         event("SURVEIL", "PRK.MIL", "surveillance camera", source="KOR.MIL", time=("2025-02-01", "2025-02-10"))),
        ("Seoul condemned the move.", event("STATEMENT", "KOR.GOV", "condemned", source=None)),
        ("Some 100 soldiers were killed in Kursk.", Figure(type="CASUALTY", actor=None, recipient="PRK", item="killed",
                                                           value=100, approx="about", source="UKR.GOV")),
        ("About 300 soldiers were killed in Kursk.", Figure(type="CASUALTY", actor=None, recipient="PRK",
                                                            item="killed", value=300, approx="about",
                                                            source="KOR.SPY")),
    ])
    add_report(s, "troops", "2025-02-06", "Monitor", [
        ("Some 11,000 troops were sent last autumn.", Figure(value=11000, approx="about", actor="PRK.MIL",
                                                            time=("2024-09-01", "2024-11-30"))),
        ("At least 3,000 more arrived in January.", Figure(value=3000, low=3000, approx="at_least", basis="increment",
                                                          time=("2025-01-01", "2025-01-31"), source="KOR.MIL")),
    ])
    add_report(s, "troops-2", "2025-03-06", "Monitor", [
        ("Now 15,000 troops are in Russia.", Figure(value=15000)),
    ])
    yield s
    s.close()


def test_timeline_has_events_without_figures_per_actor(store):
    timeline = api.timeline(store)
    assert list(timeline.actors) == ["KOR", "PRK"]
    prk = timeline.actors["PRK"]
    assert [(e.type, e.period.start.isoformat()) for e in prk] == [("LAUNCH", "2024-10-31"), ("SURVEIL", "2025-02-01")]
    launch = prk[0]
    assert [c.doc_id for c in launch.carriers] == ["wire", "copy"] and launch.reports == 1
    assert launch.carriers[0].evidence[0].text == LAUNCH
    assert all(e.type != "CASUALTY" for e in timeline.events())  # figures are not events


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"actor": "PRK.MIL"}, ["SURVEIL"]),
        ({"actor": "PRK"}, ["LAUNCH", "SURVEIL"]),
        ({"type": "launch"}, ["LAUNCH"]),
        ({"since": "2025-02-05"}, ["STATEMENT", "SURVEIL"]),
        ({"since": "2025-02-11"}, []),
        ({"actor": "USA"}, []),
    ],
)
def test_timeline_filters(store, filters, expected):
    assert sorted(e.type for e in api.timeline(store, **filters).events()) == expected


def test_json_outputs_validate_against_their_schemas(store):
    outputs = {
        "figures": {"figures": [f.to_dict() for f in api.figures(store)]},
        "series": api.series(store, "DEPLOY:PRK>RUS:personnel").to_dict(),
        "contradictions": api.contradictions(store).to_dict(),
        "timeline": api.timeline(store).to_dict(),
    }
    for name, data in outputs.items():
        jsonschema.Draft202012Validator.check_schema(schema(name))
        jsonschema.validate(json.loads(json.dumps(data)), schema(name))
    assert outputs["series"]["implied_totals"][0]["value"] == 14000
    assert len(outputs["contradictions"]["contradictions"]) == 1


def test_schemas_reject_a_broken_output(store):
    data = api.series(store, "DEPLOY:PRK>RUS:personnel").to_dict()
    del data["assertions"][0]["carriers"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema("series"))


def test_places_key_casualty_measures(store):
    keys = [f.series.measure.key for f in api.figures(store)]
    assert "CASUALTY:>PRK:killed_or_wounded@kursk" in keys


def test_csv_and_jsonl_exports_hold_every_entry(store, tmp_path):
    n = api.export(store, "csv", tmp_path / "ledger.csv")
    rows = list(csv.DictReader((tmp_path / "ledger.csv").open(encoding="utf-8")))
    assert len(rows) == n and list(rows[0]) == list(FLAT_COLUMNS)
    kinds = sorted(r["kind"] for r in rows)
    assert kinds.count("figure") == 6 and kinds.count("event") == 3
    cas = next(r for r in rows if r["measure"] == "CASUALTY:>PRK:killed_or_wounded@kursk")
    assert cas["doc_ids"] == "wire; copy" and cas["reports"] == "1"
    assert api.export(store, "jsonl", tmp_path / "ledger.jsonl") == n
    records = [json.loads(line) for line in (tmp_path / "ledger.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in records} == {r["id"] for r in rows}
    assert next(r for r in records if r["id"] == cas["id"])["doc_ids"] == ["wire", "copy"]


def test_acled_rows(store, tmp_path):
    api.export(store, "acled", tmp_path / "acled.csv")
    rows = list(csv.DictReader((tmp_path / "acled.csv").open(encoding="utf-8")))
    assert list(rows[0]) == list(ACLED_COLUMNS)
    assert all(r["event_type"] for r in rows)
    assert not any(r["watchfloor_measure"] == "" and "condemned" in r["notes"] for r in rows)  # statements skipped
    killed = next(r for r in rows if r["watchfloor_measure"] == "CASUALTY:>PRK:killed" and "300" in r["notes"])
    assert killed["fatalities"] == "270"  # the most conservative count "about 300" allows
    assert killed["event_type"] == "Battles"
    troops = next(r for r in rows if r["watchfloor_figure"] == "~11,000")
    assert (troops["event_type"], troops["sub_event_type"]) == ("Strategic developments", "Change to group/activity")
    assert troops["actor1"] == "Military Forces of North Korea" and troops["actor2"] == "Russia"
    assert troops["country"] == "Russia" and troops["iso3"] == "RUS"
    assert troops["time_precision"] == "3"  # "last autumn": a span of months
    later = next(r for r in rows if r["watchfloor_figure"] == "15,000")
    assert (later["event_date"], later["time_precision"]) == ("2025-03-06", "2")  # dated by its report
    launch = next(r for r in rows if "intercontinental" in r["notes"])
    assert (launch["event_date"], launch["time_precision"], launch["source"]) == (
        "2024-10-31", "1", "Demo Wire; Demo Herald")


def test_plover_records(store, tmp_path):
    api.export(store, "plover", tmp_path / "plover.jsonl")
    records = [json.loads(x) for x in (tmp_path / "plover.jsonl").read_text(encoding="utf-8").splitlines()]
    troops = next(r for r in records
                  if r.get("measure") == "DEPLOY:PRK>RUS:personnel" and r["figure"]["value"] == 15000)
    assert troops["event_type"] == "AID" and troops["quad_code"] == 2
    assert troops["actor"][0]["code"] == "PRK" and troops["recipient"][0]["code"] == "RUS"
    assert troops["size"] == 15000 and troops["date_resolved"] is None and troops["date"] == "2025-03-06"
    launch = next(r for r in records if r["event_type"] == "MOBILIZE" and r["mode"] == "missile launch")
    assert launch["date_resolved"] == "2024-10-31" and len(launch["cite_info"]) == 2
    statement = next(r for r in records if r["mode"] == "statement")
    assert statement["event_type"] == "ACCUSE" and statement["actor"][0]["sector"] == "GOV"
    killed = next(r for r in records if r.get("measure") == "CASUALTY:>PRK:killed" and r["figure"]["value"] == 100)
    assert killed["dead"] == 90


def test_parquet_round_trip(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    n = api.export(store, "parquet", tmp_path / "ledger.parquet")
    table = pq.read_table(tmp_path / "ledger.parquet")
    assert table.num_rows == n and table.column_names == list(FLAT_COLUMNS)
    assert sorted(table.column("kind").to_pylist()).count("event") == 3


def test_parquet_without_pyarrow_is_a_clear_error(store, tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError("No module named 'pyarrow'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(ExportError, match="pip install"):
        api.export(store, "parquet", tmp_path / "ledger.parquet")
    assert not (tmp_path / "ledger.parquet").exists()


def test_unknown_export_format(store, tmp_path):
    with pytest.raises(ExportError, match="unknown export format"):
        api.export(store, "xlsx", tmp_path / "x")
