"""Tables of the events programme: participation plans, debriefs, leads and follow-ups.

A cluster's **participation plan** for an event (one per event and
organisation) holds its decision (attend, exhibit, sponsor with a level,
organise, skip) and why, the shared stand or pavilion with its host and
co-exhibitors, the delegation of member companies with each one's goals, the
organisations to meet, the staff going, an agenda for the delegation booklet,
and cost lines (budget or actual, each in its own currency).

A **debrief** records what came of the event. What it states as facts goes
into the registry as relations (participated_in, met_with, partner_of); the
relations it wrote are listed in `programme_debrief_records`, so the return
on an event can count them without guessing.

`programme_leads` is the hand-over to prospection: one row per organisation
met at an event that may join the cluster or work with it. Each lead
becomes (or joins) the prospect of that company (`prospect_id`, see
db/prospection_models.py), whose source is the event; its status mirrors
the prospect's stage (`new` while it is identified).

Amounts are stored as integers in hundredths of their currency (cents),
never as floats, and converted only when compared (see
`services.events_programme.currency`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intercluster.db.models import Base, Entity, Relation, utcnow

DECISIONS = ("attend", "exhibit", "sponsor", "organise", "skip")
COST_KINDS = ("budget", "actual")
COST_CATEGORIES = (
    "registration", "stand", "sponsorship", "travel", "accommodation", "hospitality", "other",
)  # fmt: skip
LEAD_STATUSES = ("new", "contacted", "qualified", "joined", "dropped")
RECORD_KINDS = ("participation", "delegation", "meeting", "partnership")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ParticipationPlan(Base):
    __tablename__ = "programme_plans"
    __table_args__ = (
        UniqueConstraint("event_id", "organisation_id"),
        CheckConstraint(_in("decision", DECISIONS), name="decision"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    # The cluster whose plan this is (the home organisation).
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    decision: Mapped[str] = mapped_column(String(10))
    sponsor_level: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str | None] = mapped_column(Text)
    # The shared stand or pavilion ("Choose Paris Region pavilion") and who hosts it.
    stand: Mapped[str | None] = mapped_column(String(300))
    stand_host_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    event: Mapped[Entity] = relationship(foreign_keys=[event_id])
    organisation: Mapped[Entity] = relationship(foreign_keys=[organisation_id])
    stand_host: Mapped[Entity | None] = relationship(foreign_keys=[stand_host_id])
    costs: Mapped[list[PlanCost]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanCost.id"
    )
    co_exhibitors: Mapped[list[PlanCoExhibitor]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanCoExhibitor.position"
    )
    delegates: Mapped[list[PlanDelegate]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanDelegate.position"
    )
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanTarget.position"
    )
    staff: Mapped[list[PlanStaff]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanStaff.position"
    )
    agenda: Mapped[list[PlanAgendaItem]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanAgendaItem.position"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PlanCost(Base):
    """One cost line: budgeted or actually spent, in the currency it was paid in."""

    __tablename__ = "programme_plan_costs"
    __table_args__ = (
        CheckConstraint(_in("kind", COST_KINDS), name="kind"),
        CheckConstraint(_in("category", COST_CATEGORIES), name="category"),
        CheckConstraint("amount_cents >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("programme_plans.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(6))
    category: Mapped[str] = mapped_column(String(20))
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    note: Mapped[str | None] = mapped_column(String(300))

    plan: Mapped[ParticipationPlan] = relationship(back_populates="costs")


class PlanCoExhibitor(Base):
    __tablename__ = "programme_co_exhibitors"

    plan_id: Mapped[int] = mapped_column(
        ForeignKey("programme_plans.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ParticipationPlan] = relationship(back_populates="co_exhibitors")
    organisation: Mapped[Entity] = relationship()


class PlanDelegate(Base):
    """A member company the cluster brings, and what it wants from the event."""

    __tablename__ = "programme_delegates"
    __table_args__ = (UniqueConstraint("plan_id", "company_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("programme_plans.id", ondelete="CASCADE"), index=True
    )
    company_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    goals: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ParticipationPlan] = relationship(back_populates="delegates")
    company: Mapped[Entity] = relationship()


class PlanTarget(Base):
    """An organisation to meet there, for the cluster or for one delegate company."""

    __tablename__ = "programme_targets"
    __table_args__ = (
        UniqueConstraint("plan_id", "organisation_id"),
        CheckConstraint("priority BETWEEN 1 AND 3", name="priority"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("programme_plans.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    # NULL: a target of the cluster itself; else the delegate company that wants the meeting.
    for_company_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    priority: Mapped[int] = mapped_column(Integer, default=2)
    reason: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ParticipationPlan] = relationship(back_populates="targets")
    organisation: Mapped[Entity] = relationship(foreign_keys=[organisation_id])
    for_company: Mapped[Entity | None] = relationship(foreign_keys=[for_company_id])


class PlanStaff(Base):
    __tablename__ = "programme_staff"
    __table_args__ = (UniqueConstraint("plan_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("programme_plans.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    # The person in the registry, when known there.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ParticipationPlan] = relationship(back_populates="staff")
    person: Mapped[Entity | None] = relationship()


class PlanAgendaItem(Base):
    """A fixed point of the delegation's programme (a talk, stand duty, a reception)."""

    __tablename__ = "programme_agenda_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("programme_plans.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[str] = mapped_column(String(10))
    start: Mapped[str | None] = mapped_column(String(5))
    end: Mapped[str | None] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(300))
    place: Mapped[str | None] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)

    plan: Mapped[ParticipationPlan] = relationship(back_populates="agenda")


