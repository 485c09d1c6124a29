"""The questions a partnerships team asks of a year: answered from the registry.

Each answer lists the relations behind it, so a figure in a report can always
point at its records and their sources. Only confirmed relations count: a fact
that ingestion proposed, or that a person rejected, is not yet (or not) a fact.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name, year_of
from intercluster.domain.vocabulary import EntityKind, EntityType, Predicate, RelationStatus
from intercluster.services.entities import resolve_entity

CONFIRMED = RelationStatus.CONFIRMED.value


def _other(relation: Relation, entity: Entity) -> Entity:
    return relation.object if relation.subject_id == entity.id else relation.subject


@dataclass
class Partnership:
    partner: str
    partner_key: str
    type: str
    country: str | None
    country_name: str | None
    since: str | None
    kind: str | None
    relation_id: int


def _partnership(relation: Relation, partner: Entity) -> Partnership:
    attributes = relation.attributes or {}
    return Partnership(
        partner=partner.name,
        partner_key=partner.key,
        type=partner.type,
        country=partner.country,
        country_name=country_name(partner.country),
        since=attributes.get("since"),
        kind=attributes.get("kind"),
        relation_id=relation.id,
    )


@dataclass
class Attendance:
    event: str
    event_key: str
    date: str | None
    format: str | None
    city: str | None
    country: str | None
    role: str | None
    level: str | None
    meetings: int | None
    relation_id: int


@dataclass
class ProjectEntry:
    project: str
    project_key: str
    status: str | None
    programme: str | None
    role: str | None
    partners: list[str] = field(default_factory=list)
    relation_id: int = 0


@dataclass
class Membership:
    network: str
    network_key: str
    role: str | None
    date: str | None
    relation_id: int


def partnerships_created(
    uow: UnitOfWork, *, organisation: int | str, year: int, types: tuple[str, ...] = ()
) -> list[Partnership]:
    """Partnerships whose `since` falls in the year (new ties, not strengthened ones)."""
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    result = []
    for relation in uow.relations.all(
        RelationFilter(predicate=Predicate.PARTNER_OF.value, entity_id=org.id, status=CONFIRMED)
    ):
        since = (relation.attributes or {}).get("since")
        partner = _other(relation, org)
        if year_of(since) != year or (types and partner.type not in types):
            continue
        result.append(_partnership(relation, partner))
    return sorted(result, key=lambda p: (p.country or "", p.partner))


def events_attended(uow: UnitOfWork, *, organisation: int | str, year: int) -> list[Attendance]:
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    result = []
    for relation in uow.relations.all(
        RelationFilter(
            predicate=Predicate.PARTICIPATED_IN.value, subject_id=org.id, status=CONFIRMED
        )
    ):
        event = relation.object
        when = event.start_date or relation.date
        if year_of(when) != year:
            continue
        attributes = relation.attributes or {}
        result.append(
            Attendance(
                event=event.name,
                event_key=event.key,
                date=when,
                format=event.format,
                city=event.city,
                country=event.country,
                role=attributes.get("role"),
                level=attributes.get("level"),
                meetings=attributes.get("meetings"),
                relation_id=relation.id,
            )
        )
    return sorted(result, key=lambda a: (a.date or "", a.event))


def projects_of(
    uow: UnitOfWork, *, organisation: int | str, year: int | None = None, status: str | None = None
) -> list[ProjectEntry]:
    """Projects the organisation is in, with the other consortium members."""
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    result = []
    for relation in uow.relations.all(
        RelationFilter(
            predicate=Predicate.CONSORTIUM_MEMBER_OF.value,
            subject_id=org.id,
            year=year,
            status=CONFIRMED,
        )
    ):
        project = relation.object
        project_status = (relation.attributes or {}).get("status") or project.status
        if status and project_status != status:
            continue
        members = uow.relations.all(
            RelationFilter(
                predicate=Predicate.CONSORTIUM_MEMBER_OF.value,
                object_id=project.id,
                status=CONFIRMED,
            )
        )
        result.append(
            ProjectEntry(
                project=project.name,
                project_key=project.key,
                status=project_status,
                programme=project.programme,
                role=(relation.attributes or {}).get("role"),
                partners=sorted(m.subject.name for m in members if m.subject_id != org.id),
                relation_id=relation.id,
            )
        )
    return sorted(result, key=lambda p: p.project)


def memberships(uow: UnitOfWork, *, organisation: int | str) -> list[Membership]:
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    result = [
        Membership(
            network=relation.object.name,
            network_key=relation.object.key,
            role=(relation.attributes or {}).get("role"),
            date=relation.date,
            relation_id=relation.id,
        )
        for relation in uow.relations.all(
            RelationFilter(predicate=Predicate.MEMBER_OF.value, subject_id=org.id, status=CONFIRMED)
        )
        if relation.object.type == EntityType.NETWORK.value
    ]
    return sorted(result, key=lambda m: m.network)


def universities_joined(
    uow: UnitOfWork, *, organisation: int | str, year: int | None = None
) -> list[Partnership]:
    """Universities added to the organisation's university network (kind university-network)."""
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    result = []
    for relation in uow.relations.all(
        RelationFilter(predicate=Predicate.PARTNER_OF.value, entity_id=org.id, status=CONFIRMED)
    ):
        attributes = relation.attributes or {}
        partner = _other(relation, org)
        if partner.type != EntityType.UNIVERSITY.value:
            continue
        if attributes.get("kind") != "university-network":
            continue
        if year is not None and year_of(attributes.get("since") or relation.date) != year:
            continue
        result.append(_partnership(relation, partner))
    return sorted(result, key=lambda p: p.partner)


