"""The analytics page: the year's indicators beside the previous year, ties, network, geography.

The figures come from `services.analytics`, the same functions behind the
API, the CLI and the yearly report, so a number on this page is the number
in the report. Every figure links to the relations behind it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from intercluster.analytics.network import Period
from intercluster.errors import NotFound
from intercluster.maps.world import world_svg
from intercluster.services import analytics
from intercluster.services.overview import Bar, default_year
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import parse_year
from intercluster.web.pages.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/analytics", response_class=HTMLResponse)
def analytics_page(
    request: Request,
    database: DatabaseDep,
    year: Annotated[str | None, Query(max_length=4)] = None,
) -> HTMLResponse:
    home_ref = str(request.app.state.settings.home_organisation)
    with database.uow() as uow:
        try:
            home = analytics.home_organisation(uow, home_ref)
        except NotFound:
            home = analytics.home_organisation(uow, None)  # the best connected organisation
        years = analytics.years_with_records(uow, organisation=home.id)
        chosen = parse_year(year) or default_year(years, date.today().year)
        figures = analytics.indicators(uow, organisation=home.id, year=chosen)
        ties = analytics.tie_changes(uow, organisation=home.id, year=chosen)
        network = analytics.analyse_network(uow, period=Period.of_year(chosen))
        geography = analytics.geography_of(uow, organisation=home.id, year=chosen)
    charts = [
        (
            breakdown.label,
            [
                Bar(row.label, row.value, _records_url(row.records) if row.records else None)
                for row in breakdown.rows
                if row.value
            ],
        )
        for breakdown in figures.breakdowns
    ]
    svg = world_svg(
        {country.code: len(country.organisations) for country in geography.countries},
        link=lambda code: f"/organizations?country={code}",
        title="Countries reached",
    )
    context = {
        "home": home,
        "year": chosen,
        "years": sorted({*years, chosen}, reverse=True),
        "figures": figures,
        "charts": charts,
        "ties": ties,
        "network": network,
        "top_nodes": sorted(network.nodes, key=lambda n: -n.betweenness)[:10],
        "geography": geography,
        "map": Markup(svg),
        "records_url": _records_url,
    }
    return render(request, "analytics.html", context)


def _records_url(ids: list[int]) -> str:
    return "/relations?ids=" + ",".join(str(i) for i in ids)
