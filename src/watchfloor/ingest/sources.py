"""From source strings to documents: what ``watchfloor ingest A B C`` reads, and in what order.

A source is ``-`` (stdin), an ``http(s)`` URL, a directory (walked recursively, a folder's
files in sorted order before its subfolders, hidden entries and symlinked directories
skipped, only known extensions read; the default id is the path below the directory
without extension, ``2025/03/briefing``, so that equal file names do not collide), a
file (read by extension, sniffed when it has none that is known), or a glob pattern
(``reports/**/*.txt``). The same file reached twice in one call is read once.

Nothing a single input does stops the batch: every reader runs under a guard that turns an
error, coded or not, into a one-line :class:`~watchfloor.errors.Rejected`, and the next
input is read.
"""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from watchfloor.errors import W101, W110, W112, ErrorCode, Rejected, WatchfloorError
from watchfloor.ingest.draft import Draft, Options, finish
from watchfloor.ingest.files import kind_of, read_path, read_stdin
from watchfloor.ingest.urls import read_url
from watchfloor.model import Document

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_GLOB_CHARS = re.compile(r"[*?\[]")


def iter_documents(
    sources: Iterable[str],
    *,
    defaults: dict[str, Any] | None = None,
    mapping: dict[str, str] | None = None,
    allow_private: bool = False,
    max_bytes: int = 10_000_000,
) -> Iterator[Document | Rejected]:
    """Read every source and yield its documents, or a ``Rejected`` for what cannot be read.

    Args:
        sources: source strings, as on the command line (see module docstring).
        defaults: ``published``, ``publisher`` and ``id`` for inputs that do not give them
            (``id`` only for a source that is one document).
        mapping: SPEC field -> column name for JSON inputs, e.g. ``{"text": "body"}``.
        allow_private: let URLs reach private, loopback and link-local addresses.
        max_bytes: the largest input (or JSONL line, or WARC record) accepted.

    Yields:
        :class:`~watchfloor.model.Document` and :class:`~watchfloor.errors.Rejected`, in
        source order. Non-English documents are yielded with ``language`` set (W113 is a
        marker for the caller, never a rejection).
    """
    if isinstance(sources, str | Path):
        sources = [str(sources)]  # one source, not an iterable of its characters
    opts = Options(dict(defaults or {}), dict(mapping or {}), allow_private, max_bytes)
    seen: set[str] = set()
    for source in sources:
        for item in _guard(_read_source(str(source), opts, seen), str(source)):
            if isinstance(item, Rejected):
                yield item
                continue
            try:
                yield finish(item, opts.defaults)
            except Exception as exc:  # noqa: BLE001 - one document never stops the batch
                yield W101.reject(item.fallback_id or str(source), detail=_describe(exc))


def _read_source(source: str, opts: Options, seen: set[str]) -> Iterator[Draft | Rejected]:
    """The drafts of one source string, dispatched on its form."""
    if source == "-":
        yield from read_stdin(opts)
        return
    scheme = _SCHEME.match(source)
    if scheme:
        if scheme.group(1).lower() not in ("http", "https"):
            yield W110.reject(source, detail=f"scheme '{scheme.group(1)}' is not http or https")
            return
        yield from read_url(source, opts)
        return
    path = Path(source)
    if source and path.is_dir():
        yield from _read_directory(path, opts, seen)
    elif source and (path.exists() or path.is_symlink()):
        yield from _read_file(path, source, opts, seen, fallback_id=_stem(path), single=True)
    elif _GLOB_CHARS.search(source):
        yield from _read_glob(source, opts, seen)
    else:
        yield W112.reject(source or "''", detail="no such file, directory or URL")


def _read_directory(root: Path, opts: Options, seen: set[str]) -> Iterator[Draft | Rejected]:
    """Every file of a known kind under ``root``, sorted, hidden entries skipped."""
    found = False
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder, name)
            if name.startswith(".") or kind_of(path) is None:
                continue
            found = True
            rel = path.relative_to(root).as_posix()
            fallback = rel[: len(rel) - len(_suffix(path))]
            yield from _read_file(path, str(path), opts, seen, fallback_id=fallback)
    for error in errors:
        yield W101.reject(str(error.filename or root), detail=error.strerror or str(error))
    if not found and not errors:
        yield W112.reject(str(root), detail="no report files (.txt .md .html .jsonl .json "
                          ".xml .rss .atom .warc .warc.gz) in the directory")


def _read_glob(pattern: str, opts: Options, seen: set[str]) -> Iterator[Draft | Rejected]:
    """The files a glob matches, sorted; a matched directory is walked."""
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield W112.reject(pattern, detail="the pattern matches nothing")
        return
    for match in matches:
        path = Path(match)
        if path.is_dir():
            yield from _read_directory(path, opts, seen)
        else:
            yield from _read_file(path, match, opts, seen, fallback_id=_stem(path))


def _read_file(
    path: Path, origin: str, opts: Options, seen: set[str], *, fallback_id: str,
    single: bool = False,
) -> Iterator[Draft | Rejected]:
    """One file under its own guard, so that its failure leaves the walk going."""
    key = os.path.realpath(path)
    if key in seen:
        return
    seen.add(key)
    yield from _guard(read_path(path, origin, opts, fallback_id=fallback_id, single=single),
                      origin)


def _guard(
    items: Iterator[Draft | Rejected], origin: str, code: ErrorCode = W101
) -> Iterator[Draft | Rejected]:
    """Pass items through; turn an exception into a ``Rejected`` and end this input only."""
    try:
        yield from items
    except WatchfloorError as exc:
        yield exc.rejected(origin)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the batch
        yield code.reject(origin, detail=_describe(exc))


def _suffix(path: Path) -> str:
    """The extension, with ``.warc.gz`` taken as one."""
    return path.name[-len(".warc.gz") :] if path.name.lower().endswith(".warc.gz") else path.suffix


def _stem(path: Path) -> str:
    """The file name without its extension: the default document id."""
    suffix = _suffix(path)
    return path.name[: len(path.name) - len(suffix)] if suffix else path.name


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
