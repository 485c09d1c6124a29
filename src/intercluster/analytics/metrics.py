"""Metrics of a tie graph (see `analytics.network.tie_graph`): who is central, which groups
form, who brokers between world regions, and the warmest way to reach someone.

Distances are edge costs, -ln(strength): a strong tie is a short hop, so
betweenness and paths follow strong ties rather than merely few ones.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice, pairwise
from typing import Any

import networkx as nx
import numpy as np
import numpy.typing as npt


@dataclass
class NodeMetrics:
    id: int
    key: str
    name: str
    type: str
    country: str | None
    region: str | None
    degree: int  # organisations tied to it
    strength: float  # the sum of its ties' strengths (weighted degree)
    degree_centrality: float
    betweenness: float
    eigenvector: float
    community: int | None = None  # index into `communities(...)`


def eigenvector_centrality(graph: nx.Graph, *, weight: str | None = "strength") -> dict[int, float]:
    """Eigenvector centrality that also holds on disconnected graphs.

    Each connected component gets its own eigenvector (unit length), scaled by
    the square root of the component's share of the nodes: a pair off on its own
    never outranks the hub of the main component. Isolated nodes score 0.
    """
    result: dict[int, float] = {node: 0.0 for node in graph}
    total = graph.number_of_nodes()
    for component in nx.connected_components(graph):
        if len(component) < 2:
            continue
        sub = graph.subgraph(component)
        scores = _principal_eigenvector(sub, weight=weight)
        if scores is None:
            # Did not settle: degree share is the honest fallback, and still ranks hubs first.
            degrees = dict(sub.degree(weight=weight))
            norm = math.sqrt(sum(d * d for d in degrees.values())) or 1.0
            scores = {node: d / norm for node, d in degrees.items()}
        scale = math.sqrt(len(component) / total)
        for node, score in scores.items():
            result[node] = float(score) * scale
    return result


def _principal_eigenvector(
    graph: nx.Graph, *, weight: str | None, max_iter: int = 1000, tol: float = 1e-8
) -> dict[int, float] | None:
    """Power iteration on A + I (as NetworkX does, so bipartite graphs converge), vectorised.

    NetworkX's pure-Python loop takes seconds on a few thousand ties; this takes
    milliseconds and gives the same vector. None when it does not converge.
    """
    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = list(graph.edges(data=True))
    u = np.fromiter((index[a] for a, _, _ in edges), dtype=np.int64, count=len(edges))
    v = np.fromiter((index[b] for _, b, _ in edges), dtype=np.int64, count=len(edges))
    w = np.fromiter(
        (float(d.get(weight, 1.0)) if weight else 1.0 for _, _, d in edges),
        dtype=np.float64,
        count=len(edges),
    )
    n = len(nodes)
    x: npt.NDArray[np.float64] = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        # bincount sums the weighted neighbours' scores per node (floats, whatever the stubs say).
        spread = np.asarray(np.bincount(u, weights=w * x[v], minlength=n), dtype=np.float64)
        spread += np.asarray(np.bincount(v, weights=w * x[u], minlength=n), dtype=np.float64)
        y = x + spread
        norm = float(np.linalg.norm(y))
        if norm == 0.0:
            return None
        y = y / norm
        if float(np.abs(y - x).sum()) < n * tol:
            return {node: float(y[i]) for i, node in enumerate(nodes)}
        x = y
    return None


def communities(graph: nx.Graph, *, seed: int = 0) -> list[list[int]]:
    """Groups of organisations more tied to each other than to the rest (Louvain).

    Largest first; a fixed seed makes the answer the same on every run.
    """
    if graph.number_of_edges() == 0:
        return [[node] for node in sorted(graph)]
    found = nx.community.louvain_communities(graph, weight="strength", seed=seed)
    return sorted((sorted(group) for group in found), key=lambda group: (-len(group), group[0]))


def modularity(graph: nx.Graph, groups: list[list[int]]) -> float:
    if graph.number_of_edges() == 0:
        return 0.0
    return float(nx.community.modularity(graph, [set(g) for g in groups], weight="strength"))


# Exact betweenness costs one shortest-path search per node; past this many nodes it is
# estimated from a fixed sample of sources (Brandes and Pich), the same on every run.
EXACT_BETWEENNESS_NODES = 500
BETWEENNESS_SAMPLE = 100


def betweenness_centrality(graph: nx.Graph) -> dict[int, float]:
    """Normalised betweenness on tie costs: exact on small graphs, sampled on large ones."""
    n = graph.number_of_nodes()
    sample = None if n <= EXACT_BETWEENNESS_NODES else min(n, BETWEENNESS_SAMPLE)
    found = nx.betweenness_centrality(graph, k=sample, weight="cost", normalized=True, seed=0)
    return {node: float(value) for node, value in found.items()}


def node_metrics(
    graph: nx.Graph,
    *,
    groups: list[list[int]] | None = None,
    betweenness: dict[int, float] | None = None,
) -> list[NodeMetrics]:
    """Every organisation's centralities, best connected first."""
    if graph.number_of_nodes() == 0:
        return []
    if betweenness is None:
        betweenness = betweenness_centrality(graph)
    eigenvector = eigenvector_centrality(graph)
    degree_centrality = nx.degree_centrality(graph)
    community_of = {node: index for index, group in enumerate(groups or []) for node in group}
    result = []
    for node, data in graph.nodes(data=True):
        result.append(
            NodeMetrics(
                id=node,
                key=data.get("key", str(node)),
                name=data.get("name", str(node)),
                type=data.get("type", ""),
                country=data.get("country"),
                region=data.get("region"),
                degree=graph.degree(node),
                strength=round(float(graph.degree(node, weight="strength")), 6),
                degree_centrality=round(float(degree_centrality[node]), 6),
                betweenness=round(float(betweenness[node]), 6),
                eigenvector=round(eigenvector[node], 6),
                community=community_of.get(node),
            )
        )
    return sorted(result, key=lambda m: (-m.strength, -m.degree, m.name))


