"""Two editors on the same record: the second is told, nobody's change is lost silently."""

from __future__ import annotations

import re
import threading
from contextlib import ExitStack
from typing import Any

from fastapi.testclient import TestClient

from intercluster.db.uow import Database
from tests.clients import app_client

CONFLICT = re.compile(r"reload (it|and retry)")


def test_two_editors_through_the_api(demo_database: Database) -> None:
    with app_client(demo_database, role="editor") as alice, app_client(demo_database) as bob:
        biowin = alice.get("/api/v1/organizations/biowin").json()
        read_by_bob = bob.get("/api/v1/organizations/biowin").json()
        assert biowin["version"] == read_by_bob["version"]
        first = alice.patch(
            "/api/v1/organizations/biowin",
            json={"city": "Charleroi", "version": biowin["version"]},
        )
        assert first.status_code == 200, first.text
        second = bob.patch(
            "/api/v1/organizations/biowin",
            json={"city": "Gosselies", "version": read_by_bob["version"]},
        )
        assert second.status_code == 409
        error = second.json()["error"]
        assert error["field"] == "version" and CONFLICT.search(error["message"])
        assert f"version {biowin['version'] + 1}" in error["message"]
        assert bob.get("/api/v1/organizations/biowin").json()["city"] == "Charleroi"

        relation = alice.get("/api/v1/relations", params={"entity": "biowin"}).json()["data"][0]
        moved = alice.patch(
            f"/api/v1/relations/{relation['id']}",
            json={"date": "2021-07", "version": relation["version"]},
        )
        assert moved.status_code == 200, moved.text
        stale = bob.patch(
            f"/api/v1/relations/{relation['id']}",
            json={"date": "2021-08", "version": relation["version"]},
        )
        assert stale.status_code == 409 and CONFLICT.search(stale.json()["error"]["message"])
        assert bob.get(f"/api/v1/relations/{relation['id']}").json()["date"] == "2021-07"


def test_editors_racing_on_one_version_one_wins(demo_database: Database) -> None:
    """Eight edits of the same version at once: one lands, seven are refused, none is lost."""
    with app_client(demo_database) as client:
        version = client.get("/api/v1/organizations/biowin").json()["version"]
    results: list[tuple[int, Any]] = []
    barrier = threading.Barrier(8, timeout=60)

    def edit(client: TestClient, city: str) -> None:
        barrier.wait()
        response = client.patch(
            "/api/v1/organizations/biowin", json={"city": city, "version": version}
        )
        results.append((response.status_code, response.json()))

    with ExitStack() as stack:
        # Eight editors signed in first; only their edits run at the same time.
        clients = [stack.enter_context(app_client(demo_database)) for _ in range(8)]
        for client in clients:
            # One refused edit each first: FastAPI builds a route's validators on its first
            # call, and eight threads building them at once trip over each other (pydantic).
            warm = client.patch("/api/v1/organizations/biowin", json={"version": version + 99})
            assert warm.status_code == 409
        threads = [
            threading.Thread(target=edit, args=(client, f"City {n}"))
            for n, client in enumerate(clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
    statuses = sorted(status for status, _body in results)
    assert statuses == [200] + [409] * 7, results
    (winner,) = [body for status, body in results if status == 200]
    for status, body in results:
        if status == 409:
            assert CONFLICT.search(body["error"]["message"]), body
    with app_client(demo_database) as client:
        final = client.get("/api/v1/organizations/biowin").json()
    assert final["city"] == winner["city"] and final["version"] == version + 1


def test_two_editors_through_the_edit_form(demo_database: Database) -> None:
    with app_client(demo_database, role="editor") as alice, app_client(demo_database) as bob:
        forms = [c.get("/organizations/biowin/edit").text for c in (alice, bob)]
        versions = [re.search(r'name="version" value="(\d+)"', f) for f in forms]
        assert versions[0] is not None and versions[1] is not None
        fields = {"name": "BioWin", "type": "cluster", "country": "BE"}
        saved = alice.post(
            "/organizations/biowin/edit",
            data={**fields, "city": "Charleroi", "version": versions[0].group(1)},
            follow_redirects=False,
        )
        assert saved.status_code == 303
        refused = bob.post(
            "/organizations/biowin/edit",
            data={**fields, "city": "Gosselies", "version": versions[1].group(1)},
        )
        assert refused.status_code == 422
        # The message is on the form, which keeps Bob's typing so he can apply it again.
        assert CONFLICT.search(refused.text) and 'value="Gosselies"' in refused.text
        assert "Charleroi" in bob.get("/organizations/biowin").text
