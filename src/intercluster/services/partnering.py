"""Use cases of an event's partnering: set-up, requests, scheduling, publication, agendas.

The schedule is solved by `intercluster.scheduling` on an instance built
from the accepted requests. Publishing again after late changes keeps every
meeting already published in its slot (and at its table) wherever the rules
still allow it: those meetings are pinned before the solver places the
others, and the report says which meetings moved, which were dropped and
which are new.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from intercluster.db.models import Entity, utcnow
from intercluster.db.partnering_models import (
    OUTCOMES,
    REQUEST_STATUSES,
    MeetingRequest,
    ParticipantUnavailability,
    PartneringParticipant,
    PartneringSetup,
    PartneringSlot,
    PublishedMeeting,
    RequestParticipant,
    ScheduleRun,
)
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import did_you_mean, normalize_name
from intercluster.domain.vocabulary import KIND_TYPES, EntityKind
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.scheduling.instance import (
    Instance,
    Meeting,
    Participant,
    Slot,
    parse_instance,
)
from intercluster.scheduling.schedule import (
    assign_tables,
    idle_gaps,
    priority_of,
    unscheduled_reasons,
)
from intercluster.scheduling.solver import solve
from intercluster.services.entities import resolve_entity

# ---------------------------------------------------------------- lookups


def resolve_event(uow: UnitOfWork, ref: int | str) -> Entity:
    return resolve_entity(uow, ref, field="event", kinds=(EntityKind.EVENT,))


def _load_setup(uow: UnitOfWork, event: Entity) -> PartneringSetup | None:
    return uow.session.scalar(
        select(PartneringSetup)
        .where(PartneringSetup.event_id == event.id)
        .options(
            selectinload(PartneringSetup.slots),
            selectinload(PartneringSetup.participants).selectinload(
                PartneringParticipant.unavailability
            ),
            selectinload(PartneringSetup.requests)
            .selectinload(MeetingRequest.members)
            .selectinload(RequestParticipant.participant),
            selectinload(PartneringSetup.requests).selectinload(MeetingRequest.meeting),
        )
    )


def get_setup(uow: UnitOfWork, event_ref: int | str) -> PartneringSetup:
    event = resolve_event(uow, event_ref)
    setup = _load_setup(uow, event)
    if setup is None:
        raise NotFound(
            f"event: {event.name!r} has no partnering set-up; import one with "
            "`intercluster event partnering-import`",
            field="event",
        )
    return setup


def find_participant(setup: PartneringSetup, ref: str) -> PartneringParticipant:
    """A participant by key, by name, or by the key or name of its organisation."""
    text = ref.strip()
    norm = normalize_name(text)
    for participant in setup.participants:
        if participant.key == text:
            return participant
    matches = [
        p
        for p in setup.participants
        if normalize_name(p.name) == norm
        or (
            p.organisation is not None
            and (p.organisation.key == text or normalize_name(p.organisation.name) == norm)
        )
    ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        keys = ", ".join(p.key for p in matches)
        raise InvalidInput(
            f"participant: {text!r} names several participants: {keys}; use a key",
            field="participant",
        )
    hint = did_you_mean(text, [p.name for p in setup.participants])
    raise NotFound(f"participant: no participant {text!r} at this event{hint}", field="participant")


def find_request(setup: PartneringSetup, key: str) -> MeetingRequest:
    for request in setup.requests:
        if request.key == key:
            return request
    raise NotFound(f"request: no meeting request {key!r} at this event", field="request")


# ---------------------------------------------------------------- set-up from an instance file


@dataclass
class ImportReport:
    event: str
    slots: int
    participants: int
    requests: int
    linked: int
    tables: int | None

    def summary(self) -> str:
        tables = "virtual" if self.tables is None else f"{self.tables} tables"
        return (
            f"{self.event}: {self.slots} slots, {tables}, {self.participants} participants "
            f"({self.linked} linked to the registry), {self.requests} meeting requests"
        )


def _organisation_for(uow: UnitOfWork, name: str, wanted: str | None) -> Entity | None:
    if wanted:
        return resolve_entity(uow, wanted, field="organisation", kinds=(EntityKind.ORGANISATION,))
    types = [t.value for t in KIND_TYPES[EntityKind.ORGANISATION]]
    matches = uow.entities.find_by_name(name, types)
    return matches[0] if len(matches) == 1 else None


def import_partnering(
    uow: UnitOfWork, *, event: int | str, document: Any, replace: bool = False
) -> ImportReport:
    """Set up an event's partnering from an instance document (SCHEDULING.md format).

    Besides the format's fields, a participant may give `delegates` (names)
    and `organisation` (a registry reference), and a meeting a `status`
    (default accepted). Participants are linked to the registry's
    organisation of the same name when there is exactly one.
    """
    instance = parse_instance(document)
    target = resolve_event(uow, event)
    existing = _load_setup(uow, target)
    if existing is not None:
        if not replace:
            raise Conflict(
                f"event: {target.name!r} already has a partnering set-up; use --replace "
                "to start over (published meetings are dropped)",
                field="event",
            )
        uow.session.delete(existing)
        uow.session.flush()
    setup = PartneringSetup(event_id=target.id, tables=instance.tables)
    uow.session.add(setup)
    slot_rows = [
        PartneringSlot(key=s.id, position=k, day=s.day, start=s.start, minutes=s.minutes)
        for k, s in enumerate(instance.slots)
    ]
    setup.slots = slot_rows
    raw_participants = document.get("participants", []) if isinstance(document, dict) else []
    raw_meetings = document.get("meetings", []) if isinstance(document, dict) else []
    participant_rows: list[PartneringParticipant] = []
    linked = 0
    for k, p in enumerate(instance.participants):
        raw = raw_participants[k]
        delegates = raw.get("delegates") or []
        if not isinstance(delegates, list) or not all(isinstance(d, str) for d in delegates):
            raise InvalidInput(
                f"participants[{k}].delegates: must be a list of names",
                field=f"participants[{k}].delegates",
            )
        name = p.name or p.id
        organisation = _organisation_for(uow, name, raw.get("organisation"))
        linked += organisation is not None
        row = PartneringParticipant(
            key=p.id,
            name=name,
            organisation=organisation,
            delegates=list(delegates),
            unavailability=[
                ParticipantUnavailability(slot=slot_rows[s]) for s in sorted(p.unavailable)
            ],
        )
        participant_rows.append(row)
    setup.participants = participant_rows
    requests: list[MeetingRequest] = []
    for k, m in enumerate(instance.meetings):
        status = raw_meetings[k].get("status", "accepted")
        if status not in REQUEST_STATUSES:
            raise InvalidInput(
                f"meetings[{k}].status: {status!r} is not one of {', '.join(REQUEST_STATUSES)}",
                field=f"meetings[{k}].status",
            )
        requests.append(
            MeetingRequest(
                key=m.id,
                status=status,
                priority=m.priority,
                members=[
                    RequestParticipant(participant=participant_rows[p], position=i)
                    for i, p in enumerate(m.participants)
                ],
            )
        )
    setup.requests = requests
    uow.flush()
    return ImportReport(
        event=target.name,
        slots=len(slot_rows),
        participants=len(participant_rows),
        requests=len(requests),
        linked=linked,
        tables=instance.tables,
    )


# ---------------------------------------------------------------- requests and outcomes


def add_request(
    uow: UnitOfWork,
    *,
    event: int | str,
    participants: list[str],
    priority: int = 1,
    status: str = "requested",
    key: str | None = None,
) -> MeetingRequest:
    setup = get_setup(uow, event)
    if status not in REQUEST_STATUSES:
        raise InvalidInput(
            f"status: {status!r} is not one of {', '.join(REQUEST_STATUSES)}", field="status"
        )
    if priority < 1:
        raise InvalidInput("priority: must be an integer >= 1", field="priority")
    members = [find_participant(setup, ref) for ref in participants]
    if len({m.id for m in members}) != len(members) or len(members) < 2:
        raise InvalidInput(
            "participants: a meeting needs two or more different participants",
            field="participants",
        )
    used = {r.key for r in setup.requests}
    if key is None:
        n = len(setup.requests) + 1
        while f"r{n}" in used:
            n += 1
        key = f"r{n}"
    elif key in used:
        raise Conflict(f"key: meeting request {key!r} already exists", field="key")
    request = MeetingRequest(
        key=key,
        status=status,
        priority=priority,
        members=[RequestParticipant(participant=p, position=i) for i, p in enumerate(members)],
    )
    setup.requests.append(request)
    uow.flush()
    return request


def set_request_status(
    uow: UnitOfWork, *, event: int | str, request: str, status: str
) -> MeetingRequest:
    if status not in REQUEST_STATUSES:
        raise InvalidInput(
            f"status: {status!r} is not one of {', '.join(REQUEST_STATUSES)}", field="status"
        )
    setup = get_setup(uow, event)
    row = find_request(setup, request)
    row.status = status
    uow.flush()
    return row


def set_availability(
    uow: UnitOfWork, *, event: int | str, participant: str, unavailable: Iterable[str]
) -> PartneringParticipant:
    """Replace a participant's unavailable slots (slot keys)."""
    setup = get_setup(uow, event)
    row = find_participant(setup, participant)
    by_key = {s.key: s for s in setup.slots}
    slots: list[PartneringSlot] = []
    for key in unavailable:
        if key not in by_key:
            raise InvalidInput(f"unavailable: unknown slot {key!r}", field="unavailable")
        if by_key[key] not in slots:
            slots.append(by_key[key])
    row.unavailability = [ParticipantUnavailability(slot=s) for s in slots]
    uow.flush()
    return row


