"""SQLAlchemy 2 tables of the registry.

One `entities` table holds every kind of node (organisations, people,
events, projects, places) so that a relation can join any two of them with
real foreign keys; the few fields only events or projects use are nullable
columns. Provenance lives in `sources` (the documents) and `evidence` (a
character span of a source behind a relation or an entity).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Entity(Base):
    __tablename__ = "entities"
    __table_args__ = (
        # Lists of one kind or one country, in name order (migration 0006).
        Index("ix_entities_type_name_norm", "type", "name_norm"),
        Index("ix_entities_country_name_norm", "country", "name_norm"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(120), unique=True)
    type: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(300))
    name_norm: Mapped[str] = mapped_column(String(300), index=True)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    region: Mapped[str | None] = mapped_column(String(200))
    city: Mapped[str | None] = mapped_column(String(200))
    website: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str | None] = mapped_column(Text)
    # Events
    start_date: Mapped[str | None] = mapped_column(String(10), index=True)
    end_date: Mapped[str | None] = mapped_column(String(10))
    format: Mapped[str | None] = mapped_column(String(10))
    attendance: Mapped[int | None] = mapped_column(Integer)
    # Projects
    status: Mapped[str | None] = mapped_column(String(12))
    programme: Mapped[str | None] = mapped_column(String(200))
    # proposed (by ingestion, awaiting review), confirmed, or rejected: like relations.
    review_status: Mapped[str] = mapped_column(
        String(10), default="confirmed", server_default="confirmed", index=True
    )

    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    aliases: Mapped[list[Alias]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="Alias.alias"
    )
    sectors: Mapped[list[EntitySector]] = relationship(
        back_populates="entity", cascade="all, delete-orphan", order_by="EntitySector.sector"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    @property
    def sector_names(self) -> list[str]:
        return [s.sector for s in self.sectors]

    @property
    def alias_names(self) -> list[str]:
        return [a.alias for a in self.aliases]


class Alias(Base):
    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("entity_id", "alias_norm"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    alias_norm: Mapped[str] = mapped_column(String(300), index=True)

    entity: Mapped[Entity] = relationship(back_populates="aliases")


class EntitySector(Base):
    __tablename__ = "entity_sectors"

    entity_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True
    )
    sector: Mapped[str] = mapped_column(String(60), primary_key=True, index=True)

    entity: Mapped[Entity] = relationship(back_populates="sectors")


class Source(Base):
    """A document some facts come from, kept whole so spans can be shown."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    chars: Mapped[int] = mapped_column(Integer)
    url: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[str | None] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Relation(Base):
    __tablename__ = "relations"
    __table_args__ = (
        Index("ix_relations_subject_predicate", "subject_id", "predicate"),
        Index("ix_relations_object_predicate", "object_id", "predicate"),
        Index("ix_relations_year_predicate", "year", "predicate"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    predicate: Mapped[str] = mapped_column(String(30), index=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"))
    date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)  # indexed by ix_relations_year_predicate
    status: Mapped[str] = mapped_column(String(10), default="confirmed", index=True)
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The event a meeting took place at: a real reference, so merges and deletes follow it.
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    confidence: Mapped[float | None] = mapped_column(Float)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    subject: Mapped[Entity] = relationship(foreign_keys=[subject_id])
    object: Mapped[Entity] = relationship(foreign_keys=[object_id])
    event: Mapped[Entity | None] = relationship(foreign_keys=[event_id])
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="relation", cascade="all, delete-orphan", order_by="Evidence.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Evidence(Base):
    """A character span of a source stating a relation (or naming an entity)."""

    __tablename__ = "evidence"
    __table_args__ = (
        CheckConstraint("start_offset >= 0 AND end_offset >= start_offset", name="span"),
        CheckConstraint("(relation_id IS NULL) <> (entity_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    relation_id: Mapped[int | None] = mapped_column(
        ForeignKey("relations.id", ondelete="CASCADE"), index=True
    )
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)

    source: Mapped[Source] = relationship()
    relation: Mapped[Relation | None] = relationship(back_populates="evidence")


# Tables of other areas live in their own modules; importing them here puts them in
# Base.metadata wherever the models are used (Alembic, the tests' wipes).
from intercluster.db import (  # noqa: E402, F401
    accounts_models,
    audit_models,
    events_models,
    partnering_models,
)
