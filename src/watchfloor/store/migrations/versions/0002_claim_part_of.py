"""Claims record which earlier claim's figure includes theirs (``part_of``).

Revision: 0002, after 0001.

A report that gives a total and then its parts ("killed seventeen" ... "seven were killed in
the first compound") stores each part as a claim of its own; ``part_of`` is the ordinal of the
total in the same document, so the ledger does not count the parts again. Adding a nullable
column is a plain ``ALTER TABLE`` on both backends: no table is rebuilt, and the SQLite
full-text triggers on ``documents`` are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "claims",
        sa.Column(
            "part_of", sa.Integer(), nullable=True,
            comment="ordinal of an earlier claim whose figure includes this one",
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("part_of")
