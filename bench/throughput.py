"""Extraction throughput against spaCy's bare tokenizer, and peak memory, on one core.

The budget is relative, not absolute, so that it means the same on a fast and a slow
machine: full extraction (``watchfloor.extract``) must run at least a quarter as fast as
``spacy.blank("en")`` only tokenizing the same text (ratio >= 0.25), and the extracting
process must stay under 300 MiB resident.

The corpus is synthetic but made of the project's own prose: paragraphs of the bodies of
``examples/reports/*.txt`` and ``tests/golden/reports/*.txt`` are shuffled and joined into
~500-word reports, every run of digits is replaced by random digits of the same length and
country names are swapped, all from one seeded ``random.Random``, so a run is reproducible
and the extractor cannot be served from a cache of texts it has seen.

Both rates are taken in one run on one core: the process is pinned to a single CPU, the
tokenizer is timed in this process, then extraction is timed in a child process (started
after the tokenizer run, never concurrently) so that its peak resident set is the
extractor's own and not the benchmark's. Each side is warmed up with one call first, so
loading lexicons and building matchers is not counted. Rates are per CPU second
(``time.process_time``), so other jobs sharing the core do not skew the ratio; the
wall-clock rates are printed too.

Run ``python bench/throughput.py`` (``--docs N``, ``--json`` to print the figures as a JSON
object on the last line, ``--tracemalloc`` to also report the Python-heap peak over 100
documents). Exits 1 if extraction raised on any document.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = (ROOT / "examples" / "reports", ROOT / "tests" / "golden" / "reports")
SEED = 20250327
PUBLISHED = "2025-03-27"
TARGET_RATIO = 0.25
TARGET_MIB = 300.0

# Country names to swap among; longest first so "North Korea" wins over a bare "Korea".
_COUNTRIES = (
    "North Korea", "South Korea", "Ukraine", "Russia", "Belarus", "Poland", "Israel",
    "Lebanon", "Iran", "Yemen", "Sudan", "Mali", "Burkina Faso", "Myanmar", "Taiwan",
    "China", "Syria", "Niger",
)
_COUNTRY_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(c) for c in sorted(_COUNTRIES, key=len, reverse=True)) + r")\b"
)
_DIGITS_RE = re.compile(r"\d+")
_FRONT_MATTER_RE = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)
_PARAGRAPH_RE = re.compile(r"\n\s*\n")


def load_paragraphs() -> list[str]:
    """Every non-empty body paragraph of the example and golden reports (front matter dropped)."""
    paragraphs = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            body = _FRONT_MATTER_RE.sub("", path.read_text(encoding="utf-8"), count=1)
            paragraphs.extend(p.strip() for p in _PARAGRAPH_RE.split(body) if p.strip())
    if not paragraphs:
        raise SystemExit(f"no report text found under {', '.join(map(str, SOURCES))}")
    return paragraphs


def _vary(paragraph: str, rng: random.Random) -> str:
    """``paragraph`` with fresh digits (same lengths, no new leading zeros) and countries."""

    def digits(match: re.Match[str]) -> str:
        old = match.group()
        first = str(rng.randint(1, 9)) if old[0] != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in range(len(old) - 1))

    def country(match: re.Match[str]) -> str:
        return rng.choice([c for c in _COUNTRIES if c != match.group()])

    return _COUNTRY_RE.sub(country, _DIGITS_RE.sub(digits, paragraph))


def build_corpus(n_docs: int, words: int = 500, seed: int = SEED) -> list[str]:
    """``n_docs`` reproducible reports of >= ``words`` words each, from shuffled paragraphs."""
    rng = random.Random(seed)
    pool = load_paragraphs()
    docs = []
    for _ in range(n_docs):
        parts, count = [], 0
        while count < words:
            paragraph = _vary(rng.choice(pool), rng)
            parts.append(paragraph)
            count += len(paragraph.split())
        docs.append("\n\n".join(parts))
    return docs


def corpus_digest(docs: list[str]) -> str:
    """Short hash of the corpus, to check the child extracted exactly the parent's texts."""
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def pin_one_core() -> int | None:
    """Pin this process (and its future children) to one CPU; return it, or None if unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def _maxrss_mib() -> float:
    """This process's peak resident set size in MiB.

    On Linux ``VmHWM`` is read first: it belongs to the address space made by ``exec``,
    whereas a child's ``ru_maxrss`` starts from the parent's peak at ``fork`` time and would
    charge spaCy's tokenizer run in the parent to the extractor. ``ru_maxrss`` (KiB on
    Linux, bytes on macOS) is the fallback.
    """
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        status = ""
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    if match:
        return int(match.group(1)) / 1024
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def time_tokenizer(docs: list[str]) -> tuple[float, float]:
    """CPU and wall seconds for ``spacy.blank("en")`` to tokenize every doc, after a warm-up."""
    import spacy

    nlp = spacy.blank("en")
    nlp.make_doc(docs[0])
    cpu, wall = time.process_time(), time.perf_counter()
    for text in docs:
        nlp.make_doc(text)
    return time.process_time() - cpu, time.perf_counter() - wall


def run_extraction(n_docs: int, with_tracemalloc: bool) -> dict:
    """Child side: rebuild the corpus, time ``watchfloor.extract`` on it, report peak memory."""
    docs = build_corpus(n_docs)
    baseline_mib = _maxrss_mib()
    from watchfloor import extract  # bind the function: the call imports watchfloor.extract

    extract(docs[0], published=PUBLISHED)
    warm_mib = _maxrss_mib()
    latencies, claims, failures, first_failure = [], 0, 0, None
    cpu, wall = time.process_time(), time.perf_counter()
    for i, text in enumerate(docs):
        t0 = time.process_time()
        try:
            claims += len(extract(text, published=PUBLISHED))
        except Exception:  # count and report: the figures are still wanted
            failures += 1
            first_failure = first_failure or f"doc {i}: {traceback.format_exc(limit=3)}"
        latencies.append(time.process_time() - t0)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    figures = {
        "digest": corpus_digest(docs),
        "cpu_seconds": cpu,
        "wall_seconds": wall,
        "claims": claims,
        "failures": failures,
        "first_failure": first_failure,
        "median_ms": statistics.median(latencies) * 1e3,
        "p95_ms": statistics.quantiles(latencies, n=20)[-1] * 1e3 if len(latencies) > 1 else 0,
        "max_ms": max(latencies) * 1e3,
        "rss_before_import_mib": baseline_mib,
        "rss_after_warmup_mib": warm_mib,
        "peak_rss_mib": _maxrss_mib(),
    }
    if with_tracemalloc:
        import tracemalloc

        tracemalloc.start()
        for text in docs[:100]:
            try:
                extract(text, published=PUBLISHED)
            except Exception:  # already counted above
                pass
        figures["tracemalloc_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="synthetic reports (default 1000)")
    parser.add_argument("--json", action="store_true", help="print a JSON object last")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace Python heap peak")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.docs < 1:
        parser.error("--docs must be >= 1")

    if args.worker:
        print(json.dumps(run_extraction(args.docs, args.tracemalloc)))
        return

    cpu = pin_one_core()
    docs = build_corpus(args.docs)
    n_words = sum(len(d.split()) for d in docs)
    tok_seconds, tok_wall = time_tokenizer(docs)

    command = [sys.executable, str(Path(__file__).resolve()), "--worker", "--docs", str(args.docs)]
    if args.tracemalloc:
        command.append("--tracemalloc")
    child = subprocess.run(command, capture_output=True, text=True, check=False)
    if child.returncode:
        sys.stderr.write(child.stderr)
        raise SystemExit(f"extraction worker failed with exit code {child.returncode}")
    ext = json.loads(child.stdout.strip().splitlines()[-1])
    if ext["digest"] != corpus_digest(docs):
        raise SystemExit("extraction worker built a different corpus; seeding is broken")

    tok_rate = args.docs / tok_seconds
    ext_rate = args.docs / ext["cpu_seconds"]
    ratio = ext_rate / tok_rate
    figures = {
        "docs": args.docs,
        "mean_words": n_words / args.docs,
        "cpu": cpu,
        "tokenizer_docs_per_s": tok_rate,
        "tokenizer_words_per_s": n_words / tok_seconds,
        "extract_docs_per_s": ext_rate,
        "extract_words_per_s": n_words / ext["cpu_seconds"],
        "tokenizer_wall_docs_per_s": args.docs / tok_wall,
        "extract_wall_docs_per_s": args.docs / ext["wall_seconds"],
        "extract_median_ms": ext["median_ms"],
        "extract_p95_ms": ext["p95_ms"],
        "extract_max_ms": ext["max_ms"],
        "claims_per_doc": ext["claims"] / args.docs,
        "failures": ext["failures"],
        "ratio": ratio,
        "ratio_target": TARGET_RATIO,
        "ratio_ok": ratio >= TARGET_RATIO,
        "peak_rss_mib": ext["peak_rss_mib"],
        "rss_after_warmup_mib": ext["rss_after_warmup_mib"],
        "rss_before_import_mib": ext["rss_before_import_mib"],
        "peak_rss_target_mib": TARGET_MIB,
        "peak_rss_ok": ext["peak_rss_mib"] < TARGET_MIB,
    }
    if "tracemalloc_peak_mib" in ext:
        figures["tracemalloc_peak_mib"] = ext["tracemalloc_peak_mib"]

    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"

    print(f"corpus     {args.docs} docs, {figures['mean_words']:.0f} words/doc on average, "
          f"seed {SEED}, pinned to cpu {cpu}")
    print(f"tokenizer  {tok_rate:9.1f} docs/s  {figures['tokenizer_words_per_s']:11.0f} words/s "
          f"(spacy.blank('en').make_doc)")
    print(f"extract    {ext_rate:9.1f} docs/s  {figures['extract_words_per_s']:11.0f} words/s "
          f"(CPU median {ext['median_ms']:.2f} ms, p95 {ext['p95_ms']:.2f} ms, "
          f"max {ext['max_ms']:.2f} ms; {figures['claims_per_doc']:.1f} claims/doc)")
    print(f"wall clock {figures['tokenizer_wall_docs_per_s']:9.1f} docs/s tokenizer, "
          f"{figures['extract_wall_docs_per_s']:.1f} docs/s extract (rates above are per CPU "
          "second, which other load on the machine does not skew)")
    print(f"ratio      {ratio:9.3f} extract/tokenizer  target >= {TARGET_RATIO}  "
          f"{verdict(figures['ratio_ok'])}")
    print(f"peak RSS   {ext['peak_rss_mib']:9.1f} MiB (after warm-up "
          f"{ext['rss_after_warmup_mib']:.1f}, before import {ext['rss_before_import_mib']:.1f})"
          f"  target < {TARGET_MIB:.0f} MiB  {verdict(figures['peak_rss_ok'])}")
    if "tracemalloc_peak_mib" in figures:
        print(f"tracemalloc peak {figures['tracemalloc_peak_mib']:.1f} MiB of Python heap "
              "over 100 docs")
    if ext["failures"]:
        print(f"FAILURES   {ext['failures']} docs raised; first: {ext['first_failure']}")
    if args.json:
        print(json.dumps(figures))
    if ext["failures"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
