"""Coded, one-line errors: every refusal Watchfloor reports has a stable code and a template.

A code table, in the manner of spaCy's ``errors.py``, keeps the wording of each message in
one place, lets users grep a code in the docs or the logs, and lets tests assert the code
rather than a sentence that may be reworded. Each message is printed on ONE line as
``CODE ORIGIN: reason``, e.g. ``W103 reports/bad.bin: binary content (NUL bytes), not a
text report``, so that a batch run over thousands of files stays readable and greppable.

The ``W1xx`` block belongs to ingestion. ``W113`` is a marker, not a rejection: a document
that is not in English is still yielded as a :class:`~watchfloor.model.Document` with its
``language`` set, so that the store keeps it (and a later extractor for that language can
read it); the CLI prints the W113 line when it skips extraction for such a document.
``W120`` is the one code of the corpus service: a document that was read and stored but
whose extraction raised (it stays stored without claims, for ``watchfloor reextract``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ErrorCode:
    """One row of the table: a stable code, a short snake_case name and a message template.

    The template is a :meth:`str.format` string; its fields are given as keyword arguments
    when the error is raised, so that the message and its facts stay apart.
    """

    code: str
    name: str
    template: str

    def format(self, **fields: Any) -> str:
        """Fill the template; a missing field is shown as ``?`` rather than raising."""
        return self.template.format_map(_Lenient(fields))

    def reject(self, origin: str, **fields: Any) -> Rejected:
        """A :class:`Rejected` for ``origin`` with this code and the filled template."""
        return Rejected(origin, self.code, _one_line(self.format(**fields)))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "?"


W101 = ErrorCode("W101", "unreadable", "cannot read: {detail}")
W102 = ErrorCode("W102", "empty", "{detail}, nothing to read")
W103 = ErrorCode("W103", "binary", "binary content ({detail}), not a text report")
W104 = ErrorCode("W104", "too_large", "{size}, over the limit of {limit} bytes")
W105 = ErrorCode("W105", "undecodable", "not valid {encoding} text ({detail})")
W106 = ErrorCode("W106", "bad_markup", "malformed or empty HTML/XML: {detail}")
W107 = ErrorCode("W107", "bad_feed", "feed does not parse: {detail}")
W108 = ErrorCode("W108", "bad_warc", "WARC unreadable: {detail}")
W109 = ErrorCode("W109", "bad_record", "JSON record unusable: {detail}")
W110 = ErrorCode("W110", "url_refused", "URL refused: {detail}")
W111 = ErrorCode("W111", "fetch_failed", "fetch failed: {detail}")
W112 = ErrorCode("W112", "not_found", "not found: {detail}")
W113 = ErrorCode("W113", "not_english", "language '{language}', stored but not extracted")
W114 = ErrorCode(
    "W114", "xml_entities", "XML declares entities ({detail}), refused as a possible entity bomb"
)
W115 = ErrorCode("W115", "bad_front_matter", "front matter is not a YAML mapping: {detail}")
W120 = ErrorCode("W120", "not_extracted", "stored, but extraction failed: {detail}")

ERRORS: dict[str, ErrorCode] = {
    e.code: e
    for e in (W101, W102, W103, W104, W105, W106, W107, W108, W109, W110, W111, W112, W113,
              W114, W115, W120)
}
"""Every code by its string, e.g. ``ERRORS["W103"].name == "binary"``."""


def line(code: str | ErrorCode, origin: str, **fields: Any) -> str:
    """Format the one-line message ``CODE ORIGIN: reason`` for a code and its fields."""
    entry = code if isinstance(code, ErrorCode) else ERRORS[code]
    return f"{entry.code} {origin}: {entry.format(**fields)}"


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input that was refused, with where it came from and why, on one line.

    Readers yield it in place of a document and go on with the next input, so that one bad
    file never stops a batch. ``origin`` names the input as the user gave it, narrowed where
    it helps (``corpus.jsonl:17``, ``feed.xml#3``, ``crawl.warc.gz#12``).
    """

    origin: str
    code: str
    reason: str

    def __str__(self) -> str:
        return f"{self.code} {self.origin}: {_one_line(self.reason)}"


class WatchfloorError(Exception):
    """An error carrying a table code and the fields of its template.

    Raised inside readers and turned into a :class:`Rejected` by the caller that knows the
    input's origin (:meth:`rejected`), so that low-level helpers need not know it.
    """

    def __init__(self, code: ErrorCode, **fields: Any) -> None:
        self.code = code
        self.fields = fields
        super().__init__(f"{code.code} {code.format(**fields)}")

    @property
    def reason(self) -> str:
        """The filled template, without code or origin."""
        return _one_line(self.code.format(**self.fields))

    def rejected(self, origin: str) -> Rejected:
        """The :class:`Rejected` for this error at ``origin``."""
        return Rejected(origin, self.code.code, self.reason)


def _one_line(text: str) -> str:
    """Collapse whitespace, so that a message from a library never spans several lines."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= 300 else flat[:297] + "..."
