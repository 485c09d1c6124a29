"""A world map as SVG, from the Natural Earth 1:110m countries shipped with the package.

The shapes come from the npm package world-atlas (TopoJSON, vendored under
web/static/vendor/world-atlas). Drawing happens here, server-side, so the
map needs no JavaScript, no tiles and no network: a page or a report embeds
the SVG as it is. Countries are keyed by ISO 3166-1 alpha-2 code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any

import pycountry

TOPOJSON = Path(__file__).resolve().parents[1] / "web/static/vendor/world-atlas/countries-110m.json"
WIDTH, HEIGHT = 960.0, 470.0
# Antarctica takes a sixth of an equirectangular map and holds no partner.
LAT_MIN, LAT_MAX = -58.0, 84.0
# Sequential palette, light to dark (colour-blind safe), for counts above zero.
PALETTE = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
EMPTY = "#e6e6e6"

Point = tuple[float, float]


@dataclass(frozen=True)
class Country:
    code: str  # ISO alpha-2
    name: str
    rings: tuple[tuple[Point, ...], ...]  # longitude/latitude rings

    def centroid(self) -> Point:
        """Centre of the largest ring: where a label or a marker goes."""
        ring = max(self.rings, key=len)
        return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))


def _decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    scale_x, scale_y = topology["transform"]["scale"]
    shift_x, shift_y = topology["transform"]["translate"]
    arcs: list[list[Point]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy in arc:  # quantised positions are delta-encoded
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[Point]], indices: list[int]) -> tuple[Point, ...]:
    points: list[Point] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return tuple(points)


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    topology = json.loads(TOPOJSON.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    result: dict[str, Country] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        record = pycountry.countries.get(numeric=numeric) if numeric else None
        if record is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        if record.alpha_2 == "AQ":
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = tuple(_ring(arcs, ring) for polygon in polygons for ring in polygon)
        result[str(record.alpha_2)] = Country(str(record.alpha_2), str(record.name), rings)
    return result


def project(lon: float, lat: float) -> Point:
    """Equirectangular projection onto the map's pixel frame."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (LAT_MAX - max(LAT_MIN, min(LAT_MAX, lat))) / (LAT_MAX - LAT_MIN) * HEIGHT
    return (round(x, 1), round(y, 1))


def _path(country: Country) -> str:
    parts = []
    for ring in country.rings:
        if len(ring) < 3:
            continue
        # A ring that crosses the antimeridian (Russia, Fiji) is unwrapped so it stays one
        # shape; the part past the map's edge is simply cut off by the view box.
        commands = []
        previous: float | None = None
        for lon, lat in ring:
            if previous is not None:
                while lon - previous > 180.0:
                    lon -= 360.0
                while lon - previous < -180.0:
                    lon += 360.0
            x, y = project(lon, lat)
            commands.append(f"{'M' if previous is None else 'L'}{x:g},{y:g}")
            previous = lon
        parts.append("".join(commands) + "Z")
    return "".join(parts)


def colour_for(count: int, highest: int) -> str:
    if count <= 0 or highest <= 0:
        return EMPTY
    # Logarithmic buckets: one partner and fifty must both be visible.
    share = math.log1p(count) / math.log1p(highest)
    return PALETTE[min(len(PALETTE) - 1, int(share * len(PALETTE) - 1e-9))]


def world_svg(
    counts: Mapping[str, int],
    *,
    link: Callable[[str], str] | None = None,
    label: Callable[[str, str, int], str] | None = None,
    title: str = "World map",
) -> str:
    """An SVG map shading each country by its count; countries with a count link somewhere.

    `link(code)` gives the URL of a country with partners; `label(code, name,
    count)` its tooltip text.
    """
    highest = max(counts.values(), default=0)
    shapes = []
    for code, country in sorted(countries().items()):
        count = counts.get(code, 0)
        text = label(code, country.name, count) if label else f"{country.name}: {count}"
        path = (
            f'<path d="{_path(country)}" fill="{colour_for(count, highest)}" '
            f'stroke="#ffffff" stroke-width="0.5" data-country="{code}" data-count="{count}">'
            f"<title>{escape(text)}</title></path>"
        )
        if count and link is not None:
            path = f'<a href="{escape(link(code))}" aria-label="{escape(text)}">{path}</a>'
        shapes.append(path)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
        f'role="img" aria-label="{escape(title)}" class="world-map">'
        f"<title>{escape(title)}</title>{''.join(shapes)}</svg>"
    )
