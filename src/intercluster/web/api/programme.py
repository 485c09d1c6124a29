"""The events programme over JSON: calendar, plans, booklets, debriefs, leads, the return on events.

Every route works for the configured home organisation (the cluster whose
programme it is) unless `organisation` names another.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response, UploadFile

from intercluster.services.events_programme import booklet as booklets
from intercluster.services.events_programme import calendar, debriefs, plans, returns
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

router = APIRouter(prefix="/programme", tags=["events programme"])

OrgQuery = Annotated[
    str | None,
    Query(description="The cluster whose programme it is (default: the home organisation)"),
]
CreateMissing = Annotated[
    bool, Query(description="Add organisations not yet in the registry, as companies")
]
MAX_UPLOAD = 5_000_000


def _home(request: Request, ref: str | None) -> str:
    return ref or str(request.app.state.settings.home_organisation)


@router.get("/calendar", summary="Events past and upcoming, filtered")
def read_calendar(
    request: Request,
    database: DatabaseDep,
    when: Annotated[str, Query(description="upcoming, past or all")] = "all",
    region: Annotated[
        str | None, Query(description="World region (europe, north-america, ...) or a country")
    ] = None,
    sector: Annotated[str | None, Query(description="A sector tag")] = None,
    format: Annotated[str | None, Query(description="in_person, virtual or hybrid")] = None,
    month: Annotated[str | None, Query(description="YYYY-MM")] = None,
    year: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words of the name")] = None,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    from intercluster.services.overview import home_entity

    flt = calendar.CalendarFilter(
        when=when, region=region, sector=sector, format=format, month=month, year=year, q=q
    )
    with database.uow() as uow:
        home = home_entity(uow, _home(request, organisation))
        rows = [e.to_dict() for e in calendar.calendar_entries(uow, flt=flt, home=home)]
    return {"data": rows, "count": len(rows)}


@router.post(
    "/calendar/import",
    summary="Add the events of an iCalendar (.ics) or CSV file",
    responses=error_responses(409),
)
async def import_calendar(
    database: DatabaseDep,
    file: UploadFile,
    update: Annotated[
        bool, Query(description="Take the file's values for events already in the registry")
    ] = False,
) -> dict[str, Any]:
    data = await file.read(MAX_UPLOAD)
    with database.uow() as uow:
        report = calendar.import_calendar(
            uow, name=file.filename or "upload", data=data, update=update
        )
    return report.to_dict()


@router.get(
    "/events/{ref}/plan",
    summary="The cluster's participation plan for an event",
    responses=error_responses(404),
)
def read_plan(
    request: Request, ref: str, database: DatabaseDep, organisation: OrgQuery = None
) -> dict[str, Any]:
    with database.uow() as uow:
        plan = plans.get_plan(uow, event=ref, organisation_ref=_home(request, organisation))
        return {**plans.plan_to_dict(plan), "warnings": plans.overlap_warnings(uow, plan)}


@router.put(
    "/events/{ref}/plan",
    summary="Create or replace the plan (the whole of it)",
    responses={
        # 200 replaces the plan; 201 when there was none yet
        201: {"description": "The plan did not exist and was created"},
        **error_responses(404, 409),
    },
)
def put_plan(
    request: Request,
    ref: str,
    body: plans.PlanInput,
    database: DatabaseDep,
    response: Response,
    organisation: OrgQuery = None,
    create_missing: CreateMissing = False,
) -> dict[str, Any]:
    with database.uow() as uow:
        saved = plans.save_plan(
            uow,
            event=ref,
            organisation_ref=_home(request, organisation),
            data=body,
            create_missing=create_missing,
        )
        result = {**plans.plan_to_dict(saved.plan), "warnings": saved.warnings}
    if saved.created:
        response.status_code = 201
    return result


@router.get(
    "/events/{ref}/booklet",
    summary="The delegation booklet (HTML or PDF)",
    responses=error_responses(404, 503),
)
def read_booklet(
    request: Request,
    ref: str,
    database: DatabaseDep,
    format: Annotated[str, Query(description="html or pdf")] = "html",
    organisation: OrgQuery = None,
) -> Response:
    with database.uow() as uow:
        document = booklets.build_booklet(
            uow, event=ref, organisation_ref=_home(request, organisation)
        )
    data = booklets.render_booklet(document, format)
    name = f"booklet-{document.event_key}.{format}"
    if format == "html":
        return Response(data, media_type="text/html; charset=utf-8")
    return Response(
        data,
        media_type="application/pdf",
        headers={"content-disposition": f'attachment; filename="{name}"'},
    )


@router.get(
    "/events/{ref}/debrief",
    summary="The event's debrief and what it wrote",
    responses=error_responses(404),
)
def read_debrief(
    request: Request, ref: str, database: DatabaseDep, organisation: OrgQuery = None
) -> dict[str, Any]:
    with database.uow() as uow:
        found = debriefs.get_debrief(uow, event=ref, organisation_ref=_home(request, organisation))
        return debriefs.debrief_to_dict(uow, found)


@router.post(
    "/events/{ref}/debrief",
    status_code=201,
    summary="Record a debrief; its facts are written into the registry (all or nothing)",
    responses=error_responses(404, 409),
)
def post_debrief(
    request: Request,
    ref: str,
    body: debriefs.DebriefInput,
    database: DatabaseDep,
    organisation: OrgQuery = None,
    create_missing: CreateMissing = False,
) -> dict[str, Any]:
    with database.uow() as uow:
        report = debriefs.record_debrief(
            uow,
            event=ref,
            organisation_ref=_home(request, organisation),
            data=body,
            create_missing=create_missing,
        )
    return {
        "summary": report.summary(),
        "created": report.created,
        "confirmed": report.confirmed,
        "leads_added": report.leads_added,
        "follow_ups_added": report.follow_ups_added,
        "entities_added": report.entities_added,
    }


@router.get(
    "/leads", summary="Leads created at events, for prospection", responses=error_responses(404)
)
def read_leads(
    database: DatabaseDep,
    event: Annotated[str | None, Query(description="Only this event's")] = None,
    status: Annotated[str | None, Query(description="new, contacted, ...")] = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        found = debriefs.list_leads(uow, event=event, status=status)
        rows = [debriefs.lead_to_dict(x) for x in found]
    return {"data": rows, "count": len(rows)}


@router.get("/follow-ups", summary="Follow-ups of debriefs, soonest due first")
def read_follow_ups(
    database: DatabaseDep,
    owner: Annotated[str | None, Query()] = None,
    done: Annotated[bool, Query(description="Include the done ones")] = False,
) -> dict[str, Any]:
    with database.uow() as uow:
        rows = [
            debriefs.follow_up_to_dict(x)
            for x in debriefs.list_follow_ups(uow, owner=owner, open_only=not done)
        ]
    return {"data": rows, "count": len(rows)}


@router.get(
    "/roi",
    summary="The return on the year's events, years compared, next year's proposal",
    responses=error_responses(404),
)
def read_roi(
    request: Request,
    database: DatabaseDep,
    year: Annotated[int, Query(ge=1900, le=2200)],
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        report = returns.return_on_events(
            uow, year=year, organisation_ref=_home(request, organisation)
        )
    return report.to_dict()
