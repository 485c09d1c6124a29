"""How the graph page copes with a large network: 5,000 nodes in Debian's Chromium.

Builds a registry of N organisations (fixed seed) with heavy-tailed
partnerships, serves it, opens /graph in headless Chromium through
Playwright and measures: the JSON payload, the time until Cytoscape has
drawn the graph, and how long the page takes to answer zooms and pans
(the frame time a user feels). Usage:

    .venv/bin/python benchmarks/web/bench_graph.py [--nodes 5000] [--edges-per-node 2]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import threading
import time
import warnings
from pathlib import Path

import uvicorn
from sqlalchemy import insert
from tests.browser.conftest import CHROMIUM_ARGS, _chromium, _free_port

from intercluster.db.migrate import upgrade
from intercluster.db.models import Entity, Relation
from intercluster.db.uow import Database
from intercluster.web.app import create_app

TYPES = ["cluster", "company", "university", "research_org", "network", "public_body"]
COUNTRIES = ["FR", "DE", "BE", "ES", "IT", "NL", "DK", "SE", "PL", "US", "JP", "CA", "GB", "CH"]


def build(database: Database, nodes: int, edges_per_node: int, seed: int) -> int:
    rng = random.Random(seed)
    entities = [
        {"id": i + 1, "key": f"org-{i}", "type": rng.choice(TYPES), "name": f"Organisation {i}",
         "name_norm": f"organisation {i}", "country": rng.choice(COUNTRIES), "version": 1,
         "review_status": "confirmed"}
        for i in range(nodes)
    ]  # fmt: skip
    # Preferential attachment: a few hubs, many small partners (heavy-tailed degrees).
    targets: list[int] = [1]
    relations = []
    seen: set[tuple[int, int]] = set()
    for i in range(2, nodes + 1):
        for _ in range(edges_per_node):
            j = rng.choice(targets)
            pair = (min(i, j), max(i, j))
            if i == j or pair in seen:
                continue
            seen.add(pair)
            year = rng.randint(2015, 2024)
            relations.append(
                {"subject_id": i, "predicate": "partner_of", "object_id": j, "date": str(year),
                 "year": year, "status": "confirmed", "attributes": {}, "version": 1}
            )  # fmt: skip
            targets += [i, j]
    with database.engine.begin() as connection:
        connection.execute(insert(Entity), entities)
        connection.execute(insert(Relation), relations)
    return len(relations)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges-per-node", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    chromium = _chromium()
    if chromium is None:
        raise SystemExit("Chromium is needed: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'graph.db'}")
        upgrade(database.engine)
        edges = build(database, args.nodes, args.edges_per_node, args.seed)
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(database=database), port=port, log_level="warning")
        )
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            started = time.perf_counter()
            response = page.request.get(f"{base}/graph/data")
            fetched = time.perf_counter() - started
            payload_kb = len(response.body()) / 1024
            started = time.perf_counter()
            page.goto(f"{base}/graph")
            page.wait_for_function(
                "document.getElementById('graph').dataset.nodes !== undefined", timeout=300_000
            )
            drawn = time.perf_counter() - started
            # Frame time: 20 viewport changes (zoom in, pan) made in the page, each timed until
            # the browser has painted the next frame: a full redraw of every node and edge.
            frames = page.evaluate(
                """async () => {
                  const cy = window.interclusterGraph; const times = [];
                  const frame = () => new Promise(r => requestAnimationFrame(r));
                  const paint = () => frame().then(frame);
                  await paint();
                  for (let i = 0; i < 20; i++) {
                    const t0 = performance.now();
                    if (i % 2) { cy.zoom(cy.zoom() * 1.15); } else { cy.panBy({x: 40, y: 25}); }
                    await paint();
                    times.push(performance.now() - t0);
                  }
                  times.sort((a, b) => a - b);
                  return {median: times[10], worst: times[19],
                          nodes: cy.nodes().length, edges: cy.edges().length};
                }"""
            )
            browser.close()
        server.should_exit = True
    print(f"{args.nodes} nodes, {edges} relations (seed {args.seed})\n")
    print("| measure | value |")
    print("|---|---:|")
    print(f"| nodes / edges drawn | {frames['nodes']} / {frames['edges']} |")
    print(f"| /graph/data: time, size | {fetched * 1000:.0f} ms, {payload_kb:.0f} KiB |")
    print(f"| page open to graph drawn | {drawn:.1f} s |")
    print(f"| frame after a zoom or pan, median | {frames['median']:.0f} ms |")
    print(f"| frame after a zoom or pan, worst | {frames['worst']:.0f} ms |")


if __name__ == "__main__":
    main()
