"""Test clients of the web app, signed in as a role.

Every test that talks to the app over HTTP builds its client here, so the way a
client signs in lives in one place: a user of the role is created in the
database (once) and the client sends one of its API tokens as a bearer token.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import select

from intercluster.db.accounts_models import User
from intercluster.db.uow import Database
from intercluster.services import accounts
from intercluster.web.app import create_app

PASSWORD = "correct horse battery"


def user_token(
    database: Database,
    role: str,
    *,
    organisation: str | None = None,
    scope: str | None = None,
) -> str:
    """A bearer token of the test user of this role (made on first use)."""
    email = f"{role}@test.local" if organisation is None else f"{role}.{organisation}@test.local"
    with database.uow() as uow:
        user = uow.session.scalar(select(User).where(User.email == email))
        if user is None:
            user = accounts.create_user(
                uow, email=email, password=PASSWORD, role=role, organisation=organisation
            )
        wanted = scope or ("read" if role == "viewer" else "write")
        _row, secret = accounts.create_token(uow, user.id, name="tests", scope=wanted)
    return secret


def auth_headers(database: Database, role: str = "admin", **kwargs: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {user_token(database, role, **kwargs)}"}


@contextmanager
def app_client(
    database: Database,
    *,
    role: str | None = "admin",
    organisation: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Iterator[TestClient]:
    """A TestClient of a fresh app on `database`, signed in as `role` (None: anonymous)."""
    all_headers = dict(headers or {})
    if role is not None:
        all_headers.update(auth_headers(database, role, organisation=organisation))
    with TestClient(create_app(database=database), headers=all_headers) as client:
        yield client
