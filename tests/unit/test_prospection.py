"""Prospection's pure parts: the region vocabulary, the funnel arithmetic, the recommender."""

from __future__ import annotations

from datetime import date

import pycountry
import pytest

from intercluster.analytics.network import Link, Network, Node
from intercluster.analytics.recommend import (
    RELATED_SECTOR,
    WEIGHTS,
    Lexicon,
    Profile,
    Recommender,
    popularity_ranking,
    sector_fit,
)
from intercluster.domain import regions
from intercluster.domain.prospection import (
    LEAD_STATUS_OF_STAGE,
    STAGES,
    ProspectHistory,
    StageEntry,
    funnel,
    source_figures,
)
from intercluster.errors import InvalidInput

# ---------------------------------------------------------------- regions


def test_every_country_has_one_subregion_and_groupings_are_built_from_codes() -> None:
    codes = {c.alpha_2 for c in pycountry.countries}
    assert {c for c in codes if regions.subregion_of(c) is None} == set()
    for name, members in regions.GROUPINGS.items():
        assert members, name
        assert members <= codes | {"XK"}, (name, members - codes)


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        ("Eastern Europe", {"PL", "LT", "EE", "SI", "RO", "UA"}, {"FR", "DE", "FI"}),
        ("eastern europe", {"HU", "CZ"}, {"AT"}),
        ("CEE", {"LV", "HR"}, {"IT"}),
        ("Nordics", {"DK", "FI", "IS", "NO", "SE"}, {"EE", "DE"}),
        ("the Baltics", {"EE", "LV", "LT"}, {"FI"}),
        ("DACH", {"DE", "AT", "CH"}, {"NL"}),
        ("Benelux", {"BE", "NL", "LU"}, {"FR"}),
        ("North America", {"US", "CA", "MX"}, {"BR"}),
        ("Latin America", {"MX", "BR", "AR", "CU"}, {"US"}),
        ("APAC", {"JP", "CN", "AU", "SG", "IN"}, {"SA"}),
        ("East Asia", {"JP", "KR", "CN", "TW"}, {"SG"}),
        ("Middle East", {"SA", "AE", "IL", "TR"}, {"MA"}),
        ("EU", {"FR", "CY", "EE"}, {"GB", "NO", "CH"}),
        ("Western Europe", {"FR", "BE", "GB", "IE"}, {"PL"}),
        ("Africa", {"ZA", "NG", "MA"}, {"ES"}),
        ("Europe", {"FR", "CY", "RU"}, {"TR"}),
    ],
)
def test_groupings_people_name(text: str, inside: set[str], outside: set[str]) -> None:
    region = regions.parse_region(text)
    assert inside <= region.countries and not outside & region.countries
    assert region.country is None


def test_a_country_is_a_region_of_one() -> None:
    region = regions.parse_region("Japan")
    assert (region.name, region.countries, region.country) == ("Japan", frozenset({"JP"}), "JP")
    assert regions.parse_region("usa").countries == {"US"}
    assert region.contains("jp") and not region.contains(None)


def test_unknown_region_suggests_the_closest_names() -> None:
    with pytest.raises(InvalidInput, match="Eastern Europe") as caught:
        regions.parse_region("Eastern Erope")
    assert caught.value.field == "region" and "did you mean" in caught.value.message
    with pytest.raises(InvalidInput, match="empty"):
        regions.parse_region("  ")


def test_groupings_of_a_country_and_the_m49_partition() -> None:
    found = regions.groupings_of("EE")
    assert {"Europe", "Eastern Europe", "Northern Europe", "Baltics", "EU"} <= set(found)
    # The M49 partition is untouched: Estonia is Northern Europe there, Cyprus Southern Europe.
    assert regions.subregion_of("EE") == "Northern Europe"
    assert regions.subregion_of("cy") == "Southern Europe" and regions.is_european("CY")
    assert regions.continent_of("US") == "North America" and regions.continent_of(None) is None


# ---------------------------------------------------------------- funnel


def _history(pid: int, *steps: tuple[str, str], source: str | None = None) -> ProspectHistory:
    entries = [StageEntry(stage, date.fromisoformat(day)) for stage, day in steps]
    return ProspectHistory(pid, entries, source)


