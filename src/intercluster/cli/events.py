"""`intercluster events ...`: the events programme (calendar, plans, booklets, debriefs, returns).

(`intercluster event ...`, singular, is an event's partnering: cli/schedule.py.)
List options are repeated, one item each, with `;` between an item's fields
(`--cost "actual; travel; 1200; USD; flights"`); giving a list option
replaces that list of the plan, `--clear LIST` empties it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from intercluster.cli.app import app, fail, out, print_json, transaction
from intercluster.config import get_settings
from intercluster.errors import InvalidInput

events_app = typer.Typer(
    help="The events programme: calendar, participation plans, delegation booklets, debriefs "
    "and the return on events.",
    no_args_is_help=True,
)
app.add_typer(events_app, name="events")

OrganisationOption = Annotated[
    str | None,
    typer.Option(
        "--organisation",
        help="The cluster whose programme this is (default: $INTERCLUSTER_HOME_ORGANISATION)",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON")]
ListOption = Annotated[list[str] | None, typer.Option(show_default=False)]
PLAN_LISTS = ("delegates", "targets", "staff", "costs", "agenda", "co_exhibitors")


def _home(value: str | None) -> str:
    return value or get_settings().home_organisation


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror}")
    except json.JSONDecodeError as exc:
        fail(f"{path}: line {exc.lineno}: not valid JSON: {exc.msg}")
    if not isinstance(data, dict):
        fail(f"{path}: expected a JSON object")
    return data


def _write(path: Path, data: bytes) -> None:
    from intercluster.reports.files import write_atomically

    write_atomically(path, data)


# ---------------------------------------------------------------- calendar


@events_app.command("calendar")
def calendar_command(
    when: Annotated[str, typer.Option(help="upcoming, past or all")] = "all",
    region: Annotated[
        str | None, typer.Option(help="A world region (europe, north-america, ...) or a country")
    ] = None,
    sector: Annotated[str | None, typer.Option(help="A sector tag")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="in_person, virtual, hybrid")] = None,
    month: Annotated[str | None, typer.Option(help="YYYY-MM")] = None,
    year: Annotated[int | None, typer.Option(help="Events held that year")] = None,
    q: Annotated[str | None, typer.Option("-q", help="Words of the name")] = None,
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """Events past and upcoming, worldwide, with the cluster's plan and role at each."""
    from intercluster.services.events_programme import calendar as service
    from intercluster.services.overview import home_entity

    flt = service.CalendarFilter(
        when=when, region=region, sector=sector, format=fmt, month=month, year=year, q=q
    )
    with transaction() as uow:
        home = home_entity(uow, _home(organisation))
        entries = service.calendar_entries(uow, flt=flt, home=home)
        rows = [e.to_dict() for e in entries]
    if as_json:
        print_json({"data": rows, "count": len(rows)})
        return
    table = Table(title=f"{len(rows)} events", title_justify="left")
    for column in ("dates", "event", "where", "format", "plan", "role"):
        table.add_column(column)
    for e in entries:
        dates = e.start_date or "-"
        if e.end_date and e.end_date != e.start_date:
            dates = f"{dates} to {e.end_date}"
        where = ", ".join(p for p in (e.city, e.country_name) if p) or "-"
        decision = e.decision or ""
        if e.debriefed:
            decision += " (debriefed)"
        table.add_row(dates, e.name, where, e.format or "", decision.strip(), e.role or "")
    out.print(table)


