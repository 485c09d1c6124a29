"""Alembic migrations: they build the schema the models describe, both ways."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from intercluster.db.migrate import downgrade, is_initialised, upgrade
from intercluster.db.models import Base
from intercluster.db.search import include_name
from intercluster.db.uow import Database


def test_migrations_match_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_downgrade_to_nothing_and_back(database: Database) -> None:
    assert is_initialised(database.engine)
    downgrade(database.engine, "base")
    assert not set(inspect(database.engine).get_table_names()) & set(Base.metadata.tables)
    upgrade(database.engine)
    assert set(Base.metadata.tables) <= set(inspect(database.engine).get_table_names())


def test_sqlite_has_foreign_keys_and_wal(database: Database) -> None:
    if database.engine.dialect.name != "sqlite":
        return
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
