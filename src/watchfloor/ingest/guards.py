"""Guards every input passes before a reader parses it: size, binary content, encoding, emptiness.

Reports arrive from crawls, mail drops and shared folders, so a batch will hold images,
archives, truncated downloads and files in the wrong encoding. These checks refuse them
early, cheaply (``bytes.find`` and ``bytes.translate`` run in C over at most a few
kilobytes) and with a code that says which rule they broke, instead of letting a parser
fail later with a message about something else. Each check raises
:class:`~watchfloor.errors.WatchfloorError`; the caller turns it into a ``Rejected``.
"""

from __future__ import annotations

import codecs
import re
from typing import BinaryIO

from watchfloor.errors import W102, W103, W104, W105, WatchfloorError

_SNIFF_BYTES = 8192
_CONTROL_SHARE = 0.10
# Bytes that are C0 controls other than tab, newline, vertical tab, form feed, return and
# escape (which terminal logs carry), and DEL. Deleting every other byte leaves them.
_CONTROL = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_NON_SPACE = re.compile(rb"\S")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)


def human_size(size: int) -> str:
    """``12345678`` -> ``"12,345,678 bytes"``: exact, so the user can compare with the limit."""
    return f"{size:,} bytes"


def check_size(size: int, limit: int) -> None:
    """Refuse (W104) an input whose known size exceeds ``limit`` bytes, before reading it."""
    if size > limit:
        raise WatchfloorError(W104, size=human_size(size), limit=f"{limit:,}")


def read_limited(stream: BinaryIO, limit: int) -> bytes:
    """Read at most ``limit`` bytes; refuse (W104) a stream that holds more.

    One byte past the limit is read to tell "exactly at the limit" from "over it" without
    reading the rest of a huge or endless stream.
    """
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise WatchfloorError(W104, size=f"more than {limit:,} bytes", limit=f"{limit:,}")
    return data


def bom_encoding(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark announces and the mark's length, or ``(None, 0)``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def check_bytes(data: bytes) -> None:
    """Refuse empty (W102) and binary (W103) content.

    Binary means NUL bytes, or more than a tenth of control bytes in the first 8 KiB. Text
    in UTF-16 or UTF-32 has NUL bytes by design, so a byte-order mark exempts it here; its
    decoded text is checked by :func:`check_text` instead.
    """
    if not data:
        raise WatchfloorError(W102, detail="empty file")
    if bom_encoding(data)[0] not in (None, "utf-8"):
        return
    if data.find(b"\x00") >= 0:
        raise WatchfloorError(W103, detail="NUL bytes")
    head = data[:_SNIFF_BYTES]
    controls = len(head.translate(None, _NOT_CONTROL))
    if controls > _CONTROL_SHARE * len(head):
        raise WatchfloorError(W103, detail=f"{controls / len(head):.0%} control bytes")
    if _NON_SPACE.search(data) is None:
        raise WatchfloorError(W102, detail="whitespace only")


def check_text(text: str, what: str = "text") -> None:
    """Refuse decoded text that is blank (W102) or full of control characters (W103)."""
    if not text.strip():
        raise WatchfloorError(W102, detail=f"{what} is empty or whitespace only")
    if "\x00" in text:
        raise WatchfloorError(W103, detail="NUL characters")
    head = text[:_SNIFF_BYTES]
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > _CONTROL_SHARE * len(head):
        raise WatchfloorError(W103, detail=f"{controls / len(head):.0%} control characters")


def decode_text(data: bytes) -> str:
    """Decode a plain-text file: UTF-8 (a BOM is removed), or UTF-16/32 with a BOM.

    Plain text carries no declaration of its encoding, and guessing one turns bytes into
    confident nonsense, so anything else is refused (W105) with the offset of the first
    bad byte, which is what a user needs to find and fix it.
    """
    encoding, skip = bom_encoding(data)
    return _strict_decode(data[skip:], encoding or "utf-8")


def decode_markup(data: bytes, declared: str | None = None) -> str:
    """Decode HTML or XML: by BOM, then the declared charset, UTF-8, or a ``<meta>`` charset.

    Web pages in legacy encodings (windows-1252, EUC-KR, Shift_JIS) say so in their HTTP
    header or a ``<meta charset>``; those declarations are honoured, strictly. Bytes that
    fit none of them are refused (W105), never decoded with replacement characters.
    """
    encoding, skip = bom_encoding(data)
    if encoding:
        return _strict_decode(data[skip:], encoding)
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    m = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if m:
        candidates.append((m.group(1) or m.group(2)).decode("ascii"))
    error: WatchfloorError | None = None
    for candidate in candidates:
        try:
            return _strict_decode(data, candidate)
        except WatchfloorError as exc:
            error = error or exc
    assert error is not None
    raise error


def _strict_decode(data: bytes, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise WatchfloorError(W105, encoding=encoding, detail="unknown encoding") from None
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise WatchfloorError(
            W105, encoding=encoding.upper(), detail=f"byte 0x{bad} at offset {exc.start}"
        ) from None


def parse_content_type(value: str) -> tuple[str, str | None]:
    """``"text/html; charset=EUC-KR"`` -> ``("text/html", "EUC-KR")``."""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.strip().lower(), charset
