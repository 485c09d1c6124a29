"""Reading calendars of events: iCalendar (.ics) and CSV files, entry by entry.

A bad entry never stops the others: each is checked on its own and, when
something is wrong (no name, a date that is not one, an end before the
start, a line that is not an iCalendar content line, a second entry for the
same edition), it is skipped and reported with the line it starts on. The
file as a whole is refused only when it cannot be a calendar at all.

Events are editions (docs/data-model.md): a name without a year gets the
year it starts in ("BIO International Convention" in June 2022 becomes
"BIO International Convention 2022"), so next year's edition is a new
event, not a clash with this year's.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from intercluster.domain.normalize import (
    is_digits,
    normalize_country,
    normalize_date,
    normalize_name,
)
from intercluster.domain.vocabulary import SECTORS, EventFormat
from intercluster.errors import InterclusterError, InvalidInput

MAX_DESCRIPTION = 20000
YEAR_IN_NAME = re.compile(r"\b(19|20)\d\d\b")
VIRTUAL_WORDS = ("online", "virtual", "digital", "webinar")
FORMAT_WORDS = {
    "in_person": EventFormat.IN_PERSON,
    "in-person": EventFormat.IN_PERSON,
    "in person": EventFormat.IN_PERSON,
    "onsite": EventFormat.IN_PERSON,
    "virtual": EventFormat.VIRTUAL,
    "online": EventFormat.VIRTUAL,
    "digital": EventFormat.VIRTUAL,
    "hybrid": EventFormat.HYBRID,
}


@dataclass
class EventRow:
    """One event read from a file, with the line it starts on."""

    line: int
    name: str
    start_date: str
    end_date: str | None = None
    city: str | None = None
    country: str | None = None
    region: str | None = None
    format: str | None = None
    attendance: int | None = None
    website: str | None = None
    description: str | None = None
    sectors: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def fields(self) -> dict[str, Any]:
        """The entity fields (EventCreate) this row gives; empty ones left out."""
        values: dict[str, Any] = {
            "name": self.name,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "city": self.city,
            "country": self.country,
            "region": self.region,
            "format": self.format,
            "attendance": self.attendance,
            "website": self.website,
            "description": self.description,
            "sectors": self.sectors,
            "aliases": self.aliases,
        }
        return {k: v for k, v in values.items() if v not in (None, "", [])}


@dataclass
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ParsedCalendar:
    rows: list[EventRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# ---------------------------------------------------------------- dates


def date_range(start: str, end: str | None) -> tuple[date, date]:
    """The days a partial ISO date range covers: '2021' is the whole year, '2021-06' June."""

    def first(value: str) -> date:
        parts = [int(p) for p in value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    def last(value: str) -> date:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return date(parts[0], parts[1], parts[2])
        if len(parts) == 2:
            following = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
            return following - timedelta(days=1)
        return date(parts[0], 12, 31)

    return first(start), last(end or start)


def overlaps(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    a_start, a_end = date_range(*a)
    b_start, b_end = date_range(*b)
    return a_start <= b_end and b_start <= a_end


def edition_name(name: str, start_date: str) -> str:
    """The name of an edition: with its year, added when the name has none."""
    name = " ".join(name.split())
    return name if YEAR_IN_NAME.search(name) else f"{name} {start_date[:4]}"


def check_dates(start: str, end: str | None, *, what: str = "end_date") -> None:
    if end and date_range(end, None)[1] < date_range(start, None)[0]:
        raise InvalidInput(f"{what}: {end} is before the start {start}", field=what)


# ---------------------------------------------------------------- shared checks


def _sectors_and_format(words: list[str]) -> tuple[list[str], str | None]:
    """Known sector tags and a format among free words (iCalendar CATEGORIES, CSV cells)."""
    sectors: list[str] = []
    fmt: str | None = None
    for word in words:
        clean = word.strip().lower()
        if not clean:
            continue
        if clean in FORMAT_WORDS:
            fmt = FORMAT_WORDS[clean].value
        elif clean.replace("_", "-") in SECTORS and clean.replace("_", "-") not in sectors:
            sectors.append(clean.replace("_", "-"))
    return sorted(sectors), fmt


def _deduplicate(parsed: ParsedCalendar) -> ParsedCalendar:
    """Drop a second entry for the same edition, saying which line it repeats."""
    kept: list[EventRow] = []
    seen: dict[str, EventRow] = {}
    for row in parsed.rows:
        key = normalize_name(row.name)
        first = seen.get(key)
        if first is None:
            seen[key] = row
            kept.append(row)
            continue
        span = f"{row.start_date} to {row.end_date}" if row.end_date else row.start_date
        if overlaps((row.start_date, row.end_date), (first.start_date, first.end_date)):
            reason = (
                f"{row.name!r} ({span}) overlaps the entry of the same name on line "
                f"{first.line}: the same event twice; skipped"
            )
        else:
            reason = (
                f"{row.name!r} ({span}) has the name of the entry on line {first.line} but other "
                "dates: give each edition its own name (with its year); skipped"
            )
        parsed.problems.append(Problem(row.line, reason))
    parsed.rows = kept
    parsed.problems.sort(key=lambda p: p.line)
    return parsed


def _location(text: str) -> tuple[str | None, str | None, str | None]:
    """(city, country, format) from a LOCATION such as 'Munich, Germany' or 'Online'."""
    clean = " ".join(text.split())
    if not clean:
        return None, None, None
    if any(word in clean.lower() for word in VIRTUAL_WORDS):
        return None, None, EventFormat.VIRTUAL.value
    parts = [p.strip() for p in clean.split(",") if p.strip()]
    for candidate in (parts[-1], clean):
        try:
            country = normalize_country(candidate)
        except InterclusterError:
            continue
        city = parts[0] if len(parts) > 1 and candidate == parts[-1] else None
        return city, country, None
    return parts[0][:200], None, None


# ---------------------------------------------------------------- iCalendar


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical content lines with the physical line each starts on (RFC 5545 folding)."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and lines:
            start, previous = lines[-1]
            lines[-1] = (start, previous + raw[1:])
        elif raw.strip():
            lines.append((number, raw))
    return lines


def _as_day(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None


def _event_from_block(block: list[tuple[int, str]]) -> EventRow:
    """One VEVENT (its content lines, BEGIN to END) as a row; InvalidInput names the line."""
    from icalendar import Event
    from icalendar.parser import Contentline

    first_line = block[0][0]
    where: dict[str, int] = {}
    raw_values: dict[str, str] = {}
    for number, line in block:
        try:
            prop, _params, value = Contentline(line).parts()  # type: ignore[no-untyped-call]
        except ValueError:
            raise InvalidInput(
                f"line {number}: {line[:60]!r} is not an iCalendar content line "
                "(NAME:VALUE); the event starting on line "
                f"{first_line} is skipped"
            ) from None
        where.setdefault(str(prop).upper(), number)
        raw_values.setdefault(str(prop).upper(), str(value))
    event = Event.from_ical("\r\n".join(line for _, line in block) + "\r\n")

    def fail(prop: str, message: str) -> InvalidInput:
        line = where.get(prop, first_line)
        return InvalidInput(f"line {line}: {message}; the event is skipped")

    broken = {str(prop).upper(): text for prop, text in event.errors if prop}
    summary = str(event.get("SUMMARY", "")).strip()
    if not summary:
        raise InvalidInput(f"line {first_line}: event without a SUMMARY (its name); skipped")
    status = str(event.get("STATUS", "")).strip().upper()
    if status == "CANCELLED":
        raise InvalidInput(
            f"line {first_line}: {summary!r} is cancelled (STATUS:CANCELLED); skipped"
        )
    if "DTSTART" not in where:
        raise fail("DTSTART", f"{summary!r} has no DTSTART (its start date)")
    for prop in ("DTSTART", "DTEND", "DURATION"):
        if prop in broken:
            shown = raw_values.get(prop, "")[:40]
            raise fail(prop, f"{prop} {shown!r} is not a date (YYYYMMDD or YYYYMMDDTHHMMSS)")
    start = _as_day(event.decoded("DTSTART"))
    if start is None:
        raise fail("DTSTART", "DTSTART is not a date")
    end: date | None = None
    if "DTEND" in event:
        raw_end = event.decoded("DTEND")
        end = _as_day(raw_end)
        if end is None:
            raise fail("DTEND", "DTEND is not a date")
        # An all-day DTEND is exclusive (the day after); a timed one ending at midnight too.
        ends_at_midnight = isinstance(raw_end, datetime) and raw_end.time() == datetime.min.time()
        if (not isinstance(raw_end, datetime) or ends_at_midnight) and end > start:
            end -= timedelta(days=1)
        if end < start:
            raise fail("DTEND", f"DTEND {end.isoformat()} is before DTSTART {start.isoformat()}")
    elif "DURATION" in event:
        duration = event.decoded("DURATION")
        if isinstance(duration, timedelta) and duration.days >= 1:
            end = start + timedelta(days=duration.days - 1)
    start_text = start.isoformat()
    row = EventRow(
        line=first_line,
        name=edition_name(summary, start_text)[:300],
        start_date=start_text,
        end_date=end.isoformat() if end and end != start else None,
    )
    city, country, fmt = _location(str(event.get("LOCATION", "")))
    row.city, row.country = city, country
    raw_categories = event.get("CATEGORIES")
    items = raw_categories if isinstance(raw_categories, list) else [raw_categories]
    categories = [
        str(c) for item in items if item is not None for c in getattr(item, "cats", [item])
    ]
    row.sectors, category_format = _sectors_and_format(categories)
    row.format = category_format or fmt
    description = str(event.get("DESCRIPTION", "")).strip()
    row.description = description[:MAX_DESCRIPTION] or None
    url = str(event.get("URL", "")).strip()
    row.website = url[:500] or None
    return row


def parse_ics(data: bytes | str) -> ParsedCalendar:
    """Every VEVENT of an iCalendar file; InvalidInput only when it is no calendar at all."""
    text = _decode(data)
    lines = _unfold(text)
    if not any(line.strip().upper() == "BEGIN:VCALENDAR" for _, line in lines):
        raise InvalidInput("not an iCalendar file: there is no BEGIN:VCALENDAR line")
    parsed = ParsedCalendar()
    block: list[tuple[int, str]] | None = None
    depth = 0
    for number, line in lines:
        upper = line.strip().upper()
        if upper == "BEGIN:VEVENT":
            if block is not None:
                parsed.problems.append(
                    Problem(block[0][0], f"event not closed by END:VEVENT before line {number}; "
                            "skipped")
                )  # fmt: skip
            block, depth = [(number, line)], 0
            continue
        if block is None:
            continue
        block.append((number, line))
        if upper.startswith("BEGIN:"):
            depth += 1  # a component inside the event (VALARM)
        elif upper.startswith("END:") and depth:
            depth -= 1
        elif upper == "END:VEVENT":
            try:
                parsed.rows.append(_event_from_block(_without_subcomponents(block)))
            except InvalidInput as exc:
                parsed.problems.append(_problem(exc, block[0][0]))
            block = None
        elif upper == "END:VCALENDAR":
            parsed.problems.append(Problem(block[0][0], "event not closed by END:VEVENT; skipped"))
            block = None
    if block is not None:
        parsed.problems.append(
            Problem(block[0][0], "event not closed by END:VEVENT at the end of the file; skipped")
        )
    return _deduplicate(parsed)


def _without_subcomponents(block: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The event's own lines: alarms and other nested components left out."""
    kept: list[tuple[int, str]] = []
    depth = 0
    for index, (number, line) in enumerate(block):
        upper = line.strip().upper()
        inner = 0 < index < len(block) - 1
        if inner and upper.startswith("BEGIN:"):
            depth += 1
            continue
        if inner and upper.startswith("END:") and depth:
            depth -= 1
            continue
        if depth == 0:
            kept.append((number, line))
    return kept


