"""The ingest service: sources in, documents and their claims stored, every refusal kept.

:func:`ingest` reads the sources through :func:`watchfloor.ingest.iter_documents`, extracts
claims in worker processes (:class:`~watchfloor.corpus.workers.Extractor`) and stores each
document with its claims in one transaction (:meth:`Store.add_document`), in the order the
documents were read. :func:`reextract` brings claims made by an older extractor to the
current one.

Guarantees, and where they come from:

* **Nothing twice.** The store keys documents by the hash of their normalised text; a
  document already stored is recognised before extraction (so a re-run costs a read and a
  hash per document) and again, under the writer lock, when it is added.
* **Nothing lost, nothing silent.** Every refused input is printed as one coded line
  (``W103 reports/x.bin: binary content ...``) and recorded in the store's rejections; a
  non-English document is stored and marked (W113), not extracted; a document whose
  extraction raises is stored without claims and without an extractor version, and
  reported (W120), for ``reextract`` to retry. It is not a refused input, so it is not
  recorded among the rejections; it still makes the run fail (exit status 1). The batch
  always goes on.
* **Resumable.** Each document is one transaction and documents are stored in input
  order, so a run killed at any instant leaves a prefix of the input, each document whole;
  running the same command again stores the rest and nothing twice.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from watchfloor.corpus.rejections import record_rejection
from watchfloor.corpus.summary import IngestSummary, ReextractSummary
from watchfloor.corpus.workers import CHUNK_SIZE, Extractor, Outcome
from watchfloor.errors import W113, W120, Rejected
from watchfloor.extract.pipeline import PIPELINE_VERSION
from watchfloor.model import Document
from watchfloor.store import Store, StoredDocument

#: Receives each one-line message (refusals, W113 marks, W120 failures).
Reporter = Callable[[str], None]
#: Receives the running summary after each input, for progress displays.
Progress = Callable[[Any], None]


def print_to_stderr(line: str) -> None:
    """The default :data:`Reporter`: one line on standard error."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def is_english(document: Document) -> bool:
    """Whether the extractor reads this document (English, or no language recorded)."""
    return not document.language or document.language.lower().startswith("en")


