"""Measure intercluster on a large ecosystem (see generate.py), on SQLite and PostgreSQL.

    .venv/bin/python benchmarks/scale/generate.py --out /tmp/scale/ecosystem.json
    .venv/bin/python benchmarks/scale/measure.py /tmp/scale/ecosystem.json \\
        --sqlite /tmp/scale/bench.db --postgres postgresql+psycopg://postgres@127.0.0.1:54349/bench

Each heavy step (bulk import, whole-graph analytics, the yearly report, the
streamed export) runs in a child process of its own, so its peak memory
(maximum resident set) and CPU time are its own. Latencies are measured
in-process through the web app (FastAPI's test client: routing, queries,
serialisation; no network), each query repeated with varied parameters drawn
with a fixed seed, reported as p50 / p95 in milliseconds. Results go to a
JSON file and a Markdown table on stdout.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import text

HERE = Path(__file__).resolve()
SEED = 11


def _usage() -> dict[str, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"cpu_s": usage.ru_utime + usage.ru_stime, "peak_mb": _peak_rss_kb(usage) / 1024}


def _peak_rss_kb(usage: resource.struct_rusage) -> float:
    """This process's own peak resident set. Linux's ru_maxrss also keeps the parent's
    peak from before the fork and exec (a child of a parent of 1 GB would say 1 GB);
    VmHWM belongs to the process's own address space."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return float(line.split()[1])
    except OSError:
        pass
    return float(usage.ru_maxrss)


# ---------------------------------------------------------------- child steps


def step_import(url: str, path: str) -> dict[str, Any]:
    from intercluster.db.migrate import upgrade
    from intercluster.db.uow import Database
    from intercluster.services.exchange import import_json

    database = Database(url)
    upgrade(database.engine)
    document = Path(path).read_text(encoding="utf-8")
    start = time.perf_counter()
    with database.uow() as uow:
        report = import_json(uow, document)
    wall = time.perf_counter() - start
    return {
        "wall_s": wall,
        "relations": report.relations,
        "entities": report.entities,
        "sources": report.sources,
        "relations_per_s": report.relations / wall,
        "records_per_s": (report.relations + report.entities + report.sources) / wall,
        **_usage(),
    }


def step_analytics(url: str) -> dict[str, Any]:
    from intercluster.analytics.network import Period
    from intercluster.db.uow import Database
    from intercluster.services import analytics

    database = Database(url)
    start = time.perf_counter()
    with database.uow() as uow:
        result = analytics.analyse_network(uow, period=Period())
    return {
        "wall_s": time.perf_counter() - start,
        "organisations": result.organisations,
        "ties": result.ties,
        "communities": len(result.communities),
        "modularity": result.modularity,
        **_usage(),
    }


def step_report(url: str, organisation: str, year: str) -> dict[str, Any]:
    from intercluster.db.uow import Database
    from intercluster.reports import render
    from intercluster.reports.content import build_report

    database = Database(url)
    start = time.perf_counter()
    with database.uow() as uow:
        document = build_report(uow, year=int(year), organisation=organisation)
        data = render.render(document, "html")
    return {"wall_s": time.perf_counter() - start, "bytes": len(data), **_usage()}


def step_export(url: str) -> dict[str, Any]:
    from intercluster.db.uow import Database
    from intercluster.services.exchange import iter_json

    database = Database(url)
    start = time.perf_counter()
    size = 0
    with database.uow() as uow, open(os.devnull, "w", encoding="utf-8") as sink:
        for chunk in iter_json(uow):
            size += len(chunk)
            sink.write(chunk)
    return {"wall_s": time.perf_counter() - start, "chars": size, **_usage()}


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "import": step_import,
    "analytics": step_analytics,
    "report": step_report,
    "export": step_export,
}


