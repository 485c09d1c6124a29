"""A process killed with SIGKILL in the middle of a write leaves a consistent database.

`intercluster import` (one transaction) and `intercluster ingest` (one
transaction per document) run in a subprocess on a big input and are killed
with `kill -9` once they are writing: the database is intact (SQLite's
integrity and foreign-key checks, or PostgreSQL's own), holds no part of the
interrupted work, and running the same command again gives the complete result.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select, text

from intercluster.db.models import Base
from intercluster.db.uow import Database

ORGANISATIONS = 4000


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
            if connection.dialect.has_table(connection, t.name)
        }


def _command(database_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "intercluster.cli", "--db", database_url, *args]


def _writing(database: Database) -> bool:
    """Whether another process holds an open write transaction on the database."""
    if database.engine.dialect.name == "sqlite":
        path = database.engine.url.database
        probe = sqlite3.connect(str(path), timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return True  # "database is locked": a writer holds the reserved lock
        else:
            probe.execute("ROLLBACK")
            return False
        finally:
            probe.close()
    with database.engine.connect() as connection:
        held = connection.execute(
            text(
                "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                "WHERE c.relname = 'entities' AND l.mode = 'RowExclusiveLock' "
                "AND l.pid <> pg_backend_pid()"
            )
        ).scalar_one()
    return bool(held)


def _kill_when(command: list[str], ready: Callable[[], bool], *, after: float) -> None:
    """Start the command, wait until `ready()`, let it work `after` seconds more, kill -9."""
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ}
    )
    try:
        deadline = time.monotonic() + 120
        while not ready():
            if process.poll() is not None:
                raise AssertionError(
                    f"the command ended before it was killed: {process.stderr.read()!r}"  # type: ignore[union-attr]
                )
            if time.monotonic() > deadline:
                raise AssertionError("the command never started writing")
            time.sleep(0.02)
        time.sleep(after)
        assert process.poll() is None, "the command ended before it was killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=60)
        if process.stderr is not None:
            process.stderr.close()
    assert process.returncode == -signal.SIGKILL


def _intact(database: Database) -> None:
    if database.engine.dialect.name == "sqlite":
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    else:
        # Every relation's ends exist (the foreign keys are enforced; this checks they held).
        with database.engine.connect() as connection:
            orphans = connection.execute(
                text(
                    "SELECT count(*) FROM relations r WHERE NOT EXISTS "
                    "(SELECT 1 FROM entities e WHERE e.id = r.subject_id)"
                )
            ).scalar_one()
        assert orphans == 0


def _big_registry(path: Path) -> Path:
    entities = [
        {
            "id": f"killed-{i}",
            "name": f"Killed Organisation {i}",
            "type": "company",
            "country": "FR",
        }
        for i in range(ORGANISATIONS)
    ]
    relations = [
        {
            "subject": f"killed-{i}",
            "predicate": "partner_of",
            "object": f"killed-{(i * 7 + 1) % ORGANISATIONS}",
            "date": "2021",
        }
        for i in range(ORGANISATIONS)
    ]
    path.write_text(json.dumps({"entities": entities, "relations": relations}), encoding="utf-8")
    return path


def test_import_killed_mid_write_leaves_nothing_and_runs_again(
    demo_database: Database, database_url: str, tmp_path: Path
) -> None:
    registry = _big_registry(tmp_path / "big.json")
    before = _counts(demo_database)
    command = _command(database_url, "import", str(registry))
    _kill_when(command, lambda: _writing(demo_database), after=0.3)

    _intact(demo_database)
    assert _counts(demo_database) == before  # all or nothing: nothing

    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    after = _counts(demo_database)
    assert after["entities"] == before["entities"] + ORGANISATIONS
    assert after["relations"] == before["relations"] + ORGANISATIONS
    _intact(demo_database)


def _documents(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(count):
        path = folder / f"report-{n:02d}.txt"
        path.write_text(
            f"Annual report {n}. Genopole signed a partnership with Organisation Number {n} in "
            f"2021. Organisation Number {n} is a member of the Council of European BioRegions. "
            f"Genopole met Company {n} Therapeutics at BIO International Convention 2021.\n" * 6,
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _ingested(database: Database) -> dict[str, tuple[int, int]]:
    """Per stored document: its evidence rows and the relations they back."""
    with database.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT s.name, count(e.id), count(DISTINCT e.relation_id) FROM sources s "
                "LEFT JOIN evidence e ON e.source_id = s.id GROUP BY s.name"
            )
        ).all()
    return {name: (evidence, relations) for name, evidence, relations in rows}


def test_ingest_killed_mid_way_keeps_whole_documents_and_runs_again(
    database: Database, database_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "documents"
    documents = _documents(folder, 16)
    # The result of an uninterrupted run, in a database of its own.
    reference = Database(f"sqlite:///{tmp_path / 'reference.db'}")
    try:
        done = subprocess.run(
            _command(reference.url, "init"), capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        done = subprocess.run(
            _command(reference.url, "ingest", str(folder)),
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr
        expected = _ingested(reference)
        expected_counts = _counts(reference)
    finally:
        reference.dispose()
    assert len(expected) == len(documents)

    command = _command(database_url, "ingest", str(folder))
    _kill_when(command, lambda: len(_ingested(database)) >= 3, after=0.05)
    _intact(database)
    partial = _ingested(database)
    assert 3 <= len(partial) < len(documents)
    for name, stored in partial.items():
        assert stored == expected[name], name  # each stored document is whole

    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert _ingested(database) == expected
    counts = _counts(database)
    for table in ("sources", "entities", "relations", "evidence"):
        assert counts[table] == expected_counts[table], table
    _intact(database)