def _problem(exc: InvalidInput, line: int) -> Problem:
    match = re.match(r"line (\d+): (.*)", exc.message, re.S)
    if match:
        return Problem(int(match.group(1)), match.group(2))
    return Problem(line, exc.message)


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(
            f"the file is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again"
        ) from exc


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = {
    "name": "name", "title": "name", "event": "name",
    "start_date": "start_date", "start": "start_date", "date": "start_date",
    "end_date": "end_date", "end": "end_date",
    "city": "city", "country": "country", "region": "region", "format": "format",
    "sectors": "sectors", "attendance": "attendance", "website": "website", "url": "website",
    "description": "description", "aliases": "aliases",
}  # fmt: skip


def _csv_row(line: int, cells: dict[str, str]) -> EventRow:
    def cell(name: str) -> str:
        return (cells.get(name) or "").strip()

    name = cell("name")
    if not name:
        raise InvalidInput("name: empty; every event needs a name", field="name")
    start = normalize_date(cell("start_date"), field="start_date")
    if start is None:
        raise InvalidInput("start_date: empty; every event needs a start date", field="start_date")
    end = normalize_date(cell("end_date"), field="end_date")
    check_dates(start, end)
    fmt_text = cell("format").lower()
    fmt = None
    if fmt_text:
        if fmt_text not in FORMAT_WORDS:
            choices = ", ".join(f.value for f in EventFormat)
            raise InvalidInput(f"format: {fmt_text!r} is not one of {choices}", field="format")
        fmt = FORMAT_WORDS[fmt_text].value
    sectors: list[str] = []
    for word in (w.strip() for w in cell("sectors").split(";")):
        if not word:
            continue
        tag = word.lower().replace("_", "-")
        if tag not in SECTORS:
            raise InvalidInput(
                f"sectors: {word!r} is not a sector of the curated list", field="sectors"
            )
        sectors.append(tag)
    attendance = None
    if cell("attendance"):
        text = cell("attendance").replace(",", "").replace(" ", "")
        if not is_digits(text):
            raise InvalidInput(
                f"attendance: {cell('attendance')!r} is not a whole number", field="attendance"
            )
        attendance = int(text)
    if len(cell("description")) > MAX_DESCRIPTION:
        raise InvalidInput("description: longer than 20,000 characters", field="description")
    return EventRow(
        line=line,
        name=edition_name(name, start)[:300],
        start_date=start,
        end_date=end if end != start else None,
        city=cell("city")[:200] or None,
        country=normalize_country(cell("country")) if cell("country") else None,
        region=cell("region")[:200] or None,
        format=fmt,
        attendance=attendance,
        website=cell("website")[:500] or None,
        description=cell("description") or None,
        sectors=sorted(set(sectors)),
        aliases=[a.strip() for a in cell("aliases").split(";") if a.strip()],
    )


