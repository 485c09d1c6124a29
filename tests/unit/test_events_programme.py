"""The events programme without a database: money, scoring, calendar files, form lines, regions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from intercluster.errors import InvalidInput
from intercluster.services.events_programme import currency, lines, scoring
from intercluster.services.events_programme.calendar import CalendarEntry, month_view
from intercluster.services.events_programme.calendar_files import (
    date_range,
    edition_name,
    overlaps,
    parse_calendar_file,
    parse_csv,
    parse_ics,
)
from intercluster.services.events_programme.regions import parse_region, region_of

# ---------------------------------------------------------------- currency


def test_conversion_through_the_stated_table() -> None:
    assert currency.RATES.date == "2021-12-31"
    assert currency.convert(113_26, "USD") == Decimal("100.00")  # 113.26 USD at 1.1326
    assert currency.convert(10_000, "EUR") == Decimal("100.00")
    assert currency.convert(240_000, "USD") == Decimal("2119.02")
    assert currency.convert(100_00, "EUR", to="USD") == Decimal("113.26")
    # Cross rates go through the euro: 100 GBP -> EUR -> USD.
    assert currency.convert(100_00, "GBP", to="USD") == Decimal("134.79")
    assert currency.convert(13_038, "jpy") == Decimal("1.00")


def test_sums_in_several_currencies() -> None:
    items = [currency.Money(240_000, "USD"), currency.Money(300_000, "EUR")]
    assert currency.total_in(items) == Decimal("5119.02")
    assert currency.total_in([]) == Decimal("0.00")
    assert str(currency.Money(1_234_567, "EUR")) == "12,345.67 EUR"


@pytest.mark.parametrize(
    ("text", "cents"),
    [("12000", 1_200_000), ("12 000", 1_200_000), ("12,000.50", 1_200_050), ("1200,5", 120_050),
     ("0", 0), ("99.99", 9_999), (1500, 150_000)],
)  # fmt: skip
def test_amounts_are_read_as_cents(text: str | int, cents: int) -> None:
    assert currency.parse_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "message"),
    [("-5", "positive"), ("ten", "is not an amount"), ("1.005", "two decimals"),
     ("inf", "positive")],
)  # fmt: skip
def test_bad_amounts_say_why(text: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        currency.parse_amount(text, field="costs.2.amount")


def test_unknown_currency_names_the_table_and_its_codes() -> None:
    with pytest.raises(InvalidInput) as caught:
        currency.normalize_currency("XBT", field="costs.1.currency")
    assert caught.value.field == "costs.1.currency"
    assert "rate table of 2021-12-31" in caught.value.message and "USD" in caught.value.message
    assert currency.normalize_currency("€") == "EUR"
    assert currency.normalize_currency(" usd ") == "USD"


# ---------------------------------------------------------------- scoring


def test_outcome_totals_points_and_cost_per_outcome() -> None:
    outcomes = scoring.Outcomes(meetings=30, leads=2, partnerships=1, projects=1, joined=1)
    assert outcomes.total() == 35
    assert outcomes.points() == 30 + 6 + 5 + 8 + 10
    assert (outcomes + scoring.Outcomes(meetings=1)).meetings == 31
    assert scoring.cost_per(Decimal("16850.00"), 32) == Decimal("526.56")
    assert scoring.cost_per(Decimal("100"), 0) is None
    assert scoring.cost_per(None, 3) is None
    assert scoring.points_per_thousand(30, Decimal("16850")) == Decimal("1.78")


def test_ranking_gives_reasons_and_a_stable_order() -> None:
    def edition(year: int, **counts: int) -> scoring.PastEdition:
        return scoring.PastEdition(year, True, scoring.Outcomes(**counts), Decimal("5000"))

    strong = scoring.Candidate(
        "BIO-Europe Spring 2022", "bes-2022", "2022-03-28", "2022-03-31", "DE",
        history=[edition(2021, meetings=30)], shared_sectors=["biotech"],
        partners_going=["Medicen"], priority_country="Germany", priority_year=2021,
    )  # fmt: skip
    empty = scoring.Candidate("Ohio meeting 2022", None, None, None, "US", history=[edition(2021)])
    fresh = scoring.Candidate("BioFIT 2022", "biofit-2022", "2022-11-29", None, "FR")
    ranked = scoring.rank([empty, fresh, strong], home="Genopole")
    assert [p.candidate.name for p in ranked] == [
        "BIO-Europe Spring 2022", "BioFIT 2022", "Ohio meeting 2022",
    ]  # fmt: skip
    best = ranked[0]
    codes = {r.code: r for r in best.reasons}
    assert codes["history"].points == 30
    assert codes["efficiency"].points == 10  # 6 points per 1,000 EUR, capped at 10
    assert codes["efficiency"].values["cost"] == "166.67"
    assert codes["sectors"].points == 3 and codes["partners"].points == 2
    assert codes["priority_country"].points == 4
    assert best.score == 49 and best.advice == "attend"
    assert "30 meetings" in codes["history"].text()
    last = ranked[-1]
    assert {r.code for r in last.reasons} >= {"nothing_came", "not_in_calendar"}
    assert last.score == -5 and last.advice == "low"
    assert ranked[1].reasons[-1].code == "new_event"


# ---------------------------------------------------------------- calendar files

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:1
SUMMARY:BIO International
  Convention
DTSTART;VALUE=DATE:20220613
DTEND;VALUE=DATE:20220617
LOCATION:San Diego\\, USA
CATEGORIES:biotech,pharma,hybrid
URL:https://convention.bio.org
END:VEVENT
BEGIN:VEVENT
SUMMARY:Broken date
DTSTART:2022-13-45
END:VEVENT
BEGIN:VEVENT
SUMMARY:Bad line
this is not a content line
DTSTART;VALUE=DATE:20220101
END:VEVENT
BEGIN:VEVENT
SUMMARY:Backwards
DTSTART;VALUE=DATE:20220310
DTEND;VALUE=DATE:20220301
END:VEVENT
BEGIN:VEVENT
SUMMARY:BIO-Europe Spring 2022
DTSTART;TZID=Europe/Berlin:20220328T090000
DTEND;TZID=Europe/Berlin:20220331T180000
LOCATION:Online
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
END:VALARM
END:VEVENT
BEGIN:VEVENT
SUMMARY:BIO International Convention 2022
DTSTART;VALUE=DATE:20220614
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20220614
END:VEVENT
BEGIN:VEVENT
SUMMARY:Called off
STATUS:CANCELLED
DTSTART;VALUE=DATE:20220614
END:VEVENT
BEGIN:VEVENT
SUMMARY:Unclosed
DTSTART;VALUE=DATE:20220614
END:VCALENDAR
"""


