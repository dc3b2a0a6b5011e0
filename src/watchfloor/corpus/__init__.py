"""Building a corpus: ingest sources, extract claims in worker processes, store them."""
