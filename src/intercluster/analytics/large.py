"""Whole-graph metrics on arrays, for registries too large for NetworkX's Python loops.

A registry of 100,000 organisations and a million relations implies a few
million ties. `tie_arrays` folds the same reasons as `network.tie_evidence`
(same weights, recency and event cap) straight into arrays: one row per tie,
its two ends and its strength. The metrics then run in NumPy and SciPy's
compiled code:

- betweenness: Brandes' accumulation from a fixed sample of sources (as
  `metrics.betweenness_centrality` does beyond 500 organisations), each
  shortest-path tree from SciPy's Dijkstra; on tie costs (real numbers), equal
  shortest paths are rare, so one predecessor per node is kept;
- eigenvector centrality per connected component, as `metrics.eigenvector_centrality`;
- communities: Louvain's local moving and aggregation, with the moves of a
  sweep computed for all nodes at once (sparse products) and applied to a
  random half of the improving nodes, so that neighbours do not swap forever;
- brokers: brokerage between regions, exact for the best candidates (an upper
  bound orders them; the count of tied neighbours is taken from the sparse
  adjacency of each candidate's neighbours).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from scipy import sparse
from scipy.sparse import csgraph

from intercluster.analytics.network import (
    HALF_LIFE,
    MAX_EVENT_PARTICIPANTS,
    MAX_STRENGTH,
    SENIOR_ROLES,
    WEIGHTS,
    Network,
)
from intercluster.domain.vocabulary import Predicate

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]


@dataclass
class TieArrays:
    """Ties as arrays: `nodes[i]` is an organisation id; tie k joins a[k] < b[k] (indexes)."""

    nodes: Ints
    a: Ints
    b: Ints
    strength: Floats
    reference_year: int | None

    @property
    def size(self) -> int:
        return len(self.nodes)

    @property
    def cost(self) -> Floats:
        result: Floats = -np.log(self.strength)
        return result

    def matrix(self, values: Floats) -> sparse.csr_matrix:
        n = self.size
        rows = np.concatenate([self.a, self.b])
        cols = np.concatenate([self.b, self.a])
        return sparse.csr_matrix((np.concatenate([values, values]), (rows, cols)), shape=(n, n))


def _recency(years: Floats, reference_year: int | None) -> Floats:
    if reference_year is None:
        return np.ones_like(years)
    back = np.where(np.isnan(years), 0.0, np.maximum(reference_year - years, 0.0))
    result: Floats = 0.5 ** (back / HALF_LIFE)
    return result


# Predicates as small codes in `LinkColumns.predicate`.
CODES = {p.value: i for i, p in enumerate(Predicate)}
DIRECT_WEIGHTS = {
    Predicate.PARTNER_OF.value: WEIGHTS["partnership"],
    Predicate.MET_WITH.value: WEIGHTS["meeting"],
    Predicate.MEMBER_OF.value: WEIGHTS["membership"],
    Predicate.FUNDED_BY.value: WEIGHTS["funding"],
}


@dataclass
class LinkColumns:
    """Relations as columns: the registry's links without a Python object per link."""

    subject: Ints
    object: Ints
    predicate: npt.NDArray[np.int8]
    year: Floats  # the year the fact belongs to (its date, else its `since`); NaN if neither
    weight: Floats  # the weight of a direct tie (partnership strength, senior roles)

    @classmethod
    def of(cls, network: Network) -> LinkColumns:
        rows = [
            (link.subject, link.object, link.predicate, link.year, link.attributes)
            for link in network.links
        ]
        return cls.from_rows(rows)

    @classmethod
    def from_rows(
        cls, rows: list[tuple[int, int, str, int | None, Mapping[str, Any]]]
    ) -> LinkColumns:
        """From (subject, object, predicate, year, attributes) rows."""
        count = len(rows)
        weight = np.fromiter(
            (_direct_weight(p, attributes) for _, _, p, _, attributes in rows),
            dtype=np.float64,
            count=count,
        )
        return cls(
            subject=np.fromiter((r[0] for r in rows), dtype=np.int64, count=count),
            object=np.fromiter((r[1] for r in rows), dtype=np.int64, count=count),
            predicate=np.fromiter((CODES[r[2]] for r in rows), dtype=np.int8, count=count),
            year=np.fromiter(
                (math.nan if r[3] is None else r[3] for r in rows), dtype=np.float64, count=count
            ),
            weight=weight,
        )


