"""Ingestion and review against a real database (SQLite, and PostgreSQL under `make test`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from intercluster.db.models import Entity, Evidence, Relation, Source
from intercluster.db.uow import Database
from intercluster.errors import InvalidInput, NotFound
from intercluster.ingest.readers import text_document
from intercluster.schemas import EntityUpdate
from intercluster.services.ingestion import ingest_document
from intercluster.services.review import (
    ReviewAction,
    ReviewMerge,
    accept,
    edit_entity,
    list_queue,
    merge_proposal,
    reject,
)

SEED = (
    Path(__file__).resolve().parents[2]
    / "src/intercluster/demo/genopole-2021-enlarging-networks.txt"
)
NEWS = text_document(
    "mou.txt",
    "Press release, 14 February 2023. Medicon Valley Alliance and BioM signed a memorandum "
    "of understanding in Copenhagen. Both clusters are members of the Council of European "
    'BioRegions (CEBR). "BioM is our door to Bavaria," said Mette Lund, CEO of Medicon '
    "Valley Alliance.",
)


def counts(database: Database) -> tuple[int, ...]:
    with database.uow() as uow:
        return tuple(
            uow.session.scalar(select(func.count()).select_from(table)) or 0
            for table in (Entity, Relation, Source, Evidence)
        )


def test_ingesting_a_document_twice_creates_nothing_new(database: Database) -> None:
    with database.uow() as uow:
        report, extraction = ingest_document(uow, document=NEWS)
    assert report.status == "ingested"
    assert extraction is not None
    assert report.entities_new >= 4 and report.relations_new >= 3
    before = counts(database)
    with database.uow() as uow:
        again, none = ingest_document(uow, document=NEWS)
    assert (again.status, again.source_id, none) == ("unchanged", report.source_id, None)
    assert counts(database) == before
    with database.uow() as uow:
        queue = list_queue(uow, kind=None, limit=100, offset=0)
    assert queue.entity_count == report.entities_new
    assert {e.review_status for e in queue.entities} == {"proposed"}
    assert {r.status for r in queue.relations} == {"proposed"}
    partnership = next(r for r in queue.relations if r.predicate == "partner_of")
    assert {partnership.subject.name, partnership.object.name} == {
        "Medicon Valley Alliance",
        "BioM",
    }
    assert partnership.evidence[0].text.startswith("Medicon Valley Alliance and BioM signed")
    assert partnership.confidence is not None and 0 < partnership.confidence <= 1


def test_the_seed_links_to_the_demo_registry(demo_database: Database) -> None:
    before = counts(demo_database)
    with demo_database.uow() as uow:
        report, _ = ingest_document(uow, document=text_document("seed copy.txt", SEED.read_text()))
    # the demo already stores the seed: the same text is the same source
    assert report.status == "unchanged"
    assert counts(demo_database) == before
    edited = SEED.read_text(encoding="utf-8") + "\n\nGenopole met BioWin again in December."
    with demo_database.uow() as uow:
        report, extraction = ingest_document(uow, document=text_document("v2.txt", edited))
    assert extraction is not None
    linked = {e.name: e.linked_to for e in extraction.entities}
    assert linked["BioWin"] is not None and linked["Council of European BioRegions"] is not None
    assert report.entities_linked >= 30
    # facts the registry already has gain this document as a second source
    assert report.relations_known >= 20
    with demo_database.uow() as uow:
        biowin = uow.entities.find_by_name("BioWin")[0]
        assert biowin.review_status == "confirmed"


def test_accept_and_reject_proposals(database: Database) -> None:
    with database.uow() as uow:
        ingest_document(uow, document=NEWS)
    with database.uow() as uow:
        queue = list_queue(uow, kind=None, limit=100, offset=0)
    partnership = next(r for r in queue.relations if r.predicate == "partner_of")
    others = [r for r in queue.relations if r.id != partnership.id]
    with database.uow() as uow:
        result = accept(uow, action=ReviewAction(ids=[f"r{partnership.id}"]))
    assert result.relations == [partnership.id]
    # the relation's proposed ends are confirmed with it
    assert set(result.entities) == {partnership.subject.id, partnership.object.id}
    person = next(e for e in queue.entities if e.type == "person")
    with database.uow() as uow:
        rejected = reject(uow, action=ReviewAction(ids=[f"e{person.id}"]))
    touching = [r.id for r in others if person.id in (r.subject.id, r.object.id)]
    assert rejected.entities == [person.id]
    assert set(touching) <= set(rejected.relations)
    with database.uow() as uow:
        relation = uow.relations.get(partnership.id)
        assert relation is not None
        assert relation.status == "confirmed"
        assert relation.evidence[0].source.name == "mou.txt"
        with pytest.raises(InvalidInput, match="not a proposal"):
            accept(uow, action=ReviewAction(ids=[f"r{partnership.id}"]))
        with pytest.raises(InvalidInput, match="not a proposal reference"):
            accept(uow, action=ReviewAction(ids=["x1"]))
        with pytest.raises(NotFound):
            accept(uow, action=ReviewAction(ids=["e99999"]))
    with database.uow() as uow:
        rest = accept(uow, action=ReviewAction(all=True))
    assert rest.relations
    with database.uow() as uow:
        queue = list_queue(uow, kind=None, limit=100, offset=0)
    assert (queue.entity_count, queue.relation_count) == (0, 0)


def test_merge_a_proposal_into_an_existing_entity(demo_database: Database) -> None:
    text = (
        "In 2022, Genopole met the Walloon health cluster Biowin Wallonia at BIO-Europe Spring "
        "and signed a partnership with Biowin Wallonia. Genopole also joined EIT Health."
    )
    with demo_database.uow() as uow:
        _, extraction = ingest_document(uow, document=text_document("news.txt", text))
    assert extraction is not None
    proposed = next(e for e in extraction.entities if e.name == "Biowin Wallonia")
    assert proposed.linked_to is None
    with demo_database.uow() as uow:
        entity = uow.entities.find_by_name("Biowin Wallonia")[0]
        assert entity.review_status == "proposed"
        edited = edit_entity(uow, entity_id=entity.id, data=EntityUpdate(country="BE"))
        assert edited.country == "BE"
        entity_id = entity.id
    with demo_database.uow() as uow:
        result = merge_proposal(uow, data=ReviewMerge(proposed=entity_id, into="biowin"))
    assert result.survivor.key == "biowin"
    assert "Biowin Wallonia" in result.survivor.aliases
    with demo_database.uow() as uow:
        assert uow.entities.get(entity_id) is None
        with pytest.raises(InvalidInput, match="not a proposal"):
            merge_proposal(uow, data=ReviewMerge(proposed=result.survivor.id, into="genopole"))
