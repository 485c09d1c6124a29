"""Query parameters shared by the list endpoints, checked with the domain's words."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from intercluster.domain.normalize import normalize_choice, normalize_country
from intercluster.domain.rules import parse_entity_type, parse_predicate, parse_status
from intercluster.domain.vocabulary import SECTORS

Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip (ignored with `after`)")]
After = Annotated[
    str | None,
    Query(
        max_length=1000,
        description="The `next_cursor` of the previous page: keyset pagination, as fast deep "
        "in the list as at its start",
    ),
]
ExactCount = Annotated[
    bool,
    Query(description="Count every matching row even past 10,000 (slower on a large registry)"),
]
TypeParam = Annotated[list[str] | None, Query(alias="type", description="Entity type; repeatable")]
CountryParam = Annotated[str | None, Query(description="ISO 3166-1 code or country name")]
SectorParam = Annotated[str | None, Query(description="A sector tag")]
PredicateParam = Annotated[str | None, Query(description="A predicate of the vocabulary")]
YearParam = Annotated[int | None, Query(ge=1900, le=2200, description="Year of the facts")]
TextParam = Annotated[
    str | None,
    Query(
        max_length=200,
        description="Free text: every word, as a word prefix, in the name, an alias or the "
        "description (full-text index; accents and case ignored); the best matches first",
    ),
]
StatusParam = Annotated[str | None, Query(description="proposed, confirmed or rejected")]


def types_of(values: list[str] | None) -> list[str]:
    return [parse_entity_type(v).value for v in values or []]


def country_of(value: str | None) -> str | None:
    return normalize_country(value)


def sector_of(value: str | None) -> str | None:
    if not value:
        return None
    return normalize_choice(value, SECTORS, field="sector", what="sector")


def predicate_of(value: str | None) -> str | None:
    return parse_predicate(value).value if value else None


def status_of(value: str | None) -> str | None:
    return parse_status(value).value if value else None
