"""Routes of the audit trail: changesets (who, when, before/after) and undo."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from intercluster.services import audit as audit_service
from intercluster.services.entities import resolve_entity
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

router = APIRouter(prefix="/audit", tags=["audit"], responses=error_responses(404))


@router.get("/changesets", summary="Recent changesets, newest first, or those about one record")
def list_changesets(
    database: DatabaseDep,
    entity: Annotated[
        str | None, Query(max_length=300, description="Only changes about this record")
    ] = None,
    actor: Annotated[str | None, Query(max_length=400, description="Text in the actor")] = None,
    before: Annotated[
        int | None, Query(ge=1, description="Keyset: changesets older than this id")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> dict[str, Any]:
    with database.uow() as uow:
        if entity:
            found = resolve_entity(uow, entity, field="entity")
            items = audit_service.history_of_entity(uow, found.id, limit=limit)
        else:
            items = audit_service.recent_changesets(uow, limit=limit, before_id=before, actor=actor)
    return {"data": [c.to_dict() for c in items], "count": len(items)}


@router.get("/changesets/{changeset_id}", summary="One changeset with every row it changed")
def read_changeset(changeset_id: int, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        return audit_service.get_changeset(uow, changeset_id).to_dict()


@router.post(
    "/changesets/{changeset_id}/undo",
    status_code=201,
    summary="Undo a changeset (409 when its rows changed since)",
    responses=error_responses(409),
)
def undo_changeset(changeset_id: int, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        undo_id = audit_service.undo_changeset(uow, changeset_id)
    with database.uow() as uow:
        return audit_service.get_changeset(uow, undo_id).to_dict()