class Debrief(Base):
    """What came of an event for the cluster; its facts are written into the registry."""

    __tablename__ = "programme_debriefs"
    __table_args__ = (
        UniqueConstraint("event_id", "organisation_id"),
        CheckConstraint("meetings_held IS NULL OR meetings_held >= 0", name="meetings"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("entities.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[str | None] = mapped_column(String(10))
    meetings_held: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    event: Mapped[Entity] = relationship(foreign_keys=[event_id])
    organisation: Mapped[Entity] = relationship(foreign_keys=[organisation_id])
    records: Mapped[list[DebriefRecord]] = relationship(
        back_populates="debrief", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(
        back_populates="debrief", cascade="all, delete-orphan", order_by="FollowUp.id"
    )


class DebriefRecord(Base):
    """A relation of the registry a debrief wrote (or confirmed), and why."""

    __tablename__ = "programme_debrief_records"
    __table_args__ = (CheckConstraint(_in("kind", RECORD_KINDS), name="kind"),)

    debrief_id: Mapped[int] = mapped_column(
        ForeignKey("programme_debriefs.id", ondelete="CASCADE"), primary_key=True
    )
    relation_id: Mapped[int] = mapped_column(
        ForeignKey("relations.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(14))

    debrief: Mapped[Debrief] = relationship(back_populates="records")
    relation: Mapped[Relation] = relationship()


class Lead(Base):
    """An organisation met at an event that may join the cluster: prospection's first stage."""

    __tablename__ = "programme_leads"
    __table_args__ = (
        UniqueConstraint("organisation_id", "event_id"),
        CheckConstraint(_in("status", LEAD_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    debrief_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_debriefs.id", ondelete="SET NULL"), index=True
    )
    # The prospect this lead became (prospection owns the pipeline from there).
    prospect_id: Mapped[int | None] = mapped_column(
        ForeignKey("prospects.id", ondelete="SET NULL"), index=True
    )
    interest: Mapped[str | None] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="new")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    organisation: Mapped[Entity] = relationship(foreign_keys=[organisation_id])
    event: Mapped[Entity | None] = relationship(foreign_keys=[event_id])


class FollowUp(Base):
    """Something to do after the event, by someone, by a date."""

    __tablename__ = "programme_follow_ups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    debrief_id: Mapped[int] = mapped_column(
        ForeignKey("programme_debriefs.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200))
    due: Mapped[str] = mapped_column(String(10), index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    debrief: Mapped[Debrief] = relationship(back_populates="follow_ups")
    organisation: Mapped[Entity | None] = relationship()


# Leads point at prospects: prospection's tables join the metadata with the events programme's.
from intercluster.db import prospection_models  # noqa: E402, F401
