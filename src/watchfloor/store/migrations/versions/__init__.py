"""Migration scripts, oldest first by ``down_revision`` chain (Alembic skips this file)."""
