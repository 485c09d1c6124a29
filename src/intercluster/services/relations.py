"""Use cases on relations: typed, dated edges with attributes, status and evidence."""

from __future__ import annotations

from typing import Any

from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import year_of
from intercluster.domain.rules import check_relation_types, normalize_attributes
from intercluster.domain.vocabulary import PREDICATES, EntityKind, EntityType, Predicate
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EvidenceIn, Page, RelationCreate, RelationPublic, RelationUpdate
from intercluster.services.entities import check_version, resolve_entity, to_brief
from intercluster.services.sources import evidence_public, make_evidence


def to_public(relation: Relation) -> RelationPublic:
    return RelationPublic(
        id=relation.id,
        subject=to_brief(relation.subject),
        predicate=relation.predicate,
        object=to_brief(relation.object),
        date=relation.date,
        year=relation.year,
        status=relation.status,
        attributes=dict(relation.attributes or {}),
        event=to_brief(relation.event) if relation.event is not None else None,
        confidence=relation.confidence,
        evidence=[evidence_public(e) for e in relation.evidence],
        version=relation.version,
    )


def _split_event(
    uow: UnitOfWork, predicate: Predicate, attributes: dict[str, Any]
) -> tuple[dict[str, Any], Entity | None]:
    """Validate attributes; the `event` of a meeting becomes a reference, not text."""
    clean = normalize_attributes(predicate, attributes)
    ref = clean.pop("event", None)
    if ref is None:
        return clean, None
    event = resolve_entity(uow, ref, field="attributes.event", kinds=(EntityKind.EVENT,))
    return clean, event


def _check_not_duplicate(
    uow: UnitOfWork,
    *,
    subject: Entity,
    predicate: Predicate,
    obj: Entity,
    date: str | None,
    exclude_id: int | None = None,
) -> None:
    same = uow.relations.find_same(
        subject_id=subject.id,
        predicate=predicate.value,
        object_id=obj.id,
        date=date,
        symmetric=PREDICATES[predicate].symmetric,
        exclude_id=exclude_id,
    )
    if same is not None:
        when = f" dated {date}" if date else " without a date"
        raise Conflict(
            f"relation: {subject.name} {predicate.value} {obj.name}{when} already exists "
            f"(relation {same.id}); add a source to it instead",
            field="relation",
            details={"existing": {"id": same.id}},
        )


def create_relation(uow: UnitOfWork, *, data: RelationCreate) -> Relation:
    predicate = Predicate(data.predicate)
    subject = resolve_entity(uow, data.subject, field="subject")
    obj = resolve_entity(uow, data.object, field="object")
    if subject.id == obj.id:
        raise InvalidInput("object: a relation must join two different entities", field="object")
    check_relation_types(predicate, EntityType(subject.type), EntityType(obj.type))
    attributes, event = _split_event(uow, predicate, data.attributes)
    _check_not_duplicate(uow, subject=subject, predicate=predicate, obj=obj, date=data.date)
    relation = Relation(
        subject=subject,
        predicate=predicate.value,
        object=obj,
        date=data.date,
        year=year_of(data.date),
        status=data.status,
        attributes=attributes,
        event=event,
        confidence=data.confidence,
    )
    for index, span in enumerate(data.evidence):
        relation.evidence.append(make_evidence(uow, span, field=f"evidence.{index}"))
    return uow.relations.add(relation)


def get_relation(uow: UnitOfWork, relation_id: int) -> Relation:
    relation = uow.relations.get(relation_id)
    if relation is None:
        raise NotFound(f"no relation with id {relation_id}", field="id")
    return relation


def update_relation(uow: UnitOfWork, *, relation_id: int, data: RelationUpdate) -> Relation:
    relation = get_relation(uow, relation_id)
    check_version(f"relation {relation.id}", relation.version, data.version)
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    predicate = Predicate(relation.predicate)
    if "status" in changes:
        if changes["status"] is None:
            raise InvalidInput("status: must not be empty", field="status")
        relation.status = changes["status"]
    if "date" in changes:
        _check_not_duplicate(
            uow,
            subject=relation.subject,
            predicate=predicate,
            obj=relation.object,
            date=changes["date"],
            exclude_id=relation.id,
        )
        relation.date = changes["date"]
        relation.year = year_of(relation.date)
    if "attributes" in changes:
        relation.attributes, relation.event = _split_event(
            uow, predicate, changes["attributes"] or {}
        )
    if "confidence" in changes:
        relation.confidence = changes["confidence"]
    uow.flush()
    return relation


def add_evidence(uow: UnitOfWork, *, relation_id: int, span: EvidenceIn) -> Relation:
    """Another source for the same fact; the same span twice is kept once."""
    relation = get_relation(uow, relation_id)
    for existing in relation.evidence:
        if (existing.source_id, existing.start_offset, existing.end_offset) == (
            span.source_id,
            span.start,
            span.end,
        ):
            return relation
    relation.evidence.append(make_evidence(uow, span))
    uow.flush()
    return relation


def delete_relation(uow: UnitOfWork, *, relation_id: int) -> None:
    uow.relations.delete(get_relation(uow, relation_id))


def list_relations(
    uow: UnitOfWork,
    *,
    flt: RelationFilter,
    limit: int,
    offset: int,
    after: str | None = None,
    exact_count: bool = False,
) -> Page[RelationPublic]:
    window = uow.relations.window(
        flt, limit=limit, offset=offset, after=after, exact_count=exact_count
    )
    return Page[RelationPublic](
        data=[to_public(r) for r in window.rows],
        count=window.count,
        count_exact=window.count_exact,
        next_cursor=window.next_cursor,
    )
