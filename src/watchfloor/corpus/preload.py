"""Imported by the worker fork server before it forks any worker: builds the pipeline once.

Importing this module extracts a short report, which loads spaCy, the lexicons and the
matchers. The fork server (see :func:`watchfloor.corpus.workers._context`) imports it once,
and every worker forked from it starts with the pipeline built and shared copy-on-write.
Nothing else should import it.
"""

from watchfloor.corpus.workers import warm_up

warm_up()
