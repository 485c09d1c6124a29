"""Import and export of the registry as JSON (the extraction format) and CSV.

The JSON export is `{"entities": [...], "relations": [...], "sources": [...]}`:
entities and relations in the extraction format of DOMAIN.md (entity ids are
the stable keys), plus the source documents so provenance survives a round
trip. Imports run in the caller's unit of work: one bad row and nothing is
written.

At scale: exports are generators of text chunks that read the registry in
batches (a million relations never sit in memory at once); imports read a
JSON document one record at a time and write through `services.bulk` in
batches, with the same checks and messages as the one-by-one path, which
remains for `skip_existing` (merging a file into a registry that may hold
some of it).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased, selectinload

from intercluster.db.models import Entity, Evidence, Relation, Source
from intercluster.db.uow import UnitOfWork
from intercluster.errors import Conflict, InterclusterError, InvalidInput
from intercluster.schemas import EntityCreate, EvidenceIn, RelationCreate, SourceCreate, validate
from intercluster.services.bulk import BATCH, BulkWriter
from intercluster.services.entities import EVENT_FIELDS, PROJECT_FIELDS, create_entity
from intercluster.services.relations import add_evidence, create_relation
from intercluster.services.sources import add_source, sha256_of

Progress = Callable[[int], None]  # called with the number of records just handled
EXPORT_BATCH = 2_000
CHUNK = 1 << 16  # characters per piece of a streamed export

ENTITY_EXTRA_FIELDS = (
    "aliases",
    "region",
    "city",
    "website",
    "description",
    "sectors",
    *EVENT_FIELDS,
    *PROJECT_FIELDS,
)
ENTITY_CSV_COLUMNS = ("id", "name", "type", "country", *ENTITY_EXTRA_FIELDS)
LIST_SEPARATOR = ";"
RELATION_CSV_BASE = ("subject", "predicate", "object", "date", "status", "confidence")


@dataclass
class ImportReport:
    sources: int = 0
    entities: int = 0
    relations: int = 0
    skipped: int = 0

    def summary(self) -> str:
        text = f"{self.entities} entities, {self.relations} relations, {self.sources} sources added"
        if self.skipped:
            text += f"; {self.skipped} records already present, left as they are"
        return text


# ---------------------------------------------------------------- export


def _spans(evidence: Iterable[tuple[str, int, int]]) -> list[dict[str, Any]]:
    return [{"source": sha, "span": [start, end]} for sha, start, end in sorted(evidence)]


def entity_record(entity: Entity, evidence: Iterable[tuple[str, int, int]]) -> dict[str, Any]:
    """An entity in the export format; `evidence` is (source sha256, start, end) spans."""
    record: dict[str, Any] = {
        "id": entity.key,
        "name": entity.name,
        "type": entity.type,
        "country": entity.country,
    }
    values = {
        "aliases": entity.alias_names,
        "sectors": entity.sector_names,
        **{
            name: getattr(entity, name)
            for name in ENTITY_EXTRA_FIELDS
            if name not in ("aliases", "sectors")
        },
    }
    for name in ENTITY_EXTRA_FIELDS:
        if values[name] not in (None, []):
            record[name] = values[name]
    if entity.review_status != "confirmed":
        record["review_status"] = entity.review_status
    spans = _spans(evidence)
    if spans:
        record["sources"] = spans
    return record


def relation_record(relation: Relation) -> dict[str, Any]:
    return _relation_record(
        subject=relation.subject.key,
        predicate=relation.predicate,
        object=relation.object.key,
        date=relation.date,
        attributes=relation.attributes,
        event=relation.event.key if relation.event is not None else None,
        status=relation.status,
        confidence=relation.confidence,
        evidence=[(e.source.sha256, e.start_offset, e.end_offset) for e in relation.evidence],
    )


def _relation_record(
    *,
    subject: str,
    predicate: str,
    object: str,
    date: str | None,
    attributes: dict[str, Any] | None,
    event: str | None,
    status: str,
    confidence: float | None,
    evidence: Iterable[tuple[str, int, int]],
) -> dict[str, Any]:
    values = dict(attributes or {})
    if event is not None:
        values["event"] = event
    sources = _spans(evidence)
    record: dict[str, Any] = {
        "subject": subject,
        "predicate": predicate,
        "object": object,
        "date": date,
        "attributes": dict(sorted(values.items())),
        "status": status,
        "evidence": sources[0]["span"] if sources else None,
        "sources": sources,
    }
    if confidence is not None:
        record["confidence"] = confidence
    return record


def source_record(source: Source) -> dict[str, Any]:
    record: dict[str, Any] = {"id": source.sha256, "name": source.name, "chars": source.chars}
    if source.url:
        record["url"] = source.url
    if source.published:
        record["published"] = source.published
    record["text"] = source.text
    return record


def _binary(uow: UnitOfWork, column: Any) -> Any:
    """Order by code point on either database, as Python sorts strings."""
    return column.collate("C") if uow.session.get_bind().dialect.name == "postgresql" else column


def iter_entity_records(uow: UnitOfWork, *, with_evidence: bool = True) -> Iterator[dict[str, Any]]:
    """Every entity in key order, read by keyset in batches."""
    last: str | None = None
    key = _binary(uow, Entity.key)
    while True:
        stmt = select(Entity).options(selectinload(Entity.aliases), selectinload(Entity.sectors))
        if last is not None:
            stmt = stmt.where(key > last)
        batch = list(uow.session.scalars(stmt.order_by(key).limit(EXPORT_BATCH)))
        if not batch:
            return
        spans: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        if with_evidence:
            rows = uow.session.execute(
                select(
                    Evidence.entity_id, Source.sha256, Evidence.start_offset, Evidence.end_offset
                )
                .join(Source, Evidence.source_id == Source.id)
                .where(Evidence.entity_id.in_([e.id for e in batch]))
            )
            for entity_id, sha, start, end in rows:
                if entity_id is not None:
                    spans[entity_id].append((sha, start, end))
        for entity in batch:
            yield entity_record(entity, spans.get(entity.id, ()))
        # The session's identity map holds objects weakly: a read batch goes once unused.
        last = batch[-1].key


def _relation_rows(uow: UnitOfWork) -> Any:
    subject, obj, event = aliased(Entity), aliased(Entity), aliased(Entity)
    stmt = (
        select(
            Relation.id,
            subject.key,
            Relation.predicate,
            obj.key,
            Relation.date,
            Relation.attributes,
            event.key,
            Relation.status,
            Relation.confidence,
        )
        .join(subject, Relation.subject_id == subject.id)
        .join(obj, Relation.object_id == obj.id)
        .outerjoin(event, Relation.event_id == event.id)
        .order_by(
            _binary(uow, subject.key),
            Relation.predicate,
            _binary(uow, obj.key),
            func.coalesce(Relation.date, ""),
            Relation.id,
        )
    )
    # A server-side cursor on PostgreSQL; SQLite steps through its rows anyway.
    return uow.session.execute(stmt.execution_options(yield_per=EXPORT_BATCH))


def iter_relation_records(uow: UnitOfWork) -> Iterator[dict[str, Any]]:
    """Every relation, ordered by subject key, predicate, object key and date, in batches."""
    for batch in _relation_rows(uow).partitions():
        spans: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        rows = uow.session.execute(
            select(Evidence.relation_id, Source.sha256, Evidence.start_offset, Evidence.end_offset)
            .join(Source, Evidence.source_id == Source.id)
            .where(Evidence.relation_id.in_([row[0] for row in batch]))
        )
        for relation_id, sha, start, end in rows:
            if relation_id is not None:
                spans[relation_id].append((sha, start, end))
        for rid, subject, predicate, obj, date, attributes, event, status, confidence in batch:
            yield _relation_record(
                subject=subject,
                predicate=predicate,
                object=obj,
                date=date,
                attributes=attributes,
                event=event,
                status=status,
                confidence=confidence,
                evidence=spans.get(rid, ()),
            )


def iter_source_records(uow: UnitOfWork) -> Iterator[dict[str, Any]]:
    stmt = select(Source).order_by(_binary(uow, Source.sha256))
    for batch in uow.session.scalars(stmt.execution_options(yield_per=200)).partitions():
        for source in batch:
            yield source_record(source)


def export_json(uow: UnitOfWork) -> dict[str, Any]:
    """The whole export as one document (small registries, tests); see `iter_json`."""
    return {
        "entities": list(iter_entity_records(uow)),
        "relations": list(iter_relation_records(uow)),
        "sources": list(iter_source_records(uow)),
    }


def _chunked(pieces: Iterable[str]) -> Iterator[str]:
    buffer: list[str] = []
    size = 0
    for piece in pieces:
        buffer.append(piece)
        size += len(piece)
        if size >= CHUNK:
            yield "".join(buffer)
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer)


def iter_json(uow: UnitOfWork) -> Iterator[str]:
    """The JSON export as text chunks, identical to `json.dumps(export_json(uow), indent=2)`
    plus a newline, without ever holding the registry in memory."""

    def pieces() -> Iterator[str]:
        yield "{"
        parts = (
            ("entities", iter_entity_records(uow)),
            ("relations", iter_relation_records(uow)),
            ("sources", iter_source_records(uow)),
        )
        for index, (name, records) in enumerate(parts):
            yield ("," if index else "") + f'\n  "{name}": ['
            first = True
            for record in records:
                text = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n    ")
                yield ("\n    " if first else ",\n    ") + text
                first = False
            yield "]" if first else "\n  ]"
        yield "\n}\n"

    return _chunked(pieces())


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def _csv_lines(rows: Iterable[list[str]]) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
        if out.tell() >= CHUNK:
            yield out.getvalue()
            out.seek(0)
            out.truncate()
    if out.tell():
        yield out.getvalue()


def iter_entities_csv(uow: UnitOfWork) -> Iterator[str]:
    def rows() -> Iterator[list[str]]:
        yield list(ENTITY_CSV_COLUMNS)
        for record in iter_entity_records(uow, with_evidence=False):
            yield [_csv_cell(record.get(column)) for column in ENTITY_CSV_COLUMNS]

    return _csv_lines(rows())


def iter_relations_csv(uow: UnitOfWork) -> Iterator[str]:
    """Relations as CSV; a first pass over the attributes alone finds the columns."""
    names: set[str] = set()
    stmt = select(Relation.attributes, Relation.event_id).execution_options(yield_per=10_000)
    for attributes, event_id in uow.session.execute(stmt):
        names.update(attributes or {})
        if event_id is not None:
            names.add("event")
    attribute_names = sorted(names)
    columns = [*RELATION_CSV_BASE, *(f"attributes.{name}" for name in attribute_names)]

    def rows() -> Iterator[list[str]]:
        yield columns
        for record in iter_relation_records(uow):
            row = [_csv_cell(record.get(column)) for column in RELATION_CSV_BASE]
            row += [_csv_cell(record["attributes"].get(name)) for name in attribute_names]
            yield row

    return _csv_lines(rows())


def export_entities_csv(uow: UnitOfWork) -> str:
    return "".join(iter_entities_csv(uow))


def export_relations_csv(uow: UnitOfWork) -> str:
    return "".join(iter_relations_csv(uow))


# ---------------------------------------------------------------- import


def _describe(where: str, error: InterclusterError) -> InvalidInput:
    message = error.message if error.message.startswith(where) else f"{where}: {error.message}"
    return InvalidInput(message, field=error.field, details=error.details)


def _expect(value: Any, kind: type, where: str) -> Any:
    if not isinstance(value, kind):
        raise InvalidInput(
            f"{where}: expected a JSON {kind.__name__ if kind is not dict else 'object'}"
        )
    return value


_BLANK = re.compile(r"[ \t\n\r]*")
RECORD_LISTS = ("sources", "entities", "relations")


def _json_error(message: str, text: str, position: int) -> InvalidInput:
    error = json.JSONDecodeError(message, text, position)
    return InvalidInput(f"line {error.lineno}, column {error.colno}: invalid JSON ({error.msg})")


class JsonDocument:
    """A JSON export read one record at a time.

    The top level is scanned once (each record decoded and dropped, to find
    where the lists are and how long they are); `records(name)` then decodes
    the records of one list lazily. Memory holds the text and one record, not
    a million dicts.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.decoder = json.JSONDecoder()
        self.starts: dict[str, int] = {}  # where each record list begins
        self.sizes: dict[str, int] = {}
        self.values: dict[str, Any] = {}  # other top-level values
        self._scan()

    def _blank(self, index: int) -> int:
        match = _BLANK.match(self.text, index)
        return match.end() if match else index

    def _value(self, index: int) -> tuple[Any, int]:
        try:
            return self.decoder.raw_decode(self.text, index)
        except json.JSONDecodeError as exc:
            raise InvalidInput(
                f"line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"
            ) from exc

    def _scan(self) -> None:
        text = self.text
        index = self._blank(0)
        if not text.startswith("{", index):
            value, end = self._value(index)
            if self._blank(end) != len(text):
                raise _json_error("Extra data", text, self._blank(end))
            _expect(value, dict, "document")
        index = self._blank(index + 1)
        if text.startswith("}", index):
            index += 1
        else:
            while True:
                if not text.startswith('"', index):
                    raise _json_error(
                        "Expecting property name enclosed in double quotes", text, index
                    )
                key, index = self._value(index)
                index = self._blank(index)
                if not text.startswith(":", index):
                    raise _json_error("Expecting ':' delimiter", text, index)
                index = self._blank(index + 1)
                if key in RECORD_LISTS and text.startswith("[", index):
                    self.starts[key] = index
                    count = 0
                    for _record, end in self._items(index):
                        count, index = count + 1, end
                    self.sizes[key] = count
                    index = self._list_end(index)
                else:
                    self.values[key], index = self._value(index)
                    self.starts.pop(key, None)
                index = self._blank(index)
                if text.startswith(",", index):
                    index = self._blank(index + 1)
                    continue
                if text.startswith("}", index):
                    index += 1
                    break
                raise _json_error("Expecting ',' delimiter", text, index)
        if self._blank(index) != len(text):
            raise _json_error("Extra data", text, self._blank(index))

    def _list_end(self, start: int) -> int:
        """The index after the closing bracket of the list whose last record ends at `start`."""
        index = self._blank(start)
        if self.text.startswith("[", index):  # an empty list: `start` is its opening bracket
            index = self._blank(index + 1)
        return index + 1

    def _items(self, start: int) -> Iterator[tuple[Any, int]]:
        text = self.text
        index = self._blank(start + 1)
        if text.startswith("]", index):
            return
        while True:
            value, index = self._value(index)
            yield value, index
            index = self._blank(index)
            if text.startswith(",", index):
                index = self._blank(index + 1)
            elif text.startswith("]", index):
                return
            else:
                raise _json_error("Expecting ',' delimiter", text, index)

    def keys(self) -> set[str]:
        return set(self.starts) | set(self.values)

    def records(self, name: str) -> Iterator[Any]:
        """The records of one top-level list (refused when that key holds something else)."""
        if name in self.values:
            _expect(self.values[name], list, name)
        if name in self.starts:
            for value, _end in self._items(self.starts[name]):
                yield value

    def load(self) -> dict[str, Any]:
        """The whole document as one object (the one-by-one path)."""
        data = dict(self.values)
        for name in self.starts:
            data[name] = list(self.records(name))
        return data


