"""scale: full-text search (SQLite FTS5, PostgreSQL tsvector) and list indexes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 12:05:00

The search structures (see `intercluster.db.search`) are kept in step by
triggers, so every writer updates them. On SQLite a later migration that
recreates `entities` or `aliases` (batch mode "move and copy") drops their
triggers: it must run `search.drop_statements` before and
`search.create_statements` after.
"""

from __future__ import annotations

from alembic import op

from intercluster.db import search

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entities_type_name_norm", "entities", ["type", "name_norm"])
    op.create_index("ix_entities_country_name_norm", "entities", ["country", "name_norm"])
    op.create_index("ix_relations_year_predicate", "relations", ["year", "predicate"])
    dialect = op.get_bind().dialect.name
    for statement in search.create_statements(dialect):
        op.execute(statement)
    # Planner statistics: without them SQLite takes relations.status (one value for nearly
    # every row) for a selective index. Bulk imports refresh them (services.bulk).
    if dialect == "sqlite":
        op.execute("PRAGMA analysis_limit = 1000")
    op.execute("ANALYZE")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in search.drop_statements(dialect):
        op.execute(statement)
    op.drop_index("ix_relations_year_predicate", table_name="relations")
    op.drop_index("ix_entities_country_name_norm", table_name="entities")
    op.drop_index("ix_entities_type_name_norm", table_name="entities")
