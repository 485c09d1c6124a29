"""Shared fixtures: a fresh, migrated database per test, on SQLite or PostgreSQL.

Tests marked `db` run on SQLite by default and, when
INTERCLUSTER_TEST_DATABASE_URL is set (`make test` does it), on that
PostgreSQL database too. With CI=true a missing PostgreSQL is an error, not a skip:
the Makefile owns that rule.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from intercluster.db.migrate import upgrade
from intercluster.db.models import Base
from intercluster.db.uow import Database
from intercluster.services.demo import load_demo

PG_URL = os.environ.get("INTERCLUSTER_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def _sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (migrating is slower than copying)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture(scope="session")
def _postgres() -> Iterator[Database | None]:
    if not PG_URL:
        yield None
        return
    database = Database(PG_URL)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    upgrade(database.engine)
    yield database
    database.dispose()


def _truncate(database: Database) -> None:
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def database_url(tmp_path: Path, _sqlite_template: Path, _postgres: Database | None) -> str:
    """URL of an empty, migrated database for this test."""
    if _postgres is not None:
        _truncate(_postgres)
        return str(PG_URL)
    path = tmp_path / "intercluster.db"
    shutil.copy(_sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def demo_database(database: Database) -> Database:
    with database.uow() as uow:
        load_demo(uow)
    return database


def wipe(database: Database) -> None:
    """Empty every table (keeping the schema), on either database."""
    with database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            connection.execute(table.delete())


def unique(prefix: str = "Org") -> str:
    """A name no other test uses, so test data never collides."""
    return f"{prefix} {uuid.uuid4().hex[:8]}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test that touches a database runs again on PostgreSQL (`pytest -m db`).
    for item in items:
        if "database_url" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)
