"""Crash safety and concurrent writers, with real processes on both backends.

A child process adds documents through :class:`Store`; the test kills it with SIGKILL in
the middle, runs the same adds again, and checks that every document is stored once with
exactly its claims. Two children adding the same documents at once must agree likewise.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

from watchfloor.store import Store
from watchfloor.store.schema import claims, documents

N_DOCS = 120

# Argv: store URL, number of documents. Prints "<i> <status>" after each add.
ADDER = """
import random, sys
sys.path.insert(0, sys.argv[3])
from store_samples import REPORT
from watchfloor.model import Claim, Document, Span
from watchfloor.store import Store

vocab = REPORT.split()
store = Store.open(sys.argv[1])
for i in range(int(sys.argv[2])):
    rng = random.Random(i)
    text = f"Report {i}: " + " ".join(rng.choice(vocab) for _ in range(150))
    claims = [Claim(type="ATTACK", evidence=Span.of(text, 0, 12 + j), actor="RUS")
              for j in range(3 + i % 8)]
    result = store.add_document(Document(text=text, id=f"crash-{i}"), claims,
                                extractor_version="x1")
    print(i, result.status, flush=True)
store.close()
"""

TESTS_DIR = str(Path(__file__).resolve().parent)


def _adder(url: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", ADDER, url, str(N_DOCS), TESTS_DIR],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _statuses(output: str) -> dict[int, str]:
    return {int(i): status for i, status in (line.split() for line in output.splitlines())}


def _assert_complete(url: str) -> None:
    """Every document once, each with exactly 3 + i % 8 claims, and nothing else."""
    with Store.open(url) as store:
        with store.engine.connect() as conn:
            rows = conn.execute(
                select(documents.c.id, documents.c.claim_count, func.count(claims.c.ordinal))
                .select_from(documents.outerjoin(claims))
                .group_by(documents.c.id, documents.c.claim_count)
            ).all()
        counts = {doc_id: (declared, actual) for doc_id, declared, actual in rows}
        expected = {f"crash-{i}": (3 + i % 8, 3 + i % 8) for i in range(N_DOCS)}
        assert counts == expected
        stats = store.stats()
        assert stats["claims"] == sum(3 + i % 8 for i in range(N_DOCS))
        assert stats["clusters"] == N_DOCS


def test_sigkill_midway_then_rerun_leaves_each_document_once(store_url: str) -> None:
    Store.open(store_url).close()  # migrate first, so the kill lands among the adds
    child = _adder(store_url)
    seen = 0
    for _line in child.stdout:
        seen += 1
        if seen >= N_DOCS // 3:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL

    with Store.open(store_url) as store:
        stored_before = store.stats()["documents"]
    assert seen <= stored_before < N_DOCS

    rerun = subprocess.run(
        [sys.executable, "-c", ADDER, store_url, str(N_DOCS), TESTS_DIR],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    statuses = _statuses(rerun.stdout)
    assert Counter(statuses.values()) == {"duplicate": stored_before,
                                          "new": N_DOCS - stored_before}
    assert all(statuses[i] == "duplicate" for i in range(seen))
    _assert_complete(store_url)


def test_two_writers_adding_the_same_documents_agree(store_url: str) -> None:
    Store.open(store_url).close()
    children = [_adder(store_url), _adder(store_url)]
    outputs = []
    for child in children:
        out, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
        outputs.append(_statuses(out))
    for i in range(N_DOCS):
        assert sorted(o[i] for o in outputs) == ["duplicate", "new"], i
    _assert_complete(store_url)
