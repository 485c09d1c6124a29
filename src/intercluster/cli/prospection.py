"""`intercluster prospect ...`, `intercluster recommend`, `intercluster internationalisation ...`.

Prospects are named by their id or their company (id, key, name or alias).
Everything works for the home organisation ($INTERCLUSTER_HOME_ORGANISATION)
unless `--organisation` names another cluster.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

from intercluster.cli.app import app, out, print_json, transaction
from intercluster.config import get_settings
from intercluster.domain.prospection import ACTIVITY_KINDS, STAGES

prospect_app = typer.Typer(
    help="Prospection: companies the cluster wants to attract, their stages, activities and "
    "the funnel.",
    no_args_is_help=True,
)
app.add_typer(prospect_app, name="prospect")
intl_app = typer.Typer(
    help="Internationalisation requests of member companies, and the doors the cluster can "
    "open for them.",
    no_args_is_help=True,
)
app.add_typer(intl_app, name="internationalisation")

OrganisationOption = Annotated[
    str | None,
    typer.Option(
        "--organisation",
        help="The prospecting cluster (default: $INTERCLUSTER_HOME_ORGANISATION)",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON")]
STAGE_HELP = ", ".join(STAGES)


def _home(value: str | None) -> str:
    return value or get_settings().home_organisation


def _print_prospect(row: dict[str, Any]) -> None:
    company = row["organisation"]
    source = row["source_event"] or row["source_partner"]
    out.print(
        f"#{row['id']} {company['name']} ({company['key']}): {row['stage']} since "
        f"{row['stage_since']}; owner {row['owner'] or '-'}; next: {row['next_action'] or '-'}"
        f"{' by ' + row['due'] if row['due'] else ''}"
        f"{' (overdue)' if row['overdue'] else ''}; source: {source['name'] if source else '-'}",
        highlight=False,
    )


# ---------------------------------------------------------------- prospects


@prospect_app.command("add")
def add_command(
    company: Annotated[str, typer.Argument(help="The company: id, key, name or alias")],
    stage: Annotated[str, typer.Option(help=STAGE_HELP)] = "identified",
    owner: Annotated[str | None, typer.Option(help="Who follows it")] = None,
    next_action: Annotated[str | None, typer.Option("--next", help="The next action")] = None,
    due: Annotated[
        str | None, typer.Option(help="When the next action is due (YYYY-MM-DD)")
    ] = None,
    interest: Annotated[str | None, typer.Option(help="What it is interested in")] = None,
    event: Annotated[str | None, typer.Option("--event", help="The event that brought it")] = None,
    partner: Annotated[
        str | None, typer.Option("--partner", help="The partner that introduced it")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="When it entered its stage (YYYY-MM-DD; today)")
    ] = None,
    create_missing: Annotated[
        bool, typer.Option(help="Add the company to the registry when it is not there")
    ] = False,
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a prospect: a company the cluster wants to attract."""
    from intercluster.services import prospection as service

    with transaction() as uow:
        data = service.parse_create(
            {
                "organisation": company, "stage": stage, "owner": owner,
                "next_action": next_action, "due": due, "interest": interest,
                "source_event": event, "source_partner": partner, "since": since,
            }
        )  # fmt: skip
        prospect = service.create_prospect(
            uow, cluster_ref=_home(organisation), data=data, create_missing=create_missing
        )
        row = service.prospect_to_dict(prospect)
    if as_json:
        print_json(row)
        return
    _print_prospect(row)


