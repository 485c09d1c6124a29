"""The report, the network commands and the analytics API, end to end on the demo data."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from intercluster.cli import app
from intercluster.db.uow import Database
from tests.clients import app_client

runner = CliRunner()


def run(database_url: str, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--db", database_url, *args])
    assert result.exit_code == code, result.output
    return result.output


@pytest.fixture
def demo_url(demo_database: Database, database_url: str) -> str:
    return database_url


def test_help_of_the_new_commands() -> None:
    for command in (
        ["report"],
        ["network"],
        ["network", "export"],
        ["network", "metrics"],
        ["network", "ties"],
        ["network", "path"],
        ["network", "indicators"],
    ):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, (command, result.output)


def test_report_markdown_and_html_from_the_command_line(demo_url: str, tmp_path: Path) -> None:
    markdown = tmp_path / "2021.md"
    output = run(demo_url, "report", "--year", "2021", "--out", str(markdown))
    assert "wrote" in output and "7 figures" in output
    text = markdown.read_text(encoding="utf-8")
    assert text.startswith("# International deployment 2021")
    assert "Tartu Biocluster" in text and "Protopia foodlab" in text
    page = tmp_path / "nested" / "2021.report"
    run(demo_url, "report", "-y", "2021", "--format", "html", "--out", str(page))
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_bad_years_and_formats_write_nothing(demo_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "report.pdf"
    output = run(demo_url, "report", "--year", "2019", "--out", str(target), code=1)
    assert "no records of Genopole in 2019" in output and "years with records: 2021" in output
    output = run(demo_url, "report", "--year", "12021", "--out", str(target), code=1)
    assert "year: 12021 is not a year" in output
    output = run(demo_url, "report", "--year", "2021", "--out", str(folder / "r.txt"), code=1)
    assert "--format" in output
    run(demo_url, "report", "--year", "twenty", "--out", str(target), code=2)  # a usage error
    assert list(folder.iterdir()) == []  # not even a temporary file


def test_network_exports_open_in_their_tools(demo_url: str, tmp_path: Path) -> None:
    graphml, gexf = tmp_path / "n.graphml", tmp_path / "n.gexf"
    run(demo_url, "network", "export", "--out", str(graphml), "--year", "2021")
    run(demo_url, "network", "export", "--format", "gexf", "--out", str(gexf))
    graph = nx.read_graphml(graphml)
    assert graph.nodes["genopole"]["label"] == "Genopole" and graph.number_of_edges() >= 60
    assert nx.read_gexf(gexf).number_of_nodes() == 43  # every entity with a relation
    relations = tmp_path / "relations.csv"
    run(demo_url, "network", "export", "--out", str(relations), "--year", "2021")
    assert relations.read_text().splitlines()[0].startswith("id,subject,subject_name,predicate")
    book = tmp_path / "network.xlsx"
    run(demo_url, "network", "export", "--out", str(book), "--year", "2021")
    workbook = openpyxl.load_workbook(book)
    assert workbook.sheetnames == ["entities", "relations", "ties", "indicators"]
    indicators = list(workbook["indicators"].iter_rows(values_only=True))
    assert indicators[1][:4] == (2021, "Partnerships created", "partnerships_created", 9)
    run(demo_url, "network", "export", "--out", str(tmp_path / "x.csv"), "--what", "kpis", code=1)
    run(demo_url, "network", "export", "--out", str(tmp_path / "x.csv"), "--year", "2021",
        "--from", "2020", code=1)  # fmt: skip
    assert not (tmp_path / "x.csv").exists()


def test_network_questions_on_the_command_line(demo_url: str) -> None:
    ties = json.loads(run(demo_url, "network", "ties", "--year", "2021", "--json"))
    assert len(ties["new"]) == 9 and len(ties["contacts"]) == 4
    assert "Kawasaki" in run(demo_url, "network", "ties", "--year", "2021")
    paths = json.loads(run(demo_url, "network", "path", "Paris-Saclay University", "--json"))
    assert paths[0]["steps"][-1]["organisation"] == "Paris-Saclay University"
    assert "Genopole →" in run(demo_url, "network", "path", "paris-saclay-university")
    assert "Genopole" in run(demo_url, "network", "metrics", "--year", "2021", "--limit", "3")
    metrics = json.loads(run(demo_url, "network", "metrics", "--from", "2021", "--json"))
    assert metrics["nodes"][0]["name"] == "Genopole"
    figures = json.loads(run(demo_url, "network", "indicators", "--year", "2021", "--json"))
    assert figures["previous_has_records"] is False
    assert "Meetings held" in run(demo_url, "network", "indicators", "--year", "2021")
    assert "no entity named" in run(demo_url, "network", "path", "Atlantis Bio", code=1)


@pytest.fixture
def client(demo_database: Database) -> Iterator[TestClient]:
    with app_client(demo_database) as client:
        yield client


def test_analytics_api_for_a_page_with_a_year_selector(client: TestClient) -> None:
    years = client.get("/api/v1/analytics/years").json()
    assert years == {
        "organisation": {"id": years["organisation"]["id"], "key": "genopole", "name": "Genopole"},
        "years": [2021],
    }
    body = client.get("/api/v1/analytics/indicators", params={"year": 2021}).json()
    created = next(i for i in body["indicators"] if i["key"] == "partnerships_created")
    assert (created["value"], created["previous"], created["change"]) == (9, None, None)
    assert created["records"] and body["previous_year"] == 2020
    chart = next(c for c in body["charts"] if c["key"] == "partnerships_by_country")
    assert chart["labels"][0] == "Germany" and chart["series"][0] == {
        "name": "2021",
        "values": [2, 1, 1, 1, 1, 1, 1, 1],
    }
    network = client.get("/api/v1/analytics/network", params={"year": 2021, "limit": 5}).json()
    assert len(network["nodes"]) == 5 and network["truncated"] is True
    assert network["brokers"][0]["name"] == "Genopole"
    ties = client.get("/api/v1/analytics/ties", params={"year": 2021}).json()
    assert {row["partner"] for row in ties["contacts"]} == {
        "BJT Pharma",
        "BioM",
        "CataloniaBio",
        "Seppic",
    }
    reach = client.get("/api/v1/analytics/geography", params={"year": 2021}).json()
    assert reach["extra_european_countries"] == ["JP", "US"]
    paths = client.get("/api/v1/analytics/paths", params={"target": "EIT Food"}).json()
    assert paths["count"] >= 1 and paths["data"][0]["steps"][0]["organisation"] == "Genopole"


def test_analytics_api_downloads_and_errors(client: TestClient) -> None:
    gexf = client.get("/api/v1/analytics/export", params={"format": "gexf", "year": 2021})
    assert gexf.status_code == 200 and gexf.headers["content-type"] == "application/gexf+xml"
    assert "attachment" in gexf.headers["content-disposition"]
    book = client.get("/api/v1/analytics/export", params={"format": "xlsx", "what": "ties"})
    assert openpyxl.load_workbook(io.BytesIO(book.content)).sheetnames == ["ties"]
    page = client.get("/api/v1/analytics/report", params={"year": 2021})
    assert page.status_code == 200 and "Tartu Biocluster" in page.text
    assert "http://testserver/api/v1/relations/" in page.text  # links lead back to this API
    markdown = client.get("/api/v1/analytics/report", params={"year": 2021, "format": "md"})
    assert markdown.text.startswith("# International deployment 2021")

    empty = client.get("/api/v1/analytics/report", params={"year": 2019})
    assert empty.status_code == 404 and empty.json()["error"]["field"] == "year"
    wrong = client.get("/api/v1/analytics/export", params={"format": "docx"})
    assert wrong.status_code == 422 and wrong.json()["error"]["field"] == "format"
    far = client.get("/api/v1/analytics/indicators", params={"year": 3000})
    assert far.status_code == 422
    nobody = client.get("/api/v1/analytics/paths", params={"target": "Atlantis Bio"})
    assert nobody.status_code == 404
    reversed_period = client.get("/api/v1/analytics/network", params={"start": 2022, "end": 2021})
    assert (
        reversed_period.status_code == 422 and reversed_period.json()["error"]["field"] == "start"
    )


def test_analytics_api_on_an_empty_registry(database: Database) -> None:
    with app_client(database) as client:
        assert client.get("/api/v1/analytics/years").json() == {"organisation": None, "years": []}
        response = client.get("/api/v1/analytics/indicators", params={"year": 2021})
        assert response.status_code == 404
