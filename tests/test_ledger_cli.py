"""The ledger commands: thin over the API, JSON that validates, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from ledger_samples import Figure, add_report, event
from watchfloor.cli import app
from watchfloor.store import Store

SCHEMAS = Path(__file__).resolve().parents[1] / "docs" / "schemas"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("ledger") / "ledger.db"
    with Store.open(path) as store:
        add_report(store, "a", "2025-04-28", "Wire", [
            ("Kyiv said 14,000 troops were sent.", Figure(value=14000, source="UKR.GOV")),
            ("North Korea fired a missile on Monday.", event("LAUNCH", "PRK", "ballistic missile",
                                                              time=("2025-04-28", "2025-04-28"))),
        ])
        add_report(store, "b", "2025-04-30", "Herald", [
            ("The NIS said 15,000 troops were sent.", Figure(value=15000, source="KOR.SPY")),
        ])
    return str(path)


def run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    ("args", "schema"),
    [
        (["figures", "--json"], "figures"),
        (["figures", "--actor", "PRK", "--json"], "figures"),
        (["series", "DEPLOY:PRK>RUS:troops", "--json"], "series"),
        (["contradictions", "--json"], "contradictions"),
        (["timeline", "--actor", "PRK", "--type", "LAUNCH", "--since", "2025-01-01", "--json"], "timeline"),
    ],
)
def test_json_commands_validate(db, args, schema):
    result = run(*args, "--db", db)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, json.loads((SCHEMAS / f"{schema}.schema.json").read_text(encoding="utf-8")))


def test_contradiction_and_series_in_json(db):
    data = json.loads(run("contradictions", "--json", "--db", db).stdout)
    [c] = data["contradictions"]
    assert {c["a"]["value"], c["b"]["value"]} == {14000, 15000} and c["days_apart"] == 2
    series = json.loads(run("series", "DEPLOY:PRK>RUS:personnel", "--json", "--db", db).stdout)
    assert [a["source"]["label"] for a in series["assertions"]] == ["UKR.GOV", "KOR.SPY"]


def test_tables_for_people(db):
    result = run("figures", "--db", db)
    assert result.exit_code == 0 and "DEPLOY:PRK>RUS:personnel" in result.stdout
    assert "15,000" in run("series", "DEPLOY:PRK>RUS:personnel", "--db", db).stdout
    assert "ballistic missile" in run("timeline", "--db", db).stdout
    assert "Contradictions" in run("contradictions", "--db", db).stdout


def test_db_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("WATCHFLOOR_DB", db)
    assert json.loads(run("figures", "--json").stdout)["figures"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["series", "DEPLOY PRK RUS"], "is not TYPE:ACTOR>RECIPIENT:ITEM"),
        (["timeline", "--since", "last week"], "is not a date"),
        (["export", "--format", "xlsx", "out.xlsx"], "unknown export format"),
    ],
)
def test_errors_are_one_line(db, args, message):
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert message in result.output and result.output.count("\n") == 1


def test_missing_store_is_an_error_not_a_new_file(tmp_path):
    missing = tmp_path / "none.db"
    result = run("figures", "--db", str(missing))
    assert result.exit_code == 1 and "no store at" in result.output
    assert not missing.exists()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "acled", "plover"])
def test_export_writes_a_file(db, tmp_path, fmt):
    out = tmp_path / f"ledger.{fmt}"
    result = run("export", "--format", fmt, str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") >= 3
