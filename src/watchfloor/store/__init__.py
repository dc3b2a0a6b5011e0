"""Persistent storage of documents and claims: SQLite by default, PostgreSQL for teams.

``Store.open(path_or_url)`` gives a migrated, deduplicated store; see
:mod:`watchfloor.store.repository` for its guarantees.
"""

from watchfloor.store.fts import SearchHit
from watchfloor.store.repository import AddResult, DocumentSummary, Store, StoredDocument

__all__ = ["AddResult", "DocumentSummary", "SearchHit", "Store", "StoredDocument"]
