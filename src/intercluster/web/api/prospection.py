"""Prospection, internationalisation requests and partner recommendations over JSON.

`/prospects` works for the configured home organisation (the prospecting
cluster) unless `organisation` names another. Lists answer `{data, count}`.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from intercluster.schemas import Page
from intercluster.services import internationalisation as intl
from intercluster.services import prospection as service
from intercluster.services import recommend as recommendations
from intercluster.web.api.params import Limit, Offset
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses
from intercluster.web.security.scope import check_own, member_organisation, staff_only

# Every route names a cluster (the home organisation by default), a company or a request.
prospects = APIRouter(prefix="/prospects", tags=["prospection"], responses=error_responses(404))
# A member company's user reaches its own requests only (web.security.scope).
requests = APIRouter(
    prefix="/internationalisation-requests",
    tags=["internationalisation"],
    responses=error_responses(403, 404),
)
recommend = APIRouter(
    prefix="/recommendations", tags=["recommendations"], responses=error_responses(404)
)
CHANGE = error_responses(409)
ROUTERS = (prospects, requests, recommend)

OrgQuery = Annotated[
    str | None,
    Query(description="The prospecting cluster (default: the home organisation)"),
]


def _home(request: Request, ref: str | None) -> str:
    return ref or str(request.app.state.settings.home_organisation)


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    return {"data": rows[offset : offset + limit], "count": len(rows)}


ProspectPage = Page[service.ProspectPublic]


# ---------------------------------------------------------------- prospects


@prospects.get("", response_model=ProspectPage, summary="Prospects, by stage and due date")
def list_prospects(
    request: Request,
    database: DatabaseDep,
    stage: Annotated[str | None, Query(description="identified, contacted, ...")] = None,
    owner: Annotated[str | None, Query(max_length=200)] = None,
    source_event: Annotated[str | None, Query(description="Event id, key or name")] = None,
    source_partner: Annotated[
        str | None, Query(description="The partner that introduced it: id, key or name")
    ] = None,
    overdue: Annotated[bool, Query(description="Only those whose next action is late")] = False,
    q: Annotated[str | None, Query(max_length=200)] = None,
    organisation: OrgQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    flt = service.ProspectFilter(
        stage=stage,
        owner=owner,
        source_event=source_event,
        source_partner=source_partner,
        q=q,
        overdue=overdue,
    )
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        rows = [
            service.prospect_to_dict(p)
            for p in service.list_prospects(uow, cluster=cluster, flt=flt)
        ]
    return _page(rows, limit, offset)


@prospects.post(
    "",
    response_model=service.ProspectPublic,
    status_code=201,
    summary="Add a prospect",
    responses=CHANGE,
)
def create_prospect(
    request: Request,
    body: service.ProspectCreate,
    database: DatabaseDep,
    organisation: OrgQuery = None,
    create_missing: Annotated[
        bool, Query(description="Add the company to the registry when it is not there")
    ] = False,
) -> dict[str, Any]:
    with database.uow() as uow:
        prospect = service.create_prospect(
            uow,
            cluster_ref=_home(request, organisation),
            data=body,
            create_missing=create_missing,
        )
        return service.prospect_to_dict(prospect, detail=True)


@prospects.get("/funnel", summary="The funnel: stages, conversions, days in stage, sources")
def read_funnel(
    request: Request, database: DatabaseDep, organisation: OrgQuery = None
) -> dict[str, Any]:
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        return service.funnel_to_dict(service.funnel_of(uow, cluster=cluster))


@prospects.get(
    "/{ref}",
    response_model=service.ProspectPublic,
    summary="A prospect with its stages and activity log",
)
def read_prospect(
    request: Request, ref: str, database: DatabaseDep, organisation: OrgQuery = None
) -> dict[str, Any]:
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        return service.prospect_to_dict(
            service.find_prospect(uow, ref, cluster=cluster), detail=True
        )


@prospects.patch(
    "/{ref}",
    response_model=service.ProspectPublic,
    summary="Change owner, next action, due date, interest or source",
    responses=CHANGE,
)
def update_prospect(
    request: Request,
    ref: str,
    body: service.ProspectUpdate,
    database: DatabaseDep,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        prospect = service.find_prospect(uow, ref, cluster=cluster)
        return service.prospect_to_dict(service.update_prospect(uow, prospect, body), detail=True)


@prospects.post(
    "/{ref}/stage",
    response_model=service.ProspectPublic,
    summary="Move a prospect to a stage (joined: a member)",
    responses=CHANGE,
)
def move_prospect(
    request: Request,
    ref: str,
    body: service.StageMove,
    database: DatabaseDep,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        prospect = service.find_prospect(uow, ref, cluster=cluster)
        moved = service.move_prospect(uow, prospect, body)
        return {**service.prospect_to_dict(prospect, detail=True), "moved": moved}


@prospects.post(
    "/{ref}/activities",
    response_model=service.ActivityPublic,
    status_code=201,
    summary="Log a call, e-mail or meeting",
    responses=CHANGE,
)
def log_activity(
    request: Request,
    ref: str,
    body: service.ActivityCreate,
    database: DatabaseDep,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        prospect = service.find_prospect(uow, ref, cluster=cluster)
        return service.activity_to_dict(service.log_activity(uow, prospect, body))


# ---------------------------------------------------------------- internationalisation


@requests.get("", summary="Internationalisation requests, newest first")
def list_requests(
    request: Request,
    database: DatabaseDep,
    company: Annotated[str | None, Query(description="The requesting company")] = None,
    status: Annotated[str | None, Query(description="open, answered or closed")] = None,
    organisation: OrgQuery = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    own = member_organisation(request)  # a member company sees its own requests only
    with database.uow() as uow:
        cluster = service.cluster_of(uow, _home(request, organisation))
        found = intl.list_requests(
            uow, cluster=cluster, organisation=own if own is not None else company, status=status
        )
        rows = [intl.request_to_dict(r) for r in found]
    return _page(rows, limit, offset)


@requests.post("", status_code=201, summary="Record a member company's request", responses=CHANGE)
def create_request(
    request: Request, body: intl.RequestCreate, database: DatabaseDep, organisation: OrgQuery = None
) -> dict[str, Any]:
    own = member_organisation(request)
    if own is not None:  # a member company asks for itself
        body = body.model_copy(update={"organisation": own})
    with database.uow() as uow:
        created = intl.create_request(uow, cluster_ref=_home(request, organisation), data=body)
        return intl.request_to_dict(created)


@requests.get("/{request_id}", summary="A request with its proposals, reasons and warm paths")
def read_request(request_id: int, request: Request, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        found = intl.get_request(uow, request_id)
        check_own(request, found.organisation_id)
        return intl.proposals(uow, found)


@requests.patch("/{request_id}", summary="Change a request's status or goal", responses=CHANGE)
def update_request(
    request_id: int, body: intl.RequestUpdate, request: Request, database: DatabaseDep
) -> dict[str, Any]:
    staff_only(request)
    with database.uow() as uow:
        found = intl.get_request(uow, request_id)
        return intl.request_to_dict(intl.update_request(uow, found, body))


# ---------------------------------------------------------------- recommendations


@recommend.get("", summary="Ranked candidate partners for a strategy, with scores and reasons")
def read_recommendations(
    database: DatabaseDep,
    organisation: Annotated[
        str, Query(alias="for", description="The organisation: id, key, name or alias")
    ],
    sector: Annotated[str | None, Query(description="A sector tag")] = None,
    region: Annotated[
        str | None, Query(description="A country or a grouping (Eastern Europe, Nordics, ...)")
    ] = None,
    new_only: Annotated[bool, Query(description="Leave out existing partners")] = False,
    limit: Annotated[int, Query(ge=1, le=recommendations.MAX_LIMIT)] = 10,
) -> dict[str, Any]:
    with database.uow() as uow:
        found = recommendations.recommend(
            uow,
            organisation=organisation,
            sector=sector,
            region=region,
            limit=limit,
            new_only=new_only,
        )
        rows = found.to_list()
        return {
            "strategy": recommendations.strategy_to_dict(found.strategy),
            "data": rows,
            "count": len(rows),
        }
