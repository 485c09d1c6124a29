"""Where organisations are: ISO 3166-1 countries grouped into world regions and continents.

The regions are the UN M49 sub-regions, with one change: Cyprus, an EU member,
counts as Southern Europe rather than Western Asia, so that "European" means what a
European cluster means by it. Continents use the seven-continent model (the Americas
split into North America, with Central America and the Caribbean, and South America).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

EUROPE = "Europe"

_CONTINENT_REGIONS: dict[str, tuple[str, ...]] = {
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

_REGION_COUNTRIES: dict[str, str] = {
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

REGION_OF: dict[str, str] = {
    code: region for region, codes in _REGION_COUNTRIES.items() for code in codes.split()
}
CONTINENT_OF_REGION: dict[str, str] = {
    region: continent for continent, regions in _CONTINENT_REGIONS.items() for region in regions
}
CONTINENTS: tuple[str, ...] = tuple(_CONTINENT_REGIONS)


def region_of(country: str | None) -> str | None:
    """The world region of an ISO alpha-2 code ("Eastern Europe"), None when unknown."""
    return REGION_OF.get(country.upper()) if country else None


def continent_of(country: str | None) -> str | None:
    region = region_of(country)
    return CONTINENT_OF_REGION[region] if region else None


def is_european(country: str | None) -> bool:
    return continent_of(country) == EUROPE


@dataclass
class Spread:
    """How far a set of organisations reaches: countries, regions, continents."""

    countries: dict[str, int] = field(default_factory=dict)  # ISO code -> organisations
    regions: dict[str, int] = field(default_factory=dict)
    continents: dict[str, int] = field(default_factory=dict)
    european: int = 0
    extra_european: int = 0
    no_country: int = 0

    @property
    def extra_european_countries(self) -> list[str]:
        return sorted(c for c in self.countries if not is_european(c))


def spread(countries: Iterable[str | None]) -> Spread:
    """Counts by country, region and continent of one country code per organisation."""
    codes = list(countries)
    by_country = Counter(c for c in codes if c)
    result = Spread(
        countries=dict(sorted(by_country.items())),
        regions=dict(sorted(Counter(r for c in codes if (r := region_of(c))).items())),
        continents=dict(sorted(Counter(k for c in codes if (k := continent_of(c))).items())),
        no_country=sum(1 for c in codes if not c),
    )
    result.european = sum(n for c, n in by_country.items() if is_european(c))
    result.extra_european = sum(n for c, n in by_country.items() if not is_european(c))
    return result
