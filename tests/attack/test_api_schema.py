"""Schemathesis against the API's own OpenAPI document, on the demo database.

Every operation of /api/v1/openapi.json gets generated requests (valid and
invalid); whatever they hold, the app must answer without a server error (5xx)
and with a body that conforms to the schema it publishes for that status.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from intercluster.db.uow import Database
from intercluster.web.app import create_app
from tests.attack.conftest import admin_token_headers

pytestmark = pytest.mark.db

EXAMPLES = 12  # per operation: keeps the whole file near a minute per database
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
SPEC = "/api/v1/openapi.json"
# Operations whose whole point is to turn away unknown credentials.
SIGN_IN = {("POST", "/api/v1/auth/token")}


def _operations() -> list[tuple[str, str]]:
    # The document does not depend on the data: an app on an unused database lists it.
    schema = schemathesis.openapi.from_asgi(SPEC, create_app(database=Database("sqlite://")))
    return sorted((op.ok().method.upper(), op.ok().path) for op in schema.get_all_operations())


@pytest.fixture(scope="module")
def api_schema(shared_demo_database: Database) -> Any:
    """The schema, bound to an app on the shared demo database."""
    return schemathesis.openapi.from_asgi(SPEC, create_app(database=shared_demo_database))


@pytest.fixture
def admin_headers(shared_demo_database: Database) -> dict[str, str]:
    """A new admin for each operation: an attack may revoke its own token or account."""
    return admin_token_headers(shared_demo_database)


@pytest.mark.parametrize(("method", "path"), _operations(), ids=str)
def test_no_server_error_and_responses_match_the_schema(
    api_schema: Any, admin_headers: dict[str, str], method: str, path: str
) -> None:
    operation = api_schema[path][method]
    statuses: list[int] = []

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def attack(case: Case) -> None:
        response = case.call_and_validate(headers=dict(admin_headers), checks=CHECKS)
        statuses.append(response.status_code)

    attack()
    # The attack reached the routes: not every request was turned away at the door.
    if (method, path) not in SIGN_IN:
        assert any(status not in (401, 403) for status in statuses), statuses


def test_every_operation_is_attacked() -> None:
    assert len(_operations()) >= 70  # guards against an empty or truncated document
