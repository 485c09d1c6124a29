"""The array path of whole-graph analytics gives what the NetworkX path gives (issue 7)."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

import networkx as nx
import numpy as np
import pytest

from intercluster.analytics import large, metrics
from intercluster.analytics.geography import region_of
from intercluster.analytics.network import Link, Network, Node, Period, tie_graph

COUNTRIES = ("FR", "DE", "US", "JP", "BR", "ZA", "IN", "BE")


def synthetic(seed: int, organisations: int = 120, relations: int = 700) -> Network:
    """Organisations, events and projects, with every kind of relation, dated or not."""
    rng = random.Random(seed)
    nodes = [
        Node(i, f"o{i}", f"Org {i}", rng.choice(["company", "cluster", "university"]),
             rng.choice(COUNTRIES))
        for i in range(organisations)
    ]  # fmt: skip
    events = [Node(1000 + j, f"e{j}", f"Event {j}", "event") for j in range(15)]
    projects = [Node(2000 + j, f"p{j}", f"Project {j}", "project") for j in range(10)]
    links = []
    for k in range(relations):
        a, b = rng.sample(range(organisations), 2)
        date = rng.choice([None, "2019", "2020-05", "2021-11"])
        choice = rng.random()
        if choice < 0.3:
            attributes = {"strength": 0.4} if rng.random() < 0.2 else {}
            if date is None and rng.random() < 0.5:
                attributes["since"] = "2018"
            links.append(Link(k, a, "partner_of", b, date, attributes))
        elif choice < 0.45:
            links.append(Link(k, a, "met_with", b, date, {}, event=1000 + rng.randrange(15)))
        elif choice < 0.55:
            role = rng.choice(["member", "board"])
            links.append(Link(k, a, "member_of", b, date, {"role": role}))
        elif choice < 0.8:
            # One big event (over the co-attendance cap) and small ones.
            event = 1000 if rng.random() < 0.3 else 1000 + rng.randrange(1, 15)
            links.append(Link(k, a, "participated_in", event, date, {}))
        else:
            links.append(Link(k, a, "consortium_member_of", 2000 + rng.randrange(10), date, {}))
    return Network.of([*nodes, *events, *projects], links)


def as_dict(ties: large.TieArrays) -> dict[tuple[int, int], float]:
    nodes = ties.nodes
    return {
        (int(nodes[a]), int(nodes[b])): float(s)
        for a, b, s in zip(ties.a, ties.b, ties.strength, strict=True)
    }


# A period ending in 2165 fades the ties of 2019-2021 to about 1e-22: still above 0.
PERIODS = [Period(), Period(2020, 2020), Period(None, 2020), Period(None, 2165)]


@pytest.mark.parametrize("period", PERIODS)
def test_tie_arrays_equal_the_tie_graph(period: Period) -> None:
    network = synthetic(1).within(period)
    graph = tie_graph(network, reference_year=period.end)
    ties = large.tie_arrays(network, reference_year=period.end)
    assert np.all(ties.strength > 0) and np.all(np.isfinite(ties.cost))
    assert sorted(int(n) for n in ties.nodes) == sorted(graph.nodes)
    found = as_dict(ties)
    assert len(found) == graph.number_of_edges()
    for a, b, data in graph.edges(data=True):
        assert found[(min(a, b), max(a, b))] == pytest.approx(data["strength"], abs=1e-12)


def test_eigenvector_and_brokers_equal_the_networkx_path() -> None:
    network = synthetic(2)
    graph = tie_graph(network)
    ties = large.tie_arrays(network)
    expected = metrics.eigenvector_centrality(graph)
    computed = large.eigenvector(ties)
    for i, node in enumerate(ties.nodes):
        assert computed[i] == pytest.approx(expected[int(node)], abs=1e-9)
    regions = [region_of(network.nodes[int(n)].country) for n in ties.nodes]
    best = large.brokers(ties, regions, limit=5)
    reference = metrics.brokers(graph, betweenness=dict.fromkeys(graph, 0.0))
    assert [(int(ties.nodes[b.index]), b.brokerage) for b in best] == [
        (b.id, b.brokerage) for b in reference[:5]
    ]
    assert best[0].regions == reference[0].regions


def test_betweenness_is_exact_where_shortest_paths_are_unique() -> None:
    rng = random.Random(3)
    graph = nx.random_labeled_tree(40, seed=3)
    for a, b in graph.edges:
        graph.edges[a, b]["cost"] = rng.uniform(0.1, 2.0)
    for a, b in list(nx.non_edges(graph))[:30]:  # a few cycles, costs apart
        graph.add_edge(a, b, cost=rng.uniform(0.1, 2.0))
    order = sorted(graph)
    ties = large.TieArrays(
        nodes=np.array(order, dtype=np.int64),
        a=np.array([min(a, b) for a, b in graph.edges], dtype=np.int64),
        b=np.array([max(a, b) for a, b in graph.edges], dtype=np.int64),
        strength=np.exp(-np.array([graph.edges[e]["cost"] for e in graph.edges])),
        reference_year=None,
    )
    expected = nx.betweenness_centrality(graph, weight="cost", normalized=True)
    computed = large.betweenness(ties, sample=10_000)
    for node in order:
        assert computed[node] == pytest.approx(expected[node], abs=1e-9)


def test_communities_find_planted_groups() -> None:
    graph = nx.planted_partition_graph(6, 30, 0.4, 0.01, seed=4)
    order = sorted(graph)
    ties = large.TieArrays(
        nodes=np.array(order, dtype=np.int64),
        a=np.array([min(e) for e in graph.edges], dtype=np.int64),
        b=np.array([max(e) for e in graph.edges], dtype=np.int64),
        strength=np.full(graph.number_of_edges(), 0.5),
        reference_year=None,
    )
    membership = large.communities(ties, seed=0)
    for group in range(6):
        members = membership[group * 30 : (group + 1) * 30]
        assert np.bincount(members).max() >= 27  # each planted group found (nearly) whole
    reference = nx.community.louvain_communities(graph, seed=0)
    expected = nx.community.modularity(graph, reference)
    assert large.modularity(ties, membership) >= expected - 0.02
    sizes = np.bincount(membership)
    assert list(sizes) == sorted(sizes, reverse=True)  # largest community first


def test_warm_path_search_space_holds_the_best_paths() -> None:
    network = synthetic(5)
    graph = tie_graph(network)
    ties = large.tie_arrays(network)
    index = {int(n): i for i, n in enumerate(ties.nodes)}
    source, target = sorted(graph)[0], sorted(graph)[-1]
    inside, edges = large.path_graph(ties, index[source], index[target], max_nodes=10_000)
    kept = {int(ties.nodes[i]) for i in inside}
    best = metrics.introduction_paths(graph, source, target, limit=3)
    for path in best:
        if path.strength >= best[0].strength / 4:
            assert set(path.nodes) <= kept
    assert len(edges) > 0


# ---------------------------------------------------------------- the benchmark, tiny


def _load(name: str) -> object:
    path = Path(__file__).parents[2] / "benchmarks" / "scale" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"scale_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_scale_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    generate = _load("generate")
    measure = _load("measure")
    out = tmp_path / "ecosystem.json"
    assert (
        generate.main(  # type: ignore[attr-defined]
            ["--organisations", "60", "--relations", "400", "--out", str(out)]
        )
        == 0
    )
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len([e for e in document["entities"] if e["id"].startswith("o")]) == 60
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    imported = measure.step_import(url, str(out))  # type: ignore[attr-defined]
    assert imported["relations"] == len(document["relations"])
    assert imported["relations_per_s"] > 0
    analysed = measure.step_analytics(url)  # type: ignore[attr-defined]
    assert analysed["organisations"] > 0 and analysed["ties"] > 0
    exported = measure.step_export(url)  # type: ignore[attr-defined]
    assert exported["chars"] > 0
