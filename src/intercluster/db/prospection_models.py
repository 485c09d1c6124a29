"""Tables of prospection and of member companies' internationalisation requests.

A **prospect** is a company the home cluster wants to attract (one row per
cluster and company), with its stage, owner, next action and due date, and
what brought it: the event where it was met (`source_event_id`) or the
partner that introduced it (`source_partner_id`). Every stage it entered is
kept in `prospect_stage_changes` (the funnel is computed from them) and every
call, e-mail or meeting in `prospect_activities`.

Leads recorded by event debriefs (`programme_leads`) are prospects' origins:
a debrief's lead becomes, or joins, the prospect of that company, with the
event as its source, and `programme_leads.prospect_id` links them; the
lead's status mirrors the prospect's stage (domain.prospection).

An **internationalisation request** is a member company's wish to go abroad:
where (a country or a grouping of `domain.regions`), in which sector, for
what. Its proposals (partners, networks, events, contacts, each with reasons
and a warm-introduction path) are computed when shown, from the registry as
it is then, so they are never stale.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intercluster.db.models import Base, Entity, utcnow
from intercluster.domain.prospection import ACTIVITY_KINDS, STAGES

REQUEST_STATUSES = ("open", "answered", "closed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Prospect(Base):
    __tablename__ = "prospects"
    __table_args__ = (
        UniqueConstraint("cluster_id", "organisation_id"),
        CheckConstraint(_in("stage", STAGES), name="stage"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The cluster prospecting (the home organisation) and the company it wants to attract.
    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(12), default="identified", index=True)
    stage_since: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD
    owner: Mapped[str | None] = mapped_column(String(200))
    next_action: Mapped[str | None] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(10), index=True)
    interest: Mapped[str | None] = mapped_column(Text)
    lost_reason: Mapped[str | None] = mapped_column(Text)
    source_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    source_partner_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    cluster: Mapped[Entity] = relationship(foreign_keys=[cluster_id])
    organisation: Mapped[Entity] = relationship(foreign_keys=[organisation_id])
    source_event: Mapped[Entity | None] = relationship(foreign_keys=[source_event_id])
    source_partner: Mapped[Entity | None] = relationship(foreign_keys=[source_partner_id])
    stages: Mapped[list[ProspectStageChange]] = relationship(
        back_populates="prospect",
        cascade="all, delete-orphan",
        order_by="(ProspectStageChange.entered_on, ProspectStageChange.id)",
    )
    activities: Mapped[list[ProspectActivity]] = relationship(
        back_populates="prospect",
        cascade="all, delete-orphan",
        order_by="(ProspectActivity.happened_on.desc(), ProspectActivity.id.desc())",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ProspectStageChange(Base):
    """The prospect entered `stage` on `entered_on`."""

    __tablename__ = "prospect_stage_changes"
    __table_args__ = (CheckConstraint(_in("stage", STAGES), name="stage"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prospect_id: Mapped[int] = mapped_column(
        ForeignKey("prospects.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(12))
    entered_on: Mapped[str] = mapped_column(String(10))
    by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    prospect: Mapped[Prospect] = relationship(back_populates="stages")


class ProspectActivity(Base):
    """A call, an e-mail, a meeting (maybe at an event), a site visit or a note."""

    __tablename__ = "prospect_activities"
    __table_args__ = (CheckConstraint(_in("kind", ACTIVITY_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prospect_id: Mapped[int] = mapped_column(
        ForeignKey("prospects.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    happened_on: Mapped[str] = mapped_column(String(10), index=True)
    summary: Mapped[str] = mapped_column(Text)
    by: Mapped[str | None] = mapped_column(String(200))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    prospect: Mapped[Prospect] = relationship(back_populates="activities")
    event: Mapped[Entity | None] = relationship()


class InternationalisationRequest(Base):
    """A member company asks for doors abroad: a region, a sector, a goal."""

    __tablename__ = "internationalisation_requests"
    __table_args__ = (CheckConstraint(_in("status", REQUEST_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cluster_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    # The requesting organisation (a member company; the cluster itself on its members' behalf).
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    region: Mapped[str] = mapped_column(String(100))  # a grouping's or a country's name
    sector: Mapped[str | None] = mapped_column(String(60))
    goal: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    cluster: Mapped[Entity] = relationship(foreign_keys=[cluster_id])
    organisation: Mapped[Entity] = relationship(foreign_keys=[organisation_id])

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
