"""World regions of the calendar's region filter, from ISO 3166-1 country codes.

The filter's six slugs (`europe`, `north-america`, ...) are the continents of
`domain.regions`, the project's one vocabulary of regions: UN M49, with the
Americas split into North America (with Central America and the Caribbean)
and South America, which is how event calendars are usually cut. The filter
also takes that vocabulary's groupings ("Eastern Europe", "Nordics", "DACH")
and single countries.
"""

from __future__ import annotations

from intercluster.domain import regions as world
from intercluster.domain.normalize import did_you_mean, normalize_country
from intercluster.errors import InterclusterError, InvalidInput

_CONTINENT_OF_SLUG: dict[str, str] = {
    "europe": world.EUROPE,
    "north-america": "North America",
    "south-america": "South America",
    "asia": "Asia",
    "africa": "Africa",
    "oceania": "Oceania",
}
_CODES: dict[str, frozenset[str]] = {
    slug: world.GROUPINGS[continent] for slug, continent in _CONTINENT_OF_SLUG.items()
}
REGIONS: tuple[str, ...] = tuple(_CODES)
REGION_OF: dict[str, str] = {code: region for region, codes in _CODES.items() for code in codes}


def region_of(country: str | None) -> str | None:
    return REGION_OF.get(country or "")


def parse_region(value: str, *, field: str = "region") -> tuple[str, frozenset[str]]:
    """A world region ('europe', 'North America'), a grouping ('Nordics') or a country."""
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    if text in _CODES:
        return text, _CODES[text]
    try:
        code = normalize_country(value, field=field)
    except InterclusterError:
        code = None
    if code:
        return code, frozenset({code})
    grouping = world.find_grouping(value)
    if grouping is not None:
        return grouping, world.GROUPINGS[grouping]
    raise InvalidInput(
        f"{field}: {value!r} is neither a world region ({', '.join(REGIONS)}) nor a country"
        f"{did_you_mean(text, [*REGIONS, *world.GROUPINGS])}",
        field=field,
    )