def test_ics_keeps_good_events_and_reports_bad_ones_by_line() -> None:
    parsed = parse_ics(ICS.encode())
    assert [r.name for r in parsed.rows] == [
        "BIO International Convention 2022", "BIO-Europe Spring 2022",
    ]  # fmt: skip
    bio, spring = parsed.rows
    assert (bio.line, bio.start_date, bio.end_date) == (4, "2022-06-13", "2022-06-16")
    assert (bio.city, bio.country, bio.format) == ("San Diego", "US", "hybrid")
    assert bio.sectors == ["biotech", "pharma"] and bio.website == "https://convention.bio.org"
    assert (spring.start_date, spring.end_date, spring.format) == (
        "2022-03-28", "2022-03-31", "virtual",
    )  # fmt: skip
    problems = [(p.line, p.message) for p in parsed.problems]
    assert [line for line, _ in problems] == [16, 20, 26, 38, 42, 45, 50]
    text = "\n".join(str(p) for p in parsed.problems)
    assert "line 16: DTSTART '2022-13-45' is not a date" in text
    assert "line 20: 'this is not a content line' is not an iCalendar content line" in text
    assert "starting on line 18 is skipped" in text
    assert "line 26: DTEND 2022-03-01 is before DTSTART 2022-03-10" in text
    assert "line 38: 'BIO International Convention 2022' (2022-06-14) overlaps the entry" in text
    assert "same name on line 4" in text
    assert "line 42: event without a SUMMARY" in text
    assert "line 45: 'Called off' is cancelled" in text
    assert "line 50: event not closed by END:VEVENT" in text


