"""How long the network analytics take as the registry grows, and what a report costs.

Synthetic networks (fixed seed): N organisations in 40 countries, each with a
few partnerships, meetings, shared projects and event participations over five
years. Times the pure functions (tie graph, centralities, communities, brokers,
warm introductions, yearly tie changes) on plain data, then the 2021 report of
the demo data in each format.

    .venv/bin/python benchmarks/analytics/bench_analytics.py --sizes 200 1000 5000
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from intercluster.analytics.metrics import (
    betweenness_centrality,
    brokers,
    communities,
    introduction_paths,
    node_metrics,
)
from intercluster.analytics.network import Link, Network, Node, Period, tie_graph
from intercluster.analytics.ties import tie_changes
from intercluster.services.analytics import analysis_of

COUNTRIES = [
    *("FR", "DE", "BE", "NL", "ES", "IT", "PT", "DK", "SE", "FI", "EE", "LT", "LV", "PL"),
    *("CZ", "SK", "HU", "SI", "HR", "AT", "CH", "GB", "IE", "NO", "US", "CA", "JP", "KR"),
    *("CN", "SG", "IN", "IL", "BR", "MX", "AU", "ZA", "MA", "TR", "AE", "NZ"),
]


def synthetic(size: int, seed: int = 42) -> Network:
    rng = random.Random(seed)
    nodes = [Node(1, "home", "Home", "cluster", "FR")]
    nodes += [
        Node(
            i,
            f"org-{i}",
            f"Organisation {i}",
            rng.choice(["cluster", "company", "university"]),
            rng.choice(COUNTRIES),
        )
        for i in range(2, size + 1)
    ]
    events = [
        Node(size + 1 + e, f"event-{e}", f"Event {e}", "event") for e in range(max(5, size // 40))
    ]
    projects = [
        Node(size + 1000000 + p, f"project-{p}", f"Project {p}", "project")
        for p in range(max(5, size // 20))
    ]
    links: list[Link] = []

    def add(subject: int, predicate: str, obj: int, year: int, **attributes: Any) -> None:
        links.append(Link(len(links) + 1, subject, predicate, obj, str(year), attributes))

    orgs = [n.id for n in nodes]
    for org in orgs:
        for _ in range(rng.randint(1, 4)):
            other = rng.choice(orgs)
            if other != org:
                year = rng.randint(2017, 2021)
                add(org, "partner_of", other, year, since=str(year))
        if rng.random() < 0.5:
            add(org, "met_with", rng.choice(orgs), rng.randint(2017, 2021))
        for event in rng.sample(events, k=min(len(events), rng.randint(0, 2))):
            add(org, "participated_in", event.id, rng.randint(2017, 2021))
        for project in rng.sample(projects, k=min(len(projects), rng.randint(0, 1))):
            add(org, "consortium_member_of", project.id, rng.randint(2017, 2021))
    return Network.of(nodes + events + projects, links)


def timed(function: Callable[[], Any], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


HEADER = (
    "| organisations | relations | ties | tie graph ms | betweenness ms | other metrics ms "
    "| communities ms | brokerage ms | whole analysis ms | 3 paths ms | tie changes ms |"
)


def measure(size: int, repeat: int) -> str:
    network = synthetic(size)
    period = Period(None, 2021)
    graph = tie_graph(network.within(period), reference_year=2021)
    groups = communities(graph)
    far = max(graph.nodes, key=lambda n: (graph.degree(n) == 1, n))
    between = betweenness_centrality(graph)
    row = [
        timed(lambda: tie_graph(network.within(period), reference_year=2021), repeat),
        timed(lambda: betweenness_centrality(graph), repeat),
        timed(lambda: node_metrics(graph, groups=groups, betweenness=between), repeat),
        timed(lambda: communities(graph), repeat),
        timed(lambda: brokers(graph, betweenness=between), repeat),
        timed(lambda: analysis_of(graph, period), repeat),
        timed(lambda: introduction_paths(graph, 1, far, limit=3), repeat),
        timed(lambda: tie_changes(network, organisation=1, year=2021), repeat),
    ]
    cells = " | ".join(f"{ms:,.0f}" for ms in row)
    return f"| {size:,} | {len(network.links):,} | {graph.number_of_edges():,} | {cells} |"


def bench_network(sizes: list[int], repeat: int) -> None:
    print(HEADER)
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in sizes:
        print(measure(size, repeat), flush=True)


def bench_report(repeat: int) -> None:
    from intercluster.db.migrate import upgrade
    from intercluster.db.uow import Database
    from intercluster.reports.content import build_report
    from intercluster.reports.render import render
    from intercluster.services.demo import load_demo

    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(database.engine)
        with database.uow() as uow:
            load_demo(uow)
        with database.uow() as uow:
            build_ms = timed(lambda: build_report(uow, year=2021), repeat)
            report = build_report(uow, year=2021)
        print("\n| demo report 2021 | ms | bytes |")
        print("|---|---:|---:|")
        print(f"| gather + figures | {build_ms:,.0f} | |")
        for format in ("md", "html", "pdf"):
            data = render(report, format)
            ms = timed(lambda f=format: render(report, f), repeat)
            print(f"| render {format} | {ms:,.0f} | {len(data):,} |")
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--repeat", type=int, default=3)
    arguments = parser.parse_args()
    bench_network(arguments.sizes, arguments.repeat)
    bench_report(arguments.repeat)


if __name__ == "__main__":
    main()
