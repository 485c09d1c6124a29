"""One vocabulary of world regions: UN M49 sub-regions, continents and the groupings people use.

Every country (ISO 3166-1 alpha-2) belongs to exactly one **sub-region**, the
UN M49 sub-regions with one change: Cyprus, an EU member, counts as Southern
Europe rather than Western Asia, so that "European" means what a European
cluster means by it. Sub-regions make up seven **continents** (the Americas
split into North America, with Central America and the Caribbean, and South
America).

**Groupings** are the overlapping sets people name when they say where they
want to go: "Eastern Europe", "the Nordics", "DACH", "North America",
"Asia-Pacific", "the EU". They are built from sub-regions and country codes.
Where a grouping and an M49 sub-region share a name, the grouping is the
common usage and a superset of the sub-region: "Eastern Europe" is Central
and Eastern Europe (the OECD's CEECs, with the Baltic states and Slovenia,
plus Belarus, Moldova, Russia, Ukraine and the Western Balkans), because
that is what a biotech cluster means by it (the seed calls Lithuania,
Estonia and Slovenia "Eastern European nations"); "Western Europe" adds the
United Kingdom and Ireland. `subregion_of` always answers with the M49
partition, so counts by sub-region still add up.
"""

from __future__ import annotations

from dataclasses import dataclass

from intercluster.domain.normalize import (
    closest,
    country_name,
    normalize_country,
    normalize_name,
)
from intercluster.errors import InterclusterError, InvalidInput

EUROPE = "Europe"

_CONTINENT_SUBREGIONS: dict[str, tuple[str, ...]] = {
    "Africa": (
        "Northern Africa",
        "Eastern Africa",
        "Middle Africa",
        "Southern Africa",
        "Western Africa",
    ),
    "North America": ("Northern America", "Central America", "Caribbean"),
    "South America": ("South America",),
    "Antarctica": ("Antarctica",),
    "Asia": (
        "Central Asia",
        "Eastern Asia",
        "South-eastern Asia",
        "Southern Asia",
        "Western Asia",
    ),
    EUROPE: ("Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"),
    "Oceania": ("Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"),
}

_SUBREGION_COUNTRIES: dict[str, str] = {
    "Northern Africa": "DZ EG LY MA SD TN EH",
    "Eastern Africa": "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW",
    "Middle Africa": "AO CM CF TD CG CD GQ GA ST",
    "Southern Africa": "BW SZ LS NA ZA",
    "Western Africa": "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Caribbean": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX "
    "TT TC VI",
    "Central America": "BZ CR SV GT HN MX NI PA",
    "South America": "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE",
    "Northern America": "BM CA GL PM US",
    "Antarctica": "AQ",
    "Central Asia": "KZ KG TJ TM UZ",
    "Eastern Asia": "CN HK MO KP JP MN KR TW",
    "South-eastern Asia": "BN KH ID LA MY MM PH SG TH TL VN",
    "Southern Asia": "AF BD BT IN IR MV NP PK LK",
    "Western Asia": "AM AZ BH GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "Eastern Europe": "BY BG CZ HU PL MD RO RU SK UA",
    "Northern Europe": "AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB",
    "Southern Europe": "AL AD BA HR CY GI GR VA IT MT ME MK PT SM RS SI ES XK",
    "Western Europe": "AT BE FR DE LI LU MC NL CH",
    "Australia and New Zealand": "AU CX CC HM NZ NF",
    "Melanesia": "FJ NC PG SB VU",
    "Micronesia": "GU KI MH FM NR MP PW UM",
    "Polynesia": "AS CK PF NU PN WS TK TO TV WF",
}

SUBREGION_OF: dict[str, str] = {
    code: region for region, codes in _SUBREGION_COUNTRIES.items() for code in codes.split()
}
CONTINENT_OF_SUBREGION: dict[str, str] = {
    region: continent for continent, regions in _CONTINENT_SUBREGIONS.items() for region in regions
}
CONTINENTS: tuple[str, ...] = tuple(_CONTINENT_SUBREGIONS)
SUBREGIONS: tuple[str, ...] = tuple(_SUBREGION_COUNTRIES)


def _codes(*parts: str) -> frozenset[str]:
    """Countries from sub-region or continent names and space-separated country codes."""
    result: set[str] = set()
    for part in parts:
        if part in _CONTINENT_SUBREGIONS:
            for region in _CONTINENT_SUBREGIONS[part]:
                result.update(_SUBREGION_COUNTRIES[region].split())
        elif part in _SUBREGION_COUNTRIES:
            result.update(_SUBREGION_COUNTRIES[part].split())
        else:
            result.update(part.split())
    return frozenset(result)


_EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
_MIDDLE_EAST = "BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE"

