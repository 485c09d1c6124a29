"""World regions of the calendar's region filter, from ISO 3166-1 country codes.

Continents as the UN geoscheme draws them (M49), with the Americas split
into North America (with Central America and the Caribbean) and South
America, which is how event calendars are usually cut. The Middle East is
part of Asia, Turkey and Russia of Europe, as in M49's regional groupings
that event organisers use.
"""

from __future__ import annotations

from intercluster.domain.normalize import did_you_mean, normalize_country
from intercluster.errors import InterclusterError, InvalidInput

_CODES: dict[str, str] = {
    "europe": (
        "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT "
        "JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM TR UA VA XK"
    ),
    "north-america": (
        "AG AI AW BB BL BM BQ BS BZ CA CR CU CW DM DO GD GL GP GT HN HT JM KN KY LC MF MQ MS "
        "MX NI PA PM PR SV SX TC TT US VC VG VI"
    ),
    "south-america": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    "asia": (
        "AE AF AM AZ BD BH BN BT CN GE HK ID IL IN IQ IR JO JP KG KH KP KR KW KZ LA LB LK MM "
        "MN MO MV MY NP OM PH PK PS QA SA SG SY TH TJ TL TM TW UZ VN YE"
    ),
    "africa": (
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS LY "
        "MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG YT ZA "
        "ZM ZW"
    ),
    "oceania": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV VU WF WS",
}
REGIONS: tuple[str, ...] = tuple(_CODES)
REGION_OF: dict[str, str] = {
    code: region for region, codes in _CODES.items() for code in codes.split()
}


def region_of(country: str | None) -> str | None:
    return REGION_OF.get(country or "")


def parse_region(value: str, *, field: str = "region") -> tuple[str, frozenset[str]]:
    """A world region ('europe', 'North America') or a country: its name and its countries."""
    text = value.strip().lower().replace("_", "-").replace(" ", "-")
    if text in _CODES:
        return text, frozenset(_CODES[text].split())
    try:
        code = normalize_country(value, field=field)
    except InterclusterError:
        code = None
    if code:
        return code, frozenset({code})
    raise InvalidInput(
        f"{field}: {value!r} is neither a world region ({', '.join(REGIONS)}) nor a country"
        f"{did_you_mean(text, list(REGIONS))}",
        field=field,
    )