def test_ics_that_is_no_calendar_is_refused_whole() -> None:
    with pytest.raises(InvalidInput, match="no BEGIN:VCALENDAR"):
        parse_ics("SUMMARY:x\n")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        parse_ics(b"BEGIN:VCALENDAR\n\xff\xfe")
    with pytest.raises(InvalidInput, match=r"iCalendar \(.ics\) or CSV"):
        parse_calendar_file("events.xlsx", b"PK\x03\x04")


CSV = """name,start_date,end_date,city,country,format,sectors,attendance,colour
BIO-Europe,2022-10-24,2022-10-26,Leipzig,Germany,in_person,biotech;pharma,"5,000",blue
Bad day,2022-02-30,,,,,,,
Backwards,2022-05-10,2022-05-01,,,,,,
Mars,2022-05-10,,,Mars,,,,
"Quoted, name",2022-05,,,FR,virtual,nutrition,,
BIO-Europe 2022,2022-10-25,,,,,,,
No format,2022-06-01,,,,floating,,,
Sector,2022-06-01,,,,,astrology,,
Crowd,2022-06-01,,,,,,many,
,2022-06-01,,,,,,,
Too many,2022-06-01,,,,,,,,extra,cells
"""


def test_csv_skips_bad_rows_with_their_line_and_reason() -> None:
    parsed = parse_csv(CSV)
    assert [(r.line, r.name) for r in parsed.rows] == [
        (2, "BIO-Europe 2022"), (6, "Quoted, name 2022"),
    ]  # fmt: skip
    first = parsed.rows[0]
    assert (first.country, first.attendance, first.sectors) == ("DE", 5000, ["biotech", "pharma"])
    messages = {p.line: p.message for p in parsed.problems}
    assert "'colour'" in messages[1] and "ignored" in messages[1]
    assert "start_date: '2022-02-30' is not a valid date" in messages[3]
    assert "end_date: 2022-05-01 is before the start 2022-05-10" in messages[4]
    assert "country: 'Mars'" in messages[5]
    assert "overlaps the entry of the same name on line 2" in messages[7]
    assert "format: 'floating'" in messages[8]
    assert "sectors: 'astrology'" in messages[9]
    assert "attendance: 'many'" in messages[10]
    assert "name: empty" in messages[11]
    assert "cells for 9 columns" in messages[12]
    assert all(m.endswith(("skipped", "ignored")) for m in messages.values())


def test_csv_without_the_needed_columns_is_refused() -> None:
    with pytest.raises(InvalidInput, match="no start_date column"):
        parse_csv("name,city\nBIO,San Diego\n")
    with pytest.raises(InvalidInput, match="empty"):
        parse_csv("")


def test_semicolon_csv_and_same_name_other_dates() -> None:
    parsed = parse_csv("name;start_date\nMeet in Italy;2021-09\nMeet in Italy 2021;2021-03-01\n")
    assert [r.name for r in parsed.rows] == ["Meet in Italy 2021"]
    assert "other dates" in parsed.problems[0].message and parsed.problems[0].line == 3


def test_dates_and_editions() -> None:
    assert date_range("2021", None) == (date(2021, 1, 1), date(2021, 12, 31))
    assert date_range("2024-02", None) == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_range("2021-12", "2022-01-03") == (date(2021, 12, 1), date(2022, 1, 3))
    assert overlaps(("2021-06", None), ("2021-06-14", "2021-06-17"))
    assert not overlaps(("2021-06-01", "2021-06-02"), ("2021-06-03", None))
    assert edition_name("BIO  International Convention", "2022-06-13") == (
        "BIO International Convention 2022"
    )
    assert edition_name("BIO 2022", "2023-01-01") == "BIO 2022"


