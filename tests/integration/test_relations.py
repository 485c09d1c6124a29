"""Relation use cases: rules, duplicates, evidence, updates."""

from __future__ import annotations

import pytest

from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import Database
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import (
    EntityCreate,
    EvidenceIn,
    RelationCreate,
    RelationUpdate,
    SourceCreate,
)
from intercluster.services import relations as service
from intercluster.services.entities import create_entity
from intercluster.services.sources import add_source
from tests.conftest import unique

TEXT = "Partnerships were created with Medicon. Genopole met BioWin at BIO-Europe Spring."


@pytest.fixture
def world(database: Database) -> dict[str, int]:
    ids: dict[str, int] = {}
    with database.uow() as uow:
        for key, entity_type in (
            ("genopole", "cluster"),
            ("medicon", "cluster"),
            ("biowin", "cluster"),
            ("bes", "event"),
            ("urinbb", "project"),
            ("munich", "place"),
        ):
            entity = create_entity(
                uow, data=EntityCreate(name=unique(key), type=entity_type, key=key)
            )
            ids[key] = entity.id
        ids["source"] = add_source(uow, data=SourceCreate(name="report", text=TEXT)).id
    return ids


def create(database: Database, **fields: object) -> int:
    with database.uow() as uow:
        return service.create_relation(uow, data=RelationCreate.model_validate(fields)).id


def test_relation_with_attributes_event_and_evidence(
    database: Database, world: dict[str, int]
) -> None:
    relation_id = create(
        database,
        subject="genopole",
        predicate="met_with",
        object="biowin",
        date="2021",
        attributes={"event": "bes", "outcome": "follow-up call"},
        evidence=[{"source_id": world["source"], "start": 40, "end": 81}],
    )
    with database.uow() as uow:
        public = service.to_public(service.get_relation(uow, relation_id))
    assert public.year == 2021
    assert public.event is not None and public.event.key == "bes"
    assert public.attributes == {"outcome": "follow-up call"}
    assert public.evidence[0].text == "Genopole met BioWin at BIO-Europe Spring."
    assert public.status == "confirmed"


def test_the_same_fact_twice_is_a_conflict_both_ways_when_symmetric(
    database: Database, world: dict[str, int]
) -> None:
    create(database, subject="genopole", predicate="partner_of", object="medicon", date="2021")
    with pytest.raises(Conflict) as caught:
        create(database, subject="medicon", predicate="partner_of", object="genopole", date="2021")
    assert caught.value.field == "relation"
    # Another date is another fact (a renewal), allowed.
    create(database, subject="medicon", predicate="partner_of", object="genopole", date="2022")
    create(database, subject="genopole", predicate="consortium_member_of", object="urinbb")
    create(database, subject="medicon", predicate="consortium_member_of", object="urinbb")


@pytest.mark.parametrize(
    ("fields", "error", "field"),
    [
        (
            {"subject": "genopole", "predicate": "member_of", "object": "urinbb"},
            InvalidInput,
            "object",
        ),
        (
            {"subject": "genopole", "predicate": "partner_of", "object": "nowhere"},
            NotFound,
            "object",
        ),
        ({"subject": 99999, "predicate": "partner_of", "object": "biowin"}, NotFound, "subject"),
        (
            {"subject": "genopole", "predicate": "partner_of", "object": "genopole"},
            InvalidInput,
            "object",
        ),
        (
            {
                "subject": "genopole",
                "predicate": "met_with",
                "object": "biowin",
                "attributes": {"event": "munich"},
            },
            NotFound,
            "attributes.event",
        ),
        (
            {
                "subject": "genopole",
                "predicate": "partner_of",
                "object": "biowin",
                "attributes": {"level": "Gold"},
            },
            InvalidInput,
            "attributes.level",
        ),
    ],
)
def test_bad_relations_are_refused_and_nothing_is_written(
    database: Database,
    world: dict[str, int],
    fields: dict[str, object],
    error: type[Exception],
    field: str,
) -> None:
    with pytest.raises(error) as caught:
        create(database, **fields)
    assert caught.value.field == field
    with database.uow() as uow:
        assert uow.relations.all() == []


def test_evidence_outside_the_source_is_refused(database: Database, world: dict[str, int]) -> None:
    with pytest.raises(InvalidInput, match="outside"):
        create(
            database,
            subject="genopole",
            predicate="partner_of",
            object="medicon",
            evidence=[{"source_id": world["source"], "start": 10, "end": 5000}],
        )
    with pytest.raises(NotFound, match="source"):
        create(
            database,
            subject="genopole",
            predicate="partner_of",
            object="medicon",
            evidence=[{"source_id": 424242, "start": 0, "end": 5}],
        )


def test_several_sources_per_fact(database: Database, world: dict[str, int]) -> None:
    relation_id = create(
        database,
        subject="genopole",
        predicate="partner_of",
        object="medicon",
        evidence=[{"source_id": world["source"], "start": 0, "end": 39}],
    )
    with database.uow() as uow:
        other = add_source(
            uow, data=SourceCreate(name="press release", text="Genopole and Medicon sign.")
        ).id
    with database.uow() as uow:
        service.add_evidence(
            uow, relation_id=relation_id, span=EvidenceIn(source_id=other, start=0, end=26)
        )
        service.add_evidence(
            uow, relation_id=relation_id, span=EvidenceIn(source_id=other, start=0, end=26)
        )
    with database.uow() as uow:
        public = service.to_public(service.get_relation(uow, relation_id))
    assert [e.source_name for e in public.evidence] == ["report", "press release"]


def test_update_status_date_attributes(database: Database, world: dict[str, int]) -> None:
    relation_id = create(
        database, subject="genopole", predicate="partner_of", object="medicon", status="proposed"
    )
    with database.uow() as uow:
        service.update_relation(
            uow,
            relation_id=relation_id,
            data=RelationUpdate(
                status="confirmed", date="2021-05", attributes={"since": "2021", "kind": "mou"}
            ),
        )
    with database.uow() as uow:
        relation = service.get_relation(uow, relation_id)
        assert (relation.status, relation.year, relation.attributes) == (
            "confirmed",
            2021,
            {"since": "2021", "kind": "mou"},
        )
    with pytest.raises(Conflict), database.uow() as uow:
        service.update_relation(
            uow, relation_id=relation_id, data=RelationUpdate(status="rejected", version=1)
        )


def test_filters(database: Database, world: dict[str, int]) -> None:
    create(database, subject="genopole", predicate="partner_of", object="medicon", date="2021")
    create(database, subject="genopole", predicate="met_with", object="biowin", date="2020")
    with database.uow() as uow:

        def count(**flt: object) -> int:
            return uow.relations.page(RelationFilter(**flt), limit=10, offset=0)[1]  # type: ignore[arg-type]

        assert count() == 2
        assert count(predicate="partner_of") == 1
        assert count(year=2020) == 1
        assert count(entity_id=world["biowin"]) == 1
        assert count(types=["cluster"], status="confirmed") == 2
        assert count(q="medicon") == 1
        assert count(status="proposed") == 0