@dataclass
class Broker:
    """An organisation tying together others from different world regions that are not
    tied to each other: the door from one region into another."""

    id: int
    name: str
    region: str | None
    brokerage: int  # pairs of unconnected neighbours from two different regions
    regions: dict[str, int] = field(default_factory=dict)  # neighbours per region
    betweenness: float = 0.0


def brokers(
    graph: nx.Graph, *, limit: int | None = None, betweenness: dict[int, float] | None = None
) -> list[Broker]:
    """Organisations ranked by brokerage between regions (the `region` node attribute).

    Neighbours without a known region take no part in the count.
    """
    if betweenness is None:
        betweenness = betweenness_centrality(graph)
    result = []
    for node in graph:
        regions = {n: graph.nodes[n].get("region") for n in graph[node]}
        known = {n: r for n, r in regions.items() if r}
        per_region = Counter(known.values())
        if len(per_region) < 2:
            continue
        k = len(known)
        cross_pairs = (k * k - sum(c * c for c in per_region.values())) // 2
        # Pairs already tied to each other need no broker.
        tied = sum(
            1 for u in known for w in graph[u] if w in known and u < w and known[u] != known[w]
        )
        brokerage = cross_pairs - tied
        if brokerage <= 0:
            continue
        result.append(
            Broker(
                id=node,
                name=graph.nodes[node].get("name", str(node)),
                region=graph.nodes[node].get("region"),
                brokerage=brokerage,
                regions=dict(sorted(per_region.items())),
                betweenness=round(float(betweenness[node]), 6),
            )
        )
    result.sort(key=lambda b: (-b.brokerage, -b.betweenness, b.name))
    return result[:limit] if limit is not None else result


@dataclass
class Hop:
    source: int
    target: int
    strength: float
    kinds: list[str]
    relations: list[int]


@dataclass
class IntroductionPath:
    """A chain of ties from one organisation to another; its strength is their product."""

    nodes: list[int]
    hops: list[Hop]

    @property
    def strength(self) -> float:
        return math.prod(hop.strength for hop in self.hops) if self.hops else 1.0


def introduction_paths(
    graph: nx.Graph, source: int, target: int, *, limit: int = 3
) -> list[IntroductionPath]:
    """The strongest chains of ties from `source` to `target`, strongest first.

    Empty when no chain exists (or either end is not in the graph).
    """
    if source not in graph or target not in graph or source == target:
        return []
    try:
        found = list(islice(nx.shortest_simple_paths(graph, source, target, weight="cost"), limit))
    except nx.NetworkXNoPath:
        return []
    paths = []
    for nodes in found:
        hops = []
        for a, b in pairwise(nodes):
            data: dict[str, Any] = graph.edges[a, b]
            hops.append(
                Hop(a, b, round(float(data["strength"]), 6), list(data["kinds"]), data["relations"])
            )
        paths.append(IntroductionPath(list(nodes), hops))
    return paths
