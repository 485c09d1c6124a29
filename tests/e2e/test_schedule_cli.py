"""`intercluster schedule` and the `event` partnering commands end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from intercluster.cli import app
from intercluster.scheduling.generator import generate_instance
from intercluster.scheduling.instance import parse_instance
from intercluster.scheduling.schedule import check_schedule

runner = CliRunner()


def test_schedule_command_writes_a_valid_schedule(tmp_path: Path) -> None:
    document = generate_instance(participants=40, meetings=150, slots_per_day=8, days=2, seed=4)
    instance_path = tmp_path / "instance.json"
    instance_path.write_text(json.dumps(document))
    out_path = tmp_path / "schedule.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "intercluster.cli",
            "schedule",
            str(instance_path),
            "--out",
            str(out_path),
            "--time-limit",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "meetings scheduled" in result.stdout
    schedule = json.loads(out_path.read_text())
    assert set(schedule) == {"assignments", "unscheduled", "stats"}
    assert set(schedule["stats"]) >= {"scheduled", "priority_scheduled", "idle_gaps", "seconds"}
    check = check_schedule(parse_instance(document), schedule)
    assert check.valid, check.errors
    assert schedule["stats"]["priority_scheduled"] == check.priority_scheduled
    assert schedule["stats"]["priority_bound"] >= check.priority_scheduled
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_baselines_from_the_command_line(tmp_path: Path) -> None:
    document = generate_instance(participants=20, meetings=50, slots_per_day=6, seed=2)
    instance_path = tmp_path / "i.json"
    instance_path.write_text(json.dumps(document))
    for solver in ("greedy", "cp-sat"):
        out_path = tmp_path / f"{solver}.json"
        result = runner.invoke(
            app,
            [
                "schedule",
                str(instance_path),
                "--out",
                str(out_path),
                "--time-limit",
                "0.5",
                "--solver",
                solver,
            ],
        )
        assert result.exit_code == 0, result.output
        assert check_schedule(parse_instance(document), json.loads(out_path.read_text())).valid


def test_bad_instance_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out_path = tmp_path / "schedule.json"
    bad = {
        "slots": [{"id": "s1", "day": "2021-03-22"}],
        "tables": 2,
        "participants": [{"id": "p1"}, {"id": "p2"}],
        "meetings": [
            {"id": "m1", "participants": ["p1", "p2"]},
            {"id": "m2", "participants": ["p1", "p9"]},
        ],
    }
    instance_path = tmp_path / "bad.json"
    instance_path.write_text(json.dumps(bad))
    result = runner.invoke(app, ["schedule", str(instance_path), "--out", str(out_path)])
    assert result.exit_code == 1
    assert "meetings[1].participants: unknown participant 'p9'" in result.output
    assert not out_path.exists()

    instance_path.write_text('{"slots": [\n  {"id": "s1",}\n]}')
    result = runner.invoke(app, ["schedule", str(instance_path), "--out", str(out_path)])
    assert result.exit_code == 1 and "line 2: not valid JSON" in result.output
    assert not out_path.exists()

    # An existing schedule is replaced whole or not at all.
    out_path.write_text("previous")
    result = runner.invoke(
        app, ["schedule", str(tmp_path / "missing.json"), "--out", str(out_path)]
    )
    assert result.exit_code == 1 and "cannot read" in result.output
    assert out_path.read_text() == "previous"


def test_event_commands(database_url: str, tmp_path: Path) -> None:
    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, ["--db", database_url, *args])
        assert result.exit_code == code, result.output
        return result.output

    run("demo")
    document = generate_instance(participants=12, meetings=30, slots_per_day=6, days=2, seed=9)
    instance_path = tmp_path / "event.json"
    instance_path.write_text(json.dumps(document))
    event = "BIO-Europe Spring"
    assert "12 participants" in run("event", "partnering-import", event, str(instance_path))
    assert "already has a partnering set-up" in run(
        "event", "partnering-import", event, str(instance_path), code=1
    )
    assert "accepted meetings scheduled" in run("event", "schedule", event, "--time-limit", "0.5")
    shown = json.loads(run("event", "partnering", event, "--json"))
    assert shown["participants"] == 12 and shown["published"] > 0
    agenda_path = tmp_path / "p1.ics"
    run(
        "event",
        "agenda",
        event,
        "--participant",
        "p1",
        "--format",
        "ics",
        "--out",
        str(agenda_path),
    )
    assert agenda_path.read_text().startswith("BEGIN:VCALENDAR")
    csv_text = run("event", "agenda", event, "-p", "Participant 1", "--format", "csv")
    assert csv_text.startswith("day,start,end,slot,table,meeting,with")
    assert "request r31 added" in run("event", "request", event, "p1", "p2", "--status", "accepted")
    assert "cancelled" in run("event", "request", event, "--key", "r31", "--status", "cancelled")
    report = json.loads(run("event", "schedule", event, "--time-limit", "0.5", "--json"))
    assert report["moved"] == [] and report["kept"] > 0
    assert "unavailable slots d1-0900, d1-0930" in run(
        "event", "availability", event, "p1", "-u", "d1-0900", "-u", "d1-0930"
    )
    report = json.loads(run("event", "schedule", event, "--time-limit", "0.5", "--json"))
    # p1's meetings in those two slots had to move or go; everything else stayed in place.
    agenda = json.loads(run("event", "agenda", event, "-p", "p1", "--format", "json"))
    assert not {m["slot"] for m in agenda["meetings"]} & {"d1-0900", "d1-0930"}
    assert report["kept"] + len(report["moved"]) + len(report["added"]) == report["scheduled"]
    assert "no partnering set-up" in run(
        "event", "schedule", "BIO International Convention", code=1
    )
