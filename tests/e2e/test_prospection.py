"""Prospection end to end: `intercluster prospect|recommend|internationalisation`, API, pages."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from intercluster.cli import app
from intercluster.db.uow import Database
from intercluster.services.demo import load_prospection_demo
from tests.clients import app_client

runner = CliRunner()
HTML = {"accept": "text/html"}


def run(database_url: str, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--db", database_url, *args])
    assert result.exit_code == code, result.output
    return result.output


def test_help_of_every_command() -> None:
    for command in (
        ["prospect"], ["prospect", "add"], ["prospect", "list"], ["prospect", "show"],
        ["prospect", "move"], ["prospect", "update"], ["prospect", "log"], ["prospect", "funnel"],
        ["recommend"], ["internationalisation"], ["internationalisation", "add"],
        ["internationalisation", "list"], ["internationalisation", "show"],
        ["internationalisation", "status"],
    ):  # fmt: skip
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output, command


def test_recommend_contract(database_url: str) -> None:
    assert "2 prospects, 1 internationalisation requests added" in run(database_url, "demo")
    assert "0 prospects, 0 internationalisation requests added" in run(database_url, "demo")
    rows = json.loads(
        run(
            database_url, "recommend", "--for", "Genopole", "--sector", "computational-genomics",
            "--region", "Eastern Europe", "--format", "json",
        )
    )  # fmt: skip
    assert isinstance(rows, list) and rows
    for row in rows:
        assert isinstance(row["name"], str) and isinstance(row["score"], float)
        assert isinstance(row["reasons"], list) and all(isinstance(r, str) for r in row["reasons"])
        assert row["country"] in {"LT", "EE", "SI", "HU", None}
    names = [r["name"] for r in rows]
    assert {"Tartu Biocluster", "Lithuanian Biotechnology Association"} <= set(names)
    # By key or alias, without sector or region.
    by_alias = json.loads(run(database_url, "recommend", "--for", "genopole", "--format", "json"))
    new = [r["score"] for r in by_alias if not r["already_partner"]]
    assert len(by_alias) == 10 and new == sorted(new, reverse=True)
    table = run(database_url, "recommend", "--for", "Genopole", "--region", "north america")
    assert "Candidate partners for Genopole, North America" in table and "Triangle" in table


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--for", "Genopol"], "for: no entity named 'Genopol' (did you mean 'Genopole'?)"),
        (["--for", "Genopole", "--sector", "genomic"], "did you mean 'genomics'"),
        (["--for", "Genopole", "--region", "Eastern Erope"], "did you mean 'Eastern Europe'"),
        (["--for", "Genopole", "--format", "xml"], "format: 'xml' is not table or json"),
    ],
)
def test_recommend_bad_input(database_url: str, args: list[str], message: str) -> None:
    run(database_url, "demo")
    result = runner.invoke(app, ["--db", database_url, "recommend", *args])
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


def test_prospect_commands(database_url: str) -> None:
    run(database_url, "demo")
    added = run(
        database_url, "prospect", "add", "Atlantis Bio", "--create-missing", "--owner", "L. P.",
        "--next", "Send the offer", "--due", "2021-07-01", "--event", "BIO-Europe Spring",
        "--since", "2021-05-01",
    )  # fmt: skip
    assert "Atlantis Bio (atlantis-bio): identified since 2021-05-01" in added
    assert "(overdue)" in added
    run(database_url, "prospect", "add", "Atlantis Bio", code=1)
    moved = run(
        database_url, "prospect", "move", "atlantis-bio", "site visit", "--on", "2021-06-01"
    )
    assert "site_visit since 2021-06-01" in moved
    assert "already at site_visit" in run(
        database_url, "prospect", "move", "Atlantis Bio", "site_visit"
    )
    assert "call logged on 2021-06-02" in run(
        database_url, "prospect", "log", "Atlantis Bio", "call", "Lab space", "--on", "2021-06-02"
    )
    shown = run(database_url, "prospect", "show", "Atlantis Bio")
    assert "identified (2021-05-01) -> site_visit (2021-06-01)" in shown
    assert "2021-06-02 call: Lab space" in shown
    listed = json.loads(run(database_url, "prospect", "list", "--json"))
    assert [r["organisation"]["name"] for r in listed["data"]] == [
        "BJT Pharma",
        "Seppic",
        "Atlantis Bio",
    ]
    assert json.loads(run(database_url, "prospect", "list", "--overdue", "--json"))["count"] == 1
    updated = run(database_url, "prospect", "update", "Atlantis Bio", "--owner", "A. N.")
    assert "owner A. N." in updated
    funnel = json.loads(run(database_url, "prospect", "funnel", "--json"))
    assert funnel["total"] == 3
    assert funnel["by_event"][0] == {
        "source": "BIO-Europe Spring 2021", "prospects": 3, "joined": 0, "lost": 0,
        "join_rate": 0.0,
    }  # fmt: skip
    assert "3 prospects, 0 joined" in run(database_url, "prospect", "funnel")
    bad = runner.invoke(app, ["--db", database_url, "prospect", "move", "Atlantis Bio", "won"])
    assert bad.exit_code == 1 and "unknown stage 'won'" in bad.output
    # The events programme sees the lead, its status following the prospect's stage.
    assert "Atlantis Bio (qualified) at BIO-Europe Spring 2021" in run(
        database_url, "events", "leads"
    )


def test_prospect_list_by_partner(database_url: str) -> None:
    run(database_url, "demo")
    run(database_url, "prospect", "add", "Medicen", "--partner", "Business France")
    listed = json.loads(
        run(database_url, "prospect", "list", "--partner", "business france", "--json")
    )
    assert [r["organisation"]["name"] for r in listed["data"]] == ["Medicen"]
    assert listed["data"][0]["source_partner"]["name"] == "Business France"
    assert "1 prospects" in run(database_url, "prospect", "list", "--partner", "Business France")
    everything = json.loads(run(database_url, "prospect", "list", "--json"))["count"]
    blank = json.loads(run(database_url, "prospect", "list", "--event", "  ", "--json"))
    assert blank["count"] == everything  # a blank filter is no filter
    bad = runner.invoke(
        app, ["--db", database_url, "prospect", "list", "--partner", "Busines France"]
    )
    output = " ".join(bad.output.split())
    assert bad.exit_code == 1 and "source_partner: no entity named 'Busines France'" in output
    assert "did you mean 'Business France'" in output


def test_internationalisation_commands(database_url: str) -> None:
    run(database_url, "demo")
    added = run(
        database_url, "internationalisation", "add", "Genopole", "--region", "Nordics",
        "--sector", "biotech", "--goal", "Find partners in the Nordics",
    )  # fmt: skip
    number = re.search(r"request #(\d+)", added)
    assert number and "to Nordics" in added
    listed = run(database_url, "internationalisation", "list")
    assert "Genopole -> Nordics (biotech) (open)" in listed
    assert "Genopole -> United States (biotech) (open)" in listed
    shown = json.loads(run(database_url, "internationalisation", "show", number.group(1), "--json"))
    assert [r["name"] for r in shown["organisations"]] == ["Medicon"]
    assert shown["organisations"][0]["path"][0]["name"] == "Genopole"
    demo = run(database_url, "internationalisation", "show", "1")
    assert "Triangle Park" in demo and "warm path: Genopole -> Triangle Park" in demo
    assert "answered" in run(database_url, "internationalisation", "status", "1", "answered")
    bad = runner.invoke(
        app,
        ["--db", database_url, "internationalisation", "add", "Genopole", "--region", "Nordix",
         "--goal", "x"],
    )  # fmt: skip
    assert bad.exit_code == 1 and "did you mean 'Nordics'" in bad.output


# ---------------------------------------------------------------- API and pages


@pytest.fixture
def client(demo_database: Database) -> Iterator[TestClient]:
    with demo_database.uow() as uow:
        load_prospection_demo(uow)
    with app_client(demo_database) as test_client:
        yield test_client


def test_prospects_api(client: TestClient) -> None:
    listed = client.get("/api/v1/prospects").json()
    assert listed["count"] == 2 and {"data", "count"} <= set(listed)
    created = client.post(
        "/api/v1/prospects",
        json={"organisation": "Medicen", "owner": "L. P.", "source_partner": "Business France"},
    )
    assert created.status_code == 201 and created.json()["stage"] == "identified"
    pid = created.json()["id"]
    again = client.post("/api/v1/prospects", json={"organisation": "Medicen"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "conflict"
    bad = client.post("/api/v1/prospects", json={"organisation": "Medicen", "stage": "won"})
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "stage"
    moved = client.post(f"/api/v1/prospects/{pid}/stage", json={"stage": "contacted"}).json()
    assert moved["moved"] and moved["stage"] == "contacted"
    stale = client.patch(f"/api/v1/prospects/{pid}", json={"owner": "x", "version": 1})
    assert stale.status_code == 409
    patched = client.patch(
        f"/api/v1/prospects/{pid}", json={"next_action": "Visit", "version": moved["version"]}
    )
    assert patched.json()["next_action"] == "Visit"
    logged = client.post(
        f"/api/v1/prospects/{pid}/activities",
        json={"kind": "meeting", "summary": "Met", "event": "BIO-Europe Spring"},
    )
    assert logged.status_code == 201 and logged.json()["event"]["key"] == "bio-europe-spring-2021"
    assert client.get("/api/v1/prospects/Medicen").json()["activities"][0]["summary"] == "Met"
    missing = client.get("/api/v1/prospects/999").json()
    assert missing["error"] == {
        "code": "not_found", "message": "prospect: no prospect with id 999", "field": "prospect",
    }  # fmt: skip
    funnel = client.get("/api/v1/prospects/funnel").json()
    assert funnel["total"] == 3 and funnel["by_partner"][0]["source"] == "Business France"
    assert client.get("/api/v1/prospects?stage=contacted").json()["count"] == 1


def test_prospects_api_and_page_filter_by_source_partner(client: TestClient) -> None:
    client.post(
        "/api/v1/prospects", json={"organisation": "Medicen", "source_partner": "Business France"}
    )
    found = client.get("/api/v1/prospects", params={"source_partner": "business-france"}).json()
    assert found["count"] == 1 and found["data"][0]["organisation"]["name"] == "Medicen"
    everything = client.get("/api/v1/prospects").json()["count"]
    for name in ("source_event", "source_partner"):  # a blank filter is no filter
        assert client.get("/api/v1/prospects", params={name: " "}).json()["count"] == everything
    # Unknown, it is refused as an unknown event is: a 404 naming the field, with close names.
    for name, value in (("source_partner", "Busines France"), ("source_event", "BIO-Europ")):
        wrong = client.get("/api/v1/prospects", params={name: value})
        assert wrong.status_code == 404 and wrong.json()["error"]["field"] == name
        assert "did you mean" in wrong.json()["error"]["message"]
    page = client.get(
        "/prospects", params={"view": "list", "source_partner": "Business France"}, headers=HTML
    ).text
    assert 'name="source_partner" value="Business France"' in page
    assert "Medicen" in page and "Seppic" not in page
    board = client.get("/prospects", params={"source_partner": "Business France"}, headers=HTML)
    assert 'name="f_source_partner" value="Business France"' in board.text
    refused = client.get("/prospects", params={"source_partner": "Busines France"}, headers=HTML)
    assert refused.status_code == 404 and "did you mean" in refused.text
    french = client.get("/prospects", headers={**HTML, "accept-language": "fr"}).text
    assert "Partenaire source" in french and "Nom ou clé du partenaire" in french


def test_requests_and_recommendations_api(client: TestClient) -> None:
    listed = client.get("/api/v1/internationalisation-requests").json()
    assert listed["count"] == 1
    shown = client.get(f"/api/v1/internationalisation-requests/{listed['data'][0]['id']}").json()
    assert {"organisations", "networks", "events", "contacts", "region"} <= set(shown)
    created = client.post(
        "/api/v1/internationalisation-requests",
        json={"organisation": "Seppic", "region": "Japan", "goal": "Distributors"},
    )
    assert created.status_code == 201 and created.json()["region"] == "Japan"
    bad = client.post(
        "/api/v1/internationalisation-requests",
        json={"organisation": "Seppic", "region": "Atlantis", "goal": "x"},
    )
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "region"
    status = client.patch(
        f"/api/v1/internationalisation-requests/{created.json()['id']}", json={"status": "closed"}
    )
    assert status.json()["status"] == "closed"
    found = client.get(
        "/api/v1/recommendations",
        params={"for": "Genopole", "sector": "computational-genomics", "region": "Baltics"},
    ).json()
    assert found["strategy"]["region"] == "Baltics" and found["count"] == len(found["data"]) > 0
    assert all({"name", "score", "reasons"} <= set(row) for row in found["data"])
    wrong = client.get("/api/v1/recommendations", params={"for": "Genopole", "sector": "genomic"})
    assert (
        wrong.status_code == 422 and "did you mean 'genomics'" in wrong.json()["error"]["message"]
    )


def test_board_page_moves_a_card_with_htmx_and_without(client: TestClient) -> None:
    page = client.get("/prospects", headers=HTML)
    assert page.status_code == 200
    text = page.text
    assert text.count('class="board-column"') == 7 and "/static/prospects.js" in text
    assert "<script>" not in text and " style=" not in text
    assert re.search(r'data-stage="meeting".*?card-1.*?card-2', text, re.S)
    assert 'id="funnel"' in text and "Leads per source event" in text
    fragment = client.post(
        "/prospects/1/stage", data={"stage": "proposal"},
        headers={"HX-Request": "true", "HX-Target": "pipeline"},
    )  # fmt: skip
    assert fragment.status_code == 200 and fragment.text.lstrip().startswith('<div id="pipeline"')
    assert re.search(r'data-stage="proposal".*?card-1', fragment.text, re.S)
    plain = client.post("/prospects/2/stage", data={"stage": "lost"}, follow_redirects=False)
    assert plain.status_code == 303 and plain.headers["location"] == "/prospects"
    listed = client.get("/prospects?view=list&stage=lost", headers=HTML).text
    assert "Seppic" in listed and "BJT Pharma" not in listed


def test_prospect_page_forms_and_inline_errors(client: TestClient) -> None:
    detail = client.get("/prospects/1", headers=HTML)
    assert "Activity log" in detail.text and "One of the close to 30 meetings" in detail.text
    bad = client.post(
        "/prospects/1/activities", data={"kind": "call", "summary": "", "happened_on": "2021-05-01"}
    )
    assert bad.status_code == 422 and 'id="summary-error"' in bad.text
    good = client.post(
        "/prospects/1/activities",
        data={"kind": "call", "summary": "Called back", "happened_on": "2021-05-01"},
        follow_redirects=False,
    )
    assert good.status_code == 303
    assert "Called back" in client.get("/prospects/1", headers=HTML).text
    lost = client.post(
        "/prospects/1/stage",
        data={"stage": "lost", "reason": "chose Boston", "back": "detail"},
        follow_redirects=False,
    )
    assert lost.headers["location"] == "/prospects/1"
    assert "chose Boston" in client.get("/prospects/1", headers=HTML).text
    edit = client.post("/prospects/1/edit", data={"due": "next week", "version": "3"})
    assert edit.status_code == 422 and 'id="due-error"' in edit.text
    added = client.post("/prospects", data={"organisation": "Nowhere Ltd"})
    assert added.status_code == 404 and 'id="organisation-error"' in added.text


def test_internationalisation_and_recommend_pages(client: TestClient) -> None:
    page = client.get("/internationalisation", headers=HTML)
    assert "Ease the arrival of Genopole companies in the US" in page.text
    refused = client.post(
        "/internationalisation",
        data={"organisation": "Genopole", "region": "Nort America", "goal": "US doors"},
    )
    assert refused.status_code == 422 and 'id="region-error"' in refused.text
    created = client.post(
        "/internationalisation",
        data={"organisation": "Genopole", "region": "North America", "goal": "US doors"},
        follow_redirects=False,
    )
    assert created.status_code == 303
    shown = client.get(created.headers["location"], headers=HTML).text
    assert "Triangle Park" in shown and "Warm path" in shown and "BIO International" in shown
    recommended = client.get(
        "/recommend", params={"for": "Genopole", "region": "Eastern Europe"}, headers=HTML
    )
    assert recommended.status_code == 200 and "Tartu Biocluster" in recommended.text
    wrong = client.get("/recommend", params={"for": "Genopol"}, headers=HTML)
    assert wrong.status_code == 404 and "did you mean" in wrong.text
    french = client.get("/prospects", headers={**HTML, "accept-language": "fr"})
    assert "Entonnoir" in french.text and "Prospection de Genopole" in french.text


def test_record_pages_show_their_history(client: TestClient) -> None:
    html = {"Accept": "text/html"}
    created = client.post("/api/v1/prospects", json={"organisation": "Medicen"}).json()
    client.post(f"/api/v1/prospects/{created['id']}/stage", json={"stage": "contacted"})
    client.post(
        f"/api/v1/prospects/{created['id']}/activities", json={"kind": "call", "summary": "Rang"}
    )
    page = client.get(f"/prospects/{created['id']}", headers=html).text
    history = page[page.index('id="history-h"') :]
    for row in ("insert prospects", "insert prospect_stage_changes", "insert prospect_activities"):
        assert row in history, row
    request_id = client.get("/api/v1/internationalisation-requests").json()["data"][0]["id"]
    client.patch(f"/api/v1/internationalisation-requests/{request_id}", json={"status": "closed"})
    page = client.get(f"/internationalisation/{request_id}", headers=html).text
    history = page[page.index('id="history-h"') :]
    assert "update internationalisation_requests" in history and "closed" in history
    source = client.get("/api/v1/sources").json()["data"][0]["id"]
    page = client.get(f"/sources/{source}", headers=html).text
    assert 'id="history-h"' in page
