"""Time every page of the web app on the demo data (target: under 300 ms each).

Runs the app in-process (FastAPI's test client, so no network noise) on a
fresh SQLite database loaded with `intercluster demo`, warms each page up
once, then requests it REPEAT times and prints p50 / p95 / max in
milliseconds as a Markdown table. Usage:

    .venv/bin/python benchmarks/web/bench_pages.py [--repeat 50]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from fastapi.testclient import TestClient

from intercluster.db.migrate import upgrade
from intercluster.db.uow import Database
from intercluster.services.demo import load_demo
from intercluster.web.app import create_app

PAGES = [
    "/?year=2021",
    "/organizations",
    "/organizations?q=BioWin",
    "/organizations/genopole",
    "/organizations/biowin",
    "/events",
    "/events/bio-europe-spring-2021",
    "/projects/urinbb",
    "/sources/1?start=2309&end=2606",
    "/graph",
    "/graph/data",
    "/map",
    "/organizations/new",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    with tempfile.TemporaryDirectory() as folder:
        database = Database(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(database.engine)
        with database.uow() as uow:
            load_demo(uow)
        client = TestClient(create_app(database=database), headers={"accept": "text/html"})
        print(f"{os.cpu_count()} CPUs; {args.repeat} requests per page after one warm-up\n")
        print("| page | p50 ms | p95 ms | max ms |")
        print("|---|---:|---:|---:|")
        for path in PAGES:
            assert client.get(path).status_code == 200, path
            timings = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - start) * 1000)
            timings.sort()
            p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
            print(
                f"| `{path}` | {statistics.median(timings):.1f} | {p95:.1f} | {timings[-1]:.1f} |"
            )
        database.dispose()


if __name__ == "__main__":
    main()
