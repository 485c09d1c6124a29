"""Extraction: dates, nationality and country words, typing rules, relations, the contract."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercluster.domain.vocabulary import EntityType, Predicate
from intercluster.ingest.dates import best_date, document_year, find_dates
from intercluster.ingest.linking import Gazetteer, GazetteerEntry, acronym_of
from intercluster.ingest.model import Extraction
from intercluster.ingest.pipeline import check_contract, extract
from intercluster.ingest.readers import text_document

SEED = (
    Path(__file__).resolve().parents[2]
    / "src/intercluster/demo/genopole-2021-enlarging-networks.txt"
)


def run(text: str, gazetteer: Gazetteer | None = None) -> Extraction:
    return extract(text_document("news.txt", text), gazetteer)


def entity(extraction: Extraction, name: str) -> Any:
    for found in extraction.entities:
        if found.name == name or name in found.aliases:
            return found
    raise AssertionError(f"{name!r} not in {[e.name for e in extraction.entities]}")


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in extraction.entities}
    return {(names[r.subject], r.predicate.value, names[r.object]) for r in extraction.relations}


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("BIO was held virtually in June.", "2021-06"),
        ("At the conference held in October, Genopole spoke.", "2021-10"),
        ("Year 2021 also brought new partnerships.", "2021"),
        ("The kick-off took place on 18 January 2023.", "2023-01-18"),
        ("It was signed on June 14, 2022 in Basel.", "2022-06-14"),
        ("created during the September Meet in Italy event", "2021-09"),
        ("The project started in 2022-03.", "2022-03"),
        ("Companies may be interested.", None),
    ],
)
def test_dates_resolve_against_the_document_year(sentence: str, expected: str | None) -> None:
    assert best_date(find_dates(sentence, 0, len(sentence), 2021)) == expected


def test_document_year_is_the_year_named_most() -> None:
    assert document_year("In 2021 ... in 2021 ... since 2019.") == 2021
    assert document_year("No year here.", "report-2022.txt") == 2022
    assert document_year("No year here.") is None


# ---------------------------------------------------------------- names and types


def test_nationality_words_give_the_country() -> None:
    found = run(
        "BIO strengthened Genopole's ties to the Japanese cluster Kawasaki and the Belgian "
        "cluster BioWin. Partnerships were created with Lithuanian (Lithuanian Biotechnology "
        "Association) and Danish (Medicon) clusters."
    )
    assert (entity(found, "Kawasaki").type, entity(found, "Kawasaki").country) == (
        EntityType.CLUSTER,
        "JP",
    )
    assert entity(found, "BioWin").country == "BE"
    association = entity(found, "Lithuanian Biotechnology Association")
    assert (association.type, association.country) == (EntityType.CLUSTER, "LT")
    assert (entity(found, "Medicon").type, entity(found, "Medicon").country) == (
        EntityType.CLUSTER,
        "DK",
    )
    # nationality words are clues, never entities of their own
    assert not any(e.name in ("Japanese", "Lithuanian", "Danish") for e in found.entities)


def test_countries_in_brackets_and_places() -> None:
    found = run(
        "At BIO-Europe Spring we met CataloniaBio (Spain) and BioWin (Wallonia, Belgium) "
        "clusters. The biocluster welcomed the University of Porto (Portugal)."
    )
    assert entity(found, "CataloniaBio").country == "ES"
    assert entity(found, "BioWin").country == "BE"
    assert entity(found, "Wallonia").type is EntityType.PLACE
    assert entity(found, "University of Porto").country == "PT"
    assert not any(e.name in ("Spain", "Belgium", "Portugal") for e in found.entities)
    assert ("BioWin", "located_in", "Wallonia") in facts(found)


@pytest.mark.parametrize(
    ("sentence", "name", "entity_type"),
    [
        (
            "Genopole welcomed the Hanze University of Applied Sciences.",
            "Hanze University of Applied Sciences",
            EntityType.UNIVERSITY,
        ),
        (
            "Genopole joined the European Alliance for Vaccine Innovation.",
            "European Alliance for Vaccine Innovation",
            EntityType.NETWORK,
        ),
        (
            "The project is funded by the Horizon Europe programme.",
            "Horizon Europe",
            EntityType.PROGRAMME,
        ),
        (
            "Genopole exhibited at the BIO International Convention.",
            "BIO International Convention",
            EntityType.EVENT,
        ),
        (
            "Genopole submitted the European projects URINBB and Braintech.",
            "Braintech",
            EntityType.PROJECT,
        ),
        (
            "Genopole partnered with Business France to promote Paris.",
            "Business France",
            EntityType.PUBLIC_BODY,
        ),
        ("We met pharmaceutical companies such as BJT Pharma.", "BJT Pharma", EntityType.COMPANY),
        (
            "Genopole teamed with EIT Health, a health innovation network.",
            "EIT Health",
            EntityType.NETWORK,
        ),
        (
            "Scientists visited the Lyon Cancer Research Center.",
            "Lyon Cancer Research Center",
            EntityType.RESEARCH_ORG,
        ),
        ("The cluster met the Dutch cluster Health~Holland.", "Health~Holland", EntityType.CLUSTER),
        (
            '"We grow," said Marie Lefèvre, European projects manager at Genopole.',
            "Marie Lefèvre",
            EntityType.PERSON,
        ),
    ],
)
def test_typing_rules(sentence: str, name: str, entity_type: EntityType) -> None:
    assert entity(run(sentence), name).type is entity_type


def test_acronyms_in_brackets_name_one_entity_by_its_full_name() -> None:
    found = run(
        "Genopole was reelected to the executive committee of the Council of European "
        "BioRegions (CEBR). The biocluster reinforced its ties to the ALISEI (Advanced Life "
        "Science in Italy) network. CEBR met in Brussels."
    )
    cebr = entity(found, "Council of European BioRegions")
    assert cebr.aliases == ["CEBR"]
    assert len(cebr.mentions) == 3
    alisei = entity(found, "Advanced Life Science in Italy")
    assert (alisei.type, alisei.country, alisei.aliases) == (EntityType.NETWORK, "IT", ["ALISEI"])
    assert acronym_of("Council of European BioRegions") == "CEBR"


# ---------------------------------------------------------------- relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BioWin signed a memorandum of understanding with the Catalan cluster Biocat in 2022.",
            ("BioWin", "partner_of", "Biocat"),
        ),
        (
            "BioWin is a member of the Council of European BioRegions.",
            ("BioWin", "member_of", "Council of European BioRegions"),
        ),
        (
            "In March 2022, BioWin participated in BIO-Europe Spring.",
            ("BioWin", "participated_in", "BIO-Europe Spring"),
        ),
        (
            "Genopole participated in BIO-Europe Spring, organized by EBD Group.",
            ("EBD Group", "organized", "BIO-Europe Spring"),
        ),
        ("In 2022, Genopole met with Seppic and Sanofi.", ("Genopole", "met_with", "Seppic")),
        (
            "Genopole submitted the European project URINBB.",
            ("Genopole", "consortium_member_of", "URINBB"),
        ),
        (
            "The Protopia foodlab project is underway with Genopole's leadership.",
            ("Genopole", "leads", "Protopia foodlab"),
        ),
        (
            "The NeuroRegen project is funded by the Horizon Europe programme.",
            ("NeuroRegen", "funded_by", "Horizon Europe"),
        ),
        (
            "BIO-Europe Spring, held in Munich, hosted 30 meetings for Genopole in 2021.",
            ("BIO-Europe Spring", "located_in", "Munich"),
        ),
        (
            "Laurent Pépin, Director of Prospection and Partnerships at Genopole, spoke in 2021.",
            ("Laurent Pépin", "works_for", "Genopole"),
        ),
    ],
)
def test_a_rule_for_every_predicate(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in facts(run(text))


def test_every_predicate_is_covered_by_the_cases_above() -> None:
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


def test_relation_dates_attributes_and_confidence() -> None:
    found = run(
        "BIO, the world's top international biotech convention, was held virtually in June. "
        "For the event, Genopole partnered with Business France. Genopole is a biocluster. "
        "Year 2021 also brought new "
        "partnerships. Partnerships were created with the German cluster Biocon Valley."
    )
    by_fact = {
        (found.entity(r.subject).name, r.predicate.value, found.entity(r.object).name): r
        for r in found.relations
    }
    participation = by_fact[("Genopole", "participated_in", "BIO")]
    assert participation.date == "2021-06"  # the event's month, resolved against 2021
    partnership = by_fact[("Genopole", "partner_of", "Biocon Valley")]
    assert partnership.attributes.get("since") == "2021"
    assert 0 < partnership.confidence <= 1
    start, end = partnership.evidence
    assert found.text[start:end].startswith("Partnerships were created")


def test_linking_to_the_registry() -> None:
    gazetteer = Gazetteer(
        [
            GazetteerEntry(
                7, "cebr", "Council of European BioRegions", EntityType.NETWORK, None, ("CEBR",)
            ),
            GazetteerEntry(9, "tartu", "Tartu Biocluster", EntityType.CLUSTER, "EE"),
            GazetteerEntry(11, "biowin", "BioWin", EntityType.CLUSTER, "BE"),
        ]
    )
    found = run(
        "Genopole is a member of CEBR and met Tartù Biocluster and Biowin SA in 2021.", gazetteer
    )
    assert entity(found, "Council of European BioRegions").linked_to == "org:7"
    assert entity(found, "Tartu Biocluster").linked_to == "org:9"  # accents folded
    assert entity(found, "BioWin").linked_to == "org:11"  # fuzzy
    assert entity(found, "Genopole").linked_to is None


# ---------------------------------------------------------------- the contract


def test_seed_extraction_keeps_the_contract() -> None:
    document = text_document(SEED.name, SEED.read_text(encoding="utf-8"))
    data = extract(document).to_json()
    assert check_contract(data) == []
    assert data["document"] == {
        "name": SEED.name,
        "sha256": document.sha256,
        "chars": len(document.text),
    }
    biowin = next(e for e in data["entities"] if e["name"] == "BioWin")
    assert (biowin["type"], biowin["country"], biowin["linked_to"]) == ("cluster", "BE", None)
    for item in data["entities"]:
        for start, end in item["mentions"]:
            assert document.text[start:end].strip()
    cebr = next(e for e in data["entities"] if "CEBR" in e["name"] or "BioRegions" in e["name"])
    assert cebr["name"] == "Council of European BioRegions"  # the full form, not the acronym


def test_check_contract_reports_problems() -> None:
    bad = {
        "document": {"name": "x", "sha256": "0", "chars": 3},
        "entities": [
            {
                "id": "e1",
                "name": "X",
                "type": "org",
                "country": None,
                "mentions": [[0, 9]],
                "linked_to": None,
            }
        ],
        "relations": [
            {
                "subject": "e1",
                "predicate": "likes",
                "object": "e2",
                "date": "June",
                "attributes": {},
                "evidence": [0, 1],
                "confidence": 1,
            }
        ],
    }
    problems = " | ".join(check_contract(bad))
    for word in (
        "entity type 'org'",
        "outside the text",
        "unknown entity",
        "predicate 'likes'",
        "date 'June'",
    ):
        assert word in problems


WORDS = st.sampled_from(
    [
        "Genopole", "BioWin", "the", "cluster", "Japanese", "(", ")", ",", ".", "and", "with",
        "partnered", "met", "University", "of", "Porto", "held", "in", "June", "2021", "BIO",
        "Council", "European", "BioRegions", "CEBR", "member", "\n", "’s", "project", "X",
        "said", "Director", "Munich", "Belgium", "funded", "by", "Erasmus+", "Both", "clusters",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(WORDS, max_size=60).map(" ".join), st.text(max_size=200)))
def test_extraction_never_crashes_and_keeps_offsets_inside(text: str) -> None:
    if not text.strip():
        return
    data = run(text).to_json()
    assert check_contract(data) == []


def test_events_link_to_the_edition_of_the_document_year() -> None:
    gazetteer = Gazetteer(
        [
            GazetteerEntry(
                5, "bes-2021", "BIO-Europe Spring 2021", EntityType.EVENT, "DE",
                ("BIO-Europe Spring",), year=2021,
            ),
        ]
    )  # fmt: skip
    in_2021 = run("In March 2021, Genopole attended BIO-Europe Spring in Munich.", gazetteer)
    assert entity(in_2021, "BIO-Europe Spring 2021").linked_to == "event:5"
    in_2022 = run("In March 2022, Genopole attended BIO-Europe Spring in Munich.", gazetteer)
    assert entity(in_2022, "BIO-Europe Spring").linked_to is None
