"""Near-duplicate detection for syndicated copies of one report, with MinHash LSH.

A wire story reaches the store many times: the agency's text, a partner's copy with a new
headline and a trimmed last paragraph, a translation desk's light edit. The ledger must
count the assertion once, so every stored document belongs to a *cluster* of copies.

Each document gets a MinHash signature (datasketch, 128 permutations) over its word
5-shingles; an LSH index over the stored signatures finds candidates whose estimated
Jaccard similarity may pass :data:`DEFAULT_THRESHOLD`, and the best candidate that really
passes it (estimated from the signatures) names the cluster to join. The signatures are
persisted in the ``minhashes`` table; this module keeps only the in-memory index, which the
store refills from that table lazily and incrementally (see :meth:`NearDuplicateIndex.load`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from watchfloor.store.textnorm import words

#: Estimated Jaccard similarity of shingle sets above which two texts are copies.
DEFAULT_THRESHOLD = 0.7
#: MinHash permutations: 128 gives a standard error of about 0.04 on the Jaccard estimate.
NUM_PERM = 128
#: Words per shingle: long enough that unrelated reports on one topic share few shingles.
SHINGLE_SIZE = 5
#: Fixed seed: signatures must be comparable across processes and runs.
SEED = 1
#: datasketch hashing scheme; stored with each signature so a change is detectable.
SCHEME = "affine32"
_DTYPE = np.dtype("<u4")


@dataclass(frozen=True, slots=True)
class Match:
    """The stored document most similar to a query, and how similar it is."""

    key: int
    cluster_id: str
    similarity: float


def shingles(text: str, size: int = SHINGLE_SIZE) -> list[bytes]:
    """Return the distinct word ``size``-shingles of ``text`` as UTF-8 bytes.

    A text shorter than ``size`` words yields one shingle of all its words, so short
    notices can still match their exact re-posts; an empty text yields none.
    """
    return shingles_of_words(words(text), size)


def shingles_of_words(tokens: list[str], size: int = SHINGLE_SIZE) -> list[bytes]:
    """:func:`shingles` of an already tokenised text (see :func:`textnorm.words`)."""
    if not tokens:
        return []
    if len(tokens) <= size:
        return [" ".join(tokens).encode("utf-8")]
    grams = {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}
    return [g.encode("utf-8") for g in grams]


class NearDuplicateIndex:
    """An in-memory LSH index of document signatures, keyed by document primary key.

    Args:
        threshold: Estimated Jaccard similarity at or above which a document joins the
            cluster of its best match.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._template = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
        self._values: dict[int, tuple[np.ndarray, str]] = {}
        #: Largest key loaded so far; the store loads only rows above it.
        self.high_water = 0

    def __len__(self) -> int:
        return len(self._values)

    def signature(self, text: str | list[str]) -> LeanMinHash | None:
        """Return the MinHash signature of ``text``, or ``None`` when it has no words.

        ``text`` may also be the list of its :func:`textnorm.words`, when the caller has
        tokenised it already.
        """
        grams = shingles(text) if isinstance(text, str) else shingles_of_words(text)
        if not grams:
            return None
        mh = MinHash(
            num_perm=NUM_PERM, seed=SEED, permutations=self._template.permutations, scheme=SCHEME
        )
        mh.update_batch(grams)
        return LeanMinHash(mh)

    @staticmethod
    def encode(sig: LeanMinHash) -> bytes:
        """Serialise a signature's hash values (little-endian uint32) for the database."""
        return np.asarray(sig.hashvalues, dtype=_DTYPE).tobytes()

    @staticmethod
    def decode(blob: bytes) -> LeanMinHash:
        """Rebuild a signature from :meth:`encode` output."""
        values = np.frombuffer(blob, dtype=_DTYPE).astype(np.uint64)
        return LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)

    def add(self, key: int, sig: LeanMinHash, cluster_id: str) -> None:
        """Index a stored document's signature (a key already present is left alone)."""
        if key in self._values:
            return
        self._lsh.insert(key, sig, check_duplication=False)
        self._values[key] = (np.asarray(sig.hashvalues), cluster_id)
        self.high_water = max(self.high_water, key)

    def load(self, rows: Iterable[tuple[int, str, str, int, int, bytes]]) -> int:
        """Index persisted signatures: ``(key, cluster_id, scheme, seed, num_perm, blob)``.

        Rows made with other parameters are skipped (they cannot be compared); callers
        pass only rows above :attr:`high_water`, so repeated loads stay cheap.

        Returns:
            How many rows were indexed.
        """
        loaded = 0
        for key, cluster_id, scheme, seed, num_perm, blob in rows:
            self.high_water = max(self.high_water, key)
            if (scheme, seed, num_perm) != (SCHEME, SEED, NUM_PERM):
                continue
            self.add(key, self.decode(blob), cluster_id)
            loaded += 1
        return loaded

    def best_match(self, sig: LeanMinHash) -> Match | None:
        """Return the indexed document most similar to ``sig`` at or above the threshold.

        LSH candidates are only probably similar, so each is checked against the
        threshold with the signatures' estimated Jaccard similarity; ties go to the
        earliest stored document (the smallest key).
        """
        query = np.asarray(sig.hashvalues)
        best: Match | None = None
        for key in self._lsh.query(sig):
            values, cluster_id = self._values[key]
            similarity = float(np.count_nonzero(values == query)) / NUM_PERM
            if similarity < self.threshold:
                continue
            if best is None or (similarity, -key) > (best.similarity, -best.key):
                best = Match(key, cluster_id, similarity)
        return best
