"""Local inputs: one file by its kind, plain text with YAML front matter, and stdin.

A file's kind comes from its extension; a file named explicitly with an unknown extension
(``report.bin``, ``statement``) is sniffed from its first bytes instead, because a user who
names a file wants it read or told why not. Plain text keeps its body exactly as written,
so that every offset the extractor reports points into the file the user has.
"""

from __future__ import annotations

import io
import json
import re
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from watchfloor.errors import W101, W104, W112, W115, Rejected, WatchfloorError
from watchfloor.ingest.draft import Draft, Options
from watchfloor.ingest.feeds import read_feed
from watchfloor.ingest.guards import (
    check_bytes,
    check_size,
    check_text,
    decode_markup,
    decode_text,
    read_limited,
)
from watchfloor.ingest.html import read_html
from watchfloor.ingest.jsonl import limited_lines, read_json, read_jsonl
from watchfloor.ingest.warc import is_warc, read_warc

KINDS: dict[str, str] = {
    ".txt": "text", ".md": "text", ".markdown": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".warc": "warc", ".warc.gz": "warc",
}  # fmt: skip
"""Extension -> reader, for directory walks and named files alike."""

FRONT_MATTER_KEYS: tuple[str, ...] = ("id", "published", "publisher", "title", "url", "language")
STDIN_ORIGIN = "<stdin>"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*\r?\n(?P<yaml>(?:.*?\r?\n)??)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
_KEY_LINE = re.compile(r"\s*[A-Za-z_][\w-]*[ \t]*:")
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(r"<(?:!doctype html|html|head|body|div|p|article)[\s>]")


def kind_of(path: Path) -> str | None:
    """The reader for a path by its extension (``.warc.gz`` counts as one), or ``None``."""
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return KINDS.get(path.suffix.lower())


def sniff_kind(data: bytes) -> str:
    """Guess the reader from content when the name does not tell: markup, JSON, WARC or text."""
    if is_warc(data[:4096]):
        return "warc"
    head = data[:2048].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()
    if head.startswith("<"):
        if _FEED_ROOT.search(head):
            return "feed"
        if _HTML_ROOT.search(head) or not head.startswith("<?xml"):
            return "html"
        return "feed"
    if head.startswith("{"):
        first = data.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    if head.startswith(("{", "[")):
        try:
            json.loads(data)
            return "json"
        except ValueError:
            pass
    return "text"


