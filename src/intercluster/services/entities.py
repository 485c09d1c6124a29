"""Use cases on entities: create, read, update, delete, list, resolve a reference."""

from __future__ import annotations

from typing import Any

from intercluster.db.models import Alias, Entity, EntitySector
from intercluster.db.repositories import EntityFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import (
    country_name,
    did_you_mean,
    is_digits,
    normalize_name,
    slugify,
)
from intercluster.domain.rules import parse_entity_type
from intercluster.domain.vocabulary import KIND_TYPES, EntityKind, EntityType, kind_of
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EntityBrief, EntityCreate, EntityPublic, EntityUpdate, Page

EVENT_FIELDS = ("start_date", "end_date", "format", "attendance")
PROJECT_FIELDS = ("status", "programme")
SIMPLE_FIELDS = (
    "review_status",
    "name",
    "country",
    "region",
    "city",
    "website",
    "description",
    *EVENT_FIELDS,
    *PROJECT_FIELDS,
)


def to_public(entity: Entity) -> EntityPublic:
    entity_type = EntityType(entity.type)
    return EntityPublic(
        id=entity.id,
        key=entity.key,
        type=entity.type,
        kind=kind_of(entity_type).value,
        name=entity.name,
        aliases=entity.alias_names,
        country=entity.country,
        country_name=country_name(entity.country),
        region=entity.region,
        city=entity.city,
        website=entity.website,
        description=entity.description,
        sectors=entity.sector_names,
        start_date=entity.start_date,
        end_date=entity.end_date,
        format=entity.format,
        attendance=entity.attendance,
        status=entity.status,
        programme=entity.programme,
        review_status=entity.review_status,
        version=entity.version,
        created_at=entity.created_at,
        updated_at=entity.updated_at,
    )


def to_brief(entity: Entity) -> EntityBrief:
    return EntityBrief(
        id=entity.id, key=entity.key, type=entity.type, name=entity.name, country=entity.country
    )


def _check_kind_fields(entity_type: EntityType, values: dict[str, Any]) -> None:
    """Event dates only on events, project status only on projects."""
    for names, allowed in ((EVENT_FIELDS, EntityType.EVENT), (PROJECT_FIELDS, EntityType.PROJECT)):
        if entity_type is allowed:
            continue
        for name in names:
            if values.get(name) is not None:
                raise InvalidInput(
                    f"{name}: only a {allowed.value} has this field, not a {entity_type.value}",
                    field=name,
                )


def _check_dates(start: str | None, end: str | None) -> None:
    if start and end and end < start[: len(end)]:
        raise InvalidInput(f"end_date: {end} is before start_date {start}", field="end_date")


def _check_unique_name(
    uow: UnitOfWork, name: str, entity_type: EntityType, *, exclude_id: int | None = None
) -> None:
    same_kind = KIND_TYPES[kind_of(entity_type)]
    for other in uow.entities.find_by_name(name, [t.value for t in same_kind]):
        if other.id != exclude_id and (
            other.type == entity_type.value or normalize_name(other.name) == normalize_name(name)
        ):
            raise Conflict(
                f"name: {other.type} {other.name!r} (key {other.key}) already has this name; "
                "merge the two instead of creating a duplicate",
                field="name",
                details={"existing": {"id": other.id, "key": other.key}},
            )


def _free_key(uow: UnitOfWork, wanted: str | None, name: str) -> str:
    if wanted:
        if uow.entities.key_exists(wanted):
            raise Conflict(f"key: {wanted!r} is already used by another entity", field="key")
        return wanted
    base = slugify(name)
    key, n = base, 1
    while uow.entities.key_exists(key):
        n += 1
        key = f"{base}-{n}"
    return key


def set_aliases(entity: Entity, aliases: list[str]) -> None:
    own = normalize_name(entity.name)
    wanted: dict[str, str] = {}
    for alias in aliases:
        norm = normalize_name(alias)
        if norm and norm != own and norm not in wanted:
            wanted[norm] = alias
    entity.aliases = [existing for existing in entity.aliases if existing.alias_norm in wanted]
    present = {a.alias_norm for a in entity.aliases}
    for norm, alias in wanted.items():
        if norm not in present:
            entity.aliases.append(Alias(alias=alias, alias_norm=norm))


def set_sectors(entity: Entity, sectors: list[str]) -> None:
    keep = [s for s in entity.sectors if s.sector in sectors]
    present = {s.sector for s in keep}
    entity.sectors = keep + [EntitySector(sector=s) for s in sectors if s not in present]


def check_entity_fields(entity_type: EntityType, values: dict[str, Any]) -> None:
    """The checks of a new entity that need no database: kind-specific fields, dates."""
    _check_kind_fields(entity_type, values)
    _check_dates(values.get("start_date"), values.get("end_date"))


