"""Use cases of ingestion: a document becomes proposed entities and relations with provenance.

The document is stored whole as a source (once: the same text again is
"unchanged" and creates nothing). Each extracted entity is linked to the
registry entity it names, or proposed as a new entity (`review_status`
"proposed"); its first mention becomes an evidence span. Each relation is
proposed with its confidence and the span of its sentence; a relation the
registry already states gets this document as one more source instead.
Everything for one document happens in the caller's unit of work: it lands
whole or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intercluster.db.models import Entity, Evidence
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import normalize_name
from intercluster.domain.vocabulary import KIND_TYPES, EntityType, RelationStatus, kind_of
from intercluster.errors import Conflict, InvalidInput
from intercluster.ingest.linking import Gazetteer, GazetteerEntry
from intercluster.ingest.model import Extraction
from intercluster.ingest.pipeline import extract
from intercluster.ingest.readers import Document
from intercluster.schemas import EntityCreate, EvidenceIn, RelationCreate, SourceCreate, validate
from intercluster.services.entities import create_entity
from intercluster.services.relations import add_evidence, create_relation
from intercluster.services.sources import add_source


@dataclass
class IngestReport:
    """What one document gave: the counts a person reads in the summary."""

    name: str
    status: str  # ingested | unchanged | failed
    source_id: int | None = None
    entities_new: int = 0
    entities_linked: int = 0
    relations_new: int = 0
    relations_known: int = 0  # already in the registry: this document added as a source
    relations_skipped: int = 0
    error: str | None = None
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "source_id": self.source_id,
            "entities_new": self.entities_new,
            "entities_linked": self.entities_linked,
            "relations_new": self.relations_new,
            "relations_known": self.relations_known,
            "relations_skipped": self.relations_skipped,
            "error": self.error,
        }


def build_gazetteer(uow: UnitOfWork) -> Gazetteer:
    """Every entity not rejected, with its aliases, as names to find and link to."""
    entries = [
        GazetteerEntry(
            id=entity.id,
            key=entity.key,
            name=entity.name,
            type=EntityType(entity.type),
            country=entity.country,
            aliases=tuple(entity.alias_names),
            year=int(entity.start_date[:4]) if entity.start_date else None,
        )
        for entity in uow.entities.iter_all()
        if entity.review_status != RelationStatus.REJECTED.value
    ]
    return Gazetteer(entries)


def ingest_document(
    uow: UnitOfWork, *, document: Document, gazetteer: Gazetteer | None = None
) -> tuple[IngestReport, Extraction | None]:
    """Extract and store one document; a document already stored creates nothing."""
    found = uow.sources.get_by_sha256(document.sha256)
    if found is not None:
        report = IngestReport(document.name, "unchanged", source_id=found.id)
        return report, None
    extraction = extract(document, gazetteer if gazetteer is not None else build_gazetteer(uow))
    return store_extraction(uow, extraction=extraction), extraction


def store_extraction(uow: UnitOfWork, *, extraction: Extraction) -> IngestReport:
    source = add_source(uow, data=SourceCreate(name=extraction.name[:300], text=extraction.text))
    report = IngestReport(extraction.name, "ingested", source_id=source.id)
    stored: dict[str, Entity] = {}
    for item in extraction.entities:
        entity = _linked_entity(uow, item.linked_id, item.name, item.type)
        if entity is None:
            entity = create_entity(
                uow,
                data=validate(
                    EntityCreate,
                    {
                        "name": item.name[:300],
                        "type": item.type.value,
                        "country": item.country,
                        "aliases": [a[:300] for a in item.aliases],
                        "review_status": RelationStatus.PROPOSED.value,
                    },
                    where=f"{extraction.name}: entity {item.name!r}",
                ),
            )
            report.entities_new += 1
        else:
            report.entities_linked += 1
        stored[item.id] = entity
        start, end = item.mentions[0]
        uow.session.add(
            Evidence(source=source, entity_id=entity.id, start_offset=start, end_offset=end)
        )
    uow.flush()
    for relation in extraction.relations:
        subject, obj = stored[relation.subject], stored[relation.object]
        if subject.id == obj.id:
            report.relations_skipped += 1
            continue
        attributes = dict(relation.attributes)
        if "event" in attributes:
            attributes["event"] = stored[attributes["event"]].id
        span = EvidenceIn(source_id=source.id, start=relation.evidence[0], end=relation.evidence[1])
        data = RelationCreate(
            subject=subject.id,
            predicate=relation.predicate.value,
            object=obj.id,
            date=relation.date,
            status=RelationStatus.PROPOSED.value,
            attributes=attributes,
            confidence=round(relation.confidence, 2),
            evidence=[span],
        )
        try:
            create_relation(uow, data=data)
            report.relations_new += 1
        except Conflict as exc:
            existing = (exc.details or {}).get("existing", {}).get("id")
            if existing is None:
                raise
            add_evidence(uow, relation_id=existing, span=span)
            report.relations_known += 1
        except InvalidInput as exc:
            # a fact the registry's rules refuse (a type the registry gives otherwise)
            report.relations_skipped += 1
            report.skipped.append(exc.message)
    return report


def _linked_entity(
    uow: UnitOfWork, linked_id: int | None, name: str, entity_type: EntityType
) -> Entity | None:
    """The registry entity an extracted one stands for: its link, else the same name."""
    if linked_id is not None:
        entity = uow.entities.get(linked_id)
        if entity is not None:
            return entity
    same_kind = [t.value for t in KIND_TYPES[kind_of(entity_type)]]
    matches = uow.entities.find_by_name(name, same_kind)
    if not matches:
        return None
    norm = normalize_name(name)
    exact = [m for m in matches if m.type == entity_type.value and m.name_norm == norm]
    return (exact or matches)[0]
