"""The events calendar: past and upcoming events worldwide, filtered; importing calendars.

Events are the registry's `event` entities. An event is *upcoming* until the
last day its dates cover (an event dated "2022-06" is upcoming until the end
of June 2022), *past* after. The month filter keeps events dated to the day
or the month that touch that month; an event known only by its year is
listed under its year, never under a month it may not be in.
"""

from __future__ import annotations

import calendar as monthly
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from intercluster.db.events_models import Debrief, ParticipationPlan
from intercluster.db.models import Entity
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import (
    country_name,
    is_digits,
    normalize_name,
    normalize_sectors,
)
from intercluster.domain.vocabulary import EntityType, EventFormat, Predicate, RelationStatus
from intercluster.errors import Conflict, InvalidInput
from intercluster.schemas import EntityCreate, EntityUpdate, validate
from intercluster.services.entities import create_entity, update_entity
from intercluster.services.events_programme.calendar_files import (
    EventRow,
    ParsedCalendar,
    Problem,
    date_range,
    parse_calendar_file,
)
from intercluster.services.events_programme.regions import parse_region, region_of

When = Literal["upcoming", "past", "all"]
WHEN_CHOICES = ("upcoming", "past", "all")


@dataclass
class CalendarFilter:
    when: str = "all"
    region: str | None = None
    sector: str | None = None
    format: str | None = None
    month: str | None = None  # YYYY-MM
    year: int | None = None
    q: str | None = None


@dataclass
class CalendarEntry:
    id: int
    key: str
    name: str
    start_date: str | None
    end_date: str | None
    city: str | None
    country: str | None
    country_name: str | None
    world_region: str | None
    format: str | None
    attendance: int | None
    sectors: list[str]
    status: str  # upcoming, past, undated
    role: str | None = None  # the home cluster's role there, when it went
    decision: str | None = None  # its plan's decision
    debriefed: bool = False

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}.get(len(self.start_date or ""), "none")

    def covers(self) -> tuple[date, date] | None:
        return date_range(self.start_date, self.end_date) if self.start_date else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key, "name": self.name, "start_date": self.start_date,
            "end_date": self.end_date, "city": self.city, "country": self.country,
            "country_name": self.country_name, "world_region": self.world_region,
            "format": self.format, "attendance": self.attendance, "sectors": self.sectors,
            "status": self.status, "role": self.role, "decision": self.decision,
            "debriefed": self.debriefed,
        }  # fmt: skip


def check_filter(flt: CalendarFilter) -> tuple[frozenset[str] | None, tuple[date, date] | None]:
    """Refuse a bad filter with its field named; the countries and month it stands for."""
    if flt.when not in WHEN_CHOICES:
        raise InvalidInput(
            f"when: {flt.when!r} is not one of {', '.join(WHEN_CHOICES)}", field="when"
        )
    countries = parse_region(flt.region)[1] if flt.region else None
    if flt.sector:
        normalize_sectors([flt.sector], field="sector")
    if flt.format and flt.format not in {f.value for f in EventFormat}:
        choices = ", ".join(f.value for f in EventFormat)
        raise InvalidInput(f"format: {flt.format!r} is not one of {choices}", field="format")
    month = None
    if flt.month:
        text = flt.month.strip()
        parts = text.split("-")
        if len(parts) != 2 or not all(is_digits(p) for p in parts) or not 1 <= int(parts[1]) <= 12:
            raise InvalidInput(f"month: {flt.month!r} is not a month (YYYY-MM)", field="month")
        month = date_range(f"{int(parts[0]):04d}-{int(parts[1]):02d}", None)
    return countries, month


def _status(covers: tuple[date, date] | None, today: date) -> str:
    if covers is None:
        return "undated"
    return "past" if covers[1] < today else "upcoming"


def calendar_entries(
    uow: UnitOfWork,
    *,
    flt: CalendarFilter,
    home: Entity | None = None,
    today: date | None = None,
) -> list[CalendarEntry]:
    """Events matching the filter, soonest first (undated ones last)."""
    today = today or date.today()
    countries, month = check_filter(flt)
    events = uow.session.scalars(
        select(Entity)
        .where(Entity.type == EntityType.EVENT.value, Entity.review_status != "rejected")
        .options(selectinload(Entity.sectors))
    ).all()
    roles: dict[int, str | None] = {}
    decisions: dict[int, str] = {}
    debriefed: set[int] = set()
    if home is not None:
        for relation in uow.relations.all(
            RelationFilter(
                predicate=Predicate.PARTICIPATED_IN.value,
                subject_id=home.id,
                status=RelationStatus.CONFIRMED.value,
            )
        ):
            roles[relation.object_id] = (relation.attributes or {}).get("role") or "attendee"
        for plan in uow.session.scalars(
            select(ParticipationPlan).where(ParticipationPlan.organisation_id == home.id)
        ):
            decisions[plan.event_id] = plan.decision
        debriefed = set(
            uow.session.scalars(select(Debrief.event_id).where(Debrief.organisation_id == home.id))
        )
    words = normalize_name(flt.q).split() if flt.q else []
    result = []
    for event in events:
        entry = CalendarEntry(
            id=event.id, key=event.key, name=event.name, start_date=event.start_date,
            end_date=event.end_date, city=event.city, country=event.country,
            country_name=country_name(event.country), world_region=region_of(event.country),
            format=event.format, attendance=event.attendance, sectors=event.sector_names,
            status="undated", role=roles.get(event.id), decision=decisions.get(event.id),
            debriefed=event.id in debriefed,
        )  # fmt: skip
        covers = entry.covers()
        entry.status = _status(covers, today)
        if flt.when != "all" and entry.status != flt.when:
            continue
        if countries is not None and event.country not in countries:
            continue
        if flt.sector and flt.sector not in entry.sectors:
            continue
        if flt.format and event.format != flt.format:
            continue
        if flt.year is not None and (
            covers is None or not covers[0].year <= flt.year <= covers[1].year
        ):
            continue
        if month is not None and (
            covers is None
            or entry.precision == "year"
            or covers[1] < month[0]
            or covers[0] > month[1]
        ):
            continue
        if words and not all(w in event.name_norm for w in words):
            continue
        result.append(entry)
    result.sort(key=lambda e: (e.start_date is None, e.start_date or "", e.name))
    return result


