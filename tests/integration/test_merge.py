"""Merging duplicate organisations loses nothing."""

from __future__ import annotations

import pytest

from intercluster.db.uow import Database
from intercluster.errors import InvalidInput
from intercluster.schemas import EntityCreate, RelationCreate, SourceCreate
from intercluster.services.entities import create_entity, get_entity
from intercluster.services.merge import merge_entities
from intercluster.services.relations import create_relation, to_public
from intercluster.services.sources import add_source

TEXT = "Genopole partnered with BioWin. Genopole and Biowin SA met at BIO. Biowin SA is BioWin."


def test_merge_moves_combines_and_keeps_every_source(database: Database) -> None:
    with database.uow() as uow:
        src = add_source(uow, data=SourceCreate(name="doc", text=TEXT)).id
        genopole = create_entity(uow, data=EntityCreate(name="Genopole", type="cluster")).id
        biowin = create_entity(
            uow, data=EntityCreate(name="BioWin", type="cluster", country="BE", sectors=["biotech"])
        ).id
        dup = create_entity(
            uow,
            data=EntityCreate(
                name="Biowin SA",
                type="company",
                aliases=["BW"],
                region="Wallonia",
                sectors=["health"],
            ),
        ).id
        event = create_entity(uow, data=EntityCreate(name="BIO 2021", type="event")).id
        create_relation(
            uow,
            data=RelationCreate(
                subject=genopole,
                predicate="partner_of",
                object=biowin,
                date="2021",
                evidence=[{"source_id": src, "start": 0, "end": 31}],
            ),
        )
        # the same partnership, stated about the duplicate, in the other direction
        create_relation(
            uow,
            data=RelationCreate(
                subject=dup,
                predicate="partner_of",
                object=genopole,
                date="2021",
                status="proposed",
                attributes={"kind": "mou"},
                evidence=[{"source_id": src, "start": 32, "end": 66}],
            ),
        )
        create_relation(
            uow,
            data=RelationCreate(
                subject=dup,
                predicate="met_with",
                object=genopole,
                date="2021-06",
                attributes={"event": event},
            ),
        )
        create_relation(
            uow,
            data=RelationCreate(
                subject=dup,
                predicate="partner_of",
                object=biowin,
                evidence=[{"source_id": src, "start": 67, "end": 87}],
            ),
        )

    with database.uow() as uow:
        result = merge_entities(uow, survivor_id=biowin, duplicate_id=dup)
    assert (result.relations_moved, result.relations_combined, result.relations_dropped) == (
        1,
        1,
        1,
    )
    assert set(result.aliases_added) == {"Biowin SA", "BW"}

    with database.uow() as uow:
        survivor = get_entity(uow, biowin)
        assert survivor.region == "Wallonia"  # filled from the duplicate
        assert survivor.country == "BE"  # kept
        assert survivor.sector_names == ["biotech", "health"]
        relations = [to_public(r) for r in uow.relations.all()]
        assert len(relations) == 2
        partnership = next(r for r in relations if r.predicate == "partner_of")
        assert partnership.attributes == {"kind": "mou"}
        assert partnership.status == "confirmed"
        assert sorted((e.start, e.end) for e in partnership.evidence) == [(0, 31), (32, 66)]
        meeting = next(r for r in relations if r.predicate == "met_with")
        assert meeting.subject.id == biowin and meeting.event is not None
        # the relation between the two records became a source of the survivor
        spans = [(e.start_offset, e.end_offset) for e in uow.sources.entity_evidence(biowin)]
        assert spans == [(67, 87)]
        assert uow.entities.get(dup) is None


def test_merge_refuses_itself_and_other_kinds(database: Database) -> None:
    with database.uow() as uow:
        org = create_entity(uow, data=EntityCreate(name="Medicen", type="cluster")).id
        place = create_entity(uow, data=EntityCreate(name="Munich", type="place")).id
    with pytest.raises(InvalidInput, match="itself"), database.uow() as uow:
        merge_entities(uow, survivor_id=org, duplicate_id=org)
    with pytest.raises(InvalidInput, match="cannot be merged"), database.uow() as uow:
        merge_entities(uow, survivor_id=org, duplicate_id=place)
