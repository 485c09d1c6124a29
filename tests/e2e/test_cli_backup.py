"""`intercluster backup` and `intercluster restore` end to end."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import run


def test_backup_then_restore_into_a_new_database(database_url: str, tmp_path: Path) -> None:
    run(database_url, "demo")
    file = tmp_path / "registry.jsonl.gz"
    output = run(database_url, "backup", str(file))
    assert "rows of" in output and "revision" in output and file.is_file()
    # An existing file is kept unless --force.
    assert "already exists" in run(database_url, "backup", str(file), code=1)
    run(database_url, "backup", "--force", str(file))

    restored = tmp_path / "restored.db"  # does not exist: restore creates it
    output = run(str(restored), "restore", str(file))
    assert "rows of" in output
    before = run(database_url, "export", "--format", "json")
    assert run(str(restored), "export", "--format", "json") == before

    # A second restore is refused: the target holds rows now; nothing changes.
    output = run(str(restored), "restore", str(file), code=1)
    assert "not empty" in output and "nothing was restored" in output
    assert run(str(restored), "export", "--format", "json") == before


def test_restore_of_a_damaged_file_names_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(b"not a backup at all")
    target = tmp_path / "target.db"
    output = run(str(target), "restore", str(broken), code=1)
    assert str(broken) in output.replace("\n", "") and "nothing was restored" in output
    output = run(str(target), "restore", str(tmp_path / "missing.jsonl.gz"), code=1)
    assert "no such file" in output
    output = run(str(tmp_path / "none.db"), "backup", str(tmp_path / "x.jsonl.gz"), code=1)
    assert "not initialised" in output
