"""Compare the partnering solvers on generated instances: same machine, same time limit.

    .venv/bin/python benchmarks/scheduling/run.py            # the default sizes (about 12 minutes)
    .venv/bin/python benchmarks/scheduling/run.py --bio      # adds the BIO-scale instance (+20 min)
    .venv/bin/python benchmarks/scheduling/run.py --only S   # instances whose name starts with S

Each solver runs in a fresh subprocess (its peak memory is that process's
maximum resident set size) and its schedule is judged by the checker. The
LP bound is computed once per instance, apart, with a tight tolerance:
"share" is the priority reached over that bound. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name, participants, meetings, days, slots per day, time limit (s)
SIZES = [
    ("S-100", 100, 600, 1, 24, 5),
    ("S-300", 300, 2200, 1, 32, 10),
    ("M-1000", 1000, 7000, 2, 16, 30),
    ("M-2000", 2000, 14000, 1, 32, 60),
    ("L-3000", 3000, 22000, 1, 32, 60),
]
BIO = ("XL-17000", 17000, 48000, 4, 20, 300)
SEED = 2021
CP_SAT_MAX_MEETINGS = 30_000
SOLVERS = ("greedy", "cp-sat", "intercluster")


def child(kind: str, instance_path: str, seconds: float) -> None:
    """Run one solver (or the LP bound) and print one JSON line with its figures."""
    # Every module is imported before the clock starts: the limit is the solver's.
    from intercluster.scheduling.bound import lp_bound
    from intercluster.scheduling.cpsat import plain_cpsat
    from intercluster.scheduling.greedy import greedy_first_fit
    from intercluster.scheduling.instance import load_instance
    from intercluster.scheduling.schedule import check_schedule, to_document
    from intercluster.scheduling.solver import solve

    instance = load_instance(Path(instance_path))
    started = time.perf_counter()
    if kind == "lp":
        result = lp_bound(instance, seconds=seconds, tolerance=1e-7)
        figures = {"bound": result.bound, "lp_value": result.value}
    else:
        if kind == "greedy":
            solution = greedy_first_fit(instance)
        elif kind == "cp-sat":
            solution = plain_cpsat(instance, seconds=seconds, seed=1, workers=2)
        else:
            solution = solve(instance, seconds=seconds, seed=1)
        check = check_schedule(instance, to_document(instance, solution))
        figures = {
            "valid": check.valid,
            "errors": check.errors[:3],
            "priority": check.priority_scheduled,
            "gaps": check.idle_gaps,
            "scheduled": check.scheduled,
            "own_bound": solution.bound,
        }
    figures["seconds"] = round(time.perf_counter() - started, 2)
    figures["peak_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(figures))


def run_child(kind: str, instance_path: Path, seconds: float) -> dict[str, object]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(instance_path), str(seconds)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        # A baseline that runs out of memory or crashes is a result too.
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return {
            "valid": False,
            "errors": [f"exit {done.returncode}: {last}"],
            "priority": 0,
            "gaps": "-",
            "seconds": round(time.perf_counter() - started, 1),
            "peak_mib": "-",
        }
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bio", action="store_true", help="add the BIO-scale instance")
    parser.add_argument("--only", default="", help="instances whose name starts with this")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "INSTANCE", "SECONDS"))
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1], float(args.child[2]))
        return

    from intercluster.scheduling.generator import generate_instance

    sizes = [*SIZES, BIO] if args.bio else SIZES
    sizes = [s for s in sizes if s[0].startswith(args.only)]
    work = HERE / "instances"
    work.mkdir(exist_ok=True)
    print(
        f"machine: {platform.processor() or platform.machine()}, python {platform.python_version()}"
    )
    rows = []
    for name, participants, meetings, days, per_day, seconds in sizes:
        path = work / f"{name}.json"
        document = generate_instance(
            participants=participants,
            meetings=meetings,
            days=days,
            slots_per_day=per_day,
            seed=SEED,
        )
        path.write_text(json.dumps(document))
        lp = run_child("lp", path, 300)
        bound = int(lp["bound"])  # type: ignore[call-overload]
        results = {}
        for kind in SOLVERS:
            if kind == "cp-sat" and len(document["meetings"]) > CP_SAT_MAX_MEETINGS:
                # Measured at about 7.5 KB per boolean (3.5 GB for L-3000's 470,000): the
                # BIO-scale model (2.6 million) would need some 20 GB of the machine's 24.
                results[kind] = {
                    "valid": False,
                    "errors": ["not run: the model would need about 20 GB"],
                    "priority": 0,
                    "gaps": "-",
                    "seconds": "-",
                    "peak_mib": "-",
                }
                continue
            results[kind] = run_child(kind, path, seconds)
        line = (
            f"{name}: {participants} participants, {len(document['meetings'])} meetings, "
            f"{days}x{per_day} slots, {document['tables']} tables, {seconds} s, LP bound {bound}"
        )
        print(line, file=sys.stderr)
        for kind, r in results.items():
            print(f"   {kind}: {r}", file=sys.stderr)
            rows.append(
                (
                    name,
                    participants,
                    len(document["meetings"]),
                    f"{days}x{per_day}",
                    document["tables"],
                    seconds,
                    bound,
                    kind,
                    r,
                )
            )
    print()
    print(
        "| instance | participants | meetings | slots | tables | limit (s) | LP bound | solver "
        "| priority | share of bound | idle gaps | seconds | peak MiB | valid |"
    )
    print("|---|---:|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|")
    for name, participants, meetings, slots, tables, seconds, bound, kind, r in rows:
        share = int(r["priority"]) / bound if bound else 1.0  # type: ignore[call-overload]
        print(
            f"| {name} | {participants} | {meetings} | {slots} | {tables} | {seconds} | {bound} "
            f"| {kind} | {r['priority']} | {share:.4%} | {r['gaps']} | {r['seconds']} "
            f"| {r['peak_mib']} | {'yes' if r['valid'] else 'failed: ' + str(r['errors'])} |"
        )


if __name__ == "__main__":
    main()
