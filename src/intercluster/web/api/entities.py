"""Routes for each family of entities: organisations, people, events, projects, places.

The five families share one router factory: they differ only in their
create schema and in which entity types they hold.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel

from intercluster.db.repositories import EntityFilter
from intercluster.domain.vocabulary import EntityKind, EntityType
from intercluster.schemas import (
    EntityCreate,
    EntityPublic,
    EntityUpdate,
    EventCreate,
    MergeResult,
    OrganisationCreate,
    Page,
    PersonCreate,
    PlaceCreate,
    ProjectCreate,
)
from intercluster.services import entities as service
from intercluster.services import overview
from intercluster.services.merge import merge_entities
from intercluster.web.api.params import (
    After,
    CountryParam,
    ExactCount,
    Limit,
    Offset,
    PredicateParam,
    SectorParam,
    StatusParam,
    TextParam,
    TypeParam,
    YearParam,
    country_of,
    predicate_of,
    sector_of,
    status_of,
    types_of,
)
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses
from intercluster.web.security.scope import relation_filters_allowed


class MergeRequest(BaseModel):
    duplicate: int | str


def entity_router(
    *, path: str, kind: EntityKind, create_schema: type[BaseModel], fixed_type: EntityType | None
) -> APIRouter:
    router = APIRouter(prefix=f"/{path}", tags=[path])
    label = kind.value
    a_label = f"an {label}" if label[0] in "aeiou" else f"a {label}"

    # A member company's user filtering by relations is refused (web.security.scope).
    @router.get(
        "",
        response_model=Page[EntityPublic],
        summary=f"List {path}",
        responses=error_responses(403),
    )
    def list_(
        request: Request,
        database: DatabaseDep,
        type: TypeParam = None,
        country: CountryParam = None,
        sector: SectorParam = None,
        predicate: PredicateParam = None,
        year: YearParam = None,
        q: TextParam = None,
        review_status: StatusParam = None,
        limit: Limit = 50,
        offset: Offset = 0,
        after: After = None,
        exact_count: ExactCount = False,
    ) -> Page[EntityPublic]:
        flt = EntityFilter(
            types=types_of(type),
            country=country_of(country),
            sector=sector_of(sector),
            predicate=predicate_of(predicate),
            year=year,
            q=q,
            review_status=status_of(review_status),
            by_relations=relation_filters_allowed(request, predicate),
        )
        with database.uow() as uow:
            return service.list_entities(
                uow,
                kind=kind,
                flt=flt,
                limit=limit,
                offset=offset,
                after=after,
                exact_count=exact_count,
            )

    @router.post(
        "",
        response_model=EntityPublic,
        status_code=201,
        summary=f"Create {a_label}",
        responses=error_responses(409),
    )
    def create(body: create_schema, database: DatabaseDep) -> EntityPublic:  # type: ignore[valid-type]
        values = body.model_dump(exclude_unset=True)  # type: ignore[attr-defined]
        if fixed_type is not None:
            values["type"] = fixed_type.value
        data = EntityCreate.model_validate(values)
        service.check_type_in_kind(data.type, kind)
        with database.uow() as uow:
            return service.to_public(service.create_entity(uow, data=data))

    @router.get(
        "/{ref}",
        response_model=EntityPublic,
        summary=f"Read {a_label} by id or key",
        responses=error_responses(404),
    )
    def read(ref: str, database: DatabaseDep) -> EntityPublic:
        with database.uow() as uow:
            return service.to_public(service.resolve_entity(uow, ref, field="id", kinds=(kind,)))

    @router.get(
        "/{ref}/neighbourhood",
        summary=f"Entities within one or two relations of {a_label}",
        description="Nearest first, at most `limit` entities (a hub's neighbourhood is cut, "
        "with `truncated` set); confirmed relations only.",
        responses=error_responses(404),
    )
    def neighbourhood(
        ref: str,
        database: DatabaseDep,
        depth: Annotated[int, Query(ge=1, le=2, description="1 or 2 hops")] = 2,
        limit: Annotated[int, Query(ge=1, le=2000, description="Most entities returned")] = 200,
    ) -> dict[str, Any]:
        with database.uow() as uow:
            entity = service.resolve_entity(uow, ref, field="id", kinds=(kind,))
            return overview.neighbourhood(uow, entity=entity, depth=depth, limit=limit)

    @router.patch(
        "/{ref}",
        response_model=EntityPublic,
        summary=f"Update {a_label}",
        responses=error_responses(404, 409),
    )
    def update(ref: str, body: EntityUpdate, database: DatabaseDep) -> EntityPublic:
        if body.type is not None:
            service.check_type_in_kind(body.type, kind)
        with database.uow() as uow:
            entity = service.resolve_entity(uow, ref, field="id", kinds=(kind,))
            return service.to_public(service.update_entity(uow, entity_id=entity.id, data=body))

    @router.delete(
        "/{ref}",
        status_code=204,
        summary=f"Delete {a_label} and its relations",
        responses=error_responses(404, 409),
    )
    def delete(ref: str, database: DatabaseDep) -> Response:
        with database.uow() as uow:
            entity = service.resolve_entity(uow, ref, field="id", kinds=(kind,))
            service.delete_entity(uow, entity_id=entity.id)
        return Response(status_code=204)

    @router.post(
        "/{ref}/merge",
        response_model=MergeResult,
        summary=f"Merge a duplicate {label} into this one",
        description="Relations, aliases and sources of the duplicate move here; it is deleted.",
        responses=error_responses(404, 409),
    )
    def merge(ref: str, body: MergeRequest, database: DatabaseDep) -> MergeResult:
        with database.uow() as uow:
            survivor = service.resolve_entity(uow, ref, field="id", kinds=(kind,))
            duplicate = service.resolve_entity(
                uow, body.duplicate, field="duplicate", kinds=(kind,)
            )
            return merge_entities(uow, survivor_id=survivor.id, duplicate_id=duplicate.id)

    return router


ROUTERS = [
    entity_router(
        path="organizations",
        kind=EntityKind.ORGANISATION,
        create_schema=OrganisationCreate,
        fixed_type=None,
    ),
    entity_router(
        path="people",
        kind=EntityKind.PERSON,
        create_schema=PersonCreate,
        fixed_type=EntityType.PERSON,
    ),
    entity_router(
        path="events",
        kind=EntityKind.EVENT,
        create_schema=EventCreate,
        fixed_type=EntityType.EVENT,
    ),
    entity_router(
        path="projects",
        kind=EntityKind.PROJECT,
        create_schema=ProjectCreate,
        fixed_type=EntityType.PROJECT,
    ),
    entity_router(
        path="places",
        kind=EntityKind.PLACE,
        create_schema=PlaceCreate,
        fixed_type=EntityType.PLACE,
    ),
]
