"""Pages of prospection (the Kanban board, the list, the funnel, a prospect), of
internationalisation requests and of partner recommendations.

The board works without JavaScript: every card carries a small form with a
stage select, posted by htmx (the board is re-drawn in place) or as a plain
form (the page is reloaded). `static/prospects.js` adds drag and drop on top:
dropping a card on a column sets that form's select and submits it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from intercluster.db.models import Entity
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import is_digits
from intercluster.domain.prospection import ACTIVITY_KINDS, STAGES
from intercluster.domain.regions import GROUPINGS
from intercluster.domain.vocabulary import SECTORS
from intercluster.errors import InterclusterError, NotFound
from intercluster.i18n import gettext_
from intercluster.schemas import validate
from intercluster.services import audit
from intercluster.services import internationalisation as intl
from intercluster.services import prospection as service
from intercluster.services import recommend as recommendations
from intercluster.services.overview import Bar, home_entity
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import form_values, inline_errors
from intercluster.web.pages.rendering import is_htmx, render, words
from intercluster.web.security.scope import check_own, member_organisation, staff_only

router = APIRouter(include_in_schema=False)

Text = Annotated[str | None, Query(max_length=200)]
PROSPECT_FIELDS = frozenset(
    {"organisation", "stage", "owner", "next_action", "due", "interest", "source_event",
     "source_partner", "since"}
)  # fmt: skip
ACTIVITY_FIELDS = frozenset({"kind", "summary", "happened_on", "by", "event"})
FILTERS = ("stage", "owner", "source_event", "source_partner", "q", "overdue")
REQUEST_FIELDS = frozenset({"organisation", "region", "sector", "goal"})


def _translate(message: str) -> str:
    """Marks words the pages show through the `words` filter, for the catalogue."""
    return message


SHOWN_WORDS = (
    _translate("identified"), _translate("meeting"), _translate("site visit"),
    _translate("proposal"), _translate("lost"), _translate("call"), _translate("email"),
    _translate("note"), _translate("open"), _translate("answered"), _translate("closed"),
)  # fmt: skip


def _cluster(uow: UnitOfWork, request: Request) -> Entity:
    home = home_entity(uow, str(request.app.state.settings.home_organisation))
    if home is None:
        raise NotFound(
            "the home organisation is not in the registry yet: load the demo data "
            "(intercluster demo) or set INTERCLUSTER_HOME_ORGANISATION",
            field="organisation",
        )
    return home


def _filters(
    stage: str | None = None,
    owner: str | None = None,
    source_event: str | None = None,
    q: str | None = None,
    overdue: bool = False,
    source_partner: str | None = None,
) -> dict[str, Any]:
    return {
        "stage": stage or None,
        "owner": owner or None,
        "source_event": source_event or None,
        "source_partner": source_partner or None,
        "q": q or None,
        "overdue": "1" if overdue else None,
    }


def _percent(value: float | None) -> int:
    return round(100 * value) if value is not None else 0


def _pipeline(uow: UnitOfWork, cluster: Entity, params: dict[str, Any]) -> dict[str, Any]:
    """What the board, the list and the funnel need."""
    flt = service.ProspectFilter(
        stage=params["stage"],
        owner=params["owner"],
        source_event=params["source_event"],
        source_partner=params["source_partner"],
        q=params["q"],
        overdue=bool(params["overdue"]),
    )
    today = date.today()
    rows = [
        service.prospect_to_dict(p, today=today)
        for p in service.list_prospects(uow, cluster=cluster, flt=flt, today=today)
    ]
    columns: dict[str, list[dict[str, Any]]] = {stage: [] for stage in STAGES}
    for row in rows:
        columns[row["stage"]].append(row)
    report = service.funnel_of(uow, cluster=cluster, today=today)
    funnel = service.funnel_to_dict(report)
    return {
        "rows": rows,
        "columns": columns,
        "funnel": funnel,
        "reached_bars": [Bar(words(s["stage"]), s["reached"]) for s in funnel["stages"]],
        "conversion_bars": [
            Bar(words(s["stage"]), _percent(s["conversion"]))
            for s in funnel["stages"]
            if s["conversion"] is not None
        ],
        "days_bars": [
            Bar(words(s["stage"]), round(s["median_days"]))
            for s in funnel["stages"]
            if s["median_days"] is not None
        ],
        "event_bars": [Bar(s["source"], s["prospects"]) for s in funnel["by_event"]],
        "join_bars": [Bar(s["source"], s["joined"]) for s in funnel["by_event"]],
        "owners": service.owners(uow, cluster=cluster),
    }


@router.get("/prospects", response_class=HTMLResponse)
def prospects_page(
    request: Request,
    database: DatabaseDep,
    view: Text = "board",
    stage: Text = None,
    owner: Text = None,
    source_event: Text = None,
    source_partner: Text = None,
    q: Text = None,
    overdue: Text = None,
    added: Text = None,
) -> HTMLResponse:
    params = _filters(stage, owner, source_event, q, bool(overdue), source_partner)
    return _prospects(request, database, params, view=view or "board", added=added)


def _prospects(
    request: Request,
    database: DatabaseDep,
    params: dict[str, Any],
    *,
    view: str,
    added: str | None = None,
    form: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    view = view if view in ("board", "list") else "board"
    error = None
    with database.uow() as uow:
        cluster = _cluster(uow, request)
        try:
            context = _pipeline(uow, cluster, params)
        except InterclusterError as exc:
            error, status_code = exc.message, exc.status_code
            params = _filters()
            context = _pipeline(uow, cluster, params)
    context.update(
        cluster=cluster,
        params=params,
        view=view,
        stages=STAGES,
        added=added,
        error=error,
        form=form or {},
        errors=errors or {},
        query_string=urlencode({k: v for k, v in params.items() if v}),
    )
    if is_htmx(request) and request.headers.get("HX-Target") == "pipeline":
        return render(request, "_pipeline.html", context, status_code=status_code)
    return render(request, "prospects.html", context, status_code=status_code)


@router.post("/prospects", response_class=HTMLResponse)
async def add_prospect(request: Request, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    data = {name: str(values.get(name, "")).strip() or None for name in PROSPECT_FIELDS}
    data["stage"] = data["stage"] or "identified"
    try:
        with database.uow() as uow:
            prospect = service.create_prospect(
                uow,
                cluster_ref=_cluster(uow, request).id,
                data=validate(service.ProspectCreate, data),
                create_missing=values.get("create_missing") == "on",
            )
            name = prospect.organisation.name
    except InterclusterError as exc:
        params = _filters()
        return _prospects(
            request, database, params, view="list", form=values,
            errors=inline_errors(exc, PROSPECT_FIELDS), status_code=exc.status_code,
        )  # fmt: skip
    return RedirectResponse(f"/prospects?{urlencode({'added': name})}", status_code=303)


@router.post("/prospects/{ref}/stage", response_class=HTMLResponse)
async def move_prospect(request: Request, ref: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    back = str(values.get("back", "board"))
    data = {
        "stage": str(values.get("stage", "")).strip(),
        "reason": str(values.get("reason", "")).strip() or None,
        "on": str(values.get("on", "")).strip() or None,
    }
    with database.uow() as uow:
        cluster = _cluster(uow, request)
        prospect = service.find_prospect(uow, ref, cluster=cluster)
        prospect_id = prospect.id
        service.move_prospect(uow, prospect, validate(service.StageMove, data))
    if is_htmx(request) and request.headers.get("HX-Target") == "pipeline":
        kept = {k: str(values.get(f"f_{k}", "")).strip() or None for k in FILTERS}
        params = _filters(
            kept["stage"],
            kept["owner"],
            kept["source_event"],
            kept["q"],
            bool(kept["overdue"]),
            kept["source_partner"],
        )
        return _prospects(request, database, params, view="board")
    if back == "detail":
        return RedirectResponse(f"/prospects/{prospect_id}", status_code=303)
    return RedirectResponse("/prospects", status_code=303)


def _detail_context(uow: UnitOfWork, request: Request, ref: str) -> dict[str, Any]:
    cluster = _cluster(uow, request)
    prospect = service.find_prospect(uow, ref, cluster=cluster)
    rows = [
        ("prospects", prospect.id),
        *(("prospect_stage_changes", change.id) for change in prospect.stages),
        *(("prospect_activities", activity.id) for activity in prospect.activities),
    ]
    return {
        "cluster": cluster,
        "history": audit.history_of_records(uow, rows, limit=20),
        "prospect": service.prospect_to_dict(prospect, detail=True),
        "stages": STAGES,
        "kinds": ACTIVITY_KINDS,
        "form": {"happened_on": date.today().isoformat()},
        "errors": {},
        "edit_errors": {},
        "saved": None,
    }


@router.get("/prospects/{ref}", response_class=HTMLResponse)
def prospect_page(
    request: Request, ref: str, database: DatabaseDep, saved: Text = None
) -> HTMLResponse:
    with database.uow() as uow:
        context = _detail_context(uow, request, ref)
        context["saved"] = saved
        return render(request, "prospect.html", context)


@router.post("/prospects/{ref}/activities", response_class=HTMLResponse)
async def add_activity(request: Request, ref: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    data = {name: str(values.get(name, "")).strip() or None for name in ACTIVITY_FIELDS}
    try:
        with database.uow() as uow:
            prospect = service.find_prospect(uow, ref, cluster=_cluster(uow, request))
            prospect_id = prospect.id
            service.log_activity(uow, prospect, validate(service.ActivityCreate, data))
    except InterclusterError as exc:
        if isinstance(exc, NotFound) and exc.field == "prospect":
            raise
        with database.uow() as uow:
            context = _detail_context(uow, request, ref)
            context.update(form=values, errors=inline_errors(exc, ACTIVITY_FIELDS))
            return render(request, "prospect.html", context, status_code=exc.status_code)
    saved = urlencode({"saved": gettext_("The activity is logged.")})
    return RedirectResponse(f"/prospects/{prospect_id}?{saved}", status_code=303)


@router.post("/prospects/{ref}/edit", response_class=HTMLResponse)
async def edit_prospect(request: Request, ref: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    data: dict[str, Any] = {
        name: str(values.get(name, "")).strip() or None
        for name in ("owner", "next_action", "due", "interest", "source_event", "source_partner")
    }
    version = str(values.get("version", "")).strip()
    data["version"] = int(version) if is_digits(version) else None
    try:
        with database.uow() as uow:
            prospect = service.find_prospect(uow, ref, cluster=_cluster(uow, request))
            prospect_id = prospect.id
            service.update_prospect(uow, prospect, validate(service.ProspectUpdate, data))
    except InterclusterError as exc:
        if isinstance(exc, NotFound) and exc.field == "prospect":
            raise
        with database.uow() as uow:
            context = _detail_context(uow, request, ref)
            context["edit_errors"] = inline_errors(exc, PROSPECT_FIELDS)
            context["prospect"].update({k: v for k, v in values.items() if k in PROSPECT_FIELDS})
            return render(request, "prospect.html", context, status_code=exc.status_code)
    saved = urlencode({"saved": gettext_("The prospect is saved.")})
    return RedirectResponse(f"/prospects/{prospect_id}?{saved}", status_code=303)


# ---------------------------------------------------------------- internationalisation


def _requests_context(uow: UnitOfWork, request: Request) -> dict[str, Any]:
    cluster = _cluster(uow, request)
    own = member_organisation(request)  # a member company sees its own requests only
    found = intl.list_requests(uow, cluster=cluster, organisation=own)
    return {
        "cluster": cluster,
        "requests": [intl.request_to_dict(r) for r in found],
        "sectors": SECTORS,
        "groupings": list(GROUPINGS),
        "form": {},
        "errors": {},
    }


@router.get("/internationalisation", response_class=HTMLResponse)
def requests_page(request: Request, database: DatabaseDep) -> HTMLResponse:
    with database.uow() as uow:
        return render(request, "internationalisation.html", _requests_context(uow, request))


@router.post("/internationalisation", response_class=HTMLResponse)
async def add_request(request: Request, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    data = {name: str(values.get(name, "")).strip() or None for name in REQUEST_FIELDS}
    own = member_organisation(request)
    if own is not None:  # a member company asks for itself
        data["organisation"] = str(own)
    try:
        with database.uow() as uow:
            created = intl.create_request(
                uow,
                cluster_ref=_cluster(uow, request).id,
                data=validate(intl.RequestCreate, {k: v for k, v in data.items() if v}),
            )
            request_id = created.id
    except InterclusterError as exc:
        with database.uow() as uow:
            context = _requests_context(uow, request)
            context.update(form=values, errors=inline_errors(exc, REQUEST_FIELDS))
            return render(
                request, "internationalisation.html", context, status_code=exc.status_code
            )
    return RedirectResponse(f"/internationalisation/{request_id}", status_code=303)


@router.get("/internationalisation/{request_id}", response_class=HTMLResponse)
def request_page(request: Request, request_id: int, database: DatabaseDep) -> HTMLResponse:
    with database.uow() as uow:
        found = intl.get_request(uow, request_id)
        check_own(request, found.organisation_id)
        shown = intl.proposals(uow, found)
        history = audit.history_of_records(
            uow, [("internationalisation_requests", found.id)], limit=20
        )
        return render(
            request, "internationalisation_request.html", {"shown": shown, "history": history}
        )


@router.post("/internationalisation/{request_id}/status", response_class=HTMLResponse)
async def request_status(request: Request, request_id: int, database: DatabaseDep) -> Response:
    staff_only(request)
    values = form_values(await request.form())
    with database.uow() as uow:
        found = intl.get_request(uow, request_id)
        intl.update_request(
            uow, found, validate(intl.RequestUpdate, {"status": str(values.get("status", ""))})
        )
    return RedirectResponse(f"/internationalisation/{request_id}", status_code=303)


# ---------------------------------------------------------------- recommendations


@router.get("/recommend", response_class=HTMLResponse)
def recommend_page(
    request: Request,
    database: DatabaseDep,
    organisation: Annotated[str | None, Query(alias="for", max_length=300)] = None,
    sector: Text = None,
    region: Text = None,
    new_only: Text = None,
) -> HTMLResponse:
    form = {
        "for": organisation or str(request.app.state.settings.home_organisation),
        "sector": sector or "",
        "region": region or "",
        "new_only": new_only or "",
    }
    rows: list[dict[str, Any]] | None = None
    errors: dict[str, str] = {}
    status_code = 200
    strategy = None
    with database.uow() as uow:
        if organisation is not None:
            try:
                found = recommendations.recommend(
                    uow,
                    organisation=organisation,
                    sector=sector,
                    region=region,
                    new_only=bool(new_only),
                    limit=20,
                )
                rows = found.to_list()
                strategy = recommendations.strategy_to_dict(found.strategy)
            except InterclusterError as exc:
                errors = inline_errors(exc, frozenset({"for", "sector", "region", "limit"}))
                status_code = exc.status_code
    context = {
        "form": form,
        "rows": rows,
        "strategy": strategy,
        "errors": errors,
        "sectors": SECTORS,
        "groupings": list(GROUPINGS),
        "link": lambda key: "/organizations/" + quote(key or ""),
    }
    return render(request, "recommend.html", context, status_code=status_code)