# The groupings, in the order lists show them: continents, then common groupings, then the
# M49 sub-regions whose names no grouping took.
GROUPINGS: dict[str, frozenset[str]] = {
    **{continent: _codes(continent) for continent in CONTINENTS},
    "Americas": _codes("North America", "South America"),
    "Eastern Europe": _codes(
        "Eastern Europe", "EE LV LT SI HR AL BA ME MK RS XK"
    ),
    "Western Europe": _codes("Western Europe", "GB IE"),
    "Northern Europe": _codes("Northern Europe"),
    "Southern Europe": _codes("Southern Europe"),
    "Central Europe": _codes("AT CH CZ DE HU LI PL SK SI"),
    "Nordics": _codes("DK FI IS NO SE FO GL AX"),
    "Scandinavia": _codes("DK NO SE"),
    "Baltics": _codes("EE LV LT"),
    "Benelux": _codes("BE NL LU"),
    "DACH": _codes("DE AT CH"),
    "Iberia": _codes("ES PT"),
    "British Isles": _codes("GB IE IM JE GG"),
    "Western Balkans": _codes("AL BA ME MK RS XK"),
    "EU": _codes(_EU),
    "Northern America": _codes("Northern America"),
    "Latin America": _codes("Central America", "Caribbean", "South America"),
    "Central America": _codes("Central America"),
    "Caribbean": _codes("Caribbean"),
    "Asia-Pacific": _codes(
        "Eastern Asia", "South-eastern Asia", "Southern Asia", "Oceania"
    ),
    "East Asia": _codes("Eastern Asia"),
    "Southeast Asia": _codes("South-eastern Asia"),
    "South Asia": _codes("Southern Asia"),
    "Central Asia": _codes("Central Asia"),
    "Middle East": _codes(_MIDDLE_EAST),
    "MENA": _codes(_MIDDLE_EAST, "Northern Africa"),
    "Sub-Saharan Africa": _codes(
        "Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa", "SD"
    ),
    "Gulf States": _codes("AE BH KW OM QA SA"),
    **{
        region: _codes(region)
        for region in SUBREGIONS
        if region not in CONTINENTS
        and region
        not in (
            "Eastern Europe", "Western Europe", "Northern Europe", "Southern Europe",
            "Northern America", "Central America", "Caribbean", "Central Asia", "South America",
            "Eastern Asia", "South-eastern Asia", "Southern Asia",
        )
    },
}  # fmt: skip

# Other ways people write the groupings (compared in normalised form: case, accents and
# punctuation folded).
_ALIASES: dict[str, str] = {
    "cee": "Eastern Europe",
    "central and eastern europe": "Eastern Europe",
    "eastern european countries": "Eastern Europe",
    "nordic countries": "Nordics",
    "nordic": "Nordics",
    "nordic region": "Nordics",
    "baltic states": "Baltics",
    "baltic": "Baltics",
    "european union": "EU",
    "eu27": "EU",
    "eu 27": "EU",
    "north american": "North America",
    "latam": "Latin America",
    "latin america and the caribbean": "Latin America",
    "apac": "Asia-Pacific",
    "asia pacific": "Asia-Pacific",
    "east asia": "East Asia",
    "eastern asia": "East Asia",
    "far east": "East Asia",
    "south east asia": "Southeast Asia",
    "south eastern asia": "Southeast Asia",
    "asean": "Southeast Asia",
    "southern asia": "South Asia",
    "middle east and north africa": "MENA",
    "near east": "Middle East",
    "gcc": "Gulf States",
    "gulf": "Gulf States",
    "the americas": "Americas",
    "balkans": "Western Balkans",
    "d a ch": "DACH",
    "germany austria switzerland": "DACH",
    "iberian peninsula": "Iberia",
    "uk and ireland": "British Isles",
}
_BY_NORM: dict[str, str] = {
    **{normalize_name(name): name for name in GROUPINGS},
    **_ALIASES,
}


@dataclass(frozen=True)
class Region:
    """A place someone names: a grouping (its countries) or one country."""

    name: str  # "Eastern Europe", or the country's name
    countries: frozenset[str]
    country: str | None = None  # the ISO code when the region is one country

    def contains(self, code: str | None) -> bool:
        return code is not None and code.upper() in self.countries


def subregion_of(country: str | None) -> str | None:
    """The M49 sub-region of an ISO alpha-2 code ("Northern Europe"), None when unknown."""
    return SUBREGION_OF.get(country.upper()) if country else None


def continent_of(country: str | None) -> str | None:
    region = subregion_of(country)
    return CONTINENT_OF_SUBREGION[region] if region else None


def is_european(country: str | None) -> bool:
    return continent_of(country) == EUROPE


def groupings_of(country: str | None) -> list[str]:
    """Every grouping a country belongs to, in GROUPINGS' order."""
    if not country:
        return []
    code = country.upper()
    return [name for name, codes in GROUPINGS.items() if code in codes]


def find_grouping(text: str) -> str | None:
    """The grouping a text names ("eastern europe", "CEE", "Nordic countries"), or None."""
    key = normalize_name(text)
    if key.startswith("the "):
        key = key[4:]
    return _BY_NORM.get(key)


def known_region_names() -> dict[str, str]:
    """{name people may type: the name to suggest}: groupings, their aliases, countries."""
    import pycountry

    names = {name: name for name in GROUPINGS}
    names.update({alias: canonical for alias, canonical in _ALIASES.items()})
    names.update({str(c.name): str(c.name) for c in pycountry.countries})
    return names


def suggest_regions(text: str) -> list[str]:
    """The closest grouping or country names to a misspelt region, best first."""
    known = known_region_names()
    found: list[str] = []
    for near in closest(text, list(known), limit=6):
        if known[near] not in found:
            found.append(known[near])
    return found[:3]


def parse_region(value: str, *, field: str = "region") -> Region:
    """A grouping ("Eastern Europe", "Nordics", "APAC") or a country ("US", "Japan")."""
    text = value.strip()
    if not text:
        raise InvalidInput(f"{field}: empty region", field=field)
    grouping = find_grouping(text)
    if grouping is not None:
        return Region(grouping, GROUPINGS[grouping])
    try:
        code = normalize_country(text, field=field)
    except InterclusterError:
        code = None
    if code:
        return Region(country_name(code) or code, frozenset({code}), country=code)
    near = suggest_regions(text)
    hint = f" (did you mean {', '.join(repr(n) for n in near)}?)" if near else ""
    raise InvalidInput(
        f"{field}: unknown region {text!r}{hint}; give a country or a grouping such as "
        "Eastern Europe, Nordics, DACH, North America, Asia-Pacific, EU",
        field=field,
    )
