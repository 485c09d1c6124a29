"""The audit trail as a page: recent changesets, and undoing one."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from intercluster.services import audit as audit_service
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.rendering import render

router = APIRouter(include_in_schema=False)
PAGE = 30


@router.get("/history", response_class=HTMLResponse)
def history(
    request: Request, database: DatabaseDep, before: int | None = None, actor: str | None = None
) -> HTMLResponse:
    with database.uow() as uow:
        items = audit_service.recent_changesets(
            uow, limit=PAGE, before_id=before, actor=actor or None
        )
    older = items[-1].id if len(items) == PAGE else None
    return render(request, "history.html", {"items": items, "older": older, "actor": actor or ""})


@router.post("/history/{changeset_id}/undo")
async def undo(request: Request, changeset_id: int, database: DatabaseDep) -> Response:
    form = await request.form()
    target = str(form.get("next") or "/history")
    if not target.startswith("/") or target.startswith("//"):
        target = "/history"
    with database.uow() as uow:
        audit_service.undo_changeset(uow, changeset_id)
    return RedirectResponse(target, status_code=303)