def projects_led(
    uow: UnitOfWork, *, organisation: int | str, year: int | None = None
) -> list[ProjectEntry]:
    """Projects the organisation leads (`leads`), with their consortium members."""
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    result = []
    for relation in uow.relations.all(
        RelationFilter(
            predicate=Predicate.LEADS.value, subject_id=org.id, year=year, status=CONFIRMED
        )
    ):
        project = relation.object
        if project.type != EntityType.PROJECT.value:
            continue
        members = uow.relations.all(
            RelationFilter(
                predicate=Predicate.CONSORTIUM_MEMBER_OF.value,
                object_id=project.id,
                status=CONFIRMED,
            )
        )
        result.append(
            ProjectEntry(
                project=project.name,
                project_key=project.key,
                status=project.status,
                programme=project.programme,
                role="leader",
                partners=sorted(m.subject.name for m in members if m.subject_id != org.id),
                relation_id=relation.id,
            )
        )
    return sorted(result, key=lambda p: p.project)


@dataclass
class MeetingsAt:
    """The meetings held at one event (or, with `event` None, at no recorded event)."""

    event: str | None
    event_key: str | None
    meetings: int
    partners: list[str] = field(default_factory=list)  # those recorded one by one
    relation_ids: list[int] = field(default_factory=list)


def meetings_held(uow: UnitOfWork, *, organisation: int | str, year: int) -> list[MeetingsAt]:
    """Meetings held in the year, event by event.

    An event counts its own figure ("close to 30 meetings": `meetings` on the
    participation) or the meetings recorded one by one there (`met_with`),
    whichever is larger: the recorded ones are usually among the counted ones,
    so adding both would count them twice.
    """
    org = resolve_entity(uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,))
    found: dict[str | None, MeetingsAt] = {}
    counted: dict[str | None, int] = {}
    for relation in uow.relations.all(
        RelationFilter(
            predicate=Predicate.MET_WITH.value, entity_id=org.id, year=year, status=CONFIRMED
        )
    ):
        event = relation.event
        key = event.key if event else None
        entry = found.setdefault(key, MeetingsAt(event.name if event else None, key, 0))
        entry.partners.append(_other(relation, org).name)
        entry.relation_ids.append(relation.id)
    for attendance in events_attended(uow, organisation=org.id, year=year):
        if not attendance.meetings:
            continue
        entry = found.setdefault(
            attendance.event_key, MeetingsAt(attendance.event, attendance.event_key, 0)
        )
        counted[attendance.event_key] = attendance.meetings
        entry.relation_ids.append(attendance.relation_id)
    for key, entry in found.items():
        entry.meetings = max(counted.get(key, 0), len(entry.partners))
        entry.partners.sort()
        entry.relation_ids.sort()
    return sorted(found.values(), key=lambda m: (m.event is None, m.event or ""))
