"""Relation rules from DOMAIN.md: types a predicate joins, attributes it takes."""

from __future__ import annotations

import pytest

from intercluster.domain.rules import (
    check_relation_types,
    normalize_attributes,
    parse_entity_type,
    parse_predicate,
)
from intercluster.domain.vocabulary import PREDICATES, EntityType, Predicate
from intercluster.errors import InvalidInput


def test_vocabulary_matches_domain_md() -> None:
    assert {t.value for t in EntityType} == {
        "cluster",
        "company",
        "university",
        "research_org",
        "network",
        "public_body",
        "programme",
        "event",
        "project",
        "person",
        "place",
    }
    assert {p.value for p in Predicate} == {
        "partner_of",
        "member_of",
        "participated_in",
        "organized",
        "met_with",
        "consortium_member_of",
        "leads",
        "funded_by",
        "located_in",
        "works_for",
    }
    assert PREDICATES[Predicate.PARTNER_OF].symmetric
    assert PREDICATES[Predicate.MET_WITH].symmetric
    assert not PREDICATES[Predicate.MEMBER_OF].symmetric


def test_unknown_predicate_suggests_the_closest() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_predicate("partner-of")
    assert caught.value.field == "predicate"
    assert "partner_of" in caught.value.message


def test_unknown_type_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unknown entity type 'startup'"):
        parse_entity_type("startup")


@pytest.mark.parametrize(
    ("predicate", "subject", "obj", "field"),
    [
        (Predicate.MEMBER_OF, EntityType.CLUSTER, EntityType.COMPANY, "object"),
        (Predicate.WORKS_FOR, EntityType.CLUSTER, EntityType.CLUSTER, "subject"),
        (Predicate.PARTICIPATED_IN, EntityType.CLUSTER, EntityType.PROJECT, "object"),
        (Predicate.LOCATED_IN, EntityType.PERSON, EntityType.PLACE, "subject"),
    ],
)
def test_types_outside_the_predicate_table_are_refused(
    predicate: Predicate, subject: EntityType, obj: EntityType, field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_relation_types(predicate, subject, obj)
    assert caught.value.field == field


def test_types_inside_the_table_pass() -> None:
    check_relation_types(Predicate.MEMBER_OF, EntityType.UNIVERSITY, EntityType.NETWORK)
    check_relation_types(Predicate.PARTICIPATED_IN, EntityType.PERSON, EntityType.EVENT)
    check_relation_types(Predicate.FUNDED_BY, EntityType.NETWORK, EntityType.PROGRAMME)


def test_attributes_are_normalised() -> None:
    assert normalize_attributes(
        Predicate.PARTICIPATED_IN, {"role": "Sponsor", "level": "Gold", "meetings": "30"}
    ) == {"role": "sponsor", "level": "Gold", "meetings": 30}
    assert normalize_attributes(Predicate.MEMBER_OF, {"role": "executive committee"}) == {
        "role": "executive_committee"
    }
    assert normalize_attributes(Predicate.PARTNER_OF, {"since": "2021", "kind": "MoU"}) == {
        "since": "2021",
        "kind": "mou",
    }


@pytest.mark.parametrize(
    ("predicate", "attributes", "field"),
    [
        (Predicate.PARTNER_OF, {"role": "member"}, "attributes.role"),
        (Predicate.MEMBER_OF, {"role": "chair"}, "attributes.role"),
        (Predicate.PARTNER_OF, {"since": "last year"}, "attributes.since"),
        (Predicate.PARTICIPATED_IN, {"meetings": "about thirty"}, "attributes.meetings"),
        (Predicate.PARTICIPATED_IN, {"meetings": -1}, "attributes.meetings"),
        (Predicate.PARTNER_OF, {"strength": 3}, "attributes.strength"),
    ],
)
def test_bad_attributes_name_their_field(
    predicate: Predicate, attributes: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalize_attributes(predicate, attributes)
    assert caught.value.field == field
