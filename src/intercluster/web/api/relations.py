"""Routes for relations and their evidence."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from intercluster.db.repositories import RelationFilter
from intercluster.schemas import EvidenceIn, Page, RelationCreate, RelationPublic, RelationUpdate
from intercluster.services import relations as service
from intercluster.services.entities import resolve_entity
from intercluster.web.api.params import (
    After,
    CountryParam,
    ExactCount,
    Limit,
    Offset,
    PredicateParam,
    SectorParam,
    StatusParam,
    TextParam,
    TypeParam,
    YearParam,
    country_of,
    predicate_of,
    sector_of,
    status_of,
    types_of,
)
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

router = APIRouter(prefix="/relations", tags=["relations"])

RefParam = Annotated[str | None, Query(description="Entity id, key or name")]


@router.get(
    "",
    response_model=Page[RelationPublic],
    summary="List relations",
    responses=error_responses(404),
)
def list_relations(
    database: DatabaseDep,
    predicate: PredicateParam = None,
    entity: RefParam = None,
    subject: RefParam = None,
    object: RefParam = None,
    year: YearParam = None,
    status: StatusParam = None,
    country: CountryParam = None,
    type: TypeParam = None,
    sector: SectorParam = None,
    q: TextParam = None,
    limit: Limit = 50,
    offset: Offset = 0,
    after: After = None,
    exact_count: ExactCount = False,
) -> Page[RelationPublic]:
    with database.uow() as uow:
        flt = RelationFilter(
            predicate=predicate_of(predicate),
            entity_id=resolve_entity(uow, entity, field="entity").id if entity else None,
            subject_id=resolve_entity(uow, subject, field="subject").id if subject else None,
            object_id=resolve_entity(uow, object, field="object").id if object else None,
            year=year,
            status=status_of(status),
            country=country_of(country),
            types=types_of(type),
            sector=sector_of(sector),
            q=q,
        )
        return service.list_relations(
            uow, flt=flt, limit=limit, offset=offset, after=after, exact_count=exact_count
        )


@router.post(
    "",
    response_model=RelationPublic,
    status_code=201,
    summary="Create a relation",
    responses=error_responses(404, 409),
)
def create_relation(body: RelationCreate, database: DatabaseDep) -> RelationPublic:
    with database.uow() as uow:
        return service.to_public(service.create_relation(uow, data=body))


@router.get(
    "/{relation_id}",
    response_model=RelationPublic,
    summary="Read a relation",
    responses=error_responses(404),
)
def read_relation(relation_id: int, database: DatabaseDep) -> RelationPublic:
    with database.uow() as uow:
        return service.to_public(service.get_relation(uow, relation_id))


@router.patch(
    "/{relation_id}",
    response_model=RelationPublic,
    summary="Update a relation",
    responses=error_responses(404, 409),
)
def update_relation(
    relation_id: int, body: RelationUpdate, database: DatabaseDep
) -> RelationPublic:
    with database.uow() as uow:
        return service.to_public(service.update_relation(uow, relation_id=relation_id, data=body))


@router.delete(
    "/{relation_id}",
    status_code=204,
    summary="Delete a relation",
    responses=error_responses(404, 409),
)
def delete_relation(relation_id: int, database: DatabaseDep) -> Response:
    with database.uow() as uow:
        service.delete_relation(uow, relation_id=relation_id)
    return Response(status_code=204)


@router.post(
    "/{relation_id}/evidence",
    response_model=RelationPublic,
    summary="Add a source span to a relation",
    responses=error_responses(404, 409),
)
def add_evidence(relation_id: int, body: EvidenceIn, database: DatabaseDep) -> RelationPublic:
    with database.uow() as uow:
        return service.to_public(service.add_evidence(uow, relation_id=relation_id, span=body))
