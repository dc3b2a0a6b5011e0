"""``kill -9`` in the middle of a large ingest, then the same command again.

The CLI runs in a subprocess (its own process group, with two worker processes) over a few
hundred generated reports; once some are stored it is killed with SIGKILL. Its workers must
exit by themselves, and running the command again must leave the store exactly as one
uninterrupted run does: every document once, every claim once, none missing.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus_samples import generated_reports, snapshot, write_jsonl

N_REPORTS = 400
KILL_AFTER = 40
CLI = [sys.executable, "-c", "from watchfloor.cli import app; app()"]


def stored_count(db: Path) -> int:
    """Documents stored so far, read without disturbing the writer (WAL readers never block)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def ingest(corpus: Path, db: Path, *, check: bool = True) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "ingest", str(corpus), "--db", str(db), "--workers", "2", "--json"],
                          capture_output=True, text=True, check=check, timeout=300)


def test_kill_9_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "reports.jsonl", generated_reports(N_REPORTS))
    killed_db = tmp_path / "killed.db"
    proc = subprocess.Popen([*CLI, "ingest", str(corpus), "--db", str(killed_db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while stored_count(killed_db) < KILL_AFTER:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            assert time.monotonic() < deadline, "the ingest stored nothing in two minutes"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        at_kill = stored_count(killed_db)
        # The workers notice their parent is gone and exit on their own.
        deadline = time.monotonic() + 15
        while group_alive(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not group_alive(proc.pid), "worker processes outlived the killed ingest"
    finally:
        if group_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)
        if proc.stderr:
            proc.stderr.close()
    if at_kill >= N_REPORTS:
        pytest.fail("the ingest finished before it could be killed; raise N_REPORTS")

    rerun = ingest(corpus, killed_db)
    assert json.loads(rerun.stdout)["new"] == N_REPORTS - at_kill
    clean_db = tmp_path / "clean.db"
    ingest(corpus, clean_db)

    killed, clean = snapshot(str(killed_db)), snapshot(str(clean_db))
    assert len(killed["documents"]) == N_REPORTS
    assert killed == clean
    claim_counts = sum(row[6] for row in killed["documents"].values())
    assert claim_counts == len(killed["claims"]) > N_REPORTS
