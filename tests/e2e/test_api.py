"""The REST API end to end, over HTTP, on a real database."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from intercluster.db.uow import Database
from tests.clients import app_client
from tests.conftest import unique


@pytest.fixture
def client(database: Database) -> Iterator[TestClient]:
    with app_client(database) as client:
        yield client


@pytest.fixture
def demo_client(demo_database: Database) -> Iterator[TestClient]:
    with app_client(demo_database) as client:
        yield client


def assert_error(response: object, status: int, field: str | None = None) -> dict[str, object]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()["error"]  # type: ignore[attr-defined]
    assert set(body) <= {"code", "message", "field", "details"}
    assert body["message"]
    if field is not None:
        assert body["field"] == field, body
    return body  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("path", "payload", "update"),
    [
        (
            "organizations",
            {"type": "cluster", "country": "BE", "sectors": ["biotech"]},
            {"city": "Gosselies"},
        ),
        ("people", {"country": "FR"}, {"description": "Director of Prospection"}),
        (
            "events",
            {"start_date": "2022-03-21", "format": "hybrid", "city": "Barcelona"},
            {"attendance": 2500},
        ),
        ("projects", {"status": "submitted", "programme": "Horizon Europe"}, {"status": "funded"}),
        ("places", {"country": "DE"}, {"region": "Bavaria"}),
    ],
)
def test_crud_for_each_family(
    client: TestClient, path: str, payload: dict[str, object], update: dict[str, object]
) -> None:
    name = unique(path)
    created = client.post(f"/api/v1/{path}", json={"name": name, **payload})
    assert created.status_code == 201, created.text
    body = created.json()
    entity_id = body["id"]
    assert body["name"] == name
    assert client.get(f"/api/v1/{path}/{entity_id}").json()["name"] == name
    assert client.get(f"/api/v1/{path}/{body['key']}").json()["id"] == entity_id
    patched = client.patch(f"/api/v1/{path}/{entity_id}", json={**update, "version": 1})
    assert patched.status_code == 200, patched.text
    for field, value in update.items():
        assert patched.json()[field] == value
    assert patched.json()["version"] == 2
    stale = client.patch(f"/api/v1/{path}/{entity_id}", json={**update, "version": 1})
    assert_error(stale, 409, "version")
    listed = client.get(f"/api/v1/{path}", params={"q": name})
    assert listed.json()["count"] == 1
    assert client.delete(f"/api/v1/{path}/{entity_id}").status_code == 204
    assert_error(client.get(f"/api/v1/{path}/{entity_id}"), 404)
    assert_error(client.delete(f"/api/v1/{path}/{entity_id}"), 404)


def test_organisation_list_filters(demo_client: TestClient) -> None:
    def names(**params: object) -> list[str]:
        response = demo_client.get("/api/v1/organizations", params=params)
        assert response.status_code == 200, response.text
        return [row["name"] for row in response.json()["data"]]

    assert names(q="BioWin") == ["BioWin"]
    assert names(q="cebr")[0] == "Council of European BioRegions"  # exact alias ranks first
    assert names(country="Germany", type="university") == ["Greifswald Medical School"]
    assert set(names(type=["university"], country="PT")) == {"University of Porto"}
    assert "Seppic" in names(sector="cosmetics")
    assert names(predicate="funded_by") == [
        "Erasmus+",
        "European University Alliance for Global Health",
    ]
    assert "Tartu Biocluster" in names(year=2021)
    page = demo_client.get("/api/v1/organizations", params={"limit": 5, "offset": 5}).json()
    assert len(page["data"]) == 5 and page["count"] == 29
    assert demo_client.get("/api/v1/events", params={"year": 2021}).json()["count"] == 5


def test_relations_api(demo_client: TestClient) -> None:
    rows = demo_client.get(
        "/api/v1/relations", params={"predicate": "partner_of", "year": 2021, "country": "LT"}
    ).json()
    assert rows["count"] == 1
    relation = rows["data"][0]
    assert relation["object"]["name"] == "Lithuanian Biotechnology Association"
    assert relation["attributes"] == {"since": "2021"}
    assert "Partnerships were created with Lithuanian" in relation["evidence"][0]["text"]

    source_id = relation["evidence"][0]["source_id"]
    created = demo_client.post(
        "/api/v1/relations",
        json={
            "subject": "biowin",
            "predicate": "partner_of",
            "object": "cataloniabio",
            "date": "2022-01",
            "attributes": {"kind": "mou", "since": "2022-01"},
            "evidence": [{"source_id": source_id, "start": 0, "end": 18}],
        },
    )
    assert created.status_code == 201, created.text
    relation_id = created.json()["id"]
    assert created.json()["evidence"][0]["text"] == "Enlarging networks"
    assert_error(
        demo_client.post(
            "/api/v1/relations",
            json={
                "subject": "cataloniabio",
                "predicate": "partner_of",
                "object": "biowin",
                "date": "2022-01",
            },
        ),
        409,
        "relation",
    )
    patched = demo_client.patch(f"/api/v1/relations/{relation_id}", json={"status": "rejected"})
    assert patched.json()["status"] == "rejected"
    assert demo_client.get("/api/v1/relations", params={"status": "rejected"}).json()["count"] == 1
    more = demo_client.post(
        f"/api/v1/relations/{relation_id}/evidence",
        json={"source_id": source_id, "start": 20, "end": 49},
    )
    assert len(more.json()["evidence"]) == 2
    assert demo_client.delete(f"/api/v1/relations/{relation_id}").status_code == 204


@pytest.mark.parametrize(
    ("method", "path", "payload", "status", "field"),
    [
        ("post", "/api/v1/organizations", {"name": "X", "type": "startup"}, 422, "type"),
        (
            "post",
            "/api/v1/organizations",
            {"name": "X", "type": "cluster", "country": "XX"},
            422,
            "country",
        ),
        ("post", "/api/v1/organizations", {"name": "X", "type": "event"}, 422, "type"),
        ("post", "/api/v1/organizations", {"type": "cluster"}, 422, "name"),
        ("post", "/api/v1/organizations", {"name": "BioWin", "type": "cluster"}, 409, "name"),
        ("post", "/api/v1/events", {"name": "E", "start_date": "June"}, 422, "start_date"),
        (
            "post",
            "/api/v1/relations",
            {"subject": "genopole", "predicate": "likes", "object": "biowin"},
            422,
            "predicate",
        ),
        (
            "post",
            "/api/v1/relations",
            {"subject": "genopole", "predicate": "partner_of", "object": "atlantis"},
            404,
            "object",
        ),
        (
            "post",
            "/api/v1/relations",
            {
                "subject": "genopole",
                "predicate": "member_of",
                "object": "biowin",
                "attributes": {"role": "boss"},
            },
            422,
            "attributes.role",
        ),
        ("get", "/api/v1/organizations?country=Mars", None, 422, "country"),
        ("get", "/api/v1/organizations?limit=0", None, 422, "limit"),
        ("get", "/api/v1/relations?predicate=friend_of", None, 422, "predicate"),
        ("get", "/api/v1/relations/999999", None, 404, "id"),
        ("get", "/api/v1/sources/999999", None, 404, "source_id"),
    ],
)
def test_one_error_shape(
    demo_client: TestClient,
    method: str,
    path: str,
    payload: object,
    status: int,
    field: str | None,
) -> None:
    response = getattr(demo_client, method)(path, **({"json": payload} if payload else {}))
    assert_error(response, status, field)


def test_malformed_json_body(client: TestClient) -> None:
    response = client.post(
        "/api/v1/organizations", content=b'{"name": ', headers={"content-type": "application/json"}
    )
    assert_error(response, 422)
    assert_error(client.get("/api/v1/nowhere"), 404)


def test_sources_and_merge(client: TestClient) -> None:
    created = client.post("/api/v1/sources", json={"name": "press", "text": "BioWin and Biowin."})
    assert created.status_code == 201
    assert created.json()["chars"] == 18
    assert_error(
        client.post("/api/v1/sources", json={"name": "again", "text": "BioWin and Biowin."}),
        409,
        "text",
    )
    assert client.get("/api/v1/sources", params={"q": "PRESS"}).json()["count"] == 1
    a = client.post("/api/v1/organizations", json={"name": "BioWin", "type": "cluster"}).json()
    b = client.post(
        "/api/v1/organizations", json={"name": "Bio Win asbl", "type": "cluster"}
    ).json()
    merged = client.post(f"/api/v1/organizations/{a['id']}/merge", json={"duplicate": b["key"]})
    assert merged.status_code == 200, merged.text
    assert merged.json()["survivor"]["aliases"] == ["Bio Win asbl"]
    assert client.get("/api/v1/organizations").json()["count"] == 1


def test_openapi_and_docs(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    # Served from the package: no request may leave the machine.
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert assets and all(a.startswith("/static/") for a in assets)
    for asset in assets:
        assert client.get(asset).status_code == 200
    spec = client.get("/api/v1/openapi.json").json()
    for path in ("organizations", "people", "events", "projects", "relations", "sources"):
        assert f"/api/v1/{path}" in spec["paths"]
    assert client.get("/api/v1/health").json()["status"] == "ok"
    vocabulary = client.get("/api/v1/vocabulary").json()
    assert len(vocabulary["predicates"]) == 10
