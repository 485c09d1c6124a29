"""The command line end to end, on a real database."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from intercluster.cli import app

runner = CliRunner()


def run(database_url: str, *args: str, code: int = 0) -> str:
    result = runner.invoke(app, ["--db", database_url, *args])
    assert result.exit_code == code, result.output
    return result.output


def test_help_everywhere() -> None:
    for command in (
        [],
        ["org"],
        ["relation"],
        ["org", "add"],
        ["relation", "add"],
        ["import"],
        ["export"],
        ["serve"],
        ["init"],
        ["demo"],
        ["org", "show"],
        ["org", "list"],
    ):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0, command
        assert "Usage" in result.output


def test_demo_org_and_relation_commands(database_url: str) -> None:
    assert "44 entities, 63 relations, 1 sources added" in run(database_url, "demo")
    assert "0 entities, 0 relations, 0 sources added" in run(database_url, "demo")
    listing = json.loads(run(database_url, "org", "list", "--country", "BE", "--json"))
    assert [row["name"] for row in listing["data"]] == ["BioWin"]
    shown = run(database_url, "org", "show", "CEBR")
    assert "Council of European BioRegions" in shown
    assert "member_of" not in shown or "executive_committee" in shown
    shown = run(database_url, "org", "show", "genopole")
    assert "participated_in (5)" in shown
    assert "role=sponsor, level=Gold, meetings=30" in shown
    added = run(
        database_url,
        "org",
        "add",
        "Flanders.bio",
        "--type",
        "cluster",
        "--country",
        "Belgium",
        "--sector",
        "biotech",
        "--alias",
        "FlandersBio",
    )
    assert "key flanders-bio" in added
    run(
        database_url,
        "relation",
        "add",
        "genopole",
        "partner_of",
        "FlandersBio",
        "--date",
        "2022-02",
        "--attr",
        "kind=mou",
        "--attr",
        "since=2022-02",
    )
    relations = json.loads(
        run(database_url, "relation", "list", "--entity", "flanders-bio", "--json")
    )
    assert relations["count"] == 1
    assert relations["data"][0]["attributes"] == {"kind": "mou", "since": "2022-02"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["org", "add", "X", "--type", "startup"], "unknown entity type 'startup'"),
        (["org", "add", "X", "--type", "cluster", "--country", "Mars"], "country"),
        (["org", "add", "BioWin", "--type", "cluster"], "already has this name"),
        (["org", "add", "X", "--type", "event"], "type"),
        (["org", "show", "Biowinn"], "did you mean 'BioWin'"),
        (["relation", "add", "genopole", "likes", "biowin"], "unknown predicate 'likes'"),
        (["relation", "add", "genopole", "partner_of", "Atlantis"], "object: no entity named"),
        (["relation", "add", "genopole", "partner_of", "biowin", "--attr", "kind"], "--attr"),
        (
            ["relation", "add", "genopole", "partner_of", "biowin", "--date", "2021-06"],
            "already exists",
        ),
        (["org", "list", "--sector", "space"], "unknown sector"),
    ],
)
def test_bad_input_exits_non_zero_naming_the_field(
    database_url: str, args: list[str], message: str
) -> None:
    run(database_url, "demo")
    output = run(database_url, *args, code=1)
    assert "error:" in output
    assert message in output


def test_uninitialised_database_is_explained(tmp_path: Path) -> None:
    output = run(f"sqlite:///{tmp_path}/new.db", "org", "list", code=1)
    assert "run `intercluster init` first" in output
    assert "database ready" in run(f"sqlite:///{tmp_path}/new.db", "init")
    assert "0 of 0" in run(f"sqlite:///{tmp_path}/new.db", "org", "list")


def test_export_import_round_trip_through_files(database_url: str, tmp_path: Path) -> None:
    run(database_url, "demo")
    exported = tmp_path / "registry.json"
    run(database_url, "export", "--format", "json", "--out", str(exported))
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert len(document["entities"]) == 44 and len(document["relations"]) == 63
    for entity in document["entities"]:
        assert {"id", "name", "type", "country"} <= set(entity)
    for relation in document["relations"]:
        assert {"subject", "predicate", "object", "date", "attributes"} <= set(relation)

    empty = f"sqlite:///{tmp_path}/empty.db"
    run(empty, "init")
    assert "44 entities, 63 relations, 1 sources added" in run(empty, "import", str(exported))
    assert json.loads(run(empty, "export", "--format", "json")) == document
    # importing again is refused as a whole, or skipped on request
    assert "nothing was imported" in run(empty, "import", str(exported), code=1)
    assert "108 records already present" in run(empty, "import", str(exported), "--skip-existing")

    for what in ("entities", "relations"):
        path = tmp_path / f"{what}.csv"
        run(database_url, "export", "--format", "csv", "--what", what, "--out", str(path))
    csv_db = f"sqlite:///{tmp_path}/csv.db"
    run(csv_db, "init")
    run(csv_db, "import", str(tmp_path / "entities.csv"))
    run(csv_db, "import", str(tmp_path / "relations.csv"))
    assert run(csv_db, "export", "--format", "csv", "--what", "relations") == (
        tmp_path / "relations.csv"
    ).read_text(encoding="utf-8")


def test_bad_import_files(database_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("name,type,country\nGood,cluster,FR\nBad,cluster,Mars\n", encoding="utf-8")
    output = run(database_url, "import", str(bad), code=1)
    assert "bad.csv: line 3: country" in output and "nothing was imported" in output
    assert "0 of 0" in run(database_url, "org", "list")
    broken = tmp_path / "broken.json"
    broken.write_text('{"entities": [}', encoding="utf-8")
    assert "line 1, column 15" in run(database_url, "import", str(broken), code=1)
    (tmp_path / "x.xml").write_text("<x/>", encoding="utf-8")
    assert "expected a .json or .csv" in run(
        database_url, "import", str(tmp_path / "x.xml"), code=1
    )
    assert "no such file" in run(database_url, "import", str(tmp_path / "missing.json"), code=1)
    assert "--format" in run(database_url, "export", "--format", "xml", code=1)


def test_console_script_is_installed() -> None:
    script = shutil.which("intercluster", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run([script, "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for command in ("init", "demo", "serve", "org", "relation", "import", "export"):
        assert command in result.stdout