def read_path(
    path: Path, origin: str, opts: Options, *, fallback_id: str, single: bool = False
) -> Iterator[Draft | Rejected]:
    """Read one local file by its kind (or sniffed content) into drafts.

    JSONL and WARC files are streamed, with ``max_bytes`` applied to each line or record,
    since a corpus or a crawl is legitimately large; any other file is refused whole when
    it exceeds ``max_bytes``.

    Raises:
        WatchfloorError: W112 when the file is gone, W101 when it cannot be read, and any
            code of the guards and readers for its content.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        raise WatchfloorError(W112, detail="no such file") from None
    except OSError as exc:
        raise WatchfloorError(W101, detail=exc.strerror or str(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise WatchfloorError(W101, detail="not a regular file")
    kind = kind_of(path)
    try:
        with path.open("rb") as stream:
            if kind == "jsonl":
                yield from read_jsonl(
                    limited_lines(stream, opts.max_bytes), origin, path.stem, opts.mapping,
                    opts.max_bytes,
                )
                return
            if kind == "warc":
                yield from read_warc(stream, origin, opts.max_bytes)
                return
            check_size(info.st_size, opts.max_bytes)
            data = read_limited(stream, opts.max_bytes)
    except OSError as exc:
        raise WatchfloorError(W101, detail=exc.strerror or str(exc)) from None
    yield from read_bytes(data, kind, origin, opts, fallback_id=fallback_id, single=single)


def read_bytes(
    data: bytes,
    kind: str | None,
    origin: str,
    opts: Options,
    *,
    fallback_id: str | None,
    single: bool = False,
    url: str | None = None,
    charset: str | None = None,
) -> Iterator[Draft | Rejected]:
    """Read an input held in memory, by kind (sniffed when ``None``)."""
    kind = kind or sniff_kind(data)
    stem = fallback_id or "stdin"
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), origin, opts.max_bytes)
        return
    check_bytes(data)
    if kind == "jsonl":
        lines = limited_lines(io.BytesIO(data), opts.max_bytes)
        yield from read_jsonl(lines, origin, stem, opts.mapping, opts.max_bytes)
    elif kind == "json":
        yield from read_json(data, origin, stem, opts.mapping)
    elif kind == "feed":
        yield from read_feed(data, origin, url=url)
    elif kind == "html":
        draft = read_html(decode_markup(data, charset), url=url, fallback_id=fallback_id)
        draft.single = single
        yield draft
    else:
        draft = parse_text(decode_text(data) if charset is None else decode_markup(data, charset))
        draft.fallback_id, draft.single = fallback_id, single
        draft.url = draft.url or url
        yield draft


def parse_text(text: str) -> Draft:
    """A plain-text report: optional YAML front matter between ``---`` lines, then the body.

    The body is kept exactly as written after the closing ``---`` line. A leading ``---``
    block that is not a YAML mapping is a Markdown rule, not front matter, and stays in the
    body; one that looks like ``key: value`` lines but does not parse is refused (W115)
    rather than read as text, since its metadata would otherwise be lost silently.
    Only string, number and date values are taken; anything else is ignored.

    Raises:
        WatchfloorError: W115 for broken front matter, W102/W103 for an unusable body.
    """
    meta: dict[str, Any] = {}
    body = text
    m = _FRONT_MATTER.match(text)
    if m:
        block = m.group("yaml")
        try:
            parsed = yaml.load(block, Loader=_Loader) if block.strip() else {}  # noqa: S506
        except yaml.YAMLError as exc:
            if _KEY_LINE.match(block):
                problem = getattr(exc, "problem", None) or type(exc).__name__
                mark = getattr(exc, "problem_mark", None)
                where = f" on line {mark.line + 2}" if mark is not None else ""
                raise WatchfloorError(W115, detail=f"{problem}{where}") from None
            parsed = None
        if isinstance(parsed, dict):
            meta = parsed
            body = text[m.end() :]
    check_text(body, "body")
    values = {k: _meta_value(meta.get(k)) for k in FRONT_MATTER_KEYS}
    return Draft(
        text=body,
        id=values["id"],
        url=values["url"],
        title=values["title"],
        publisher=values["publisher"],
        published=values["published"],
        language=values["language"],
        language_trusted=values["language"] is not None,
    )


def read_stdin(opts: Options, stream: BinaryIO | None = None) -> Iterator[Draft | Rejected]:
    """Standard input: a JSONL stream when its first non-blank line is a JSON object, else
    one document (text, HTML, feed or WARC, sniffed).

    Deciding on the first line lets a corpus be piped through without being held in
    memory; a later line that is not an object is rejected with its line number.
    """
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None) or io.BytesIO(sys.stdin.read().encode())
    limit = opts.max_bytes
    seen: list[bytes] = []
    size = 0
    line = b""
    while size <= limit:  # skip leading blank lines, within the size limit
        line = stream.readline(limit + 1)
        if not line or line.strip():
            break
        seen.append(line)
        size += len(line)
    if line and line.lstrip().startswith(b"{") and _is_json_object(line):
        lines = limited_lines(stream, limit, first=[*seen, line])
        yield from read_jsonl(lines, STDIN_ORIGIN, "stdin", opts.mapping, limit)
        return
    head = b"".join([*seen, line])
    data = head + stream.read(max(limit - len(head), 0) + 1)
    if len(data) > limit:
        raise WatchfloorError(W104, size=f"more than {limit:,} bytes", limit=f"{limit:,}")
    yield from read_bytes(data, None, STDIN_ORIGIN, opts, fallback_id=None, single=True)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _meta_value(value: Any) -> Any:
    """Keep scalars and dates from front matter; drop lists and mappings (and alias bombs)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str | int | float):
        return str(value)
    if hasattr(value, "isoformat"):
        return value
    return None
