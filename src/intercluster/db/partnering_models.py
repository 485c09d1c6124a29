"""Tables of an event's partnering: set-up, slots, participants, requests, published meetings.

One `partnering_setups` row per event holds the number of tables (NULL for
a virtual event). Slots are ordered by `position`; a day is a run of slots
with the same `day`. A participant is an organisation at the event (linked
to the registry when it is known there) with its delegates and the slots it
cannot meet in. A request names two or more participants, a priority and a
status (requested, accepted, declined, cancelled); only accepted requests
are scheduled. A published meeting is a request's slot and table, with the
outcome and follow-up recorded after the event.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from intercluster.db.models import Base, Entity, utcnow

REQUEST_STATUSES = ("requested", "accepted", "declined", "cancelled")
OUTCOMES = ("held", "no_show", "cancelled")


class PartneringSetup(Base):
    __tablename__ = "partnering_setups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("entities.id", ondelete="CASCADE"), unique=True
    )
    # NULL: a virtual event, as many meetings per slot as wanted.
    tables: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    event: Mapped[Entity] = relationship()
    slots: Mapped[list[PartneringSlot]] = relationship(
        back_populates="setup", cascade="all, delete-orphan", order_by="PartneringSlot.position"
    )
    participants: Mapped[list[PartneringParticipant]] = relationship(
        back_populates="setup", cascade="all, delete-orphan", order_by="PartneringParticipant.id"
    )
    requests: Mapped[list[MeetingRequest]] = relationship(
        back_populates="setup", cascade="all, delete-orphan", order_by="MeetingRequest.id"
    )
    runs: Mapped[list[ScheduleRun]] = relationship(
        back_populates="setup", cascade="all, delete-orphan", order_by="ScheduleRun.id"
    )

    __table_args__ = (CheckConstraint("tables IS NULL OR tables >= 1", name="tables"),)


class PartneringSlot(Base):
    __tablename__ = "partnering_slots"
    __table_args__ = (UniqueConstraint("setup_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    setup_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_setups.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(String(40))
    start: Mapped[str | None] = mapped_column(String(5))
    minutes: Mapped[int | None] = mapped_column(Integer)

    setup: Mapped[PartneringSetup] = relationship(back_populates="slots")


class ParticipantUnavailability(Base):
    __tablename__ = "partnering_unavailability"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_participants.id", ondelete="CASCADE"), primary_key=True
    )
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_slots.id", ondelete="CASCADE"), primary_key=True
    )

    slot: Mapped[PartneringSlot] = relationship()


class PartneringParticipant(Base):
    __tablename__ = "partnering_participants"
    __table_args__ = (UniqueConstraint("setup_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    setup_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_setups.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(300))
    # The organisation in the registry, when it is known there.
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("entities.id", ondelete="SET NULL"), index=True
    )
    delegates: Mapped[list[str]] = mapped_column(JSON, default=list)

    setup: Mapped[PartneringSetup] = relationship(back_populates="participants")
    organisation: Mapped[Entity | None] = relationship()
    unavailability: Mapped[list[ParticipantUnavailability]] = relationship(
        cascade="all, delete-orphan"
    )


class RequestParticipant(Base):
    __tablename__ = "partnering_request_participants"

    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_requests.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    participant: Mapped[PartneringParticipant] = relationship()


class MeetingRequest(Base):
    __tablename__ = "partnering_requests"
    __table_args__ = (
        UniqueConstraint("setup_id", "key"),
        CheckConstraint("priority >= 1", name="priority"),
        CheckConstraint(
            "status IN ('requested', 'accepted', 'declined', 'cancelled')", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    setup_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_setups.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(10), default="requested", index=True)
    priority: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    setup: Mapped[PartneringSetup] = relationship(back_populates="requests")
    members: Mapped[list[RequestParticipant]] = relationship(
        cascade="all, delete-orphan", order_by="RequestParticipant.position"
    )
    meeting: Mapped[PublishedMeeting | None] = relationship(
        back_populates="request", cascade="all, delete-orphan", uselist=False
    )

    @property
    def participants(self) -> list[PartneringParticipant]:
        return [member.participant for member in self.members]


class PublishedMeeting(Base):
    """A request's place in the published schedule, and what came of it."""

    __tablename__ = "partnering_meetings"
    __table_args__ = (
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('held', 'no_show', 'cancelled')", name="outcome"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_requests.id", ondelete="CASCADE"), unique=True
    )
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_slots.id", ondelete="CASCADE"), index=True
    )
    table: Mapped[int | None] = mapped_column(Integer)
    published_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    outcome: Mapped[str | None] = mapped_column(String(10))
    follow_up: Mapped[str | None] = mapped_column(Text)

    request: Mapped[MeetingRequest] = relationship(back_populates="meeting")
    slot: Mapped[PartneringSlot] = relationship()


class ScheduleRun(Base):
    """One publication of the schedule: what the solver reached and what moved."""

    __tablename__ = "partnering_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    setup_id: Mapped[int] = mapped_column(
        ForeignKey("partnering_setups.id", ondelete="CASCADE"), index=True
    )
    published_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    seconds: Mapped[float] = mapped_column(Float)
    scheduled: Mapped[int] = mapped_column(Integer)
    priority_scheduled: Mapped[int] = mapped_column(Integer)
    priority_bound: Mapped[int | None] = mapped_column(Integer)
    idle_gaps: Mapped[int] = mapped_column(Integer)
    kept: Mapped[int] = mapped_column(Integer, default=0)
    moved: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    setup: Mapped[PartneringSetup] = relationship(back_populates="runs")