def record_outcome(
    uow: UnitOfWork,
    *,
    event: int | str,
    request: str,
    outcome: str | None = None,
    follow_up: str | None = None,
) -> PublishedMeeting:
    setup = get_setup(uow, event)
    row = find_request(setup, request)
    if row.meeting is None:
        raise InvalidInput(
            f"request: meeting {request!r} is not in the published schedule", field="request"
        )
    if outcome is not None:
        if outcome not in OUTCOMES:
            raise InvalidInput(
                f"outcome: {outcome!r} is not one of {', '.join(OUTCOMES)}", field="outcome"
            )
        row.meeting.outcome = outcome
    if follow_up is not None:
        row.meeting.follow_up = follow_up or None
    uow.flush()
    return row.meeting


# ---------------------------------------------------------------- scheduling


@dataclass
class Built:
    instance: Instance
    requests: list[MeetingRequest]  # the accepted ones, in the instance's meeting order
    slots: list[PartneringSlot]


def build_instance(setup: PartneringSetup) -> Built:
    slots = list(setup.slots)
    slot_index = {s.id: k for k, s in enumerate(slots)}
    participant_index = {p.id: k for k, p in enumerate(setup.participants)}
    participants = [
        Participant(
            id=p.key,
            name=p.name,
            unavailable=frozenset(slot_index[u.slot_id] for u in p.unavailability),
        )
        for p in setup.participants
    ]
    accepted = [r for r in setup.requests if r.status == "accepted"]
    meetings = [
        Meeting(
            id=r.key,
            participants=tuple(participant_index[m.participant_id] for m in r.members),
            priority=r.priority,
        )
        for r in accepted
    ]
    instance = Instance(
        slots=[Slot(id=s.key, day=s.day, start=s.start, minutes=s.minutes) for s in slots],
        tables=setup.tables,
        participants=participants,
        meetings=meetings,
        event=setup.event.name,
    )
    return Built(instance=instance, requests=accepted, slots=slots)


