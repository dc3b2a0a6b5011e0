"""Gold files: hand-checked claims for a document, the yardstick the scorer measures against.

SPEC section 3 defines a gold file as one JSON object per document (``doc``, ``file``,
``published``, ``publisher``, ``claims``). In practice gold arrives in three shapes, so
:func:`load_gold` accepts all of them without being told which: a single JSON object, a
JSON list of objects, or JSON Lines (one object per line). A directory is read as every
``*.json`` and ``*.jsonl`` file in it, in name order, so that a gold set can grow one file
per document.

``file`` is relative to the gold file's ``..`` (a gold file in ``gold/`` names its text as
``seed/report.txt`` when the text lives in a sibling ``seed/`` directory); it is resolved
at load time so the caller never has to know where the gold file was.

Loading checks the structure the scorer relies on (a type and integer evidence offsets on
every claim) and fails with the file, the document and the claim index, because a silent
gap in gold would show up much later as an unexplained drop in recall.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["GoldDocument", "GoldFormatError", "gold_claim_as_prediction", "load_gold"]


class GoldFormatError(ValueError):
    """Raised when a gold file cannot be read as SPEC section-3 gold."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One document's gold: where its text is and the claims a perfect extractor would make.

    Attributes:
        doc: The document id (``jcs-briefing-2025-03-27``).
        file: Absolute path of the document text, or ``None`` when the gold names none.
        published: The dateline as an ISO date, when given.
        publisher: The outlet, when given.
        claims: Gold claims as SPEC dicts, ``source`` a bare entity id, each with
            ``optional`` (default false) and an optional ``note``.
    """

    doc: str
    file: Path | None
    published: str | None = None
    publisher: str | None = None
    claims: list[dict[str, Any]] = field(default_factory=list)

    def text(self) -> str:
        """Read the document text as UTF-8, keeping line endings as they are.

        Bytes are decoded directly rather than through text-mode ``open``, whose newline
        translation would turn ``\\r\\n`` into ``\\n`` and shift every gold offset.

        Raises:
            GoldFormatError: If the gold names no text file.
            OSError: If the file cannot be read.
        """
        if self.file is None:
            raise GoldFormatError(f"gold document {self.doc!r} names no text file")
        return self.file.read_bytes().decode("utf-8")

    def span_problems(self, text: str | None = None) -> list[str]:
        """List gold claims whose evidence offsets do not select their evidence text.

        Args:
            text: The document text; read with :meth:`text` when not given.

        Returns:
            One line per bad span (empty when the gold is consistent with its text).
        """
        body = self.text() if text is None else text
        problems = []
        for index, claim in enumerate(self.claims):
            ev = claim["evidence"]
            got = body[ev["start"] : ev["end"]]
            if "text" in ev and got != ev["text"]:
                problems.append(
                    f"{self.doc} claim {index}: [{ev['start']}, {ev['end']}) selects "
                    f"{got!r}, gold says {ev['text']!r}"
                )
        return problems


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Load gold documents from a file (object, list or JSON Lines) or a directory.

    Args:
        path: A gold file, or a directory whose ``*.json``/``*.jsonl`` files are all gold.

    Returns:
        The documents in file order.

    Raises:
        GoldFormatError: If a file is not valid gold; the message names file and place.
        OSError: If a file cannot be read.
    """
    where = Path(path)
    if where.is_dir():
        files = sorted(p for p in where.iterdir() if p.suffix in (".json", ".jsonl"))
        return [doc for f in files for doc in load_gold(f)]
    raw = where.read_bytes().decode("utf-8")
    base = where.resolve().parent.parent
    return [_document(obj, base, f"{where}{place}") for place, obj in _objects(raw, where)]


def gold_claim_as_prediction(claim: dict[str, Any], doc_id: str | None = None) -> dict[str, Any]:
    """Turn a gold claim into the prediction shape ``Claim.to_dict()`` gives.

    A perfect extractor's output, for checking that the scorer gives it full marks and for
    building test predictions. ``source`` becomes ``{"entity", "text"}`` (the text is not
    in gold, so it is empty); ``optional`` and ``note`` are dropped.
    """
    out = {k: v for k, v in claim.items() if k not in ("optional", "note")}
    source = claim.get("source")
    out["source"] = None if source is None else {"entity": source, "text": ""}
    out["doc_id"] = doc_id
    return out


def _objects(raw: str, path: Path) -> Iterable[tuple[str, Any]]:
    """Yield ``(place, object)`` from one JSON document or from JSON Lines."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield f":{lineno}", json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldFormatError(f"{path}:{lineno}: not JSON: {err.msg}") from err
        return
    if isinstance(data, list):
        for index, obj in enumerate(data):
            yield f"[{index}]", obj
    else:
        yield "", data


def _document(obj: Any, base: Path, where: str) -> GoldDocument:
    """Validate one gold object and build its :class:`GoldDocument`."""
    if not isinstance(obj, dict):
        raise GoldFormatError(f"{where}: a gold document must be an object")
    if not isinstance(obj.get("doc"), str) or not obj["doc"]:
        raise GoldFormatError(f"{where}: missing 'doc' id")
    claims = obj.get("claims")
    if not isinstance(claims, list):
        raise GoldFormatError(f"{where} ({obj['doc']}): 'claims' must be a list")
    for index, claim in enumerate(claims):
        _check_claim(claim, f"{where} ({obj['doc']}) claim {index}")
    file = obj.get("file")
    return GoldDocument(
        doc=obj["doc"],
        file=(base / file).resolve() if file else None,
        published=obj.get("published"),
        publisher=obj.get("publisher"),
        claims=claims,
    )


def _check_claim(claim: Any, where: str) -> None:
    """Fail unless a gold claim has what matching needs: a type and evidence offsets."""
    if not isinstance(claim, dict):
        raise GoldFormatError(f"{where}: a claim must be an object")
    if not isinstance(claim.get("type"), str):
        raise GoldFormatError(f"{where}: missing 'type'")
    ev = claim.get("evidence")
    if not isinstance(ev, dict):
        raise GoldFormatError(f"{where}: missing 'evidence'")
    start, end = ev.get("start"), ev.get("end")
    if not (_is_int(start) and _is_int(end) and 0 <= start <= end):
        raise GoldFormatError(f"{where}: evidence needs integer offsets 0 <= start <= end")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
