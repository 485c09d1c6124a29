"""Pages of the events programme: the calendar (list, month, map), plan and debrief forms, returns.

Routes stay off `/events/{key}` (the registry's event page) except for the
`plan` and `debrief` sub-pages; the booklet downloads come from the API
(`/api/v1/programme/events/{key}/booklet`).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from babel.numbers import format_decimal
from fastapi import APIRouter, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup

from intercluster.db.events_models import COST_CATEGORIES
from intercluster.db.models import Entity
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import is_digits
from intercluster.domain.vocabulary import PARTNERSHIP_KINDS, SECTORS, EventFormat
from intercluster.errors import InterclusterError, InvalidInput, NotFound
from intercluster.i18n import current_language, gettext_
from intercluster.maps.world import countries, project, world_svg
from intercluster.services.events_programme import calendar, debriefs, lines, plans, returns
from intercluster.services.events_programme.common import find_plan, resolve_event
from intercluster.services.events_programme.currency import RATES
from intercluster.services.events_programme.regions import REGIONS
from intercluster.services.events_programme.scoring import WEIGHTS
from intercluster.services.overview import Bar, home_entity
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import form_values
from intercluster.web.pages.rendering import environment, is_htmx, render

router = APIRouter(include_in_schema=False)

Text = Annotated[str | None, Query(max_length=100)]
Message = Annotated[str | None, Query(max_length=1000)]
PLAN_FIELDS = frozenset(
    {"decision", "sponsor_level", "reason", "stand", "stand_host", "notes", *lines.PARSERS}
)
DEBRIEF_FIELDS = frozenset(
    {"held_on", "meetings_held", "notes", "met", "leads", "partnerships", "follow_ups"}
)
PLAN_LISTS = ("co_exhibitors", "delegates", "targets", "staff", "costs", "agenda")
DEBRIEF_LISTS = ("met", "leads", "partnerships", "follow_ups")
MAX_UPLOAD = 5_000_000


def _translate(message: str) -> str:
    """Marks words the pages show through the `words` filter, for the catalogue."""
    return message


SHOWN_WORDS = (
    _translate("exhibit"), _translate("sponsor"), _translate("organise"), _translate("skip"),
    _translate("europe"), _translate("north-america"), _translate("south-america"),
    _translate("asia"), _translate("africa"), _translate("oceania"),
    _translate("participation"), _translate("delegation"), _translate("meeting"),
    _translate("partnership"), _translate("new"), _translate("contacted"),
    _translate("qualified"), _translate("joined"), _translate("dropped"),
)  # fmt: skip


def money(value: Decimal | None) -> str:
    """An amount in the reader's language, with its cents."""
    if value is None:
        return "–"
    return str(format_decimal(value, format="#,##0.00", locale=current_language.get()))


environment.filters["money"] = money


def _home_ref(request: Request) -> str:
    return str(request.app.state.settings.home_organisation)


def _home(uow: UnitOfWork, request: Request) -> Entity:
    home = home_entity(uow, _home_ref(request))
    if home is None:
        raise NotFound(
            "the home organisation is not in the registry yet: load the demo data "
            "(intercluster demo) or set INTERCLUSTER_HOME_ORGANISATION",
            field="organisation",
        )
    return home


def form_errors(error: InterclusterError, known: frozenset[str]) -> dict[str, str]:
    """{box: message}: an item's error goes to its list's box, with the item's line number."""
    field = error.field or "form"
    head, _, rest = field.partition(".")
    message = error.message
    if head in known:
        for prefix in (f"{field}: ", f"{head}: "):
            if message.startswith(prefix):
                message = message[len(prefix) :]
                break
        if rest:
            number, _, sub = rest.partition(".")
            where = f"{gettext_('line')} {number}" + (f", {sub}" if sub else "")
            message = f"{where}: {message}"
        return {head: message}
    return {"form": error.message}