def import_json(
    uow: UnitOfWork,
    text: str,
    *,
    skip_existing: bool = False,
    progress: Progress | None = None,
    total: Callable[[int], None] | None = None,
) -> ImportReport:
    """Add the file's records; with `skip_existing`, records already there are left alone.

    Skipping makes a re-import a no-op (the demo relies on it): an entity whose
    key exists keeps its current fields, a relation already stated only gains
    the file's sources it lacks. Without it, records are checked one by one and
    written in batches (`services.bulk`). `total` hears the number of records
    once known, `progress` the number handled since its last call.
    """
    document = JsonDocument(text)
    unknown = document.keys() - {"entities", "relations", "sources", "document"}
    if unknown:
        raise InvalidInput(f"document: unknown top-level key {sorted(unknown)[0]!r}")
    if not document.keys() & {"entities", "relations"}:
        raise InvalidInput('document: expected "entities" and/or "relations" lists')
    if skip_existing:
        return _import_json_one_by_one(uow, document.load(), skip_existing=True)
    if total is not None:
        total(sum(document.sizes.values()))
    report = ImportReport()
    with BulkWriter(uow, records=sum(document.sizes.values())) as writer:
        known_sources = {
            sha: (source_id, chars)
            for sha, source_id, chars in uow.session.execute(
                select(Source.sha256, Source.id, Source.chars)
            )
        }
        source_ids: dict[str, int] = {}
        counter = _Counter(progress)
        for index, raw in enumerate(document.records("sources")):
            where = f"sources[{index}]"
            _expect(raw, dict, where)
            fields = {k: v for k, v in raw.items() if k not in ("id", "chars")}
            source_in = validate(SourceCreate, fields, where=where)
            sha = sha256_of(source_in.text)
            if raw.get("id") not in (None, sha):
                raise InvalidInput(f"{where}.id: does not match the sha256 of its text")
            if sha in source_ids or sha in known_sources:
                if sha not in source_ids:
                    source_ids[sha], chars = known_sources[sha]
                    writer.known_source(source_ids[sha], chars)
                report.skipped += 1
            else:
                source_ids[sha] = writer.add_source(source_in, sha)
                report.sources += 1
            counter.step(writer)
        for index, raw in enumerate(document.records("entities")):
            where = f"entities[{index}]"
            _expect(raw, dict, where)
            if "id" in raw:
                where += f" (id {raw['id']!r})"
            _bulk_entity(writer, raw, where, source_ids)
            report.entities += 1
            counter.step(writer)
        for index, raw in enumerate(document.records("relations")):
            where = f"relations[{index}]"
            _expect(raw, dict, where)
            _bulk_relation(writer, raw, where, source_ids)
            report.relations += 1
            counter.step(writer)
        counter.finish(writer)
        writer.record(f"import: {report.summary()}")
        return report


