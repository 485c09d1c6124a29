"""Bulk import: the checks of the one-by-one path, the writes in batches.

`create_entity` and `create_relation` ask the database a few questions per
record (is the name taken, is the key free, does the fact exist already) and
write through the ORM: right for a form, far too slow for a million relations.
`BulkWriter` answers the same questions from memory (the names, keys and facts
of the registry and of the file so far), raises the same errors, and writes in
batches: executemany in one large transaction on SQLite, COPY on PostgreSQL.
Ids are taken up front (the PostgreSQL sequences, or the next free rowids on
SQLite), so evidence can point at the rows of the same batch.

Everything runs in the caller's unit of work: the first bad record raises and
the transaction rolls back, so an import lands whole or not at all.

On PostgreSQL a batch is written by a thread of its own while the next batch
is checked: the server's work on a COPY (indexes, foreign keys, the search
triggers) then runs beside the checks on the second core instead of after
them. The connection is the transaction's, so the checks wait for the write
in flight before they ask the database anything (`_settle`), and the caller
closes the writer (a context manager) before the unit of work ends. SQLite
writes in the calling thread: its driver takes the GIL back after every row,
so a writing thread would only queue behind the checks.

The audit trail: an import of at most `ITEMISED_RECORDS` records is one
changeset with an entry per source, entity, sector and relation (aliases and
evidence go with their entity or relation), so it shows in each record's
history and can be undone. A larger one (an ecosystem of a million relations)
is one changeset with its summary only: itemising it would double the writes;
a backup taken before it is how it is undone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self

from sqlalchemy import func, select, text

from intercluster.db.audit import entry as audit_entry
from intercluster.db.audit import to_json, write_entries
from intercluster.db.models import Alias, Base, Entity, Relation, utcnow
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import is_digits, normalize_name, slugify, year_of
from intercluster.domain.rules import check_relation_types, normalize_attributes
from intercluster.domain.vocabulary import (
    KIND_TYPES,
    PREDICATES,
    EntityKind,
    EntityType,
    Predicate,
    kind_of,
)
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EntityCreate, EvidenceIn, RelationCreate, SourceCreate
from intercluster.services.entities import (
    EVENT_FIELDS,
    PROJECT_FIELDS,
    check_entity_fields,
    resolve_entity,
)

BATCH = 5_000
# Ids taken from a PostgreSQL sequence at a time: growing from one batch, so a small
# import burns few ids and a large one rarely stops the writing thread to ask for more.
MAX_ID_CHUNK = 20 * BATCH
ITEMISED_RECORDS = 50_000
_ITEMISED_TABLES = frozenset({"sources", "entities", "entity_sectors", "relations"})
ANALYZE_AFTER = 10_000  # rows written
_PREDICATES = {p.value: p for p in Predicate}
Progress = Callable[[int], None]  # called with the number of records just handled
Batch = list[tuple[str, Sequence[str], list[tuple[Any, ...]]]]  # (table, columns, rows)

ENTITY_COLUMNS = (
    "id", "key", "type", "name", "name_norm", "country", "region", "city", "website",
    "description", *EVENT_FIELDS, *PROJECT_FIELDS, "review_status", "version",
    "created_at", "updated_at",
)  # fmt: skip
RELATION_COLUMNS = (
    "id", "subject_id", "predicate", "object_id", "date", "year", "status", "attributes",
    "event_id", "confidence", "version", "created_at", "updated_at",
)  # fmt: skip
SOURCE_COLUMNS = ("id", "name", "sha256", "text", "chars", "url", "published", "created_at")
EVIDENCE_COLUMNS = ("source_id", "relation_id", "entity_id", "start_offset", "end_offset")


@dataclass(frozen=True, slots=True)
class Known:
    """An entity as the checks need it."""

    id: int
    key: str
    type: str
    name: str
    name_norm: str


class BulkWriter:
    def __init__(self, uow: UnitOfWork, *, records: int | None = None) -> None:
        """`records`: how many the caller expects; above `ITEMISED_RECORDS` (or unknown)
        the audit trail gets the import's summary, not an entry per row."""
        self.uow = uow
        self.session = uow.session
        self.dialect = self.session.get_bind().dialect.name
        # Timestamps as each database stores them: SQLAlchemy keeps SQLite's as text.
        now = utcnow()
        self._now_json = to_json(now)
        itemise = records is not None and records <= ITEMISED_RECORDS
        self._audit: list[dict[str, Any]] | None = [] if itemise else None
        self.now: Any = (
            now if self.dialect == "postgresql" else now.strftime("%Y-%m-%d %H:%M:%S.%f")
        )
        if self.dialect == "sqlite":
            # A larger page cache for this connection: index pages of a million rows.
            self.session.connection().exec_driver_sql("PRAGMA cache_size = -262144")
        self._rows: dict[str, list[tuple[Any, ...]]] = {
            "sources": [], "entities": [], "aliases": [], "entity_sectors": [],
            "relations": [], "evidence": [],
        }  # fmt: skip
        self._next_ids: dict[str, list[int]] = {"entities": [], "relations": [], "sources": []}
        self._last_id: dict[str, int] = {}
        self._names: dict[str, list[Known]] | None = None  # by name or alias, loaded lazily
        self._keys: set[str] | None = None
        self._by_key: dict[str, Known] = {}
        self._by_id: dict[int, Known] = {}
        self._source_chars: dict[int, int] = {}
        self._facts: dict[tuple[int, str, int, str | None], int] = {}
        self._allowed: set[tuple[Predicate, str, str]] = set()  # type pairs already checked
        self._id_chunk: dict[str, int] = {}
        self.written = 0
        self._facts_in_db = bool(self.session.scalar(select(Relation.id).limit(1)))
        self._thread = (
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="bulk-write")
            if self.dialect == "postgresql"
            else None
        )
        self._in_flight: Future[None] | None = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        """Wait for the write in flight, so the unit of work alone uses the connection after."""
        try:
            if kind is None:
                self._settle()
            elif self._in_flight is not None:
                # Failing already: the rollback follows; a second error would only hide the first.
                self._in_flight.exception()
        finally:
            self._in_flight = None
            if self._thread is not None:
                self._thread.shutdown(wait=True)

    def _settle(self) -> None:
        """Wait for the batch being written (raising what it raised) before using the database."""
        if self._in_flight is not None:
            in_flight, self._in_flight = self._in_flight, None
            in_flight.result()

    # ------------------------------------------------------------ lookups

    def _load_names(self) -> dict[str, list[Known]]:
        if self._names is None:
            names: dict[str, list[Known]] = {}
            keys: set[str] = set()
            rows = self.session.execute(
                select(Entity.id, Entity.key, Entity.type, Entity.name, Entity.name_norm)
            )
            for row in rows:
                known = Known(*row)
                keys.add(known.key)
                self._by_id[known.id] = known
                self._by_key[known.key] = known
                names.setdefault(known.name_norm, []).append(known)
            for entity_id, alias_norm in self.session.execute(
                select(Alias.entity_id, Alias.alias_norm)
            ):
                names.setdefault(alias_norm, []).append(self._by_id[entity_id])
            self._names, self._keys = names, keys
        return self._names

    def _remember(self, known: Known, aliases: Iterable[str]) -> None:
        names = self._load_names()
        assert self._keys is not None
        self._keys.add(known.key)
        self._by_key[known.key] = known
        self._by_id[known.id] = known
        names.setdefault(known.name_norm, []).append(known)
        for alias_norm in aliases:
            names.setdefault(alias_norm, []).append(known)

    def entity(self, ref: int | str, field: str, kinds: tuple[EntityKind, ...] = ()) -> Known:
        """An entity by id, key, name or alias, as `resolve_entity` finds it."""
        self._load_names()
        if isinstance(ref, str) and is_digits(ref.strip()):
            ref = int(ref)
        if isinstance(ref, str) and ref in self._by_key:
            known = self._by_key[ref]
        elif isinstance(ref, int) and ref in self._by_id:
            known = self._by_id[ref]
        else:
            self._settle()
            found = resolve_entity(self.uow, ref, field=field, kinds=kinds)
            known = Known(found.id, found.key, found.type, found.name, found.name_norm)
            self._by_id[known.id] = known
            return known
        types = {t.value for kind in kinds for t in KIND_TYPES[kind]}
        if types and known.type not in types:
            # Same answer as the one-by-one path, with its message.
            self._settle()
            resolve_entity(self.uow, known.key, field=field, kinds=kinds)
        return known

    def _take_id(self, table: str) -> int:
        pool = self._next_ids[table]
        if not pool:
            if self.dialect == "postgresql":
                chunk = self._id_chunk[table] = min(
                    2 * self._id_chunk.get(table, BATCH // 2), MAX_ID_CHUNK
                )
                self._settle()
                pool.extend(
                    self.session.scalars(
                        text(
                            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) "
                            "FROM generate_series(1, :n)"
                        ),
                        {"n": chunk},
                    )
                )
            else:
                if table not in self._last_id:
                    ids = Base.metadata.tables[table].c.id
                    self._last_id[table] = self.session.scalar(select(func.max(ids))) or 0
                start = self._last_id[table] + 1
                self._last_id[table] += BATCH
                pool.extend(range(start, start + BATCH))
            pool.reverse()
        return pool.pop()

    # ------------------------------------------------------------ records

    def add_source(self, data: SourceCreate, sha256: str) -> int:
        source_id = self._take_id("sources")
        self._source_chars[source_id] = len(data.text)
        self._rows["sources"].append(
            (source_id, data.name, sha256, data.text, len(data.text), data.url, data.published,
             self.now)
        )  # fmt: skip
        return source_id

    def known_source(self, source_id: int, chars: int) -> None:
        self._source_chars[source_id] = chars

    def _check_span(self, span: EvidenceIn, field: str) -> None:
        chars = self._source_chars.get(span.source_id)
        if chars is None:
            self._settle()
            found = self.uow.sources.get(span.source_id)
            if found is None:
                raise NotFound(
                    f"{field}.source_id: no source with id {span.source_id}", field=field
                )
            chars = self._source_chars[span.source_id] = found.chars
        if not 0 <= span.start < span.end <= chars:
            raise InvalidInput(
                f"{field}: span [{span.start}, {span.end}] is outside source {span.source_id} "
                f"({chars} characters) or empty",
                field=field,
            )

    def add_entity(self, data: EntityCreate, spans: Sequence[EvidenceIn] = ()) -> int:
        entity_type = EntityType(data.type)
        values = data.model_dump()
        check_entity_fields(entity_type, values)
        norm = normalize_name(data.name)
        names = self._load_names()
        same_kind = {t.value for t in KIND_TYPES[kind_of(entity_type)]}
        for other in names.get(norm, ()):
            if other.type in same_kind and (
                other.type == entity_type.value or other.name_norm == norm
            ):
                raise Conflict(
                    f"name: {other.type} {other.name!r} (key {other.key}) already has this "
                    "name; merge the two instead of creating a duplicate",
                    field="name",
                    details={"existing": {"id": other.id, "key": other.key}},
                )
        key = self._free_key(data.key, data.name)
        entity_id = self._take_id("entities")
        aliases: dict[str, str] = {}
        for alias in data.aliases:
            alias_norm = normalize_name(alias)
            if alias_norm and alias_norm != norm and alias_norm not in aliases:
                aliases[alias_norm] = alias
        self._rows["entities"].append(
            (entity_id, key, entity_type.value, data.name, norm, data.country, data.region,
             data.city, data.website, data.description, data.start_date, data.end_date,
             data.format, data.attendance, data.status, data.programme, data.review_status, 1,
             self.now, self.now)
        )  # fmt: skip
        self._rows["aliases"].extend((entity_id, a, n) for n, a in aliases.items())
        self._rows["entity_sectors"].extend((entity_id, s) for s in dict.fromkeys(data.sectors))
        for index, span in enumerate(spans):
            self._check_span(span, f"sources[{index}]")
            self._rows["evidence"].append((span.source_id, None, entity_id, span.start, span.end))
        self._remember(Known(entity_id, key, entity_type.value, data.name, norm), aliases)
        return entity_id

    def _free_key(self, wanted: str | None, name: str) -> str:
        self._load_names()
        assert self._keys is not None
        if wanted:
            if wanted in self._keys:
                raise Conflict(f"key: {wanted!r} is already used by another entity", field="key")
            return wanted
        base = slugify(name)
        key, n = base, 1
        while key in self._keys:
            n += 1
            key = f"{base}-{n}"
        return key

    def add_relation(self, data: RelationCreate) -> int:
        predicate = _PREDICATES[data.predicate]
        subject = self.entity(data.subject, "subject")
        obj = self.entity(data.object, "object")
        if subject.id == obj.id:
            raise InvalidInput(
                "object: a relation must join two different entities", field="object"
            )
        allowed = (predicate, subject.type, obj.type)
        if allowed not in self._allowed:
            check_relation_types(predicate, EntityType(subject.type), EntityType(obj.type))
            self._allowed.add(allowed)
        attributes = normalize_attributes(predicate, data.attributes) if data.attributes else {}
        event_ref = attributes.pop("event", None)
        event = (
            self.entity(event_ref, "attributes.event", (EntityKind.EVENT,))
            if event_ref is not None
            else None
        )
        fact = (subject.id, predicate.value, obj.id, data.date)
        existing_id = self._facts.get(fact)
        if existing_id is None and PREDICATES[predicate].symmetric:
            existing_id = self._facts.get((obj.id, predicate.value, subject.id, data.date))
        if existing_id is None and self._facts_in_db:
            self._settle()
            found = self.uow.relations.find_same(
                subject_id=subject.id,
                predicate=predicate.value,
                object_id=obj.id,
                date=data.date,
                symmetric=PREDICATES[predicate].symmetric,
            )
            existing_id = found.id if found is not None else None
        if existing_id is not None:
            when = f" dated {data.date}" if data.date else " without a date"
            raise Conflict(
                f"relation: {subject.name} {predicate.value} {obj.name}{when} already exists "
                f"(relation {existing_id}); add a source to it instead",
                field="relation",
                details={"existing": {"id": existing_id}},
            )
        relation_id = self._take_id("relations")
        self._facts[fact] = relation_id
        for index, span in enumerate(data.evidence):
            self._check_span(span, f"evidence.{index}")
            self._rows["evidence"].append((span.source_id, relation_id, None, span.start, span.end))
        stored = json.dumps(attributes) if attributes else "{}"
        self._rows["relations"].append(
            (relation_id, subject.id, predicate.value, obj.id, data.date, year_of(data.date),
             data.status, stored, event.id if event else None, data.confidence, 1, self.now,
             self.now)
)  # fmt: skip
        return relation_id

    # ------------------------------------------------------------ writing

    def pending(self) -> int:
        return len(self._rows["entities"]) + len(self._rows["relations"])

    def flush(self) -> None:
        """Write what is waiting, parents first (foreign keys are checked row by row)."""
        tables: tuple[tuple[str, Sequence[str]], ...] = (
            ("sources", SOURCE_COLUMNS),
            ("entities", ENTITY_COLUMNS),
            ("aliases", ("entity_id", "alias", "alias_norm")),
            ("entity_sectors", ("entity_id", "sector")),
            ("relations", RELATION_COLUMNS),
            ("evidence", EVIDENCE_COLUMNS),
        )
        batch: Batch = [(table, columns, self._rows[table]) for table, columns in tables]
        batch = [(table, columns, rows) for table, columns, rows in batch if rows]
        for table, _columns, rows in batch:
            self.written += len(rows)
            self._rows[table] = []
        if self._audit is not None:
            self._audit.extend(self._audit_entries(batch))
        self._settle()  # one batch in flight at a time, written in order
        if self._thread is None:
            self._insert_batch(batch)
        else:
            connection = self.session.connection().connection.driver_connection
            self._in_flight = self._thread.submit(self._copy_batch, connection, batch)

    def _audit_entries(self, batch: Batch) -> Iterable[dict[str, Any]]:
        """The batch's rows as audit entries, valued as the database gives them back."""
        for table_name, columns, rows in batch:
            if table_name not in _ITEMISED_TABLES:
                continue
            table = Base.metadata.tables[table_name]
            for row in rows:
                values = dict(zip(columns, row, strict=True))
                for moment in ("created_at", "updated_at"):
                    if moment in values:
                        values[moment] = self._now_json
                if isinstance(values.get("attributes"), str):
                    values["attributes"] = json.loads(values["attributes"])
                yield audit_entry(table, "insert", None, values)

    def record(self, summary: str) -> None:
        """The import's changeset: its summary, with its rows when it was small enough."""
        self._settle()
        itemised = self._audit is not None
        self.uow.describe(summary if itemised else f"{summary} (rows not itemised)")
        write_entries(self.session, self._audit or [])
        self._audit = [] if itemised else None

    def _insert_batch(self, batch: Batch) -> None:
        for table, columns, rows in batch:
            self._insert(table, columns, rows)

    @staticmethod
    def _copy_batch(connection: Any, batch: Batch) -> None:
        """PostgreSQL: COPY each table's rows (in the writing thread)."""
        with connection.cursor() as cursor:
            for table, columns, rows in batch:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)

    def finish(self) -> None:
        """Write the rest; after a large import, refresh the planner's statistics.

        Without them SQLite takes `relations.status` (one value for nearly every
        row) for a selective index and scans a million rows to find ten.
        """
        self.flush()
        self._settle()
        if self.written < ANALYZE_AFTER:
            return
        connection = self.session.connection()
        if self.dialect == "sqlite":
            connection.exec_driver_sql("PRAGMA analysis_limit = 1000")
        connection.exec_driver_sql("ANALYZE")

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        """SQLite: one executemany per table and batch."""
        # The driver's executemany with plain tuples: SQLAlchemy's per-row parameter
        # processing would cost more than SQLite's insert (values are stored as SQLAlchemy
        # stores them: JSON text, "YYYY-MM-DD HH:MM:SS.ffffff").
        placeholders = ", ".join("?" for _ in columns)
        self.session.connection().exec_driver_sql(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})", rows
        )
