"""The network and its lists as files: GraphML and GEXF (Gephi, yEd, Cytoscape), CSV, XLSX.

The graph holds every entity linked in the period, one edge per relation
(key: the relation id), with the organisations' metrics as node attributes and
the tie strength as edge `weight`. Lists (entities, relations, ties,
indicators) are tables: one per CSV file, one sheet each in a workbook.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from intercluster.analytics import geography
from intercluster.analytics.network import Network, Period, tie_graph
from intercluster.db.uow import UnitOfWork
from intercluster.errors import InvalidInput
from intercluster.reports import EXPORT_FORMATS
from intercluster.services import analytics

FORMATS = EXPORT_FORMATS
LISTS = ("entities", "relations", "ties", "indicators")
MEDIA_TYPES = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

Scalar = str | int | float | bool


@dataclass
class Sheet:
    name: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _scalar(value: Any) -> Scalar | None:
    """A value GraphML and GEXF can hold: lists joined with '; ', mappings as JSON."""
    if value is None:
        return None
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set):
        return "; ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _clean(attributes: dict[str, Any]) -> dict[str, Scalar]:
    return {k: v for k, value in attributes.items() if (v := _scalar(value)) is not None}


def entity_graph(network: Network, *, period: Period) -> nx.MultiDiGraph:
    """Entities and their relations in the period, ready for a graph file."""
    within = network.within(period)
    ties = tie_graph(within, reference_year=period.end)
    metrics = {m.id: m for m in analytics.analysis_of(ties, period).nodes}
    graph = nx.MultiDiGraph(name=f"intercluster network, {period.label}")
    linked = {link.subject for link in within.links} | {link.object for link in within.links}
    for node_id in sorted(linked):
        node = within.nodes[node_id]
        attributes: dict[str, Any] = {
            "label": node.name,
            "name": node.name,
            "type": node.type,
            "country": node.country,
            "region": geography.region_of(node.country),
            "continent": geography.continent_of(node.country),
        }
        m = metrics.get(node_id)
        if m is not None:
            attributes.update(
                degree=m.degree,
                strength=m.strength,
                betweenness=m.betweenness,
                eigenvector=m.eigenvector,
                community=m.community,
            )
        graph.add_node(node.key, **_clean(attributes))
    for link in within.links:
        a, b = within.nodes[link.subject], within.nodes[link.object]
        weight = ties.edges[a.id, b.id]["strength"] if ties.has_edge(a.id, b.id) else 1.0
        attributes = {
            "id": str(link.id),
            "label": link.predicate,
            "predicate": link.predicate,
            "date": link.date,
            "year": link.year,
            "weight": round(float(weight), 6),
            "event": within.nodes[link.event].key if link.event in within.nodes else None,
            **{f"attr_{k}": v for k, v in sorted(link.attributes.items())},
        }
        graph.add_edge(a.key, b.key, key=link.id, **_clean(attributes))
    return graph


def graph_file(graph: nx.MultiDiGraph, format: str) -> bytes:
    buffer = io.BytesIO()
    if format == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    elif format == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    else:  # pragma: no cover - checked by the caller
        raise InvalidInput(f"format: {format!r} is not a graph format", field="format")
    return buffer.getvalue()


def sheets(
    uow: UnitOfWork,
    *,
    period: Period,
    organisation: int | str | None,
    indicator_year: int | None,
    only: str | None = None,
) -> list[Sheet]:
    """The lists of the period: entities (with metrics), relations, ties, indicators."""
    network = analytics.load_network(uow)
    within = network.within(period)
    ties = tie_graph(within, reference_year=period.end)
    analysis = analytics.analysis_of(ties, period)
    result: list[Sheet] = []
    if only in (None, "entities"):
        metrics = {m.id: m for m in analysis.nodes}
        sheet = Sheet(
            "entities",
            [
                "id",
                "key",
                "name",
                "type",
                "country",
                "region",
                "continent",
                "degree",
                "strength",
                "betweenness",
                "eigenvector",
                "community",
            ],
        )
        linked = {link.subject for link in within.links} | {link.object for link in within.links}
        for node_id in sorted(linked, key=lambda n: within.nodes[n].key):
            node = within.nodes[node_id]
            m = metrics.get(node_id)
            sheet.rows.append(
                [
                    node.id,
                    node.key,
                    node.name,
                    node.type,
                    node.country,
                    geography.region_of(node.country),
                    geography.continent_of(node.country),
                    m.degree if m else None,
                    m.strength if m else None,
                    m.betweenness if m else None,
                    m.eigenvector if m else None,
                    (m.community + 1) if m and m.community is not None else None,
                ]
            )
        result.append(sheet)
    if only in (None, "relations"):
        names = sorted({k for link in within.links for k in link.attributes})
        sheet = Sheet(
            "relations",
            ["id", "subject", "subject_name", "predicate", "object", "object_name", "date", "year"]
            + ["event"]
            + [f"attributes.{n}" for n in names],
        )
        for link in sorted(within.links, key=lambda x: x.id):
            subject, obj = within.nodes[link.subject], within.nodes[link.object]
            event = within.nodes[link.event].key if link.event in within.nodes else None
            sheet.rows.append(
                [
                    link.id,
                    subject.key,
                    subject.name,
                    link.predicate,
                    obj.key,
                    obj.name,
                    link.date,
                    link.year,
                    event,
                    *(_scalar(link.attributes.get(n)) for n in names),
                ]
            )
        result.append(sheet)
    if only in (None, "ties"):
        sheet = Sheet("ties", ["source", "target", "strength", "reasons", "relations"])
        for tie in analysis.edges:
            sheet.rows.append(
                [
                    tie.source_name,
                    tie.target_name,
                    tie.strength,
                    "; ".join(tie.kinds),
                    "; ".join(str(r) for r in tie.relations),
                ]
            )
        result.append(sheet)
    if only in (None, "indicators"):
        year = indicator_year
        if year is None:
            years = analytics.years_with_records(uow, organisation=organisation)
            year = years[0] if years else None
        sheet = Sheet(
            "indicators",
            ["year", "indicator", "key", "value", "previous_year", "previous", "change", "records"],
        )
        if year is not None:
            figures = analytics.indicators(uow, organisation=organisation, year=year)
            for indicator in figures.indicators:
                sheet.rows.append(
                    [
                        year,
                        indicator.label,
                        indicator.key,
                        indicator.value,
                        figures.previous_year,
                        indicator.previous,
                        indicator.change,
                        "; ".join(str(r) for r in indicator.records),
                    ]
                )
            for breakdown in figures.breakdowns:
                for row in breakdown.rows:
                    sheet.rows.append(
                        [
                            year,
                            f"{breakdown.label}: {row.label}",
                            f"{breakdown.key}.{row.label}",
                            row.value,
                            figures.previous_year,
                            row.previous,
                            None if row.previous is None else row.value - row.previous,
                            "; ".join(str(r) for r in row.records),
                        ]
                    )
        result.append(sheet)
    return result


def csv_file(sheet: Sheet) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(sheet.columns)
    for row in sheet.rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue().encode("utf-8")


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def xlsx_file(tables: list[Sheet]) -> bytes:
    workbook = Workbook()
    workbook.remove(workbook.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = workbook.create_sheet(table.name[:31])
        sheet.append(table.columns)
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append([_cell(v) for v in row])
        # A text that starts with "=" is a note, never a formula to run.
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for index, column in enumerate(table.columns, 1):
            width = max([len(column), *(len(str(r[index - 1] or "")) for r in table.rows[:200])])
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(60, width + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def export_network(
    uow: UnitOfWork,
    *,
    format: str,
    period: Period,
    what: str | None = None,
    organisation: int | str | None = None,
) -> bytes:
    """The network of the period in one of FORMATS; `what` picks the list for CSV (and XLSX)."""
    if format not in FORMATS:
        raise InvalidInput(
            f"format: expected one of {', '.join(FORMATS)}, got {format!r}", field="format"
        )
    if what is not None and what not in LISTS:
        raise InvalidInput(f"what: expected one of {', '.join(LISTS)}, got {what!r}", field="what")
    if format in ("graphml", "gexf"):
        return graph_file(entity_graph(analytics.load_network(uow), period=period), format)
    indicator_year = period.end if period.start == period.end else None
    if format == "csv":
        (sheet,) = sheets(
            uow,
            period=period,
            organisation=organisation,
            indicator_year=indicator_year,
            only=what or "relations",
        )
        return csv_file(sheet)
    return xlsx_file(
        sheets(
            uow, period=period, organisation=organisation, indicator_year=indicator_year, only=what
        )
    )
