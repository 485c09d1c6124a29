"""Small helpers that turn figures and names into English sentences."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def join(names: Iterable[str], *, conjunction: str = "and") -> str:
    """ "A", "A and B", "A, B and C"."""
    items = [n for n in names if n]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """ "no events", "1 event", "5 events", "2 countries"."""
    if count == 1:
        return f"{count} {singular}"
    if plural_form is None:
        plural_form = singular[:-1] + "ies" if singular.endswith("y") else singular + "s"
    return f"{count or 'no'} {plural_form}"


def number_word(count: int) -> str:
    words = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    return words[count] if 0 <= count < len(words) else str(count)


def when(iso_date: str | None) -> str:
    """ "2021" -> "2021", "2021-06" -> "June 2021", "2021-06-14" -> "14 June 2021"."""
    if not iso_date:
        return ""
    parts = iso_date.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def versus(value: int, previous: int | None, previous_year: int) -> str:
    """How a figure compares with last year's: " (against 3 in 2020)", or nothing when the
    registry holds no records of that year (the report says so once)."""
    if previous is None:
        return ""
    if previous == value:
        return f" (as many as in {previous_year})"
    return f" (against {previous} in {previous_year})"


def change(value: int, previous: int | None) -> str:
    if previous is None:
        return "—"
    delta = value - previous
    return f"{delta:+d}" if delta else "="


def id_ranges(ids: Sequence[int]) -> str:
    """ "1–4, 8, 10–12": record ids compacted into runs."""
    values = sorted(set(ids))
    runs: list[str] = []
    start = previous = None
    for value in [*values, None]:
        if value is not None and previous is not None and value == previous + 1:
            previous = value
            continue
        if start is not None:
            runs.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = value
    return ", ".join(runs)
