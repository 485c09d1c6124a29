"""Debriefs: what came of an event, written into the registry in one transaction.

A debrief states facts, and each becomes (or confirms) a relation of the
registry, confirmed since a person states it:

- the cluster `participated_in` the event, with the role its plan decided
  and the number of meetings held (`meetings`) and companies brought
  (`companies`); each delegate company `participated_in` it too;
- each organisation met: `met_with`, with the event, its date and outcome;
- each partnership started: `partner_of` with `since` (the date it started,
  by default the event's start), or `since` added to an existing tie;
- each lead: a row of `programme_leads` (with its owner), which becomes (or
  joins) the company's prospect in prospection, sourced from the event (see
  services/prospection.py), and a `met_with` at the event (a lead was met);
- each follow-up: an action, an owner and a due date, maybe an organisation.

The relations written are listed in `programme_debrief_records`, so the
return on the event counts them for sure. Submitting a debrief again adds
what is new and leaves what is there: nothing is counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from pydantic import Field
from sqlalchemy import select

from intercluster.db.events_models import (
    Debrief,
    DebriefRecord,
    FollowUp,
    Lead,
    ParticipationPlan,
)
from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import normalize_date
from intercluster.domain.vocabulary import PARTNERSHIP_KINDS, Predicate, RelationStatus
from intercluster.errors import InvalidInput, NotFound
from intercluster.schemas import EntityRef, IsoDate, RelationCreate, Strict
from intercluster.services.events_programme.calendar_files import date_range
from intercluster.services.events_programme.common import (
    check_not_home,
    event_dates,
    event_range,
    find_plan,
    home_of,
    organisation,
    resolve_event,
    validate_numbered,
)
from intercluster.services.events_programme.plans import ROLE_OF_DECISION
from intercluster.services.prospection import take_up_lead
from intercluster.services.relations import create_relation

CONFIRMED = RelationStatus.CONFIRMED.value


class MetIn(Strict):
    organisation: EntityRef
    outcome: str | None = Field(default=None, max_length=500)


class LeadIn(Strict):
    organisation: EntityRef
    interest: str | None = Field(default=None, max_length=2000)
    owner: str | None = Field(default=None, max_length=200)


class PartnershipIn(Strict):
    organisation: EntityRef
    kind: str | None = Field(default=None, description=", ".join(PARTNERSHIP_KINDS))
    since: IsoDate = Field(default=None, description="When it started; the event's start if empty")


class FollowUpIn(Strict):
    action: str = Field(min_length=1, max_length=2000)
    owner: str = Field(min_length=1, max_length=200)
    due: IsoDate = Field(description="YYYY-MM-DD")
    organisation: EntityRef | None = None


class DebriefInput(Strict):
    held_on: IsoDate = Field(default=None, description="The debrief's date; today if empty")
    meetings_held: int | None = Field(default=None, ge=0, le=100000)
    met: list[MetIn] = Field(default_factory=list)
    leads: list[LeadIn] = Field(default_factory=list)
    partnerships: list[PartnershipIn] = Field(default_factory=list)
    follow_ups: list[FollowUpIn] = Field(default_factory=list)
    delegation_attended: bool = Field(
        default=True, description="The plan's delegate companies went (recorded as participants)"
    )
    notes: str | None = Field(default=None, max_length=20000)


@dataclass
class DebriefReport:
    event: str
    created: list[int] = field(default_factory=list)  # relation ids written
    confirmed: list[int] = field(default_factory=list)  # relation ids already there
    leads_added: int = 0
    follow_ups_added: int = 0
    entities_added: list[str] = field(default_factory=list)

    def summary(self) -> str:
        added = (
            f"; organisations added: {', '.join(self.entities_added)}"
            if self.entities_added
            else ""
        )
        return (
            f"{self.event}: {len(self.created)} relations written, {len(self.confirmed)} already "
            f"recorded, {self.leads_added} new leads, {self.follow_ups_added} follow-ups{added}"
        )


def parse_debrief(data: Any) -> DebriefInput:
    return validate_numbered(DebriefInput, data)


def _other(relation: Relation, entity: Entity) -> int:
    return relation.object_id if relation.subject_id == entity.id else relation.subject_id


class _Writer:
    """Writes one debrief's relations, remembering each and never writing one twice."""

    def __init__(self, uow: UnitOfWork, debrief: Debrief, report: DebriefReport) -> None:
        self.uow = uow
        self.debrief = debrief
        self.report = report
        self.recorded = {r.relation_id for r in debrief.records}

    def record(self, relation: Relation, kind: str, *, new: bool) -> None:
        (self.report.created if new else self.report.confirmed).append(relation.id)
        if relation.id not in self.recorded:
            self.debrief.records.append(DebriefRecord(relation=relation, kind=kind))
            self.recorded.add(relation.id)

    def create(self, **data: Any) -> Relation:
        relation = create_relation(self.uow, data=RelationCreate(**data))
        self.uow.flush()
        return relation


