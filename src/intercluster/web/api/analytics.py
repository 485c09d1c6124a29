"""Analytics routes: the year's indicators (with chart data), the network's metrics, tie
changes, geography, warm introductions, and downloads of the report and the network.

A page with a year selector calls `/analytics/years` once, then the others
with `year=`; every number comes with the relation ids behind it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from intercluster.analytics.network import Period
from intercluster.db.uow import UnitOfWork
from intercluster.errors import NotFound
from intercluster.reports import exports, render
from intercluster.reports.content import build_report
from intercluster.services import analytics
from intercluster.services.analytics import Indicators
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

router = APIRouter(prefix="/analytics", tags=["analytics"])

YearQuery = Annotated[int, Query(ge=1900, le=2200, description="The year")]
OptionalYear = Annotated[
    int | None, Query(ge=1900, le=2200, description="One year (default: all years)")
]
StartQuery = Annotated[int | None, Query(ge=1900, le=2200, description="First year of a period")]
EndQuery = Annotated[int | None, Query(ge=1900, le=2200, description="Last year of a period")]
OrgQuery = Annotated[
    str | None,
    Query(
        description="The organisation whose network it is (id, key or name); default: the "
        "configured home organisation, else the best-connected one"
    ),
]


def _organisation(uow: UnitOfWork, request: Request, ref: str | None) -> str | int | None:
    if ref:
        return ref
    default = getattr(request.app.state.settings, "home_organisation", None)
    if default:
        try:
            return analytics.home_organisation(uow, default).id
        except NotFound:
            pass  # not in this registry: fall back to the best-connected organisation
    return None


def _period(year: int | None, start: int | None, end: int | None) -> Period:
    if year is not None:
        return analytics.check_period(year, year)
    return analytics.check_period(start, end)


def indicators_body(figures: Indicators) -> dict[str, Any]:
    """Indicators as JSON, with `change` and the series a chart needs for each breakdown."""
    body = asdict(figures)
    for indicator, data in zip(figures.indicators, body["indicators"], strict=True):
        data["change"] = indicator.change
    body["charts"] = [
        {
            "key": breakdown.key,
            "title": breakdown.label,
            "type": "bar",
            "labels": [row.label for row in breakdown.rows],
            "series": [
                {"name": str(figures.year), "values": [row.value for row in breakdown.rows]},
                {
                    "name": str(figures.previous_year),
                    "values": [row.previous for row in breakdown.rows],
                },
            ],
            "records": [row.records for row in breakdown.rows],
        }
        for breakdown in figures.breakdowns
    ]
    return body


@router.get(
    "/years",
    summary="Years with records (for a year selector), latest first",
    responses=error_responses(404),
)
def years(request: Request, database: DatabaseDep, organisation: OrgQuery = None) -> dict[str, Any]:
    with database.uow() as uow:
        try:
            ref = _organisation(uow, request, organisation)
            home = analytics.home_organisation(uow, ref)
        except NotFound:
            if organisation:
                raise
            return {"organisation": None, "years": []}
        found = analytics.years_with_records(uow, organisation=home.id)
        return {"organisation": {"id": home.id, "key": home.key, "name": home.name}, "years": found}


@router.get(
    "/indicators",
    summary="The year's indicators beside the previous year's",
    responses=error_responses(404),
)
def indicators(
    request: Request, database: DatabaseDep, year: YearQuery, organisation: OrgQuery = None
) -> dict[str, Any]:
    with database.uow() as uow:
        ref = _organisation(uow, request, organisation)
        return indicators_body(analytics.indicators(uow, organisation=ref, year=year))


@router.get("/network", summary="Centralities, communities, brokers and ties of a period")
def network(
    database: DatabaseDep,
    year: OptionalYear = None,
    start: StartQuery = None,
    end: EndQuery = None,
    limit: Annotated[int, Query(ge=1, le=5000, description="Nodes and ties at most")] = 500,
) -> dict[str, Any]:
    with database.uow() as uow:
        result = analytics.analyse_network(uow, period=_period(year, start, end))
    body = asdict(result)
    body["truncated"] = len(result.nodes) > limit or len(result.edges) > limit
    body["nodes"], body["edges"] = body["nodes"][:limit], body["edges"][:limit]
    return body


@router.get(
    "/ties",
    summary="New, strengthened and dormant partnerships of a year",
    responses=error_responses(404),
)
def ties(
    request: Request,
    database: DatabaseDep,
    year: YearQuery,
    dormant_after: Annotated[int, Query(ge=1, le=50, description="Years of silence")] = 2,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        ref = _organisation(uow, request, organisation)
        return asdict(
            analytics.tie_changes(uow, organisation=ref, year=year, dormant_after=dormant_after)
        )


@router.get(
    "/geography",
    summary="Countries, regions and continents the ties reach",
    responses=error_responses(404),
)
def geography(
    request: Request,
    database: DatabaseDep,
    year: OptionalYear = None,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        ref = _organisation(uow, request, organisation)
        return asdict(analytics.geography_of(uow, organisation=ref, year=year))


@router.get(
    "/paths",
    summary="Warm introductions: the strongest chains of ties to a target",
    responses=error_responses(404),
)
def paths(
    request: Request,
    database: DatabaseDep,
    target: Annotated[str, Query(description="Organisation to reach: id, key or name")],
    year: Annotated[
        int | None, Query(ge=1900, le=2200, description="As of this year (default: all)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=10)] = 3,
    organisation: OrgQuery = None,
) -> dict[str, Any]:
    with database.uow() as uow:
        ref = _organisation(uow, request, organisation)
        found = analytics.introduction_paths(
            uow, organisation=ref, target=target, year=year, limit=limit
        )
    return {"data": [asdict(p) for p in found], "count": len(found)}


def _download(data: bytes, media_type: str, filename: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def _files(media_types: Iterable[str], what: str) -> dict[int | str, dict[str, Any]]:
    """The 200 response of a download route: the file types it answers, in OpenAPI."""
    content = {
        media_type.split(";")[0]: {"schema": {"type": "string", "format": "binary"}}
        for media_type in media_types
    }
    return {200: {"description": what, "content": content}}


@router.get(
    "/export",
    summary="The network as GraphML or GEXF, or its lists as CSV or XLSX",
    responses={**_files(exports.MEDIA_TYPES.values(), "The export file"), **error_responses(404)},
)
def export(
    request: Request,
    database: DatabaseDep,
    format: Annotated[str, Query(description="graphml, gexf, csv or xlsx")] = "graphml",
    year: OptionalYear = None,
    start: StartQuery = None,
    end: EndQuery = None,
    what: Annotated[
        str | None, Query(description="entities, relations, ties or indicators")
    ] = None,
    organisation: OrgQuery = None,
) -> Response:
    period = _period(year, start, end)
    with database.uow() as uow:
        ref = _organisation(uow, request, organisation)
        data = exports.export_network(
            uow, format=format, period=period, what=what, organisation=ref
        )
    suffix = f"-{period.label}" if period.start or period.end else ""
    name = f"intercluster-network{suffix}{'-' + what if what else ''}.{format}"
    return _download(data, exports.MEDIA_TYPES[format], name.replace("…", "").replace("–", "-"))


REPORT_TYPES = {
    "html": "text/html; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "pdf": "application/pdf",
}


@router.get(
    "/report",
    summary="The year's International deployment report (HTML, Markdown, PDF)",
    responses={**_files(REPORT_TYPES.values(), "The report"), **error_responses(404, 503)},
)
def report(
    request: Request,
    database: DatabaseDep,
    year: YearQuery,
    format: Annotated[str, Query(description="html, md or pdf")] = "html",
    organisation: OrgQuery = None,
) -> Response:
    base_url = str(request.base_url).rstrip("/")
    with database.uow() as uow:
        ref = _organisation(uow, request, organisation)
        document = build_report(uow, year=year, organisation=ref, base_url=base_url)
    data = render.render(document, format)
    filename = f"international-deployment-{year}-{document.organisation_key}.{format}"
    if format == "html":
        return Response(data, media_type=REPORT_TYPES[format])
    return _download(data, REPORT_TYPES[format], filename)
