"""Load test on loopback: N concurrent clients for S seconds, mixed reads and writes.

    .venv/bin/python benchmarks/load/run.py --database sqlite --clients 50 --seconds 60
    .venv/bin/python benchmarks/load/run.py --database postgresql   # a PostgreSQL of its own
    .venv/bin/python benchmarks/load/run.py --database both --json results.json

For each database the script makes a fresh one (`intercluster init` and
`demo`), serves it with `intercluster serve` (uvicorn, one process) on
127.0.0.1, signs in once (`POST /api/v1/auth/token`) and runs the clients
(asyncio + httpx, one connection each). Each client repeats, until the time
is up, an operation drawn with fixed weights from a generator seeded with its
number: reads (the organisation list, a search, an organisation's page, the
graph data, the relations of an organisation) and writes (create an
organisation, add a relation to one it created, edit one it created with the
version it read). Every answer other than the expected status is an error;
the script exits 1 if there was any. Latencies are per operation kind.

PostgreSQL runs from `scripts/pg-test-server` on a port and data directory of
its own (port $LOAD_PG_PORT, default 54377; /tmp/intercluster-load-pg), stopped at
the end.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PG_PORT = os.environ.get("LOAD_PG_PORT", "54377")
PG_DIR = "/tmp/intercluster-load-pg"
DEMO_EMAIL = "demo@intercluster.local"
DEMO_PASSWORD = "demo"

# Operation kinds and their weights: 70 % reads, 30 % writes.
WEIGHTS = {
    "list": 15,
    "search": 15,
    "page": 15,
    "graph": 10,
    "relations": 15,
    "create": 10,
    "relate": 10,
    "edit": 10,
}
WRITES = ("create", "relate", "edit")
SEARCHES = ["bio", "genopole", "cluster", "univ", "health", "medicon", "eit", "load"]
PARTNERS = ["genopole", "biowin", "medicon", "cebr", "eit-health", "alisei", "cataloniabio"]


# ---------------------------------------------------------------- the server


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _intercluster(url: str, *args: str) -> None:
    subprocess.run(
        [str(BIN / "intercluster"), "--db", url, *args], check=True, capture_output=True, text=True
    )


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    """A fresh database of this kind, initialised and loaded with the demo."""
    if kind == "sqlite":
        url = f"sqlite:///{folder / 'load.db'}"
        _intercluster(url, "init")
        _intercluster(url, "demo")
        yield url
        return
    env = {**os.environ, "PGTEST_PORT": PG_PORT, "PGTEST_DIR": PG_DIR}
    started = subprocess.run(
        [str(ROOT / "scripts" / "pg-test-server"), "start"],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    url = started.stdout.strip()
    try:
        _intercluster(url, "init")
        _intercluster(url, "demo")
        yield url
    finally:
        subprocess.run(
            [str(ROOT / "scripts" / "pg-test-server"), "stop"], capture_output=True, env=env
        )


@contextmanager
def server(url: str, log: Path) -> Iterator[str]:
    port = _free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(BIN / "intercluster"), "--db", url, "serve", "--port", str(port)],
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    if httpx.get(f"{base}/api/v1/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the server did not start; see {log}")
                time.sleep(0.2)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=30)


def sign_in(base: str, email: str = DEMO_EMAIL, password: str = DEMO_PASSWORD) -> dict[str, str]:
    """The headers of a signed-in script: a bearer token from the password sign-in."""
    response = httpx.post(
        f"{base}/api/v1/auth/token", json={"email": email, "password": password}, timeout=30
    )
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


# ---------------------------------------------------------------- the clients


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)


@dataclass
class Client:
    number: int
    http: httpx.AsyncClient
    tally: Tally
    rng: random.Random
    own: list[str] = field(default_factory=list)  # keys of the organisations it created
    made: int = 0

    async def call(self, kind: str, method: str, url: str, expected: int, **kw: Any) -> Any:
        start = time.perf_counter()
        try:
            response = await self.http.request(method, url, **kw)
        except httpx.HTTPError as exc:
            self.tally.errors.append(f"{kind} {method} {url}: {type(exc).__name__}: {exc}")
            return None
        elapsed = time.perf_counter() - start
        if response.status_code != expected:
            self.tally.errors.append(
                f"{kind} {method} {url}: {response.status_code} {response.text[:200]}"
            )
            return None
        self.tally.latencies[kind].append(elapsed)
        return response

    async def step(self, kind: str) -> None:
        rng = self.rng
        if kind in ("relate", "edit") and not self.own:
            kind = "create"
        if kind == "list":
            offset = rng.choice([0, 0, 20, 40])
            await self.call(kind, "GET", f"/api/v1/organizations?limit=20&offset={offset}", 200)
        elif kind == "search":
            await self.call(kind, "GET", f"/api/v1/organizations?q={rng.choice(SEARCHES)}", 200)
        elif kind == "page":
            key = rng.choice(PARTNERS + self.own[-3:])
            await self.call(kind, "GET", f"/organizations/{key}", 200)
        elif kind == "graph":
            year = rng.choice(["2021", "2022", ""])
            await self.call(kind, "GET", f"/graph/data?year={year}", 200)
        elif kind == "relations":
            key = rng.choice(PARTNERS)
            await self.call(kind, "GET", f"/api/v1/relations?entity={key}&limit=50", 200)
        elif kind == "create":
            self.made += 1
            name = f"Load Client {self.number} Organisation {self.made}"
            response = await self.call(
                kind,
                "POST",
                "/api/v1/organizations",
                201,
                json={"name": name, "type": "company", "country": rng.choice(["FR", "BE", "DE"])},
            )
            if response is not None:
                self.own.append(response.json()["key"])
        elif kind == "relate":
            # Dated by the client's step count, so no two relations are the same fact.
            self.made += 1
            year = 1900 + self.made % 120
            await self.call(
                kind,
                "POST",
                "/api/v1/relations",
                201,
                json={
                    "subject": rng.choice(self.own),
                    "predicate": "partner_of",
                    "object": rng.choice(PARTNERS),
                    "date": f"{year}-{1 + self.made % 12:02d}",
                },
            )
        elif kind == "edit":
            key = rng.choice(self.own)
            read = await self.call(kind, "GET", f"/api/v1/organizations/{key}", 200)
            if read is not None:
                body = read.json()
                await self.call(
                    kind,
                    "PATCH",
                    f"/api/v1/organizations/{key}",
                    200,
                    json={"city": f"City {rng.randrange(1000)}", "version": body["version"]},
                )


async def run_clients(
    base: str, headers: dict[str, str], clients: int, seconds: float, seed: int
) -> tuple[Tally, float]:
    tally = Tally()
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    start = time.perf_counter()
    deadline = start + seconds

    async def one(number: int) -> None:
        rng = random.Random(seed * 1000 + number)
        async with httpx.AsyncClient(
            base_url=base, headers=headers, timeout=60, limits=limits
        ) as http:
            client = Client(number, http, tally, rng)
            while time.perf_counter() < deadline:
                await client.step(rng.choices(kinds, weights)[0])

    await asyncio.gather(*(one(n) for n in range(clients)))
    return tally, time.perf_counter() - start


# ---------------------------------------------------------------- report


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarise(tally: Tally, elapsed: float) -> dict[str, Any]:
    rows = {}
    everything: list[float] = []
    for kind in WEIGHTS:
        values = tally.latencies.get(kind, [])
        everything.extend(values)
        if values:
            rows[kind] = _row(values, elapsed)
    return {
        "elapsed_s": round(elapsed, 1),
        "requests": len(everything),
        "errors": len(tally.errors),
        "first_errors": tally.errors[:10],
        "all": _row(everything, elapsed) if everything else None,
        "kinds": rows,
    }


def _row(values: list[float], elapsed: float) -> dict[str, float]:
    return {
        "count": len(values),
        "per_s": round(len(values) / elapsed, 1),
        "p50_ms": round(statistics.median(values) * 1000, 1),
        "p95_ms": round(_percentile(values, 0.95) * 1000, 1),
        "p99_ms": round(_percentile(values, 0.99) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def markdown(name: str, result: dict[str, Any]) -> str:
    lines = [
        f"### {name}: {result['requests']} requests in {result['elapsed_s']} s, "
        f"{result['errors']} errors",
        "",
        "| operation | requests | per s | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    rows = [*result["kinds"].items(), ("all", result["all"])]
    for kind, row in rows:
        label = f"{kind} (write)" if kind in WRITES else kind
        lines.append(
            f"| {label} | {row['count']} | {row['per_s']} | {row['p50_ms']} | "
            f"{row['p95_ms']} | {row['p99_ms']} | {row['max_ms']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="Also write the results here")
    args = parser.parse_args()
    kinds = ["sqlite", "postgresql"] if args.database == "both" else [args.database]
    print(
        f"{args.clients} clients, {args.seconds:g} s, seed {args.seed}; "
        f"{os.cpu_count()} cores, Python {platform.python_version()}",
        flush=True,
    )
    results: dict[str, Any] = {}
    folder = Path(tempfile.mkdtemp(prefix="intercluster-load-"))
    try:
        for kind in kinds:
            with database(kind, folder) as url, server(url, folder / f"{kind}.log") as base:
                headers = sign_in(base)
                load_before = os.getloadavg()[0]
                tally, elapsed = asyncio.run(
                    run_clients(base, headers, args.clients, args.seconds, args.seed)
                )
                result = summarise(tally, elapsed)
                result["load_average_before"] = round(load_before, 2)
                result["load_average_after"] = round(os.getloadavg()[0], 2)
                results[kind] = result
                print(markdown(kind, result), flush=True)
                print(
                    f"load average: {result['load_average_before']} before, "
                    f"{result['load_average_after']} after",
                    flush=True,
                )
                for error in result["first_errors"]:
                    print(f"error: {error}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 1 if any(r["errors"] for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