def _participation(uow: UnitOfWork, subject: Entity, event: Entity) -> Relation | None:
    relations = uow.relations.all(
        RelationFilter(
            predicate=Predicate.PARTICIPATED_IN.value, subject_id=subject.id, object_id=event.id
        )
    )
    return relations[0] if relations else None


def _tie(uow: UnitOfWork, predicate: Predicate, home: Entity, other: Entity) -> list[Relation]:
    return [
        r
        for r in uow.relations.all(RelationFilter(predicate=predicate.value, entity_id=home.id))
        if _other(r, home) == other.id
    ]


def record_debrief(
    uow: UnitOfWork,
    *,
    event: int | str,
    organisation_ref: int | str | None,
    data: DebriefInput,
    create_missing: bool = False,
    today: date | None = None,
) -> DebriefReport:
    """Write the debrief and its facts; the whole of it or, on any bad item, nothing."""
    today = today or date.today()
    entity = resolve_event(uow, event)
    home = home_of(uow, organisation_ref)
    span = event_range(entity)
    if span is not None and span[0] > today:
        raise InvalidInput(
            f"event: {entity.name} starts on {entity.start_date}, after today ({today}); "
            "debrief it once it has taken place",
            field="event",
        )
    plan = find_plan(uow, entity, home)
    if plan is not None and plan.decision == "skip":
        raise InvalidInput(
            f"event: the plan says {home.name} skips {entity.name}; change the decision before "
            "debriefing it",
            field="event",
        )
    held_on = data.held_on or today.isoformat()
    when = entity.start_date or held_on
    report = DebriefReport(event=entity.name)

    def org(ref: EntityRef, where: str) -> Entity:
        found = organisation(
            uow, ref, field=where, create_missing=create_missing, created=report.entities_added
        )
        check_not_home(found, home, field=where)
        return found

    # Resolve every organisation first: a bad name stops the debrief before anything is written.
    met = [(org(m.organisation, f"met.{i + 1}"), m) for i, m in enumerate(data.met)]
    leads = [(org(item.organisation, f"leads.{i + 1}"), item) for i, item in enumerate(data.leads)]
    partnerships: list[tuple[Entity, PartnershipIn, str]] = []
    for i, partnership in enumerate(data.partnerships):
        where = f"partnerships.{i + 1}"
        if partnership.kind and partnership.kind not in PARTNERSHIP_KINDS:
            raise InvalidInput(
                f"{where}.kind: {partnership.kind!r} is not one of {', '.join(PARTNERSHIP_KINDS)}",
                field=f"{where}.kind",
            )
        since = partnership.since or entity.start_date or held_on
        if span is not None and date_range(since, None)[1] < span[0]:
            raise InvalidInput(
                f"{where}.since: {since} is before the event ({event_dates(entity)}); a "
                "partnership started there cannot be older",
                field=f"{where}.since",
            )
        partnerships.append((org(partnership.organisation, where), partnership, since))
    follow_ups: list[tuple[FollowUpIn, Entity | None]] = []
    for i, follow_up in enumerate(data.follow_ups):
        where = f"follow_ups.{i + 1}"
        if follow_up.due is None or len(follow_up.due) != 10:
            raise InvalidInput(
                f"{where}.due: give the due date as YYYY-MM-DD", field=f"{where}.due"
            )
        if span is not None and date_range(follow_up.due, None)[0] < span[0]:
            raise InvalidInput(
                f"{where}.due: {follow_up.due} is before the event ({event_dates(entity)})",
                field=f"{where}.due",
            )
        target = (
            org(follow_up.organisation, f"{where}.organisation") if follow_up.organisation else None
        )
        follow_ups.append((follow_up, target))

    debrief = uow.session.scalar(
        select(Debrief).where(Debrief.event_id == entity.id, Debrief.organisation_id == home.id)
    )
    if debrief is None:
        debrief = Debrief(event=entity, organisation=home)
        uow.session.add(debrief)
    debrief.held_on = normalize_date(held_on, field="held_on")
    if data.meetings_held is not None:
        debrief.meetings_held = data.meetings_held
    if data.notes:
        debrief.notes = data.notes
    uow.flush()
    writer = _Writer(uow, debrief, report)

    _write_participation(uow, writer, home, entity, plan, data, when)
    for company, met_item in met:
        _write_meeting(uow, writer, home, company, entity, when, met_item.outcome)
    for company, item in leads:
        _write_meeting(uow, writer, home, company, entity, when, None)
        lead = uow.session.scalar(
            select(Lead).where(Lead.organisation_id == company.id, Lead.event_id == entity.id)
        )
        if lead is None:
            lead = Lead(
                organisation=company, event=entity, debrief_id=debrief.id,
                interest=item.interest, owner=item.owner,
            )  # fmt: skip
            uow.session.add(lead)
            report.leads_added += 1
        else:
            lead.interest = item.interest or lead.interest
            lead.owner = item.owner or lead.owner
        uow.flush()
        # Prospection takes the lead up: it becomes (or joins) the company's prospect.
        take_up_lead(uow, lead, cluster=home, when=when)
    for partner, partnership, since in partnerships:
        _write_partnership(uow, writer, home, partner, entity, since, partnership.kind)
    existing = {(f.action, f.owner, f.due) for f in debrief.follow_ups}
    for follow_up, target in follow_ups:
        if (follow_up.action, follow_up.owner, follow_up.due) in existing:
            continue
        debrief.follow_ups.append(
            FollowUp(
                action=follow_up.action,
                owner=follow_up.owner,
                due=follow_up.due or "",
                organisation=target,
            )
        )
        report.follow_ups_added += 1
    uow.flush()
    return report