def create_entity(uow: UnitOfWork, *, data: EntityCreate) -> Entity:
    entity_type = EntityType(data.type)
    values = data.model_dump()
    check_entity_fields(entity_type, values)
    _check_unique_name(uow, data.name, entity_type)
    entity = Entity(
        key=_free_key(uow, data.key, data.name),
        type=entity_type.value,
        name_norm=normalize_name(data.name),
        **{name: values[name] for name in SIMPLE_FIELDS},
    )
    set_aliases(entity, data.aliases)
    set_sectors(entity, data.sectors)
    return uow.entities.add(entity)


def check_version(label: str, current: int, edited: int | None) -> None:
    """Refuse an edit made on a stale copy (optimistic locking), saying what to do."""
    if edited is not None and edited != current:
        raise Conflict(
            f"version: {label} is at version {current}, you edited version {edited}; "
            "reload it and apply your change again",
            field="version",
        )


def update_entity(uow: UnitOfWork, *, entity_id: int, data: EntityUpdate) -> Entity:
    entity = get_entity(uow, entity_id)
    check_version(repr(entity.name), entity.version, data.version)
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    for required in ("name", "review_status"):
        if required in changes and changes[required] is None:
            raise InvalidInput(f"{required}: must not be empty", field=required)
    new_type = EntityType(changes.get("type") or entity.type)
    if kind_of(new_type) is not kind_of(EntityType(entity.type)):
        raise InvalidInput(f"type: a {entity.type} cannot become a {new_type.value}", field="type")
    merged = {name: getattr(entity, name) for name in SIMPLE_FIELDS}
    merged.update({k: v for k, v in changes.items() if k in SIMPLE_FIELDS})
    _check_kind_fields(new_type, merged)
    _check_dates(merged["start_date"], merged["end_date"])
    if "name" in changes or "type" in changes:
        _check_unique_name(uow, merged["name"], new_type, exclude_id=entity.id)
    for name in SIMPLE_FIELDS:
        if name in changes:
            setattr(entity, name, changes[name])
    entity.type = new_type.value
    entity.name_norm = normalize_name(entity.name)
    if "aliases" in changes:
        set_aliases(entity, changes["aliases"] or [])
    elif "name" in changes:
        set_aliases(entity, entity.alias_names)  # drop an alias that is now the name
    if "sectors" in changes:
        set_sectors(entity, changes["sectors"] or [])
    uow.flush()
    return entity


def delete_entity(uow: UnitOfWork, *, entity_id: int) -> None:
    uow.entities.delete(get_entity(uow, entity_id))


def get_entity(uow: UnitOfWork, entity_id: int, *, kind: EntityKind | None = None) -> Entity:
    entity = uow.entities.get(entity_id)
    if entity is None or (kind is not None and EntityType(entity.type) not in KIND_TYPES[kind]):
        what = kind.value if kind else "entity"
        raise NotFound(f"no {what} with id {entity_id}", field="id")
    return entity


def resolve_entity(
    uow: UnitOfWork, ref: int | str, *, field: str = "entity", kinds: tuple[EntityKind, ...] = ()
) -> Entity:
    """Find an entity from an id, a key, a name or an alias; explain when none or several match."""
    types = [t.value for kind in kinds for t in KIND_TYPES[kind]]
    if isinstance(ref, int) or (isinstance(ref, str) and is_digits(ref.strip())):
        entity = uow.entities.get(int(ref))
        if entity is not None and (not types or entity.type in types):
            return entity
        raise NotFound(f"{field}: no entity with id {ref}", field=field)
    text = ref.strip()
    if not text:
        raise InvalidInput(f"{field}: empty reference", field=field)
    entity = uow.entities.get_by_key(text)
    if entity is not None and (not types or entity.type in types):
        return entity
    matches = uow.entities.find_by_name(text, types)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        keys = ", ".join(f"{m.key} ({m.type})" for m in matches)
        raise InvalidInput(
            f"{field}: {text!r} names several entities: {keys}; use a key", field=field
        )
    hint = did_you_mean(text, uow.entities.all_names(types))
    raise NotFound(f"{field}: no entity named {text!r}{hint}", field=field)


def check_type_in_kind(entity_type: str, kind: EntityKind) -> None:
    allowed = KIND_TYPES[kind]
    if parse_entity_type(entity_type) not in allowed:
        names = ", ".join(sorted(t.value for t in allowed))
        raise InvalidInput(
            f"type: {entity_type!r} is not among the {kind.value} types ({names})",
            field="type",
        )


def list_entities(
    uow: UnitOfWork,
    *,
    kind: EntityKind | None,
    flt: EntityFilter,
    limit: int,
    offset: int,
    after: str | None = None,
    exact_count: bool = False,
) -> Page[EntityPublic]:
    if kind is not None:
        for entity_type in flt.types:
            check_type_in_kind(entity_type, kind)
        if not flt.types:
            flt.types = sorted(t.value for t in KIND_TYPES[kind])
    window = uow.entities.window(
        flt, limit=limit, offset=offset, after=after, exact_count=exact_count
    )
    return Page[EntityPublic](
        data=[to_public(e) for e in window.rows],
        count=window.count,
        count_exact=window.count_exact,
        next_cursor=window.next_cursor,
    )
