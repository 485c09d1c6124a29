"""Test clients of the web app, signed in as a role.

Every test that talks to the app over HTTP builds its client here, so the way a
client signs in (issue #6: accounts, roles, tokens) lives in one place.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from fastapi import FastAPI
from fastapi.testclient import TestClient

from intercluster.db.uow import Database
from intercluster.web.app import create_app


@contextmanager
def app_client(
    database: Database,
    *,
    role: str | None = "admin",
    headers: Mapping[str, str] | None = None,
) -> Iterator[TestClient]:
    """A TestClient of a fresh app on `database`; `role=None` means anonymous."""
    with TestClient(create_app(database=database), headers=dict(headers or {})) as client:
        yield client


def app_and_headers(
    database: Database, *, role: str | None = "admin"
) -> tuple[FastAPI, dict[str, str]]:
    """A fresh app on `database` and the headers that sign a request in as `role`.

    For tools that drive the ASGI app themselves (schemathesis); `role=None` means no
    headers. Until accounts exist every request is allowed, so the headers are empty.
    """
    return create_app(database=database), {}