def _write_participation(
    uow: UnitOfWork,
    writer: _Writer,
    home: Entity,
    event: Entity,
    plan: ParticipationPlan | None,
    data: DebriefInput,
    when: str,
) -> None:
    attributes: dict[str, Any] = {}
    if plan is not None:
        attributes["role"] = ROLE_OF_DECISION[plan.decision]
        if plan.sponsor_level:
            attributes["level"] = plan.sponsor_level
        if plan.delegates and data.delegation_attended:
            attributes["companies"] = len(plan.delegates)
    if data.meetings_held is not None:
        attributes["meetings"] = data.meetings_held
    relation = _participation(uow, home, event)
    if relation is None:
        relation = writer.create(
            subject=home.id, predicate="participated_in", object=event.id, date=when,
            attributes={"role": "attendee", **attributes},
        )  # fmt: skip
        writer.record(relation, "participation", new=True)
    else:
        merged = dict(relation.attributes or {})
        # What the debrief states wins over what the plan implied; the plan fills gaps only.
        for name, value in attributes.items():
            if name == "meetings" or name not in merged:
                merged[name] = value
        if merged != relation.attributes:
            relation.attributes = merged
        relation.status = CONFIRMED
        writer.record(relation, "participation", new=False)
    if plan is None or not data.delegation_attended:
        return
    for delegate in plan.delegates:
        existing = _participation(uow, delegate.company, event)
        if existing is None:
            note = f"in the delegation of {home.name}"
            existing = writer.create(
                subject=delegate.company.id, predicate="participated_in", object=event.id,
                date=when, attributes={"role": "attendee", "note": note},
            )  # fmt: skip
            writer.record(existing, "delegation", new=True)
        else:
            writer.record(existing, "delegation", new=False)


def _write_meeting(
    uow: UnitOfWork,
    writer: _Writer,
    home: Entity,
    other: Entity,
    event: Entity,
    when: str,
    outcome: str | None,
) -> None:
    for relation in _tie(uow, Predicate.MET_WITH, home, other):
        if relation.event_id == event.id:
            if outcome and (relation.attributes or {}).get("outcome") != outcome:
                relation.attributes = {**(relation.attributes or {}), "outcome": outcome}
            writer.record(relation, "meeting", new=False)
            return
    attributes: dict[str, Any] = {"event": event.id}
    if outcome:
        attributes["outcome"] = outcome
    relation = writer.create(
        subject=home.id, predicate="met_with", object=other.id, date=when, attributes=attributes
    )
    writer.record(relation, "meeting", new=True)