def test_funnel_counts_reached_conversion_and_time_in_stage() -> None:
    histories = [
        _history(1, ("identified", "2021-01-01"), ("contacted", "2021-01-11"),
                 ("meeting", "2021-02-10"), ("joined", "2021-03-12"), source="BIO"),
        _history(2, ("identified", "2021-01-01"), ("contacted", "2021-01-21"),
                 ("lost", "2021-02-01"), source="BIO"),
        _history(3, ("identified", "2021-01-01"), source="Meet in Italy"),
        # Straight to a meeting at an event: it reached `contacted` on the way.
        _history(4, ("identified", "2021-05-01"), ("meeting", "2021-05-01")),
    ]  # fmt: skip
    result = funnel(histories, today=date(2021, 6, 1))
    reached = {s.stage: s.reached for s in result.stages}
    assert reached == {
        "identified": 4, "contacted": 3, "meeting": 2, "site_visit": 1, "proposal": 1,
        "joined": 1, "lost": 1,
    }  # fmt: skip
    now = {s.stage: s.now for s in result.stages}
    assert now == {"identified": 1, "contacted": 0, "meeting": 1, "site_visit": 0,
                   "proposal": 0, "joined": 1, "lost": 1}  # fmt: skip
    assert result.stage("identified").conversion == pytest.approx(3 / 4)
    assert result.stage("contacted").conversion == pytest.approx(2 / 3)
    assert result.stage("joined").conversion is None
    assert (result.total, result.joined, result.lost) == (4, 1, 1)
    assert result.overall_conversion == pytest.approx(1 / 4)
    # identified: stays of 10, 20 and 0 days ended; one (prospect 3) still running, 151 days.
    identified = result.stage("identified")
    assert (identified.median_days, identified.stays_ended) == (10.0, 3)
    assert identified.open_median_days == 151.0
    assert result.stage("contacted").median_days == pytest.approx((30 + 11) / 2)
    assert result.stage("meeting").open_median_days == 31.0
    assert result.stage("joined").open_median_days is None  # closed stages do not run
    assert [(s.source, s.prospects, s.joined, s.lost) for s in result.sources] == [
        ("BIO", 2, 1, 1), ("Meet in Italy", 1, 0, 0),
    ]  # fmt: skip
    assert result.sources[0].join_rate == 0.5


def test_empty_funnel_and_lead_statuses() -> None:
    result = funnel([], today=date(2021, 1, 1))
    assert result.total == 0 and result.overall_conversion is None
    assert all(s.conversion is None and s.median_days is None for s in result.stages)
    assert set(LEAD_STATUS_OF_STAGE) == set(STAGES)
    assert source_figures([]) == []


# ---------------------------------------------------------------- recommender

GENOPOLE, BIOWIN, TARTU, LITHUANIA, LJUBLJANA, ACME, CEBR, BIOM, TOKYO = range(1, 10)
PROJECT, EVENT, PERSON = 20, 21, 22


def _ecosystem() -> tuple[Network, dict[int, Profile]]:
    profiles = {
        GENOPOLE: Profile(GENOPOLE, "Genopole", "cluster", "FR",
                          frozenset({"biotech", "biotherapies"}), "Genopole biocluster Evry"),
        BIOWIN: Profile(BIOWIN, "BioWin", "cluster", "BE", frozenset({"biotech", "health"}),
                        "BioWin health cluster of Wallonia"),
        TARTU: Profile(TARTU, "Tartu Biocluster", "cluster", "EE",
                       frozenset({"computational-genomics"}), "genomics and bioinformatics"),
        LITHUANIA: Profile(LITHUANIA, "Lithuanian Biotech", "cluster", "LT",
                           frozenset({"genomics"}), "life sciences"),
        LJUBLJANA: Profile(LJUBLJANA, "Technology Park Ljubljana", "cluster", "SI", frozenset(),
                           "technology park with sequencing and computational genomics labs"),
        ACME: Profile(ACME, "Acme Bio", "company", "FR", frozenset({"biotech"}), "member company"),
        CEBR: Profile(CEBR, "CEBR", "network", None, frozenset({"biotech"}), "bioregions"),
        BIOM: Profile(BIOM, "BioM", "cluster", "DE", frozenset({"biotech", "medtech"}), "Munich"),
        TOKYO: Profile(TOKYO, "Tokyo Bio", "cluster", "JP", frozenset({"biotech"}), "Japan"),
        PROJECT: Profile(PROJECT, "URINBB", "project"),
        EVENT: Profile(EVENT, "BIO-Europe", "event", "DE"),
        PERSON: Profile(PERSON, "Someone", "person", "FR"),
    }  # fmt: skip
    nodes = [Node(p.id, f"k{p.id}", p.name, p.type, p.country) for p in profiles.values()]
    links = [
        Link(1, GENOPOLE, "partner_of", BIOWIN, "2021"),
        Link(2, BIOWIN, "partner_of", TARTU, "2021"),
        Link(3, BIOWIN, "partner_of", BIOM, "2021"),
        Link(4, BIOWIN, "partner_of", TOKYO, "2021"),
        Link(5, ACME, "member_of", GENOPOLE, "2021"),
        Link(6, GENOPOLE, "member_of", CEBR, "2021"),
        Link(7, LITHUANIA, "member_of", CEBR, "2021"),
        Link(8, GENOPOLE, "consortium_member_of", PROJECT, "2021"),
        Link(9, LJUBLJANA, "consortium_member_of", PROJECT, "2021"),
    ]
    return Network.of(nodes, links), profiles


def test_sector_fit_exact_then_related_words() -> None:
    exact = sector_fit(["genomics"], frozenset({"genomics", "pharma"}))
    assert exact == (1.0, ["genomics"], "exact")
    score, matched, how = sector_fit(["computational-genomics"], frozenset({"genomics"}))
    assert (score, matched, how) == (RELATED_SECTOR, ["genomics"], "related")
    assert sector_fit(["medtech"], frozenset({"nutrition"}))[0] == 0.0
    assert sector_fit([], frozenset({"biotech"}))[0] == 0.0


