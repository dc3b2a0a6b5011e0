"""Claim extraction across worker processes, with results handed back in input order.

Extraction is CPU-bound pure Python, so parallel work needs processes, not threads. The
:class:`Extractor` keeps the store writes in the parent: the parent reads the sources,
sends documents to the workers in small chunks, and stores the results strictly in the
order the documents were read. Storing in input order is what makes the stored result of
``--workers 4`` identical to that of ``--workers 1`` (which copy of a wire story is stored
first, and so which cluster id it gets, depends on that order), and what makes a killed run
resumable: the store always holds a prefix of the input.

Why it is built this way:

* **Bounded memory.** At most ``window`` chunks are in flight; reading pauses until the
  oldest is stored, so a corpus of any size is held a few dozen documents at a time.
* **Clean, warm workers.** Workers are forked from a fork server (``forkserver``; a fresh
  interpreter, with no copy of the ingest's threads, locks or database connections) that
  has built the spaCy pipeline once, so a worker is ready at once; where there is no fork
  server, workers are spawned and build the pipeline at start-up. See :func:`_context`.
* **No orphans.** A worker whose ingest process dies (``kill -9``) exits within a second:
  a daemon thread watches it, since a pool child otherwise waits forever on a queue
  nobody will write to.
* **A crashing document does not end the batch.** If a worker dies (a segfault, the OOM
  killer), the pool is rebuilt and that chunk's documents are retried one at a time, so
  only the document that kills a worker again is reported as failed.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Generic, TypeVar

from watchfloor.model import Claim, Document

T = TypeVar("T")

#: Documents sent to a worker at once: large enough to amortise the round trip.
CHUNK_SIZE = 8
#: Chunks in flight per worker: enough to keep every worker busy while the parent stores.
WINDOW_PER_WORKER = 3
#: How often (seconds) a worker checks that its parent is still alive.
_WATCH_INTERVAL = 0.5
# A report that exercises every stage once, so that building the pipeline and loading the
# lexicons happen at start-up and not inside the first timed chunk. Written for Watchfloor.
_WARM_UP = Document(
    text=(
        "SEOUL, March 27 (Wire) -- North Korea fired two ballistic missiles into the sea on "
        "Thursday, the Joint Chiefs of Staff said, and about 3,000 troops were deployed."
    ),
    id="warm-up",
    published="2025-03-27",
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What extracting one document gave: its claims, or why extraction failed."""

    claims: tuple[Claim, ...] = ()
    error: str | None = None


def extract_one(document: Document) -> Outcome:
    """Extract one document's claims; an exception becomes an :class:`Outcome` error."""
    from watchfloor.extract.assemble import extract_claims

    try:
        return Outcome(tuple(extract_claims(document)))
    except Exception as exc:  # noqa: BLE001 - one document never stops the batch
        return Outcome(error=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)


def peak_rss_mib() -> float:
    """This process's peak resident set in MiB (``VmHWM`` on Linux, else ``ru_maxrss``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _extract_chunk(documents: list[Document]) -> tuple[int, float, float, list[Outcome]]:
    """Worker side: a chunk's outcomes, with this worker's pid, peak memory and CPU seconds."""
    outcomes = [extract_one(d) for d in documents]
    return os.getpid(), peak_rss_mib(), time.process_time(), outcomes


def warm_up() -> None:
    """Build the extraction pipeline now (spaCy, lexicons, matchers) by extracting a short report."""
    extract_one(_WARM_UP)


def _init_worker(main: int) -> None:
    """Worker start-up: have the pipeline built, and exit when the ingest goes away.

    A worker's parent is the ingest process (``spawn``) or the fork server (``forkserver``,
    which exits when the ingest does); the worker exits when its parent changes or the
    ingest process ``main`` no longer exists. Ctrl-C is left to the ingest process, which
    shuts the pool down; a worker ignores it rather than print a traceback mid-chunk.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(_WATCH_INTERVAL)
            try:
                os.kill(main, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="watchfloor-parent-watch", daemon=True).start()


