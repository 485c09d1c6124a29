"""Pages of the registry: lists with filters, entity pages, create/edit/merge forms, sources."""

from __future__ import annotations

from typing import Annotated, Any

import pycountry
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import escape
from sqlalchemy import select

from intercluster.db.models import Entity
from intercluster.db.repositories import EntityFilter, RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name, normalize_country
from intercluster.domain.rules import parse_predicate
from intercluster.domain.vocabulary import (
    KIND_TYPES,
    SECTORS,
    EntityKind,
    Predicate,
)
from intercluster.errors import InterclusterError
from intercluster.i18n import gettext_
from intercluster.schemas import EntityCreate, EntityUpdate, RelationCreate, validate
from intercluster.services import audit as audit_service
from intercluster.services import entities as entity_service
from intercluster.services import relations as relation_service
from intercluster.services import sources as source_service
from intercluster.services.merge import merge_entities
from intercluster.services.overview import ORGANISATION_TYPE_NAMES, years_with_data
from intercluster.services.profiles import profile
from intercluster.services.relations import create_relation
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.forms import (
    entity_payload,
    form_values,
    inline_errors,
    parse_year,
    relation_attributes,
)
from intercluster.web.pages.rendering import is_htmx, render
from intercluster.web.security.scope import relation_filters_allowed

router = APIRouter(include_in_schema=False)

SECTIONS: dict[str, EntityKind] = {
    "organizations": EntityKind.ORGANISATION,
    "events": EntityKind.EVENT,
    "projects": EntityKind.PROJECT,
    "entities": EntityKind.PERSON,  # people and places: a plain page, no list of their own
}
HEADINGS = {
    "organizations": ("Organisations", "New organisation"),
    "events": ("Events", "New event"),
    "projects": ("Projects", "New project"),
}
PAGE_SIZE = 50
RELATION_FORM_FIELDS = frozenset({"predicate", "object", "subject", "date"})


def _kind_types(kind: EntityKind) -> list[str]:
    return sorted(t.value for t in KIND_TYPES[kind])


def countries_in_registry(uow: UnitOfWork) -> list[tuple[str, str]]:
    codes = uow.session.scalars(
        select(Entity.country).where(Entity.country.is_not(None)).distinct()
    )
    return sorted(((c, country_name(c) or c) for c in codes if c), key=lambda item: item[1])


def all_countries() -> list[tuple[str, str]]:
    return sorted(((c.alpha_2, c.name) for c in pycountry.countries), key=lambda item: item[1])


# ---------------------------------------------------------------- lists


def _list_page(
    request: Request,
    database: DatabaseDep,
    section: str,
    *,
    q: str | None,
    type: str | None,
    country: str | None,
    sector: str | None,
    year: int | None,
    predicate: str | None,
    offset: int,
) -> HTMLResponse:
    kind = SECTIONS[section]
    params: dict[str, Any] = {
        "q": q, "type": [type] if type else [], "country": country, "sector": sector,
        "year": year, "predicate": predicate,
    }  # fmt: skip
    error = None
    with database.uow() as uow:
        try:
            flt = EntityFilter(
                types=[type] if type else [],
                country=normalize_country(country) if country else None,
                sector=sector or None,
                predicate=predicate or None,
                year=year,
                q=q,
                by_relations=relation_filters_allowed(request, predicate),
            )
            if flt.types:
                entity_service.check_type_in_kind(flt.types[0], kind)
            page = entity_service.list_entities(
                uow, kind=kind, flt=flt, limit=PAGE_SIZE, offset=offset
            )
        except InterclusterError as exc:
            error = exc.message
            page = entity_service.list_entities(
                uow, kind=kind, flt=EntityFilter(), limit=PAGE_SIZE, offset=0
            )
        context = {
            "page": page,
            "params": params,
            "limit": PAGE_SIZE,
            "offset": offset,
            "error": error,
            "show_dates": kind is EntityKind.EVENT,
        }
        if is_htmx(request) and request.headers.get("HX-Target") == "results":
            return render(request, "_entity_rows.html", context)
        heading, new_label = HEADINGS[section]
        context.update(
            heading=gettext_(heading),
            new_url=f"/{section}/new",
            new_label=gettext_(new_label),
            type_choices=_kind_types(kind) if kind is EntityKind.ORGANISATION else [],
            countries=countries_in_registry(uow),
            sectors=SECTORS,
            years=years_with_data(uow),
        )
        return render(request, "entities.html", context, status_code=422 if error else 200)