def _write_partnership(
    uow: UnitOfWork,
    writer: _Writer,
    home: Entity,
    partner: Entity,
    event: Entity,
    since: str,
    kind: str | None,
) -> None:
    ties = _tie(uow, Predicate.PARTNER_OF, home, partner)
    for relation in ties:
        attributes = dict(relation.attributes or {})
        if attributes.get("since") in (None, since):
            attributes["since"] = since
            if kind and not attributes.get("kind"):
                attributes["kind"] = kind
            attributes.setdefault("note", f"started at {event.name}")
            if attributes != relation.attributes:
                relation.attributes = attributes
            writer.record(relation, "partnership", new=False)
            return
    attributes = {"since": since, "note": f"started at {event.name}"}
    if kind:
        attributes["kind"] = kind
    relation = writer.create(
        subject=home.id, predicate="partner_of", object=partner.id, date=since,
        attributes=attributes,
    )  # fmt: skip
    writer.record(relation, "partnership", new=True)


# ---------------------------------------------------------------- reading


def get_debrief(
    uow: UnitOfWork, *, event: int | str, organisation_ref: int | str | None
) -> Debrief:
    entity = resolve_event(uow, event)
    home = home_of(uow, organisation_ref)
    debrief = uow.session.scalar(
        select(Debrief).where(Debrief.event_id == entity.id, Debrief.organisation_id == home.id)
    )
    if debrief is None:
        raise NotFound(f"event: {entity.name} has no debrief yet", field="event")
    return debrief


def debrief_to_dict(uow: UnitOfWork, debrief: Debrief) -> dict[str, Any]:
    leads = uow.session.scalars(
        select(Lead).where(Lead.event_id == debrief.event_id).order_by(Lead.id)
    ).all()
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for record in sorted(debrief.records, key=lambda r: r.relation_id):
        relation = record.relation
        other = (
            relation.object if relation.subject_id == debrief.organisation_id else relation.subject
        )
        if record.kind == "delegation":
            other = relation.subject
        by_kind.setdefault(record.kind, []).append(
            {
                "relation": relation.id,
                "organisation": {"key": other.key, "name": other.name},
                "date": relation.date,
                "attributes": {k: v for k, v in (relation.attributes or {}).items()},
            }
        )
    return {
        "event": {"key": debrief.event.key, "name": debrief.event.name},
        "organisation": {"key": debrief.organisation.key, "name": debrief.organisation.name},
        "held_on": debrief.held_on,
        "meetings_held": debrief.meetings_held,
        "notes": debrief.notes,
        "records": by_kind,
        "leads": [lead_to_dict(lead) for lead in leads],
        "follow_ups": [follow_up_to_dict(f) for f in debrief.follow_ups],
    }


def lead_to_dict(lead: Lead) -> dict[str, Any]:
    return {
        "id": lead.id,
        "organisation": {"key": lead.organisation.key, "name": lead.organisation.name},
        "event": {"key": lead.event.key, "name": lead.event.name} if lead.event else None,
        "interest": lead.interest,
        "owner": lead.owner,
        "status": lead.status,
        "created_at": lead.created_at.isoformat(timespec="seconds"),
    }


def follow_up_to_dict(item: FollowUp) -> dict[str, Any]:
    return {
        "id": item.id,
        "event": {"key": item.debrief.event.key, "name": item.debrief.event.name},
        "action": item.action,
        "owner": item.owner,
        "due": item.due,
        "done": item.done,
        "organisation": (
            {"key": item.organisation.key, "name": item.organisation.name}
            if item.organisation
            else None
        ),
    }


def list_leads(
    uow: UnitOfWork, *, event: int | str | None = None, status: str | None = None
) -> list[Lead]:
    query = select(Lead).order_by(Lead.created_at, Lead.id)
    if event is not None:
        query = query.where(Lead.event_id == resolve_event(uow, event).id)
    if status:
        query = query.where(Lead.status == status)
    return list(uow.session.scalars(query).all())


def list_follow_ups(
    uow: UnitOfWork, *, owner: str | None = None, open_only: bool = True
) -> list[FollowUp]:
    query = select(FollowUp).order_by(FollowUp.due, FollowUp.id)
    if owner:
        query = query.where(FollowUp.owner == owner)
    if open_only:
        query = query.where(FollowUp.done.is_(False))
    return list(uow.session.scalars(query).all())
