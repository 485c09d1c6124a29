"""Normalisation of the values people type: names, countries, dates, sectors.

Each function either returns the canonical form or raises `InvalidInput`
naming the field, so every entry point (API, CLI, import) rejects bad values
with the same words.
"""

from __future__ import annotations

import re
from datetime import date

import pycountry
from rapidfuzz import process, utils
from unidecode import unidecode

from intercluster.domain.vocabulary import SECTORS
from intercluster.errors import InvalidInput

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def is_digits(text: str) -> bool:
    """Whether `text` is a whole number written in ASCII digits, as ids and counts are.

    `str.isdigit` alone says yes to "²" or "①", which `int` then refuses.
    """
    return text.isascii() and text.isdigit()


def normalize_name(text: str) -> str:
    """Search form of a name: ASCII, lower case, punctuation folded to single spaces.

    "Tartù Biocluster" and "tartu-biocluster" both become "tartu biocluster".
    """
    return _NON_ALNUM.sub(" ", unidecode(text).casefold()).strip()


def slugify(text: str) -> str:
    return normalize_name(text).replace(" ", "-")[:80] or "entity"


# Names people use that pycountry does not know as such.
_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "united states": "US",
    "america": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "czech republic": "CZ",
    "holland": "NL",
    "the netherlands": "NL",
    "taiwan": "TW",
    "vietnam": "VN",
    "iran": "IR",
    "turkey": "TR",
}


def normalize_country(value: str | None, *, field: str = "country") -> str | None:
    """ISO 3166-1 alpha-2 code from a code (alpha-2/alpha-3) or an English name."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    key = normalize_name(text)
    if key in _COUNTRY_ALIASES:
        return _COUNTRY_ALIASES[key]
    country = None
    if len(text) == 2:
        country = pycountry.countries.get(alpha_2=text.upper())
    elif len(text) == 3:
        country = pycountry.countries.get(alpha_3=text.upper())
    if country is None and len(text) > 3:
        try:
            country = pycountry.countries.lookup(text)
        except LookupError:
            country = None
    if country is None:
        raise InvalidInput(
            f"{field}: {value!r} is not an ISO 3166-1 country code or country name",
            field=field,
        )
    return str(country.alpha_2)


def country_name(code: str | None) -> str | None:
    if code is None:
        return None
    country = pycountry.countries.get(alpha_2=code)
    return str(country.name) if country else code


_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def normalize_date(value: str | int | date | None, *, field: str = "date") -> str | None:
    """An ISO 8601 date at year, month or day precision: "2021", "2021-06", "2021-06-14"."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return None
    match = _PARTIAL_DATE.match(text)
    if match is None:
        raise InvalidInput(
            f"{field}: {value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)", field=field
        )
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise InvalidInput(f"{field}: {value!r} is not a valid date ({exc})", field=field) from exc
    return text


def year_of(iso_date: str | None) -> int | None:
    return int(iso_date[:4]) if iso_date else None


def closest(word: str, choices: list[str] | tuple[str, ...], *, limit: int = 3) -> list[str]:
    """The known words nearest to a misspelt one, for "did you mean" messages."""
    if not choices:
        return []
    found = process.extract(
        word, list(choices), limit=limit, score_cutoff=60, processor=utils.default_process
    )
    return [str(match[0]) for match in found]


def did_you_mean(word: str, choices: list[str] | tuple[str, ...]) -> str:
    near = closest(word, choices)
    return f" (did you mean {', '.join(repr(n) for n in near)}?)" if near else ""


def normalize_choice(
    value: str, choices: list[str] | tuple[str, ...], *, field: str, what: str
) -> str:
    text = value.strip()
    if text in choices:
        return text
    folded = text.casefold().replace(" ", "_")
    for choice in choices:
        if choice.casefold() == folded or choice.casefold() == folded.replace("_", "-"):
            return choice
    raise InvalidInput(
        f"{field}: unknown {what} {value!r}{did_you_mean(text, choices)}; "
        f"expected one of: {', '.join(choices)}",
        field=field,
    )


def normalize_sectors(values: list[str] | None, *, field: str = "sectors") -> list[str]:
    if not values:
        return []
    result: list[str] = []
    for value in values:
        sector = normalize_choice(value.replace("_", "-"), SECTORS, field=field, what="sector")
        if sector not in result:
            result.append(sector)
    return sorted(result)
