"""Routes for sources: the documents facts come from."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from intercluster.schemas import Page, SourceCreate, SourcePublic, SourceUpdate
from intercluster.services import sources as service
from intercluster.web.api.params import Limit, Offset
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

router = APIRouter(prefix="/sources", tags=["sources"])


@router.get("", response_model=Page[SourcePublic], summary="List sources (without their text)")
def list_sources(
    database: DatabaseDep,
    q: Annotated[str | None, Query(max_length=200, description="Text in the name")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[SourcePublic]:
    with database.uow() as uow:
        return service.list_sources(uow, q=q, limit=limit, offset=offset)


@router.post(
    "",
    response_model=SourcePublic,
    status_code=201,
    summary="Store a document",
    responses=error_responses(409),
)
def create_source(body: SourceCreate, database: DatabaseDep) -> SourcePublic:
    with database.uow() as uow:
        return service.to_public(service.add_source(uow, data=body), with_text=True)


@router.get(
    "/{source_id}",
    response_model=SourcePublic,
    summary="Read a source with its text",
    responses=error_responses(404),
)
def read_source(source_id: int, database: DatabaseDep) -> SourcePublic:
    with database.uow() as uow:
        return service.to_public(service.get_source(uow, source_id), with_text=True)


@router.patch(
    "/{source_id}",
    response_model=SourcePublic,
    summary="Update a source's metadata",
    responses=error_responses(404, 409),
)
def update_source(source_id: int, body: SourceUpdate, database: DatabaseDep) -> SourcePublic:
    with database.uow() as uow:
        return service.to_public(service.update_source(uow, source_id=source_id, data=body))


@router.delete(
    "/{source_id}",
    status_code=204,
    summary="Delete a source and its evidence spans",
    responses=error_responses(404, 409),
)
def delete_source(source_id: int, database: DatabaseDep) -> Response:
    with database.uow() as uow:
        service.delete_source(uow, source_id=source_id)
    return Response(status_code=204)
