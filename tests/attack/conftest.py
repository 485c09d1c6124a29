"""Fixtures of the attack suite: one demo database shared by a whole module.

Attacks only need a populated registry, and loading the demo for each of the
hundred API operations would cost more than the attacks themselves; the
writes the attacks make accumulate, as they would on a live server.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from intercluster.db.accounts_models import User
from intercluster.db.uow import Database
from intercluster.domain.accounts import Role
from intercluster.services import accounts
from intercluster.services.demo import load_demo
from tests.conftest import PG_URL, _truncate, unique


@pytest.fixture(scope="module")
def shared_demo_database(
    tmp_path_factory: pytest.TempPathFactory,
    _sqlite_template: Path,
    _postgres: Database | None,
) -> Iterator[Database]:
    """The demo registry for one module, on SQLite, or PostgreSQL under `make test-pg`."""
    if _postgres is not None:
        _truncate(_postgres)
        url = str(PG_URL)
    else:
        path = tmp_path_factory.mktemp("attack") / "intercluster.db"
        shutil.copy(_sqlite_template, path)
        url = f"sqlite:///{path}"
    database = Database(url)
    with database.uow() as uow:
        load_demo(uow)
    yield database
    database.dispose()


def admin_token_headers(database: Database) -> dict[str, str]:
    """Bearer headers of a new admin account, of its own, with a write token.

    The account has no password (no hash matches one): it acts by its token only, and
    hashing a password costs a third of a second, times two hundred attacks.
    """
    email = unique("attacker").replace(" ", ".") + "@test.local"
    with database.uow() as uow:
        user = User(email=email, role=Role.ADMIN.value, password_hash="!", active=True)
        uow.session.add(user)
        uow.flush()
        _row, secret = accounts.create_token(uow, user.id, name="attack", scope="write")
    return {"Authorization": f"Bearer {secret}"}
