"""Merge two records of the same organisation (or person, event, ...) into one.

Nothing is lost: the duplicate's relations move to the survivor (a relation
that then states a fact the survivor already has is combined with it, its
sources added); its name and aliases become aliases; its sectors and any
field the survivor lacks are copied; its sources follow.
"""

from __future__ import annotations

from intercluster.db.models import Entity, Evidence, Relation
from intercluster.db.uow import UnitOfWork
from intercluster.domain.vocabulary import PREDICATES, EntityType, Predicate, kind_of
from intercluster.errors import InvalidInput
from intercluster.schemas import MergeResult
from intercluster.services.entities import (
    SIMPLE_FIELDS,
    get_entity,
    set_aliases,
    set_sectors,
    to_public,
)

# A confirmed fact outranks a proposal, which outranks a rejection.
_STATUS_RANK = {"rejected": 0, "proposed": 1, "confirmed": 2}


def _span(evidence: Evidence) -> tuple[int, int, int]:
    return (evidence.source_id, evidence.start_offset, evidence.end_offset)


def _copy_evidence(
    uow: UnitOfWork, spans: list[Evidence], *, to_relation: Relation | None, to_entity: Entity
) -> None:
    """Give the target copies of these spans (the originals go with their relation)."""
    have = {_span(e) for e in to_relation.evidence} if to_relation is not None else set()
    for evidence in spans:
        if _span(evidence) in have:
            continue
        have.add(_span(evidence))
        copy = Evidence(
            source_id=evidence.source_id,
            start_offset=evidence.start_offset,
            end_offset=evidence.end_offset,
        )
        if to_relation is not None:
            to_relation.evidence.append(copy)
        else:
            copy.entity_id = to_entity.id
            uow.session.add(copy)


def merge_entities(uow: UnitOfWork, *, survivor_id: int, duplicate_id: int) -> MergeResult:
    survivor = get_entity(uow, survivor_id)
    duplicate = get_entity(uow, duplicate_id)
    if survivor.id == duplicate.id:
        raise InvalidInput("duplicate: cannot merge an entity into itself", field="duplicate")
    if kind_of(EntityType(survivor.type)) is not kind_of(EntityType(duplicate.type)):
        raise InvalidInput(
            f"duplicate: a {duplicate.type} cannot be merged into a {survivor.type}",
            field="duplicate",
        )
    uow.describe(
        f"merge of {duplicate.name} ({duplicate.key}) into {survivor.name} ({survivor.key})"
    )
    moved = combined = dropped = 0
    for relation in uow.relations.touching(duplicate.id):
        if relation.event_id == duplicate.id:
            relation.event = survivor
        if relation.subject_id != duplicate.id and relation.object_id != duplicate.id:
            continue
        if relation.subject_id == duplicate.id:
            relation.subject = survivor
        if relation.object_id == duplicate.id:
            relation.object = survivor
        if relation.subject.id == relation.object.id:
            # A relation between the two records of one organisation says nothing
            # once they are one; its sources stay, as sources of the survivor.
            _copy_evidence(uow, relation.evidence, to_relation=None, to_entity=survivor)
            uow.relations.delete(relation)
            dropped += 1
            continue
        uow.flush()
        same = uow.relations.find_same(
            subject_id=relation.subject.id,
            predicate=relation.predicate,
            object_id=relation.object.id,
            date=relation.date,
            symmetric=PREDICATES[Predicate(relation.predicate)].symmetric,
            exclude_id=relation.id,
        )
        if same is None:
            moved += 1
            continue
        _copy_evidence(uow, relation.evidence, to_relation=same, to_entity=survivor)
        same.attributes = {**(relation.attributes or {}), **(same.attributes or {})}
        if _STATUS_RANK[relation.status] > _STATUS_RANK[same.status]:
            same.status = relation.status
        if same.event_id is None and relation.event_id is not None:
            same.event_id = relation.event_id
        uow.relations.delete(relation)
        combined += 1

    added_aliases = [
        name
        for name in [duplicate.name, *duplicate.alias_names]
        if name not in survivor.alias_names and name != survivor.name
    ]
    for name in SIMPLE_FIELDS:
        if getattr(survivor, name) is None and getattr(duplicate, name) is not None:
            setattr(survivor, name, getattr(duplicate, name))
    sectors = sorted(set(survivor.sector_names) | set(duplicate.sector_names))
    for evidence in uow.sources.entity_evidence(duplicate.id):
        evidence.entity_id = survivor.id
    uow.flush()
    merged_key = duplicate.key
    uow.entities.delete(duplicate)

    set_aliases(survivor, [*survivor.alias_names, *added_aliases])
    set_sectors(survivor, sectors)
    uow.flush()
    return MergeResult(
        survivor=to_public(survivor),
        merged_key=merged_key,
        relations_moved=moved,
        relations_combined=combined,
        relations_dropped=dropped,
        aliases_added=added_aliases,
    )
