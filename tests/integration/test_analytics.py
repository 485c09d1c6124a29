"""Analytics and yearly indicators on the demo data: the figures of the seed document."""

from __future__ import annotations

import pytest

from intercluster.analytics.network import Period
from intercluster.db.uow import Database
from intercluster.errors import InvalidInput, NotFound
from intercluster.schemas import RelationCreate
from intercluster.services import activity, analytics
from intercluster.services.relations import create_relation


def add(
    database: Database, subject: str, predicate: str, obj: str, date: str, **attrs: object
) -> int:
    with database.uow() as uow:
        relation = create_relation(
            uow,
            data=RelationCreate(
                subject=subject, predicate=predicate, object=obj, date=date, attributes=attrs
            ),
        )
        return relation.id


def test_indicators_of_2021_with_no_records_for_2020(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        figures = analytics.indicators(uow, organisation=None, year=2021)
    assert figures.organisation == "Genopole"  # the best-connected organisation by default
    assert not figures.previous_has_records
    values = {i.key: (i.value, i.previous) for i in figures.indicators}
    assert values["partnerships_created"] == (9, None)
    assert values["partnership_countries"] == (8, None)
    assert values["ties_strengthened"] == (9, None)
    assert values["events_attended"] == (5, None)
    assert values["events_virtual"] == (1, None)
    assert values["meetings_held"] == (30, None)  # "close to 30 meetings", not 30 + 5
    assert values["network_roles"] == (3, None)
    assert values["projects_submitted"] == (2, None)
    assert values["projects_led"] == (1, None)
    assert values["universities_added"] == (4, None)
    assert values["extra_european_countries"] == (2, None)  # Japan, United States
    by_country = {r.label: r.value for r in figures.breakdown("partnerships_by_country").rows}
    assert by_country == {
        "Germany": 2,
        "Denmark": 1,
        "Estonia": 1,
        "Hungary": 1,
        "Lithuania": 1,
        "Netherlands": 1,
        "Portugal": 1,
        "Slovenia": 1,
    }
    roles = {r.label for r in figures.breakdown("network_roles").rows}
    assert roles == {"executive committee", "member", "associated partner"}
    # Every figure names its records, and they exist.
    with demo_database.uow() as uow:
        for indicator in figures.indicators:
            assert len(indicator.records) >= min(indicator.value, 1), indicator
            for relation_id in indicator.records:
                assert uow.relations.get(relation_id) is not None


def test_indicators_put_the_previous_year_beside(demo_database: Database) -> None:
    add(demo_database, "genopole", "partner_of", "biom", "2020", since="2020", kind="mou")
    add(demo_database, "genopole", "participated_in", "bio-2021", "2020")  # an edition, say
    add(demo_database, "genopole", "met_with", "seppic", "2020")
    with demo_database.uow() as uow:
        figures = analytics.indicators(uow, organisation="Genopole", year=2021)
        before = analytics.indicators(uow, organisation="Genopole", year=2020)
    assert figures.previous_has_records
    created = figures.get("partnerships_created")
    assert (created.value, created.previous, created.change) == (9, 1, 8)
    assert figures.get("meetings_held").previous == 1
    assert figures.get("projects_submitted").previous == 0
    germany = next(
        r for r in figures.breakdown("partnerships_by_country").rows if r.label == "Germany"
    )
    assert (germany.value, germany.previous) == (2, 1)
    assert before.get("partnerships_created").value == 1
    # BioM is a partner since 2020: meeting it again in 2021 strengthens the tie.
    with demo_database.uow() as uow:
        ties = analytics.tie_changes(uow, organisation="genopole", year=2021)
    assert "BioM" in {row.partner for row in ties.strengthened}
    assert "BioM" not in {row.partner for row in ties.contacts}


def test_new_partnerships_agree_with_the_activity_question(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        ties = analytics.tie_changes(uow, organisation="Genopole", year=2021)
        created = activity.partnerships_created(uow, organisation="Genopole", year=2021)
    assert {row.partner for row in ties.new} == {p.partner for p in created}
    assert {row.partner for row in ties.strengthened} >= {"Triangle Park", "Kawasaki", "BioWin"}
    assert {row.partner for row in ties.contacts} == {
        "CataloniaBio",
        "BioM",
        "BJT Pharma",
        "Seppic",
    }
    assert ties.dormant == []
    with demo_database.uow() as uow:
        later = analytics.tie_changes(uow, organisation="Genopole", year=2024, dormant_after=2)
    assert len(later.dormant) == 18  # every partner, silent since 2021


def test_network_metrics_of_2021(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        network = analytics.analyse_network(uow, period=Period.of_year(2021))
        empty = analytics.analyse_network(uow, period=Period.of_year(2019))
    assert network.nodes[0].name == "Genopole"
    assert network.nodes[0].betweenness > 0.9
    assert network.brokers[0].name == "Genopole"
    new_clusters = {
        "Biocon Valley",
        "Lithuanian Biotechnology Association",
        "Medicon",
        "Tartu Biocluster",
        "Technology Park Ljubljana",
    }
    # The five clusters of URINBB and Braintech form a community of their own.
    assert any(set(c.members) == new_clusters for c in network.communities)
    strongest = network.edges[0]
    assert "Genopole" in (strongest.source_name, strongest.target_name)
    assert "project" in strongest.kinds
    # 2019 holds only the undated facts: where things are, who funds EUGLOH.
    assert empty.organisations < network.organisations


def test_geography_and_warm_introductions(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        reach = analytics.geography_of(uow, organisation="Genopole", year=2021)
        paths = analytics.introduction_paths(
            uow, organisation="Genopole", target="Paris-Saclay University"
        )
    assert reach.extra_european_countries == ["JP", "US"]
    assert reach.continents["Europe"] > reach.continents["North America"]
    germany = next(c for c in reach.countries if c.code == "DE")
    assert set(germany.organisations) == {"BioM", "Biocon Valley", "Greifswald Medical School"}
    assert [s.organisation for s in paths[0].steps] == [
        "Genopole",
        "European University Alliance for Global Health",
        "Paris-Saclay University",
    ]
    assert 0 < paths[0].strength < 1 and paths[0].steps[1].relations


def test_bad_years_and_targets_are_refused_with_the_field_named(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        with pytest.raises(InvalidInput) as bad_year:
            analytics.indicators(uow, organisation=None, year=20210)
        assert bad_year.value.field == "year"
        with pytest.raises(NotFound, match="years with records: 2021") as empty:
            analytics.require_records(
                uow, organisation=analytics.home_organisation(uow, "genopole"), year=2019
            )
        assert empty.value.field == "year"
        with pytest.raises(InvalidInput, match="itself"):
            analytics.introduction_paths(uow, organisation="Genopole", target="genopole")
        with pytest.raises(NotFound):
            analytics.introduction_paths(uow, organisation="Genopole", target="Nowhere Inc")
        with pytest.raises(InvalidInput, match="after"):
            analytics.check_period(2022, 2021)


def test_an_empty_registry_has_nothing_to_analyse(database: Database) -> None:
    with database.uow() as uow, pytest.raises(NotFound, match="no relations"):
        analytics.home_organisation(uow)


def test_cached_ties_follow_every_change_of_the_registry(demo_database: Database) -> None:
    from intercluster.schemas import RelationUpdate
    from intercluster.services.relations import delete_relation, update_relation

    def ties() -> object:
        with demo_database.uow() as uow:
            return analytics.cached_ties(uow, Period())

    first = ties()
    assert ties() is first  # nothing changed: the arrays are reused
    with demo_database.uow() as uow:
        relation = uow.relations.all()[0]
        relation_id = relation.id
        update_relation(
            uow, relation_id=relation_id, data=RelationUpdate(status="rejected")
        )  # an edit adds no row, only a changeset
    edited = ties()
    assert edited is not first
    with demo_database.uow() as uow:
        delete_relation(uow, relation_id=relation_id)
    assert ties() is not edited
