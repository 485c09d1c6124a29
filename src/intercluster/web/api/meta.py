"""Routes that describe the service itself: health and vocabulary."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from intercluster import __version__
from intercluster.domain.vocabulary import (
    PREDICATES,
    SECTORS,
    EntityType,
    EventFormat,
    ProjectStatus,
    RelationStatus,
    kind_of,
)
from intercluster.web.deps import DatabaseDep

router = APIRouter(tags=["meta"])


@router.get("/health", summary="Is the service up and its database reachable?")
def health(database: DatabaseDep) -> dict[str, str]:
    with database.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return {"status": "ok", "version": __version__, "database": database.engine.dialect.name}


@router.get("/vocabulary", summary="Entity types, predicates, attributes, statuses and sectors")
def vocabulary() -> dict[str, Any]:
    return {
        "entity_types": [{"type": t.value, "kind": kind_of(t).value} for t in EntityType],
        "predicates": [
            {
                "predicate": predicate.value,
                "subjects": sorted(t.value for t in rule.subjects),
                "objects": sorted(t.value for t in rule.objects),
                "symmetric": rule.symmetric,
                "attributes": {
                    name: {"kind": spec.kind, "choices": list(spec.choices)}
                    for name, spec in rule.attributes.items()
                },
            }
            for predicate, rule in PREDICATES.items()
        ],
        "relation_statuses": [s.value for s in RelationStatus],
        "event_formats": [f.value for f in EventFormat],
        "project_statuses": [s.value for s in ProjectStatus],
        "sectors": list(SECTORS),
    }
