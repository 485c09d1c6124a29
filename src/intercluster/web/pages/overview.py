"""Pages that look across the registry: dashboard, network graph, partner map; language switch."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from intercluster.domain.accounts import Role
from intercluster.domain.normalize import normalize_country
from intercluster.domain.rules import parse_entity_type, parse_predicate
from intercluster.domain.vocabulary import EntityType, Predicate
from intercluster.i18n import LANGUAGES
from intercluster.maps.world import world_svg
from intercluster.services import overview
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import parse_year
from intercluster.web.pages.registry import countries_in_registry
from intercluster.web.pages.rendering import STATIC_DIR, render
from intercluster.web.security.auth import principal_of

router = APIRouter(include_in_schema=False)

Text = Annotated[str | None, Query(max_length=100)]
YearText = Annotated[str | None, Query(max_length=4)]


def _home(request: Request) -> str:
    return str(request.app.state.settings.home_organisation)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, database: DatabaseDep, year: YearText = None) -> Response:
    principal = principal_of(request)
    if principal is not None and principal.role is Role.MEMBER:
        return RedirectResponse("/me", status_code=303)  # a member's home is its own page
    with database.uow() as uow:
        years = overview.years_with_data(uow)
        chosen = parse_year(year) or overview.default_year(years, date.today().year)
        board = overview.dashboard(uow, home_ref=_home(request), year=chosen)
        context = {"board": board, "years": sorted({*years, chosen}, reverse=True)}
        return render(request, "dashboard.html", context)


def _graph_filter(
    predicate: str | None, year: str | None, country: str | None, type: str | None
) -> overview.GraphFilter:
    return overview.GraphFilter(
        predicate=parse_predicate(predicate).value if predicate else None,
        year=parse_year(year),
        country=normalize_country(country) if country else None,
        types=[parse_entity_type(type).value] if type else [],
    )


@router.get("/graph", response_class=HTMLResponse)
def graph(
    request: Request, database: DatabaseDep, predicate: Text = None, year: YearText = None,
    country: Text = None, type: Text = None, focus: Text = None,
) -> HTMLResponse:  # fmt: skip
    _graph_filter(predicate, year, country, type)  # refuse bad filters before drawing
    with database.uow() as uow:
        context = {
            "params": {
                "predicate": predicate,
                "year": parse_year(year),
                "country": country,
                "type": type,
                "focus": focus,
            },
            "predicates": [p.value for p in Predicate],
            "types": [t.value for t in EntityType],
            "countries": countries_in_registry(uow),
            "years": overview.years_with_data(uow),
            "colours": overview.TYPE_COLOURS,
        }
    return render(request, "graph.html", context)


@router.get("/graph/data")
def graph_data(
    database: DatabaseDep, predicate: Text = None, year: YearText = None, country: Text = None,
    type: Text = None,
) -> dict[str, Any]:  # fmt: skip
    flt = _graph_filter(predicate, year, country, type)
    with database.uow() as uow:
        return overview.network_graph(uow, flt=flt)


@router.get("/map", response_class=HTMLResponse)
def partner_map(
    request: Request,
    database: DatabaseDep,
    predicate: Text = "partner_of",
    year: YearText = None,
) -> HTMLResponse:
    chosen = parse_predicate(predicate).value if predicate else None
    with database.uow() as uow:
        rows = overview.partners_by_country(
            uow, home_ref=_home(request), predicate=chosen, year=parse_year(year)
        )
        home = overview.home_entity(uow, _home(request))
        years = overview.years_with_data(uow)
    suffix = f"&predicate={chosen}" if chosen else ""
    svg = world_svg(
        {row.code: row.count for row in rows},
        link=lambda code: f"/organizations?country={code}{suffix}",
        title="Partners by country",
    )
    context = {
        "rows": rows,
        "svg": Markup(svg),
        "home": home,
        "years": years,
        "params": {"predicate": chosen, "year": parse_year(year)},
        "predicates": [p.value for p in Predicate],
    }
    return render(request, "map.html", context)


@router.get("/lang")
def switch_language(code: Text = None, next: Text = "/") -> RedirectResponse:
    # Only paths of this site: never an open redirect to another host.
    target = next if next and next.startswith("/") and not next.startswith("//") else "/"
    response = RedirectResponse(target, status_code=303)
    if code in LANGUAGES:
        response.set_cookie("lang", code, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    return FileResponse(STATIC_DIR / "favicon.svg", media_type="image/svg+xml")
