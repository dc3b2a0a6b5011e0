"""What an ingest or a re-extraction did, as counts a person and a script can both read.

The counts answer the questions an analyst asks after a batch: how much came in, how much
of it was new, how much the store already had (exactly, or as a syndicated copy), what was
refused, what was kept without claims because it is not English, and how many claims the
batch added. They are plain integers so the CLI can print them as a table or as JSON, and a
test can compare two runs field by field.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(slots=True)
class IngestSummary:
    """Counts of one :func:`~watchfloor.corpus.service.ingest` run.

    Attributes:
        read: documents read from the sources (rejected inputs are not documents).
        new: documents stored that start a cluster of their own.
        duplicate: documents whose normalised text was already stored (nothing added).
        near_duplicate: documents stored as a further copy in an existing cluster.
        rejected: inputs refused, each recorded in the store with its code.
        non_english: documents stored but not extracted because they are not English.
        not_extracted: documents stored without claims because extraction failed (W120).
        claims: claims stored by this run.
        elapsed: wall-clock seconds the run took.
        peak_worker_mib: the largest peak resident set of an extracting process, in MiB.
        cpu_s: CPU seconds this process and the worker processes spent on the run.
    """

    read: int = 0
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    rejected: int = 0
    non_english: int = 0
    not_extracted: int = 0
    claims: int = 0
    elapsed: float = 0.0
    peak_worker_mib: float = 0.0
    cpu_s: float = 0.0

    @property
    def stored(self) -> int:
        """Documents this run added to the store (new and near-duplicate)."""
        return self.new + self.near_duplicate

    @property
    def failed(self) -> bool:
        """Whether any input was refused or any document left unextracted by an error."""
        return bool(self.rejected or self.not_extracted)

    def to_dict(self) -> dict[str, int | float]:
        """The counts as a JSON-ready mapping, with ``stored`` added."""
        out: dict[str, int | float] = asdict(self)
        out["elapsed"] = round(self.elapsed, 3)
        out["peak_worker_mib"] = round(self.peak_worker_mib, 1)
        out["cpu_s"] = round(self.cpu_s, 3)
        out["stored"] = self.stored
        return out


@dataclass(slots=True)
class ReextractSummary:
    """Counts of one :func:`~watchfloor.corpus.service.reextract` run.

    Attributes:
        checked: stored documents whose claims came from another extractor version.
        updated: documents whose claims were replaced by the current extractor's.
        non_english: documents skipped because they are not English.
        failed: documents whose extraction raised (left as they were, W120).
        claims_before: claims those updated documents had before.
        claims_after: claims they have now.
        version: the extractor version now stored.
        elapsed: wall-clock seconds the run took.
    """

    checked: int = 0
    updated: int = 0
    non_english: int = 0
    failed: int = 0
    claims_before: int = 0
    claims_after: int = 0
    version: str = ""
    elapsed: float = 0.0

    def to_dict(self) -> dict[str, int | float | str]:
        """The counts as a JSON-ready mapping."""
        out: dict[str, int | float | str] = asdict(self)
        out["elapsed"] = round(self.elapsed, 3)
        return out