def _direct_weight(predicate: str, attributes: Mapping[str, Any]) -> float:
    if predicate == Predicate.PARTNER_OF and attributes:
        strength = attributes.get("strength")
        if strength is not None:
            return 0.5 + float(strength)
    elif predicate == Predicate.MEMBER_OF and attributes and attributes.get("role") in SENIOR_ROLES:
        return WEIGHTS["leadership"]
    return DIRECT_WEIGHTS.get(predicate, WEIGHTS["leadership"])


def tie_arrays(network: Network, *, reference_year: int | None = None) -> TieArrays:
    """The tie graph of `network.tie_graph`, as arrays (no per-tie Python objects)."""
    organisations = [node.id for node in network.nodes.values() if node.is_organisation]
    return ties_of(
        LinkColumns.of(network),
        np.array(sorted(organisations), dtype=np.int64),
        reference_year=reference_year,
    )


def ties_of(
    links: LinkColumns, organisations: Ints, *, reference_year: int | None = None
) -> TieArrays:
    """Ties between `organisations` (ids, sorted) implied by the links (same rules as
    `network.tie_evidence`); only organisations with at least one link are nodes."""
    if reference_year is None:
        dated = links.year[~np.isnan(links.year)]
        reference_year = int(dated.max()) if len(dated) else None
    linked = np.union1d(links.subject, links.object)
    nodes = np.intersect1d(organisations, linked)
    lookup = np.full(int(max(linked.max(initial=0), nodes.max(initial=0))) + 1, -1, np.int64)
    lookup[nodes] = np.arange(len(nodes))
    sub = lookup[links.subject]
    obj = lookup[links.object]
    code = links.predicate
    direct_codes = [CODES[p] for p in DIRECT_WEIGHTS]
    group_codes = [CODES[Predicate.CONSORTIUM_MEMBER_OF], CODES[Predicate.LEADS]]
    event_codes = [CODES[Predicate.PARTICIPATED_IN], CODES[Predicate.ORGANIZED]]
    is_group = np.isin(code, group_codes)
    # Leading (or joining) an organisation is a direct tie; a project's members tie pairwise.
    direct = (np.isin(code, direct_codes) | (is_group & (obj >= 0))) & (sub >= 0) & (obj >= 0)
    direct &= sub != obj
    pair_a = [np.minimum(sub[direct], obj[direct])]
    pair_b = [np.maximum(sub[direct], obj[direct])]
    pair_w = [links.weight[direct]]
    pair_y = [links.year[direct]]
    membership = (sub >= 0) & ((is_group & (obj < 0)) | np.isin(code, event_codes))
    kind = np.where(is_group[membership], 0, 1)  # 0 project, 1 event
    group = links.object[membership] * 2 + kind
    member = sub[membership]
    year = links.year[membership]
    # One row per (group, member), with the member's latest year in the group.
    order = np.lexsort((member, group))
    group, member, year = group[order], member[order], year[order]
    first = np.ones(len(group), dtype=bool)
    first[1:] = (group[1:] != group[:-1]) | (member[1:] != member[:-1])
    starts = np.flatnonzero(first)
    latest = np.fmax.reduceat(year, starts) if len(starts) else year[:0]
    group, member = group[starts], member[starts]
    bounds = np.flatnonzero(np.diff(group)) + 1
    for ids, years, via in zip(
        np.split(member, bounds), np.split(latest, bounds), np.split(group, bounds), strict=True
    ):
        count = len(ids)
        is_event = len(via) and via[0] % 2 == 1
        if count < 2 or (is_event and count > MAX_EVENT_PARTICIPANTS):
            continue
        i, j = np.triu_indices(count, 1)
        pair_a.append(ids[i])
        pair_b.append(ids[j])
        pair_w.append(np.full(len(i), WEIGHTS["event" if is_event else "project"]))
        pair_y.append(np.fmax(years[i], years[j]))
    a = np.concatenate(pair_a)
    b = np.concatenate(pair_b)
    weighted = np.concatenate(pair_w) * _recency(np.concatenate(pair_y), reference_year)
    size = max(len(nodes), 1)
    unique, inverse = np.unique(a * size + b, return_inverse=True)
    total = np.bincount(inverse, weights=weighted, minlength=len(unique))
    return TieArrays(
        nodes=nodes.astype(np.int64),
        a=(unique // size).astype(np.int64),
        b=(unique % size).astype(np.int64),
        # -expm1(-s) keeps a tie faded over a century above 0 (see network.tie_strength).
        strength=np.minimum(MAX_STRENGTH, -np.expm1(-total)),
        reference_year=reference_year,
    )


# ---------------------------------------------------------------- metrics


def betweenness(ties: TieArrays, *, sample: int, seed: int = 0) -> Floats:
    """Normalised betweenness estimated from `sample` sources (all when the graph is smaller)."""
    n = ties.size
    result = np.zeros(n)
    if n < 3 or len(ties.a) == 0:
        return result
    rng = np.random.default_rng(seed)
    sources = np.arange(n) if sample >= n else np.sort(rng.choice(n, size=sample, replace=False))
    graph = ties.matrix(ties.cost)
    for start in range(0, len(sources), 8):
        chunk = sources[start : start + 8]
        distances, predecessors = csgraph.dijkstra(
            graph, directed=False, indices=chunk, return_predecessors=True
        )
        for row in range(len(chunk)):
            result += _dependencies(distances[row], predecessors[row])
    scale = (n / len(sources)) / ((n - 1) * (n - 2))
    scaled: Floats = result * scale
    return scaled


def _dependencies(distance: Floats, predecessor: npt.NDArray[np.int32]) -> Floats:
    """Brandes' dependencies of one source on a shortest-path tree: each node's descendants."""
    n = len(distance)
    parent = predecessor.astype(np.int64)
    reached = np.flatnonzero(parent >= 0)  # every node but the source and the unreachable
    below = np.zeros(n)
    if len(reached) == 0:
        return below
    # Depth of each node in the tree, level by level from the source.
    settled = parent < 0
    settled[~np.isfinite(distance)] = False
    depth = np.zeros(n, dtype=np.int64)
    pending = reached
    level = 0
    while len(pending):
        level += 1
        ready = settled[parent[pending]]
        now = pending[ready]
        if len(now) == 0:
            break
        depth[now] = level
        settled[now] = True
        pending = pending[~ready]
    order = reached[np.argsort(-depth[reached], kind="stable")]
    bounds = np.flatnonzero(np.diff(depth[order])) + 1
    for at in np.split(order, bounds):  # deepest level first
        np.add.at(below, parent[at], below[at] + 1.0)
    below[parent < 0] = 0.0  # the source
    return below


def eigenvector(ties: TieArrays, *, max_iter: int = 1000, tol: float = 1e-8) -> Floats:
    """Per connected component, scaled by the square root of its share of the nodes."""
    n = ties.size
    result = np.zeros(n)
    if n == 0 or len(ties.a) == 0:
        return result
    adjacency = ties.matrix(ties.strength)
    count, labels = csgraph.connected_components(adjacency, directed=False)
    sizes = np.bincount(labels, minlength=count)
    x = np.zeros(n)
    live = sizes[labels] >= 2
    x[live] = 1.0 / sizes[labels[live]]
    for _ in range(max_iter):
        y = x + adjacency @ x
        norms = np.sqrt(np.bincount(labels, weights=y * y, minlength=count))
        y = np.where(live, y / np.where(norms[labels] > 0, norms[labels], 1.0), 0.0)
        if float(np.abs(y - x).sum()) < n * tol:
            x = y
            break
        x = y
    scaled: Floats = x * np.sqrt(sizes[labels] / n)
    return scaled


def communities(ties: TieArrays, *, seed: int = 0, max_levels: int = 10) -> Ints:
    """A community index per node (largest community first), by batched Louvain moves."""
    n = ties.size
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    rng = np.random.default_rng(seed)
    membership = np.arange(n)
    graph = ties.matrix(ties.strength).tocsr()
    total = float(graph.sum())
    if total == 0:
        return membership
    for _level in range(max_levels):
        labels = _local_moves(graph, total, rng)
        moved = len(np.unique(labels)) < graph.shape[0]
        _, labels = np.unique(labels, return_inverse=True)
        membership = labels[membership]
        if not moved:
            break
        merge = sparse.csr_matrix(
            (np.ones(len(labels)), (np.arange(len(labels)), labels)),
            shape=(len(labels), int(labels.max()) + 1),
        )
        graph = (merge.T @ graph @ merge).tocsr()
    sizes = np.bincount(membership)
    order = np.argsort(-sizes, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    ranked: Ints = rank[membership].astype(np.int64)
    return ranked


def _local_moves(graph: sparse.csr_matrix, total: float, rng: np.random.Generator) -> Ints:
    """Louvain's first phase; each sweep moves a random half of the nodes that gain."""
    n = graph.shape[0]
    labels = np.arange(n)
    degree = np.asarray(graph.sum(axis=1)).ravel()
    coo = graph.tocoo()
    off = coo.row != coo.col
    rows, cols, weights = coo.row[off], coo.col[off], coo.data[off]
    for _sweep in range(30):
        community_degree = np.bincount(labels, weights=degree, minlength=n)
        # Weight from each node to each neighbouring community.
        keys = rows.astype(np.int64) * n + labels[cols]
        unique, inverse = np.unique(keys, return_inverse=True)
        to_community = np.bincount(inverse, weights=weights)
        node = unique // n
        community = unique % n
        own = labels[node] == community
        # Gain of joining `community`, against staying (own community without the node).
        own_weight = np.zeros(n)
        np.add.at(own_weight, node[own], to_community[own])
        staying = own_weight - degree * (community_degree[labels] - degree) / total
        joining = to_community - degree[node] * community_degree[community] / total
        joining[own] = -np.inf
        best = np.full(n, -np.inf)
        np.maximum.at(best, node, joining)
        gain = best - staying
        candidates = np.flatnonzero(gain > 1e-12 * max(total, 1.0))
        if len(candidates) <= n // 200:  # settled: the last few moves change little
            break
        chosen = candidates[rng.random(len(candidates)) < 0.5]
        if len(chosen) == 0:
            chosen = candidates[:1]
        is_best = (joining == best[node]) & np.isin(node, chosen)
        target = np.full(n, -1)
        target[node[is_best][::-1]] = community[is_best][::-1]  # lowest label on ties
        labels[chosen] = target[chosen]
    return labels


def modularity(ties: TieArrays, membership: Ints) -> float:
    if len(ties.a) == 0:
        return 0.0
    m = float(ties.strength.sum())
    degree = np.bincount(ties.a, weights=ties.strength, minlength=ties.size) + np.bincount(
        ties.b, weights=ties.strength, minlength=ties.size
    )
    inside = float(ties.strength[membership[ties.a] == membership[ties.b]].sum())
    community_degree = np.bincount(membership, weights=degree)
    return inside / m - float((community_degree**2).sum()) / (4 * m * m)


@dataclass
class BrokerScore:
    index: int
    brokerage: int
    regions: dict[str, int]


def brokers(ties: TieArrays, regions: list[str | None], *, limit: int) -> list[BrokerScore]:
    """The `limit` best brokers between regions (see `metrics.brokers`), exactly counted."""
    n = ties.size
    if n == 0 or len(ties.a) == 0:
        return []
    names = sorted({r for r in regions if r})
    code = {name: i for i, name in enumerate(names)}
    region = np.array([code[r] if r else -1 for r in regions], dtype=np.int64)
    adjacency = ties.matrix(np.ones(len(ties.a))).tocsr()
    known = region >= 0
    one_hot = sparse.csr_matrix(
        (np.ones(int(known.sum())), (np.flatnonzero(known), region[known])),
        shape=(n, max(len(names), 1)),
    )
    per_region = (adjacency @ one_hot).tocsr()  # neighbours of each node, by region
    k = np.asarray(per_region.sum(axis=1)).ravel()
    squares = np.asarray(per_region.multiply(per_region).sum(axis=1)).ravel()
    bound = (k * k - squares) // 2  # pairs of neighbours from two regions
    found: list[BrokerScore] = []
    for node in np.argsort(-bound, kind="stable"):
        if bound[node] <= 0 or (len(found) >= limit and bound[node] <= found[limit - 1].brokerage):
            break
        neighbours = adjacency.indices[adjacency.indptr[node] : adjacency.indptr[node + 1]]
        neighbours = neighbours[known[neighbours]]
        inner = adjacency[neighbours][:, neighbours].tocoo()
        upper = inner.row < inner.col
        crossing = region[neighbours[inner.row[upper]]] != region[neighbours[inner.col[upper]]]
        brokerage = int(bound[node]) - int(crossing.sum())
        if brokerage <= 0:
            continue
        row = per_region.getrow(node)
        counts = {names[c]: int(v) for c, v in zip(row.indices, row.data, strict=True) if v}
        found.append(BrokerScore(int(node), brokerage, dict(sorted(counts.items()))))
        found.sort(key=lambda score: -score.brokerage)
    return found[:limit]


def degrees(ties: TieArrays) -> tuple[Ints, Floats]:
    """Ties per node and the sum of their strengths."""
    count = np.bincount(ties.a, minlength=ties.size) + np.bincount(ties.b, minlength=ties.size)
    a_side = np.bincount(ties.a, weights=ties.strength, minlength=ties.size)
    b_side = np.bincount(ties.b, weights=ties.strength, minlength=ties.size)
    return count.astype(np.int64), np.asarray(a_side + b_side, dtype=np.float64)


def strongest(ties: TieArrays, limit: int) -> Ints:
    """Indexes of the `limit` strongest ties, strongest first."""
    if len(ties.strength) <= limit:
        order: Ints = np.argsort(-ties.strength, kind="stable").astype(np.int64)
        return order
    top = np.argpartition(-ties.strength, limit)[:limit]
    ranked: Ints = top[np.argsort(-ties.strength[top], kind="stable")].astype(np.int64)
    return ranked


def why(
    network: Network, pairs: set[tuple[int, int]]
) -> dict[tuple[int, int], tuple[list[str], list[int]]]:
    """Kinds and relation ids behind some ties (organisation ids, smaller first)."""
    kinds: dict[tuple[int, int], set[str]] = defaultdict(set)
    relations: dict[tuple[int, int], set[int]] = defaultdict(set)
    involved = {node for pair in pairs for node in pair}
    memberships: dict[int, dict[int, list[Any]]] = defaultdict(lambda: defaultdict(list))
    direct_kinds = {
        Predicate.PARTNER_OF.value: "partnership",
        Predicate.MET_WITH.value: "meeting",
        Predicate.MEMBER_OF.value: "membership",
        Predicate.FUNDED_BY.value: "funding",
    }
    for link in network.links:
        if link.subject not in involved and link.object not in involved:
            continue
        pair = (min(link.subject, link.object), max(link.subject, link.object))
        if link.predicate in direct_kinds and pair in pairs:
            kinds[pair].add(direct_kinds[link.predicate])
            relations[pair].add(link.id)
        elif link.predicate in (Predicate.CONSORTIUM_MEMBER_OF, Predicate.LEADS):
            if pair in pairs:
                kinds[pair].add("leadership")
                relations[pair].add(link.id)
            elif link.subject in involved:
                memberships[link.subject][link.object].append(("project", link.id))
        elif link.predicate in (Predicate.PARTICIPATED_IN, Predicate.ORGANIZED) and (
            link.subject in involved
        ):
            memberships[link.subject][link.object].append(("event", link.id))
    for a, b in pairs:
        for via in set(memberships[a]) & set(memberships[b]):
            for kind, relation in memberships[a][via] + memberships[b][via]:
                kinds[(a, b)].add(kind)
                relations[(a, b)].add(relation)
    return {pair: (sorted(kinds[pair]), sorted(relations[pair])) for pair in pairs}


def path_graph(
    ties: TieArrays, source: int, target: int, *, slack: float = math.log(4), max_nodes: int = 2_000
) -> tuple[Ints, Ints]:
    """Where the warmest paths from `source` to `target` (indexes) can run: the nodes on some
    path at most `slack` costlier than the best (strength at least a quarter of it), and
    the ties between them. Every path within the slack lies inside, so the k best paths of
    this small graph are those of the whole one (when they are within the slack)."""
    graph = ties.matrix(ties.cost)
    distances = csgraph.dijkstra(graph, directed=False, indices=[source, target])
    best = distances[0][target]
    if not np.isfinite(best):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    through = distances[0] + distances[1]
    inside = np.flatnonzero(through <= best + slack)
    if len(inside) > max_nodes:
        inside = inside[np.argsort(through[inside], kind="stable")[:max_nodes]]
    keep = np.zeros(ties.size, dtype=bool)
    keep[inside] = True
    edges: Ints = np.flatnonzero(keep[ties.a] & keep[ties.b]).astype(np.int64)
    return inside.astype(np.int64), edges