# ---------------------------------------------------------------- calendar


def events_map(entries: list[calendar.CalendarEntry], link: dict[str, str]) -> Markup:
    """The world map shaded by events per country, with a marker listing each country's events."""
    grouped = calendar.by_country(entries)
    shapes = countries()

    def label(code: str, name: str, count: int) -> str:
        names = "; ".join(e.name for e in grouped.get(code, []))
        return f"{name}: {names}" if names else name

    svg = world_svg(
        {code: len(items) for code, items in grouped.items()},
        link=lambda code: link[code],
        label=label,
        title=gettext_("Events on the map"),
    )
    markers = []
    for code, items in sorted(grouped.items()):
        country = shapes.get(code)
        if country is None:
            continue
        x, y = project(*country.centroid())
        names = "; ".join(e.name for e in items)
        radius = min(4 + 2 * len(items), 14)
        markers.append(
            f'<a href="{escape(link[code])}" class="event-marker" data-country="{code}">'
            f'<circle cx="{x:g}" cy="{y:g}" r="{radius}" fill="#d94801" fill-opacity="0.85" '
            f'stroke="#ffffff" stroke-width="1"><title>{escape(names)}</title></circle>'
            f'<text x="{x:g}" y="{y + 3.5:g}" text-anchor="middle" font-size="9" '
            f'fill="#ffffff">{len(items)}</text></a>'
        )
    return Markup(svg.replace("</svg>", f'<g class="event-markers">{"".join(markers)}</g></svg>'))


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(
    request: Request,
    database: DatabaseDep,
    view: Text = "list",
    when: Text = "all",
    region: Text = None,
    sector: Text = None,
    format: Text = None,
    month: Text = None,
    q: Text = None,
) -> HTMLResponse:
    params: dict[str, Any] = {
        "view": view if view in ("list", "month") else "list", "when": when or "all",
        "region": region or None, "sector": sector or None, "format": format or None,
        "month": month or None, "q": q or None,
    }  # fmt: skip
    return _calendar(request, database, params)


def _calendar(
    request: Request,
    database: DatabaseDep,
    params: dict[str, Any],
    *,
    imported: calendar.CalendarImport | None = None,
    import_error: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    error = None
    today = date.today()
    flt = calendar.CalendarFilter(
        when=params["when"], region=params["region"], sector=params["sector"],
        format=params["format"], month=params["month"], q=params["q"],
    )  # fmt: skip
    with database.uow() as uow:
        home = home_entity(uow, _home_ref(request))
        try:
            entries = calendar.calendar_entries(uow, flt=flt, home=home, today=today)
        except InvalidInput as exc:
            error, status_code = exc.message, 422
            entries = calendar.calendar_entries(uow, flt=calendar.CalendarFilter(), home=home)
    month_text = params["month"] or today.strftime("%Y-%m")
    if error and error.startswith("month"):
        month_text = today.strftime("%Y-%m")
    grid = (
        calendar.month_view(entries, month_text, today=today) if params["view"] == "month" else None
    )
    base = {k: v for k, v in params.items() if k != "region"}
    links = {code: "/calendar" + _query(base, region=code) for code in calendar.by_country(entries)}
    context = {
        "params": params,
        "entries": entries,
        "grid": grid,
        "error": error,
        "home": home,
        "map": events_map(entries, links),
        "unmapped": [e for e in entries if not e.country],
        "regions": REGIONS,
        "sectors": SECTORS,
        "formats": [f.value for f in EventFormat],
        "imported": imported,
        "import_error": import_error,
        "query_with": lambda **changes: "/calendar" + _query(params, **changes),
    }
    if is_htmx(request) and request.headers.get("HX-Target") == "calendar-results":
        return render(request, "_calendar_results.html", context, status_code=status_code)
    return render(request, "calendar.html", context, status_code=status_code)


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "")]
    return "?" + urlencode(pairs) if pairs else ""