def parse_csv(data: bytes | str) -> ParsedCalendar:
    """Events from a CSV with a header row (name and start_date at least; `;` inside cells)."""
    text = _decode(data)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput("the CSV file is empty: expected a header row") from None
    except csv.Error as exc:
        raise InvalidInput(f"line 1: not a CSV header ({exc})") from exc
    columns: list[str | None] = []
    parsed = ParsedCalendar()
    unknown = []
    for title in header:
        key = title.strip().lower().replace(" ", "_")
        columns.append(CSV_COLUMNS.get(key))
        if key and key not in CSV_COLUMNS:
            unknown.append(title.strip())
    missing = [c for c in ("name", "start_date") if c not in columns]
    if missing:
        raise InvalidInput(
            f"line 1: the header has no {' and no '.join(missing)} column; expected columns: "
            "name, start_date, end_date, city, country, region, format, sectors, attendance, "
            "website, description, aliases"
        )
    if unknown:
        parsed.problems.append(
            Problem(1, f"column(s) {', '.join(repr(u) for u in unknown)} not known; ignored")
        )
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            parsed.problems.append(Problem(line, f"not a CSV row ({exc}); skipped"))
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(columns):
            parsed.problems.append(
                Problem(line, f"{len(values)} cells for {len(columns)} columns; skipped")
            )
            continue
        cells = {col: value for col, value in zip(columns, values, strict=False) if col}
        try:
            parsed.rows.append(_csv_row(line, cells))
        except InvalidInput as exc:
            parsed.problems.append(Problem(line, f"{exc.message}; skipped"))
    return _deduplicate(parsed)


def parse_calendar_file(name: str, data: bytes | str) -> ParsedCalendar:
    """An .ics or .csv file by its name's extension (or, failing that, its first line)."""
    lower = name.lower()
    if lower.endswith((".ics", ".ical", ".ifb", ".icalendar")):
        return parse_ics(data)
    if lower.endswith((".csv", ".tsv", ".txt")):
        return parse_csv(data)
    head = _decode(data)[:200].lstrip().upper()
    if head.startswith("BEGIN:VCALENDAR"):
        return parse_ics(data)
    raise InvalidInput(
        f"{name}: expected an iCalendar (.ics) or CSV (.csv) file of events", field="file"
    )
