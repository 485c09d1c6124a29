"""Repositories: the only place that writes SQL for the registry.

Services ask questions in domain terms (entities of these types in this
country, relations with this predicate in this year); repositories turn them
into SQLAlchemy statements that run the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    true,
    tuple_,
)
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.base import ExecutableOption

from intercluster.db import search
from intercluster.db.models import Alias, Entity, EntitySector, Evidence, Relation, Source
from intercluster.domain.normalize import normalize_name
from intercluster.domain.vocabulary import EntityType
from intercluster.errors import InvalidInput

T = TypeVar("T")
ENTITY_TYPE_NAMES = frozenset(t.value for t in EntityType)

# A list counts its rows up to this many; beyond, `count` is this lower bound and
# `count_exact` is false (counting a million rows costs more than reading a page).
COUNT_CAP = 10_000


@dataclass
class Window(Generic[T]):
    """One page of a list read by keyset: its rows, the count, the cursor of the next page."""

    rows: list[T]
    count: int
    count_exact: bool
    next_cursor: str | None


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps(list(values), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The sort key a cursor carries; a cursor of another list or a forged one is refused."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise InvalidInput("after: not a cursor this list returned", field="after") from exc
    if not (isinstance(values, list) and len(values) == size):
        raise InvalidInput("after: not a cursor this list returned", field="after")
    if not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values):
        raise InvalidInput("after: not a cursor this list returned", field="after")
    return values


def _capped_count(session: Session, ids: Select[Any], exact: bool) -> tuple[int, bool]:
    if exact:
        return session.scalar(select(func.count()).select_from(ids.subquery())) or 0, True
    counted = session.scalar(select(func.count()).select_from(ids.limit(COUNT_CAP + 1).subquery()))
    counted = counted or 0
    if counted > COUNT_CAP:
        return COUNT_CAP, False
    return counted, True


@dataclass
class EntityFilter:
    types: Sequence[str] = ()
    country: str | None = None
    sector: str | None = None
    predicate: str | None = None
    year: int | None = None
    q: str | None = None
    review_status: str | None = None
    # False for member companies' users, who may not see relations: `year` then means
    # only an event's own dates, never "had a relation that year".
    by_relations: bool = True


@dataclass
class RelationFilter:
    predicate: str | None = None
    entity_id: int | None = None  # either side
    subject_id: int | None = None
    object_id: int | None = None
    year: int | None = None
    status: str | None = None
    country: str | None = None  # either side
    types: Sequence[str] = field(default_factory=tuple)  # either side
    sector: str | None = None  # either side
    q: str | None = None  # either side's name
    ids: Sequence[int] = field(default_factory=tuple)  # these relations only


def _name_matches(session: Session, entity_id: Any, q: str) -> ColumnElement[bool]:
    """Free text: every word of the query, as a word prefix, in the name, an alias or the
    description (the full-text index of `db.search`)."""
    words = search.query_words(q)
    if not words:
        literal = (q or "").strip()
        if not literal:
            return true()
        # Punctuation only ("%", "_", "\\", "'"): no word to look up, so the names and
        # aliases holding it as written (LIKE wildcards escaped), not every entity.
        return or_(
            entity_id.in_(select(Entity.id).where(Entity.name.contains(literal, autoescape=True))),
            entity_id.in_(
                select(Alias.entity_id).where(Alias.alias.contains(literal, autoescape=True))
            ),
        )
    matches: ColumnElement[bool] = entity_id.in_(
        search.matching_ids(session.get_bind().dialect.name, words)
    )
    return matches


def _relevance(norm: str) -> ColumnElement[int]:
    """Exact name or alias first, then names starting with the query, then the rest."""
    exact = or_(
        Entity.name_norm == norm,
        exists().where(Alias.entity_id == Entity.id, Alias.alias_norm == norm),
    )
    return case((exact, 0), (Entity.name_norm.startswith(norm, autoescape=True), 1), else_=2)


class EntityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, entity: Entity) -> Entity:
        self.session.add(entity)
        self.session.flush()
        return entity

    def get(self, entity_id: int) -> Entity | None:
        return self.session.get(Entity, entity_id)

    def get_by_key(self, key: str) -> Entity | None:
        return self.session.scalar(select(Entity).where(Entity.key == key))

    def key_exists(self, key: str) -> bool:
        return self.session.scalar(select(Entity.id).where(Entity.key == key)) is not None

    def find_by_name(self, name: str, types: Iterable[str] = ()) -> list[Entity]:
        """Entities whose normalised name or alias equals this name's."""
        norm = normalize_name(name)
        stmt = select(Entity).where(
            or_(
                Entity.name_norm == norm,
                Entity.id.in_(select(Alias.entity_id).where(Alias.alias_norm == norm)),
            )
        )
        types = list(types)
        if types:
            stmt = stmt.where(Entity.type.in_(types))
        return list(self.session.scalars(stmt.order_by(Entity.id)))

    def all_names(self, types: Iterable[str] = ()) -> list[str]:
        stmt = select(Entity.name)
        types = list(types)
        if types:
            stmt = stmt.where(Entity.type.in_(types))
        return list(self.session.scalars(stmt))

    def _filtered(self, flt: EntityFilter) -> Select[Any]:
        stmt = select(Entity)
        if flt.types:
            wanted = set(flt.types)
            others = sorted(ENTITY_TYPE_NAMES - wanted)
            if len(others) < len(wanted):
                # "Not one of the few others": SQLite then walks the name index in order
                # and stops at the page's end, instead of sorting every organisation.
                if others:
                    stmt = stmt.where(Entity.type.not_in(others))
            else:
                stmt = stmt.where(Entity.type.in_(sorted(wanted)))
        if flt.country:
            stmt = stmt.where(Entity.country == flt.country)
        if flt.review_status:
            stmt = stmt.where(Entity.review_status == flt.review_status)
        if flt.sector:
            stmt = stmt.where(
                exists().where(
                    EntitySector.entity_id == Entity.id, EntitySector.sector == flt.sector
                )
            )
        if not flt.by_relations:
            if flt.predicate:
                raise InvalidInput("predicate: not a filter of this list", field="predicate")
            if flt.year is not None:
                stmt = stmt.where(Entity.start_date.like(f"{flt.year:04d}%"))
        elif flt.predicate or flt.year is not None:
            conditions = [or_(Relation.subject_id == Entity.id, Relation.object_id == Entity.id)]
            if flt.predicate:
                conditions.append(Relation.predicate == flt.predicate)
            if flt.year is not None:
                conditions.append(Relation.year == flt.year)
            related: ColumnElement[bool] = exists().where(*conditions)
            if flt.year is not None and not flt.predicate:
                # An event belongs to the year it is held in, whatever its relations say.
                related = or_(related, Entity.start_date.like(f"{flt.year:04d}%"))
            stmt = stmt.where(related)
        return stmt

    def _ranked(self, flt: EntityFilter) -> tuple[Select[Any], list[Any]]:
        """The filtered entities and their sort key: best match first when there is a query
        (exact name or alias, then names starting with it, then full-text rank), else by name."""
        stmt = self._filtered(flt)
        words = search.query_words(flt.q)
        if not words:
            if flt.q and flt.q.strip():
                stmt = stmt.where(_name_matches(self.session, Entity.id, flt.q))
            return stmt, [Entity.name_norm, Entity.id]
        ranked = search.ranked_ids(self.session.get_bind().dialect.name, words).subquery()
        stmt = stmt.join(ranked, ranked.c.id == Entity.id)
        return stmt, [_relevance(" ".join(words)), ranked.c.rank, Entity.name_norm, Entity.id]

    def page(self, flt: EntityFilter, *, limit: int, offset: int) -> tuple[list[Entity], int]:
        """A page by offset, with the exact count."""
        window = self.window(flt, limit=limit, offset=offset, exact_count=True)
        return window.rows, window.count

    def window(
        self,
        flt: EntityFilter,
        *,
        limit: int,
        offset: int = 0,
        after: str | None = None,
        exact_count: bool = False,
    ) -> Window[Entity]:
        """A page read after `after` (a cursor of the previous page) or at `offset`."""
        stmt, key = self._ranked(flt)
        count, count_exact = _capped_count(
            self.session, stmt.with_only_columns(Entity.id), exact_count
        )
        if after is not None:
            stmt = stmt.where(tuple_(*key) > tuple_(*map(literal, decode_cursor(after, len(key)))))
        found = list(
            self.session.execute(
                stmt.add_columns(*key)
                .options(selectinload(Entity.aliases), selectinload(Entity.sectors))
                .order_by(*key)
                .limit(limit + 1)
                .offset(offset if after is None else 0)
            )
        )
        rows = [row[0] for row in found[:limit]]
        cursor = encode_cursor(found[limit - 1][1:]) if len(found) > limit else None
        return Window(rows, count, count_exact, cursor)

    def iter_all(self) -> list[Entity]:
        return list(
            self.session.scalars(
                select(Entity)
                .options(selectinload(Entity.aliases), selectinload(Entity.sectors))
                .order_by(Entity.key)
            )
        )

    def delete(self, entity: Entity) -> None:
        self.session.delete(entity)
        self.session.flush()


class RelationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, relation: Relation) -> Relation:
        self.session.add(relation)
        self.session.flush()
        return relation

    def get(self, relation_id: int) -> Relation | None:
        return self.session.get(Relation, relation_id)

    def find_same(
        self,
        *,
        subject_id: int,
        predicate: str,
        object_id: int,
        date: str | None,
        symmetric: bool,
        exclude_id: int | None = None,
    ) -> Relation | None:
        """The relation that states the same fact, if any (both directions when symmetric)."""
        direct = and_(Relation.subject_id == subject_id, Relation.object_id == object_id)
        if symmetric:
            direct = or_(
                direct, and_(Relation.subject_id == object_id, Relation.object_id == subject_id)
            )
        stmt = select(Relation).where(
            direct,
            Relation.predicate == predicate,
            Relation.date.is_(None) if date is None else Relation.date == date,
        )
        if exclude_id is not None:
            stmt = stmt.where(Relation.id != exclude_id)
        return self.session.scalars(stmt.limit(1)).first()

    def _filtered(self, flt: RelationFilter, *, scan_in_id_order: bool = False) -> Select[Any]:
        stmt = select(Relation)
        if flt.ids:
            stmt = stmt.where(Relation.id.in_(list(flt.ids)))
        if flt.predicate:
            stmt = stmt.where(Relation.predicate == flt.predicate)
        if flt.entity_id is not None:
            stmt = stmt.where(
                or_(Relation.subject_id == flt.entity_id, Relation.object_id == flt.entity_id)
            )
        if flt.subject_id is not None:
            stmt = stmt.where(Relation.subject_id == flt.subject_id)
        if flt.object_id is not None:
            stmt = stmt.where(Relation.object_id == flt.object_id)
        if flt.year is not None:
            stmt = stmt.where(Relation.year == flt.year)
        if flt.status:
            stmt = stmt.where(Relation.status == flt.status)
        if flt.q:
            stmt = stmt.where(
                or_(
                    _name_matches(self.session, Relation.subject_id, flt.q),
                    _name_matches(self.session, Relation.object_id, flt.q),
                )
            )
        # Conditions on either end read as "subject or object among these entities": each
        # side then follows its own index (a join would scan every relation in id order).
        either: list[Select[Any]] = []
        if flt.country:
            either.append(select(Entity.id).where(Entity.country == flt.country))
        if flt.types:
            either.append(select(Entity.id).where(Entity.type.in_(list(flt.types))))
        if flt.sector:
            either.append(select(EntitySector.entity_id).where(EntitySector.sector == flt.sector))
        subject, object_ = Relation.subject_id, Relation.object_id
        if scan_in_id_order:
            # "column + 0" keeps SQLite's planner off the column's index (see `window`).
            subject, object_ = Relation.subject_id + 0, Relation.object_id + 0  # type: ignore[assignment]
        for ids in either:
            stmt = stmt.where(or_(subject.in_(ids), object_.in_(ids)))
        return stmt

    def page(
        self, flt: RelationFilter, *, limit: int, offset: int, newest_first: bool = False
    ) -> tuple[list[Relation], int]:
        """A page by offset, with the exact count."""
        window = self.window(
            flt, limit=limit, offset=offset, newest_first=newest_first, exact_count=True
        )
        return window.rows, window.count

    def window(
        self,
        flt: RelationFilter,
        *,
        limit: int,
        offset: int = 0,
        after: str | None = None,
        newest_first: bool = False,
        exact_count: bool = False,
    ) -> Window[Relation]:
        """A page in id order read after `after` (a cursor of the previous page) or at `offset`."""
        stmt = self._filtered(flt)
        count, count_exact = _capped_count(
            self.session, stmt.with_only_columns(Relation.id), exact_count
        )
        if (
            count >= COUNT_CAP
            and (flt.country or flt.types or flt.sector)
            and self.session.get_bind().dialect.name == "sqlite"
        ):
            # Many relations touch these entities: the page is found soonest by reading
            # relations in id order and keeping the matching ones. SQLite would rather
            # collect every match through the subject and object indexes and sort them
            # (a country with a quarter of the organisations: 180 ms against 4 ms).
            stmt = self._filtered(flt, scan_in_id_order=True)
        if after is not None:
            (last,) = decode_cursor(after, 1)
            if not isinstance(last, int):
                raise InvalidInput("after: not a cursor this list returned", field="after")
            stmt = stmt.where(Relation.id < last if newest_first else Relation.id > last)
        order = Relation.id.desc() if newest_first else Relation.id
        found = list(
            self.session.scalars(
                stmt.options(*self.eager())
                .order_by(order)
                .limit(limit + 1)
                .offset(offset if after is None else 0)
            )
        )
        cursor = encode_cursor([found[limit - 1].id]) if len(found) > limit else None
        return Window(found[:limit], count, count_exact, cursor)

    def edges(self, flt: RelationFilter) -> Select[Any]:
        """The filtered relations as plain columns: id, subject, object, predicate, date."""
        columns: Select[Any] = self._filtered(flt).with_only_columns(
            Relation.id, Relation.subject_id, Relation.object_id, Relation.predicate, Relation.date
        )  # type: ignore[assignment]
        return columns

    def all(self, flt: RelationFilter | None = None) -> list[Relation]:
        stmt = self._filtered(flt or RelationFilter())
        return list(self.session.scalars(stmt.options(*self.eager()).order_by(Relation.id)))

    @staticmethod
    def eager() -> tuple[ExecutableOption, ...]:
        return (
            selectinload(Relation.subject),
            selectinload(Relation.object),
            selectinload(Relation.event),
            selectinload(Relation.evidence).selectinload(Evidence.source),
        )

    def touching(self, entity_id: int) -> list[Relation]:
        """Every relation that names this entity, as subject, object or event."""
        return list(
            self.session.scalars(
                select(Relation).where(
                    or_(
                        Relation.subject_id == entity_id,
                        Relation.object_id == entity_id,
                        Relation.event_id == entity_id,
                    )
                )
            )
        )

    def delete(self, relation: Relation) -> None:
        self.session.delete(relation)
        self.session.flush()


class SourceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, source: Source) -> Source:
        self.session.add(source)
        self.session.flush()
        return source

    def get(self, source_id: int) -> Source | None:
        return self.session.get(Source, source_id)

    def get_by_sha256(self, sha256: str) -> Source | None:
        return self.session.scalar(select(Source).where(Source.sha256 == sha256))

    def page(self, q: str | None, *, limit: int, offset: int) -> tuple[list[Source], int]:
        stmt = select(Source)
        if q:
            stmt = stmt.where(Source.name.icontains(q, autoescape=True))
        count = self.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
        rows = self.session.scalars(stmt.order_by(Source.id).limit(limit).offset(offset))
        return list(rows), count

    def all(self) -> list[Source]:
        return list(self.session.scalars(select(Source).order_by(Source.sha256)))

    def entity_evidence(self, entity_id: int) -> list[Evidence]:
        return list(
            self.session.scalars(
                select(Evidence)
                .where(Evidence.entity_id == entity_id)
                .options(selectinload(Evidence.source))
                .order_by(Evidence.id)
            )
        )

    def delete(self, source: Source) -> None:
        self.session.delete(source)
        self.session.flush()
