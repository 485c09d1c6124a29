"""Imports in the audit trail: who imported what, in each record's history, and undone."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from intercluster.db.audit import Actor, acting_as
from intercluster.db.audit_models import AuditEntry, Changeset
from intercluster.db.models import Entity, Relation
from intercluster.db.uow import Database
from intercluster.errors import InvalidInput
from intercluster.services import audit, bulk
from intercluster.services.exchange import import_csv, import_json

pytestmark = pytest.mark.db

DOCUMENT = {
    "entities": [
        {"id": "nordic-bio", "name": "Nordic Bio Cluster", "type": "cluster", "country": "DK",
         "aliases": ["NBC"], "sectors": ["biotech"]},
        {"id": "baltic-genomics", "name": "Baltic Genomics", "type": "company", "country": "LT"},
    ],
    "relations": [
        {"subject": "nordic-bio", "predicate": "partner_of", "object": "baltic-genomics",
         "date": "2024-03", "attributes": {"kind": "mou"}},
    ],
}  # fmt: skip


def _count(database: Database, model: type) -> int:
    with database.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_an_import_is_one_changeset_in_each_records_history_and_can_be_undone(
    database: Database,
) -> None:
    with database.uow() as uow, acting_as(Actor("cli:ana")):
        import_json(uow, json.dumps(DOCUMENT))
    with database.uow() as uow:
        changeset = uow.session.scalars(select(Changeset)).one()
        assert changeset.actor == "cli:ana"
        assert changeset.summary == "import: 2 entities, 1 relations, 0 sources added"
        entity = uow.entities.get_by_key("nordic-bio")
        assert entity is not None
        history = audit.history_of_entity(uow, entity.id)
        assert [h.id for h in history] == [changeset.id]
        tables = sorted(c.table for c in history[0].changes)
        assert tables == ["entities", "entity_sectors", "relations"]  # the rows about it
        relation = next(c for c in history[0].changes if c.table == "relations")
        assert relation.action == "insert"
        changeset_id = changeset.id
    with database.uow() as uow:
        audit.undo_changeset(uow, changeset_id)
    assert (_count(database, Entity), _count(database, Relation)) == (0, 0)
    # Undone, the same file imports again as new.
    with database.uow() as uow:
        report = import_json(uow, json.dumps(DOCUMENT))
    assert (report.entities, report.relations) == (2, 1)


def test_an_import_undone_refuses_when_a_record_changed_since(database: Database) -> None:
    with database.uow() as uow:
        import_csv(uow, "name,type,country\nSeine Biotech,company,FR\n")
        changeset_id = uow.session.scalars(select(Changeset.id)).one()
    with database.uow() as uow:
        entity = uow.entities.get_by_key("seine-biotech")
        assert entity is not None
        entity.description = "edited after the import"
    with database.uow() as uow, pytest.raises(Exception, match="changed since changeset"):
        audit.undo_changeset(uow, changeset_id)
    assert _count(database, Entity) == 1


def test_a_large_import_records_its_summary_only(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "ITEMISED_RECORDS", 2)
    with database.uow() as uow:
        import_json(uow, json.dumps(DOCUMENT))
    with database.uow() as uow:
        changeset = uow.session.scalars(select(Changeset)).one()
        assert changeset.summary is not None and changeset.summary.endswith("(rows not itemised)")
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == 0
        with pytest.raises(InvalidInput, match=r"recorded no rows .*restoring the backup"):
            audit.undo_changeset(uow, changeset.id)
