"""Backup and restore: a snapshot of every table, restored identically across databases."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, select, text

from intercluster.db.migrate import upgrade
from intercluster.db.models import Base
from intercluster.db.uow import Database
from intercluster.errors import Conflict, InvalidInput
from intercluster.services import backup as service
from intercluster.services import partnering
from intercluster.services.demo import load_demo
from intercluster.services.events_programme.example import load_example
from tests.integration.test_partnering import instance_document, make_event


def fill(database: Database) -> None:
    """Demo registry, an events programme plan and a published partnering schedule."""
    with database.uow() as uow:
        load_demo(uow)
    with database.uow() as uow:
        load_example(uow, organisation_ref="genopole")
    event = make_event(database, "Backup Brokerage 2021")
    with database.uow() as uow:
        partnering.import_partnering(uow, event=event, document=instance_document())
    with database.uow() as uow:
        partnering.schedule_event(uow, event=event, seconds=0.2)


def content(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with database.engine.connect() as connection:
        return {
            table.name: [
                tuple(row)
                for row in connection.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in service.tables(connection)
        }


def fresh_sqlite(path: Path) -> Database:
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    return database


def test_backup_restore_into_sqlite_gives_identical_content(
    database: Database, tmp_path: Path
) -> None:
    """The test database (SQLite, or PostgreSQL under `make test-pg`) into a new SQLite file."""
    fill(database)
    file = tmp_path / "registry.jsonl.gz"
    written = service.backup(database.engine, file)
    assert written.counts["entities"] > 40 and written.counts["partnering_meetings"] == 7
    assert written.counts["programme_plans"] >= 1
    assert not (tmp_path / "registry.jsonl.gz.partial").exists()

    target = Database(f"sqlite:///{tmp_path / 'restored.db'}")  # not initialised: restore migrates
    try:
        restored = service.restore(target.engine, file)
        assert restored.counts == written.counts
        before, after = content(database), content(target)
        assert set(before) == set(after)
        for name in before:
            assert after[name] == before[name], name
        # Ids continue after the restored ones.
        with target.uow() as uow:
            load_demo(uow)  # idempotent: adds nothing, but runs its reads and writes
    finally:
        target.dispose()


def test_restore_from_sqlite_into_the_test_database(database: Database, tmp_path: Path) -> None:
    """A SQLite file into the test database (SQLite, or PostgreSQL: sequences reset)."""
    source = fresh_sqlite(tmp_path / "source.db")
    try:
        fill(source)
        file = tmp_path / "source.jsonl.gz"
        service.backup(source.engine, file)
        service.restore(database.engine, file)
        assert content(database) == content(source)
    finally:
        source.dispose()
    # New rows get fresh ids (PostgreSQL sequences were moved past the restored rows).
    event = make_event(database, "After Restore Brokerage")
    with database.uow() as uow:
        partnering.import_partnering(uow, event=event, document=instance_document())
    with database.engine.connect() as connection:
        ids = [row[0] for row in connection.execute(text("SELECT id FROM entities"))]
    assert len(ids) == len(set(ids))


def test_snapshot_ignores_writes_made_during_the_backup(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(database)
    real_line = service._HashingWriter.line
    written: list[str] = []

    def line_then_write(self: service._HashingWriter, value: Any) -> None:
        # Once the entities are written, another connection adds an entity and a relation
        # to it: a backup that were not a snapshot would hold a relation to a missing row.
        if isinstance(value, dict) and value.get("table") == "relations" and not written:
            with database.engine.begin() as other:
                other.execute(
                    text(
                        "INSERT INTO entities (key, type, name, name_norm, version, status, "
                        "created_at, updated_at) VALUES ('late', 'cluster', 'Late', 'late', 1, "
                        "'confirmed', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
                    )
                )
                other.execute(
                    text(
                        "INSERT INTO relations (subject_id, predicate, object_id, attributes, "
                        "status, version, created_at, updated_at) SELECT e.id, 'partner_of', "
                        "l.id, '{}', 'confirmed', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP "
                        "FROM entities e, entities l WHERE e.key = 'genopole' AND l.key = 'late'"
                    )
                )
            written.append(value["table"])
        real_line(self, value)

    monkeypatch.setattr(service._HashingWriter, "line", line_then_write)
    with database.engine.connect() as connection:
        before = _count(connection, "relations")
    file = tmp_path / "during.jsonl.gz"
    report = service.backup(database.engine, file)
    assert written == ["relations"]
    assert report.counts["relations"] == before
    with database.engine.connect() as connection:
        assert _count(connection, "relations") == before + 1
    target = Database(f"sqlite:///{tmp_path / 'restored.db'}")
    try:
        service.restore(target.engine, file)
    finally:
        target.dispose()


def _count(connection: Connection, table: str) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


# ---------------------------------------------------------------- refusals


@pytest.fixture
def backup_file(tmp_path: Path) -> Path:
    source = fresh_sqlite(tmp_path / "source.db")
    with source.uow() as uow:
        load_demo(uow)
    file = tmp_path / "demo.jsonl.gz"
    service.backup(source.engine, file)
    source.dispose()
    return file


def _lines(file: Path) -> list[bytes]:
    with gzip.open(file, "rb") as stream:
        return stream.readlines()


def _write(file: Path, lines: list[bytes]) -> None:
    with gzip.open(file, "wb") as stream:
        stream.writelines(lines)


def _assert_empty(database: Database) -> None:
    with database.engine.connect() as connection:
        for table in service.tables(connection):
            assert _count(connection, table.name) == 0, table.name


def test_restore_refuses_a_target_holding_rows(demo_database: Database, backup_file: Path) -> None:
    with pytest.raises(Conflict, match="not empty"):
        service.restore(demo_database.engine, backup_file)


def test_restore_refuses_another_revision(
    database: Database, backup_file: Path, tmp_path: Path
) -> None:
    lines = _lines(backup_file)
    header = json.loads(lines[0])
    header["revision"] = "0001"
    lines[0] = json.dumps(header).encode() + b"\n"
    other = tmp_path / "other.jsonl.gz"
    _write(other, lines)
    with pytest.raises(InvalidInput, match="revision 0001, this database is at") as error:
        service.restore(database.engine, other)
    assert error.value.field == "revision"
    _assert_empty(database)


def _damaged(backup_file: Path, tmp_path: Path, how: str) -> Path:
    target = tmp_path / f"{how}.jsonl.gz"
    lines = _lines(backup_file)
    if how == "truncated-stream":
        data = backup_file.read_bytes()
        target.write_bytes(data[: len(data) // 2])
    elif how == "not-gzip":
        target.write_bytes(b"entities,relations\n1,2\n")
    elif how == "no-end-line":
        _write(target, lines[:-1])
    elif how == "cut-line":
        _write(target, [*lines[:-1], lines[-1][:20]])
    elif how == "altered-row":
        row = next(i for i, line in enumerate(lines) if b"Genopole" in line)
        lines[row] = lines[row].replace(b"Genopole", b"Genopolf")
        _write(target, lines)
    elif how == "dropped-row":
        row = next(i for i, line in enumerate(lines) if b"Genopole" in line)
        _write(target, lines[:row] + lines[row + 1 :])
    elif how == "not-json":
        _write(target, [lines[0], b"{nope\n", *lines[1:]])
    elif how == "empty":
        _write(target, [])
    elif how == "other-json":
        _write(target, [b'{"entities": []}\n'])
    return target


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("truncated-stream", "truncated"),
        ("not-gzip", "not a gzip'd intercluster backup"),
        ("no-end-line", r"truncated \(no end line\)"),
        ("cut-line", "the last line is cut"),
        ("altered-row", "checksum does not match"),
        ("dropped-row", "checksum does not match"),
        ("not-json", "line 2: not a JSON line"),
        ("empty", "the file is empty"),
        ("other-json", "not an intercluster backup"),
    ],
)
def test_restore_refuses_a_damaged_file_and_writes_nothing(
    database: Database, backup_file: Path, tmp_path: Path, how: str, message: str
) -> None:
    damaged = _damaged(backup_file, tmp_path, how)
    with pytest.raises(InvalidInput, match=message) as error:
        service.restore(database.engine, damaged)
    assert str(damaged) in error.value.message
    _assert_empty(database)


def test_every_model_table_is_in_the_backup(backup_file: Path, tmp_path: Path) -> None:
    header = json.loads(_lines(backup_file)[0])
    database = fresh_sqlite(tmp_path / "names.db")
    try:
        with database.engine.connect() as connection:
            present = {t.name for t in service.tables(connection)}
        assert set(header["tables"]) == present
        # Every model table the migrations created is there, parents before children.
        assert {t.name for t in Base.metadata.sorted_tables} >= present
        assert header["tables"].index("entities") < header["tables"].index("relations")
    finally:
        database.dispose()
