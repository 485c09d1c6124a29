"""The events programme end to end: `intercluster events ...`, the pages and /api/v1/programme."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from intercluster.cli import app
from intercluster.db.uow import Database
from intercluster.services.events_programme.example import load_example
from tests.clients import app_client

runner = CliRunner()
HTML = {"accept": "text/html"}
ICS = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
SUMMARY:BioFIT
DTSTART;VALUE=DATE:20221129
DTEND;VALUE=DATE:20221201
LOCATION:Lille, France
END:VEVENT
BEGIN:VEVENT
SUMMARY:Broken
DTSTART:20221301
END:VEVENT
END:VCALENDAR
"""


def run(database_url: str, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--db", database_url, *args])
    assert result.exit_code == code, result.output
    return result.output


def test_help_of_every_events_command() -> None:
    commands = ("calendar", "import", "plan", "booklet", "debrief", "leads", "follow-ups", "roi",
                "load-example")  # fmt: skip
    for command in [[], *([c] for c in commands)]:
        result = runner.invoke(app, ["events", *command, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output, command
    assert "events" in runner.invoke(app, ["--help"]).output


def test_cli_roi_calendar_import_plan_debrief_booklet(
    demo_database: Database, database_url: str, tmp_path: Path
) -> None:
    roi = run(database_url, "events", "roi", "--year", "2021")
    assert "Return on Genopole's events, 2021" in roi
    assert "BIO-Europe Spring 2021 (2021, sponsor Gold): 30 meetings" in roi
    assert "BIO International Convention 2021 (2021-06, attendee): 0 meetings, 0 leads, 6 " in roi
    assert "Proposal for 2022, best first:" in roi and "1. BIO-Europe Spring 2022" in roi
    body = json.loads(run(database_url, "events", "roi", "--year", "2021", "--json"))
    assert [y["total"] for y in body["years"]] == [37]
    assert "No event of 1990 recorded for Genopole." in run(
        database_url, "events", "roi", "--year", "1990"
    )
    assert "year: 1800" in run(database_url, "events", "roi", "--year", "1800", code=1)

    calendar = json.loads(run(database_url, "events", "calendar", "--region", "US", "--json"))
    assert [e["key"] for e in calendar["data"]] == ["facc-ohio-meeting-2021", "bio-2021"]
    assert "region: 'Mars'" in run(database_url, "events", "calendar", "--region", "Mars", code=1)

    ics = tmp_path / "autumn.ics"
    ics.write_text(ICS, encoding="utf-8")
    strict = run(database_url, "events", "import", str(ics), "--strict", code=1)
    assert (
        "line 11: DTSTART '20221301' is not a date" in strict and "nothing was imported" in strict
    )
    imported = run(database_url, "events", "import", str(ics))
    assert "1 events added" in imported and "autumn.ics: line 11: DTSTART" in imported

    plan = run(
        database_url, "events", "plan", "BioFIT 2022", "--decision", "exhibit",
        "--stand", "Hauts-de-France stand", "--co-exhibitor", "Medicen",
        "--delegate", "Seppic; meet French start-ups", "--staff", "Laurent Pépin; Director",
        "--cost", "budget; stand; 2500; EUR", "--cost", "budget; travel; 300; GBP",
        "--agenda", "2022-11-29; 10:00-11:00; Stand opening; Hall B",
    )  # fmt: skip
    assert "plan created (version 1)" in plan and "co-exhibitors: Medicen" in plan
    assert "in EUR: budget 2857.02" in plan  # 300 GBP at 0.84028 = 357.02 EUR
    bad = run(
        database_url, "events", "plan", "BioFIT 2022", "--cost", "budget; stand; 1; ZZZ", code=1
    )
    assert "costs.1.currency: 'ZZZ' is not a currency of the rate table of 2021-12-31" in bad
    assert "agenda: line 1" in run(
        database_url, "events", "plan", "BioFIT 2022", "--agenda", "2022-11-29", code=1
    )
    shown = json.loads(run(database_url, "events", "plan", "BioFIT 2022", "--json"))
    assert shown["version"] == 1 and shown["delegates"][0]["company"] == "seppic"

    out = tmp_path / "booklet.html"
    booklet = run(database_url, "events", "booklet", "BioFIT 2022", "--out", str(out))
    assert "1 delegate companies, 1 agenda items" in booklet
    assert "meet French start-ups" in out.read_text(encoding="utf-8")

    debrief = run(
        database_url, "events", "debrief", "bio-europe-spring-2021", "--meetings", "31",
        "--lead", "Seppic; ingredients for members; L. Pépin",
        "--follow-up", "Send the offer; L. Pépin; 2021-06-30; Seppic",
    )  # fmt: skip
    assert "1 new leads, 1 follow-ups" in debrief
    assert "Seppic (new)" in run(database_url, "events", "leads")
    assert "2021-06-30 L. Pépin: Send the offer" in run(database_url, "events", "follow-ups")
    assert "lead: Seppic" in run(database_url, "events", "debrief", "bio-europe-spring-2021")
    assert "31 meetings" in run(database_url, "events", "roi", "--year", "2021")


@pytest.fixture
def client(demo_database: Database) -> Iterator[TestClient]:
    with demo_database.uow() as uow:
        load_example(uow, organisation_ref="genopole")
    with app_client(demo_database, headers=HTML) as client:
        yield client


PAGES = [
    "/calendar", "/calendar?view=month&month=2022-06", "/calendar?region=europe&when=past",
    "/calendar?sector=biotech&format=in_person", "/events/bio-2022/plan",
    "/events/bio-europe-2022/plan", "/events/bio-europe-spring-2021/debrief", "/roi",
    "/roi?year=2021",
]  # fmt: skip


def test_pages_render_with_local_assets_only(client: TestClient) -> None:
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        urls = re.findall(r'(?:src|href|action)="([^"]*)"', response.text)
        assert [u for u in urls if re.match(r"(https?:)?//", u)] == [], path
        assert "<script>" not in response.text and " style=" not in response.text, path
        for asset in {u for u in urls if u.startswith("/static/")}:
            assert client.get(asset).status_code == 200, asset
    page = client.get("/calendar").text
    assert 'href="/calendar"' in page and 'aria-current="page"' in page
    assert 'class="event-marker" data-country="US"' in page
    month = client.get("/calendar", params={"view": "month", "month": "2022-06"}).text
    assert month.count('href="/events/bio-2022">BIO International Convention 2022') == 4
    fragment = client.get(
        "/calendar",
        params={"region": "north-america"},
        headers={"HX-Request": "true", "HX-Target": "calendar-results"},
    ).text
    assert "<html" not in fragment and "bio-2021" in fragment and "meet-in-italy" not in fragment
    bad = client.get("/calendar", params={"month": "2022-13"})
    assert bad.status_code == 422 and "month: &#39;2022-13&#39; is not a month" in bad.text


def test_roi_page_in_both_languages(client: TestClient) -> None:
    page = client.get("/roi", params={"year": 2021}).text
    assert re.search(r'id="roi-events".*?<p class="figure">5</p>', page, re.S)
    assert re.search(r'id="roi-cost".*?<p class="figure">666.26</p>', page, re.S)
    assert 'data-event="bio-europe-spring-2021"' in page and "561.67" in page
    assert "Proposal for 2022, best first" in page and "already planned: exhibit" in page
    client.cookies.set("lang", "fr")
    french = client.get("/roi", params={"year": 2021}).text
    client.cookies.clear()
    assert "Retour sur les événements" in french and "Proposition pour 2022" in french
    assert "666,26" in french and "déjà prévu : exposer" in french


def test_plan_form_keeps_what_was_typed_and_points_at_the_line(client: TestClient) -> None:
    form = {
        "decision": "exhibit",
        "stand": "Hall 3",
        "costs": "budget; stand; 1000; EUR\nactual; travel; 10; XBT",
        "delegates": "Seppic; distributors",
    }
    bad = client.post("/events/bio-europe-2022/plan", data=form)
    assert bad.status_code == 422
    assert 'id="costs-error"' in bad.text and "line 2, currency: &#39;XBT&#39;" in bad.text
    assert "actual; travel; 10; XBT" in bad.text  # what was typed is kept
    form["costs"] = "budget; stand; 1000; EUR\nactual; travel; 10; USD"
    saved = client.post("/events/bio-europe-2022/plan", data=form, follow_redirects=False)
    assert saved.status_code == 303
    page = client.get(saved.headers["location"]).text
    assert "The plan is saved." in page and "Seppic; distributors" in page
    assert 'href="/api/v1/programme/events/bio-europe-2022/booklet?format=pdf"' in page
    again = client.post("/events/bio-europe-2022/plan", data={**form, "version": "1"})
    assert again.status_code == 200 and "The plan is saved." in again.text  # now version 2
    stale = client.post("/events/bio-europe-2022/plan", data={**form, "version": "1"})
    assert stale.status_code == 409 and "version 2, you edited version 1" in stale.text
    assert client.get("/events/atlantis-2022/plan").status_code == 404


def test_debrief_form_writes_and_shows(client: TestClient) -> None:
    bad = client.post(
        "/events/meet-in-italy-2021/debrief",
        data={"met": "BioM\nAtlantis Bio", "held_on": "2021-10-01"},
    )
    assert bad.status_code == 404 and 'id="met-error"' in bad.text and "line 2" in bad.text
    done = client.post(
        "/events/meet-in-italy-2021/debrief",
        data={"met": "BioM; joint call", "leads": "Atlantis Bio; settle in Évry; L. P.",
              "meetings_held": "4", "create_missing": "on", "held_on": "2021-10-01"},
        follow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303
    page = client.get(done.headers["location"]).text
    assert "2 relations written" in page and "Atlantis Bio" in page
    assert "Written into the registry" in page


def test_api_programme(client: TestClient) -> None:
    api = {"accept": "application/json"}
    body = client.get("/api/v1/programme/roi", params={"year": 2021}, headers=api).json()
    assert body["years"][0]["cost_per_outcome"] == "666.26"
    assert body["proposal"]["events"][0]["event"] == "bio-2022"
    calendar = client.get("/api/v1/programme/calendar", params={"when": "past"}, headers=api)
    assert calendar.json()["count"] == 8
    plan = {"decision": "attend", "costs": [{"kind": "actual", "category": "travel",
                                             "amount": "100", "currency": "CHF"}]}  # fmt: skip
    created = client.put("/api/v1/programme/events/meet-in-italy-2021/plan", json=plan)
    assert created.status_code == 200  # the example already planned it: replaced
    assert created.json()["totals"]["actual_eur"] == "96.80"
    new = client.put("/api/v1/programme/events/bio-europe-2022/plan", json=plan, headers=api)
    assert new.status_code == 201 and new.json()["version"] == 1
    put = client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/programme/events/{ref}/plan"]
    assert {"200", "201"} <= set(put["put"]["responses"])  # both answers are documented
    refused = client.put(
        "/api/v1/programme/events/bio-europe-2022/plan",
        json={"decision": "sponsor"},
        headers=api,
    )
    assert refused.status_code == 422
    assert refused.json()["error"]["field"] == "sponsor_level"
    debrief = client.post(
        "/api/v1/programme/events/bio-2021/debrief",
        json={"met": [{"organisation": "Kawasaki"}], "meetings_held": 8},
        headers=api,
    )
    # Kawasaki met, and the two companies of the example's delegation recorded as there.
    assert debrief.status_code == 201 and len(debrief.json()["created"]) == 3
    shown = client.get("/api/v1/programme/events/bio-2021/debrief", headers=api).json()
    assert shown["meetings_held"] == 8 and shown["records"]["meeting"][0]["organisation"]["key"]
    upload = client.post(
        "/api/v1/programme/calendar/import",
        files={"file": ("autumn.ics", ICS.encode(), "text/calendar")},
        headers=api,
    ).json()
    assert upload["created"] == ["biofit-2022"] and upload["problems"][0]["line"] == 11
    booklet = client.get("/api/v1/programme/events/bio-2022/booklet", headers=api)
    assert booklet.status_code == 200 and "Example Genomics SAS" in booklet.text
    assert client.get("/api/v1/programme/leads", headers=api).json()["count"] == 0


def test_calendar_upload_page_reports_lines(client: TestClient) -> None:
    page = client.post(
        "/calendar/import", files={"file": ("autumn.ics", ICS.encode(), "text/calendar")}
    )
    assert page.status_code == 200
    assert "autumn.ics: 1 events added" in page.text and "line 11:" in page.text
    empty = client.post("/calendar/import", files={"file": ("x.pdf", b"%PDF", "application/pdf")})
    assert empty.status_code == 422 and "iCalendar (.ics) or CSV" in empty.text
