"""Report and network commands: the yearly report, network metrics, tie changes,
warm introductions, indicators and exports of the network."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from intercluster.cli.app import app, err, fail, out, print_json, transaction
from intercluster.domain.normalize import country_name
from intercluster.reports import DEFAULT_BASE_URL, EXPORT_FORMATS, REPORT_FORMATS

if TYPE_CHECKING:
    from intercluster.analytics.network import Period

# NetworkX, matplotlib, WeasyPrint and openpyxl are imported by the commands that use them,
# so that every other command of the CLI starts without them.

network_app = typer.Typer(
    help="The partnership network: metrics, tie changes, introductions, indicators, exports.",
    no_args_is_help=True,
)
app.add_typer(network_app, name="network")

YearOption = Annotated[
    int | None,
    typer.Option("--year", "-y", help="One year (default: every year)", show_default=False),
]
FromOption = Annotated[
    int | None, typer.Option("--from", help="First year of a period", show_default=False)
]
ToOption = Annotated[
    int | None, typer.Option("--to", help="Last year of a period", show_default=False)
]
OrgOption = Annotated[
    str | None,
    typer.Option(
        "--org",
        help="The organisation whose network it is (id, key or name); "
        "default: the best-connected organisation",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON")]


def _period(year: int | None, start: int | None, end: int | None) -> Period:
    from intercluster.services import analytics

    if year is not None and (start is not None or end is not None):
        fail("--year: give either --year or --from/--to, not both")
    if year is not None:
        return analytics.check_period(year, year)
    return analytics.check_period(start, end)


def _format_of(format: str | None, path: Path, choices: tuple[str, ...]) -> str:
    chosen = (format or path.suffix.lstrip(".")).lower()
    if chosen == "markdown":
        chosen = "md"
    if chosen not in choices:
        fail(
            f"--format: expected one of {', '.join(choices)}"
            + (
                f", got {format!r}"
                if format
                else f" (none given, and {path.name!r} has no such suffix)"
            )
        )
    return chosen


@app.command()
def report(
    year: Annotated[int, typer.Option("--year", "-y", help="The year to report on")],
    out_file: Annotated[Path, typer.Option("--out", "-o", help="File to write")],
    format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="html, pdf or md; default: from --out's suffix"),
    ] = None,
    org: OrgOption = None,
    base_url: Annotated[
        str, typer.Option(help="Where the API serves the records the report links to")
    ] = DEFAULT_BASE_URL,
) -> None:
    """Write the year's "International deployment" report, generated from the registry."""
    from intercluster.reports import render
    from intercluster.reports.content import build_report
    from intercluster.reports.files import write_atomically

    chosen = _format_of(format, out_file, REPORT_FORMATS)
    with transaction() as uow:
        document = build_report(uow, year=year, organisation=org, base_url=base_url)
        data = render.render(document, chosen)
        write_atomically(out_file, data)
    err.print(
        f"wrote {out_file} ({chosen}, {len(data):,} bytes): {len(document.sections)} sections, "
        f"{len(document.figures)} figures, {len(document.records)} records cited",
        highlight=False,
    )


@network_app.command("export")
def network_export(
    out_file: Annotated[Path, typer.Option("--out", "-o", help="File to write")],
    format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help="graphml, gexf, csv or xlsx; default: from --out's suffix"
        ),
    ] = None,
    year: YearOption = None,
    start: FromOption = None,
    end: ToOption = None,
    what: Annotated[
        str | None,
        typer.Option(
            help="The list: entities, relations, ties or indicators "
            "(CSV: default relations; XLSX: default all, one sheet each)"
        ),
    ] = None,
    org: OrgOption = None,
) -> None:
    """Export the network: GraphML or GEXF (Gephi), or its lists as CSV or an XLSX workbook."""
    from intercluster.reports import exports
    from intercluster.reports.files import write_atomically

    chosen = _format_of(format, out_file, EXPORT_FORMATS)
    period = _period(year, start, end)
    with transaction() as uow:
        data = exports.export_network(
            uow, format=chosen, period=period, what=what, organisation=org
        )
        write_atomically(out_file, data)
    err.print(f"wrote {out_file} ({chosen}, {period.label}, {len(data):,} bytes)", highlight=False)


