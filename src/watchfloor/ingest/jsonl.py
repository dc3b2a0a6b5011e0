"""JSON Lines corpora (one SPEC section-1 document per line) and JSON files.

A corpus can hold millions of reports, so a ``.jsonl`` file is streamed line by line and
never loaded whole; each line is capped at ``max_bytes`` (a line past the cap is skipped
without being held in memory). A bad line is rejected with its line number
(``corpus.jsonl:17``) and the rest goes on. Other corpora name their columns differently
(``body``, ``date``): ``mapping`` maps a SPEC field to the column that holds it, and a few
unambiguous other names (``date`` or ``published_time`` for ``published``, listed in
``lexicons/jsonl_columns.yaml``) are read without one.

A ``.json`` file holds one object or a list of objects; it is read whole (within
``max_bytes``), as JSON has no streaming form that the standard library reads.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO

from watchfloor.errors import W102, W104, W109, Rejected, WatchfloorError
from watchfloor.ingest.draft import Draft
from watchfloor.ingest.guards import check_text, decode_text
from watchfloor.lexicons import load

FIELDS: tuple[str, ...] = ("id", "url", "title", "publisher", "published", "language", "text")
#: Other column names read for a field the record and the mapping leave empty (data file).
ALIASES: dict[str, tuple[str, ...]] = {
    field: tuple(columns) for field, columns in load("jsonl_columns").items()
}
_SKIP_CHUNK = 1 << 20


def limited_lines(
    stream: BinaryIO, limit: int, first: Sequence[bytes] = ()
) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line_number, line)``, with ``None`` for a line longer than ``limit`` bytes.

    ``readline`` with a size bound keeps memory flat even when a "line" is a whole
    multi-gigabyte file with no newline. ``first`` holds lines already read from the stream.
    """
    number = 0
    for line in first:
        number += 1
        yield number, line
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


def read_jsonl(
    lines: Iterable[tuple[int, bytes | None]], origin: str, stem: str, mapping: dict[str, str],
    limit: int,
) -> Iterator[Draft | Rejected]:
    """One :class:`Draft` per JSON object line; blank lines are skipped, bad ones rejected.

    A file with no record at all is rejected (W102) so that it does not vanish silently.
    """
    records = 0
    for number, raw in lines:
        if raw is not None and not raw.strip():
            continue
        records += 1
        where = f"{origin}:{number}"
        if raw is None:
            size = f"line of more than {limit:,} bytes"
            yield W104.reject(where, size=size, limit=f"{limit:,}")
            continue
        try:
            obj = json.loads(decode_text(raw))
        except WatchfloorError as exc:
            yield exc.rejected(where)
            continue
        except ValueError as exc:
            yield W109.reject(where, detail=f"not JSON ({exc})")
            continue
        yield _record(obj, where, f"{stem}:{number}", mapping)
    if records == 0:
        yield W102.reject(origin, detail="no JSON records")


def read_json(
    data: bytes, origin: str, stem: str, mapping: dict[str, str]
) -> Iterator[Draft | Rejected]:
    """The documents of a ``.json`` file: one object, or a list of objects.

    Raises:
        WatchfloorError: W105 for bytes that are not UTF-8, W109 when it is not JSON or
            holds neither an object nor a list.
    """
    try:
        value = json.loads(decode_text(data))
    except ValueError as exc:
        raise WatchfloorError(W109, detail=f"not JSON ({exc})") from None
    if isinstance(value, dict):
        yield _record(value, origin, stem, mapping, single=True)
        return
    if value == []:
        raise WatchfloorError(W102, detail="an empty JSON list")
    if not isinstance(value, list):
        raise WatchfloorError(W109, detail=f"a JSON {type(value).__name__}, not an object or list")
    for index, item in enumerate(value, 1):
        yield _record(item, f"{origin}[{index}]", f"{stem}:{index}", mapping)


def _record(
    obj: Any, where: str, fallback_id: str, mapping: dict[str, str], single: bool = False
) -> Draft | Rejected:
    """A SPEC document from one JSON value, with columns renamed through ``mapping``."""
    if not isinstance(obj, dict):
        detail = f"a JSON {type(obj).__name__}, not an object"
        return W109.reject(where, detail=detail)
    fields = {name: obj.get(mapping.get(name, name)) for name in FIELDS}
    for name, columns in ALIASES.items():
        if fields[name] is None and name not in mapping:
            fields[name] = next((obj[c] for c in columns if obj.get(c) is not None), None)
    text = fields["text"]
    column = mapping.get("text", "text")
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        return W109.reject(where, detail=f"'{column}' is {what}")
    try:
        check_text(text, f"'{column}'")
    except WatchfloorError as exc:
        return W109.reject(where, detail=exc.reason)
    return Draft(
        text=text,
        fallback_id=fallback_id,
        id=_scalar(fields["id"]),
        url=_scalar(fields["url"]),
        title=_scalar(fields["title"]),
        publisher=_scalar(fields["publisher"]),
        published=_scalar(fields["published"]),
        language=_scalar(fields["language"]),
        language_trusted=fields["language"] is not None,
        single=single,
    )


def _scalar(value: Any) -> str | None:
    """Metadata must be a string or number; anything else (a list, an object) is ignored."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value)
    return None

