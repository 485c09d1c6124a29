"""audit: a record's history by its row; scale: leaner bulk writes

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 06:30:00

- `audit_entries (table_name, row_key)`: the History panel of a record that is
  not an entity (a prospect, a request, a source).
- PostgreSQL: the search index is refreshed once per inserting statement
  (transition tables) instead of once per row (see `search.PG_STATEMENT_TRIGGERS`).
- `ix_relations_year` goes: `ix_relations_year_predicate` starts with the year
  and serves the same queries, and every relation written paid for both.
"""

from __future__ import annotations

from alembic import op

from intercluster.db import search

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_entries_table_row", "audit_entries", ["table_name", "row_key"])
    op.drop_index("ix_relations_year", table_name="relations")
    if op.get_bind().dialect.name == "postgresql":
        for statement in search.PG_STATEMENT_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in search.PG_ROW_TRIGGERS:
            op.execute(statement)
    op.create_index("ix_relations_year", "relations", ["year"])
    op.drop_index("ix_audit_entries_table_row", table_name="audit_entries")
