"""The Typer application, its global options and the helpers every command uses.

Errors from the services print as one red line naming the field or row and
exit with status 1; nothing is written when a command fails.
"""

from __future__ import annotations

import getpass
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console

from intercluster.config import get_settings
from intercluster.db.audit import Actor, current_actor
from intercluster.db.migrate import is_initialised, upgrade
from intercluster.db.uow import Database, UnitOfWork
from intercluster.errors import InterclusterError

app = typer.Typer(
    help="intercluster: the international partnership network of an innovation cluster.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class State:
    db_url: str | None = None
    _database: Database | None = None

    def reset(self) -> None:
        if self._database is not None:
            self._database.dispose()
        self._database = None

    def database(self) -> Database:
        if self._database is None:
            self._database = Database(self.db_url or get_settings().database_url)
        return self._database


state = State()


def _as_url(value: str) -> str:
    """A database URL, or a path that means an SQLite file there."""
    return value if "://" in value else f"sqlite:///{value}"


@app.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Database URL (sqlite:///path.db, postgresql+psycopg://...) or an SQLite file "
            "path. Default: $INTERCLUSTER_DATABASE_URL, else ./var/intercluster.db.",
            show_default=False,
        ),
    ] = None,
) -> None:
    state.db_url = _as_url(db) if db else None
    state.reset()
    # The audit trail records command-line changes as made by the local account.
    current_actor.set(Actor(f"cli:{_local_user()}"))


def _local_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (some containers)
        return "unknown"


def fail(message: str) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(1)


@contextmanager
def transaction(*, create: bool = False) -> Iterator[UnitOfWork]:
    """A unit of work on the chosen database; errors become one line and exit 1."""
    try:
        database = state.database()
        if create:
            upgrade(database.engine)
        elif not is_initialised(database.engine):
            fail(f"the database {database.url} is not initialised: run `intercluster init` first")
        with database.uow() as uow:
            yield uow
    except InterclusterError as exc:
        fail(exc.message)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def main() -> None:
    app()
