"""Tables of the audit trail: one changeset per committed unit of work, one entry per row.

An entry keeps the row's columns before and after the change (JSON, secrets
redacted) and the entities it concerns, so a record's history is one indexed
query and a changeset (a merge, an import) can be undone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intercluster.db.models import Base, utcnow

ACTIONS = ("insert", "update", "delete")


class Changeset(Base):
    __tablename__ = "audit_changesets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # Who: a user id when a signed-in user made it, and a label in every case
    # ("user:ana@cluster.org", "cli:root", "system").
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    actor: Mapped[str] = mapped_column(String(400))
    summary: Mapped[str | None] = mapped_column(String(400))
    undone_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_changesets.id", ondelete="SET NULL")
    )
    undoes_id: Mapped[int | None] = mapped_column(
        ForeignKey("audit_changesets.id", ondelete="SET NULL")
    )

    entries: Mapped[list[AuditEntry]] = relationship(
        back_populates="changeset", order_by="AuditEntry.id"
    )


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (
        CheckConstraint(f"action IN ({', '.join(repr(a) for a in ACTIONS)})", name="action"),
        # The history of a record that is not an entity (a prospect, a request) by its row.
        Index("ix_audit_entries_table_row", "table_name", "row_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changeset_id: Mapped[int] = mapped_column(
        ForeignKey("audit_changesets.id", ondelete="CASCADE"), index=True
    )
    table_name: Mapped[str] = mapped_column(String(80))
    # The primary key as JSON text ({"id": 12}), the same on every database.
    row_key: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(6))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The entities the row is about (an entity itself, a relation's subject and object,
    # an alias's entity): no foreign key, the history must outlive the entity.
    entity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    other_entity_id: Mapped[int | None] = mapped_column(Integer, index=True)

    changeset: Mapped[Changeset] = relationship(back_populates="entries")