class _Counter:
    """Writes a batch when one is full, and tells the progress callback."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.since = 0

    def step(self, writer: BulkWriter) -> None:
        self.since += 1
        if writer.pending() >= BATCH:
            writer.flush()
            self._report()

    def _report(self) -> None:
        if self.progress is not None and self.since:
            self.progress(self.since)
        self.since = 0

    def finish(self, writer: BulkWriter) -> None:
        writer.finish()
        self._report()


def _bulk_entity(
    writer: BulkWriter, raw: dict[str, Any], where: str, source_ids: dict[str, int]
) -> None:
    fields = {k: v for k, v in raw.items() if k not in ("id", "sources", "mentions", "linked_to")}
    if raw.get("id") is not None:
        fields["key"] = str(raw["id"])
    try:
        data = validate(EntityCreate, fields, where=where)
        writer.add_entity(data, _spans_in(raw.get("sources", []), where, source_ids))
    except InterclusterError as exc:
        raise _describe(where, exc) from exc


def _bulk_relation(
    writer: BulkWriter, raw: dict[str, Any], where: str, source_ids: dict[str, int]
) -> None:
    fields = {k: v for k, v in raw.items() if k not in ("sources", "evidence")}
    try:
        data = validate(RelationCreate, fields, where=where)
        data.evidence = _spans_in(raw.get("sources", []), where, source_ids)
        writer.add_relation(data)
    except InterclusterError as exc:
        raise _describe(where, exc) from exc


def _import_json_one_by_one(
    uow: UnitOfWork, data: dict[str, Any], *, skip_existing: bool
) -> ImportReport:
    report = ImportReport()
    source_ids: dict[str, int] = {}
    for index, raw in enumerate(_expect(data.get("sources", []), list, "sources")):
        where = f"sources[{index}]"
        _expect(raw, dict, where)
        fields = {k: v for k, v in raw.items() if k not in ("id", "chars")}
        source_in = validate(SourceCreate, fields, where=where)
        if raw.get("id") not in (None, sha256_of(source_in.text)):
            raise InvalidInput(f"{where}.id: does not match the sha256 of its text")
        known = uow.sources.get_by_sha256(sha256_of(source_in.text))
        source = known or add_source(uow, data=source_in)
        source_ids[source.sha256] = source.id
        if known is None:
            report.sources += 1
        else:
            report.skipped += 1
    local: dict[str, int] = {}
    for index, raw in enumerate(_expect(data.get("entities", []), list, "entities")):
        where = f"entities[{index}]"
        _expect(raw, dict, where)
        if "id" in raw:
            where += f" (id {raw['id']!r})"
        existing = uow.entities.get_by_key(str(raw["id"])) if "id" in raw else None
        if existing is not None and skip_existing:
            local[str(raw["id"])] = existing.id
            report.skipped += 1
            continue
        entity = _import_entity(uow, raw, where, source_ids)
        if raw.get("id") is not None:
            local[str(raw["id"])] = entity.id
        report.entities += 1
    for index, raw in enumerate(_expect(data.get("relations", []), list, "relations")):
        where = f"relations[{index}]"
        _expect(raw, dict, where)
        if _import_relation(uow, raw, where, local, source_ids, skip_existing=skip_existing):
            report.relations += 1
        else:
            report.skipped += 1
    return report


def _spans_in(raw: Any, where: str, source_ids: dict[str, int]) -> list[EvidenceIn]:
    spans: list[EvidenceIn] = []
    for index, item in enumerate(_expect(raw, list, f"{where}.sources")):
        here = f"{where}.sources[{index}]"
        _expect(item, dict, here)
        sha = item.get("source")
        if sha not in source_ids:
            raise InvalidInput(f"{here}.source: no source {sha!r} in this file's sources")
        span = item.get("span")
        if not (isinstance(span, list) and len(span) == 2):
            raise InvalidInput(f"{here}.span: expected [start, end]")
        spans.append(
            validate(
                EvidenceIn,
                {"source_id": source_ids[sha], "start": span[0], "end": span[1]},
                where=here,
            )
        )
    return spans


def _import_entity(
    uow: UnitOfWork, raw: dict[str, Any], where: str, source_ids: dict[str, int]
) -> Entity:
    # Extraction output carries mentions and links, which a registry import ignores.
    fields = {k: v for k, v in raw.items() if k not in ("id", "sources", "mentions", "linked_to")}
    if raw.get("id") is not None:
        fields["key"] = str(raw["id"])
    try:
        entity = create_entity(uow, data=validate(EntityCreate, fields, where=where))
        for span in _spans_in(raw.get("sources", []), where, source_ids):
            uow.session.add(
                Evidence(
                    entity_id=entity.id,
                    source_id=span.source_id,
                    start_offset=span.start,
                    end_offset=span.end,
                )
            )
        uow.flush()
    except InterclusterError as exc:
        raise _describe(where, exc) from exc
    return entity


def _import_relation(
    uow: UnitOfWork,
    raw: dict[str, Any],
    where: str,
    local: dict[str, int],
    source_ids: dict[str, int],
    *,
    skip_existing: bool = False,
) -> bool:
    """Create the relation; False when it already existed (and `skip_existing` is set)."""
    fields = {k: v for k, v in raw.items() if k not in ("sources", "evidence")}
    for side in ("subject", "object"):
        ref = fields.get(side)
        if isinstance(ref, str) and ref in local:
            fields[side] = local[ref]
    attributes = fields.get("attributes")
    if isinstance(attributes, dict) and isinstance(attributes.get("event"), str):
        event = attributes["event"]
        fields["attributes"] = {**attributes, "event": local.get(event, event)}
    try:
        data = validate(RelationCreate, fields, where=where)
        data.evidence = _spans_in(raw.get("sources", []), where, source_ids)
        try:
            create_relation(uow, data=data)
        except Conflict as exc:
            existing = (exc.details or {}).get("existing", {}).get("id")
            if not skip_existing or existing is None:
                raise
            for span in data.evidence:
                add_evidence(uow, relation_id=existing, span=span)
            return False
        return True
    except InterclusterError as exc:
        raise _describe(where, exc) from exc


def import_csv(
    uow: UnitOfWork,
    text: str,
    *,
    progress: Progress | None = None,
    total: Callable[[int], None] | None = None,
) -> ImportReport:
    """Entities or relations, told apart by the header (a `predicate` column means relations)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if not header:
        raise InvalidInput("line 1: the CSV file is empty (expected a header row)")
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise InvalidInput(f"line 1: column {duplicates[0]!r} appears twice")
    if total is not None:
        total(max(text.count("\n") - 1, 0))
    report = ImportReport()
    with BulkWriter(uow, records=max(text.count("\n") - 1, 0)) as writer:
        counter = _Counter(progress)
        if "predicate" in header:
            for column in ("subject", "object"):
                if column not in header:
                    raise InvalidInput(f"line 1: a relations CSV needs a {column!r} column")
            allowed = set(RELATION_CSV_BASE)
            for column in header:
                if column not in allowed and not column.startswith("attributes."):
                    raise InvalidInput(f"line 1: unknown column {column!r}")
            for row in reader:
                where = f"line {reader.line_num}"
                _check_row_width(row, where)
                fields: dict[str, Any] = {"attributes": {}}
                for column, value in row.items():
                    if value in (None, ""):
                        continue
                    if column.startswith("attributes."):
                        fields["attributes"][column.removeprefix("attributes.")] = value
                    else:
                        fields[column] = value
                _bulk_relation(writer, fields, where, {})
                report.relations += 1
                counter.step(writer)
            counter.finish(writer)
            writer.record(f"import: {report.summary()}")
            return report
        for column in ("name", "type"):
            if column not in header:
                raise InvalidInput(
                    f"line 1: an entities CSV needs a {column!r} column "
                    "(a relations CSV needs 'subject', 'predicate', 'object')"
                )
        for column in header:
            if column not in ENTITY_CSV_COLUMNS:
                raise InvalidInput(f"line 1: unknown column {column!r}")
        for row in reader:
            where = f"line {reader.line_num}"
            _check_row_width(row, where)
            fields = {}
            for column, value in row.items():
                if value in (None, ""):
                    continue
                if column in ("aliases", "sectors"):
                    fields[column] = [v.strip() for v in value.split(LIST_SEPARATOR) if v.strip()]
                else:
                    fields[column] = value
            _bulk_entity(writer, fields, where, {})
            report.entities += 1
            counter.step(writer)
        counter.finish(writer)
        writer.record(f"import: {report.summary()}")
        return report


def _check_row_width(row: dict[str | None, Any], where: str) -> None:
    if None in row:
        raise InvalidInput(f"{where}: more cells than columns in the header")
    if any(value is None for value in row.values()):
        raise InvalidInput(f"{where}: fewer cells than columns in the header")
