"""Accounts, roles, tokens, sessions, CSRF and security headers, over HTTP on a real database."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from intercluster.cli import app as cli
from intercluster.db.models import Entity
from intercluster.db.uow import Database
from intercluster.domain.accounts import DEMO_EMAIL, DEMO_PASSWORD
from intercluster.schemas import EntityCreate
from intercluster.services import accounts, entities
from intercluster.web.app import create_app
from tests.clients import PASSWORD, app_client, auth_headers

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:httpx")
HTML = {"Accept": "text/html"}


def _user(database: Database, email: str, role: str, organisation: str | None = None) -> None:
    with database.uow() as uow:
        accounts.create_user(
            uow, email=email, password=PASSWORD, role=role, organisation=organisation
        )


def _sign_in(client: TestClient, email: str, password: str = PASSWORD) -> str:
    """Sign in through the form; the CSRF token of the session, read from a page."""
    response = client.post(
        "/login", data={"email": email, "password": password}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    page = client.get("/account", headers=HTML)
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page.text)
    assert found, page.text
    return found.group(1)


def test_anonymous_is_refused_reads_and_writes_but_not_sign_in(database: Database) -> None:
    with app_client(database, role=None) as client:
        for path in ("/api/v1/organizations", "/api/v1/relations", "/api/v1/sources"):
            response = client.get(path)
            assert response.status_code == 401, path
            assert response.json()["error"]["code"] == "unauthorized"
            assert response.headers["WWW-Authenticate"] == "Bearer"
        response = client.post("/api/v1/organizations", json={"name": "X", "type": "cluster"})
        assert response.status_code == 401
        page = client.get("/organizations?q=x", headers=HTML, follow_redirects=False)
        assert page.status_code == 303
        assert page.headers["location"] == "/login?next=/organizations%3Fq%3Dx"
        assert client.get("/login", headers=HTML).status_code == 200
        assert client.get("/api/v1/health").status_code == 200
        assert client.get("/api/v1/openapi.json").status_code == 200
        assert client.get("/static/app.css").status_code == 200


def test_token_from_password_works_on_api_and_pages(database: Database) -> None:
    _user(database, "ana@cluster.example", "editor")
    with app_client(database, role=None) as client:
        answer = client.post(
            "/api/v1/auth/token", json={"email": "ANA@cluster.example", "password": PASSWORD}
        )
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["token_type"] == "bearer" and body["access_token"].startswith("icl_")
        bearer = {"Authorization": f"Bearer {body['access_token']}"}
        me = client.get("/api/v1/auth/me", headers=bearer).json()
        assert (me["email"], me["role"], me["scope"]) == ("ana@cluster.example", "editor", "write")
        created = client.post(
            "/api/v1/organizations", json={"name": "BioWin", "type": "cluster"}, headers=bearer
        )
        assert created.status_code == 201
        page = client.get("/organizations?q=BioWin", headers={**bearer, **HTML})
        assert page.status_code == 200 and "BioWin" in page.text
        # A changed form by bearer token needs no CSRF token: no cookie a site could ride on.
        form = client.post(
            "/organizations/new", data={"name": "Medicen", "type": "cluster"},
            headers={**bearer, **HTML}, follow_redirects=False,
        )  # fmt: skip
        assert form.status_code == 303
        bad = client.get("/api/v1/organizations", headers={"Authorization": "Bearer nope"})
        assert bad.status_code == 401


def test_wrong_passwords_are_rate_limited(database: Database) -> None:
    _user(database, "ana@cluster.example", "viewer")
    with app_client(database, role=None) as client:
        for _ in range(5):
            wrong = client.post(
                "/api/v1/auth/token", json={"email": "ana@cluster.example", "password": "x"}
            )
            assert wrong.status_code == 401
        limited = client.post(
            "/api/v1/auth/token", json={"email": "ana@cluster.example", "password": PASSWORD}
        )
        assert limited.status_code == 429
        assert int(limited.headers["Retry-After"]) > 0
        page = client.post(
            "/login", data={"email": "ana@cluster.example", "password": PASSWORD}, headers=HTML
        )
        assert page.status_code == 429 and "Too many failed attempts" in page.text


def test_roles_and_scopes(demo_database: Database) -> None:
    new_org = {"name": "Scope Test Cluster", "type": "cluster"}
    with app_client(demo_database, role="viewer") as viewer:
        assert viewer.get("/api/v1/relations").status_code == 200
        assert viewer.get("/analytics", headers=HTML).status_code == 200
        assert viewer.post("/api/v1/organizations", json=new_org).status_code == 403
        assert viewer.get("/api/v1/users").status_code == 403
        # The viewer's read token mints no token at all (see below)...
        write = viewer.post("/api/v1/auth/tokens", json={"name": "x", "scope": "write"})
        assert write.status_code == 403
    _user(demo_database, "viewer-session@test.local", "viewer")
    with TestClient(create_app(database=demo_database)) as signed_in:
        csrf = _sign_in(signed_in, "viewer-session@test.local")
        # ...and signed in, a viewer may hold read tokens only.
        write = signed_in.post(
            "/api/v1/auth/tokens", json={"name": "x", "scope": "write"},
            headers={"X-CSRF-Token": csrf},
        )  # fmt: skip
        assert write.status_code == 422 and write.json()["error"]["field"] == "scope"
        read = signed_in.post(
            "/api/v1/auth/tokens", json={"name": "x", "scope": "read"},
            headers={"X-CSRF-Token": csrf},
        )  # fmt: skip
        assert read.status_code == 201
    with app_client(demo_database, role="editor") as editor:
        assert editor.post("/api/v1/organizations", json=new_org).status_code == 201
        assert editor.get("/api/v1/users").status_code == 403
        assert editor.get("/admin/users", headers=HTML).status_code == 403
    read_only = auth_headers(demo_database, "admin", scope="read")
    with app_client(demo_database, role=None, headers=read_only) as admin_reading:
        assert admin_reading.get("/api/v1/users").status_code == 200
        second = {**new_org, "name": "Another"}
        assert admin_reading.post("/api/v1/organizations", json=second).status_code == 403
        # Nor can it mint itself a write token, or revoke one: its own account is read-only.
        minted = admin_reading.post("/api/v1/auth/tokens", json={"name": "x", "scope": "write"})
        assert minted.status_code == 403
        assert admin_reading.get("/api/v1/auth/me").status_code == 200
    with app_client(demo_database, role="admin") as admin:
        created = admin.post(
            "/api/v1/users",
            json={"email": "new@x.org", "password": PASSWORD, "role": "viewer"},
        )
        assert created.status_code == 201, created.text
        assert {u["email"] for u in admin.get("/api/v1/users").json()} >= {"new@x.org"}
        short = admin.post(
            "/api/v1/users", json={"email": "p@x.org", "password": "short", "role": "viewer"}
        )
        assert short.status_code == 422 and short.json()["error"]["field"] == "password"


def test_member_sees_public_profiles_and_its_own_meetings_only(demo_database: Database) -> None:
    with app_client(demo_database, role="member", organisation="genopole") as member:
        assert member.get("/api/v1/organizations").status_code == 200
        assert member.get("/api/v1/organizations/genopole").status_code == 200
        for forbidden in ("/api/v1/relations", "/api/v1/sources", "/api/v1/analytics/indicators"):
            assert member.get(forbidden).status_code == 403, forbidden
        assert member.get("/graph", headers=HTML).status_code == 403
        assert member.get("/review", headers=HTML).status_code == 403
        profile = member.get("/organizations/biowin", headers=HTML)
        assert profile.status_code == 200
        assert "BioWin" in profile.text
        assert 'id="relations-h"' not in profile.text and 'id="history-h"' not in profile.text
        # Nor can a list filtered by relations tell a member who met whom.
        by_relation = member.get("/api/v1/organizations?predicate=met_with")
        assert by_relation.status_code == 403 and "predicate" in by_relation.text
        assert member.get("/organizations?predicate=met_with", headers=HTML).status_code == 403
        # A year is an event's own dates for a member, not "had a relation that year".
        in_2021 = member.get("/api/v1/organizations?year=2021").json()
        assert in_2021["count"] == 0
        events_2021 = member.get("/api/v1/events?year=2021").json()["data"]
        assert events_2021 and all(e["start_date"].startswith("2021") for e in events_2021)
        calendar = member.get("/calendar?when=all", headers=HTML)
        assert calendar.status_code == 200 and "/plan" not in calendar.text
        home = member.get("/", headers=HTML, follow_redirects=False)
        assert home.headers["location"] == "/me"
        meetings = member.get("/api/v1/me/meetings").json()
        assert meetings["count"] == len(meetings["data"])
        mine = member.get("/me", headers=HTML)
        assert mine.status_code == 200 and "Genopole" in mine.text
        assert (
            member.post("/api/v1/organizations", json={"name": "X", "type": "cluster"}).status_code
            == 403
        )


def test_revoked_token_and_disabled_user_stop_working(database: Database) -> None:
    with app_client(database, role="editor") as client:
        mine = client.post("/api/v1/auth/tokens", json={"name": "script", "scope": "read"})
        assert mine.status_code == 201
        token = mine.json()
        bearer = {"Authorization": f"Bearer {token['access_token']}"}
        assert client.get("/api/v1/organizations", headers=bearer).status_code == 200
        assert client.delete(f"/api/v1/auth/tokens/{token['id']}").status_code == 204
        assert client.get("/api/v1/organizations", headers=bearer).status_code == 401
        listed = client.get("/api/v1/auth/tokens").json()
        assert any(t["id"] == token["id"] and t["revoked_at"] for t in listed)
        assert all("access_token" not in t and "token_hash" not in t for t in listed)
    with database.uow() as uow:
        accounts.create_user(uow, email="boss@x.org", password=PASSWORD, role="admin")
        accounts.update_user(uow, "editor@test.local", active=False)
    with app_client(database, role=None, headers=bearer) as client:
        assert client.get("/api/v1/organizations").status_code == 401


def test_session_cookie_flags_and_csrf(database: Database) -> None:
    _user(database, "ana@cluster.example", "editor")
    with TestClient(create_app(database=database), base_url="https://testserver") as client:
        # Login CSRF: another site cannot sign the browser into an account of its choice.
        from_elsewhere = client.post(
            "/login",
            data={"email": "ana@cluster.example", "password": PASSWORD},
            headers={**HTML, "Origin": "https://evil.example"}, follow_redirects=False,
        )  # fmt: skip
        assert from_elsewhere.status_code == 403 and "set-cookie" not in from_elsewhere.headers
        response = client.post(
            "/login",
            data={"email": "ana@cluster.example", "password": PASSWORD, "next": "//evil.example"},
            headers={"Origin": "https://testserver"},
            follow_redirects=False,
        )
        assert response.status_code == 303
        assert response.headers["location"] == "/"  # never an open redirect
        cookie = response.headers["set-cookie"].lower()
        for flag in ("httponly", "samesite=lax", "secure", "path=/"):
            assert flag in cookie, cookie
        csrf = client.get("/account", headers=HTML).text
        token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', csrf)
        assert token
        new = {"name": "Medicen", "type": "cluster"}
        forged = client.post("/organizations/new", data=new, headers=HTML, follow_redirects=False)
        assert forged.status_code == 403 and "CSRF" in forged.text
        elsewhere = client.post(
            "/organizations/new", data={**new, "csrf_token": token.group(1)},
            headers={**HTML, "Origin": "https://evil.example"}, follow_redirects=False,
        )  # fmt: skip
        assert elsewhere.status_code == 403
        good = client.post(
            "/organizations/new", data={**new, "csrf_token": token.group(1)},
            headers=HTML, follow_redirects=False,
        )  # fmt: skip
        assert good.status_code == 303, good.text
        htmx = client.post(
            "/api/v1/organizations", json={"name": "Atlanpole", "type": "cluster"},
            headers={"X-CSRF-Token": token.group(1)},
        )  # fmt: skip
        assert htmx.status_code == 201
        assert (
            client.post("/api/v1/organizations", json={"name": "Y", "type": "cluster"}).status_code
            == 403
        )
        out = client.post("/logout", data={"csrf_token": token.group(1)}, follow_redirects=False)
        assert out.status_code == 303
        assert client.get("/api/v1/organizations").status_code == 401


def test_security_headers_on_every_kind_of_response(database: Database) -> None:
    with app_client(database) as client:
        for path, headers in (
            ("/api/v1/organizations", {}),
            ("/organizations", HTML),
            ("/static/app.css", {}),
            ("/no/such/page", HTML),
            ("/login", HTML),
        ):
            response = client.get(path, headers=headers)
            csp = response.headers["content-security-policy"]
            assert (
                "script-src 'self'" in csp
                and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
            )
            assert "frame-ancestors 'none'" in csp
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"


def test_demo_password_only_opens_a_demo_database(database: Database) -> None:
    with database.uow() as uow:
        user = accounts.ensure_demo_admin(uow)
        assert user.email == DEMO_EMAIL
    with database.uow() as uow:
        assert accounts.authenticate(uow, DEMO_EMAIL, DEMO_PASSWORD) is not None
        uow.session.execute(
            accounts.DatabaseSetting.__table__.delete()  # type: ignore[attr-defined]
        )
    with database.uow() as uow:
        assert accounts.authenticate(uow, DEMO_EMAIL, DEMO_PASSWORD) is None


def test_demo_refuses_a_database_with_accounts_of_its_own(database_url: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", database_url, "init"]).exit_code == 0
    database = Database(database_url)
    try:
        _user(database, "a@x.org", "admin")
        result = runner.invoke(cli, ["--db", database_url, "demo"])
        assert result.exit_code == 1, result.output
        assert "1 account(s) of its own" in result.output
        with database.uow() as uow:
            assert accounts.authenticate(uow, DEMO_EMAIL, DEMO_PASSWORD) is None
            assert not accounts.is_demo_database(uow)
            assert uow.session.scalar(select(func.count()).select_from(Entity)) == 0
    finally:
        database.dispose()


def test_audit_trail_records_who_and_what_and_undoes_a_merge(demo_database: Database) -> None:
    with app_client(demo_database, role="editor") as client:
        before = client.get("/api/v1/relations?limit=500").json()
        updated = client.patch("/api/v1/organizations/biowin", json={"city": "Gosselies"})
        assert updated.status_code == 200, updated.text
        history = client.get("/api/v1/audit/changesets?entity=biowin").json()["data"]
        latest = history[0]
        assert latest["actor"] == "user:editor@test.local"
        change = next(c for c in latest["changes"] if c["table"] == "entities")
        assert {"field": "city", "before": None, "after": "Gosselies"} in change["changed"]
        copy = client.post("/api/v1/organizations", json={"name": "Bio Win", "type": "cluster"})
        assert copy.status_code == 201
        merged = client.post("/api/v1/organizations/biowin/merge", json={"duplicate": "bio-win"})
        assert merged.status_code == 200, merged.text
        merge = client.get("/api/v1/audit/changesets?limit=1").json()["data"][0]
        assert merge["summary"].startswith("merge of Bio Win")
        undone = client.post(f"/api/v1/audit/changesets/{merge['id']}/undo")
        assert undone.status_code == 201, undone.text
        assert undone.json()["undoes"] == merge["id"]
        assert client.get("/api/v1/organizations/bio-win").status_code == 200
        again = client.post(f"/api/v1/audit/changesets/{merge['id']}/undo")
        assert again.status_code == 409
        # Once the city is edited again, undoing the first edit would overwrite the second.
        client.patch("/api/v1/organizations/biowin", json={"city": "Charleroi"})
        stale = client.post(f"/api/v1/audit/changesets/{latest['id']}/undo")
        assert stale.status_code == 409 and "changed since" in stale.json()["error"]["message"]
        after = client.get("/api/v1/relations?limit=500").json()
        assert after["count"] == before["count"]
        page = client.get("/organizations/biowin", headers=HTML)
        assert 'id="history-h"' in page.text and "user:editor@test.local" in page.text
        assert client.get("/history", headers=HTML).status_code == 200


def test_cli_accounts_tokens_history_and_undo(database_url: str) -> None:
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(cli, ["--db", database_url, *args])
        assert result.exit_code == code, result.output
        return result.output

    run("init")
    assert "created admin" in run(
        "user", "create", "--email", "root@x.org", "--role", "admin", "--password", PASSWORD
    )
    assert "password" in run(
        "user", "create", "--email", "b@x.org", "--role", "viewer", "--password", "short", code=1
    )
    assert "member company" in run(
        "user", "create", "--email", "m@x.org", "--role", "member", "--password", PASSWORD, code=1
    )
    secret = run("token", "create", "--user", "root@x.org", "--name", "ci", "--scope", "write")
    assert secret.strip().startswith("icl_")
    assert "root@x.org" in run("token", "list")
    run("org", "add", "BioWin", "--type", "cluster", "--country", "BE")
    history = run("history", "--entity", "biowin")
    assert "cli:" in history and "insert entities" in history
    changeset = re.search(r"#(\d+)", history)
    assert changeset
    assert "undone" in run("undo", changeset.group(1))
    assert "was undone already" in run("undo", changeset.group(1), code=1)
    assert "no change" not in run("history")
    assert "no active administrator" in run("user", "set-role", "root@x.org", "editor", code=1)


def test_member_sees_its_own_meetings_and_no_one_elses(database: Database) -> None:
    from tests.integration.test_partnering import instance_document, make_event

    with database.uow() as uow:
        entities.create_entity(uow, data=EntityCreate(type="cluster", name="Genopole"))
    event = make_event(database)
    base = f"/api/v1/events/{event}/partnering"
    with app_client(database) as admin:
        assert admin.put(base, json=instance_document()).status_code == 201
        assert admin.post(f"{base}/schedule", json={"time_limit": 0.5}).status_code in (200, 201)
    with app_client(database, role="member", organisation="genopole") as member:
        mine = member.get("/api/v1/me/meetings").json()
        assert mine["count"] == 1
        assert {m["meeting"] for m in mine["data"][0]["meetings"]} == {"m1", "m2", "m3"}
        assert member.get(f"{base}/agenda/p2").status_code == 403
        assert member.get(f"{base}/schedule").status_code == 403
        page = member.get("/me", headers=HTML)
        assert page.text.count("<tr>") >= 4  # a header and the three meetings


def test_member_reaches_only_its_own_internationalisation_requests(demo_database: Database) -> None:
    with database_entities(demo_database, "Member Biotech", "Other Biotech"):
        pass
    with app_client(demo_database, role="admin") as staff:
        other = staff.post(
            "/api/v1/internationalisation-requests",
            json={"organisation": "other-biotech", "region": "North America", "goal": "US"},
        )
        assert other.status_code == 201, other.text
    with app_client(demo_database, role="member", organisation="member-biotech") as member:
        mine = member.post(
            "/api/v1/internationalisation-requests",
            # Whatever company a member names, the request is its own company's.
            json={"organisation": "other-biotech", "region": "Nordics", "goal": "Partners"},
        )
        assert mine.status_code == 201, mine.text
        assert mine.json()["organisation"]["key"] == "member-biotech"
        listed = member.get("/api/v1/internationalisation-requests").json()["data"]
        assert {r["organisation"]["key"] for r in listed} == {"member-biotech"}
        assert (
            member.get(f"/api/v1/internationalisation-requests/{other.json()['id']}").status_code
            == 403
        )
        assert (
            member.get(f"/api/v1/internationalisation-requests/{mine.json()['id']}").status_code
            == 200
        )
        closing = member.patch(
            f"/api/v1/internationalisation-requests/{mine.json()['id']}", json={"status": "closed"}
        )
        assert closing.status_code == 403
        page = member.get("/internationalisation", headers=HTML)
        assert "Other Biotech" not in page.text and "Member Biotech" in page.text
        # Its own request's page, without the staff's audit trail.
        own = member.get(f"/internationalisation/{mine.json()['id']}", headers=HTML)
        assert own.status_code == 200 and 'id="history-h"' not in own.text


@contextmanager
def database_entities(database: Database, *names: str) -> Iterator[None]:
    with database.uow() as uow:
        for name in names:
            entities.create_entity(uow, data=EntityCreate(type="company", name=name, country="FR"))
    yield
