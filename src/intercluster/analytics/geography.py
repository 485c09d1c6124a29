"""Where organisations are: counts by country, world region and continent.

The regions are the UN M49 sub-regions and the continents of `domain.regions`
(Cyprus counts as Southern Europe; the Americas split into North and South America).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

# One vocabulary of regions for the whole project: domain/regions.py.
from intercluster.domain.regions import (
    CONTINENT_OF_SUBREGION as CONTINENT_OF_REGION,
)
from intercluster.domain.regions import (
    CONTINENTS,
    EUROPE,
    continent_of,
    is_european,
)
from intercluster.domain.regions import SUBREGION_OF as REGION_OF
from intercluster.domain.regions import subregion_of as region_of

__all__ = [
    "CONTINENTS",
    "CONTINENT_OF_REGION",
    "EUROPE",
    "REGION_OF",
    "Spread",
    "continent_of",
    "is_european",
    "region_of",
    "spread",
]


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
