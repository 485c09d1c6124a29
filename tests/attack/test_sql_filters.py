"""SQL-looking filter values on every list: harmless, and text is matched as written.

Every GET route of the app (API and pages) without a path parameter gets each
of its query parameters set to SQL-looking or LIKE-wildcard text: the answer is
a 2xx or a 4xx, never a server error. Free-text search finds the names that
hold the text as written: "%" finds "100% Natural Bio", not every name.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from intercluster.db.uow import Database
from intercluster.web import pages
from tests.clients import app_client

EVIL = ["' OR 1=1 --", "%", "_", "\\", "'; DROP TABLE entities; --", '" OR ""="']
SWEEP = EVIL[:4]  # every parameter of every list gets these
NAMES = {
    "%": "100% Natural Bio",
    "_": "Under_score Labs",
    "\\": "Back\\slash Bio",
    "'": "O'Brien Biotech",
}
# The pages are not in the OpenAPI document: their lists and the filters they read.
PAGES = {
    "/": ["year"],
    "/analytics": ["year"],
    "/history": ["before", "actor"],
    "/calendar": ["view", "when", "region", "sector", "format", "month", "q"],
    "/roi": ["year"],
    "/graph": ["predicate", "year", "country", "type", "focus"],
    "/graph/data": ["predicate", "year", "country", "type"],
    "/map": ["predicate", "year"],
    "/prospects": [
        "view",
        "stage",
        "owner",
        "source_event",
        "source_partner",
        "q",
        "overdue",
        "added",
    ],
    "/recommend": ["for", "sector", "region", "new_only"],
    "/organizations": ["q", "type", "country", "sector", "year", "predicate", "offset"],
    "/events": ["q", "country", "sector", "year", "offset"],
    "/projects": ["q", "country", "sector", "year", "offset"],
    "/suggest": ["object", "q", "into", "duplicate"],
    "/relations": ["ids", "predicate", "year", "offset"],
    "/review": ["done", "error"],
}
NOT_LISTS = {"/login", "/lang"}  # a sign-in form and a language switch


def test_the_page_list_names_every_filter_the_pages_read() -> None:
    """PAGES is kept by hand: a filter added to a page and not here would go unswept."""
    read: dict[str, list[str]] = {}
    for module in pkgutil.iter_modules(pages.__path__):
        router = getattr(importlib.import_module(f"{pages.__name__}.{module.name}"), "router", None)
        for route in getattr(router, "routes", []):
            if not isinstance(route, APIRoute) or "GET" not in (route.methods or ()):
                continue
            params = sorted(field.alias for field in route.dependant.query_params)
            if params and "{" not in route.path and route.path not in NOT_LISTS:
                read[route.path] = params
    assert read == {path: sorted(params) for path, params in PAGES.items()}


def _list_routes(client: TestClient) -> list[tuple[str, list[str]]]:
    """Every GET operation of the API without a path parameter, with its query parameters,
    and the pages with the filters they may read."""
    document = client.get("/api/v1/openapi.json").json()
    found = []
    for path, operations in document["paths"].items():
        get = operations.get("get")
        if get is None or "{" in path:
            continue
        params = [p["name"] for p in get.get("parameters", []) if p["in"] == "query"]
        if params:
            found.append((path, params))
    found.extend(PAGES.items())
    return sorted(found)


@pytest.fixture
def registry(demo_database: Database) -> Database:
    with app_client(demo_database) as client:
        for name in NAMES.values():
            response = client.post(
                "/api/v1/organizations", json={"name": name, "type": "company", "country": "FR"}
            )
            assert response.status_code == 201, response.text
    return demo_database


def test_every_list_filter_takes_sql_looking_text_harmlessly(registry: Database) -> None:
    failures = []
    with app_client(registry) as client:
        routes = _list_routes(client)
        assert len(routes) >= 40
        before = client.get("/api/v1/organizations", params={"limit": 1}).json()["count"]
        for path, params in routes:
            for param in params:
                for value in SWEEP:
                    response = client.get(path, params={param: value})
                    if response.status_code >= 500:
                        failures.append(f"{path}?{param}={value!r}: {response.status_code}")
        after = client.get("/api/v1/organizations", params={"limit": 1}).json()["count"]
    assert failures == [], failures
    assert after == before  # nothing was dropped or added on the way


@pytest.mark.parametrize("text", sorted(NAMES))
def test_search_matches_punctuation_as_written(registry: Database, text: str) -> None:
    with app_client(registry) as client:
        found = client.get("/api/v1/organizations", params={"q": text}).json()
        assert [e["name"] for e in found["data"]] == [NAMES[text]]
        page = client.get("/organizations", params={"q": text})
        assert page.status_code == 200
        # The one match is listed; another organisation of the demo is not.
        assert "Genopole" not in page.text.split("<main", 1)[-1].split("</main>")[0] or (
            text == "'"
        )


def test_sql_injection_text_finds_nothing(registry: Database) -> None:
    with app_client(registry) as client:
        for value in ("' OR 1=1 --", "'; DROP TABLE entities; --"):
            for path in ("/api/v1/organizations", "/api/v1/people", "/api/v1/events"):
                body = client.get(path, params={"q": value}).json()
                assert (body["data"], body["count"]) == ([], 0), (path, value)
            relations = client.get("/api/v1/relations", params={"q": value}).json()
            assert relations["count"] == 0
        # The registry is whole.
        assert client.get("/api/v1/organizations", params={"q": "Genopole"}).json()["count"] >= 1
