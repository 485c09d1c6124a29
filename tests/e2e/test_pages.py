"""HTML pages over HTTP: filters, forms with inline errors, languages, nothing from outside."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from intercluster.db.uow import Database
from intercluster.i18n import LOCALES_DIR
from tests.clients import app_client

HTML = {"accept": "text/html"}
PAGES = [
    "/", "/?year=2021", "/organizations", "/organizations?q=BioWin", "/organizations/biowin",
    "/organizations/new", "/organizations/biowin/edit", "/events", "/events/bio-europe-spring-2021",
    "/projects", "/projects/urinbb", "/sources", "/sources/1?start=2309&end=2606", "/graph",
    "/map", "/entities/laurent-pepin", "/events/new", "/projects/new", "/analytics",
    "/analytics?year=2021", "/relations?predicate=partner_of&year=2021", "/review",
]  # fmt: skip


@pytest.fixture
def client(demo_database: Database) -> Iterator[TestClient]:
    with app_client(demo_database, headers=HTML) as client:
        yield client


def test_every_page_renders_with_local_assets_only(client: TestClient) -> None:
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:500])
        assert response.headers["content-type"].startswith("text/html")
        urls = re.findall(r'(?:src|href|action)="([^"]*)"', response.text)
        outside = [u for u in urls if re.match(r"(https?:)?//", u)]
        assert outside == [], (path, outside)
        assert "<script>" not in response.text  # no inline scripts: a strict CSP can forbid them
        for asset in {u for u in urls if u.startswith("/static/")}:
            assert client.get(asset).status_code == 200, asset


def test_dashboard_shows_the_year(client: TestClient) -> None:
    page = client.get("/?year=2021").text
    assert "Genopole" in page and "International activity 2021" in page
    for name in ("Tartu Biocluster", "BIO-Europe Spring 2021", "URINBB", "Braintech"):
        assert name in page
    assert re.search(r'id="c-meetings".*?<p class="figure">30</p>', page, re.S)
    assert re.search(r'id="c-events".*?<p class="figure">5</p>', page, re.S)
    empty = client.get("/?year=2019").text
    assert "Nothing recorded for this year." in empty


def test_search_and_filters(client: TestClient) -> None:
    page = client.get("/organizations", params={"q": "BioWin"}).text
    assert 'href="/organizations/biowin"' in page
    assert "1 result" in page
    fragment = client.get(
        "/organizations",
        params={"country": "DE"},
        headers={"HX-Request": "true", "HX-Target": "results"},
    ).text
    assert "<html" not in fragment and "Biocon Valley" in fragment and "BioWin" not in fragment
    assert (
        "Greifswald Medical School"
        in client.get("/organizations", params={"type": "university", "country": "DE"}).text
    )
    bad = client.get("/organizations", params={"country": "Narnia"})
    assert bad.status_code == 422 and "Narnia" in bad.text


def test_entity_pages_show_relations_with_sources(client: TestClient) -> None:
    page = client.get("/organizations/genopole").text
    assert "participated in" in page and "partner of" in page
    assert "/sources/1?start=" in page
    event = client.get("/events/bio-europe-spring-2021").text
    assert "Participants" in event and "Gold" in event and "30 meetings" in event
    assert "Meetings held here" in event and "Seppic" in event
    project = client.get("/projects/urinbb").text
    assert "Consortium" in project and "Lithuanian Biotechnology Association" in project
    source = client.get("/sources/1", params={"start": 2309, "end": 2606}).text
    assert '<mark id="evidence">Partnerships were created with Lithuanian' in source


def test_missing_pages_answer_html(client: TestClient) -> None:
    response = client.get("/organizations/atlantis")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "no entity named" in response.text


def test_create_edit_merge_with_inline_errors(client: TestClient) -> None:
    bad = client.post(
        "/organizations/new",
        data={"name": "Flanders.bio", "type": "cluster", "country": "Flandria"},
    )
    assert bad.status_code == 422
    assert 'aria-invalid="true" aria-describedby="country-error"' in bad.text
    assert "is not an ISO 3166-1 country code" in bad.text
    assert 'value="Flanders.bio"' in bad.text  # what was typed is kept

    created = client.post(
        "/organizations/new",
        data={
            "name": "Flanders.bio",
            "type": "cluster",
            "country": "Belgium",
            "aliases": "FlandersBio, FB",
            "sectors": ["biotech", "health"],
        },
        follow_redirects=False,
    )
    assert (
        created.status_code == 303 and created.headers["location"] == "/organizations/flanders-bio"
    )
    page = client.get("/organizations/flanders-bio").text
    assert "FlandersBio" in page and "Belgium" in page

    edit = client.get("/organizations/flanders-bio/edit").text
    version = re.search(r'name="version" value="(\d+)"', edit)
    assert version is not None
    saved = client.post(
        "/organizations/flanders-bio/edit",
        data={
            "name": "Flanders.bio",
            "type": "cluster",
            "country": "BE",
            "city": "Ghent",
            "version": version.group(1),
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303
    stale = client.post(
        "/organizations/flanders-bio/edit",
        data={"name": "Flanders.bio", "type": "cluster", "version": version.group(1)},
    )
    assert stale.status_code == 422 and "reload it" in stale.text

    duplicate = client.post(
        "/organizations/new",
        data={"name": "Flanders Bio vzw", "type": "cluster"},
        follow_redirects=False,
    )
    assert duplicate.status_code == 303
    merged = client.post(
        "/organizations/flanders-bio/merge",
        data={"duplicate": "Flanders Bio vzw"},
        follow_redirects=False,
    )
    assert merged.status_code == 303
    assert "Flanders Bio vzw" in client.get("/organizations/flanders-bio").text  # now an alias
    refused = client.post("/organizations/flanders-bio/merge", data={"duplicate": "Nobody"})
    assert refused.status_code == 422 and 'id="duplicate-error"' in refused.text


def test_relation_form_with_htmx(client: TestClient) -> None:
    htmx = {"HX-Request": "true", "HX-Target": "relation-form"}
    wrong = client.post(
        "/organizations/biowin/relations",
        headers=htmx,
        data={"predicate": "partner_of", "object": "Atlantis Bio", "direction": "out"},
    )
    assert (
        wrong.status_code == 200
    )  # htmx swaps only 2xx answers: the form comes back with its error
    assert 'id="object-error"' in wrong.text and "no entity named" in wrong.text
    bad_attr = client.post(
        "/organizations/biowin/relations",
        headers=htmx,
        data={"predicate": "partner_of", "object": "CataloniaBio", "attr_role": "boss"},
    )
    assert 'id="attributes.role-error"' in bad_attr.text
    added = client.post(
        "/organizations/biowin/relations",
        headers=htmx,
        data={
            "predicate": "partner_of",
            "object": "CataloniaBio",
            "direction": "out",
            "date": "2022-03",
            "attr_kind": "mou",
            "attr_since": "2022-03",
        },
    )
    assert "Relation added." in added.text
    assert 'hx-swap-oob="true"' in added.text and "CataloniaBio" in added.text
    graph = client.get("/graph/data", params={"predicate": "partner_of", "year": 2022}).json()
    assert {n["data"]["label"] for n in graph["nodes"]} == {"BioWin", "CataloniaBio"}
    plain = client.post(
        "/organizations/biowin/relations",
        data={"predicate": "member_of", "object": "cebr", "direction": "out"},
        follow_redirects=False,
    )
    assert plain.status_code == 303 and plain.headers["location"].startswith(
        "/organizations/biowin#relation-"
    )


def test_graph_data_and_map(client: TestClient) -> None:
    data = client.get("/graph/data").json()
    assert data["total_nodes"] == len(data["nodes"]) == 43
    genopole = next(n for n in data["nodes"] if n["data"]["label"] == "Genopole")
    assert genopole["data"]["size"] == max(n["data"]["size"] for n in data["nodes"])
    assert genopole["data"]["url"] == "/organizations/genopole"
    assert client.get("/graph/data", params={"predicate": "friend_of"}).status_code == 422
    page = client.get("/map").text
    assert 'data-country="DE" data-count="2"' in page  # Biocon Valley, Greifswald Medical School
    assert 'href="/organizations?country=DE&amp;predicate=partner_of"' in page
    everything = client.get("/map", params={"predicate": "", "year": "2021"}).text
    assert 'data-country="BE"' in everything


def test_french_interface(client: TestClient) -> None:
    switched = client.get(
        "/lang", params={"code": "fr", "next": "/organizations"}, follow_redirects=False
    )
    assert switched.status_code == 303 and switched.headers["location"] == "/organizations"
    assert (
        client.get(
            "/lang", params={"code": "fr", "next": "//evil.example"}, follow_redirects=False
        ).headers["location"]
        == "/"
    )
    client.cookies.set("lang", "fr")
    page = client.get("/?year=2021").text
    assert (
        '<html lang="fr">' in page
        and "Nouveaux partenariats" in page
        and "Rendez-vous tenus" in page
    )
    assert "juin 2021" in client.get("/organizations/biowin").text
    client.cookies.delete("lang")
    assert (
        "juin 2021"
        in client.get("/organizations/biowin", headers={"accept-language": "fr-FR,fr;q=0.9"}).text
    )
    assert "June 2021" in client.get("/organizations/biowin").text


def test_every_interface_message_has_a_french_translation() -> None:
    with (LOCALES_DIR / "fr" / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalogue = read_po(handle, locale="fr")
    untranslated = [
        m.id
        for m in catalogue
        if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ]
    assert untranslated == []
    templates = (LOCALES_DIR.parent / "web" / "templates").glob("*.html")
    marked = {m for path in templates for m in re.findall(r'_\("([^"]+)"\)', path.read_text())}
    assert marked - {m.id for m in catalogue} == set(), "run scripts/update-catalogue"


def test_updating_the_catalogue_keeps_french_plurals_and_translations(tmp_path: Path) -> None:
    # Babel's CLDR data may give French more plural forms than the catalogue uses (2.19: three).
    original = LOCALES_DIR / "fr" / "LC_MESSAGES" / "messages.po"
    copy = tmp_path / "messages.po"
    shutil.copy(original, copy)
    script = LOCALES_DIR.parents[2] / "scripts" / "update-catalogue"
    result = subprocess.run(
        [sys.executable, str(script), str(copy)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    with original.open("rb") as handle:
        before = read_po(handle, locale="fr")
    with copy.open("rb") as handle:
        after = read_po(handle, locale="fr")
    assert after.plural_forms == before.plural_forms == "nplurals=2; plural=(n > 1);"
    translations = {m.id: m.string for m in after if m.id}
    kept = [m for m in before if m.id in translations]
    assert kept, "the update dropped every message"
    assert [m.id for m in kept if translations[m.id] != m.string] == []
    if {m.id for m in before if m.id} == translations.keys():
        assert after.creation_date == before.creation_date, "a run adding nothing changes nothing"
    plurals = [m for m in after if isinstance(m.string, tuple)]
    assert plurals and all(len(m.string) == 2 for m in plurals)
    assert [
        m.id
        for m in after
        if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ] == []


def test_analytics_page_figures_link_to_their_records(client: TestClient) -> None:
    page = client.get("/analytics", params={"year": 2021}).text
    row = re.search(
        r'data-indicator="meetings_held">.*?<a href="(/relations\?ids=[0-9,]+)">30</a>', page, re.S
    )
    assert row is not None
    records = client.get(row.group(1)).text
    assert "BIO-Europe Spring 2021" in records and "/sources/1?start=" in records
    assert re.search(r'data-indicator="partnerships_created">.*?>9</a>', page, re.S)
    assert "Tartu Biocluster" in page and "Genopole" in page
    assert client.get("/analytics", params={"year": "20x1"}).status_code == 422


def test_review_queue_upload_accept_reject_merge(client: TestClient) -> None:
    text = (
        "Annual report 2022. In March, Genopole signed a partnership with Flanders.bio, "
        "a Belgian cluster. Genopole also met BioWin at BIO-Europe Spring."
    )
    uploaded = client.post(
        "/review/upload",
        files={"document": ("news-2022.txt", text.encode(), "text/plain")},
        follow_redirects=False,
    )
    assert uploaded.status_code == 303
    page = client.get(uploaded.headers["location"]).text
    assert "news-2022.txt" in page and "new relations proposed" in page
    again = client.post(
        "/review/upload", files={"document": ("news-2022.txt", text.encode(), "text/plain")}
    )
    assert "already ingested" in again.text
    proposed = re.findall(r'name="ids" value="(r\d+)"', page)
    entities = re.findall(r'name="ids" value="(e\d+)"', page)
    assert proposed and entities
    accepted = client.post("/review", data={"ids": proposed[:1], "decision": "accept"})
    assert "1 proposals confirmed" in accepted.text or "proposals confirmed" in accepted.text
    rejected = client.post("/review", data={"ids": ["r999999"], "decision": "reject"})
    assert 'role="alert"' in rejected.text
    bad = client.post(
        "/review/upload", files={"document": ("notes.exe", b"MZ", "application/octet-stream")}
    )
    assert "unsupported file type" in bad.text


def test_partnering_page_upload_schedule_agenda(client: TestClient) -> None:
    instance = {
        "event": "BIO-Europe Spring 2021",
        "slots": [
            {"id": f"d1-{hour}00", "day": "2021-03-22", "start": f"{hour}:00", "minutes": 30}
            for hour in ("09", "10", "11", "12")
        ],
        "tables": 2,
        "participants": [
            {"id": "p1", "name": "Genopole"},
            {"id": "p2", "name": "Seppic", "unavailable": ["d1-0900"]},
            {"id": "p3", "name": "BJT Pharma"},
            {"id": "p4", "name": "BioWin"},
        ],
        "meetings": [
            {"id": "m1", "participants": ["p1", "p2"], "priority": 3},
            {"id": "m2", "participants": ["p1", "p3"], "priority": 2},
            {"id": "m3", "participants": ["p1", "p4"]},
            {"id": "m4", "participants": ["p2", "p3", "p4"]},
        ],
    }
    empty = client.get("/events/bio-europe-spring-2021/partnering").text
    assert "no partnering set-up yet" in empty
    bad = client.post(
        "/events/bio-europe-spring-2021/partnering/import",
        files={"instance": ("bad.json", b"{not json", "application/json")},
    )
    assert "not a JSON instance" in bad.text
    uploaded = client.post(
        "/events/bio-europe-spring-2021/partnering/import",
        files={"instance": ("instance.json", json.dumps(instance).encode(), "application/json")},
    )
    assert "4 slots" in uploaded.text and "4 meeting requests" in uploaded.text
    assert (
        'role="alert"'
        in client.post(
            "/events/bio-europe-spring-2021/partnering/schedule", data={"seconds": "0"}
        ).text
    )
    solved = client.post(
        "/events/bio-europe-spring-2021/partnering/schedule", data={"seconds": "2"}
    )
    assert "4 / 4 meetings scheduled" in solved.text
    assert solved.text.count("data-meeting=") == 4
    agenda = client.get("/events/bio-europe-spring-2021/partnering/agenda/p1").text
    assert "Agenda of Genopole" in agenda and "Seppic" in agenda and "BJT Pharma" in agenda
    again = client.post("/events/bio-europe-spring-2021/partnering/schedule", data={"seconds": "1"})
    assert "kept 4" in again.text and "moved 0" in again.text


def test_digits_that_python_reads_as_digits_but_int_refuses_are_bad_input(
    client: TestClient,
) -> None:
    """'²' passes str.isdigit() but not int(): pages answer it as any bad number."""
    html = {"Accept": "text/html"}
    for path in ("/organizations?year=²", "/roi?year=²", "/relations?year=³"):
        response = client.get(path, headers=html)
        assert response.status_code < 500, path
    edit = client.post(
        "/organizations/biowin/edit",
        data={"name": "BioWin", "type": "cluster", "version": "²"},
        headers=html,
        follow_redirects=False,
    )
    assert edit.status_code < 500
