"""The review queue page: read what ingestion proposed, then accept, reject, merge or edit it.

Documents can be ingested from here too (upload a .txt, .md, .html, .pdf or
.docx): their facts join the queue as proposals, each with the sentence it
came from.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from intercluster.errors import InterclusterError, InvalidInput
from intercluster.i18n import gettext_
from intercluster.ingest.readers import SUFFIXES, read_document
from intercluster.services import review
from intercluster.services.ingestion import ingest_document
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import form_values
from intercluster.web.pages.rendering import render

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 100


def _back(**message: str) -> RedirectResponse:
    return RedirectResponse("/review?" + urlencode(message), status_code=303)


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request,
    database: DatabaseDep,
    done: Annotated[str | None, Query(max_length=500)] = None,
    error: Annotated[str | None, Query(max_length=1000)] = None,
) -> HTMLResponse:
    with database.uow() as uow:
        queue = review.list_queue(uow, kind=None, limit=PAGE_SIZE, offset=0)
    context: dict[str, Any] = {
        "queue": queue,
        "done": done,
        "error": error,
        "suffixes": ", ".join(SUFFIXES),
    }
    return render(request, "review.html", context)


@router.post("/review")
async def decide(request: Request, database: DatabaseDep) -> Response:
    form = await request.form()
    values = form_values(form)
    ids = [str(v) for v in form.getlist("ids")]
    decision = values.get("decision")
    try:
        action = review.ReviewAction(ids=ids, all=values.get("all") == "on" and not ids)
        with database.uow() as uow:
            if decision == "accept":
                result = review.accept(uow, action=action)
            elif decision == "reject":
                result = review.reject(uow, action=action)
            else:
                raise InvalidInput("decision: choose accept or reject", field="decision")
    except InterclusterError as exc:
        return _back(error=exc.message)
    except ValueError as exc:  # pydantic's own checks of the action
        return _back(error=str(exc))
    count = len(result.entities) + len(result.relations)
    return _back(done=f"{count} {gettext_('proposals')} {gettext_(result.status)}")


@router.post("/review/merge")
async def merge(request: Request, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    try:
        proposed = int(str(values.get("proposed", "")))
        with database.uow() as uow:
            result = review.merge_proposal(
                uow, data=review.ReviewMerge(proposed=proposed, into=str(values.get("into", "")))
            )
    except InterclusterError as exc:
        return _back(error=exc.message)
    except ValueError:
        return _back(error="proposed: not a proposal id")
    return _back(done=f"{gettext_('merged into')} {result.survivor.name}")


@router.post("/review/upload")
async def upload(request: Request, database: DatabaseDep, document: UploadFile) -> Response:
    name = Path(document.filename or "document.txt").name
    limit = int(request.app.state.settings.ingest_max_bytes)
    data = await document.read(limit + 1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            parsed = read_document(path, max_bytes=limit)
            with database.uow() as uow:
                report, _ = ingest_document(uow, document=parsed)
        except InterclusterError as exc:
            return _back(error=exc.message)
    if report.status == "unchanged":
        return _back(done=f"{name}: {gettext_('already ingested, nothing new')}")
    return _back(
        done=f"{name}: {report.entities_new} {gettext_('new entities')}, "
        f"{report.relations_new} {gettext_('new relations proposed')}"
    )
