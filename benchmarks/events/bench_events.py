"""Benchmark of the events programme on synthetic registries (fixed seed).

A registry of N organisations in 40 countries, N/5 events over 2019–2023
(dated to the day), the home cluster at 60% of them (with a plan and costs in
EUR, USD or GBP), 4 meetings per event attended, N/2 partnerships, N/20
projects and N/25 companies joining, plus leads. Times (median of --repeat
runs): the return on 2021's events with the years compared and the 2022
proposal, the calendar (all events, then Europe only), the month grid, an
import of a 1,000-event .ics with 2% bad entries, and the booklet of a
20-company delegation as HTML and PDF.

    .venv/bin/python benchmarks/events/bench_events.py --sizes 250 1000 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from intercluster.db.events_models import Lead, ParticipationPlan, PlanCost, PlanDelegate
from intercluster.db.migrate import upgrade
from intercluster.db.models import Entity, Relation
from intercluster.db.uow import Database
from intercluster.domain.normalize import normalize_name
from intercluster.services.events_programme import calendar, returns
from intercluster.services.events_programme.booklet import build_booklet, render_booklet

SEED = 42
COUNTRIES = [
    "FR", "DE", "BE", "NL", "ES", "IT", "PT", "DK", "SE", "FI", "EE", "LT", "SI", "HU", "PL",
    "CZ", "AT", "CH", "GB", "IE", "US", "CA", "MX", "BR", "AR", "JP", "KR", "CN", "SG", "IN",
    "IL", "AE", "ZA", "MA", "EG", "AU", "NZ", "NO", "GR", "RO",
]  # fmt: skip
SERIES = ["BIO", "BIO-Europe", "BioFIT", "Meet in", "Biotech Forum", "Health Summit", "Genomics"]


def median_ms(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def build(database: Database, size: int) -> dict[str, int]:
    rng = random.Random(SEED)
    with database.uow() as uow:
        session = uow.session

        def entity(key: str, name: str, kind: str, country: str | None, **extra: Any) -> Entity:
            row = Entity(key=key, name=name, name_norm=normalize_name(name), type=kind,
                         country=country, **extra)  # fmt: skip
            session.add(row)
            return row

        home = entity("home", "Home Cluster", "cluster", "FR")
        orgs = [
            entity(f"org-{i}", f"Organisation {i}", rng.choice(["cluster", "company", "company"]),
                   rng.choice(COUNTRIES))
            for i in range(size)
        ]  # fmt: skip
        events = []
        for i in range(size // 5):
            year = 2019 + i % 5
            start = date(year, 1, 1) + timedelta(days=rng.randrange(360))
            events.append(
                entity(
                    f"event-{i}", f"{SERIES[i % len(SERIES)]} {i // len(SERIES)} {year}", "event",
                    rng.choice(COUNTRIES), start_date=start.isoformat(),
                    end_date=(start + timedelta(days=rng.randrange(4))).isoformat(),
                    format=rng.choice(["in_person", "virtual", "hybrid"]),
                )
            )  # fmt: skip
        session.flush()
        relations = 0

        def relate(subject: Entity, predicate: str, obj: Entity, when: str, **attrs: Any) -> None:
            nonlocal relations
            session.add(
                Relation(subject_id=subject.id, predicate=predicate, object_id=obj.id, date=when,
                         year=int(when[:4]), attributes=attrs, status="confirmed",
                         event_id=attrs.pop("event_id", None))
            )  # fmt: skip
            relations += 1

        attended = [e for e in events if rng.random() < 0.6]
        for event in attended:
            relate(home, "participated_in", event, event.start_date or "", role="attendee")
            for other in rng.sample(orgs, 4):
                relate(home, "met_with", other, event.start_date or "", event_id=event.id)
            for other in rng.sample(orgs, 3):
                relate(other, "participated_in", event, event.start_date or "")
            plan = ParticipationPlan(event=event, organisation=home, decision="attend")
            plan.costs = [
                PlanCost(kind="actual", category="registration",
                               amount_cents=rng.randrange(50_000, 2_000_000),
                               currency=rng.choice(["EUR", "USD", "GBP"]))
            ]  # fmt: skip
            session.add(plan)
        for _ in range(size // 2):
            other = rng.choice(orgs)
            when = f"{rng.randrange(2019, 2024)}-{rng.randrange(1, 13):02d}"
            relate(home, "partner_of", other, when, since=when)
        for i in range(size // 20):
            project = entity(f"project-{i}", f"Project {i}", "project", None)
            session.flush()
            when = str(rng.randrange(2019, 2024))
            relate(home, "consortium_member_of", project, when)
            for other in rng.sample(orgs, 3):
                relate(other, "consortium_member_of", project, when)
        companies = [o for o in orgs if o.type == "company"]
        for company in rng.sample(companies, min(len(companies), size // 25)):
            when = f"{rng.randrange(2019, 2024)}-{rng.randrange(1, 13):02d}"
            relate(company, "member_of", home, when, since=when)
        session.flush()
        for event in rng.sample(attended, min(len(attended), size // 10)):
            session.add(Lead(organisation_id=rng.choice(companies).id, event_id=event.id))
        target = next(
            e for e in events if (e.start_date or "").startswith("2022") and e not in attended
        )
        big = ParticipationPlan(event=target, organisation=home, decision="exhibit")
        big.delegates = [
            PlanDelegate(company=c, goals="Meet distributors and investors.", position=k)
            for k, c in enumerate(companies[:20])
        ]
        session.add(big)
        session.flush()
        return {"relations": relations, "events": len(events), "booklet_event": target.id}


def ics_text(count: int) -> str:
    rng = random.Random(SEED)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//bench//EN"]
    for i in range(count):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(365))
        stamp = "2024-13-45" if rng.random() < 0.02 else start.strftime("%Y%m%d")
        lines += [
            "BEGIN:VEVENT", f"UID:{i}@bench", f"SUMMARY:Imported event {i}",
            f"DTSTART;VALUE=DATE:{stamp}",
            f"DTEND;VALUE=DATE:{(start + timedelta(days=2)).strftime('%Y%m%d')}",
            f"LOCATION:City {i}\\, {rng.choice(['Germany', 'France', 'Japan', 'Brazil'])}",
            "CATEGORIES:biotech", "END:VEVENT",
        ]  # fmt: skip
    return "\n".join([*lines, "END:VCALENDAR"]) + "\n"


def run(size: int, repeat: int, folder: Path) -> dict[str, Any]:
    database = Database(f"sqlite:///{folder / f'bench-{size}.db'}")
    upgrade(database.engine)
    start = time.perf_counter()
    built = build(database, size)
    row: dict[str, Any] = {"size": size, **built, "build_s": time.perf_counter() - start}

    def roi() -> Any:
        with database.uow() as uow:
            return returns.return_on_events(uow, year=2021, organisation_ref="home")

    row["roi_ms"], report = median_ms(roi, repeat)
    row["roi_events"] = len(report.events)
    row["proposals"] = len(report.proposals)

    def entries(**filters: Any) -> Any:
        with database.uow() as uow:
            home = uow.entities.get_by_key("home")
            flt = calendar.CalendarFilter(**filters)
            return calendar.calendar_entries(uow, flt=flt, home=home, today=date(2022, 1, 1))

    row["calendar_ms"], everything = median_ms(entries, repeat)
    row["europe_ms"], _ = median_ms(lambda: entries(region="europe"), repeat)
    row["month_ms"], _ = median_ms(lambda: calendar.month_view(everything, "2022-06"), repeat)
    data = ics_text(1000)

    def load() -> Any:
        fresh = Database(f"sqlite:///{folder / f'import-{size}-{time.monotonic_ns()}.db'}")
        upgrade(fresh.engine)
        started = time.perf_counter()
        with fresh.uow() as uow:
            result = calendar.import_calendar(uow, name="bench.ics", data=data)
        elapsed = (time.perf_counter() - started) * 1000
        fresh.dispose()
        return elapsed, result

    runs = [load() for _ in range(repeat)]
    row["import_ms"] = statistics.median(ms for ms, _ in runs)
    row["import_created"] = len(runs[0][1].created)
    row["import_problems"] = len(runs[0][1].problems)
    with database.uow() as uow:
        booklet = build_booklet(uow, event=built["booklet_event"], organisation_ref="home")
    row["html_ms"], html = median_ms(lambda: render_booklet(booklet, "html"), repeat)
    row["pdf_ms"], pdf = median_ms(lambda: render_booklet(booklet, "pdf"), repeat)
    row["html_bytes"], row["pdf_bytes"] = len(html), len(pdf)
    database.dispose()
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        rows = [run(size, args.repeat, Path(folder)) for size in args.sizes]
    print(
        "| organisations | events | relations | ROI 2021 + comparison + proposal ms | calendar ms "
        "| calendar, Europe ms | month grid ms |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['size']:,} | {r['events']:,} | {r['relations']:,} | {r['roi_ms']:,.0f} "
            f"| {r['calendar_ms']:,.0f} | {r['europe_ms']:,.0f} | {r['month_ms']:,.1f} |"
        )
    print()
    print("| organisations | import 1,000-event .ics ms | added | skipped | booklet HTML ms "
          "| booklet PDF ms | PDF bytes |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(
            f"| {r['size']:,} | {r['import_ms']:,.0f} | {r['import_created']:,} "
            f"| {r['import_problems']} | {r['html_ms']:,.1f} | {r['pdf_ms']:,.0f} "
            f"| {r['pdf_bytes']:,} |"
        )


if __name__ == "__main__":
    main()
