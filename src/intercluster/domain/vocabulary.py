"""The words of the domain, exactly as `shared/design/DOMAIN.md` defines them.

Entity types, predicates with the types they may join, the attributes each
predicate accepts, statuses and formats. Everything else in the project
validates against these tables, so a new word is added here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    CLUSTER = "cluster"
    COMPANY = "company"
    UNIVERSITY = "university"
    RESEARCH_ORG = "research_org"
    NETWORK = "network"
    PUBLIC_BODY = "public_body"
    PROGRAMME = "programme"
    EVENT = "event"
    PROJECT = "project"
    PERSON = "person"
    PLACE = "place"


ORGANISATION_TYPES: frozenset[EntityType] = frozenset(
    {
        EntityType.CLUSTER,
        EntityType.COMPANY,
        EntityType.UNIVERSITY,
        EntityType.RESEARCH_ORG,
        EntityType.NETWORK,
        EntityType.PUBLIC_BODY,
        EntityType.PROGRAMME,
    }
)


class EntityKind(StrEnum):
    """The families the API and the CLI list separately."""

    ORGANISATION = "organisation"
    PERSON = "person"
    EVENT = "event"
    PROJECT = "project"
    PLACE = "place"


KIND_TYPES: dict[EntityKind, frozenset[EntityType]] = {
    EntityKind.ORGANISATION: ORGANISATION_TYPES,
    EntityKind.PERSON: frozenset({EntityType.PERSON}),
    EntityKind.EVENT: frozenset({EntityType.EVENT}),
    EntityKind.PROJECT: frozenset({EntityType.PROJECT}),
    EntityKind.PLACE: frozenset({EntityType.PLACE}),
}


def kind_of(entity_type: EntityType) -> EntityKind:
    for kind, types in KIND_TYPES.items():
        if entity_type in types:
            return kind
    raise ValueError(entity_type)  # unreachable: every type has a kind


class RelationStatus(StrEnum):
    PROPOSED = "proposed"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class EventFormat(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


class ProjectStatus(StrEnum):
    IDEA = "idea"
    SUBMITTED = "submitted"
    FUNDED = "funded"
    REJECTED = "rejected"
    RUNNING = "running"
    CLOSED = "closed"


class Predicate(StrEnum):
    PARTNER_OF = "partner_of"
    MEMBER_OF = "member_of"
    PARTICIPATED_IN = "participated_in"
    ORGANIZED = "organized"
    MET_WITH = "met_with"
    CONSORTIUM_MEMBER_OF = "consortium_member_of"
    LEADS = "leads"
    FUNDED_BY = "funded_by"
    LOCATED_IN = "located_in"
    WORKS_FOR = "works_for"


@dataclass(frozen=True)
class AttributeRule:
    """One attribute a predicate accepts: free text, a date, a number or a closed list."""

    kind: str  # "text" | "date" | "int" | "number" | "choice" | "entity"
    choices: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class PredicateRule:
    subjects: frozenset[EntityType]
    objects: frozenset[EntityType]
    symmetric: bool = False
    attributes: dict[str, AttributeRule] = field(default_factory=dict)
    description: str = ""


_ORG = ORGANISATION_TYPES
_ORG_OR_PERSON = ORGANISATION_TYPES | {EntityType.PERSON}
_NOTE = AttributeRule("text", description="a short free-text remark")

MEMBER_ROLES = ("member", "associated_partner", "executive_committee", "board")
PARTICIPATION_ROLES = ("attendee", "exhibitor", "sponsor", "organizer", "speaker")
CONSORTIUM_ROLES = ("coordinator", "partner")
PARTNERSHIP_KINDS = (
    "alliance",
    "mou",
    "co-promotion",
    "university-network",
    "cooperation",
    "joint-project",
)

PREDICATES: dict[Predicate, PredicateRule] = {
    Predicate.PARTNER_OF: PredicateRule(
        subjects=_ORG,
        objects=_ORG,
        symmetric=True,
        attributes={
            "since": AttributeRule("date", description="when the partnership was created"),
            "kind": AttributeRule("choice", PARTNERSHIP_KINDS),
            "strength": AttributeRule("number", description="0 to 1, how strong the tie is"),
            "note": _NOTE,
        },
        description="a partnership between two organisations",
    ),
    Predicate.MEMBER_OF: PredicateRule(
        subjects=_ORG,
        objects=frozenset({EntityType.NETWORK, EntityType.CLUSTER}),
        attributes={
            "role": AttributeRule("choice", MEMBER_ROLES),
            "since": AttributeRule("date"),
            "note": _NOTE,
        },
        description="membership of a network or cluster, with a role",
    ),
    Predicate.PARTICIPATED_IN: PredicateRule(
        subjects=_ORG_OR_PERSON,
        objects=frozenset({EntityType.EVENT}),
        attributes={
            "role": AttributeRule("choice", PARTICIPATION_ROLES),
            "level": AttributeRule("text", description="sponsor level, e.g. Gold"),
            "meetings": AttributeRule("int", description="one-to-one meetings held there"),
            "companies": AttributeRule("int", description="member companies brought along"),
            "note": _NOTE,
        },
        description="presence at an event, with a role",
    ),
    Predicate.ORGANIZED: PredicateRule(
        subjects=_ORG,
        objects=frozenset({EntityType.EVENT}),
        attributes={"note": _NOTE},
    ),
    Predicate.MET_WITH: PredicateRule(
        subjects=_ORG,
        objects=_ORG,
        symmetric=True,
        attributes={
            "event": AttributeRule("entity", description="the event where they met"),
            "outcome": AttributeRule("text"),
            "note": _NOTE,
        },
        description="a meeting between two organisations, often at an event",
    ),
    Predicate.CONSORTIUM_MEMBER_OF: PredicateRule(
        subjects=_ORG,
        objects=frozenset({EntityType.PROJECT}),
        attributes={
            "role": AttributeRule("choice", CONSORTIUM_ROLES),
            "status": AttributeRule("choice", tuple(s.value for s in ProjectStatus)),
            "note": _NOTE,
        },
        description="membership of a project consortium or proposal",
    ),
    Predicate.LEADS: PredicateRule(
        subjects=_ORG_OR_PERSON,
        objects=frozenset({EntityType.PROJECT, EntityType.NETWORK}),
        attributes={"note": _NOTE},
    ),
    Predicate.FUNDED_BY: PredicateRule(
        subjects=frozenset({EntityType.PROJECT, EntityType.NETWORK}),
        objects=_ORG,
        attributes={"note": _NOTE},
    ),
    Predicate.LOCATED_IN: PredicateRule(
        subjects=_ORG | {EntityType.EVENT},
        objects=frozenset({EntityType.PLACE}),
        attributes={"note": _NOTE},
    ),
    Predicate.WORKS_FOR: PredicateRule(
        subjects=frozenset({EntityType.PERSON}),
        objects=_ORG,
        attributes={"title": AttributeRule("text"), "since": AttributeRule("date")},
    ),
}

# Curated sector tags: entities are tagged with these words only, so that
# filters and recommendations compare like with like.
SECTORS: tuple[str, ...] = (
    "agri-food",
    "ai",
    "biomanufacturing",
    "bioproduction",
    "biotech",
    "biotherapies",
    "cell-therapy",
    "computational-genomics",
    "cosmetics",
    "diagnostics",
    "digital-health",
    "entrepreneurship",
    "gene-therapy",
    "genomics",
    "green-biotech",
    "health",
    "higher-education",
    "industrial-biotech",
    "medtech",
    "nutrition",
    "pharma",
    "rare-diseases",
    "synthetic-biology",
    "training",
)
