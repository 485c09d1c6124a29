"""Network analytics and yearly indicators of the registry, for the report, the API and the CLI.

The registry is read through the repositories into plain data
(`analytics.network.Network`) and measured by the pure functions of
`intercluster.analytics`; the yearly figures reuse the questions of
`services.activity`, so the report, the dashboard and the API agree. Every
figure carries the ids of the relations behind it.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import networkx as nx
import numpy as np
from sqlalchemy import ColumnElement, String, func, or_, select, type_coerce, union_all

from intercluster.analytics import geography, large
from intercluster.analytics.metrics import (
    BETWEENNESS_SAMPLE,
    EXACT_BETWEENNESS_NODES,
    Broker,
    IntroductionPath,
    NodeMetrics,
    betweenness_centrality,
    brokers,
    communities,
    modularity,
    node_metrics,
)
from intercluster.analytics.metrics import introduction_paths as strongest_paths
from intercluster.analytics.network import Link, Network, Node, Period, tie_graph
from intercluster.analytics.ties import TieChange
from intercluster.analytics.ties import tie_changes as classify_ties
from intercluster.db.audit_models import Changeset
from intercluster.db.models import Entity, Relation
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name
from intercluster.domain.vocabulary import (
    ORGANISATION_TYPES,
    EntityKind,
    EventFormat,
    Predicate,
    RelationStatus,
)
from intercluster.errors import InvalidInput, NotFound
from intercluster.services import activity
from intercluster.services.entities import resolve_entity

CONFIRMED = RelationStatus.CONFIRMED.value
FIRST_YEAR, LAST_YEAR = 1900, 2200
ORGANISATION_TYPE_NAMES = frozenset(t.value for t in ORGANISATION_TYPES)
NO_ATTRIBUTES: MappingProxyType[str, object] = MappingProxyType({})

# ---------------------------------------------------------------- loading


# Attributes the tie graph reads: a partnership's strength, a member's role, and the
# `since` of an undated fact. Other relations' attributes are left as text, unparsed.
ATTRIBUTES_READ = frozenset({Predicate.PARTNER_OF.value, Predicate.MEMBER_OF.value})


def _links(uow: UnitOfWork, *conditions: ColumnElement[bool]) -> Iterator[Link]:
    """Confirmed relations as plain links, read as columns (no ORM objects) in batches."""
    stmt = select(
        Relation.id,
        Relation.subject_id,
        Relation.predicate,
        Relation.object_id,
        Relation.date,
        type_coerce(Relation.attributes, String),
        Relation.event_id,
    ).where(Relation.status == CONFIRMED, *conditions)
    read = ATTRIBUTES_READ
    for rid, subject, predicate, obj, date, raw, event in uow.session.execute(
        stmt.execution_options(yield_per=20_000)
    ):
        attributes: Any = NO_ATTRIBUTES
        if raw and raw != "{}" and (date is None or predicate in read):
            # Text from SQLite; psycopg hands PostgreSQL's json already decoded.
            attributes = json.loads(raw) if isinstance(raw, str) else raw
        yield Link(rid, subject, predicate, obj, date, attributes, event)


def _nodes(uow: UnitOfWork, ids: set[int] | None = None) -> Iterator[Node]:
    columns = (Entity.id, Entity.key, Entity.name, Entity.type, Entity.country)
    if ids is None:
        for row in uow.session.execute(select(*columns).execution_options(yield_per=20_000)):
            yield Node(*row)
        return
    wanted = sorted(ids)
    for start in range(0, len(wanted), 5_000):
        chunk = wanted[start : start + 5_000]
        for row in uow.session.execute(select(*columns).where(Entity.id.in_(chunk))):
            yield Node(*row)


def load_network(uow: UnitOfWork) -> Network:
    """The whole registry as plain data: every entity, every confirmed relation."""
    return Network.of(_nodes(uow), _links(uow))


# Relations that make a project or an event tie its members to each other.
GROUP_PREDICATES = (
    Predicate.CONSORTIUM_MEMBER_OF.value,
    Predicate.LEADS.value,
    Predicate.PARTICIPATED_IN.value,
    Predicate.ORGANIZED.value,
)


def load_network_around(uow: UnitOfWork, entity_id: int) -> Network:
    """What the ties of one organisation depend on: its own relations, and every membership
    of the projects and events it takes part in (shared ones tie it to the others).

    `tie_graph` of this network gives that organisation exactly the ties it has in the
    whole registry's, at the cost of its neighbourhood instead of the registry.
    """
    own = list(_links(uow, or_(Relation.subject_id == entity_id, Relation.object_id == entity_id)))
    groups = sorted(
        {
            link.object
            for link in own
            if link.subject == entity_id and link.predicate in GROUP_PREDICATES
        }
    )
    links = {link.id: link for link in own}
    for start in range(0, len(groups), 5_000):
        chunk = groups[start : start + 5_000]
        for link in _links(
            uow, Relation.object_id.in_(chunk), Relation.predicate.in_(GROUP_PREDICATES)
        ):
            links[link.id] = link
    ids = {entity_id}
    for link in links.values():
        ids.update((link.subject, link.object))
        if link.event is not None:
            ids.add(link.event)
    return Network.of(_nodes(uow, ids), sorted(links.values(), key=lambda link: link.id))


def home_organisation(uow: UnitOfWork, ref: int | str | None = None) -> Entity:
    """The organisation whose network this is: the one named, else the best connected one."""
    if ref is not None and str(ref).strip():
        return resolve_entity(uow, ref, field="organisation", kinds=(EntityKind.ORGANISATION,))
    ends = union_all(
        select(Relation.subject_id.label("entity_id")).where(Relation.status == CONFIRMED),
        select(Relation.object_id.label("entity_id")).where(Relation.status == CONFIRMED),
    ).subquery()
    degree = func.count().label("degree")
    best = uow.session.execute(
        select(ends.c.entity_id, degree)
        .join(Entity, Entity.id == ends.c.entity_id)
        .where(Entity.type.in_(sorted(ORGANISATION_TYPE_NAMES)))
        .group_by(ends.c.entity_id)
        .order_by(degree.desc(), ends.c.entity_id)
        .limit(1)
    ).first()
    if best is None:
        raise NotFound(
            "the registry holds no relations yet: nothing to analyse", field="organisation"
        )
    entity = uow.entities.get(best[0])
    assert entity is not None
    return entity


def years_with_records(uow: UnitOfWork, *, organisation: int | str | None = None) -> list[int]:
    """The years with at least one confirmed, dated relation (of the organisation), latest first."""
    stmt = select(Relation.year).where(Relation.status == CONFIRMED, Relation.year.is_not(None))
    if organisation is not None:
        org_id = home_organisation(uow, organisation).id
        stmt = stmt.where(or_(Relation.subject_id == org_id, Relation.object_id == org_id))
    years = {int(year) for year in uow.session.scalars(stmt.distinct()) if year is not None}
    return sorted(years, reverse=True)


def check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput(
            f"year: {year} is not a year between {FIRST_YEAR} and {LAST_YEAR}", field="year"
        )
    return year


def require_records(uow: UnitOfWork, *, organisation: Entity, year: int) -> None:
    """Refuse a year the registry says nothing about, naming the years it does know."""
    check_year(year)
    years = years_with_records(uow, organisation=organisation.id)
    if year not in years:
        known = ", ".join(str(y) for y in years) or "none"
        raise NotFound(
            f"year: the registry holds no records of {organisation.name} in {year}, so there is "
            f"nothing to report; years with records: {known}",
            field="year",
        )


# ---------------------------------------------------------------- network metrics


@dataclass
class Tie:
    source: int
    target: int
    source_name: str
    target_name: str
    strength: float
    kinds: list[str]
    relations: list[int]


@dataclass
class Community:
    index: int
    size: int
    members: list[str]
    countries: list[str]


@dataclass
class NetworkAnalysis:
    period: str
    start: int | None
    end: int | None
    reference_year: int | None
    organisations: int
    ties: int
    density: float
    modularity: float
    nodes: list[NodeMetrics] = field(default_factory=list)
    edges: list[Tie] = field(default_factory=list)
    communities: list[Community] = field(default_factory=list)
    brokers: list[Broker] = field(default_factory=list)
    # True when `edges` holds only the strongest ties and `brokers` the best brokers
    # (a registry past LARGE_NETWORK_LINKS relations: see `analysis_at_scale`).
    truncated: bool = False


# Past this many relations, whole-graph metrics run on arrays (`analytics.large`): NetworkX's
# Python loops would take minutes and gigabytes. The lists of ties and brokers are then cut.
LARGE_NETWORK_LINKS = 5_000
LISTED_TIES = 2_000
LISTED_BROKERS = 100


def check_period(start: int | None, end: int | None) -> Period:
    for year in (start, end):
        if year is not None:
            check_year(year)
    if start is not None and end is not None and start > end:
        raise InvalidInput(f"start: {start} is after end {end}", field="start")
    return Period(start, end)


def analyse_network(uow: UnitOfWork, *, period: Period) -> NetworkAnalysis:
    """Centralities, communities and brokers of the organisations tied in the period."""
    if _confirmed_relations(uow) > LARGE_NETWORK_LINKS:
        return analysis_at_scale(uow, period)
    network = load_network(uow).within(period)
    return analysis_of(tie_graph(network, reference_year=period.end), period)


def load_link_columns(uow: UnitOfWork, period: Period) -> large.LinkColumns:
    """The confirmed relations of the period as columns (see `analytics.large`).

    Read row by row without a `Link` per relation: a million of them would cost
    more than the metrics.
    """
    stmt = select(
        Relation.subject_id,
        Relation.object_id,
        Relation.predicate,
        Relation.date,
        type_coerce(Relation.attributes, String),
    ).where(Relation.status == CONFIRMED)
    rows = []
    read = ATTRIBUTES_READ
    for subject, obj, predicate, date, raw in uow.session.execute(
        stmt.execution_options(yield_per=50_000)
    ):
        attributes: Any = NO_ATTRIBUTES
        if raw and raw != "{}" and (date is None or predicate in read):
            attributes = json.loads(raw) if isinstance(raw, str) else raw
        if date:
            year: int | None = int(date[:4])
        else:
            since = attributes.get("since")
            year = int(str(since)[:4]) if since else None
        if period.contains(year):
            rows.append((subject, obj, predicate, year, attributes))
    return large.LinkColumns.from_rows(rows)


def analysis_at_scale(uow: UnitOfWork, period: Period) -> NetworkAnalysis:
    """The metrics of `analysis_of`, computed on arrays; the strongest ties and best brokers."""
    organisations = np.fromiter(
        uow.session.scalars(
            select(Entity.id).where(Entity.type.in_(sorted(ORGANISATION_TYPE_NAMES)))
        ),
        dtype=np.int64,
    )
    organisations.sort()
    ties = large.ties_of(load_link_columns(uow, period), organisations, reference_year=period.end)
    count = ties.size
    ids = [int(node) for node in ties.nodes]
    found = {node.id: node for node in _nodes(uow, set(ids))}
    info = [found[node] for node in ids]
    regions = [geography.region_of(node.country) for node in info]
    # Sources sampled: BETWEENNESS_SAMPLE up to half a million ties, fewer beyond (each
    # source costs one Dijkstra over every tie), never under 32.
    budget = max(32, min(BETWEENNESS_SAMPLE, BETWEENNESS_SAMPLE * 500_000 // max(len(ties.a), 1)))
    sample = count if count <= EXACT_BETWEENNESS_NODES else min(count, budget)
    between = large.betweenness(ties, sample=sample)
    eigen = large.eigenvector(ties)
    membership = large.communities(ties)
    degree, strength = large.degrees(ties)
    others = max(count - 1, 1)
    nodes = sorted(
        (
            NodeMetrics(
                id=ids[i],
                key=info[i].key,
                name=info[i].name,
                type=info[i].type,
                country=info[i].country,
                region=regions[i],
                degree=int(degree[i]),
                strength=round(float(strength[i]), 6),
                degree_centrality=round(float(degree[i]) / others, 6),
                betweenness=round(float(between[i]), 6),
                eigenvector=round(float(eigen[i]), 6),
                community=int(membership[i]),
            )
            for i in range(count)
        ),
        key=lambda m: (-m.strength, -m.degree, m.name),
    )
    listed = large.strongest(ties, LISTED_TIES)
    pairs = {(ids[ties.a[k]], ids[ties.b[k]]) for k in listed}
    reasons = large.why(_network_of(uow, {n for pair in pairs for n in pair}, period), pairs)
    edges = []
    for k in listed:
        a, b = ids[ties.a[k]], ids[ties.b[k]]
        kinds, relations = reasons[(a, b)]
        edges.append(
            Tie(a, b, info[ties.a[k]].name, info[ties.b[k]].name,
                round(float(ties.strength[k]), 6), kinds, relations)
        )  # fmt: skip
    edges.sort(key=lambda t: (-t.strength, t.source_name, t.target_name))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(count):
        groups[int(membership[i])].append(i)
    ranked = [
        Broker(
            id=ids[score.index],
            name=info[score.index].name,
            region=regions[score.index],
            brokerage=score.brokerage,
            regions=score.regions,
            betweenness=round(float(between[score.index]), 6),
        )
        for score in large.brokers(ties, regions, limit=LISTED_BROKERS)
    ]
    ranked.sort(key=lambda b: (-b.brokerage, -b.betweenness, b.name))
    links = len(ties.a)
    return NetworkAnalysis(
        period=period.label,
        start=period.start,
        end=period.end,
        reference_year=ties.reference_year,
        organisations=count,
        ties=links,
        density=round(2 * links / (count * (count - 1)), 6) if count > 1 else 0.0,
        modularity=round(large.modularity(ties, membership), 6),
        nodes=nodes,
        edges=edges,
        communities=[
            Community(
                index,
                len(members),
                sorted(info[i].name for i in members),
                sorted({c for i in members if (c := info[i].country)}),
            )
            for index, members in sorted(groups.items())
        ],
        brokers=ranked,
        truncated=links > LISTED_TIES or len(ranked) >= LISTED_BROKERS,
    )


def _network_of(uow: UnitOfWork, organisations: set[int], period: Period) -> Network:
    """The relations of some organisations, as plain data (what `large.why` reads)."""
    wanted = sorted(organisations)
    links: dict[int, Link] = {}
    for start in range(0, len(wanted), 2_000):
        chunk = wanted[start : start + 2_000]
        for link in _links(uow, or_(Relation.subject_id.in_(chunk), Relation.object_id.in_(chunk))):
            links[link.id] = link
    return Network.of([], sorted(links.values(), key=lambda link: link.id)).within(period)


def analysis_of(graph: nx.Graph, period: Period) -> NetworkAnalysis:
    """The metrics of a tie graph already built (see `analytics.network.tie_graph`)."""
    groups = communities(graph)
    betweenness = betweenness_centrality(graph)
    nodes = node_metrics(graph, groups=groups, betweenness=betweenness)
    names = {n.id: n.name for n in nodes}
    countries = {n.id: n.country for n in nodes}
    count = graph.number_of_nodes()
    return NetworkAnalysis(
        period=period.label,
        start=period.start,
        end=period.end,
        reference_year=graph.graph.get("reference_year"),
        organisations=count,
        ties=graph.number_of_edges(),
        density=round(2 * graph.number_of_edges() / (count * (count - 1)), 6) if count > 1 else 0.0,
        modularity=round(modularity(graph, groups), 6),
        nodes=nodes,
        edges=sorted(
            (
                Tie(
                    a,
                    b,
                    names[a],
                    names[b],
                    round(float(data["strength"]), 6),
                    list(data["kinds"]),
                    list(data["relations"]),
                )
                for a, b, data in graph.edges(data=True)
            ),
            key=lambda t: (-t.strength, t.source_name, t.target_name),
        ),
        communities=[
            Community(
                index,
                len(group),
                sorted(names[n] for n in group),
                sorted({c for n in group if (c := countries[n])}),
            )
            for index, group in enumerate(groups)
        ],
        brokers=brokers(graph, betweenness=betweenness),
    )


# ---------------------------------------------------------------- ties of the year


@dataclass
class TieRow:
    partner: str
    partner_key: str
    type: str
    country: str | None
    since: str | None
    last_year: int | None
    kinds: list[str]
    relations: list[int]


@dataclass
class TieChangesReport:
    organisation: str
    year: int
    dormant_after: int
    new: list[TieRow] = field(default_factory=list)
    strengthened: list[TieRow] = field(default_factory=list)
    dormant: list[TieRow] = field(default_factory=list)
    contacts: list[TieRow] = field(default_factory=list)


def _rows(network: Network, changes: list[TieChange]) -> list[TieRow]:
    rows = []
    for change in changes:
        node = network.nodes[change.partner]
        rows.append(
            TieRow(
                node.name,
                node.key,
                node.type,
                node.country,
                change.since,
                change.last_year,
                change.kinds,
                change.relations,
            )
        )
    return rows


def tie_changes(
    uow: UnitOfWork, *, organisation: int | str | None, year: int, dormant_after: int = 2
) -> TieChangesReport:
    check_year(year)
    if dormant_after < 1:
        raise InvalidInput("dormant_after: must be at least 1 year", field="dormant_after")
    home = home_organisation(uow, organisation)
    network = load_network_around(uow, home.id)
    changes = classify_ties(network, organisation=home.id, year=year, dormant_after=dormant_after)
    return TieChangesReport(
        organisation=home.name,
        year=year,
        dormant_after=dormant_after,
        new=_rows(network, changes.new),
        strengthened=_rows(network, changes.strengthened),
        dormant=_rows(network, changes.dormant),
        contacts=_rows(network, changes.contacts),
    )


# ---------------------------------------------------------------- geography


@dataclass
class CountryReach:
    code: str
    name: str
    region: str | None
    continent: str | None
    organisations: list[str]
    relations: list[int]


@dataclass
class GeographyReport:
    organisation: str
    home_country: str | None
    year: int | None
    countries: list[CountryReach] = field(default_factory=list)
    continents: dict[str, int] = field(default_factory=dict)
    regions: dict[str, int] = field(default_factory=dict)
    abroad: int = 0  # countries other than the organisation's own
    european: int = 0  # organisations
    extra_european: int = 0
    extra_european_countries: list[str] = field(default_factory=list)
    no_country: list[str] = field(default_factory=list)


def geography_of(
    uow: UnitOfWork, *, organisation: int | str | None, year: int | None = None
) -> GeographyReport:
    """Where the organisations tied to the home organisation in the year (or ever) are."""
    if year is not None:
        check_year(year)
    home = home_organisation(uow, organisation)
    network = load_network_around(uow, home.id).within(Period.of_year(year))
    graph = tie_graph(network, reference_year=year)
    report = GeographyReport(organisation=home.name, home_country=home.country, year=year)
    if home.id not in graph:
        return report
    by_country: dict[str, list[int]] = defaultdict(list)
    relations: dict[str, set[int]] = defaultdict(set)
    for other in graph[home.id]:
        node = network.nodes[other]
        if node.country:
            by_country[node.country].append(other)
            relations[node.country].update(graph.edges[home.id, other]["relations"])
        else:
            report.no_country.append(node.name)
    report.no_country.sort()
    spread = geography.spread(network.nodes[n].country for n in graph[home.id])
    report.continents, report.regions = spread.continents, spread.regions
    report.european, report.extra_european = spread.european, spread.extra_european
    report.extra_european_countries = spread.extra_european_countries
    report.abroad = sum(1 for code in by_country if code != home.country)
    report.countries = sorted(
        (
            CountryReach(
                code,
                country_name(code) or code,
                geography.region_of(code),
                geography.continent_of(code),
                sorted(network.nodes[n].name for n in ids),
                sorted(relations[code]),
            )
            for code, ids in by_country.items()
        ),
        key=lambda c: (-len(c.organisations), c.name),
    )
    return report


# ---------------------------------------------------------------- introductions


@dataclass
class PathStep:
    organisation: str
    key: str
    country: str | None
    strength: float | None  # of the tie from the previous step; None for the first
    kinds: list[str]
    relations: list[int]


@dataclass
class PathReport:
    strength: float
    steps: list[PathStep]


def introduction_paths(
    uow: UnitOfWork,
    *,
    organisation: int | str | None,
    target: int | str,
    year: int | None = None,
    limit: int = 3,
) -> list[PathReport]:
    """The warmest chains of ties from the home organisation to `target`, as of the year."""
    if year is not None:
        check_year(year)
    if not 1 <= limit <= 10:
        raise InvalidInput("limit: between 1 and 10 paths", field="limit")
    home = home_organisation(uow, organisation)
    goal = resolve_entity(uow, target, field="target", kinds=(EntityKind.ORGANISATION,))
    if goal.id == home.id:
        raise InvalidInput(f"target: {goal.name} is the organisation itself", field="target")
    period = Period(None, year)
    if _confirmed_relations(uow) > LARGE_NETWORK_LINKS:
        graph, nodes = _path_graph_at_scale(uow, period, home.id, goal.id)
    else:
        network = load_network(uow).within(period)
        graph, nodes = tie_graph(network, reference_year=year), network.nodes
    reports = []
    found = strongest_paths(graph, home.id, goal.id, limit=limit)
    if "period" in graph.graph:  # the registry at scale: ties explained for these hops only
        _explain_hops(uow, period, found)
    for path in found:
        steps = [PathStep(home.name, home.key, home.country, None, [], [])]
        for hop in path.hops:
            node = nodes[hop.target]
            steps.append(
                PathStep(node.name, node.key, node.country, hop.strength, hop.kinds, hop.relations)
            )
        reports.append(PathReport(round(path.strength, 6), steps))
    return reports


# Tie arrays of the last periods asked, with the state of the registry they were built from:
# a warm-path query on a million relations then costs two Dijkstra searches, not a rebuild.
_TIES_CACHE: dict[tuple[str, Period], tuple[tuple[object, ...], large.TieArrays]] = {}
TIES_CACHE_SIZE = 2


def _registry_state(uow: UnitOfWork) -> tuple[object, ...]:
    """Changes whenever a relation or an entity is added, removed or edited.

    Every committed change is a changeset of the audit trail (db.audit; bulk
    imports and undos write theirs too), so the latest changeset's id moves with
    each of them; the highest ids catch rows written without one (a restore).
    Three primary-key lookups: counting a million relations and reading their
    latest `updated_at` took a good part of a warm-path query.
    """
    return tuple(
        uow.session.execute(
            select(
                select(func.max(Changeset.id)).scalar_subquery(),
                select(func.max(Relation.id)).scalar_subquery(),
                select(func.max(Entity.id)).scalar_subquery(),
            )
        ).one()
    )


def cached_ties(uow: UnitOfWork, period: Period) -> large.TieArrays:
    key = (str(uow.session.get_bind().engine.url), period)
    state = _registry_state(uow)
    found = _TIES_CACHE.get(key)
    if found is not None and found[0] == state:
        return found[1]
    organisations = np.fromiter(
        uow.session.scalars(
            select(Entity.id).where(Entity.type.in_(sorted(ORGANISATION_TYPE_NAMES)))
        ),
        dtype=np.int64,
    )
    organisations.sort()
    ties = large.ties_of(load_link_columns(uow, period), organisations, reference_year=period.end)
    while len(_TIES_CACHE) >= TIES_CACHE_SIZE:
        _TIES_CACHE.pop(next(iter(_TIES_CACHE)))
    _TIES_CACHE[key] = (state, ties)
    return ties


def _path_graph_at_scale(
    uow: UnitOfWork, period: Period, source: int, target: int
) -> tuple[nx.Graph, dict[int, Node]]:
    """The part of the tie graph the warmest paths can use, as a small NetworkX graph.

    Its edges carry strengths and costs; what each tie is made of is filled in
    for the hops of the paths found (`_explain_hops`).
    """
    ties = cached_ties(uow, period)
    index = {int(node): i for i, node in enumerate(ties.nodes)} if ties.size else {}
    graph = nx.Graph(period=period)
    if source not in index or target not in index:
        return graph, {}
    inside, edges = large.path_graph(ties, index[source], index[target], max_nodes=PATH_NODES)
    ids = [int(ties.nodes[i]) for i in inside]
    graph.add_nodes_from(ids)
    for k in edges:
        strength = float(ties.strength[k])
        graph.add_edge(
            int(ties.nodes[ties.a[k]]),
            int(ties.nodes[ties.b[k]]),
            strength=strength,
            cost=-math.log(strength),
            kinds=[],
            relations=[],
        )
    return graph, {node.id: node for node in _nodes(uow, set(ids))}


# The warmest paths are searched among this many organisations, those on the cheapest
# detours (see `large.path_graph`).
PATH_NODES = 300


def _explain_hops(uow: UnitOfWork, period: Period, paths: list[IntroductionPath]) -> None:
    """Kinds and relations of each hop of the paths, read for their organisations only."""
    pairs = {(min(h.source, h.target), max(h.source, h.target)) for p in paths for h in p.hops}
    if not pairs:
        return
    organisations = {node for pair in pairs for node in pair}
    reasons = large.why(_network_of(uow, organisations, period), pairs)
    for path in paths:
        for hop in path.hops:
            hop.kinds, hop.relations = reasons[
                (min(hop.source, hop.target), max(hop.source, hop.target))
            ]


def is_large(uow: UnitOfWork) -> bool:
    """Whether the registry is past LARGE_NETWORK_LINKS relations (metrics on arrays)."""
    return _confirmed_relations(uow) > LARGE_NETWORK_LINKS


def _confirmed_relations(uow: UnitOfWork) -> int:
    return (
        uow.session.scalar(
            select(func.count()).select_from(Relation).where(Relation.status == CONFIRMED)
        )
        or 0
    )


# ---------------------------------------------------------------- yearly indicators


@dataclass
class Indicator:
    key: str
    label: str
    value: int
    previous: int | None  # None: the registry holds no records of the previous year
    records: list[int] = field(default_factory=list)  # relation ids behind `value`

    @property
    def change(self) -> int | None:
        return None if self.previous is None else self.value - self.previous


@dataclass
class BreakdownRow:
    label: str
    value: int
    previous: int | None
    records: list[int] = field(default_factory=list)


@dataclass
class Breakdown:
    key: str
    label: str
    rows: list[BreakdownRow] = field(default_factory=list)


@dataclass
class Indicators:
    organisation: str
    organisation_key: str
    year: int
    previous_year: int
    previous_has_records: bool
    indicators: list[Indicator] = field(default_factory=list)
    breakdowns: list[Breakdown] = field(default_factory=list)

    def get(self, key: str) -> Indicator:
        return next(i for i in self.indicators if i.key == key)

    def breakdown(self, key: str) -> Breakdown:
        return next(b for b in self.breakdowns if b.key == key)


@dataclass
class _Year:
    """The figures of one year, each a mapping label -> relation ids."""

    partnerships: dict[str, list[int]] = field(default_factory=dict)  # by country name
    events: dict[str, list[int]] = field(default_factory=dict)  # by format
    meetings: dict[str, tuple[int, list[int]]] = field(default_factory=dict)  # by event
    roles: dict[str, list[int]] = field(default_factory=dict)  # by role
    projects: dict[str, list[int]] = field(default_factory=dict)  # by status
    led: list[int] = field(default_factory=list)
    universities: list[int] = field(default_factory=list)
    # Organisations tied abroad and the relations behind, by ISO code.
    countries: dict[str, tuple[list[str], list[int]]] = field(default_factory=dict)


FORMAT_LABELS = {
    EventFormat.VIRTUAL.value: "virtual",
    EventFormat.IN_PERSON.value: "in person",
    EventFormat.HYBRID.value: "hybrid",
}
WON = ("funded", "running", "closed")


def _grouped(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    result: dict[str, list[int]] = defaultdict(list)
    for label, relation_id in pairs:
        result[label].append(relation_id)
    return {label: sorted(ids) for label, ids in sorted(result.items())}


def _figures(uow: UnitOfWork, home: Entity, year: int) -> _Year:
    figures = _Year()
    created = activity.partnerships_created(uow, organisation=home.id, year=year)
    figures.partnerships = _grouped(
        [(p.country_name or "no country", p.relation_id) for p in created]
    )
    events = activity.events_attended(uow, organisation=home.id, year=year)
    figures.events = _grouped(
        [(FORMAT_LABELS.get(e.format or "", "format not recorded"), e.relation_id) for e in events]
    )
    figures.meetings = {
        (m.event or "no recorded event"): (m.meetings, m.relation_ids)
        for m in activity.meetings_held(uow, organisation=home.id, year=year)
    }
    held = [
        m
        for m in activity.memberships(uow, organisation=home.id)
        if m.date is None or int(m.date[:4]) <= year
    ]
    figures.roles = _grouped(
        [((m.role or "member").replace("_", " "), m.relation_id) for m in held]
    )
    projects = activity.projects_of(uow, organisation=home.id, year=year)
    figures.projects = _grouped(
        [(p.status or "status not recorded", p.relation_id) for p in projects]
    )
    figures.led = sorted(
        p.relation_id for p in activity.projects_led(uow, organisation=home.id, year=year)
    )
    figures.universities = sorted(
        p.relation_id for p in activity.universities_joined(uow, organisation=home.id, year=year)
    )
    reach = geography_of(uow, organisation=home.id, year=year)
    figures.countries = {
        c.code: (c.organisations, c.relations) for c in reach.countries if c.code != home.country
    }
    return figures


def _flat(groups: dict[str, list[int]], labels: tuple[str, ...] | None = None) -> list[int]:
    return sorted(
        {r for label, ids in groups.items() if labels is None or label in labels for r in ids}
    )


def indicators(uow: UnitOfWork, *, organisation: int | str | None, year: int) -> Indicators:
    """The year's figures with the previous year's beside them."""
    check_year(year)
    home = home_organisation(uow, organisation)
    years = years_with_records(uow, organisation=home.id)
    now = _figures(uow, home, year)
    has_previous = (year - 1) in years
    before = _figures(uow, home, year - 1) if has_previous else _Year()
    ties = tie_changes(uow, organisation=home.id, year=year)
    ties_before = tie_changes(uow, organisation=home.id, year=year - 1) if has_previous else None

    def previous(value: int) -> int | None:
        return value if has_previous else None

    def meetings(figures: _Year) -> int:
        return sum(count for count, _ in figures.meetings.values())

    def abroad(figures: _Year, *, extra_european: bool = False) -> dict[str, list[int]]:
        return {
            code: ids
            for code, (_, ids) in figures.countries.items()
            if not (extra_european and geography.is_european(code))
        }

    result = Indicators(
        organisation=home.name,
        organisation_key=home.key,
        year=year,
        previous_year=year - 1,
        previous_has_records=has_previous,
    )
    submitted = ("submitted",)
    result.indicators = [
        Indicator(
            "partnerships_created",
            "Partnerships created",
            len(_flat(now.partnerships)),
            previous(len(_flat(before.partnerships))),
            _flat(now.partnerships),
        ),
        Indicator(
            "partnership_countries",
            "Countries of the new partners",
            len([c for c in now.partnerships if c != "no country"]),
            previous(len([c for c in before.partnerships if c != "no country"])),
            _flat(now.partnerships),
        ),
        Indicator(
            "ties_strengthened",
            "Partnerships strengthened",
            len(ties.strengthened),
            previous(len(ties_before.strengthened)) if ties_before else None,
            sorted({r for row in ties.strengthened for r in row.relations}),
        ),
        Indicator(
            "new_contacts",
            "New contacts met or worked with",
            len(ties.contacts),
            previous(len(ties_before.contacts)) if ties_before else None,
            sorted({r for row in ties.contacts for r in row.relations}),
        ),
        Indicator(
            "events_attended",
            "Events attended",
            len(_flat(now.events)),
            previous(len(_flat(before.events))),
            _flat(now.events),
        ),
        Indicator(
            "events_virtual",
            "Events attended virtually",
            len(now.events.get("virtual", [])),
            previous(len(before.events.get("virtual", []))),
            now.events.get("virtual", []),
        ),
        Indicator(
            "events_in_person",
            "Events attended in person (or hybrid)",
            len(_flat(now.events, ("in person", "hybrid"))),
            previous(len(_flat(before.events, ("in person", "hybrid")))),
            _flat(now.events, ("in person", "hybrid")),
        ),
        Indicator(
            "meetings_held",
            "Meetings held",
            meetings(now),
            previous(meetings(before)),
            sorted({r for _, ids in now.meetings.values() for r in ids}),
        ),
        Indicator(
            "network_roles",
            "Networks joined and roles held",
            len(_flat(now.roles)),
            previous(len(_flat(before.roles))),
            _flat(now.roles),
        ),
        Indicator(
            "projects_submitted",
            "Projects submitted",
            len(_flat(now.projects, submitted)),
            previous(len(_flat(before.projects, submitted))),
            _flat(now.projects, submitted),
        ),
        Indicator(
            "projects_won",
            "Projects won (funded or running)",
            len(_flat(now.projects, WON)),
            previous(len(_flat(before.projects, WON))),
            _flat(now.projects, WON),
        ),
        Indicator(
            "projects_led",
            "Projects led",
            len(now.led),
            previous(len(before.led)),
            now.led,
        ),
        Indicator(
            "universities_added",
            "Universities added to the network",
            len(now.universities),
            previous(len(before.universities)),
            now.universities,
        ),
        Indicator(
            "countries_reached",
            "Countries abroad reached",
            len(now.countries),
            previous(len(before.countries)),
            _flat(abroad(now)),
        ),
        Indicator(
            "extra_european_countries",
            "Extra-European countries reached",
            len(abroad(now, extra_european=True)),
            previous(len(abroad(before, extra_european=True))),
            _flat(abroad(now, extra_european=True)),
        ),
    ]

    def breakdown(
        key: str, label: str, now_: dict[str, list[int]], before_: dict[str, list[int]]
    ) -> Breakdown:
        labels = sorted(set(now_) | set(before_), key=lambda x: (-len(now_.get(x, [])), x))
        return Breakdown(
            key,
            label,
            [
                BreakdownRow(
                    x, len(now_.get(x, [])), previous(len(before_.get(x, []))), now_.get(x, [])
                )
                for x in labels
            ],
        )

    result.breakdowns = [
        breakdown(
            "partnerships_by_country",
            "Partnerships created, by country",
            now.partnerships,
            before.partnerships,
        ),
        breakdown("events_by_format", "Events attended, by format", now.events, before.events),
        Breakdown(
            "meetings_by_event",
            "Meetings held, by event",
            [
                BreakdownRow(
                    label,
                    count,
                    previous(before.meetings.get(label, (0, []))[0]),
                    ids,
                )
                for label, (count, ids) in sorted(
                    now.meetings.items(), key=lambda i: (-i[1][0], i[0])
                )
            ],
        ),
        breakdown("network_roles", "Networks and roles held, by role", now.roles, before.roles),
        breakdown("projects_by_status", "Projects, by status", now.projects, before.projects),
        Breakdown(
            "countries_reached",
            "Organisations tied abroad, by country",
            [
                BreakdownRow(
                    country_name(code) or code,
                    len(names),
                    previous(len(before.countries.get(code, ([], []))[0])),
                    ids,
                )
                for code, (names, ids) in sorted(
                    now.countries.items(), key=lambda i: (-len(i[1][0]), country_name(i[0]) or "")
                )
            ],
        ),
    ]
    return result
