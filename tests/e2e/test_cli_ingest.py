"""extract, ingest and review end to end through the command line and the API."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intercluster.cli import app
from intercluster.db.uow import Database
from intercluster.ingest.pipeline import check_contract
from tests.clients import app_client
from tests.ingest_files import make_docx, make_pdf

SEED = (
    Path(__file__).resolve().parents[2]
    / "src/intercluster/demo/genopole-2021-enlarging-networks.txt"
)
runner = CliRunner()


def run(database_url: str, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--db", database_url, *args])
    assert result.exit_code == code, result.output
    return result.output


def test_extract_the_seed_prints_the_contract(tmp_path: Path) -> None:
    # no database there: nothing is linked, and nothing is written
    database = tmp_path / "none.db"
    output = run(str(database), "extract", str(SEED), "--format", "json")
    data = json.loads(output)
    assert check_contract(data) == []
    biowin = next(e for e in data["entities"] if e["name"] == "BioWin")
    assert (biowin["type"], biowin["country"]) == ("cluster", "BE")
    predicates = {r["predicate"] for r in data["relations"]}
    assert {"partner_of", "participated_in", "member_of", "located_in", "works_for"} <= predicates
    assert not database.exists()
    table = run(str(database), "extract", str(SEED), "--format", "table", "--no-link")
    assert "BioWin" in table and "partner_of" in table


def test_extract_links_to_the_registry(database_url: str) -> None:
    run(database_url, "demo")
    data = json.loads(run(database_url, "extract", str(SEED)))
    biowin = next(e for e in data["entities"] if e["name"] == "BioWin")
    assert biowin["linked_to"] is not None and biowin["linked_to"].startswith("org:")


def test_malformed_files_give_clear_errors(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Tart\xf9".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "latin1.txt: not UTF-8 text" in result.output
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(empty)])
    assert result.exit_code == 1 and "empty.md: the file is empty" in result.output
    big = tmp_path / "big.txt"
    big.write_text("BioWin " * 100, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(big), "--max-bytes", "10"])
    assert result.exit_code == 1 and "too large" in result.output


def test_ingest_a_folder_then_review(database_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    make_pdf(
        folder / "mou.pdf",
        [
            "In 2023 Medicon Valley Alliance, the life science cluster of Copenhagen,",
            "signed a memorandum of understanding with the Munich cluster BioM.",
        ],
    )
    make_docx(
        folder / "news.docx",
        ["BioWin is a member of the Council of European BioRegions (CEBR) since 2019."],
    )
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "notes.png").write_bytes(b"\x89PNG")
    run(database_url, "init")
    output = run(database_url, "ingest", str(folder), code=1)  # one file failed, others went on
    assert "broken.pdf: not a readable PDF" in output
    assert "3 ingested, 0 unchanged, 1 failed" in output
    summary = json.loads(run(database_url, "ingest", str(folder), "--json", code=1))
    statuses = {f["name"]: f["status"] for f in summary["files"]}
    assert statuses == {
        "broken.pdf": "failed",
        "mou.pdf": "unchanged",
        "news.docx": "unchanged",
        "seed.txt": "unchanged",
    }
    queue = json.loads(run(database_url, "review", "list", "--json", "--limit", "500"))
    assert queue["entity_count"] > 40 and queue["relation_count"] > 40
    assert "proposed relations" in run(database_url, "review", "list", "--kind", "relations")
    mou = next(
        r
        for r in queue["relations"]
        if r["predicate"] == "partner_of" and "BioM" in (r["subject"]["name"], r["object"]["name"])
    )
    assert "accepted" not in run(database_url, "review", "accept", f"r{mou['id']}")
    person = next(e for e in queue["entities"] if e["type"] == "person")
    assert "rejected 1 entities" in run(database_url, "review", "reject", f"e{person['id']}")
    cebr = next(e for e in queue["entities"] if e["name"] == "Council of European BioRegions")
    edited = run(database_url, "review", "edit", f"e{cebr['id']}", "--country", "BE")
    assert "BE" in edited
    wrong = run(database_url, "review", "accept", "x12", code=1)
    assert "not a proposal reference" in wrong
    run(database_url, "review", "accept", "--all", "--min-confidence", "0.7")
    run(database_url, "review", "reject", "--all")
    assert "nothing to review" in run(database_url, "review", "list")


def test_review_merge_from_the_command_line(database_url: str, tmp_path: Path) -> None:
    run(database_url, "demo")
    news = tmp_path / "news.txt"
    news.write_text(
        "In 2022, Genopole signed a partnership with the Walloon cluster Biowin Wallonia.",
        encoding="utf-8",
    )
    run(database_url, "ingest", str(news))
    queue = json.loads(run(database_url, "review", "list", "--json"))
    proposed = next(e for e in queue["entities"] if e["name"] == "Biowin Wallonia")
    output = run(database_url, "review", "merge", f"e{proposed['id']}", "BioWin")
    assert "merged into BioWin (biowin)" in output
    run(database_url, "review", "merge", "r1", "BioWin", code=1)


def test_review_api(demo_database: Database) -> None:
    with app_client(demo_database) as client:
        from intercluster.ingest.readers import text_document
        from intercluster.services.ingestion import ingest_document

        with demo_database.uow() as uow:
            ingest_document(
                uow,
                document=text_document(
                    "news.txt",
                    "In 2022, Genopole joined the Eurobio Alliance network and met with the "
                    "Walloon cluster Biowin Wallonia at BIO-Europe Spring.",
                ),
            )
        queue = client.get("/api/v1/review").json()
        assert queue["entity_count"] >= 2 and queue["relation_count"] >= 1
        assert client.get("/api/v1/review", params={"kind": "entities"}).json()["relations"] == []
        alliance = next(e for e in queue["entities"] if e["name"] == "Eurobio Alliance")
        response = client.patch(
            f"/api/v1/review/entities/{alliance['id']}", json={"country": "France"}
        )
        assert response.status_code == 200, response.text
        assert response.json()["country"] == "FR"
        wallonia = next(e for e in queue["entities"] if e["name"] == "Biowin Wallonia")
        merged = client.post(
            "/api/v1/review/merge", json={"proposed": wallonia["id"], "into": "biowin"}
        )
        assert merged.status_code == 200, merged.text
        relation = queue["relations"][0]
        response = client.patch(
            f"/api/v1/review/relations/{relation['id']}", json={"date": "2022-03"}
        )
        assert response.status_code == 200, response.text
        accepted = client.post("/api/v1/review/accept", json={"ids": [f"r{relation['id']}"]})
        assert accepted.json()["relations"] == [relation["id"]]
        bad = client.post("/api/v1/review/accept", json={"ids": ["nope"]})
        assert bad.status_code == 422
        assert "not a proposal reference" in bad.json()["error"]["message"]
        both = client.post("/api/v1/review/reject", json={"ids": ["e1"], "all": True})
        assert both.status_code == 422
        done = client.post("/api/v1/review/reject", json={"all": True})
        assert done.status_code == 200
        left = client.get("/api/v1/review").json()
        assert (left["entity_count"], left["relation_count"]) == (0, 0)


def test_a_failure_inside_one_document_spares_the_others(
    database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fault injected into one document's ingestion stands for a bug the extraction may still
    # have on text nobody has tried: that file is reported and rolled back, the others go on.
    import intercluster.cli.ingest as cli_ingest

    real = cli_ingest.ingest_document

    def failing_on_bad(uow: object, *, document: object, gazetteer: object) -> object:
        if getattr(document, "name", "") == "bad.txt":
            raise RuntimeError("boom")
        return real(uow, document=document, gazetteer=gazetteer)  # type: ignore[arg-type]

    monkeypatch.setattr(cli_ingest, "ingest_document", failing_on_bad)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "bad.txt").write_text("BioWin met BioM in Munich in May 2023.", encoding="utf-8")
    (folder / "good.txt").write_text("Genopole met Biocat in Barcelona in 2023.", encoding="utf-8")
    run(database_url, "init")
    output = run(database_url, "ingest", str(folder), code=1)
    assert "bad.txt: extraction failed (RuntimeError: boom); nothing of it was stored" in output
    assert "1 ingested, 0 unchanged, 1 failed" in output
    monkeypatch.setattr(cli_ingest, "ingest_document", real)
    summary = json.loads(run(database_url, "ingest", str(folder), "--json"))
    assert {f["name"]: f["status"] for f in summary["files"]} == {
        "bad.txt": "ingested",  # nothing of the failed try was kept: it is new now
        "good.txt": "unchanged",
    }
