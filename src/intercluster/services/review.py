"""Use cases of the review queue: accept, edit, merge or reject what ingestion proposed.

A proposal is named by a reference: `e12` for entity 12, `r34` for relation
34. Accepting a relation confirms it with its sources, and confirms its two
entities when they were proposals too; rejecting an entity rejects the
proposed relations that name it. Merging folds a proposed entity into an
existing one (relations, aliases and sources move, see `services.merge`).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.vocabulary import RelationStatus
from intercluster.errors import InvalidInput, NotFound
from intercluster.schemas import (
    EntityPublic,
    EntityRef,
    EntityUpdate,
    MergeResult,
    RelationPublic,
    RelationUpdate,
    Strict,
)
from intercluster.services import entities as entity_service
from intercluster.services import relations as relation_service
from intercluster.services.merge import merge_entities

PROPOSED = RelationStatus.PROPOSED.value
CONFIRMED = RelationStatus.CONFIRMED.value
REJECTED = RelationStatus.REJECTED.value
_REF = re.compile(r"^\s*([er])\s*[:#]?\s*(\d+)\s*$", re.IGNORECASE)


class ReviewQueue(BaseModel):
    entities: list[EntityPublic]
    relations: list[RelationPublic]
    entity_count: int
    relation_count: int


class ReviewAction(Strict):
    ids: list[str] = Field(
        default_factory=list, description="Proposals: e12 (entity 12), r34 (relation 34)"
    )
    all: bool = Field(default=False, description="Every proposal (ids must then be empty)")
    min_confidence: float | None = Field(
        default=None, ge=0, le=1, description="With all: only relations at least this sure"
    )


class ReviewMerge(Strict):
    proposed: int = Field(description="Id of the proposed entity to fold in")
    into: EntityRef = Field(description="The existing entity: id, key, name or alias")


class ReviewResult(BaseModel):
    entities: list[int]
    relations: list[int]
    status: str


def parse_ref(text: str) -> tuple[str, int]:
    match = _REF.match(text)
    if match is None:
        raise InvalidInput(
            f"id: {text!r} is not a proposal reference; use e12 for entity 12, r34 for relation 34",
            field="ids",
        )
    return match.group(1).lower(), int(match.group(2))


def list_queue(
    uow: UnitOfWork, *, kind: Literal["entities", "relations"] | None, limit: int, offset: int
) -> ReviewQueue:
    session = uow.session
    entity_stmt = select(Entity).where(Entity.review_status == PROPOSED)
    entity_count = session.scalar(select(func.count()).select_from(entity_stmt.subquery())) or 0
    entities: list[EntityPublic] = []
    if kind in (None, "entities"):
        rows = session.scalars(entity_stmt.order_by(Entity.id).limit(limit).offset(offset))
        entities = [entity_service.to_public(e) for e in rows]
    relation_page = uow.relations.page(
        RelationFilter(status=PROPOSED), limit=limit if kind != "entities" else 0, offset=offset
    )
    relations = [relation_service.to_public(r) for r in relation_page[0]]
    return ReviewQueue(
        entities=entities,
        relations=relations if kind != "entities" else [],
        entity_count=entity_count,
        relation_count=relation_page[1],
    )


def _proposed_entity(uow: UnitOfWork, entity_id: int) -> Entity:
    entity = entity_service.get_entity(uow, entity_id)
    if entity.review_status != PROPOSED:
        raise InvalidInput(
            f"e{entity_id}: {entity.name!r} is {entity.review_status}, not a proposal",
            field="ids",
        )
    return entity


def _proposed_relation(uow: UnitOfWork, relation_id: int) -> Relation:
    relation = relation_service.get_relation(uow, relation_id)
    if relation.status != PROPOSED:
        raise InvalidInput(f"r{relation_id}: the relation is {relation.status}, not a proposal")
    return relation


def _targets(uow: UnitOfWork, action: ReviewAction) -> tuple[list[Entity], list[Relation]]:
    if action.all and action.ids:
        raise InvalidInput("ids: give proposal ids or all, not both", field="ids")
    if action.all:
        every = uow.relations.all(RelationFilter(status=PROPOSED))
        if action.min_confidence is not None:
            floor = action.min_confidence
            return [], [r for r in every if (r.confidence or 0.0) >= floor]
        proposed = select(Entity).where(Entity.review_status == PROPOSED).order_by(Entity.id)
        return list(uow.session.scalars(proposed)), every
    if not action.ids:
        raise InvalidInput("ids: name at least one proposal (e12, r34) or use all", field="ids")
    entities: list[Entity] = []
    relations: list[Relation] = []
    for text in action.ids:
        kind, number = parse_ref(text)
        if kind == "e":
            entities.append(_proposed_entity(uow, number))
        else:
            relations.append(_proposed_relation(uow, number))
    return entities, relations


def accept(uow: UnitOfWork, *, action: ReviewAction) -> ReviewResult:
    """Confirm proposals; a confirmed relation confirms the proposed entities it joins."""
    entities, relations = _targets(uow, action)
    confirmed_entities: list[int] = []
    for relation in relations:
        relation.status = CONFIRMED
        for end in (relation.subject, relation.object):
            if end.review_status == PROPOSED and end not in entities:
                entities.append(end)
    for entity in entities:
        entity.review_status = CONFIRMED
        confirmed_entities.append(entity.id)
    uow.flush()
    return ReviewResult(
        entities=sorted(confirmed_entities),
        relations=sorted(r.id for r in relations),
        status=CONFIRMED,
    )


def reject(uow: UnitOfWork, *, action: ReviewAction) -> ReviewResult:
    """Reject proposals; a rejected entity takes the proposed relations naming it along."""
    entities, relations = _targets(uow, action)
    for entity in entities:
        entity.review_status = REJECTED
        for relation in uow.relations.touching(entity.id):
            if relation.status == PROPOSED and relation not in relations:
                relations.append(relation)
    for relation in relations:
        relation.status = REJECTED
    uow.flush()
    return ReviewResult(
        entities=sorted(e.id for e in entities),
        relations=sorted(r.id for r in relations),
        status=REJECTED,
    )


def merge_proposal(uow: UnitOfWork, *, data: ReviewMerge) -> MergeResult:
    """Fold a proposed entity into the registry entity it duplicates."""
    proposed = _proposed_entity(uow, data.proposed)
    existing = entity_service.resolve_entity(uow, data.into, field="into")
    if existing.id == proposed.id:
        raise InvalidInput("into: a proposal cannot be merged into itself", field="into")
    return merge_entities(uow, survivor_id=existing.id, duplicate_id=proposed.id)


def edit_entity(uow: UnitOfWork, *, entity_id: int, data: EntityUpdate) -> Entity:
    _proposed_entity(uow, entity_id)
    return entity_service.update_entity(uow, entity_id=entity_id, data=data)


def edit_relation(uow: UnitOfWork, *, relation_id: int, data: RelationUpdate) -> Relation:
    _proposed_relation(uow, relation_id)
    return relation_service.update_relation(uow, relation_id=relation_id, data=data)


def get_proposal(uow: UnitOfWork, ref: str) -> Entity | Relation:
    kind, number = parse_ref(ref)
    if kind == "e":
        return entity_service.get_entity(uow, number)
    relation = uow.relations.get(number)
    if relation is None:
        raise NotFound(f"no relation with id {number}", field="id")
    return relation
