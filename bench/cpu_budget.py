"""Timing one function call after call in CPU time, and printing it against a per-call budget.

Shared by the benchmarks of single extraction stages (``timex.py``, ``entities.py``): CPU time, so
that other load on the machine does not count, and a verdict line instead of a failing test.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def report_calls(call: Callable[[], object], runs: int, what: str, budget_ms: float) -> None:
    """Run ``call`` ``runs`` times (after the caller's warm-up) and print the CPU median and maximum
    against ``budget_ms``; ``what`` names the input in the first line."""
    times_ms = []
    for _ in range(runs):
        t0 = time.process_time()
        call()
        times_ms.append((time.process_time() - t0) * 1e3)
    median = statistics.median(times_ms)
    print(f"text       {what}, {runs} runs")
    print(f"per call   CPU median {median:.3f} ms, max {max(times_ms):.3f} ms")
    verdict = "ok" if median < budget_ms else "MISSED"
    print(f"budget     < {budget_ms:.1f} ms per 3,000 characters  {verdict}")
