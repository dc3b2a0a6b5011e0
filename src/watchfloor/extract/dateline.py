"""Datelines for the extractor: the dateline date and the wire credit of a report.

Thin adapter over the dateline finder (kept in one place so ingest and extract agree):
the extractor needs only a ``date`` (``datetime.date`` or ``None``) and a ``credit`` string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from watchfloor.extract.datelines import find_dateline as _find


@dataclass(frozen=True, slots=True)
class DatelineInfo:
    """The full date a dateline gives (if any) and its wire credit (if any)."""

    date: dt.date | None
    credit: str | None
    end: int = 0


def find_dateline(text: str) -> DatelineInfo | None:
    """The dateline of ``text``, reduced to what claims need."""
    found = _find(text)
    if found is None:
        return None
    date = dt.date.fromisoformat(found.date) if found.date else None
    credit = found.credit.text if found.credit else (found.end_credit.text if found.end_credit else None)
    return DatelineInfo(date, credit, found.span.end if found.span else 0)