@dataclass
class Change:
    meeting: str
    before: str | None  # "slot/table" or None
    after: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"meeting": self.meeting, "before": self.before, "after": self.after}


@dataclass
class ScheduleReport:
    event: str
    scheduled: int
    requested: int
    priority_scheduled: int
    priority_bound: int | None
    idle_gaps: int
    seconds: float
    kept: int
    moved: list[Change] = field(default_factory=list)
    added: list[Change] = field(default_factory=list)
    dropped: list[Change] = field(default_factory=list)
    unscheduled: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "scheduled": self.scheduled,
            "accepted": self.requested,
            "priority_scheduled": self.priority_scheduled,
            "priority_bound": self.priority_bound,
            "idle_gaps": self.idle_gaps,
            "seconds": round(self.seconds, 3),
            "kept": self.kept,
            "moved": [c.to_dict() for c in self.moved],
            "added": [c.to_dict() for c in self.added],
            "dropped": [c.to_dict() for c in self.dropped],
            "unscheduled": self.unscheduled,
        }


def _place(slot: PartneringSlot, table: int | None) -> str:
    return slot.key if table is None else f"{slot.key}/table {table}"


def schedule_event(
    uow: UnitOfWork, *, event: int | str, seconds: float = 10.0, seed: int = 1
) -> ScheduleReport:
    """Solve the accepted requests and publish the schedule, keeping published meetings in place."""
    setup = get_setup(uow, event)
    built = build_instance(setup)
    instance = built.instance
    slot_pos = {s.id: k for k, s in enumerate(built.slots)}
    # Published meetings first, most valuable first: when a late change leaves room for
    # fewer of them in a slot, those are the ones kept there.
    published = sorted(
        (
            (m, slot_pos[r.meeting.slot_id])
            for m, r in enumerate(built.requests)
            if r.meeting is not None and r.meeting.slot_id in slot_pos
        ),
        key=lambda item: -built.requests[item[0]].priority,
    )
    pinned = dict(published)
    solution = solve(instance, seconds=seconds, seed=seed, pinned=pinned)
    slot_of = solution.slot_of
    keep_tables = {
        m: r.meeting.table
        for m, r in enumerate(built.requests)
        if r.meeting is not None
        and r.meeting.table is not None
        and slot_pos.get(r.meeting.slot_id) == slot_of[m]
    }
    tables = assign_tables(instance, slot_of, keep_tables)
    now = utcnow()
    report = ScheduleReport(
        event=setup.event.name,
        scheduled=sum(1 for s in slot_of if s >= 0),
        requested=len(built.requests),
        priority_scheduled=priority_of(instance, slot_of),
        priority_bound=solution.bound,
        idle_gaps=idle_gaps(instance, slot_of),
        seconds=solution.seconds,
        kept=0,
    )
    for m, request in enumerate(built.requests):
        s = slot_of[m]
        table = tables[m] if s >= 0 and setup.tables is not None else None
        old = request.meeting
        before = _place(old.slot, old.table) if old is not None else None
        if s < 0:
            if old is not None:
                report.dropped.append(Change(request.key, before, None))
                request.meeting = None
            continue
        slot = built.slots[s]
        after = _place(slot, table)
        if old is None:
            request.meeting = PublishedMeeting(slot=slot, table=table, published_at=now)
            report.added.append(Change(request.key, None, after))
        elif old.slot_id != slot.id or old.table != table:
            old.slot = slot
            old.table = table
            old.published_at = now
            report.moved.append(Change(request.key, before, after))
        else:
            report.kept += 1
    # Requests declined or cancelled since the last publication leave the schedule.
    for request in setup.requests:
        if request.status != "accepted" and request.meeting is not None:
            report.dropped.append(
                Change(request.key, _place(request.meeting.slot, request.meeting.table), None)
            )
            request.meeting = None
    reasons = unscheduled_reasons(instance, slot_of)
    report.unscheduled = {built.requests[m].key: why for m, why in reasons.items()}
    setup.runs.append(
        ScheduleRun(
            published_at=now,
            seconds=solution.seconds,
            scheduled=report.scheduled,
            priority_scheduled=report.priority_scheduled,
            priority_bound=report.priority_bound,
            idle_gaps=report.idle_gaps,
            kept=report.kept,
            moved=len(report.moved),
            report={
                "moved": [c.to_dict() for c in report.moved],
                "added": len(report.added),
                "dropped": [c.to_dict() for c in report.dropped],
            },
        )
    )
    uow.flush()
    return report