@router.post("/calendar/import", response_class=HTMLResponse)
async def import_calendar_file(
    request: Request, database: DatabaseDep, file: UploadFile
) -> HTMLResponse:
    values = form_values(await request.form())
    params = {"view": "list", "when": "all", "region": None, "sector": None, "format": None,
              "month": None, "q": None}  # fmt: skip
    try:
        data = await file.read(MAX_UPLOAD)
        if not file.filename:
            raise InvalidInput(gettext_("Choose a file to import."), field="file")
        with database.uow() as uow:
            report = calendar.import_calendar(
                uow, name=file.filename, data=data, update=values.get("update") == "on"
            )
    except InterclusterError as exc:
        return _calendar(request, database, params, import_error=exc.message, status_code=422)
    return _calendar(request, database, params, imported=report)


# ---------------------------------------------------------------- plan


def _plan_form(plan: dict[str, Any]) -> dict[str, Any]:
    form = {k: plan.get(k) or "" for k in ("decision", "sponsor_level", "reason", "stand",
                                            "stand_host", "notes")}  # fmt: skip
    for name in PLAN_LISTS:
        form[name] = lines.format_items(name, plan.get(name) or [])
    form["version"] = plan.get("version") or ""
    return form


def _plan_context(uow: UnitOfWork, request: Request, key: str) -> dict[str, Any]:
    event = resolve_event(uow, key)
    home = _home(uow, request)
    plan = find_plan(uow, event, home)
    shown = plans.plan_to_dict(plan, names=True) if plan is not None else None
    return {
        "event": event,
        "home": home,
        "plan": shown,
        "warnings": plans.overlap_warnings(uow, plan) if plan is not None else [],
        "decisions": ["attend", "exhibit", "sponsor", "organise", "skip"],
        "categories": COST_CATEGORIES,
        "currencies": sorted(RATES.rates),
        "rates": RATES.describe(),
    }


@router.get("/events/{key}/plan", response_class=HTMLResponse)
def plan_page(
    request: Request, key: str, database: DatabaseDep, saved: Text = None
) -> HTMLResponse:
    with database.uow() as uow:
        context = _plan_context(uow, request, key)
        context["form"] = _plan_form(context["plan"] or {})
        context["errors"] = {}
        context["saved"] = saved
        return render(request, "plan.html", context)