@prospect_app.command("list")
def list_command(
    stage: Annotated[str | None, typer.Option(help=STAGE_HELP)] = None,
    owner: Annotated[str | None, typer.Option(help="Only this owner's")] = None,
    event: Annotated[
        str | None, typer.Option("--event", help="Only those this event brought")
    ] = None,
    partner: Annotated[
        str | None, typer.Option("--partner", help="Only those this partner introduced")
    ] = None,
    overdue: Annotated[bool, typer.Option(help="Only those whose next action is late")] = False,
    q: Annotated[
        str | None, typer.Option("-q", help="Words of the name or the next action")
    ] = None,
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """Prospects by stage, soonest due first."""
    from intercluster.services import prospection as service

    flt = service.ProspectFilter(
        stage=stage, owner=owner, source_event=event, source_partner=partner, q=q, overdue=overdue
    )
    with transaction() as uow:
        cluster = service.cluster_of(uow, _home(organisation))
        rows = [
            service.prospect_to_dict(p)
            for p in service.list_prospects(uow, cluster=cluster, flt=flt)
        ]
    if as_json:
        print_json({"data": rows, "count": len(rows)})
        return
    table = Table(title=f"{len(rows)} prospects", title_justify="left")
    for column in ("id", "company", "stage", "days", "owner", "next action", "due", "source"):
        table.add_column(column)
    for row in rows:
        source = row["source_event"] or row["source_partner"]
        due = (row["due"] or "") + (" (late)" if row["overdue"] else "")
        table.add_row(
            str(row["id"]), row["organisation"]["name"], row["stage"], str(row["days_in_stage"]),
            row["owner"] or "", row["next_action"] or "", due, source["name"] if source else "",
        )  # fmt: skip
    out.print(table)


@prospect_app.command("show")
def show_command(
    prospect: Annotated[str, typer.Argument(help="Prospect id or company")],
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """A prospect with its stages and activity log."""
    from intercluster.services import prospection as service

    with transaction() as uow:
        cluster = service.cluster_of(uow, _home(organisation))
        row = service.prospect_to_dict(
            service.find_prospect(uow, prospect, cluster=cluster), detail=True
        )
    if as_json:
        print_json(row)
        return
    _print_prospect(row)
    if row["interest"]:
        out.print(f"  interest: {row['interest']}", highlight=False)
    if row["lost_reason"]:
        out.print(f"  lost: {row['lost_reason']}", highlight=False)
    out.print(
        "  stages: " + " -> ".join(f"{s['stage']} ({s['entered_on']})" for s in row["stages"]),
        highlight=False,
    )
    for item in row["activities"]:
        where = f" at {item['event']['name']}" if item["event"] else ""
        by = f" ({item['by']})" if item["by"] else ""
        out.print(
            f"  {item['happened_on']} {item['kind']}{where}{by}: {item['summary']}",
            highlight=False,
        )


@prospect_app.command("move")
def move_command(
    prospect: Annotated[str, typer.Argument(help="Prospect id or company")],
    stage: Annotated[str, typer.Argument(help=STAGE_HELP)],
    on: Annotated[str | None, typer.Option(help="When (YYYY-MM-DD; today)")] = None,
    by: Annotated[str | None, typer.Option(help="Who moved it")] = None,
    reason: Annotated[str | None, typer.Option(help="Why it was lost")] = None,
    organisation: OrganisationOption = None,
) -> None:
    """Move a prospect to a stage; `joined` records the company as a member of the cluster."""
    from intercluster.schemas import validate
    from intercluster.services import prospection as service

    with transaction() as uow:
        cluster = service.cluster_of(uow, _home(organisation))
        found = service.find_prospect(uow, prospect, cluster=cluster)
        move = validate(service.StageMove, {"stage": stage, "on": on, "by": by, "reason": reason})
        moved = service.move_prospect(uow, found, move)
        row = service.prospect_to_dict(found)
    if not moved:
        out.print(f"{row['organisation']['name']} is already at {row['stage']}", highlight=False)
        return
    _print_prospect(row)


@prospect_app.command("update")
def update_command(
    prospect: Annotated[str, typer.Argument(help="Prospect id or company")],
    owner: Annotated[str | None, typer.Option(help="Who follows it")] = None,
    next_action: Annotated[str | None, typer.Option("--next", help="The next action")] = None,
    due: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    interest: Annotated[str | None, typer.Option()] = None,
    event: Annotated[str | None, typer.Option("--event", help="The event that brought it")] = None,
    partner: Annotated[str | None, typer.Option("--partner", help="Who introduced it")] = None,
    organisation: OrganisationOption = None,
) -> None:
    """Change a prospect's owner, next action, due date, interest or source."""
    from intercluster.schemas import validate
    from intercluster.services import prospection as service

    given = {
        "owner": owner, "next_action": next_action, "due": due, "interest": interest,
        "source_event": event, "source_partner": partner,
    }  # fmt: skip
    with transaction() as uow:
        cluster = service.cluster_of(uow, _home(organisation))
        found = service.find_prospect(uow, prospect, cluster=cluster)
        data = validate(service.ProspectUpdate, {k: v for k, v in given.items() if v is not None})
        row = service.prospect_to_dict(service.update_prospect(uow, found, data))
    _print_prospect(row)


@prospect_app.command("log")
def log_command(
    prospect: Annotated[str, typer.Argument(help="Prospect id or company")],
    kind: Annotated[str, typer.Argument(help=", ".join(ACTIVITY_KINDS))],
    summary: Annotated[str, typer.Argument(help="What happened")],
    on: Annotated[str | None, typer.Option(help="When (YYYY-MM-DD; today)")] = None,
    by: Annotated[str | None, typer.Option(help="Who")] = None,
    event: Annotated[str | None, typer.Option("--event", help="The event it happened at")] = None,
    organisation: OrganisationOption = None,
) -> None:
    """Log a call, an e-mail, a meeting (maybe at an event), a site visit or a note."""
    from intercluster.schemas import validate
    from intercluster.services import prospection as service

    with transaction() as uow:
        cluster = service.cluster_of(uow, _home(organisation))
        found = service.find_prospect(uow, prospect, cluster=cluster)
        data = validate(
            service.ActivityCreate,
            {"kind": kind, "summary": summary, "happened_on": on, "by": by, "event": event},
        )
        activity = service.log_activity(uow, found, data)
        name = found.organisation.name
        shown = service.activity_to_dict(activity)
    out.print(f"{name}: {shown['kind']} logged on {shown['happened_on']}", highlight=False)


def _percent(value: float | None) -> str:
    return f"{100 * value:.0f}%" if value is not None else "-"


@prospect_app.command("funnel")
def funnel_command(organisation: OrganisationOption = None, as_json: JsonOption = False) -> None:
    """The funnel: prospects per stage, conversion to the next, days in stage, results by source."""
    from intercluster.services import prospection as service

    with transaction() as uow:
        cluster = service.cluster_of(uow, _home(organisation))
        shown = service.funnel_to_dict(service.funnel_of(uow, cluster=cluster))
    if as_json:
        print_json(shown)
        return
    table = Table(
        title=f"{shown['total']} prospects, {shown['joined']} joined "
        f"({_percent(shown['overall_conversion'])}), {shown['lost']} lost",
        title_justify="left",
    )
    for column in ("stage", "now", "reached", "to next", "median days", "open: median days"):
        table.add_column(column)
    for s in shown["stages"]:
        table.add_row(
            s["stage"], str(s["now"]), str(s["reached"]), _percent(s["conversion"]),
            "-" if s["median_days"] is None else f"{s['median_days']:g}",
            "-" if s["open_median_days"] is None else f"{s['open_median_days']:g}",
        )  # fmt: skip
    out.print(table)
    for title, rows in (
        ("by source event", shown["by_event"]),
        ("by partner", shown["by_partner"]),
    ):
        for row in rows:
            out.print(
                f"{title}: {row['source']}: {row['prospects']} prospects, {row['joined']} joined",
                highlight=False,
            )


# ---------------------------------------------------------------- recommendations


@app.command("recommend")
def recommend_command(
    organisation: Annotated[
        str, typer.Option("--for", help="The organisation: id, key, name or alias")
    ],
    sector: Annotated[
        str | None, typer.Option(help="A sector tag (computational-genomics, ...)")
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(help='A country or a grouping ("Eastern Europe", Nordics, "North America")'),
    ] = None,
    limit: Annotated[int, typer.Option(help="How many candidates")] = 10,
    new_only: Annotated[
        bool,
        typer.Option(
            "--new-only", help="Leave out existing partners (listed after the new candidates)"
        ),
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """Ranked candidate partners for a strategy, each with its score and reasons."""
    from intercluster.errors import InvalidInput
    from intercluster.services import recommend as service

    with transaction() as uow:
        if fmt not in ("table", "json"):
            raise InvalidInput(f"format: {fmt!r} is not table or json", field="format")
        found = service.recommend(
            uow,
            organisation=organisation,
            sector=sector,
            region=region,
            limit=limit,
            new_only=new_only,
        )
        rows = found.to_list()
        strategy = service.strategy_to_dict(found.strategy)
    if fmt == "json":
        print_json(rows)
        return
    parts = [strategy["organisation"]["name"], strategy["sector"], strategy["region"]]
    table = Table(
        title=f"Candidate partners for {', '.join(p for p in parts if p)}",
        title_justify="left",
    )
    for column in ("#", "candidate", "country", "score", "reasons"):
        table.add_column(column)
    for rank, row in enumerate(rows, start=1):
        table.add_row(
            str(rank), row["name"] + (" (partner)" if row["already_partner"] else ""),
            row["country"] or "", f"{row['score']:.3f}",
            "; ".join(row["reasons"]),
        )  # fmt: skip
    out.print(table)
    if not rows:
        out.print("no candidate matches this strategy", highlight=False)


# ---------------------------------------------------------------- internationalisation


@intl_app.command("add")
def intl_add_command(
    company: Annotated[str, typer.Argument(help="The requesting member company")],
    region: Annotated[str, typer.Option(help="A country or a grouping (North America, ...)")],
    goal: Annotated[str, typer.Option(help="What the company wants there")],
    sector: Annotated[str | None, typer.Option(help="A sector tag")] = None,
    organisation: OrganisationOption = None,
) -> None:
    """Record a member company's internationalisation request."""
    from intercluster.schemas import validate
    from intercluster.services import internationalisation as service

    with transaction() as uow:
        data = validate(
            service.RequestCreate,
            {"organisation": company, "region": region, "sector": sector, "goal": goal},
        )
        request = service.create_request(uow, cluster_ref=_home(organisation), data=data)
        shown = service.request_to_dict(request)
    out.print(
        f"request #{shown['id']}: {shown['organisation']['name']} to {shown['region']}",
        highlight=False,
    )


@intl_app.command("list")
def intl_list_command(
    company: Annotated[str | None, typer.Option("--company", help="Only this company's")] = None,
    status: Annotated[str | None, typer.Option(help="open, answered, closed")] = None,
    organisation: OrganisationOption = None,
    as_json: JsonOption = False,
) -> None:
    """Internationalisation requests, newest first."""
    from intercluster.services import internationalisation as service
    from intercluster.services.analytics import home_organisation

    with transaction() as uow:
        cluster = home_organisation(uow, _home(organisation))
        rows = [
            service.request_to_dict(r)
            for r in service.list_requests(
                uow, cluster=cluster, organisation=company, status=status
            )
        ]
    if as_json:
        print_json({"data": rows, "count": len(rows)})
        return
    for row in rows:
        out.print(
            f"#{row['id']} {row['organisation']['name']} -> {row['region']}"
            f"{' (' + row['sector'] + ')' if row['sector'] else ''} ({row['status']}): "
            f"{row['goal']}",
            highlight=False,
        )


@intl_app.command("show")
def intl_show_command(
    request_id: Annotated[str, typer.Argument(metavar="ID", help="The request's id")],
    as_json: JsonOption = False,
) -> None:
    """A request and its proposals: organisations, networks, events, contacts, warm paths."""
    from intercluster.services import internationalisation as service

    with transaction() as uow:
        shown = service.proposals(uow, service.get_request(uow, request_id))
    if as_json:
        print_json(shown)
        return
    request = shown["request"]
    out.print(
        f"#{request['id']} {request['organisation']['name']} -> {request['region']}: "
        f"{request['goal']}",
        highlight=False,
    )
    for title in ("organisations", "networks", "events", "contacts"):
        out.print(f"[bold]{title}[/]")
        if not shown[title]:
            out.print("  none in the registry yet", highlight=False)
        for row in shown[title]:
            path = " -> ".join(step["name"] for step in row.get("path") or [])
            out.print(
                f"  {row['name']}: {'; '.join(row['reasons'])}"
                + (f"\n    warm path: {path}" if path else ""),
                highlight=False,
            )


@intl_app.command("status")
def intl_status_command(
    request_id: Annotated[str, typer.Argument(metavar="ID", help="The request's id")],
    status: Annotated[str, typer.Argument(help="open, answered, closed")],
) -> None:
    """Mark a request open, answered or closed."""
    from intercluster.schemas import validate
    from intercluster.services import internationalisation as service

    with transaction() as uow:
        request = service.update_request(
            uow,
            service.get_request(uow, request_id),
            validate(service.RequestUpdate, {"status": status}),
        )
        shown = service.request_to_dict(request)
    out.print(f"request #{shown['id']}: {shown['status']}", highlight=False)