def published_schedule(uow: UnitOfWork, *, event: int | str) -> dict[str, Any]:
    """The published schedule in the output format of SCHEDULING.md, with the last run's stats."""
    setup = get_setup(uow, event)
    slot_pos = {s.id: k for k, s in enumerate(setup.slots)}
    accepted = [r for r in setup.requests if r.status == "accepted"]
    placed = sorted(
        (r for r in accepted if r.meeting is not None),
        key=lambda r: (slot_pos[r.meeting.slot_id], r.meeting.table or 0),  # type: ignore[union-attr]
    )
    last = setup.runs[-1] if setup.runs else None
    stats: dict[str, Any] = {
        "scheduled": len(placed),
        "priority_scheduled": sum(r.priority for r in placed),
        "idle_gaps": last.idle_gaps if last else 0,
        "seconds": last.seconds if last else 0.0,
    }
    if last is not None:
        stats["priority_bound"] = last.priority_bound
        stats["published_at"] = last.published_at.isoformat(timespec="seconds")
    return {
        "assignments": [
            {
                "meeting": r.key,
                "slot": r.meeting.slot.key,  # type: ignore[union-attr]
                "table": r.meeting.table,  # type: ignore[union-attr]
            }
            for r in placed
        ],
        "unscheduled": [r.key for r in accepted if r.meeting is None],
        "stats": stats,
    }


