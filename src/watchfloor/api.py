"""The Python API behind the CLI (and later the REST API): one place for each operation.

The CLI stays thin: it parses arguments, calls these functions and prints. Readers of this
module should find here, and only here, how inputs become documents and documents claims.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from watchfloor.model import Claim, Document


def extract_document(document: Document) -> list[Claim]:
    """Extract the claims of one document; each claim carries the document's id."""
    from watchfloor.extract.assemble import extract_claims

    return extract_claims(document)


def iter_inputs(sources: Iterable[str], defaults: dict | None = None) -> Iterator[Document | str]:
    """Documents from files, directories, JSONL corpora or stdin; a string is a one-line error."""
    from watchfloor.ingest import Rejected, iter_documents

    for item in iter_documents(list(sources), defaults={k: v for k, v in (defaults or {}).items() if v}):
        if isinstance(item, Rejected):
            yield str(item)
        else:
            yield item


def evaluate_gold_files(
    gold_paths: list[Path],
    pred_path: Path | None = None,
    on_error: Callable[[Path, Exception], None] | None = None,
):
    """Score extraction (or saved predictions) against SPEC section 3 gold files.

    With ``on_error``, a gold file that cannot be read (bad JSON or shape, missing, undecodable) is
    handed to it and left out, and the rest are scored; without it, the error is raised."""
    from watchfloor.evaluation.gold import GoldFormatError, load_gold
    from watchfloor.evaluation.scorer import score_documents

    golds = []
    for path in gold_paths:
        try:
            golds.extend(load_gold(path))
        except (GoldFormatError, OSError, UnicodeDecodeError) as err:
            if on_error is None:
                raise
            on_error(path, err)
    saved: dict[str, list[dict]] = {}
    if pred_path is not None:
        with open(pred_path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    claim = json.loads(line)
                    saved.setdefault(claim.get("doc_id") or "", []).append(claim)
    pairs = []
    for gold in golds:
        if pred_path is not None:
            preds = saved.get(gold.doc, [])
        else:
            document = Document(text=gold.text(), id=gold.doc, published=gold.published, publisher=gold.publisher)
            preds = [c.to_dict() for c in extract_document(document)]
        pairs.append((gold, preds))
    return score_documents(pairs)
