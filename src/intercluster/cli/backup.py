"""`intercluster backup FILE` and `intercluster restore FILE`: the whole database as one file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from intercluster.cli.app import app, fail, out, state
from intercluster.db.migrate import is_initialised
from intercluster.errors import InterclusterError
from intercluster.services.backup import backup as backup_database
from intercluster.services.backup import restore as restore_database


@app.command()
def backup(
    file: Annotated[Path, typer.Argument(help="File to write (gzip'd JSON lines: x.jsonl.gz)")],
    force: Annotated[bool, typer.Option(help="Replace FILE if it exists")] = False,
) -> None:
    """Write a consistent snapshot of every table to FILE (SQLite or PostgreSQL alike)."""
    if file.exists() and not force:
        fail(f"{file}: already exists; pass --force to replace it")
    if file.is_dir():
        fail(f"{file}: is a directory")
    database = state.database()
    if not is_initialised(database.engine):
        fail(f"the database {database.url} is not initialised: run `intercluster init` first")
    try:
        report = backup_database(database.engine, file)
    except InterclusterError as exc:
        fail(exc.message)
    except OSError as exc:
        fail(f"{file}: cannot write ({exc.strerror or exc})")
    out.print(f"backup: {report.summary()}")


@app.command()
def restore(
    file: Annotated[Path, typer.Argument(help="A file written by `intercluster backup`")],
) -> None:
    """Load FILE into an empty database of the same schema revision, all or nothing.

    A database that does not exist yet is created first. A database holding rows,
    a backup of another revision and a damaged file are refused; nothing is written.
    """
    database = state.database()
    try:
        report = restore_database(database.engine, file)
    except InterclusterError as exc:
        fail(f"{exc.message}; nothing was restored")
    except OSError as exc:
        fail(f"{file}: cannot read ({exc.strerror or exc}); nothing was restored")
    out.print(f"restore: {report.summary('read from')} into {database.url}")