def setup_summary(uow: UnitOfWork, *, event: int | str) -> dict[str, Any]:
    setup = get_setup(uow, event)
    statuses = dict.fromkeys(REQUEST_STATUSES, 0)
    for r in setup.requests:
        statuses[r.status] += 1
    days: list[dict[str, Any]] = []
    for slot in setup.slots:
        if not days or days[-1]["day"] != slot.day:
            days.append({"day": slot.day, "slots": 0})
        days[-1]["slots"] += 1
    return {
        "event": {"id": setup.event.id, "key": setup.event.key, "name": setup.event.name},
        "tables": setup.tables,
        "virtual": setup.tables is None,
        "days": days,
        "slots": [
            {"id": s.key, "day": s.day, "start": s.start, "minutes": s.minutes} for s in setup.slots
        ],
        "participants": len(setup.participants),
        "requests": statuses,
        "published": sum(1 for r in setup.requests if r.meeting is not None),
        "runs": len(setup.runs),
    }


def participants_of(uow: UnitOfWork, *, event: int | str) -> list[dict[str, Any]]:
    setup = get_setup(uow, event)
    return [
        {
            "id": p.key,
            "name": p.name,
            "organisation": p.organisation.key if p.organisation is not None else None,
            "delegates": list(p.delegates),
            "unavailable": [u.slot.key for u in p.unavailability],
        }
        for p in setup.participants
    ]


def requests_of(uow: UnitOfWork, *, event: int | str) -> list[dict[str, Any]]:
    setup = get_setup(uow, event)
    return [request_to_dict(r) for r in setup.requests]


def request_to_dict(r: MeetingRequest) -> dict[str, Any]:
    meeting = r.meeting
    return {
        "id": r.key,
        "participants": [p.key for p in r.participants],
        "priority": r.priority,
        "status": r.status,
        "slot": meeting.slot.key if meeting is not None else None,
        "table": meeting.table if meeting is not None else None,
        "outcome": meeting.outcome if meeting is not None else None,
        "follow_up": meeting.follow_up if meeting is not None else None,
    }


# ---------------------------------------------------------------- agendas


@dataclass
class AgendaItem:
    meeting: str
    day: str
    start: str | None
    end: str | None
    slot: str
    table: int | None
    with_: list[str]
    priority: int
    outcome: str | None
    follow_up: str | None


@dataclass
class Agenda:
    event: str
    event_key: str
    participant: str
    participant_key: str
    virtual: bool
    items: list[AgendaItem]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event": self.event,
            "participant": {"id": self.participant_key, "name": self.participant},
            "virtual": self.virtual,
            "meetings": [
                {
                    "meeting": i.meeting,
                    "day": i.day,
                    "start": i.start,
                    "end": i.end,
                    "slot": i.slot,
                    "table": i.table,
                    "with": i.with_,
                    "priority": i.priority,
                    "outcome": i.outcome,
                    "follow_up": i.follow_up,
                }
                for i in self.items
            ],
        }


