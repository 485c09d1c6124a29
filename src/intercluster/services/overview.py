"""What the web app shows at a glance: the year's dashboard, the network graph, the partner map.

All of it is read from the registry through the repositories; the figures
reuse the yearly questions of `services.activity`, so the dashboard and the
report can never disagree.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
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


GRAPH_MAX_NODES = 5_000


def network_graph(
    uow: UnitOfWork, *, flt: GraphFilter, max_nodes: int = GRAPH_MAX_NODES
) -> dict[str, Any]:
    """Nodes and edges for Cytoscape.js; node size grows with degree centrality.

    The browser never receives more than `max_nodes` nodes. Beyond, without a
    country filter, the graph is drawn by country (a node per country sized by
    its organisations, an edge per pair of countries weighted by their
    relations; clicking a country draws its own graph); with one, the best
    connected nodes are kept and the rest counted. Only the relations' two ends
    are read (as integer arrays), never the registry's records.
    """
    edges_of = uow.relations.edges(
        RelationFilter(
            predicate=flt.predicate,
            year=flt.year,
            country=flt.country,
            types=flt.types,
            status="confirmed",
        )
    ).subquery()
    # The two ends of every relation, read once as arrays: degrees, counts and the folded
    # view come from them (a million relations: about a second, where grouping them in
    # SQL took SQLite nine).
    rows = np.fromiter(
        itertools.chain.from_iterable(
            uow.session.execute(select(edges_of.c.id, edges_of.c.subject_id, edges_of.c.object_id))
        ),
        dtype=np.int64,
    ).reshape(-1, 3)
    relation_ids, ends = rows[:, 0], rows[:, 1:]
    total_edges = len(ends)
    ids, counts = np.unique(ends, return_counts=True)
    if len(ids) > max_nodes and flt.country is None:
        return _graph_by_country(uow, ends, ids, total_edges)
    degree: Counter[int] = Counter(dict(zip(ids.tolist(), counts.tolist(), strict=True)))
    kept = {entity_id for entity_id, _ in degree.most_common(max_nodes)}
    highest = max(degree.values(), default=1)
    others = max(len(degree) - 1, 1)
    entities = _entity_rows(uow, kept)
    nodes = [
        {
            "data": {
                "id": f"n{entity_id}",
                "label": name,
                "type": type_,
                "country": country or "",
                "colour": TYPE_COLOURS.get(type_, "#999999"),
                "centrality": round(degree[entity_id] / others, 4),
                "size": round(18 + 42 * degree[entity_id] / highest, 1),
                "url": entity_path(type_, key),
            }
        }
        for entity_id, (key, name, type_, country) in sorted(entities.items())
    ]
    kept_ids = np.fromiter(kept, dtype=np.int64, count=len(kept))
    inside = np.isin(ends[:, 0], kept_ids) & np.isin(ends[:, 1], kept_ids)
    edges = [
        {
            "data": {
                "id": f"r{relation_id}",
                "source": f"n{subject_id}",
                "target": f"n{object_id}",
                "predicate": predicate,
                "date": date or "",
            }
        }
        for relation_id, subject_id, object_id, predicate, date in _relation_rows(
            uow, relation_ids[inside].tolist()
        )
    ]
    return {
        "mode": "entities",
        "nodes": nodes,
        "edges": edges,
        "total_nodes": len(degree),
        "total_edges": total_edges,
        "truncated": len(degree) > len(kept),
    }


def _rows_by_id(
    uow: UnitOfWork, id_column: Any, columns: tuple[Any, ...], ids: Iterable[int]
) -> Iterator[tuple[Any, ...]]:
    """The rows of these ids (the id first, then `columns`), in id order, 5,000 at a time."""
    wanted = sorted(ids)
    for start in range(0, len(wanted), 5_000):
        chunk = wanted[start : start + 5_000]
        for row in uow.session.execute(
            select(id_column, *columns).where(id_column.in_(chunk)).order_by(id_column)
        ):
            yield tuple(row)


def _relation_rows(uow: UnitOfWork, ids: Iterable[int]) -> Iterator[tuple[Any, ...]]:
    """(id, subject, object, predicate, date) of these relations, in id order."""
    columns = (Relation.subject_id, Relation.object_id, Relation.predicate, Relation.date)
    return _rows_by_id(uow, Relation.id, columns, ids)


def _entity_rows(uow: UnitOfWork, ids: set[int]) -> dict[int, tuple[str, str, str, str | None]]:
    columns = (Entity.key, Entity.name, Entity.type, Entity.country)
    return {row[0]: row[1:] for row in _rows_by_id(uow, Entity.id, columns, ids)}


def _graph_by_country(
    uow: UnitOfWork, ends: np.ndarray[Any, Any], ids: np.ndarray[Any, Any], total_edges: int
) -> dict[str, Any]:
    """The graph folded by country: what a browser can draw of a large registry."""
    codes: dict[int, str | None] = dict(
        (entity_id, country)
        for entity_id, country in uow.session.execute(select(Entity.id, Entity.country))
    )
    # Each entity's country as a small integer, so both ends of every relation are
    # mapped to countries in one array operation.
    names = sorted({c or "" for c in codes.values()})
    number = {name: i for i, name in enumerate(names)}
    country_of = np.zeros(int(ids.max()) + 1 if len(ids) else 1, dtype=np.int32)
    for entity_id in ids.tolist():
        country_of[entity_id] = number[codes.get(entity_id) or ""]
    members_index, members_count = np.unique(country_of[ids], return_counts=True)
    members = {
        names[i] or None: int(n)
        for i, n in zip(members_index.tolist(), members_count.tolist(), strict=True)
    }
    a, b = country_of[ends[:, 0]], country_of[ends[:, 1]]
    crossing = a != b  # ties within a country are the country's own graph
    low, high = np.minimum(a, b)[crossing], np.maximum(a, b)[crossing]
    pair_keys, pair_counts = np.unique(low.astype(np.int64) * len(names) + high, return_counts=True)
    pairs = [
        (names[key // len(names)] or "-", names[key % len(names)] or "-", int(n))
        for key, n in zip(pair_keys.tolist(), pair_counts.tolist(), strict=True)
    ]
    largest = max(members.values(), default=1)
    nodes = [
        {
            "data": {
                "id": f"c{code or '-'}",
                "label": f"{country_name(code) or code if code else '?'} ({count:,})",
                "type": "country",
                "country": code or "",
                "colour": "#4c78a8",
                "centrality": round(count / largest, 4),
                "size": round(18 + 60 * (count / largest) ** 0.5, 1),
                "count": count,
                "url": f"/graph?country={code}" if code else "",
            }
        }
        for code, count in sorted(members.items(), key=lambda item: (-item[1], item[0] or ""))
    ]
    edges = [
        {"data": {"id": f"e{a}-{b}", "source": f"c{a}", "target": f"c{b}", "weight": count}}
        for a, b, count in sorted(pairs)
    ]
    return {
        "mode": "countries",
        "nodes": nodes,
        "edges": edges,
        "total_nodes": len(ids),
        "total_edges": total_edges,
        "truncated": True,
    }


def entity_path(entity_type: str, key: str) -> str:
    if entity_type in ORGANISATION_TYPE_NAMES:
        return f"/organizations/{key}"
    section = {"event": "events", "project": "projects"}.get(entity_type)
    if section:
        return f"/{section}/{key}"
    return f"/entities/{key}"


def entity_url(entity: Entity) -> str:
    return entity_path(entity.type, entity.key)


# ---------------------------------------------------------------- neighbourhood


def neighbourhood(
    uow: UnitOfWork, *, entity: Entity, depth: int = 2, limit: int = 200
) -> dict[str, Any]:
    """The entities within `depth` relations of one entity, nearest first, at most `limit`.

    Each hop reads only the relations of the previous hop's entities, through the
    subject and object indexes, and stops reading once `limit` entities are in;
    a hub's page therefore costs what its first `limit` neighbours cost.
    """
    distance = {entity.id: 0}
    edges: dict[int, tuple[int, int, str, str | None]] = {}
    frontier = [entity.id]
    truncated = False
    for hop in range(1, depth + 1):
        if not frontier or len(distance) >= limit:
            break
        found: list[int] = []
        columns = (
            Relation.id, Relation.subject_id, Relation.object_id, Relation.predicate,
            Relation.date,
        )  # fmt: skip
        # Two reads, each along its own index (an OR across both columns would scan).
        rows = [
            row
            for side in (Relation.subject_id, Relation.object_id)
            for row in uow.session.execute(
                select(*columns)
                .where(Relation.status == "confirmed", side.in_(frontier))
                .limit(limit * 20)
            )
        ]
        for relation_id, subject_id, object_id, predicate, date in rows:
            for other in (subject_id, object_id):
                if other not in distance:
                    if len(distance) >= limit:
                        truncated = True
                        continue
                    distance[other] = hop
                    found.append(other)
            if subject_id in distance and object_id in distance:
                edges[relation_id] = (subject_id, object_id, predicate, date)
        frontier = found
    details = _entity_rows(uow, set(distance))
    nodes = [
        {
            "id": entity_id,
            "key": details[entity_id][0],
            "name": details[entity_id][1],
            "type": details[entity_id][2],
            "country": details[entity_id][3],
            "distance": hops,
            "url": entity_path(details[entity_id][2], details[entity_id][0]),
        }
        for entity_id, hops in sorted(distance.items(), key=lambda item: (item[1], item[0]))
    ]
    return {
        "center": entity.key,
        "depth": depth,
        "nodes": nodes,
        "edges": [
            {"id": rid, "source": a, "target": b, "predicate": p, "date": d}
            for rid, (a, b, p, d) in sorted(edges.items())
        ],
        "truncated": truncated,
    }


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
