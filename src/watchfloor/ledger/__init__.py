"""The ledger: figures tracked across reports, sources and time.

One module per concern: :mod:`.measures` (what a figure counts, from
``lexicons/measures.yaml``), :mod:`.ranges` (approximations as intervals), :mod:`.periods`
(the time a figure refers to), :mod:`.fetch` (reading the store), :mod:`.assertions` (one
source, one value, one measure, one time, with its carriers), :mod:`.series` and
:mod:`.book` (a measure's assertions in order; the whole ledger), :mod:`.figures` (one line
per measure), :mod:`.contradictions` (contradictions and revisions), :mod:`.timeline` (events
without figures), :mod:`.shapes` and :mod:`.export` (flat, ACLED- and PLOVER-shaped files),
:mod:`.render` (tables for people) and :mod:`.demo`. The Python API is :mod:`.api`; the model
and its rules are in ``docs/ledger.md``.
"""
