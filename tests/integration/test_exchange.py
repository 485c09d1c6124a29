"""Import and export: round trips, and all-or-nothing imports with precise errors."""

from __future__ import annotations

import json

import pytest

from intercluster.db.uow import Database
from intercluster.errors import Conflict, InterclusterError, InvalidInput, NotFound
from intercluster.services.exchange import (
    export_entities_csv,
    export_json,
    export_relations_csv,
    import_csv,
    import_json,
)


def _counts(database: Database) -> tuple[int, int, int]:
    with database.uow() as uow:
        return (len(uow.entities.iter_all()), len(uow.relations.all()), len(uow.sources.all()))


def test_json_round_trip_is_identical(demo_database: Database, database_url: str) -> None:
    with demo_database.uow() as uow:
        exported = export_json(uow)
    assert {"entities", "relations"} <= set(exported)
    entity = next(e for e in exported["entities"] if e["id"] == "biowin")
    assert {"id", "name", "type", "country"} <= set(entity)
    relation = exported["relations"][0]
    assert {"subject", "predicate", "object", "date", "attributes"} <= set(relation)

    # wipe, re-import, export again
    from tests.conftest import _truncate

    if demo_database.engine.dialect.name == "postgresql":
        _truncate(demo_database)
    else:
        from intercluster.db.models import Base

        with demo_database.engine.begin() as connection:
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
    assert _counts(demo_database) == (0, 0, 0)
    with demo_database.uow() as uow:
        report = import_json(uow, json.dumps(exported))
    assert (report.entities, report.relations, report.sources) == (
        len(exported["entities"]),
        len(exported["relations"]),
        1,
    )
    with demo_database.uow() as uow:
        assert export_json(uow) == exported


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ('{"entities": [', "line 1, column"),
        ("[]", "expected a JSON object"),
        ('{"people": []}', "unknown top-level key 'people'"),
        (
            '{"entities": [{"id": "a", "name": "A", "type": "cluster"}, '
            '{"id": "b", "name": "B", "type": "klaster"}]}',
            "entities[1] (id 'b'): type",
        ),
        (
            '{"entities": [{"id": "a", "name": "A", "type": "cluster", "country": "Narnia"}]}',
            "entities[0] (id 'a'): country",
        ),
        (
            '{"entities": [{"id": "a", "name": "A", "type": "cluster"}], "relations": '
            '[{"subject": "a", "predicate": "partner_of", "object": "ghost"}]}',
            "relations[0]: object: no entity named 'ghost'",
        ),
        (
            '{"entities": [{"id": "a", "name": "A", "type": "cluster"}, '
            '{"id": "b", "name": "B", "type": "cluster"}], "relations": '
            '[{"subject": "a", "predicate": "partner_of", "object": "b"}, '
            '{"subject": "b", "predicate": "partner_of", "object": "a"}]}',
            "relations[1]: relation",
        ),
        (
            '{"entities": [{"id": "a", "name": "A", "type": "cluster", "colour": "red"}]}',
            "entities[0] (id 'a'): colour: unknown field",
        ),
    ],
)
def test_bad_json_names_the_row_and_writes_nothing(
    database: Database, document: str, message: str
) -> None:
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        import_json(uow, document)
    assert message in caught.value.message
    assert isinstance(caught.value, InvalidInput | NotFound | Conflict)
    assert _counts(database) == (0, 0, 0)


def test_csv_round_trip(demo_database: Database, tmp_path: object) -> None:
    with demo_database.uow() as uow:
        entities_csv = export_entities_csv(uow)
        relations_csv = export_relations_csv(uow)
    assert entities_csv.splitlines()[0].startswith("id,name,type,country")
    assert "attributes.role" in relations_csv.splitlines()[0]
    from intercluster.db.models import Base

    with demo_database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())
    with demo_database.uow() as uow:
        assert import_csv(uow, entities_csv).entities == 44
        assert import_csv(uow, relations_csv).relations == 63
    with demo_database.uow() as uow:
        assert export_entities_csv(uow) == entities_csv
        assert export_relations_csv(uow) == relations_csv


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("", "line 1: the CSV file is empty"),
        ("name,colour\nA,red\n", "line 1: an entities CSV needs a 'type' column"),
        ("name,type,colour\nA,cluster,red\n", "line 1: unknown column 'colour'"),
        ("name,type\nA,cluster\nB,cluster,extra\n", "line 3: more cells than columns"),
        ("name,type,country\nA,cluster,FR\nB,cluster,Mars\n", "line 3: country"),
        ('name,type\nA,cluster\n"B,cluster\n', "line"),
        ("subject,predicate,object\nx,partner_of,y\n", "line 2: subject: no entity named 'x'"),
        ("subject,predicate\nx,partner_of\n", "line 1: a relations CSV needs a 'object' column"),
        ("name,type\nA,cluster\nA,cluster\n", "line 3: name"),
    ],
)
def test_bad_csv_names_the_line_and_writes_nothing(
    database: Database, document: str, message: str
) -> None:
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        import_csv(uow, document)
    assert message in caught.value.message
    assert _counts(database) == (0, 0, 0)
