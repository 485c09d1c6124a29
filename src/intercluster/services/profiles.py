"""An entity's page: its profile, its relations grouped by predicate, its timeline.

Organisation, event and project pages share this view model; each kind adds
the lists its page leads with (an event's participants and meetings, a
project's consortium).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.vocabulary import PREDICATES, Predicate
from intercluster.schemas import EntityPublic, EvidencePublic, RelationPublic
from intercluster.services.entities import to_public
from intercluster.services.relations import to_public as relation_public
from intercluster.services.sources import evidence_public


@dataclass
class Link:
    """One relation seen from the entity whose page this is."""

    relation_id: int
    predicate: str
    direction: str  # "out" (this entity is the subject), "in", or "both" (symmetric)
    other: Entity
    date: str | None
    status: str
    attributes: dict[str, object]
    event: Entity | None
    evidence: list[EvidencePublic]


@dataclass
class Profile:
    entity: EntityPublic
    groups: dict[str, list[Link]] = field(default_factory=dict)
    timeline: list[Link] = field(default_factory=list)
    events: list[Link] = field(default_factory=list)
    projects: list[Link] = field(default_factory=list)
    participants: list[Link] = field(default_factory=list)
    meetings: list[RelationPublic] = field(default_factory=list)
    consortium: list[Link] = field(default_factory=list)


def _link(relation: Relation, entity_id: int) -> Link:
    symmetric = PREDICATES[Predicate(relation.predicate)].symmetric
    outgoing = relation.subject_id == entity_id
    return Link(
        relation_id=relation.id,
        predicate=relation.predicate,
        direction="both" if symmetric else ("out" if outgoing else "in"),
        other=relation.object if outgoing else relation.subject,
        date=relation.date,
        status=relation.status,
        attributes=dict(relation.attributes or {}),
        event=relation.event,
        evidence=[evidence_public(e) for e in relation.evidence],
    )


def profile(uow: UnitOfWork, entity: Entity) -> Profile:
    links = [_link(r, entity.id) for r in uow.relations.all(RelationFilter(entity_id=entity.id))]
    page = Profile(entity=to_public(entity))
    for link in sorted(links, key=lambda item: (item.predicate, item.other.name)):
        page.groups.setdefault(link.predicate, []).append(link)
    # Undated facts go last on the timeline: they are true, but not of a moment.
    page.timeline = sorted(
        links, key=lambda item: (item.date is None, item.date or ""), reverse=False
    )
    page.events = [
        link
        for link in links
        if link.predicate == Predicate.PARTICIPATED_IN and link.direction == "out"
    ]
    page.projects = [
        link
        for link in links
        if link.predicate in (Predicate.CONSORTIUM_MEMBER_OF, Predicate.LEADS)
        and link.direction == "out"
        and link.other.type == "project"
    ]
    if entity.type == "event":
        page.participants = [
            link
            for link in links
            if link.predicate in (Predicate.PARTICIPATED_IN, Predicate.ORGANIZED)
        ]
        page.meetings = [
            relation_public(r)
            for r in uow.session.scalars(
                select(Relation)
                .where(Relation.event_id == entity.id)
                .options(*uow.relations.eager())
                .order_by(Relation.date, Relation.id)
            )
        ]
    if entity.type == "project":
        page.consortium = [
            link
            for link in links
            if link.predicate in (Predicate.CONSORTIUM_MEMBER_OF, Predicate.LEADS)
        ]
    return page
