"""The demo dataset answers the questions the seed document answers."""

from __future__ import annotations

from intercluster.db.uow import Database
from intercluster.services import activity
from intercluster.services.demo import demo_document, load_demo
from intercluster.services.exchange import export_json


def test_every_fact_points_at_the_sentence_that_states_it(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        relations = uow.relations.all()
        assert len(relations) == 63
        for relation in relations:
            assert relation.evidence, f"relation {relation.id} has no source"
            for evidence in relation.evidence:
                sentence = evidence.source.text[evidence.start_offset : evidence.end_offset]
                assert sentence.strip() == sentence and len(sentence) > 10
        seppic = next(r for r in relations if r.object.key == "seppic")
        text = seppic.evidence[0].source.text
        span = text[seppic.evidence[0].start_offset : seppic.evidence[0].end_offset]
        assert span.startswith("Held in Munich") and span.endswith("pharmaceutical ingredients.")


def test_demo_twice_changes_nothing(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        before = export_json(uow)
    with demo_database.uow() as uow:
        report = load_demo(uow)
    assert (report.entities, report.relations, report.sources) == (0, 0, 0)
    with demo_database.uow() as uow:
        assert export_json(uow) == before


def test_partnerships_created_in_2021_and_their_countries(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        clusters = activity.partnerships_created(
            uow, organisation="Genopole", year=2021, types=("cluster",)
        )
        everyone = activity.partnerships_created(uow, organisation="Genopole", year=2021)
        assert activity.partnerships_created(uow, organisation="Genopole", year=2020) == []
    assert {(p.partner, p.country) for p in clusters} == {
        ("Lithuanian Biotechnology Association", "LT"),
        ("Tartu Biocluster", "EE"),
        ("Technology Park Ljubljana", "SI"),
        ("Medicon", "DK"),
        ("Biocon Valley", "DE"),
    }
    assert len(everyone) == 9  # with the four universities of the university network


def test_events_attended_in_2021_where_and_in_which_format(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        events = activity.events_attended(uow, organisation="genopole", year=2021)
    by_name = {e.event: e for e in events}
    assert set(by_name) == {
        "BIO International Convention 2021",
        "FACC Ohio health and biotech meeting 2021",
        "BIO-Europe Spring 2021",
        "Meet in Italy 2021",
        "EUGLOH Annual Conference 2021",
    }
    assert (
        by_name["BIO International Convention 2021"].format,
        by_name["BIO International Convention 2021"].date,
    ) == ("virtual", "2021-06")
    bes = by_name["BIO-Europe Spring 2021"]
    assert (bes.city, bes.country, bes.role, bes.level, bes.meetings) == (
        "Munich",
        "DE",
        "sponsor",
        "Gold",
        30,
    )
    assert by_name["Meet in Italy 2021"].country == "IT"
    assert by_name["EUGLOH Annual Conference 2021"].date == "2021-10"


def test_european_projects_submitted_and_with_whom(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        projects = activity.projects_of(uow, organisation="Genopole", status="submitted")
    assert [p.project for p in projects] == ["Braintech", "URINBB"]
    for project in projects:
        assert project.partners == [
            "Biocon Valley",
            "Lithuanian Biotechnology Association",
            "Medicon",
            "Tartu Biocluster",
            "Technology Park Ljubljana",
        ]


def test_networks_and_roles(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        networks = activity.memberships(uow, organisation="Genopole")
    assert {(m.network, m.role) for m in networks} == {
        ("Council of European BioRegions", "executive_committee"),
        ("CEBR Internationalization Special Interest Group", "member"),
        ("European University Alliance for Global Health", "associated_partner"),
    }


def test_universities_that_joined_the_university_network(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        universities = activity.universities_joined(uow, organisation="Genopole", year=2021)
    assert {(u.partner, u.country) for u in universities} == {
        ("University of Porto", "PT"),
        ("University of Szeged", "HU"),
        ("Greifswald Medical School", "DE"),
        ("Hanze University of Applied Sciences", "NL"),
    }


def test_every_organisation_named_in_the_seed_is_in_the_demo() -> None:
    document = demo_document()
    text = document["sources"][0]["text"]
    names = {e["name"] for e in document["entities"]}
    for name in (
        "Genopole",
        "Business France",
        "Choose Paris Region",
        "Medicen",
        "Triangle Park",
        "Kawasaki",
        "BioWin",
        "CataloniaBio",
        "BioM",
        "BJT Pharma",
        "Seppic",
        "Lithuanian Biotechnology Association",
        "Technology Park Ljubljana",
        "Medicon",
        "Biocon Valley",
        "URINBB",
        "Braintech",
        "EIT Health",
        "EIT Food",
        "Food4Health",
        "Protopia foodlab",
        "University of Porto",
        "University of Szeged",
        "Greifswald Medical School",
        "Hanze University of Applied Sciences",
        "Erasmus+",
        "Paris-Saclay University",
        "Laurent Pépin",
    ):
        assert name in names
        assert name in text
