"""Building a corpus: ingest sources, extract claims in worker processes, store them.

:mod:`.service` holds the ingest and re-extraction runs, :mod:`.workers` the process pool,
:mod:`.summary` their counts and :mod:`.api` the functions the CLI calls. Nothing is
imported here, so that a worker importing :mod:`.workers` loads no more than it needs.
"""
