"""Partnering commands: solve an instance file, and an event's partnering in the registry.

`intercluster schedule INSTANCE.json --out SCHEDULE.json` reads and writes
the formats of SCHEDULING.md and needs no database. The `event` commands
set up an event's partnering from such a file, publish its schedule and
export each participant's agenda.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from intercluster.cli.app import app, err, fail, out, print_json, transaction
from intercluster.errors import InterclusterError, InvalidInput
from intercluster.scheduling.cpsat import plain_cpsat
from intercluster.scheduling.greedy import greedy_first_fit
from intercluster.scheduling.instance import load_instance
from intercluster.scheduling.schedule import to_document
from intercluster.scheduling.solver import solve
from intercluster.services import partnering as service

SOLVERS = ("intercluster", "greedy", "cp-sat")


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: a temporary file beside it, then a rename."""
    directory = path.parent if str(path.parent) else Path(".")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@app.command("schedule")
def schedule_file(
    instance_path: Annotated[
        Path, typer.Argument(metavar="INSTANCE.json", help="Instance in the SCHEDULING.md format")
    ],
    out_path: Annotated[
        Path,
        typer.Option("--out", "-o", metavar="SCHEDULE.json", help="Where to write the schedule"),
    ],
    time_limit: Annotated[
        float, typer.Option("--time-limit", min=0.1, help="Seconds the solver may use")
    ] = 10.0,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same search)")] = 1,
    solver: Annotated[
        str,
        typer.Option(help="intercluster (default), or a baseline: greedy, cp-sat"),
    ] = "intercluster",
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log the search")] = False,
) -> None:
    """Schedule the meetings of an instance file and write the schedule (SCHEDULING.md)."""
    if solver not in SOLVERS:
        fail(f"--solver: {solver!r} is not one of {', '.join(SOLVERS)}")
    try:
        instance = load_instance(instance_path)
    except InterclusterError as exc:
        prefix = "" if exc.message.startswith(str(instance_path)) else f"{instance_path}: "
        fail(f"{prefix}{exc.message}")
    log = (lambda line: err.print(line, highlight=False)) if verbose else None
    if solver == "greedy":
        solution = greedy_first_fit(instance)
    elif solver == "cp-sat":
        solution = plain_cpsat(instance, seconds=time_limit, seed=seed)
    else:
        solution = solve(instance, seconds=time_limit, seed=seed, log=log)
    document = to_document(instance, solution)
    data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
    try:
        write_atomically(out_path, data)
    except OSError as exc:
        fail(f"--out: cannot write {out_path}: {exc.strerror}")
    stats = document["stats"]
    bound = stats.get("priority_bound")
    share = f" of a proved bound of {bound} ({stats['bound_share']:.2%})" if bound else ""
    out.print(
        f"{stats['scheduled']} of {len(instance.meetings)} meetings scheduled, priority "
        f"{stats['priority_scheduled']}{share}, {stats['idle_gaps']} idle gaps, "
        f"{stats['seconds']:.1f} s -> {out_path}",
        highlight=False,
    )


# ---------------------------------------------------------------- the registry's events


def _event_app() -> typer.Typer:
    """The `event` command group, shared with other areas' modules when one exists already."""
    for info in app.registered_groups:
        if info.name == "event" and info.typer_instance is not None:
            return info.typer_instance
    events = typer.Typer(
        help="Events: partnering set-up, schedules and agendas.", no_args_is_help=True
    )
    app.add_typer(events, name="event")
    return events


event_app = _event_app()


@event_app.command("partnering-import")
def partnering_import(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    instance_path: Annotated[
        Path, typer.Argument(metavar="INSTANCE.json", help="Slots, tables, participants, requests")
    ],
    replace: Annotated[
        bool, typer.Option(help="Replace an existing set-up (its published meetings go)")
    ] = False,
) -> None:
    """Set up an event's partnering from an instance file (SCHEDULING.md format).

    Participants may also give `delegates` and `organisation`; meetings a
    `status` (requested, accepted, declined, cancelled; default accepted).
    """
    try:
        document = json.loads(instance_path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"{instance_path}: cannot read: {exc.strerror}")
    except json.JSONDecodeError as exc:
        fail(f"{instance_path}: line {exc.lineno}: not valid JSON: {exc.msg}")
    with transaction() as uow:
        try:
            report = service.import_partnering(uow, event=event, document=document, replace=replace)
        except InvalidInput as exc:
            raise InvalidInput(f"{instance_path}: {exc.message}; nothing was imported") from exc
    out.print(f"partnering set up: {report.summary()}", highlight=False)


@event_app.command("partnering")
def partnering_show(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
) -> None:
    """Show an event's partnering set-up and the state of its requests."""
    with transaction() as uow:
        summary = service.setup_summary(uow, event=event)
    if as_json:
        print_json(summary)
        return
    tables = "virtual event" if summary["virtual"] else f"{summary['tables']} tables"
    days = ", ".join(f"{d['day']} ({d['slots']} slots)" for d in summary["days"])
    out.print(f"{summary['event']['name']}: {tables}; {days}", highlight=False)
    requests = ", ".join(f"{n} {status}" for status, n in summary["requests"].items())
    out.print(
        f"{summary['participants']} participants; requests: {requests}; "
        f"{summary['published']} meetings published ({summary['runs']} runs)",
        highlight=False,
    )


