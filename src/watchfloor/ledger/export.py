"""Writing ledger entries to files: csv, jsonl, parquet, ACLED-shaped csv, PLOVER-shaped jsonl.

``csv``, ``jsonl`` and ``parquet`` hold the flat ledger (one row per assertion and per
timeline event, columns :data:`watchfloor.ledger.shapes.FLAT_COLUMNS`); ``acled`` and
``plover`` the shapes of :mod:`watchfloor.ledger.shapes`. Parquet needs pyarrow, an optional
dependency: without it the export stops with a :class:`ExportError` that says how to get it,
before anything is written. ``out`` may be ``-`` for stdout (text formats only).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from watchfloor.ledger.shapes import ACLED_COLUMNS, FLAT_COLUMNS, LIST_COLUMNS, Entry, acled, flat, plover

FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet", "acled", "plover")


class ExportError(ValueError):
    """An export that cannot be made (unknown format, parquet without pyarrow, stdout for parquet)."""


def export_entries(entries: Iterable[Entry], fmt: str, out: str | Path) -> int:
    """Write ``entries`` to ``out`` in ``fmt``; return the number of rows written.

    Raises:
        ExportError: ``fmt`` is unknown, or parquet is asked for without pyarrow or to stdout.
    """
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "parquet":
        return _parquet(entries, out)
    if fmt == "csv":
        rows = [_csv_flat(flat(e)) for e in entries]
        return _write_csv(rows, FLAT_COLUMNS, out)
    if fmt == "jsonl":
        return _write_jsonl((flat(e) for e in entries), out)
    if fmt == "acled":
        rows = [r for r in map(acled, entries) if r is not None]
        return _write_csv(rows, ACLED_COLUMNS, out)
    return _write_jsonl(map(plover, entries), out)


def _csv_flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: "; ".join(v) if k in LIST_COLUMNS else v for k, v in row.items()}


@contextmanager
def _text_out(out: str | Path):
    if str(out) == "-":
        yield sys.stdout
        return
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def _write_csv(rows: list[dict[str, Any]], columns: tuple[str, ...], out: str | Path) -> int:
    with _text_out(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def _write_jsonl(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    n = 0
    with _text_out(out) as handle:
        handle: IO[str]
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _parquet(entries: Iterable[Entry], out: str | Path) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError(
            "parquet export needs pyarrow, which is not installed: pip install 'pyarrow>=15' "
            "(or export csv or jsonl)"
        ) from exc
    if str(out) == "-":
        raise ExportError("parquet is binary: give a file name, not -")
    rows = [flat(e) for e in entries]
    table = pa.Table.from_pylist(rows, schema=_arrow_schema(pa))
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    path.write_bytes(buffer.getvalue())
    return len(rows)


def _arrow_schema(pa: Any) -> Any:
    """Column types of the flat export; counts are doubles because figures may be fractional."""
    ints = {"evidence_start", "evidence_end", "reports", "carriers"}
    floats = {"value", "low", "high", "bounds_low", "bounds_high"}
    bools = {"partial", "period_from_claim"}
    fields = []
    for name in FLAT_COLUMNS:
        if name in LIST_COLUMNS:
            kind = pa.list_(pa.string())
        elif name in ints:
            kind = pa.int64()
        elif name in floats:
            kind = pa.float64()
        elif name in bools:
            kind = pa.bool_()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)
