"""Time-expression finding speed on a 3,000-character report, against a budget.

``find_times`` runs on every document, before claims are drafted, so it must stay a small
share of extraction: the budget is 5 ms per 3,000-character report (it typically takes
well under 1 ms). This was a timed unit test; wall-clock budgets fail under load on a
shared machine, so it is a benchmark that prints its figures instead.

Run ``python bench/timex.py`` (``--runs N``, default 200). Exits 0 either way; the last
line says whether the budget was met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from watchfloor.extract.timex import find_times

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cpu_budget import report_calls  # noqa: E402  (a sibling script, not a package)

BUDGET_MS = 5.0
# A report paragraph in the style of a press release, with absolute, relative and
# duration expressions; repeated to 3,000 characters.
PARAGRAPH = (
    "KABUL, Afghanistan (Jan. 25, 2013) - A joint patrol held two suspected fighters in a "
    "district of the southern province yesterday. The patrol acted on a tip that a commander "
    "who moved 1,500 rounds last week was hiding in a compound nearby. Since last year, more "
    "than 240 such raids took place in early February and mid-March, officials said Thursday. "
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    runs = parser.parse_args().runs
    text = (PARAGRAPH * 12)[:3000]
    anchor = dt.date(2013, 1, 25)
    found = find_times(text, anchor)  # warm-up: compiles the patterns
    what = f"{len(text)} characters, {len(found)} time expressions found"
    report_calls(lambda: find_times(text, anchor), runs, what, BUDGET_MS)


if __name__ == "__main__":
    main()
