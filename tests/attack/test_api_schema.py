"""Schemathesis against the API's own OpenAPI document, on the demo database.

Every operation of /api/v1/openapi.json gets generated requests, valid ones
(positive) and, where it takes parameters or a body, invalid ones (negative).
Whatever they hold, the app must answer without a server error (5xx), with a
status the document declares for that operation, and with a body that conforms
to the schema it publishes for that status; an invalid request must be refused
with a 4xx in the app's one error shape, `{"error": {"code", "message", ...}}`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from intercluster.db.uow import Database
from intercluster.web.app import create_app
from tests.attack.conftest import admin_token_headers
from tests.clients import app_client

pytestmark = pytest.mark.db

EXAMPLES = 12  # per operation and mode: keeps the whole file near a minute per database
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]
NEGATIVE_CHECKS = [*CHECKS, negative_data_rejection]
SPEC = "/api/v1/openapi.json"
# Operations whose whole point is to turn away unknown credentials.
SIGN_IN = {("POST", "/api/v1/auth/token")}


def _operations() -> list[tuple[str, str, GenerationMode]]:
    """Each operation in positive mode, and in negative mode when it has inputs to spoil."""
    # The document does not depend on the data: an app on an unused database lists it.
    schema = schemathesis.openapi.from_asgi(SPEC, create_app(database=Database("sqlite://")))
    cases = []
    for result in schema.get_all_operations():
        operation = result.ok()
        method, path = operation.method.upper(), operation.path
        cases.append((method, path, GenerationMode.POSITIVE))
        if _can_be_made_invalid(operation.definition.raw):
            cases.append((method, path, GenerationMode.NEGATIVE))
    return sorted(cases)


def _can_be_made_invalid(operation: dict[str, Any]) -> bool:
    """Whether an operation takes some input that a request can get wrong.

    The bearer header is fixed (below), and any text is a valid plain-string path
    parameter: an operation with nothing else has no invalid request to send.
    """
    if "requestBody" in operation:
        return True
    return any(
        parameter["in"] != "path"
        or parameter["schema"].get("type") != "string"
        or set(parameter["schema"]) - {"type", "title", "description"}
        for parameter in operation.get("parameters", [])
    )


@pytest.fixture(scope="module")
def api_schema(shared_demo_database: Database) -> Any:
    """The schema, bound to an app on the shared demo database."""
    return schemathesis.openapi.from_asgi(SPEC, create_app(database=shared_demo_database))


@pytest.fixture
def admin_headers(shared_demo_database: Database) -> dict[str, str]:
    """A new admin for each operation: an attack may revoke its own token or account."""
    return admin_token_headers(shared_demo_database)


def _is_error_body(body: Any) -> bool:
    error = body.get("error") if isinstance(body, dict) else None
    return (
        isinstance(error, dict)
        and isinstance(error.get("code"), str)
        and isinstance(error.get("message"), str)
    )


OPERATIONS = _operations()


@pytest.mark.parametrize(("method", "path", "mode"), OPERATIONS, ids=str)
def test_no_server_error_and_responses_match_the_schema(
    api_schema: Any,
    admin_headers: dict[str, str],
    method: str,
    path: str,
    mode: GenerationMode,
) -> None:
    operation = api_schema[path][method]
    checks = NEGATIVE_CHECKS if mode is GenerationMode.NEGATIVE else CHECKS
    statuses: list[int] = []

    # The admin's token is fixed, not generated: every request is signed in, so the
    # negative cases spoil the parameters and bodies rather than the credentials.
    @given(case=operation.as_strategy(mode, headers=dict(admin_headers)))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def attack(case: Case) -> None:
        response = case.call_and_validate(checks=checks)
        statuses.append(response.status_code)
        if response.status_code >= 400:
            assert _is_error_body(response.json()), response.text

    attack()
    # The attack reached the routes: not every request was turned away at the door.
    if mode is GenerationMode.POSITIVE and (method, path) not in SIGN_IN:
        assert any(status not in (401, 403) for status in statuses), statuses


def test_every_operation_is_attacked() -> None:
    # Guards against an empty or truncated document, or negative cases gone missing.
    assert len({(method, path) for method, path, _mode in OPERATIONS}) >= 70
    assert sum(mode is GenerationMode.NEGATIVE for _method, _path, mode in OPERATIONS) >= 60


# ---------------------------------------------------------------- what the attack found


@pytest.fixture
def client(shared_demo_database: Database) -> Iterator[TestClient]:
    headers = admin_token_headers(shared_demo_database)
    with app_client(shared_demo_database, role=None, headers=headers) as client:
        yield client


def test_digits_that_int_refuses_are_names_not_ids(client: TestClient) -> None:
    # "²" passed str.isdigit() and then failed int(): a 500 wherever a record is named.
    for path in ("/organizations/²", "/prospects/²", "/programme/events/²/plan"):
        response = client.get(f"/api/v1{path}")
        assert response.status_code == 404, response.text
        assert "no entity named '²'" in response.json()["error"]["message"]
    response = client.get("/api/v1/programme/calendar", params={"month": "2024-0²"})
    assert response.status_code == 422 and response.json()["error"]["field"] == "month"
    csv = "name,start_date,attendance\nBio Expo,2031-03-04,²\n"
    response = client.post(
        "/api/v1/programme/calendar/import", files={"file": ("events.csv", csv, "text/csv")}
    )
    assert response.status_code == 200, response.text
    assert "attendance" in json.dumps(response.json())


def test_a_period_long_after_the_facts_fades_the_ties_without_failing(client: TestClient) -> None:
    # A tie of 2021 seen from 2165 has a strength near 1e-22, which 1 - exp(-s) made 0.
    for route in ("network", "export"):
        response = client.get(f"/api/v1/analytics/{route}", params={"end": 2165})
        assert response.status_code == 200, response.text


def test_a_body_that_is_not_json_is_refused_in_the_error_shape(client: TestClient) -> None:
    headers = {"content-type": "application/json"}
    response = client.post("/api/v1/sources", content=b"\x9d \x99", headers=headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"
    response = client.post("/api/v1/sources", content=b"{name", headers=headers)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["field"] == "body"  # not "1", the position FastAPI reports
    assert error["message"].startswith("body: not valid JSON at character 1")


def test_the_document_declares_each_failure_where_it_may_happen(client: TestClient) -> None:
    document = client.get(SPEC).json()

    def statuses(path: str, method: str) -> set[str]:
        return set(document["paths"][f"/api/v1{path}"][method]["responses"])

    assert statuses("/health", "get") == {"200", "401"}  # open, but a bad token is refused
    assert statuses("/auth/token", "post") == {"200", "400", "401", "422", "429"}
    assert "403" not in statuses("/auth/me", "get")  # one's own account
    assert "403" in statuses("/users", "get")  # administrators only
    assert "403" in statuses("/organizations", "get")  # a member filtering by relations
    assert statuses("/organizations/{ref}", "patch") == {
        "200", "400", "401", "403", "404", "409", "422"
    }  # fmt: skip
    assert "503" in statuses("/analytics/report", "get")  # a PDF without WeasyPrint
    schemas = document["components"]["schemas"]
    assert "HTTPValidationError" not in schemas
    assert schemas["ErrorDetail"]["required"] == ["code", "message"]