# ---------------------------------------------------------------- form lines and regions


def test_lines_parse_each_list_and_name_the_bad_line() -> None:
    assert lines.parse_text("costs", "actual; travel; 1200.50; USD; flights\n\n") == [
        {"kind": "actual", "category": "travel", "amount": "1200.50", "currency": "USD",
         "note": "flights"},
    ]  # fmt: skip
    assert lines.parse_text("targets", "Seppic; 1; key account; for Example SAS") == [
        {"organisation": "Seppic", "priority": 1, "reason": "key account",
         "for_company": "Example SAS"},
    ]  # fmt: skip
    assert lines.parse_text("agenda", "2022-06-13; 09:00-10:00; Briefing") == [
        {"day": "2022-06-13", "start": "09:00", "end": "10:00", "title": "Briefing",
         "place": None},
    ]  # fmt: skip
    assert lines.parse_text("co_exhibitors", "Medicen\nBusiness France") == [
        "Medicen", "Business France",
    ]  # fmt: skip
    with pytest.raises(InvalidInput, match=r"^targets: line 2: priority 'urgent'") as caught:
        lines.parse_text("targets", "BioM\nSeppic; urgent")
    assert caught.value.field == "targets"
    with pytest.raises(InvalidInput, match=r"costs: line 1: 'spent' is neither budget nor actual"):
        lines.parse_text("costs", "spent; travel; 10; EUR")
    with pytest.raises(InvalidInput, match=r"follow_ups: line 1: expected ACTION; OWNER"):
        lines.parse_text("follow_ups", "Call them; Laurent")


def test_lines_round_trip_through_the_form() -> None:
    items = [
        {"organisation": "Seppic", "priority": 3, "reason": None, "for_company": "Example SAS"},
        {"organisation": "BioM", "priority": 2, "reason": "joint call", "for_company": None},
    ]
    text = lines.format_items("targets", items)
    assert text == "Seppic; 3; ; for Example SAS\nBioM; 2; joint call"
    assert lines.parse_text("targets", text) == [
        {"organisation": "Seppic", "priority": 3, "for_company": "Example SAS"},
        {"organisation": "BioM", "priority": 2, "reason": "joint call"},
    ]


def test_world_regions() -> None:
    assert region_of("DE") == "europe" and region_of("US") == "north-america"
    assert region_of("JP") == "asia" and region_of(None) is None
    name, codes = parse_region("North America")
    assert name == "north-america" and {"US", "CA", "MX"} <= codes
    assert parse_region("Germany") == ("DE", frozenset({"DE"}))
    with pytest.raises(InvalidInput, match="neither a world region"):
        parse_region("Atlantis")


def test_month_view_places_events_on_their_days() -> None:
    def entry(key: str, start: str, end: str | None = None) -> CalendarEntry:
        return CalendarEntry(
            id=1, key=key, name=key, start_date=start, end_date=end, city=None, country=None,
            country_name=None, world_region=None, format=None, attendance=None, sectors=[],
            status="upcoming",
        )  # fmt: skip

    view = month_view(
        [entry("bio", "2022-06-13", "2022-06-16"), entry("june", "2022-06"), entry("y", "2022")],
        "2022-06",
        today=date(2022, 6, 14),
    )
    days = {cell.day: cell for week in view.weeks for cell in week if cell.day}
    assert len(days) == 30 and view.weeks[0][0].day is None  # June 2022 starts on a Wednesday
    assert [e.key for e in days[date(2022, 6, 13)].events] == ["bio"]
    assert days[date(2022, 6, 16)].events and not days[date(2022, 6, 17)].events
    assert days[date(2022, 6, 14)].today
    assert [e.key for e in view.whole_month] == ["june"]
    assert (view.previous, view.next) == ("2022-05", "2022-07")
