"""Docs stay honest: every CLI command is documented, and the spec copy matches the shared one."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from watchfloor.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _command_names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_documented_in_cli_md():
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    names = _command_names()
    assert {"extract", "eval", "ingest", "series", "contradictions"} <= set(names)
    missing = [name for name in names if f"watchfloor {name}" not in doc]
    assert not missing, f"docs/cli.md does not document: {missing}"


def test_spec_copy_keeps_the_shared_spec_text():
    shared = ROOT.parent / "shared" / "SPEC.md"
    if not shared.exists():
        pytest.skip("../shared is not available")
    ours = (ROOT / "docs" / "spec.md").read_text(encoding="utf-8")
    assert ours.startswith(shared.read_text(encoding="utf-8").rstrip())
