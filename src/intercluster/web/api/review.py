"""Routes for the review queue: what ingestion proposed, to accept, edit, merge or reject."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from intercluster.schemas import (
    EntityPublic,
    EntityUpdate,
    MergeResult,
    RelationPublic,
    RelationUpdate,
)
from intercluster.services import entities as entity_service
from intercluster.services import relations as relation_service
from intercluster.services import review as service
from intercluster.services.review import ReviewAction, ReviewMerge, ReviewQueue, ReviewResult
from intercluster.web.api.params import Limit, Offset
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

router = APIRouter(prefix="/review", tags=["review"])


@router.get("", response_model=ReviewQueue, summary="List proposed entities and relations")
def list_queue(
    database: DatabaseDep,
    kind: Annotated[
        Literal["entities", "relations"] | None, Query(description="Only one kind of proposal")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ReviewQueue:
    with database.uow() as uow:
        return service.list_queue(uow, kind=kind, limit=limit, offset=offset)


@router.post(
    "/accept",
    response_model=ReviewResult,
    summary="Confirm proposals (ids such as e12, r34, or all) with their sources",
    responses=error_responses(404, 409),
)
def accept(body: ReviewAction, database: DatabaseDep) -> ReviewResult:
    with database.uow() as uow:
        return service.accept(uow, action=body)


@router.post(
    "/reject",
    response_model=ReviewResult,
    summary="Reject proposals",
    responses=error_responses(404, 409),
)
def reject(body: ReviewAction, database: DatabaseDep) -> ReviewResult:
    with database.uow() as uow:
        return service.reject(uow, action=body)


@router.post(
    "/merge",
    response_model=MergeResult,
    summary="Fold a proposed entity into an existing one",
    responses=error_responses(404, 409),
)
def merge(body: ReviewMerge, database: DatabaseDep) -> MergeResult:
    with database.uow() as uow:
        return service.merge_proposal(uow, data=body)


@router.patch(
    "/entities/{entity_id}",
    response_model=EntityPublic,
    summary="Correct a proposed entity",
    responses=error_responses(404, 409),
)
def edit_entity(entity_id: int, body: EntityUpdate, database: DatabaseDep) -> EntityPublic:
    with database.uow() as uow:
        return entity_service.to_public(service.edit_entity(uow, entity_id=entity_id, data=body))


@router.patch(
    "/relations/{relation_id}",
    response_model=RelationPublic,
    summary="Correct a proposed relation",
    responses=error_responses(404, 409),
)
def edit_relation(relation_id: int, body: RelationUpdate, database: DatabaseDep) -> RelationPublic:
    with database.uow() as uow:
        relation = service.edit_relation(uow, relation_id=relation_id, data=body)
        return relation_service.to_public(relation)