def child(step: str, *args: str) -> dict[str, Any]:
    """Run one step in a fresh interpreter and read its figures."""
    done = subprocess.run(
        [sys.executable, str(HERE), "--step", step, *args], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(f"step {step} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------- latencies


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"p50_ms": statistics.median(ordered), "p95_ms": p95, "n": len(ordered)}


def latencies(url: str, repeat: int) -> dict[str, dict[str, float]]:
    from fastapi.testclient import TestClient

    from intercluster.db.uow import Database
    from intercluster.web.app import create_app

    rng = random.Random(SEED)
    database = Database(url)
    with database.engine.connect() as connection:
        keys = [
            row[0]
            for row in connection.execute(
                text("SELECT key FROM entities WHERE key LIKE 'o%' ORDER BY id")
            )
        ]
        names = [
            row[0]
            for row in connection.execute(
                text("SELECT name FROM entities WHERE key LIKE 'o%' ORDER BY id")
            )
        ]
        countries = [
            row[0]
            for row in connection.execute(
                text("SELECT DISTINCT country FROM entities WHERE country IS NOT NULL")
            )
        ]
    words = sorted({word for name in names[:5000] for word in name.split() if len(word) > 3})
    results: dict[str, dict[str, float]] = {}
    # Signed in as the test suite signs in (tests/clients.py): an admin's API token.
    sys.path.insert(0, str(HERE.parents[2]))
    from tests.clients import auth_headers

    app = create_app(database=database)
    with TestClient(app, headers=auth_headers(database, "admin")) as client:

        def timed(label: str, make: Callable[[], str], times: int = repeat) -> None:
            client.get(make())  # warm-up
            samples, cpu = [], []
            for _ in range(times):
                path = make()
                start, start_cpu = time.perf_counter(), time.process_time()
                response = client.get(path)
                samples.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
            results[label] = _percentiles(samples)
            # CPU time of this process (app and test client): what a request costs when
            # the machine's cores are not shared with other work.
            results[label].update({f"cpu_{k}": v for k, v in _percentiles(cpu).items()})
            print(f"  {label}: {results[label]}", file=sys.stderr, flush=True)

        timed("health (the test client's own cost)", lambda: "/api/v1/health")

        api = "/api/v1"
        timed("list organisations (first page)", lambda: f"{api}/organizations")
        cursor = {"next": None}

        def deep() -> str:
            # Walk the list by keyset: each request reads the page after the previous one.
            after = cursor["next"]
            path = f"{api}/organizations?limit=50" + (f"&after={after}" if after else "")
            cursor["next"] = client.get(path).json()["next_cursor"]
            return path

        timed("list organisations, next pages by cursor", deep)
        timed(
            "filter organisations by country",
            lambda: f"{api}/organizations?country={rng.choice(countries)}",
        )
        timed(
            "filter by type, country and sector",
            lambda: (
                f"{api}/organizations?type=company&country={rng.choice(countries)}&sector=medtech"
            ),
        )
        timed("search organisations (a word)", lambda: f"{api}/organizations?q={rng.choice(words)}")
        timed(
            "search organisations (a prefix)",
            lambda: f"{api}/organizations?q={rng.choice(words)[:4]}",
        )
        timed(
            "search organisations (a full name)",
            lambda: f"{api}/organizations?q={rng.choice(names)}",
        )
        timed(
            "list relations by predicate and year",
            lambda: f"{api}/relations?predicate=partner_of&year={rng.randint(2015, 2024)}",
        )
        timed(
            "list relations of an organisation",
            lambda: f"{api}/relations?entity={rng.choice(keys)}",
        )
        timed(
            "list relations by country",
            lambda: f"{api}/relations?country={rng.choice(countries)}",
        )
        timed("organisation page (HTML)", lambda: f"/organizations/{rng.choice(keys)}")
        timed("organisation (API)", lambda: f"{api}/organizations/{rng.choice(keys)}")
        timed(
            "two-hop neighbourhood (API)",
            lambda: f"{api}/organizations/{rng.choice(keys)}/neighbourhood?depth=2",
        )
        timed("web search page", lambda: f"/organizations?q={rng.choice(words)}")
        home = keys[0]
        start = time.perf_counter()
        client.get(f"{api}/analytics/paths?organisation={home}&target={keys[1]}")
        results["warm path, first (builds the tie arrays)"] = {
            "p50_ms": (time.perf_counter() - start) * 1000,
            "p95_ms": (time.perf_counter() - start) * 1000,
            "n": 1,
        }
        few = max(5, repeat // 10)
        timed(
            "warm path (3 paths, arrays cached)",
            lambda: f"{api}/analytics/paths?organisation={home}&target={rng.choice(keys[1:])}",
            few,
        )
        timed("graph view data (folded by country)", lambda: "/graph/data", few)
        timed(
            "graph view data of one country",
            lambda: f"/graph/data?country={rng.choice(countries)}",
            few,
        )
    database.dispose()
    return results


# ---------------------------------------------------------------- main


def measure(label: str, url: str, document: Path, args: argparse.Namespace) -> dict[str, Any]:
    figures: dict[str, Any] = {}

    def done(step: str, value: dict[str, Any]) -> None:
        # Each figure is kept as soon as it is known: a long run stopped halfway keeps them.
        figures[step] = value
        partial = args.out.with_suffix(f".{label}.partial.json")
        partial.write_text(json.dumps(figures, indent=2), encoding="utf-8")

    print(f"[{label}] import", file=sys.stderr, flush=True)
    done("import", child("import", url, str(document)))
    print(f"[{label}] latencies", file=sys.stderr, flush=True)
    done("latency", latencies(url, args.repeat))
    print(f"[{label}] analytics", file=sys.stderr, flush=True)
    done("analytics", child("analytics", url))
    print(f"[{label}] report", file=sys.stderr, flush=True)
    done("report", child("report", url, args.organisation, str(args.year)))
    print(f"[{label}] export", file=sys.stderr, flush=True)
    done("export", child("export", url))
    return figures


def _reset_postgres(url: str) -> None:
    from intercluster.db.uow import Database

    database = Database(url)
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    database.dispose()


def _latency(result: dict[str, Any], name: str) -> str:
    found = result["latency"][name]
    return (
        f"{found['p50_ms']:,.1f} / {found['p95_ms']:,.1f} "
        f"({found.get('cpu_p50_ms', 0):,.1f} / {found.get('cpu_p95_ms', 0):,.1f})"
    )


def table(results: dict[str, dict[str, Any]]) -> str:
    labels = list(results)
    lines = [
        "| measure | " + " | ".join(labels) + " |",
        "|---|" + "---:|" * len(labels),
    ]

    def row(name: str, cell: Callable[[dict[str, Any]], str]) -> None:
        def safe(result: dict[str, Any]) -> str:
            try:
                return cell(result)
            except (KeyError, TypeError):
                return "—"  # a step that was not run (--latency-only) or failed

        lines.append(f"| {name} | " + " | ".join(safe(results[k]) for k in labels) + " |")

    row("bulk import: relations/s", lambda r: f"{r['import']['relations_per_s']:,.0f}")
    row(
        "bulk import: wall s (CPU s of the importer)",
        lambda r: f"{r['import']['wall_s']:,.0f} ({r['import']['cpu_s']:,.0f})",
    )
    row("bulk import: peak memory MB", lambda r: f"{r['import']['peak_mb']:,.0f}")
    first = next(iter(results.values()))
    for name in first["latency"]:
        row(f"{name}: p50 / p95 ms (CPU p50 / p95)", functools.partial(_latency, name=name))
    row(
        "whole-graph analytics: wall s (CPU s)",
        lambda r: f"{r['analytics']['wall_s']:,.1f} ({r['analytics']['cpu_s']:,.1f})",
    )
    row("whole-graph analytics: peak memory MB", lambda r: f"{r['analytics']['peak_mb']:,.0f}")
    row(
        "yearly report (HTML): wall s (CPU s)",
        lambda r: f"{r['report']['wall_s']:,.1f} ({r['report']['cpu_s']:,.1f})",
    )
    row("yearly report: peak memory MB", lambda r: f"{r['report']['peak_mb']:,.0f}")
    row("streamed JSON export: wall s", lambda r: f"{r['export']['wall_s']:,.1f}")
    row("streamed JSON export: peak memory MB", lambda r: f"{r['export']['peak_mb']:,.0f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("document", nargs="?", help="the ecosystem JSON (generate.py)")
    parser.add_argument("--sqlite", type=Path, help="SQLite file to create (replaced)")
    parser.add_argument("--postgres", help="URL of an empty PostgreSQL database (wiped)")
    parser.add_argument("--repeat", type=int, default=100)
    parser.add_argument("--organisation", default="o0", help="home organisation of the report")
    parser.add_argument("--year", type=int, default=2021)
    parser.add_argument("--out", type=Path, default=Path("/tmp/scale/results.json"))
    parser.add_argument(
        "--latency-only",
        action="store_true",
        help="measure the latencies again on databases a full run left (no import)",
    )
    parser.add_argument("--step", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args(argv)
    if args.step:
        values = ([args.document] if args.document else []) + rest
        print(json.dumps(STEPS[args.step](*values)))
        return 0
    results: dict[str, dict[str, Any]] = {}
    if args.latency_only:
        results = json.loads(args.out.read_text(encoding="utf-8"))
        for label, url in (
            ("SQLite", f"sqlite:///{args.sqlite}" if args.sqlite else None),
            ("PostgreSQL", args.postgres),
        ):
            if url:
                print(f"[{label}] latencies", file=sys.stderr, flush=True)
                results[label]["latency"] = latencies(url, args.repeat)
        args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
        print(table(results))
        print(f"load average: {os.getloadavg()}", file=sys.stderr)
        return 0
    if args.document is None:
        parser.error("the ecosystem document is required")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.sqlite:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.sqlite}{suffix}").unlink(missing_ok=True)
        results["SQLite"] = measure("SQLite", f"sqlite:///{args.sqlite}", Path(args.document), args)
    if args.postgres:
        _reset_postgres(args.postgres)
        results["PostgreSQL"] = measure("PostgreSQL", args.postgres, Path(args.document), args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(table(results))
    print(f"load average: {os.getloadavg()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