def _end(start: str | None, minutes: int | None) -> str | None:
    if start is None or minutes is None:
        return None
    hours, mins = int(start[:2]), int(start[3:])
    total = hours * 60 + mins + minutes
    return f"{total // 60 % 24:02d}:{total % 60:02d}"


def agenda(uow: UnitOfWork, *, event: int | str, participant: str) -> Agenda:
    setup = get_setup(uow, event)
    who = find_participant(setup, participant)
    positions = {s.id: k for k, s in enumerate(setup.slots)}
    items: list[tuple[int, AgendaItem]] = []
    for request in setup.requests:
        meeting = request.meeting
        if meeting is None or request.status != "accepted":
            continue
        if who.id not in {m.participant_id for m in request.members}:
            continue
        slot = meeting.slot
        items.append(
            (
                positions[slot.id],
                AgendaItem(
                    meeting=request.key,
                    day=slot.day,
                    start=slot.start,
                    end=_end(slot.start, slot.minutes),
                    slot=slot.key,
                    table=meeting.table,
                    with_=[p.name for p in request.participants if p.id != who.id],
                    priority=request.priority,
                    outcome=meeting.outcome,
                    follow_up=meeting.follow_up,
                ),
            )
        )
    items.sort(key=lambda item: item[0])
    return Agenda(
        event=setup.event.name,
        event_key=setup.event.key,
        participant=who.name,
        participant_key=who.key,
        virtual=setup.tables is None,
        items=[item for _, item in items],
    )


AGENDA_COLUMNS = (
    "day",
    "start",
    "end",
    "slot",
    "table",
    "meeting",
    "with",
    "priority",
    "outcome",
    "follow_up",
)


def agenda_csv(plan: Agenda) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(AGENDA_COLUMNS)
    for i in plan.items:
        writer.writerow(
            [
                i.day,
                i.start or "",
                i.end or "",
                i.slot,
                "" if i.table is None else i.table,
                i.meeting,
                "; ".join(i.with_),
                i.priority,
                i.outcome or "",
                i.follow_up or "",
            ]
        )
    return buffer.getvalue()


def _when(day: str, start: str | None, where: str) -> datetime:
    try:
        moment = date.fromisoformat(day)
    except ValueError as exc:
        raise InvalidInput(
            f"{where}: day {day!r} is not a date (YYYY-MM-DD); the iCalendar agenda needs dates",
            field="day",
        ) from exc
    if start is None:
        raise InvalidInput(f"{where}: the slot has no start time", field="start")
    return datetime(moment.year, moment.month, moment.day, int(start[:2]), int(start[3:]))


def agenda_ics(plan: Agenda) -> bytes:
    """The agenda as an iCalendar file: one event per meeting, in floating local time."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//intercluster//partnering agenda//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"{plan.event}: {plan.participant}")
    stamp = datetime.now(UTC)
    for item in plan.items:
        start = _when(item.day, item.start, f"slot {item.slot}")
        minutes = 30
        if item.start and item.end:
            end_minutes = int(item.end[:2]) * 60 + int(item.end[3:])
            minutes = (end_minutes - (int(item.start[:2]) * 60 + int(item.start[3:]))) % (24 * 60)
        entry = Event()
        entry.add("uid", f"{plan.event_key}-{item.meeting}-{plan.participant_key}@intercluster")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", start)
        entry.add("dtend", start + timedelta(minutes=minutes or 30))
        entry.add("summary", f"Meeting with {', '.join(item.with_)}")
        entry.add(
            "location",
            "Virtual meeting" if plan.virtual else f"{plan.event}, table {item.table}",
        )
        entry.add(
            "description",
            f"Partnering meeting {item.meeting} (priority {item.priority}) at {plan.event}.",
        )
        calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data


def agendas_of_organisation(uow: UnitOfWork, organisation_id: int) -> list[Agenda]:
    """Every partnering agenda in which this organisation takes part (a member's own meetings)."""
    participants = uow.session.scalars(
        select(PartneringParticipant)
        .where(PartneringParticipant.organisation_id == organisation_id)
        .order_by(PartneringParticipant.id)
    )
    return [agenda(uow, event=p.setup.event_id, participant=p.key) for p in participants]
