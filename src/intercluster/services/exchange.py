"""Import and export of the registry as JSON (the extraction format) and CSV.

The JSON export is `{"entities": [...], "relations": [...], "sources": [...]}`:
entities and relations in the extraction format of DOMAIN.md (entity ids are
the stable keys), plus the source documents so provenance survives a round
trip. Imports run in the caller's unit of work: one bad row and nothing is
written.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from intercluster.db.models import Entity, Evidence, Relation, Source
from intercluster.db.uow import UnitOfWork
from intercluster.errors import Conflict, InterclusterError, InvalidInput
from intercluster.schemas import EntityCreate, EvidenceIn, RelationCreate, SourceCreate, validate
from intercluster.services.entities import EVENT_FIELDS, PROJECT_FIELDS, create_entity
from intercluster.services.relations import add_evidence, create_relation
from intercluster.services.sources import add_source, sha256_of

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


def _spans(evidence: list[Evidence]) -> list[dict[str, Any]]:
    spans = sorted((e.source.sha256, e.start_offset, e.end_offset) for e in evidence)
    return [{"source": sha, "span": [start, end]} for sha, start, end in spans]


def entity_record(entity: Entity, evidence: list[Evidence]) -> dict[str, Any]:
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
    if evidence:
        record["sources"] = _spans(evidence)
    return record


def relation_record(relation: Relation) -> dict[str, Any]:
    attributes = dict(relation.attributes or {})
    if relation.event is not None:
        attributes["event"] = relation.event.key
    sources = _spans(relation.evidence)
    record: dict[str, Any] = {
        "subject": relation.subject.key,
        "predicate": relation.predicate,
        "object": relation.object.key,
        "date": relation.date,
        "attributes": dict(sorted(attributes.items())),
        "status": relation.status,
        "evidence": sources[0]["span"] if sources else None,
        "sources": sources,
    }
    if relation.confidence is not None:
        record["confidence"] = relation.confidence
    return record


def source_record(source: Source) -> dict[str, Any]:
    record: dict[str, Any] = {"id": source.sha256, "name": source.name, "chars": source.chars}
    if source.url:
        record["url"] = source.url
    if source.published:
        record["published"] = source.published
    record["text"] = source.text
    return record


def _relation_order(record: dict[str, Any]) -> tuple[str, str, str, str]:
    return (record["subject"], record["predicate"], record["object"], record["date"] or "")


def export_json(uow: UnitOfWork) -> dict[str, Any]:
    entities = uow.entities.iter_all()
    entity_evidence = {e.id: uow.sources.entity_evidence(e.id) for e in entities}
    relations = sorted((relation_record(r) for r in uow.relations.all()), key=_relation_order)
    return {
        "entities": [entity_record(e, entity_evidence[e.id]) for e in entities],
        "relations": relations,
        "sources": [source_record(s) for s in uow.sources.all()],
    }


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return str(value)


def export_entities_csv(uow: UnitOfWork) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ENTITY_CSV_COLUMNS)
    for entity in uow.entities.iter_all():
        record = entity_record(entity, [])
        writer.writerow([_csv_cell(record.get(column)) for column in ENTITY_CSV_COLUMNS])
    return out.getvalue()


def export_relations_csv(uow: UnitOfWork) -> str:
    records = sorted((relation_record(r) for r in uow.relations.all()), key=_relation_order)
    attribute_names = sorted({name for r in records for name in r["attributes"]})
    columns = [*RELATION_CSV_BASE, *(f"attributes.{name}" for name in attribute_names)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        row = [_csv_cell(record.get(column)) for column in RELATION_CSV_BASE]
        row += [_csv_cell(record["attributes"].get(name)) for name in attribute_names]
        writer.writerow(row)
    return out.getvalue()


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


def import_json(uow: UnitOfWork, text: str, *, skip_existing: bool = False) -> ImportReport:
    """Add the file's records; with `skip_existing`, records already there are left alone.

    Skipping makes a re-import a no-op (the demo relies on it): an entity whose
    key exists keeps its current fields, a relation already stated only gains
    the file's sources it lacks.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"line {exc.lineno}, column {exc.colno}: invalid JSON ({exc.msg})"
        ) from exc
    _expect(data, dict, "document")
    unknown = set(data) - {"entities", "relations", "sources", "document"}
    if unknown:
        raise InvalidInput(f"document: unknown top-level key {sorted(unknown)[0]!r}")
    if "entities" not in data and "relations" not in data:
        raise InvalidInput('document: expected "entities" and/or "relations" lists')
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


def import_csv(uow: UnitOfWork, text: str) -> ImportReport:
    """Entities or relations, told apart by the header (a `predicate` column means relations)."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = reader.fieldnames or []
    if not header:
        raise InvalidInput("line 1: the CSV file is empty (expected a header row)")
    duplicates = sorted({c for c in header if header.count(c) > 1})
    if duplicates:
        raise InvalidInput(f"line 1: column {duplicates[0]!r} appears twice")
    report = ImportReport()
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
            _import_relation(uow, fields, where, {}, {})
            report.relations += 1
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
        _import_entity(uow, fields, where, {})
        report.entities += 1
    return report


def _check_row_width(row: dict[str | None, Any], where: str) -> None:
    if None in row:
        raise InvalidInput(f"{where}: more cells than columns in the header")
    if any(value is None for value in row.values()):
        raise InvalidInput(f"{where}: fewer cells than columns in the header")
