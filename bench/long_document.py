"""How extraction time grows with one document's length: it should grow no faster than the text.

A report is usually a few thousand characters, but a transcript, a digest or a pasted web archive can
run to the two million ``watchfloor.extract`` accepts (``assemble.MAX_CHARS``). A stage that asks
every mention about every other is invisible on a report and quadratic on such a text: before the
indexes of session 45, a 1.5 MB text took 105 s against 9 s for a quarter of it.

The texts are the paragraphs of ``examples/reports`` and ``tests/golden/reports`` (the corpus of
``throughput.py``), shuffled with a fixed seed and repeated up to each size. For every size the
script prints characters per CPU second and claims found; then the growth exponent between the
smallest and the largest size (time ~ size ** k): 1.0 is linear, and the target is k <= 1.15. Each
size runs in a fresh child process after a warm-up call, so its peak resident set is printed too.

Run ``python bench/long_document.py`` (``--sizes 250000,500000,1000000,1900000``, ``--json``).
Exits 1 if the exponent is above the target.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import ROOT, load_paragraphs  # noqa: E402  (a sibling script, not a package)

SEED = 20251203
TARGET_EXPONENT = 1.15
PUBLISHED = "2025-03-27"

_CHILD = textwrap.dedent(
    """
    import json, random, resource, sys, time
    sys.path.insert(0, sys.argv[1])
    from throughput import load_paragraphs
    import watchfloor

    size, seed = int(sys.argv[2]), int(sys.argv[3])
    paragraphs = load_paragraphs()
    random.Random(seed).shuffle(paragraphs)
    chosen, total, i = [], 0, 0
    while total < size:
        chosen.append(paragraphs[i % len(paragraphs)])
        total += len(chosen[-1]) + 2
        i += 1
    text = "\\n\\n".join(chosen)[:size]
    watchfloor.extract(paragraphs[0], published=sys.argv[4])
    before = time.process_time()
    claims = watchfloor.extract(text, published=sys.argv[4])
    seconds = time.process_time() - before
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"chars": len(text), "seconds": seconds, "claims": len(claims), "peak_mib": peak}))
    """
)


def measure(size: int) -> dict:
    """Extract one text of ``size`` characters in a fresh process and return its figures."""
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, str(ROOT / "bench"), str(size), str(SEED), PUBLISHED],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"extraction of {size:,} characters failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250000,500000,1000000,1900000", help="comma-separated character counts")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object last")
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    if len(sizes) < 2:
        parser.error("give at least two sizes")
    load_paragraphs()  # fail early, in this process, when the corpus is missing
    rows = []
    print(f"{'chars':>10} {'cpu s':>8} {'chars/s':>10} {'claims':>7} {'peak MiB':>9}")
    for size in sizes:
        row = measure(size)
        rows.append(row)
        rate = row["chars"] / row["seconds"] if row["seconds"] else float("inf")
        print(f"{row['chars']:>10,} {row['seconds']:>8.1f} {rate:>10,.0f} {row['claims']:>7,} {row['peak_mib']:>9.0f}")
    first, last = rows[0], rows[-1]
    exponent = math.log(last["seconds"] / first["seconds"]) / math.log(last["chars"] / first["chars"])
    verdict = "ok" if exponent <= TARGET_EXPONENT else "ABOVE TARGET"
    print(f"growth exponent (time ~ size**k) k = {exponent:.2f}, target <= {TARGET_EXPONENT}: {verdict}")
    if args.json:
        print(json.dumps({"sizes": rows, "exponent": exponent, "target": TARGET_EXPONENT}))
    return 0 if exponent <= TARGET_EXPONENT else 1


if __name__ == "__main__":
    sys.exit(main())