@router.post("/events/{key}/plan", response_class=HTMLResponse)
async def save_plan(request: Request, key: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    try:
        data: dict[str, Any] = {
            name: str(values.get(name, "")).strip() or None
            for name in ("decision", "sponsor_level", "reason", "stand", "stand_host", "notes")
        }
        if not data["decision"]:
            raise InvalidInput("decision: choose a decision", field="decision")
        for name in PLAN_LISTS:
            data[name] = lines.parse_text(name, str(values.get(name, "")))
        version = str(values.get("version", "")).strip()
        data["version"] = int(version) if is_digits(version) else None
        with database.uow() as uow:
            event = resolve_event(uow, key)
            plans.save_plan(
                uow,
                event=event.id,
                organisation_ref=_home(uow, request).id,
                data=plans.parse_plan(data),
                create_missing=values.get("create_missing") == "on",
            )
            event_key = event.key
    except InterclusterError as exc:
        if isinstance(exc, NotFound) and exc.field == "event":
            raise
        with database.uow() as uow:
            context = _plan_context(uow, request, key)
            context.update(form=values, errors=form_errors(exc, PLAN_FIELDS), saved=None)
            return render(request, "plan.html", context, status_code=exc.status_code)
    return RedirectResponse(f"/events/{quote(event_key)}/plan?saved=1", status_code=303)


# ---------------------------------------------------------------- debrief


def _debrief_context(uow: UnitOfWork, request: Request, key: str) -> dict[str, Any]:
    event = resolve_event(uow, key)
    home = _home(uow, request)
    try:
        found = debriefs.get_debrief(uow, event=event.id, organisation_ref=home.id)
        shown: dict[str, Any] | None = debriefs.debrief_to_dict(uow, found)
    except NotFound:
        shown = None
    plan = find_plan(uow, event, home)
    return {
        "event": event,
        "home": home,
        "debrief": shown,
        "plan": plans.plan_to_dict(plan, names=True) if plan is not None else None,
        "kinds": PARTNERSHIP_KINDS,
    }


@router.get("/events/{key}/debrief", response_class=HTMLResponse)
def debrief_page(
    request: Request, key: str, database: DatabaseDep, done: Message = None
) -> HTMLResponse:
    with database.uow() as uow:
        context = _debrief_context(uow, request, key)
        context["form"] = {"held_on": date.today().isoformat(), "delegation_attended": "on"}
        context["errors"] = {}
        context["done"] = done
        return render(request, "debrief.html", context)


@router.post("/events/{key}/debrief", response_class=HTMLResponse)
async def save_debrief(request: Request, key: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    try:
        data: dict[str, Any] = {
            "held_on": str(values.get("held_on", "")).strip() or None,
            "notes": str(values.get("notes", "")).strip() or None,
            "delegation_attended": values.get("delegation_attended") == "on",
        }
        meetings = str(values.get("meetings_held", "")).strip()
        if meetings:
            if not is_digits(meetings):
                raise InvalidInput(
                    f"meetings_held: {meetings!r} is not a whole number", field="meetings_held"
                )
            data["meetings_held"] = int(meetings)
        for name in DEBRIEF_LISTS:
            data[name] = lines.parse_text(name, str(values.get(name, "")))
        with database.uow() as uow:
            event = resolve_event(uow, key)
            report = debriefs.record_debrief(
                uow,
                event=event.id,
                organisation_ref=_home(uow, request).id,
                data=debriefs.parse_debrief(data),
                create_missing=values.get("create_missing") == "on",
            )
            event_key = event.key
    except InterclusterError as exc:
        if isinstance(exc, NotFound) and exc.field == "event":
            raise
        with database.uow() as uow:
            context = _debrief_context(uow, request, key)
            errors = form_errors(exc, DEBRIEF_FIELDS)
            if "event" in (exc.field or ""):
                errors = {"form": exc.message}
            context.update(form=values, errors=errors, done=None)
            return render(request, "debrief.html", context, status_code=exc.status_code)
    message = urlencode({"done": report.summary()})
    return RedirectResponse(f"/events/{quote(event_key)}/debrief?{message}", status_code=303)


# ---------------------------------------------------------------- return on events


@router.get("/roi", response_class=HTMLResponse)
def roi_page(request: Request, database: DatabaseDep, year: Text = None) -> HTMLResponse:
    with database.uow() as uow:
        home = _home(uow, request)
        chosen: int | None = None
        if year:
            if not is_digits(year):
                raise InvalidInput(f"year: {year!r} is not a year", field="year")
            chosen = int(year)
        if chosen is None:
            latest = returns.return_on_events(uow, year=date.today().year, organisation_ref=home.id)
            past = [y.year for y in latest.years if y.year <= date.today().year and y.events]
            chosen = max(past) if past else date.today().year
        report = returns.return_on_events(uow, year=chosen, organisation_ref=home.id)
    years = sorted({y.year for y in report.years} | {chosen}, reverse=True)
    bars = [
        Bar(e.name, e.outcomes.points(), f"/events/{e.key}")
        for e in sorted(report.attended, key=lambda e: -e.outcomes.points())
    ]
    series_years = sorted({y for s in report.series for y in s.editions})
    context = {
        "report": report,
        "years": years,
        "bars": bars,
        "series_years": series_years,
        "weights": WEIGHTS,
        "rates": RATES.describe(),
        "translate": gettext_,
    }
    return render(request, "roi.html", context)
