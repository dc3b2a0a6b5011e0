"""CLI commands for the ledger layer (registered on the main app by :mod:`watchfloor.cli`)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
