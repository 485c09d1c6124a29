"""What the web app shows at a glance: the year's dashboard, the network graph, the partner map.

All of it is read from the registry through the repositories; the figures
reuse the yearly questions of `services.activity`, so the dashboard and the
report can never disagree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name
from intercluster.domain.vocabulary import ORGANISATION_TYPES
from intercluster.errors import NotFound
from intercluster.schemas import RelationPublic
from intercluster.services import activity, analytics
from intercluster.services.relations import to_public as relation_public

ORGANISATION_TYPE_NAMES = frozenset(t.value for t in ORGANISATION_TYPES)


def home_entity(uow: UnitOfWork, ref: str) -> Entity | None:
    """The cluster whose network this is, or None when the registry does not hold it yet."""
    try:
        return analytics.home_organisation(uow, ref)
    except NotFound:
        return None


def years_with_data(uow: UnitOfWork) -> list[int]:
    rows = uow.session.scalars(select(Relation.year).where(Relation.year.is_not(None)).distinct())
    return sorted((int(y) for y in rows if y is not None), reverse=True)


@dataclass
class Bar:
    label: str
    value: int
    href: str | None = None


@dataclass
class Dashboard:
    year: int
    years: list[int]
    home: Entity | None
    partnerships: list[activity.Partnership] = field(default_factory=list)
    partnerships_by_country: list[Bar] = field(default_factory=list)
    events: list[activity.Attendance] = field(default_factory=list)
    events_by_format: list[Bar] = field(default_factory=list)
    meetings: int = 0
    meetings_by_event: list[Bar] = field(default_factory=list)
    countries: list[Bar] = field(default_factory=list)
    projects: list[activity.ProjectEntry] = field(default_factory=list)
    projects_by_status: list[Bar] = field(default_factory=list)
    latest: list[RelationPublic] = field(default_factory=list)


def _bars(counter: Counter[str], href: dict[str, str] | None = None) -> list[Bar]:
    return [
        Bar(label, value, (href or {}).get(label))
        for label, value in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    ]


def default_year(years: list[int], today_year: int) -> int:
    """This year when it has facts, else the latest year that has some."""
    if today_year in years or not years:
        return today_year
    return years[0]


def dashboard(uow: UnitOfWork, *, home_ref: str, year: int) -> Dashboard:
    home = home_entity(uow, home_ref)
    board = Dashboard(year=year, years=years_with_data(uow), home=home)
    latest = uow.relations.page(RelationFilter(), limit=8, offset=0, newest_first=True)[0]
    board.latest = [relation_public(r) for r in latest]
    if home is None:
        return board

    board.partnerships = activity.partnerships_created(uow, organisation=home.id, year=year)
    by_country = Counter(p.country_name or "?" for p in board.partnerships)
    board.partnerships_by_country = _bars(by_country)

    board.events = activity.events_attended(uow, organisation=home.id, year=year)
    board.events_by_format = _bars(Counter(e.format or "unspecified" for e in board.events))

    held = activity.meetings_held(uow, organisation=home.id, year=year)
    board.meetings = sum(entry.meetings for entry in held)
    board.meetings_by_event = _bars(Counter({entry.event or "—": entry.meetings for entry in held}))

    reached: dict[str, set[int]] = defaultdict(set)
    for relation in uow.relations.all(
        RelationFilter(entity_id=home.id, year=year, status="confirmed")
    ):
        other = relation.object if relation.subject_id == home.id else relation.subject
        if other.country and other.type in ORGANISATION_TYPE_NAMES:
            reached[other.country].add(other.id)
    board.countries = sorted(
        (
            Bar(country_name(code) or code, len(ids), f"/organizations?country={code}")
            for code, ids in reached.items()
        ),
        key=lambda bar: (-bar.value, bar.label),
    )

    board.projects = activity.projects_of(uow, organisation=home.id, year=year)
    board.projects_by_status = _bars(Counter(p.status or "unspecified" for p in board.projects))
    return board


# ---------------------------------------------------------------- graph

TYPE_COLOURS = {
    "cluster": "#1f77b4",
    "company": "#ff7f0e",
    "university": "#2ca02c",
    "research_org": "#17becf",
    "network": "#9467bd",
    "public_body": "#8c564b",
    "programme": "#e377c2",
    "event": "#d62728",
    "project": "#bcbd22",
    "person": "#7f7f7f",
    "place": "#aec7e8",
}


@dataclass
class GraphFilter:
    predicate: str | None = None
    year: int | None = None
    country: str | None = None
    types: list[str] = field(default_factory=list)


def network_graph(uow: UnitOfWork, *, flt: GraphFilter, max_nodes: int = 5000) -> dict[str, Any]:
    """Nodes and edges for Cytoscape.js; node size grows with degree centrality.

    Beyond `max_nodes`, the best-connected nodes are kept and the rest counted,
    so the browser never receives more than it can draw smoothly.
    """
    relations = uow.relations.all(
        RelationFilter(
            predicate=flt.predicate,
            year=flt.year,
            country=flt.country,
            types=flt.types,
            status="confirmed",
        )
    )
    degree: Counter[int] = Counter()
    entities: dict[int, Entity] = {}
    for relation in relations:
        for entity in (relation.subject, relation.object):
            degree[entity.id] += 1
            entities[entity.id] = entity
    kept = {entity_id for entity_id, _ in degree.most_common(max_nodes)}
    highest = max(degree.values(), default=1)
    others = max(len(entities) - 1, 1)
    nodes = [
        {
            "data": {
                "id": f"n{entity.id}",
                "label": entity.name,
                "type": entity.type,
                "country": entity.country or "",
                "colour": TYPE_COLOURS.get(entity.type, "#999999"),
                "centrality": round(degree[entity.id] / others, 4),
                "size": round(18 + 42 * degree[entity.id] / highest, 1),
                "url": entity_url(entity),
            }
        }
        for entity_id, entity in sorted(entities.items())
        if entity_id in kept
    ]
    edges = [
        {
            "data": {
                "id": f"r{relation.id}",
                "source": f"n{relation.subject_id}",
                "target": f"n{relation.object_id}",
                "predicate": relation.predicate,
                "date": relation.date or "",
            }
        }
        for relation in relations
        if relation.subject_id in kept and relation.object_id in kept
    ]
    return {
        "nodes": nodes,
        "edges": edges,
        "total_nodes": len(entities),
        "total_edges": len(relations),
        "truncated": len(entities) > len(kept),
    }


def entity_url(entity: Entity) -> str:
    if entity.type in ORGANISATION_TYPE_NAMES:
        return f"/organizations/{entity.key}"
    section = {"event": "events", "project": "projects"}.get(entity.type)
    if section:
        return f"/{section}/{entity.key}"
    return f"/entities/{entity.key}"


# ---------------------------------------------------------------- map


@dataclass
class CountryCount:
    code: str
    name: str
    count: int
    organisations: list[str]


def partners_by_country(
    uow: UnitOfWork, *, home_ref: str, predicate: str | None, year: int | None
) -> list[CountryCount]:
    """Organisations tied to the home cluster (by `predicate`, or any), grouped by country."""
    home = home_entity(uow, home_ref)
    relations = uow.relations.all(
        RelationFilter(
            predicate=predicate,
            year=year,
            entity_id=home.id if home else None,
            status="confirmed",
        )
    )
    grouped: dict[str, dict[int, str]] = defaultdict(dict)
    for relation in relations:
        for entity in (relation.subject, relation.object):
            if home is not None and entity.id == home.id:
                continue
            if entity.country and entity.type in ORGANISATION_TYPE_NAMES:
                grouped[entity.country][entity.id] = entity.name
    return sorted(
        (
            CountryCount(code, country_name(code) or code, len(names), sorted(names.values()))
            for code, names in grouped.items()
        ),
        key=lambda c: (-c.count, c.name),
    )