# ---------------------------------------------------------------- month view


@dataclass
class Day:
    day: date | None  # None: a blank cell before the 1st or after the last day
    events: list[CalendarEntry] = field(default_factory=list)
    today: bool = False


@dataclass
class MonthView:
    month: str  # YYYY-MM
    weeks: list[list[Day]]
    whole_month: list[CalendarEntry]  # dated to the month only
    previous: str
    next: str


def month_view(entries: list[CalendarEntry], month: str, *, today: date | None = None) -> MonthView:
    """A Monday-first grid of the month; events dated to the day on each of their days."""
    today = today or date.today()
    year, number = (int(p) for p in month.split("-"))
    grid = monthly.Calendar(firstweekday=0).monthdatescalendar(year, number)
    weeks: list[list[Day]] = []
    whole: list[CalendarEntry] = []
    for entry in entries:
        first, last = (entry.start_date or "")[:7], (entry.end_date or entry.start_date or "")[:7]
        if entry.precision == "month" and first <= month <= last:
            whole.append(entry)
    for week in grid:
        row = []
        for day in week:
            if day.month != number:
                row.append(Day(None))
                continue
            events = [
                e for e in entries
                if e.precision == "day" and (c := e.covers()) is not None and c[0] <= day <= c[1]
            ]  # fmt: skip
            row.append(Day(day, events, day == today))
        weeks.append(row)
    previous = f"{year - 1}-12" if number == 1 else f"{year}-{number - 1:02d}"
    following = f"{year + 1}-01" if number == 12 else f"{year}-{number + 1:02d}"
    return MonthView(month, weeks, whole, previous, following)


def by_country(entries: list[CalendarEntry]) -> dict[str, list[CalendarEntry]]:
    """The entries with a country, grouped by it, for the map."""
    grouped: dict[str, list[CalendarEntry]] = {}
    for entry in entries:
        if entry.country:
            grouped.setdefault(entry.country, []).append(entry)
    return grouped


# ---------------------------------------------------------------- import


@dataclass
class CalendarImport:
    file: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.file}: {len(self.created)} events added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} already in the registry, {len(self.problems)} entries "
            "skipped or noted"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "problems": [{"line": p.line, "message": p.message} for p in self.problems],
            "summary": self.summary(),
        }


def _existing(uow: UnitOfWork, row: EventRow) -> Entity | None:
    matches = uow.entities.find_by_name(row.name, [EntityType.EVENT.value])
    return matches[0] if matches else None


def _differences(event: Entity, values: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, value in values.items():
        if name in ("name", "aliases"):
            continue
        current = event.sector_names if name == "sectors" else getattr(event, name)
        if current != value:
            changes[name] = value
    return changes


def import_calendar(
    uow: UnitOfWork, *, name: str, data: bytes | str, update: bool = False
) -> CalendarImport:
    """Add the file's events; bad entries are skipped and reported with their lines.

    An event already in the registry (same name) is left as it is, and the
    differences are reported, unless `update` asks to take the file's values.
    """
    parsed: ParsedCalendar = parse_calendar_file(name, data)
    report = CalendarImport(file=name, problems=list(parsed.problems))
    for row in parsed.rows:
        values = row.fields()
        existing = _existing(uow, row)
        try:
            if existing is None:
                where = f"line {row.line}"
                fields = validate(EntityCreate, {**values, "type": "event"}, where=where)
                entity = create_entity(uow, data=fields)
                report.created.append(entity.key)
                continue
            changes = _differences(existing, values)
            if not changes:
                report.unchanged.append(existing.key)
            elif update:
                update_entity(
                    uow, entity_id=existing.id,
                    data=validate(EntityUpdate, changes, where=f"line {row.line}"),
                )  # fmt: skip
                report.updated.append(existing.key)
            else:
                shown = ", ".join(
                    f"{k} {getattr(existing, k, None)!r} -> {v!r}"
                    for k, v in changes.items()
                    if k != "sectors"
                )
                report.unchanged.append(existing.key)
                report.problems.append(
                    Problem(
                        row.line,
                        f"{row.name!r} is already in the registry ({existing.key}) and the "
                        f"file differs ({shown or 'sectors'}); kept as it is (update to take "
                        "the file's)",
                    )
                )
        except (InvalidInput, Conflict) as exc:
            message = exc.message.removeprefix(f"line {row.line}: ")
            report.problems.append(Problem(row.line, f"{message}; skipped"))
    report.problems.sort(key=lambda p: p.line)
    return report
