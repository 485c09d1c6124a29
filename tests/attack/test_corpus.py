"""The malformed-file corpus through the commands that take each kind of file.

Each file is refused with one line naming it, the command exits non-zero,
nothing of it is stored, and in a batch (`intercluster ingest`) the good files
still go in. `corpus/make_corpus.py` writes the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from intercluster.cli import app
from intercluster.db.models import Base
from intercluster.db.uow import Database

CORPUS = Path(__file__).parent / "corpus"
runner = CliRunner()


def _files(group: str) -> list[Path]:
    return sorted(p for p in (CORPUS / group).iterdir() if p.is_file())


def _counts(database_url: str) -> dict[str, int]:
    database = Database(database_url)
    try:
        with database.engine.connect() as connection:
            return {
                t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables
                if connection.dialect.has_table(connection, t.name)
            }
    finally:
        database.dispose()


def _oneline(text: str) -> str:
    # Rich wraps long lines at the terminal width; a path may be split over two.
    return text.replace("\n", "")


def test_the_corpus_is_there() -> None:
    assert len(_files("documents")) >= 10
    assert len(_files("imports")) >= 10
    assert len(_files("calendars")) >= 4


def test_ingest_refuses_each_broken_document_and_goes_on(database_url: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Genopole signed a partnership with BioWin in 2021.\n", encoding="utf-8")
    broken = _files("documents")
    result = runner.invoke(
        app, ["--db", database_url, "ingest", "--json", *map(str, broken), str(good)]
    )
    assert result.exit_code == 1, result.output
    assert '"good.txt"' in result.output
    for path in broken:
        assert f"{path.name}: " in result.output, path.name
    counts = _counts(database_url)
    assert counts["sources"] == 1  # the good file only


@pytest.mark.parametrize("path", _files("imports"), ids=lambda p: p.name)
def test_import_refuses_each_broken_file(database_url: str, path: Path) -> None:
    before = _counts(database_url)
    result = runner.invoke(app, ["--db", database_url, "import", str(path)])
    assert result.exit_code == 1, result.output
    assert path.name in _oneline(result.output)
    assert result.output.startswith("error: ")
    assert _counts(database_url) == before


@pytest.mark.parametrize("path", _files("calendars"), ids=lambda p: p.name)
def test_calendar_import_refuses_each_broken_file(database_url: str, path: Path) -> None:
    before = _counts(database_url)
    result = runner.invoke(app, ["--db", database_url, "events", "import", str(path)])
    assert result.exit_code == 1, result.output
    assert path.name in _oneline(result.output) and "nothing was imported" in result.output
    assert _counts(database_url) == before