def ingest(
    sources: Iterable[str],
    store: Store,
    *,
    workers: int = 1,
    defaults: dict[str, Any] | None = None,
    mapping: dict[str, str] | None = None,
    allow_private: bool = False,
    max_bytes: int = 10_000_000,
    report: Reporter | None = None,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> IngestSummary:
    """Read ``sources``, extract claims in ``workers`` processes, and store everything.

    Args:
        sources: files, directories, globs, ``.jsonl`` corpora, feeds, WARC files, URLs or
            ``-`` (see :func:`watchfloor.ingest.iter_documents`).
        store: an open store; documents and refusals are written to it.
        workers: extraction processes (1 extracts in this process).
        defaults: ``published``, ``publisher``, ``id`` for inputs that lack them.
        mapping: SPEC field -> column name for JSON inputs.
        allow_private: let URLs reach private, loopback and link-local addresses.
        max_bytes: the largest input accepted.
        report: where one-line messages go (default: standard error).
        progress: called with the running :class:`IngestSummary` after each input.
        chunk_size: documents per task sent to a worker.

    Returns:
        The counts of the run; ``summary.failed`` says whether anything was refused.
    """
    from watchfloor.ingest import iter_documents

    report = report or print_to_stderr
    summary = IngestSummary()
    started, cpu_started = time.perf_counter(), time.process_time()
    inputs = iter_documents(
        list(sources),
        defaults={k: v for k, v in (defaults or {}).items() if v},
        mapping=mapping,
        allow_private=allow_private,
        max_bytes=max_bytes,
    )
    with Extractor(workers, chunk_size=chunk_size) as extractor:
        for item, outcome in extractor.map(_plan(inputs, store)):
            if isinstance(item, Rejected):
                summary.rejected += 1
                record_rejection(store, item)
                report(str(item))
            else:
                summary.read += 1
                _store_document(store, item, outcome, summary, report)
            if progress is not None:
                summary.elapsed = time.perf_counter() - started
                progress(summary)
        summary.peak_worker_mib = extractor.peak_worker_mib
        worker_cpu = sum(extractor.worker_cpu.values())
    summary.elapsed = time.perf_counter() - started
    summary.cpu_s = time.process_time() - cpu_started + worker_cpu
    return summary


def _plan(
    inputs: Iterable[Document | Rejected], store: Store
) -> Iterator[tuple[Document | Rejected, Document | None]]:
    """Pair each input with the document to extract, or ``None`` when none is needed.

    Refusals, documents already stored and non-English documents need no extraction; the
    exact-duplicate check here saves the extraction of what a re-run has stored before.
    """
    for item in inputs:
        if isinstance(item, Rejected) or not is_english(item):
            yield item, None
        elif store.has_document(store.content_hash(item.text)):
            yield item, None
        else:
            yield item, item


def _store_document(
    store: Store, document: Document, outcome: Outcome | None, summary: IngestSummary,
    report: Reporter,
) -> None:
    """Store one document with its outcome's claims and count what happened."""
    english = is_english(document)
    if english and outcome is None:  # found stored before extraction
        summary.duplicate += 1
        return
    if outcome is not None and outcome.error is None:
        try:
            result = store.add_document(document, outcome.claims, extractor_version=PIPELINE_VERSION)
        except ValueError as exc:  # a claim that is not grounded: keep the text, say so
            outcome = Outcome(error=f"{type(exc).__name__}: {exc}")
    if outcome is None or outcome.error is not None:
        # Stored without claims and without a version (the column is nullable), so that
        # ``reextract`` finds it; a non-English document keeps it that way.
        result = store.add_document(document, (), extractor_version=None)  # type: ignore[arg-type]
    claims = outcome.claims if outcome is not None and outcome.error is None else ()
    if result.status == "duplicate":
        summary.duplicate += 1
        return
    if result.status == "new":
        summary.new += 1
    else:
        summary.near_duplicate += 1
    summary.claims += len(claims)
    if not english:
        summary.non_english += 1
        report(str(W113.reject(result.doc_id, language=document.language)))
    elif outcome is not None and outcome.error is not None:
        summary.not_extracted += 1
        report(str(W120.reject(result.doc_id, detail=outcome.error)))


def reextract(
    store: Store,
    *,
    workers: int = 1,
    report: Reporter | None = None,
    progress: Progress | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> ReextractSummary:
    """Replace the claims of every document extracted by another version with current ones.

    Non-English documents are skipped (they are never extracted). A document whose new
    extraction raises keeps its old claims and is reported (W120). Each replacement is one
    transaction, so an interrupted run is finished by running it again.

    Args:
        store: an open store.
        workers: extraction processes (1 extracts in this process).
        report: where one-line messages go (default: standard error).
        progress: called with the running :class:`ReextractSummary` after each document.
        chunk_size: documents per task sent to a worker.
    """
    report = report or print_to_stderr
    summary = ReextractSummary(version=PIPELINE_VERSION)
    started = time.perf_counter()

    def plan() -> Iterator[tuple[StoredDocument, Document | None]]:
        for doc_id in store.documents_needing_reextract(PIPELINE_VERSION):
            stored = store.get_document(doc_id)
            if stored is not None:
                english = is_english(stored.document)
                yield stored, (stored.document if english else None)

    with Extractor(workers, chunk_size=chunk_size) as extractor:
        for stored, outcome in extractor.map(plan()):
            _replace(store, stored, outcome, summary, report)
            if progress is not None:
                summary.elapsed = time.perf_counter() - started
                progress(summary)
    summary.elapsed = time.perf_counter() - started
    return summary


def _replace(
    store: Store, stored: StoredDocument, outcome: Outcome | None, summary: ReextractSummary,
    report: Reporter,
) -> None:
    """Replace one document's claims with its new extraction and count what happened."""
    summary.checked += 1
    if outcome is None:
        summary.non_english += 1
        return
    error = outcome.error
    if error is None:
        try:
            store.replace_claims(stored.doc_id, outcome.claims, extractor_version=PIPELINE_VERSION)
        except ValueError as exc:  # a claim that is not grounded in the stored text
            error = f"{type(exc).__name__}: {exc}"
    if error is not None:
        summary.failed += 1
        report(str(W120.reject(stored.doc_id, detail=error)))
        return
    summary.updated += 1
    summary.claims_before += len(stored.claims)
    summary.claims_after += len(outcome.claims)


def count_needing_reextract(store: Store) -> int:
    """How many stored documents :func:`reextract` will look at (for a progress total)."""
    stats = store.stats()
    return stats["documents"] - stats["by_extractor_version"].get(PIPELINE_VERSION, 0)
