"""Dates in report prose, resolved against the document's year.

"held virtually in June" in a 2021 report is 2021-06; "in October" 2021-10;
"Year 2021" 2021; "on 14 June 2022" 2022-06-14; "June 14, 2022" the same;
"the September Meet in Italy event" 2021-09. Relative dates are resolved
against the date the document gives itself (its dateline, "Hamburg, 14 March
2023"), else its year: "last October" in a text dated March 2023 is 2022-10,
"next May" 2023-05, "last year" 2022.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from intercluster.ingest.lexicon import MONTHS

_MONTH_NAMES = "|".join(
    sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
)
_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_DATE = re.compile(
    rf"""
    (?P<dmy>\b(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES})\b\.?(?:,?\s+(?P<y1>{_YEAR}))?)
  | (?P<mdy>\b(?P<m2>{_MONTH_NAMES})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>{_YEAR}))?)
  | (?P<my>\b(?P<m3>{_MONTH_NAMES})\b(?:,?\s+(?:of\s+)?(?P<y3>{_YEAR}))?)
  | (?P<iso>\b(?P<y4>{_YEAR})-(?P<m4>[01]\d)(?:-(?P<d4>[0-3]\d))?\b)
  | (?P<y>\b(?P<y5>{_YEAR})\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)
# "May" is a month only where a date is plausible, not the verb ("may be").
_MAY_VERB = re.compile(r"\bmay\s+(?:be|have|also|not|well|help|lead|need)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO 8601 at year, month or day precision
    explicit_year: bool


def document_year(text: str, name: str = "") -> int | None:
    """The year a report is about: the year its text names most (the latest on a tie)."""
    years = Counter(int(y) for y in re.findall(rf"\b({_YEAR})\b", text))
    if not years:
        found = re.search(rf"({_YEAR})", name)
        return int(found.group(1)) if found else None
    top = max(years.values())
    return max(year for year, count in years.items() if count == top)


_RELATIVE_YEAR = re.compile(r"\b(last|next|this|past|previous|coming)\s+year\b", re.IGNORECASE)
_RELATIVE_MONTH = re.compile(rf"\b(last|next|this|past|coming)\s+({_MONTH_NAMES})\b", re.IGNORECASE)
_FULL_DATE = re.compile(
    rf"\b(?:[0-3]?\d\s+({_MONTH_NAMES})\s+({_YEAR})|({_MONTH_NAMES})\s+[0-3]?\d,?\s+({_YEAR}))\b",
    re.IGNORECASE,
)


def document_date(text: str) -> tuple[int, int] | None:
    """(year, month) of the document's dateline: a full date that opens a line near the
    top, maybe after a place ("Hamburg, 14 March 2023 —", "*Innsbruck, 9 September 2022*")."""
    match = None
    for line in re.finditer(r"[^\n]+", text[:600]):
        found = _FULL_DATE.search(line.group())
        if found is not None and re.fullmatch(
            r"[\W_]*(?:[^\W\d_][\w .’'/-]{0,40},\s*(?:[A-Z]{2,3},\s*)?)?",
            line.group()[: found.start()],
        ):
            match = found
            break
    if match is None:
        return None
    month = match.group(1) or match.group(3)
    return int(match.group(2) or match.group(4)), MONTHS[month.casefold()]


def _relative(
    text: str, start: int, end: int, year: int | None, reference: tuple[int, int] | None
) -> list[DateMention]:
    found: list[DateMention] = []
    base = reference[0] if reference else year
    if base is None:
        return found
    for match in _RELATIVE_YEAR.finditer(text, start, end):
        shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(
            match.group(1).casefold(), 0
        )
        found.append(DateMention(match.start(), match.end(), str(base + shift), False))
    for match in _RELATIVE_MONTH.finditer(text, start, end):
        month = MONTHS[match.group(2).casefold()]
        word = match.group(1).casefold()
        value = base
        if reference is not None and word in ("last", "past") and month >= reference[1]:
            value = base - 1  # "last October" written in March 2023: October 2022
        elif reference is not None and word in ("next", "coming") and month <= reference[1]:
            value = base + 1
        found.append(DateMention(match.start(), match.end(), f"{value}-{month:02d}", False))
    return found


def find_dates(
    text: str,
    start: int,
    end: int,
    year: int | None,
    reference: tuple[int, int] | None = None,
) -> list[DateMention]:
    """Every date between start and end, resolved against the document year (and, for
    "last October" or "next year", against the document's own date when it has one)."""
    relative = _relative(text, start, end, year, reference)
    found: list[DateMention] = list(relative)
    for match in _DATE.finditer(text, start, end):
        if any(r.start <= match.start() < r.end for r in relative):
            continue
        groups = match.groupdict()
        if (
            match.group("my")
            and groups["m3"].casefold() == "may"
            and not groups["y3"]
            and (_MAY_VERB.match(text, match.start()) or text[match.start()].islower())
        ):
            continue
        if groups["y5"]:
            found.append(DateMention(match.start(), match.end(), groups["y5"], True))
            continue
        if groups["iso"]:
            parts = [groups["y4"], groups["m4"], groups["d4"]]
            value = "-".join(p for p in parts if p)
            found.append(DateMention(match.start(), match.end(), value, True))
            continue
        month_word = groups["m1"] or groups["m2"] or groups["m3"]
        if month_word[0].islower() and month_word.casefold() == "march":
            continue  # "march" in lower case is the verb
        day = groups["d1"] or groups["d2"]
        explicit = groups["y1"] or groups["y2"] or groups["y3"]
        year_text = explicit or (str(year) if year else None)
        if year_text is None:
            continue
        month = MONTHS[month_word.casefold()]
        value = f"{year_text}-{month:02d}"
        if day and 1 <= int(day) <= 31:
            value += f"-{int(day):02d}"
        found.append(DateMention(match.start(), match.end(), value, bool(explicit)))
    return found


def best_date(dates: list[DateMention]) -> str | None:
    """The most precise date of a sentence (a month beats a bare year)."""
    if not dates:
        return None
    return max(dates, key=lambda d: (len(d.value), -d.start)).value
