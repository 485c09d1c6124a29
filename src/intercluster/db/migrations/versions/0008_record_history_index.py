"""audit: the history of a record by its table and row key

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 06:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_entries_table_row", "audit_entries", ["table_name", "row_key"])


def downgrade() -> None:
    op.drop_index("ix_audit_entries_table_row", table_name="audit_entries")