def _context() -> multiprocessing.context.BaseContext:
    """``forkserver`` with the pipeline preloaded where the platform has it, else ``spawn``.

    Both start workers from a clean process (no copy of the ingest's threads, locks or
    database connections). The fork server imports :mod:`watchfloor.corpus.preload`, which
    builds the pipeline once; each worker forked from it starts with the pipeline built,
    shared copy-on-write, instead of spending about two CPU seconds building its own.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([f"{__package__}.preload"])
        return context
    return multiprocessing.get_context("spawn")


@dataclass(slots=True)
class _Chunk(Generic[T]):
    """Items in input order; ``documents`` are those of them sent for extraction."""

    items: list[tuple[T, Document | None]]
    documents: list[Document]
    future: Future | None = None
    pool: ProcessPoolExecutor | None = None


class Extractor:
    """Extract claims in ``workers`` processes (in this process when ``workers`` is 1).

    Use as a context manager; :meth:`map` streams results in input order.

    Args:
        workers: worker processes; 1 extracts in the calling process, with no pool.
        chunk_size: documents per task sent to a worker.
        window: chunks in flight at once (default ``WINDOW_PER_WORKER * workers``).
    """

    def __init__(self, workers: int = 1, *, chunk_size: int = CHUNK_SIZE, window: int | None = None):
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.chunk_size = max(1, chunk_size)
        self.window = window or WINDOW_PER_WORKER * workers
        self._pool: ProcessPoolExecutor | None = None
        self._broken = False
        #: Peak resident MiB seen for each worker pid (this process's own when ``workers`` is 1).
        self.worker_peaks: dict[int, float] = {}
        #: CPU seconds each worker pid had used at its last reply (empty when ``workers`` is 1).
        self.worker_cpu: dict[int, float] = {}

    def __enter__(self) -> Extractor:
        if self.workers > 1:
            self._pool = self._new_pool()
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=exc_type is None, cancel_futures=True)
            self._pool = None

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(os.getpid(),),
        )

    @property
    def peak_worker_mib(self) -> float:
        """The largest peak resident set of any worker so far, in MiB."""
        return max(self.worker_peaks.values(), default=0.0)

    def map(self, items: Iterable[tuple[T, Document | None]]) -> Iterator[tuple[T, Outcome | None]]:
        """Yield ``(tag, outcome)`` for each ``(tag, document)``, in input order.

        An item whose document is ``None`` is passed through with outcome ``None`` (the
        caller's duplicates, rejections, non-English documents), still in its place, so
        the caller handles everything in the order it was read.
        """
        if self._pool is None:
            for tag, document in items:
                yield tag, (None if document is None else extract_one(document))
            self.worker_peaks[os.getpid()] = peak_rss_mib()
            return
        pending: deque[_Chunk[T]] = deque()
        chunk: _Chunk[T] = _Chunk([], [])
        for tag, document in items:
            chunk.items.append((tag, document))
            if document is not None:
                chunk.documents.append(document)
            if len(chunk.documents) >= self.chunk_size or len(chunk.items) >= 8 * self.chunk_size:
                pending.append(self._submit(chunk))
                chunk = _Chunk([], [])
                while len(pending) >= self.window:
                    yield from self._drain(pending.popleft())
        if chunk.items:
            pending.append(self._submit(chunk))
        while pending:
            yield from self._drain(pending.popleft())

    def _submit(self, chunk: _Chunk[T]) -> _Chunk[T]:
        if chunk.documents:
            if self._broken or self._pool is None:
                self._replace_pool()
            assert self._pool is not None
            try:
                chunk.future = self._pool.submit(_extract_chunk, chunk.documents)
            except BrokenProcessPool:  # a worker died since the last submission
                self._replace_pool()
                chunk.future = self._pool.submit(_extract_chunk, chunk.documents)
            chunk.pool = self._pool
        return chunk

    def _drain(self, chunk: _Chunk[T]) -> Iterator[tuple[T, Outcome | None]]:
        """The chunk's items with their outcomes, waiting for its worker if need be."""
        outcomes: Iterator[Outcome] = iter(())
        if chunk.future is not None:
            try:
                pid, peak, cpu, results = chunk.future.result()
                self.worker_peaks[pid] = max(peak, self.worker_peaks.get(pid, 0.0))
                self.worker_cpu[pid] = cpu
                outcomes = iter(results)
            except BrokenProcessPool:
                self._broken = self._broken or chunk.pool is self._pool
                outcomes = iter(self._retry_alone(chunk.documents))
        for tag, document in chunk.items:
            yield tag, (None if document is None else next(outcomes))

    def _retry_alone(self, documents: list[Document]) -> list[Outcome]:
        """After a worker died: a fresh pool, and each document of the chunk on its own.

        Chunks still in flight on the broken pool fail too and come here in their turn,
        by which time the pool has been replaced.
        """
        results = []
        for document in documents:
            if self._broken:
                self._replace_pool()
            assert self._pool is not None
            try:
                _, _, _, (outcome,) = self._pool.submit(_extract_chunk, [document]).result()
            except BrokenProcessPool:
                self._broken = True
                outcome = Outcome(error="the worker process died while extracting this document")
            results.append(outcome)
        return results

    def _replace_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()
        self._broken = False
