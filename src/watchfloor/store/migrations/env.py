"""Alembic environment: run migrations on the connection the store hands over.

The store passes an open connection (inside its transaction) in
``config.attributes["connection"]``, so upgrading happens under the store's own lock and
engine settings. Without one (a developer running the ``alembic`` command) a URL from the
config's ``sqlalchemy.url`` is used.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from watchfloor.store.schema import include_name, metadata

config = context.config


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_name=include_name,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Migrate through the handed-over connection, or one made from the config's URL."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _run(conn)
        conn.commit()


if context.is_offline_mode():
    raise RuntimeError("watchfloor migrations run online only")
run_migrations_online()
