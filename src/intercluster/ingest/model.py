"""What extraction produces: entities with their mentions, relations with their evidence.

`Extraction.to_json()` is the contract of `intercluster extract FILE --format json`
(shared/design/DOMAIN.md, "Extraction output").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from intercluster.domain.vocabulary import EntityType, Predicate


@dataclass
class ExtractedEntity:
    id: str
    name: str
    type: EntityType
    country: str | None
    mentions: list[tuple[int, int]]
    aliases: list[str] = field(default_factory=list)
    linked_to: str | None = None  # "org:42": the registry entity it was linked to
    linked_id: int | None = None
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type.value,
            "country": self.country,
            "mentions": [[start, end] for start, end in self.mentions],
            "linked_to": self.linked_to,
        }


@dataclass
class ExtractedRelation:
    subject: str
    predicate: Predicate
    object: str
    date: str | None
    attributes: dict[str, Any]
    evidence: tuple[int, int]
    confidence: float

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "predicate": self.predicate.value,
            "object": self.object,
            "date": self.date,
            "attributes": self.attributes,
            "evidence": [self.evidence[0], self.evidence[1]],
            "confidence": round(self.confidence, 2),
        }


@dataclass
class Extraction:
    name: str
    sha256: str
    text: str
    year: int | None
    entities: list[ExtractedEntity]
    relations: list[ExtractedRelation]

    def entity(self, entity_id: str) -> ExtractedEntity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": {"name": self.name, "sha256": self.sha256, "chars": len(self.text)},
            "entities": [e.to_json() for e in self.entities],
            "relations": [r.to_json() for r in self.relations],
        }