def test_lexicon_cosine_ignores_stopwords_and_weights_rare_words() -> None:
    lexicon = Lexicon({1: "the genomics cluster", 2: "a cluster of the region", 3: "genomics"})
    query = lexicon.query("computational genomics")
    score, shared = Lexicon.cosine(query, lexicon.vectors[1])
    assert shared == ["genomics"] and 0 < score <= 1
    assert Lexicon.cosine(query, lexicon.vectors[2]) == (0.0, [])


def test_recommendations_for_a_strategy_with_region_and_sector() -> None:
    network, profiles = _ecosystem()
    found = Recommender(network, profiles).recommend(
        GENOPOLE,
        sector="computational-genomics",
        region=regions.parse_region("Eastern Europe"),
    )
    names = [c.name for c in found]
    # Only the region; Tartu fits the sector exactly and is two warm hops away through BioWin.
    assert names[0] == "Tartu Biocluster" and set(names) == {
        "Tartu Biocluster", "Technology Park Ljubljana", "Lithuanian Biotech",
    }  # fmt: skip
    tartu = found[0]
    assert tartu.path == [GENOPOLE, BIOWIN, TARTU] and tartu.path_strength is not None
    assert "sector fit: computational-genomics" in tartu.reasons
    assert any(r.startswith("network proximity: via BioWin") for r in tartu.reasons)
    assert "geography: in Eastern Europe (EE)" in tartu.reasons
    by_name = {c.name: c for c in found}
    # The description says what the tags do not; shared project and network count.
    park = by_name["Technology Park Ljubljana"].reasons
    assert any(r.startswith("description mentions:") for r in park)
    assert "shared networks and projects: URINBB" in park
    assert "shared networks and projects: CEBR" in by_name["Lithuanian Biotech"].reasons
    assert "related sector: genomics" in by_name["Lithuanian Biotech"].reasons
    for candidate in found:
        total = sum(WEIGHTS[k] * v for k, v in candidate.components.items())
        assert candidate.score == pytest.approx(total, abs=1e-3)
        assert 0 <= candidate.score <= 1


def test_a_sector_asked_for_and_not_found_is_among_the_reasons() -> None:
    network, profiles = _ecosystem()
    recommender = Recommender(network, profiles)
    asked = {
        c.id: c
        for c in recommender.recommend(GENOPOLE, sector="computational-genomics", limit=None)
    }
    missing = "sector: no computational-genomics tag or mention in its description"
    # BioM has neither the tag, a related one, nor the words in its description.
    assert asked[BIOM].components["sector"] == 0.0
    assert asked[BIOM].reasons[0] == missing
    # A candidate that fits, by tag or by description, does not say so.
    assert missing not in asked[TARTU].reasons
    assert missing not in asked[LJUBLJANA].reasons
    # Without a sector asked for, nothing is said of one.
    plain = recommender.recommend(GENOPOLE, limit=None)
    assert not any(r.startswith("sector:") for c in plain for r in c.reasons)


def test_partners_members_and_non_organisations_are_not_candidates() -> None:
    network, profiles = _ecosystem()
    recommender = Recommender(network, profiles)
    found = {c.id for c in recommender.recommend(GENOPOLE, limit=None)}
    assert BIOWIN not in found  # already a partner
    assert CEBR not in found  # Genopole is a member
    assert ACME not in found  # a member of Genopole
    assert not found & {GENOPOLE, PROJECT, EVENT, PERSON}
    assert {TARTU, BIOM, TOKYO} <= found
    with_partners = recommender.recommend(GENOPOLE, limit=None, include_partners=True)
    flagged = {c.id: c for c in with_partners if c.partner}
    assert set(flagged) == {BIOWIN, CEBR}
    assert "already a partner of Genopole" in flagged[BIOWIN].reasons
    assert "Genopole is a member" in flagged[CEBR].reasons


def test_without_a_region_geography_is_closeness() -> None:
    network, profiles = _ecosystem()
    found = {c.id: c for c in Recommender(network, profiles).recommend(GENOPOLE, limit=None)}
    assert found[BIOM].components["geography"] == 0.8  # Western Europe, as France
    assert found[TARTU].components["geography"] == 0.5  # Europe
    assert found[TOKYO].components["geography"] == 0.1
    # BioM shares biotech with Genopole and brings medtech.
    assert "complementarity: brings medtech" in found[BIOM].reasons
    # A network counts by its members in the region.
    eastern = Recommender(network, profiles).recommend(
        ACME, region=regions.parse_region("Baltics"), include_partners=True
    )
    cebr = next(c for c in eastern if c.id == CEBR)
    assert cebr.components["geography"] == 0.5
    assert "geography: members in Baltics (Lithuanian Biotech)" in cebr.reasons


def test_popularity_baseline_ranks_by_partner_count() -> None:
    partners = {1: {2}, 2: {1, 3, 4}, 3: {2}, 4: {2, 5}, 5: {4}}
    assert popularity_ranking(partners, 1, [1, 2, 3, 4, 5]) == [4, 3, 5]