Text = Annotated[str | None, Query(max_length=200)]
Year = Annotated[int | None, Query(ge=1900, le=2200)]
Offset = Annotated[int, Query(ge=0)]


def _empty_to_none(value: str | None) -> str | None:
    return value if value else None


@router.get("/organizations", response_class=HTMLResponse)
def organisations(
    request: Request, database: DatabaseDep, q: Text = None, type: Text = None,
    country: Text = None, sector: Text = None, year: Annotated[str | None, Query()] = None,
    predicate: Text = None, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    return _list_page(
        request, database, "organizations", q=q, type=_empty_to_none(type), country=country,
        sector=sector, year=parse_year(year), predicate=predicate, offset=offset,
    )  # fmt: skip


@router.get("/events", response_class=HTMLResponse)
def events(
    request: Request, database: DatabaseDep, q: Text = None, country: Text = None,
    sector: Text = None, year: Annotated[str | None, Query()] = None, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    return _list_page(
        request, database, "events", q=q, type=None, country=country, sector=sector,
        year=parse_year(year), predicate=None, offset=offset,
    )  # fmt: skip


@router.get("/projects", response_class=HTMLResponse)
def projects(
    request: Request, database: DatabaseDep, q: Text = None, country: Text = None,
    sector: Text = None, year: Annotated[str | None, Query()] = None, offset: Offset = 0,
) -> HTMLResponse:  # fmt: skip
    return _list_page(
        request, database, "projects", q=q, type=None, country=country, sector=sector,
        year=parse_year(year), predicate=None, offset=offset,
    )  # fmt: skip


# ---------------------------------------------------------------- entity pages


def _find(uow: UnitOfWork, section: str, key: str) -> Entity:
    kinds = (EntityKind.PERSON, EntityKind.PLACE) if section == "entities" else (SECTIONS[section],)
    return entity_service.resolve_entity(uow, key, field="id", kinds=kinds)


def _entity_context(uow: UnitOfWork, section: str, entity: Entity, **extra: Any) -> dict[str, Any]:
    """What entity.html and its fragments need: the profile and the relation form's state."""
    context: dict[str, Any] = {
        "page": profile(uow, entity),
        "base": f"/{section}",
        "predicates": [p.value for p in Predicate],
        "form": {},
        "form_errors": {},
        "can_merge": entity.type in ORGANISATION_TYPE_NAMES,
        "merge_errors": {},
        "history": audit_service.history_of_entity(uow, entity.id, limit=20),
    }
    context.update(extra)
    return context


def _entity_page(
    request: Request,
    uow: UnitOfWork,
    section: str,
    entity: Entity,
    *,
    status_code: int = 200,
    **extra: Any,
) -> HTMLResponse:
    context = _entity_context(uow, section, entity, **extra)
    return render(request, "entity.html", context, status_code=status_code)


def _page_route(section: str) -> None:
    @router.get(f"/{section}/{{key}}", response_class=HTMLResponse, name=f"{section}_page")
    def page(request: Request, key: str, database: DatabaseDep) -> HTMLResponse:
        with database.uow() as uow:
            return _entity_page(request, uow, section, _find(uow, section, key))

    @router.post(f"/{section}/{{key}}/relations", response_class=HTMLResponse)
    async def add_relation(request: Request, key: str, database: DatabaseDep) -> Response:
        values = form_values(await request.form())
        with database.uow() as uow:
            entity = _find(uow, section, key)
            other = values.get("object", "").strip()
            subject, obj = (
                (other, entity.id) if values.get("direction") == "in" else (entity.id, other)
            )
            try:
                data = validate(
                    RelationCreate,
                    {
                        "subject": subject,
                        "object": obj,
                        "predicate": values.get("predicate", ""),
                        "date": values.get("date") or None,
                        "attributes": relation_attributes(values),
                    },
                )
                relation = create_relation(uow, data=data)
                uow.flush()
            except InterclusterError as exc:
                uow.session.rollback()
                errors = inline_errors(exc, RELATION_FORM_FIELDS)
                if errors.keys() <= {"subject"}:
                    errors = {"object": next(iter(errors.values()))}
                if is_htmx(request):
                    return _relation_form(request, uow, section, entity, values, errors)
                return _entity_page(
                    request, uow, section, entity, status_code=422, form=values, form_errors=errors
                )
            message = (
                gettext_("Relation added.") + f" {relation.subject.name} → {relation.object.name}"
            )
            if is_htmx(request):
                return _relation_form(request, uow, section, entity, {}, {}, message, added=True)
        return RedirectResponse(f"/{section}/{key}#relation-{relation.id}", status_code=303)


def _relation_form(
    request: Request,
    uow: UnitOfWork,
    section: str,
    entity: Entity,
    form: dict[str, Any],
    errors: dict[str, str],
    message: str | None = None,
    *,
    added: bool = False,
) -> HTMLResponse:
    context = _entity_context(
        uow, section, entity, form=form, form_errors=errors, form_message=message
    )
    template = "_relation_added.html" if added else "_relation_form.html"
    return render(request, template, context)


# ---------------------------------------------------------------- forms


def _form_context(kind: EntityKind) -> dict[str, Any]:
    return {
        "kind": kind.value,
        "type_choices": _kind_types(kind) if kind is EntityKind.ORGANISATION else [],
        "countries": all_countries(),
        "sectors": SECTORS,
    }


def _fixed_type(kind: EntityKind) -> str | None:
    types = KIND_TYPES[kind]
    return next(iter(types)).value if len(types) == 1 else None


def _form_routes(section: str) -> None:
    kind = SECTIONS[section]
    _, new_label = HEADINGS[section]

    @router.get(f"/{section}/new", response_class=HTMLResponse)
    def new(request: Request) -> HTMLResponse:
        context = {
            **_form_context(kind),
            "heading": gettext_(new_label),
            "action": f"/{section}/new",
            "cancel": f"/{section}",
            "form": {"type": "cluster"} if kind is EntityKind.ORGANISATION else {},
            "errors": {},
        }
        return render(request, "entity_form.html", context)

    @router.post(f"/{section}/new", response_class=HTMLResponse)
    async def create(request: Request, database: DatabaseDep) -> Response:
        values = form_values(await request.form())
        payload = entity_payload(values, for_update=False)
        payload["type"] = _fixed_type(kind) or payload.get("type", "")
        try:
            with database.uow() as uow:
                data = validate(EntityCreate, payload)
                entity_service.check_type_in_kind(data.type, kind)
                key = entity_service.create_entity(uow, data=data).key
        except InterclusterError as exc:
            context = {
                **_form_context(kind),
                "heading": gettext_(new_label),
                "action": f"/{section}/new",
                "cancel": f"/{section}",
                "form": values,
                "errors": inline_errors(exc),
            }
            return render(request, "entity_form.html", context, status_code=422)
        return RedirectResponse(f"/{section}/{key}", status_code=303)

    @router.get(f"/{section}/{{key}}/edit", response_class=HTMLResponse)
    def edit(request: Request, key: str, database: DatabaseDep) -> HTMLResponse:
        with database.uow() as uow:
            entity = entity_service.to_public(_find(uow, section, key))
        form = entity.model_dump()
        form["aliases"] = ", ".join(entity.aliases)
        form = {k: ("" if v is None else v) for k, v in form.items()}
        context = {
            **_form_context(kind),
            "heading": f"{gettext_('Edit')} {entity.name}",
            "action": f"/{section}/{entity.key}/edit",
            "cancel": f"/{section}/{entity.key}",
            "form": form,
            "errors": {},
            "version": entity.version,
        }
        return render(request, "entity_form.html", context)

    @router.post(f"/{section}/{{key}}/edit", response_class=HTMLResponse)
    async def update(request: Request, key: str, database: DatabaseDep) -> Response:
        values = form_values(await request.form())
        payload = entity_payload(values, for_update=True)
        if _fixed_type(kind):
            payload.pop("type", None)
        try:
            with database.uow() as uow:
                entity = _find(uow, section, key)
                data = validate(EntityUpdate, payload)
                entity_service.update_entity(uow, entity_id=entity.id, data=data)
                new_key = entity.key
        except InterclusterError as exc:
            context = {
                **_form_context(kind),
                "heading": f"{gettext_('Edit')} {values.get('name', key)}",
                "action": f"/{section}/{key}/edit",
                "cancel": f"/{section}/{key}",
                "form": values,
                "errors": inline_errors(exc),
                "version": values.get("version"),
            }
            return render(request, "entity_form.html", context, status_code=422)
        return RedirectResponse(f"/{section}/{new_key}", status_code=303)


# Forms first: "/organizations/new" must not be read as the page of an entity keyed "new".
for _section in ("organizations", "events", "projects"):
    _form_routes(_section)
for _section in SECTIONS:
    _page_route(_section)


@router.post("/organizations/{key}/merge", response_class=HTMLResponse)
async def merge(request: Request, key: str, database: DatabaseDep) -> Response:
    values = form_values(await request.form())
    duplicate_ref = str(values.get("duplicate", "")).strip()
    with database.uow() as uow:
        survivor = _find(uow, "organizations", key)
        try:
            duplicate = entity_service.resolve_entity(
                uow, duplicate_ref, field="duplicate", kinds=(EntityKind.ORGANISATION,)
            )
            merge_entities(uow, survivor_id=survivor.id, duplicate_id=duplicate.id)
            uow.flush()
        except InterclusterError as exc:
            uow.session.rollback()
            errors = {
                "duplicate": next(iter(inline_errors(exc, frozenset({"duplicate"})).values()))
            }
            return _entity_page(
                request, uow, "organizations", _find(uow, "organizations", key),
                status_code=422, merge_errors=errors, merge_value=duplicate_ref,
            )  # fmt: skip
    return RedirectResponse(f"/organizations/{key}", status_code=303)


@router.get("/suggest", response_class=HTMLResponse)
def suggest(
    request: Request,
    database: DatabaseDep,
    object: Text = None,
    q: Text = None,
    into: Text = None,
    duplicate: Text = None,
) -> HTMLResponse:
    """Names for a datalist as the user types (the relation and merge forms)."""
    text = (object or q or into or duplicate or "").strip()
    names: list[str] = []
    if text:
        with database.uow() as uow:
            rows, _ = uow.entities.page(EntityFilter(q=text), limit=10, offset=0)
            names = [row.name for row in rows]
    options = "".join(f'<option value="{escape(n)}"></option>' for n in names)
    return HTMLResponse(options)


# ---------------------------------------------------------------- relations


@router.get("/relations", response_class=HTMLResponse)
def relations_page(
    request: Request,
    database: DatabaseDep,
    ids: Annotated[str | None, Query(max_length=5000, pattern=r"^[0-9,]*$")] = None,
    predicate: Text = None,
    year: Annotated[str | None, Query()] = None,
    offset: Offset = 0,
) -> HTMLResponse:
    """Relations by id (the records behind a figure) or by predicate and year."""
    wanted = [int(part) for part in (ids or "").split(",") if part]
    flt = RelationFilter(
        ids=wanted,
        predicate=parse_predicate(predicate).value if predicate else None,
        year=parse_year(year),
    )
    with database.uow() as uow:
        page = relation_service.list_relations(uow, flt=flt, limit=PAGE_SIZE, offset=offset)
    params = {"ids": ids, "predicate": predicate, "year": flt.year}
    context = {"page": page, "params": params, "limit": PAGE_SIZE, "offset": offset}
    return render(request, "relations.html", context)


# ---------------------------------------------------------------- sources


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, database: DatabaseDep) -> HTMLResponse:
    with database.uow() as uow:
        page = source_service.list_sources(uow, q=None, limit=500, offset=0)
    return render(request, "sources.html", {"page": page})


@router.get("/sources/{source_id}", response_class=HTMLResponse)
def source(
    request: Request,
    source_id: int,
    database: DatabaseDep,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> HTMLResponse:
    with database.uow() as uow:
        public = source_service.to_public(source_service.get_source(uow, source_id), with_text=True)
        history = audit_service.history_of_records(uow, [("sources", source_id)], limit=20)
    span = (start, end) if start is not None and end is not None and start < end else None
    return render(request, "source.html", {"source": public, "span": span, "history": history})
