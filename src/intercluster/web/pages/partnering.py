"""The partnering page of an event: its set-up, the requests, running the solver, the schedule.

A person uploads the instance (SCHEDULING.md format) or keeps the one set up
from the CLI, runs the solver with a time limit, reads what it reached
against the bound it proved, and opens each participant's agenda (page, CSV,
iCalendar). Re-running after late changes keeps published meetings in place.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from intercluster.domain.normalize import is_digits
from intercluster.errors import InterclusterError, InvalidInput, NotFound
from intercluster.i18n import gettext_
from intercluster.services import partnering
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import form_values
from intercluster.web.pages.rendering import render

router = APIRouter(include_in_schema=False)
MAX_SECONDS = 120


def _back(key: str, **message: str) -> RedirectResponse:
    return RedirectResponse(
        f"/events/{quote(key)}/partnering?" + urlencode(message), status_code=303
    )


@router.get("/events/{key}/partnering", response_class=HTMLResponse)
def partnering_page(
    request: Request, key: str, database: DatabaseDep, done: str | None = None,
    error: str | None = None,
) -> HTMLResponse:  # fmt: skip
    context: dict[str, Any] = {"done": done, "error": error}
    with database.uow() as uow:
        event = partnering.resolve_event(uow, key)
        context["event"] = event
        try:
            context["summary"] = partnering.setup_summary(uow, event=event.id)
        except NotFound:
            context["summary"] = None
            return render(request, "partnering.html", context)
        participants = partnering.participants_of(uow, event=event.id)
        requests = partnering.requests_of(uow, event=event.id)
        schedule = partnering.published_schedule(uow, event=event.id)
    names = {p["id"]: p["name"] for p in participants}
    by_slot: dict[str, list[dict[str, Any]]] = {}
    for r in requests:
        r["names"] = [names.get(p, p) for p in r["participants"]]
        if r["slot"]:
            by_slot.setdefault(r["slot"], []).append(r)
    context.update(
        participants=participants,
        requests=requests,
        schedule=schedule,
        by_slot=by_slot,
        max_seconds=MAX_SECONDS,
    )
    return render(request, "partnering.html", context)


@router.post("/events/{key}/partnering/import")
async def import_instance(
    request: Request, key: str, database: DatabaseDep, instance: UploadFile
) -> Response:
    values = form_values(await request.form())
    try:
        data = await instance.read(20_000_000)
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InvalidInput(f"{instance.filename}: not a JSON instance ({exc})") from exc
        with database.uow() as uow:
            report = partnering.import_partnering(
                uow, event=key, document=document, replace=values.get("replace") == "on"
            )
    except InterclusterError as exc:
        return _back(key, error=exc.message)
    return _back(key, done=report.summary())


@router.post("/events/{key}/partnering/schedule")
async def run_solver(request: Request, key: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    try:
        text = str(values.get("seconds", "10")).strip()
        if not is_digits(text) or not 1 <= int(text) <= MAX_SECONDS:
            raise InvalidInput(
                f"seconds: a time limit from 1 to {MAX_SECONDS} seconds", field="seconds"
            )
        with database.uow() as uow:
            report = partnering.schedule_event(uow, event=key, seconds=float(text))
    except InterclusterError as exc:
        return _back(key, error=exc.message)
    bound = f" / {report.priority_bound}" if report.priority_bound is not None else ""
    message = (
        f"{report.scheduled} / {report.requested} {gettext_('meetings scheduled')}; "
        f"{gettext_('priority')} {report.priority_scheduled}{bound}; "
        f"{gettext_('idle gaps')} {report.idle_gaps}; {gettext_('kept')} {report.kept}, "
        f"{gettext_('moved')} {len(report.moved)}, {gettext_('added')} {len(report.added)}, "
        f"{gettext_('dropped')} {len(report.dropped)}; {report.seconds:.1f} s"
    )
    return _back(key, done=message)


@router.get("/events/{key}/partnering/agenda/{participant}", response_class=HTMLResponse)
def agenda_page(
    request: Request, key: str, participant: str, database: DatabaseDep
) -> HTMLResponse:
    with database.uow() as uow:
        plan = partnering.agenda(uow, event=key, participant=participant)
    return render(request, "agenda.html", {"plan": plan})
