"""Alembic migrations of the store, run programmatically by :meth:`Store.migrate`.

No ``alembic.ini`` is needed: :func:`watchfloor.store.repository.alembic_config` builds the
configuration in code and points ``script_location`` at this package. Developers make a new
revision with ``alembic -c <a config naming script_location=watchfloor.store:migrations>
revision --autogenerate``; ``script.py.mako`` here is its template.
"""