@network_app.command("metrics")
def network_metrics(
    year: YearOption = None,
    start: FromOption = None,
    end: ToOption = None,
    limit: Annotated[int, typer.Option(help="Organisations to show", min=1)] = 15,
    json_: JsonOption = False,
) -> None:
    """Centralities, communities and brokers of the organisations tied in a period."""
    from intercluster.services import analytics

    period = _period(year, start, end)
    with transaction() as uow:
        result = analytics.analyse_network(uow, period=period)
    if json_:
        print_json(asdict(result))
        return
    out.print(
        f"{period.label}: {result.organisations} organisations, {result.ties} ties, "
        f"density {result.density:.3f}, modularity {result.modularity:.2f}",
        highlight=False,
    )
    table = Table(title="Most connected", title_justify="left")
    for column in ("organisation", "country", "ties", "strength", "betweenness", "eigenvector"):
        table.add_column(column)
    table.add_column("group", justify="right")
    for m in result.nodes[:limit]:
        table.add_row(
            m.name,
            m.country or "",
            str(m.degree),
            f"{m.strength:.2f}",
            f"{m.betweenness:.3f}",
            f"{m.eigenvector:.3f}",
            str((m.community or 0) + 1),
        )
    out.print(table)
    for community in result.communities:
        if community.size > 1:
            out.print(
                f"group {community.index + 1} ({community.size}): {', '.join(community.members)}",
                highlight=False,
            )
    for broker in result.brokers[:5]:
        regions = ", ".join(f"{r} ({n})" for r, n in broker.regions.items())
        out.print(
            f"broker: {broker.name}: {broker.brokerage} pairs across {regions}", highlight=False
        )


@network_app.command("ties")
def network_ties(
    year: Annotated[int, typer.Option("--year", "-y", help="The year")],
    dormant_after: Annotated[
        int, typer.Option(help="Years without a fact that make a partnership dormant", min=1)
    ] = 2,
    org: OrgOption = None,
    json_: JsonOption = False,
) -> None:
    """New, strengthened and dormant partnerships of a year, and new contacts."""
    from intercluster.services import analytics

    with transaction() as uow:
        result = analytics.tie_changes(
            uow, organisation=org, year=year, dormant_after=dormant_after
        )
    if json_:
        print_json(asdict(result))
        return
    for label, rows in (
        ("new", result.new),
        ("strengthened", result.strengthened),
        ("dormant", result.dormant),
        ("new contacts", result.contacts),
    ):
        out.print(f"[bold]{label}[/] ({len(rows)})")
        for row in rows:
            where = f" ({country_name(row.country)})" if row.country else ""
            why = f": {', '.join(row.kinds)}" if row.kinds else ""
            since = f" since {row.since}" if row.since else ""
            last = f", last {row.last_year}" if label == "dormant" else ""
            refs = " ".join(f"#{r}" for r in row.relations)
            out.print(f"  {row.partner}{where}{since}{last}{why}  {refs}", highlight=False)


@network_app.command("path")
def network_path(
    target: Annotated[str, typer.Argument(help="The organisation to reach (id, key or name)")],
    year: Annotated[
        int | None, typer.Option("--year", "-y", help="As of this year (default: all records)")
    ] = None,
    limit: Annotated[int, typer.Option(help="Paths to show", min=1, max=10)] = 3,
    org: OrgOption = None,
    json_: JsonOption = False,
) -> None:
    """The warmest introductions: the strongest chains of ties from the organisation to TARGET."""
    from intercluster.services import analytics

    with transaction() as uow:
        paths = analytics.introduction_paths(
            uow, organisation=org, target=target, year=year, limit=limit
        )
    if json_:
        print_json([asdict(p) for p in paths])
        return
    if not paths:
        out.print(f"no chain of ties leads to {target}")
        return
    for number, path in enumerate(paths, 1):
        chain = " → ".join(
            step.organisation
            + (f" [{step.strength:.2f}: {', '.join(step.kinds)}]" if step.strength else "")
            for step in path.steps
        )
        out.print(f"{number}. strength {path.strength:.3f}: {chain}", highlight=False)


@network_app.command("indicators")
def network_indicators(
    year: Annotated[int, typer.Option("--year", "-y", help="The year")],
    org: OrgOption = None,
    json_: JsonOption = False,
) -> None:
    """The year's indicators beside the previous year's."""
    from intercluster.services import analytics

    with transaction() as uow:
        result = analytics.indicators(uow, organisation=org, year=year)
    if json_:
        print_json(asdict(result))
        return
    table = Table(title=f"{result.organisation}, {year}", title_justify="left")
    for column in ("indicator", str(year), str(result.previous_year), "change"):
        table.add_column(column)
    for indicator in result.indicators:
        table.add_row(
            indicator.label,
            str(indicator.value),
            "no records" if indicator.previous is None else str(indicator.previous),
            "" if indicator.change is None else f"{indicator.change:+d}",
        )
    out.print(table)