@events_app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(metavar="FILE.ics|FILE.csv", help="Events to add")],
    update: Annotated[
        bool, typer.Option(help="Take the file's values for events already in the registry")
    ] = False,
    strict: Annotated[
        bool, typer.Option(help="Import nothing when any entry is skipped or noted")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Add the events of an iCalendar or CSV file; bad entries are skipped, with their lines."""
    from intercluster.services.events_programme.calendar import import_calendar

    try:
        data = path.read_bytes()
    except OSError as exc:
        fail(f"{path}: cannot read: {exc.strerror}")
    with transaction() as uow:
        try:
            report = import_calendar(uow, name=path.name, data=data, update=update)
            if strict and report.problems:
                first = report.problems[0]
                more = f" (and {len(report.problems) - 1} more)" if len(report.problems) > 1 else ""
                raise InvalidInput(f"{first}{more}")
        except InvalidInput as exc:
            raise InvalidInput(f"{path}: {exc.message}; nothing was imported") from exc
    if as_json:
        print_json(report.to_dict())
        return
    out.print(report.summary(), highlight=False)
    for problem in report.problems:
        out.print(f"{path.name}: {problem}", highlight=False)


# ---------------------------------------------------------------- plans


def _plan_table(plan: dict[str, Any], warnings: list[str]) -> None:
    decision = plan["decision"]
    if plan.get("sponsor_level"):
        decision += f" ({plan['sponsor_level']})"
    out.print(f"{plan['event']['name']}: {decision}", highlight=False)
    if plan.get("reason"):
        out.print(f"  reason: {plan['reason']}", highlight=False)
    if plan.get("stand"):
        host = f", hosted by {plan['stand_host']}" if plan.get("stand_host") else ""
        out.print(f"  stand: {plan['stand']}{host}", highlight=False)
    if plan["co_exhibitors"]:
        out.print(f"  co-exhibitors: {', '.join(plan['co_exhibitors'])}", highlight=False)
    for d in plan["delegates"]:
        out.print(f"  delegate: {d['company']}: {d.get('goals') or '-'}", highlight=False)
    for t in plan["targets"]:
        who = f" (for {t['for_company']})" if t.get("for_company") else ""
        out.print(f"  target {t['priority']}: {t['organisation']}{who}", highlight=False)
    for s in plan["staff"]:
        out.print(
            f"  staff: {s['name']}{', ' + s['role'] if s.get('role') else ''}", highlight=False
        )
    for c in plan["costs"]:
        note = f" ({c['note']})" if c.get("note") else ""
        out.print(
            f"  {c['kind']} {c['category']}: {c['amount']} {c['currency']}{note}", highlight=False
        )
    totals = plan["totals"]
    if totals["budget_eur"] or totals["actual_eur"]:
        out.print(
            f"  in EUR: budget {totals['budget_eur'] or '-'}, actual {totals['actual_eur'] or '-'}"
            f" (rates: {totals['rates']})",
            highlight=False,
        )
    for a in plan["agenda"]:
        when = " ".join(p for p in (a["day"], a.get("start"), a.get("end")) if p)
        out.print(f"  agenda {when}: {a['title']}", highlight=False)
    for warning in warnings:
        out.print(f"[yellow]warning:[/] {warning}", highlight=False)


@events_app.command("plan")
def plan_command(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    decision: Annotated[
        str | None, typer.Option(help="attend, exhibit, sponsor, organise or skip")
    ] = None,
    level: Annotated[str | None, typer.Option(help="Sponsor level, e.g. Gold")] = None,
    reason: Annotated[str | None, typer.Option(help="Why this decision")] = None,
    stand: Annotated[str | None, typer.Option(help="The shared stand or pavilion")] = None,
    stand_host: Annotated[str | None, typer.Option(help="Who hosts the pavilion")] = None,
    co_exhibitor: ListOption = None,
    delegate: ListOption = None,
    target: ListOption = None,
    staff: ListOption = None,
    cost: ListOption = None,
    agenda: ListOption = None,
    notes: Annotated[str | None, typer.Option(help="Free notes")] = None,
    clear: Annotated[
        list[str] | None, typer.Option(help=f"Empty a list: {', '.join(PLAN_LISTS)}")
    ] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from-file", help="A whole plan as JSON (the API's shape)")
    ] = None,
    create_missing: Annotated[
        bool,
        typer.Option(help="Add delegate and target organisations not yet known, as companies"),
    ] = False,
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show the cluster's plan for an event, or create or change it with the options given.

    \b
    --delegate "COMPANY; goals"            --staff "NAME; role"
    --target "ORGANISATION; 1-3; reason; for COMPANY"
    --cost "budget|actual; CATEGORY; AMOUNT; CURRENCY; note"
    --agenda "YYYY-MM-DD; HH:MM-HH:MM; TITLE; place"   --co-exhibitor ORGANISATION
    """
    from intercluster.services.events_programme import lines
    from intercluster.services.events_programme import plans as service
    from intercluster.services.events_programme.common import find_plan, home_of, resolve_event

    given_lists = {
        "co_exhibitors": co_exhibitor, "delegates": delegate, "targets": target,
        "staff": staff, "costs": cost, "agenda": agenda,
    }  # fmt: skip
    scalars = {
        "decision": decision, "sponsor_level": level, "reason": reason, "stand": stand,
        "stand_host": stand_host, "notes": notes,
    }  # fmt: skip
    for name in clear or []:
        if name.replace("-", "_") not in PLAN_LISTS:
            fail(f"--clear: {name!r} is not one of {', '.join(PLAN_LISTS)}")
    changing = (
        from_file is not None
        or any(v is not None for v in scalars.values())
        or any(given_lists.values())
        or bool(clear)
    )
    document = _read_json(from_file) if from_file is not None else None
    with transaction() as uow:
        entity = resolve_event(uow, event)
        home = home_of(uow, _home(organisation))
        plan = find_plan(uow, entity, home)
        if not changing:
            if plan is None:
                fail(
                    f"{home.name} has no plan for {entity.name} yet: give --decision "
                    "(attend, exhibit, sponsor, organise, skip) to make one"
                )
            shown = service.plan_to_dict(plan, names=not as_json)
            warnings = service.overlap_warnings(uow, plan)
        else:
            data: dict[str, Any] = dict(document) if document else service.plan_input(plan)
            for name, value in scalars.items():
                if value is not None:
                    data[name] = value or None
            if level is None and decision is not None and decision != "sponsor":
                data["sponsor_level"] = None  # a level only goes with a sponsorship
            for name in clear or []:
                data[name.replace("-", "_")] = []
            for name, values in given_lists.items():
                if values:
                    data[name] = lines.parse_items(name, values)
            if not data.get("decision"):
                fail(
                    "--decision: a new plan needs a decision "
                    "(attend, exhibit, sponsor, organise or skip)"
                )
            saved = service.save_plan(
                uow,
                event=entity.id,
                organisation_ref=home.id,
                data=service.parse_plan(data),
                create_missing=create_missing,
            )
            shown = service.plan_to_dict(saved.plan, names=not as_json)
            warnings = saved.warnings
            verb = "created" if saved.created else "updated"
            if not as_json:
                out.print(f"plan {verb} (version {shown['version']})", highlight=False)
    if as_json:
        print_json({**shown, "warnings": warnings})
        return
    _plan_table(shown, warnings)


@events_app.command("booklet")
def booklet_command(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="html or pdf")] = "html",
    out_path: Annotated[Path, typer.Option("--out", "-o", help="The file to write")] = Path(
        "booklet.html"
    ),
    organisation: OrganisationOption = None,
) -> None:
    """The delegation booklet of an event: cover, the cluster's page, agenda, a page per company."""
    from intercluster.services.events_programme.booklet import (
        FORMATS,
        build_booklet,
        render_booklet,
    )

    if fmt not in FORMATS:
        fail(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    with transaction() as uow:
        booklet = build_booklet(uow, event=event, organisation_ref=_home(organisation))
        data = render_booklet(booklet, fmt)
        _write(out_path, data)
    out.print(
        f"booklet of {booklet.event.name}: {len(booklet.companies)} delegate companies, "
        f"{len(booklet.agenda)} agenda items -> {out_path}",
        highlight=False,
    )


# ---------------------------------------------------------------- debriefs


@events_app.command("debrief")
def debrief_command(
    event: Annotated[str, typer.Argument(help="The event: id, key or name")],
    meetings: Annotated[
        int | None, typer.Option(min=0, help="Meetings held there (the count)")
    ] = None,
    met: ListOption = None,
    lead: ListOption = None,
    partnership: ListOption = None,
    follow_up: ListOption = None,
    held_on: Annotated[str | None, typer.Option(help="Date of the debrief (default today)")] = None,
    notes: Annotated[str | None, typer.Option(help="Free notes")] = None,
    no_delegation: Annotated[
        bool, typer.Option("--no-delegation", help="The plan's delegate companies did not go")
    ] = False,
    from_file: Annotated[
        Path | None, typer.Option("--from-file", help="A whole debrief as JSON (the API's shape)")
    ] = None,
    create_missing: Annotated[
        bool, typer.Option(help="Add organisations not yet known, as companies")
    ] = False,
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record what came of an event; its facts are written into the registry.

    \b
    --met "ORGANISATION; outcome"            --lead "ORGANISATION; interest; owner"
    --partnership "ORGANISATION; kind; since"
    --follow-up "ACTION; OWNER; YYYY-MM-DD; ORGANISATION"
    With no option, shows the event's debrief.
    """
    from intercluster.services.events_programme import debriefs as service
    from intercluster.services.events_programme import lines

    lists = {"met": met, "leads": lead, "partnerships": partnership, "follow_ups": follow_up}
    changing = (
        from_file is not None
        or any(lists.values())
        or any(v is not None for v in (meetings, held_on, notes))
        or no_delegation
    )
    document = _read_json(from_file) if from_file is not None else {}
    with transaction() as uow:
        if not changing:
            debrief = service.get_debrief(uow, event=event, organisation_ref=_home(organisation))
            shown = service.debrief_to_dict(uow, debrief)
        else:
            data: dict[str, Any] = dict(document)
            for name, values in lists.items():
                if values:
                    data[name] = lines.parse_items(name, values)
            for name, value in (
                ("meetings_held", meetings),
                ("held_on", held_on),
                ("notes", notes),
            ):
                if value is not None:
                    data[name] = value
            if no_delegation:
                data["delegation_attended"] = False
            report = service.record_debrief(
                uow,
                event=event,
                organisation_ref=_home(organisation),
                data=service.parse_debrief(data),
                create_missing=create_missing,
            )
            shown = {"report": report.summary(), "created": report.created}
    if as_json:
        print_json(shown)
        return
    if "report" in shown:
        out.print(shown["report"], highlight=False)
        return
    out.print(
        f"debrief of {shown['event']['name']} ({shown['held_on'] or 'undated'}): "
        f"{shown['meetings_held'] if shown['meetings_held'] is not None else '-'} meetings",
        highlight=False,
    )
    for kind, rows in shown["records"].items():
        names = ", ".join(r["organisation"]["name"] for r in rows)
        out.print(f"  {kind}: {names}", highlight=False)
    for lead_row in shown["leads"]:
        out.print(
            f"  lead: {lead_row['organisation']['name']} ({lead_row['status']}, "
            f"{lead_row['owner'] or 'no owner'})",
            highlight=False,
        )
    for item in shown["follow_ups"]:
        out.print(
            f"  follow-up by {item['due']}: {item['action']} ({item['owner']})", highlight=False
        )


@events_app.command("leads")
def leads_command(
    event: Annotated[str | None, typer.Option(help="Only the leads of this event")] = None,
    status: Annotated[str | None, typer.Option(help="new, contacted, qualified, ...")] = None,
    as_json: JsonOption = False,
) -> None:
    """Leads created at events, for prospection to take up."""
    from intercluster.services.events_programme import debriefs as service

    with transaction() as uow:
        rows = [
            service.lead_to_dict(lead)
            for lead in service.list_leads(uow, event=event, status=status)
        ]
    if as_json:
        print_json({"data": rows, "count": len(rows)})
        return
    for row in rows:
        where = row["event"]["name"] if row["event"] else "-"
        out.print(
            f"{row['organisation']['name']} ({row['status']}) at {where}: "
            f"{row['interest'] or '-'}; owner {row['owner'] or '-'}",
            highlight=False,
        )


@events_app.command("follow-ups")
def follow_ups_command(
    owner: Annotated[str | None, typer.Option(help="Only this owner's")] = None,
    show_all: Annotated[bool, typer.Option("--all", help="Done ones too")] = False,
    as_json: JsonOption = False,
) -> None:
    """Follow-ups of debriefs, soonest due first."""
    from intercluster.services.events_programme import debriefs as service

    with transaction() as uow:
        rows = [
            service.follow_up_to_dict(item)
            for item in service.list_follow_ups(uow, owner=owner, open_only=not show_all)
        ]
    if as_json:
        print_json({"data": rows, "count": len(rows)})
        return
    for row in rows:
        done = " (done)" if row["done"] else ""
        out.print(
            f"{row['due']} {row['owner']}: {row['action']} [{row['event']['name']}]{done}",
            highlight=False,
        )


# ---------------------------------------------------------------- returns


def _eur(value: Any) -> str:
    return "-" if value is None else f"{value:,.2f}"


@events_app.command("roi")
def roi_command(
    year: Annotated[int, typer.Option(help="The year of the events")],
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """The return on the year's events, the years compared, and next year's ranked proposal."""
    from intercluster.services.events_programme.returns import proposal_to_dict, return_on_events

    with transaction() as uow:
        report = return_on_events(uow, year=year, organisation_ref=_home(organisation))
    if as_json:
        print_json(report.to_dict())
        return
    out.print(f"Return on {report.home}'s events, {year} (costs in EUR):", highlight=False)
    for e in report.events:
        decision = e.decision or e.role or "attended"
        if e.level:
            decision += f" {e.level}"
        o = e.outcomes
        basis = f" ({e.costs.basis})" if e.costs.basis else ""
        out.print(
            f"- {e.name} ({e.start_date or year}, {decision}): {o.meetings} meetings, "
            f"{o.leads} leads, {o.partnerships} partnerships, {o.projects} projects, "
            f"{o.joined} companies joined; cost {_eur(e.cost_eur)}{basis}, "
            f"{_eur(e.cost_per_outcome)} per outcome",
            highlight=False,
        )
    if not report.events:
        out.print(f"No event of {year} recorded for {report.home}.", highlight=False)
    years = Table(title="Years compared", title_justify="left")
    for column in ("year", "events", "outcomes", "points", "cost", "per outcome"):
        years.add_column(column, justify="left" if column == "year" else "right")
    for y in report.years:
        years.add_row(
            str(y.year), str(y.events), str(y.outcomes.total()), str(y.outcomes.points()),
            _eur(y.cost_eur), _eur(y.cost_per_outcome),
        )  # fmt: skip
    out.print(years)
    out.print(f"Proposal for {report.proposal_year}, best first:", highlight=False)
    for proposal in report.proposals:
        shown = proposal_to_dict(proposal)
        out.print(
            f"{shown['rank']}. {shown['name']} — {shown['advice']} (score {shown['score']})",
            highlight=False,
        )
        for reason in shown["reasons"]:
            out.print(f"     {reason['text']}", highlight=False)
    out.print(f"Rates: {report.rates}.", highlight=False)


@events_app.command("load-example")
def load_example_command(organisation: OrganisationOption = None) -> None:
    """Add the ILLUSTRATIVE example (fictional companies, 2022 events, plans with costs).

    Not from the seed document: `intercluster demo` never loads it. Needs the demo first.
    """
    from intercluster.services.events_programme.example import load_example

    with transaction() as uow:
        report = load_example(uow, organisation_ref=_home(organisation))
    out.print(report.summary(), highlight=False)