@event_app.command("schedule")
def event_schedule(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    time_limit: Annotated[
        float, typer.Option("--time-limit", min=0.1, help="Seconds the solver may use")
    ] = 10.0,
    seed: Annotated[int, typer.Option(help="Random seed")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON")] = False,
) -> None:
    """Schedule the accepted requests and publish; published meetings stay where they can."""
    with transaction() as uow:
        report = service.schedule_event(uow, event=event, seconds=time_limit, seed=seed)
    if as_json:
        print_json(report.to_dict())
        return
    bound = f" (proved bound {report.priority_bound})" if report.priority_bound else ""
    out.print(
        f"{report.event}: {report.scheduled} of {report.requested} accepted meetings scheduled, "
        f"priority {report.priority_scheduled}{bound}, {report.idle_gaps} idle gaps; "
        f"{report.kept} kept in place, {len(report.moved)} moved, {len(report.added)} new, "
        f"{len(report.dropped)} dropped",
        highlight=False,
    )
    if report.moved or report.dropped:
        table = Table(title="What changed", title_justify="left")
        for column in ("meeting", "was", "now"):
            table.add_column(column)
        for change in [*report.moved, *report.dropped]:
            table.add_row(change.meeting, change.before or "", change.after or "unscheduled")
        out.print(table)
    for key, reason in list(report.unscheduled.items())[:20]:
        out.print(f"unscheduled {key}: {reason}", highlight=False)
    if len(report.unscheduled) > 20:
        out.print(f"... and {len(report.unscheduled) - 20} more unscheduled", highlight=False)


@event_app.command("agenda")
def event_agenda(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    participant: Annotated[
        str, typer.Option("--participant", "-p", help="Participant id, name or organisation")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, ics or json")] = "csv",
    out_path: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write (default: standard output)")
    ] = None,
) -> None:
    """A participant's agenda of published meetings, as CSV, iCalendar (.ics) or JSON."""
    if fmt not in ("csv", "ics", "json"):
        fail(f"--format: {fmt!r} is not one of csv, ics, json")
    with transaction() as uow:
        plan = service.agenda(uow, event=event, participant=participant)
        if fmt == "csv":
            data = service.agenda_csv(plan).encode()
        elif fmt == "ics":
            data = service.agenda_ics(plan)
        else:
            data = (json.dumps(plan.to_dict(), ensure_ascii=False, indent=2) + "\n").encode()
    if out_path is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        write_atomically(out_path, data)
    except OSError as exc:
        fail(f"--out: cannot write {out_path}: {exc.strerror}")
    out.print(f"{len(plan.items)} meetings of {plan.participant} -> {out_path}", highlight=False)


@event_app.command("request")
def event_request(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    participants: Annotated[
        list[str] | None,
        typer.Argument(help="Two or more participants (to add a request)", show_default=False),
    ] = None,
    key: Annotated[str | None, typer.Option(help="The request's id (to change one)")] = None,
    status: Annotated[
        str | None, typer.Option(help="requested, accepted, declined or cancelled")
    ] = None,
    priority: Annotated[int, typer.Option(min=1, help="Priority of a new request")] = 1,
) -> None:
    """Add a meeting request (give participants), or change a request's status (give --key)."""
    with transaction() as uow:
        if participants:
            row = service.add_request(
                uow,
                event=event,
                participants=participants,
                priority=priority,
                status=status or "requested",
                key=key,
            )
            verb = "added"
        elif key and status:
            row = service.set_request_status(uow, event=event, request=key, status=status)
            verb = "updated"
        else:
            raise InvalidInput("give participants to add a request, or --key and --status")
        shown: dict[str, Any] = service.request_to_dict(row)
    out.print(
        f"request {shown['id']} {verb}: {', '.join(shown['participants'])}, "
        f"priority {shown['priority']}, {shown['status']}",
        highlight=False,
    )


@event_app.command("availability")
def event_availability(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    participant: Annotated[str, typer.Argument(help="Participant id, name or organisation")],
    unavailable: Annotated[
        list[str] | None,
        typer.Option("--unavailable", "-u", help="A slot id they cannot meet in; repeat"),
    ] = None,
) -> None:
    """Set the slots a participant cannot meet in (none given: available throughout)."""
    with transaction() as uow:
        row = service.set_availability(
            uow, event=event, participant=participant, unavailable=unavailable or []
        )
        slots = [u.slot.key for u in row.unavailability]
    away = ", ".join(slots) if slots else "none"
    out.print(f"{row.name}: unavailable slots {away}", highlight=False)


@event_app.command("outcome")
def event_outcome(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    meeting: Annotated[str, typer.Argument(help="The meeting's request id")],
    outcome: Annotated[str | None, typer.Option(help="held, no_show or cancelled")] = None,
    follow_up: Annotated[str | None, typer.Option(help="What comes next, in a few words")] = None,
) -> None:
    """Record what came of a published meeting, and its follow-up."""
    with transaction() as uow:
        row = service.record_outcome(
            uow, event=event, request=meeting, outcome=outcome, follow_up=follow_up
        )
        text = f"meeting {meeting}: outcome {row.outcome or '-'}, follow-up {row.follow_up or '-'}"
    out.print(text, highlight=False)
