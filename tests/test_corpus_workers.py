"""The worker pool: results in input order, the same as in-process, and a dead worker survived."""

from __future__ import annotations

import os
import signal

import pytest

from corpus_samples import generated_reports
from watchfloor.corpus.workers import Extractor, extract_one
from watchfloor.model import Document


def _items(n: int) -> list[tuple[int, Document | None]]:
    """Documents tagged by position, every fifth one a pass-through (``None``)."""
    docs = [Document(text=r["text"], id=r["id"], published=r["published"]) for r in generated_reports(n)]
    return [(i, None if i % 5 == 0 else doc) for i, doc in enumerate(docs)]


def _claims(outcome) -> list[dict] | None:
    return None if outcome is None else [c.to_dict() for c in outcome.claims]


def test_pool_results_come_back_in_order_and_equal_in_process() -> None:
    items = _items(40)
    expected = [(i, _claims(None if d is None else extract_one(d))) for i, d in items]
    with Extractor(2, chunk_size=3) as extractor:
        got = [(i, _claims(outcome)) for i, outcome in extractor.map(iter(items))]
        peaks = dict(extractor.worker_peaks)
    assert got == expected
    assert 1 <= len(peaks) <= 2 and all(50 < mib < 2000 for mib in peaks.values())


def test_a_killed_worker_costs_nothing_but_time(monkeypatch: pytest.MonkeyPatch) -> None:
    rebuilt = []
    replace = Extractor._replace_pool
    monkeypatch.setattr(Extractor, "_replace_pool", lambda self: (rebuilt.append(1), replace(self))[1])
    items = _items(48)
    expected = [(i, _claims(None if d is None else extract_one(d))) for i, d in items]
    got = []
    with Extractor(2, chunk_size=2) as extractor:
        for i, outcome in extractor.map(iter(items)):
            got.append((i, _claims(outcome)))
            if len(got) == 3:  # chunks are in flight: kill a worker under them
                os.kill(next(iter(extractor.worker_peaks)), signal.SIGKILL)
    assert got == expected
    assert len(rebuilt) == 1  # one new pool; the chunks in flight were retried on it


def test_errors_are_outcomes_not_exceptions() -> None:
    outcome = extract_one(Document(text="x" * 2_000_001, id="huge"))
    assert outcome.claims == () and outcome.error.startswith("DocumentTooLargeError: ")


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Extractor(0)


def test_reading_stays_a_bounded_window_ahead() -> None:
    consumed = 0

    def endless():
        nonlocal consumed
        for i, (_, doc) in enumerate(_items(10) * 1000):
            consumed += 1
            yield i, doc

    with Extractor(2, chunk_size=4, window=3) as extractor:
        results = extractor.map(endless())
        next(results)
        # At most `window` chunks of `chunk_size` documents (and the pass-throughs between them).
        assert consumed <= 3 * 4 * 2
        results.close()
