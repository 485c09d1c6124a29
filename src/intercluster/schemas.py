"""Pydantic schemas shared by the services and every entry point.

Families follow one pattern: `XCreate` (input), `XUpdate` (partial input),
`XPublic` (output), and `Page[X]` for lists as `{data, count}`. Validators
reuse the domain's normalisers so a bad country reads the same everywhere.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Annotated, Any, Generic, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    WithJsonSchema,
)

from intercluster.domain import normalize as norm
from intercluster.domain.rules import parse_entity_type, parse_predicate, parse_status
from intercluster.domain.vocabulary import EventFormat, ProjectStatus
from intercluster.errors import InterclusterError, InvalidInput

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)

# A reference to an entity: its numeric id, its key, or (in the CLI and
# imports) its name or an alias.
EntityRef = int | str


def _checked(func: Any, **kwargs: Any) -> AfterValidator:
    """A domain normaliser as a pydantic validator (pydantic reports only ValueError).

    Answers for plain values are remembered: a bulk import checks the same dates,
    predicates and countries a million times.
    """

    @lru_cache(maxsize=4096)
    def remembered(value: str | int | None) -> Any:
        return func(value, **kwargs)

    def run(value: Any) -> Any:
        try:
            if value is None or type(value) in (str, int):
                return remembered(value)
            return func(value, **kwargs)
        except InterclusterError as exc:
            raise ValueError(exc.message) from exc

    return AfterValidator(run)


CountryCode = Annotated[
    str | None,
    _checked(norm.normalize_country),
    Field(description="ISO 3166-1 alpha-2 code (a name or alpha-3 code is converted)"),
]


def _utc_iso(value: datetime) -> str:
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()


# Timestamps are stored as naive UTC; in JSON they carry their offset, so they are the
# RFC 3339 date-times the OpenAPI document announces ("2021-06-14T09:30:00+00:00").
UtcDateTime = Annotated[
    datetime,
    PlainSerializer(_utc_iso, return_type=str, when_used="json"),
    WithJsonSchema({"type": "string", "format": "date-time"}, mode="serialization"),
]
IsoDate = Annotated[
    str | None,
    _checked(norm.normalize_date),
    Field(description="ISO 8601 date at year, month or day precision: 2021, 2021-06, 2021-06-14"),
]
SectorTags = Annotated[
    list[str], _checked(norm.normalize_sectors), Field(description="Tags from the curated list")
]
EntityTypeName = Annotated[
    str,
    _checked(lambda v: parse_entity_type(v).value),
    Field(
        description="cluster, company, university, research_org, network, public_body, "
        "programme, event, project, person or place"
    ),
]
PredicateName = Annotated[str, _checked(lambda v: parse_predicate(v).value)]
StatusName = Annotated[
    str,
    _checked(lambda v: parse_status(v).value),
    Field(description="proposed, confirmed, rejected"),
]
Key = Annotated[
    str,
    Field(
        max_length=120,
        pattern=r"^[a-z0-9][a-z0-9._:-]*$",
        description="Stable identifier; made from the name when omitted",
    ),
]
Name = Annotated[str, Field(min_length=1, max_length=300)]


def _unique_aliases(value: list[str]) -> list[str]:
    cleaned: list[str] = []
    for alias in value:
        alias = alias.strip()
        if alias and alias not in cleaned:
            cleaned.append(alias)
    return cleaned


Aliases = Annotated[list[str], AfterValidator(_unique_aliases), Field(description="Other names")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class EntityFields(Strict):
    """Fields every entity has."""

    name: Name
    key: Key | None = None
    aliases: Aliases = Field(default_factory=list)
    country: CountryCode = None
    region: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=200)
    website: str | None = Field(default=None, max_length=500)
    description: str | None = Field(default=None, max_length=20000)
    sectors: SectorTags = Field(default_factory=list)


class EventFields(Strict):
    start_date: IsoDate = None
    end_date: IsoDate = None
    format: EventFormat | None = None
    attendance: int | None = Field(default=None, ge=0)


class ProjectFields(Strict):
    status: ProjectStatus | None = None
    programme: str | None = Field(default=None, max_length=200)


class EntityCreate(EntityFields, EventFields, ProjectFields):
    """Any entity; the kind-specific schemas below are what the API shows."""

    type: EntityTypeName
    review_status: StatusName = "confirmed"


class OrganisationCreate(EntityFields):
    type: EntityTypeName


class PersonCreate(EntityFields):
    pass


class EventCreate(EntityFields, EventFields):
    pass


class ProjectCreate(EntityFields, ProjectFields):
    pass


class PlaceCreate(EntityFields):
    pass


class EntityUpdate(Strict):
    """Partial update: only the fields given change. `version` guards against lost updates."""

    name: Name | None = None
    type: EntityTypeName | None = None
    aliases: Aliases | None = None
    country: CountryCode = None
    region: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=200)
    website: str | None = Field(default=None, max_length=500)
    description: str | None = Field(default=None, max_length=20000)
    sectors: SectorTags | None = None
    start_date: IsoDate = None
    end_date: IsoDate = None
    format: EventFormat | None = None
    attendance: int | None = Field(default=None, ge=0)
    status: ProjectStatus | None = None
    programme: str | None = Field(default=None, max_length=200)
    review_status: StatusName | None = None
    version: int | None = Field(default=None, description="The version you read; 409 if stale")


class EntityPublic(BaseModel):
    id: int
    key: str
    type: str
    kind: str
    name: str
    aliases: list[str]
    country: str | None
    country_name: str | None
    region: str | None
    city: str | None
    website: str | None
    description: str | None
    sectors: list[str]
    start_date: str | None = None
    end_date: str | None = None
    format: str | None = None
    attendance: int | None = None
    status: str | None = None
    programme: str | None = None
    review_status: str = "confirmed"
    version: int
    created_at: UtcDateTime
    updated_at: UtcDateTime


class EntityBrief(BaseModel):
    id: int
    key: str
    type: str
    name: str
    country: str | None = None


class SourceCreate(Strict):
    name: str = Field(min_length=1, max_length=300)
    text: str = Field(min_length=1)
    url: str | None = Field(default=None, max_length=500)
    published: IsoDate = None


class SourceUpdate(Strict):
    name: str | None = Field(default=None, min_length=1, max_length=300)
    url: str | None = None
    published: IsoDate = None


class SourcePublic(BaseModel):
    id: int
    name: str
    sha256: str
    chars: int
    url: str | None
    published: str | None
    created_at: UtcDateTime
    text: str | None = None


class EvidenceIn(Strict):
    source_id: int
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class EvidencePublic(BaseModel):
    id: int
    source_id: int
    source_name: str
    start: int
    end: int
    text: str


class RelationCreate(Strict):
    subject: EntityRef
    predicate: PredicateName
    object: EntityRef
    date: IsoDate = None
    status: StatusName = "confirmed"
    attributes: dict[str, Any] = Field(default_factory=dict)
    confidence: float | None = Field(default=None, ge=0, le=1)
    evidence: list[EvidenceIn] = Field(default_factory=list)


class RelationUpdate(Strict):
    date: IsoDate = None
    status: StatusName | None = None
    attributes: dict[str, Any] | None = None
    confidence: float | None = Field(default=None, ge=0, le=1)
    version: int | None = Field(default=None, description="The version you read; 409 if stale")


class RelationPublic(BaseModel):
    id: int
    subject: EntityBrief
    predicate: str
    object: EntityBrief
    date: str | None
    year: int | None
    status: str
    attributes: dict[str, Any]
    event: EntityBrief | None
    confidence: float | None
    evidence: list[EvidencePublic]
    version: int


class MergeResult(BaseModel):
    survivor: EntityPublic
    merged_key: str
    relations_moved: int
    relations_combined: int
    relations_dropped: int
    aliases_added: list[str]


class Page(BaseModel, Generic[T]):
    data: list[T]
    count: int = Field(
        description="Rows matching the filters; past 10,000 a lower bound unless "
        "`exact_count=true` was asked (see `count_exact`)"
    )
    count_exact: bool = Field(
        default=True, description="False when `count` is only a lower bound (a very long list)"
    )
    next_cursor: str | None = Field(
        default=None,
        description="Pass as `after` to read the next page (keyset pagination, stable "
        "under inserts and as fast on the last page as on the first); null on the last page",
    )


def validate(model: type[M], data: Any, *, where: str = "") -> M:
    """Validate input outside FastAPI, turning the first problem into an InvalidInput.

    `where` prefixes the message ("row 4") so import errors point at the line.
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"]) or "input"
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        elif error["type"] == "missing":
            message = "required field is missing"
        prefix = f"{where}: " if where else ""
        if message.startswith(f"{field}:"):
            text = f"{prefix}{message}"
        else:
            text = f"{prefix}{field}: {message}"
        raise InvalidInput(text, field=field) from exc
