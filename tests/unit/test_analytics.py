"""Graph metrics on small networks built by hand, where every answer can be checked on paper."""

from __future__ import annotations

import math

import networkx as nx
import pycountry
import pytest

from intercluster.analytics import geography
from intercluster.analytics.metrics import (
    brokers,
    communities,
    eigenvector_centrality,
    introduction_paths,
    modularity,
    node_metrics,
)
from intercluster.analytics.network import (
    Link,
    Network,
    Node,
    Period,
    recency,
    tie_evidence,
    tie_graph,
    tie_strength,
)
from intercluster.analytics.ties import tie_changes


def org(node_id: int, name: str, country: str | None = None, type: str = "cluster") -> Node:
    return Node(node_id, name.lower(), name, type, country)


class Builder:
    """Links with fresh ids, so a test reads as the facts it states."""

    def __init__(self) -> None:
        self.links: list[Link] = []

    def link(
        self,
        subject: int,
        predicate: str,
        obj: int,
        date: str | None = None,
        event: int | None = None,
        **attrs: object,
    ) -> int:
        link = Link(len(self.links) + 1, subject, predicate, obj, date, dict(attrs), event)
        self.links.append(link)
        return link.id


# ---------------------------------------------------------------- geography


def test_every_iso_country_has_a_region_and_a_continent() -> None:
    missing = [c.alpha_2 for c in pycountry.countries if geography.region_of(c.alpha_2) is None]
    assert missing == []
    assert geography.continent_of("EE") == "Europe"
    assert geography.continent_of("JP") == "Asia"
    assert geography.continent_of("US") == "North America"
    assert geography.continent_of("CY") == "Europe"  # an EU member, whatever M49 says
    assert geography.region_of("si") == "Southern Europe"
    assert geography.continent_of(None) is None and geography.continent_of("XX") is None


def test_spread_counts_countries_continents_and_the_extra_european() -> None:
    spread = geography.spread(["LT", "EE", "DE", "DE", "US", "JP", None])
    assert spread.countries == {"DE": 2, "EE": 1, "JP": 1, "LT": 1, "US": 1}
    assert spread.continents == {"Asia": 1, "Europe": 4, "North America": 1}
    assert (spread.european, spread.extra_european, spread.no_country) == (4, 2, 1)
    assert spread.extra_european_countries == ["JP", "US"]


# ---------------------------------------------------------------- tie strength


def test_strength_grows_with_reasons_and_fades_with_time() -> None:
    nodes = [org(1, "Home", "FR"), org(2, "Near", "BE"), org(3, "Old", "DE")]
    b = Builder()
    b.link(1, "partner_of", 2, "2021", since="2019")
    b.link(1, "met_with", 2, "2021")
    b.link(1, "partner_of", 3, "2017")
    graph = tie_graph(Network.of(nodes, b.links), reference_year=2021)
    near, old = graph.edges[1, 2]["strength"], graph.edges[1, 3]["strength"]
    assert near == pytest.approx(1 - math.exp(-1.5))
    assert old == pytest.approx(1 - math.exp(-0.25))  # four years: two half-lives
    assert graph.edges[1, 2]["kinds"] == ["meeting", "partnership"]
    assert graph.edges[1, 2]["relations"] == [1, 2]
    assert graph.edges[1, 2]["cost"] == pytest.approx(-math.log(near))
    assert recency(None, 2021) == 1.0 and recency(2023, 2021) == 1.0


def test_a_tie_long_before_the_reference_year_stays_positive() -> None:
    # 1 - exp(-s) rounds to 0 when s is 0.5 ** 72: a report of 2165 on facts of 2021 failed.
    nodes = [org(1, "Home", "FR"), org(2, "Old", "DE")]
    b = Builder()
    b.link(1, "partner_of", 2, "2021")
    graph = tie_graph(Network.of(nodes, b.links), reference_year=2165)
    strength = graph.edges[1, 2]["strength"]
    assert 0 < strength < 1e-20
    assert math.isfinite(graph.edges[1, 2]["cost"])


def test_shared_projects_and_events_tie_their_members_pairwise() -> None:
    nodes = [org(1, "A"), org(2, "B"), org(3, "C"), Node(10, "p", "P", "project")]
    nodes += [Node(11, "e", "E", "event"), Node(12, "someone", "Someone", "person")]
    b = Builder()
    for member in (1, 2, 3):
        b.link(member, "consortium_member_of", 10, "2021", status="submitted")
    b.link(1, "participated_in", 11, "2021")
    b.link(2, "participated_in", 11, "2021")
    b.link(12, "participated_in", 11, "2021")  # people are not organisations: no tie
    found = tie_evidence(Network.of(nodes, b.links))
    assert set(found) == {(1, 2), (1, 3), (2, 3)}
    assert sorted(e.kind for e in found[(1, 2)]) == ["event", "project"]
    project = next(e for e in found[(1, 2)] if e.kind == "project")
    assert project.relations == (1, 2) and project.via == 10 and project.year == 2021


def test_a_stated_strength_and_a_senior_role_weigh_more() -> None:
    nodes = [org(1, "A"), org(2, "B"), org(3, "Net", type="network"), org(4, "C")]
    b = Builder()
    b.link(1, "partner_of", 2, "2021", strength=0.9)
    b.link(1, "member_of", 3, "2021", role="executive_committee")
    b.link(4, "member_of", 3, "2021", role="member")
    found = tie_evidence(Network.of(nodes, b.links))
    assert found[(1, 2)][0].weight == pytest.approx(1.4)
    assert found[(1, 3)][0].weight > found[(3, 4)][0].weight
    assert tie_strength([], 2021) == 0.0


def test_periods_keep_the_years_asked_for_and_the_undated() -> None:
    nodes = [org(1, "A"), org(2, "B"), org(3, "C")]
    b = Builder()
    b.link(1, "partner_of", 2, "2019")
    b.link(1, "partner_of", 3, None, since="2021-03")
    b.link(2, "member_of", 3)
    network = Network.of(nodes, b.links)
    assert [link.id for link in network.within(Period.of_year(2021)).links] == [2, 3]
    assert [link.id for link in network.within(Period(None, 2020)).links] == [1, 3]
    assert network.years() == [2019, 2021]
    assert Period(2019, 2021).label == "2019–2021" and Period().label == "all years"


# ---------------------------------------------------------------- centralities


def star_and_pair() -> nx.Graph:
    """A hub with three spokes, and a pair off on its own."""
    nodes = [org(i, name) for i, name in enumerate(["Hub", "S1", "S2", "S3", "P1", "P2"], 1)]
    b = Builder()
    for spoke in (2, 3, 4):
        b.link(1, "partner_of", spoke, "2021")
    b.link(5, "partner_of", 6, "2021")
    return tie_graph(Network.of(nodes, b.links))


def test_centralities_of_a_star_with_a_pair_apart() -> None:
    graph = star_and_pair()
    metrics = {m.name: m for m in node_metrics(graph)}
    hub, spoke, pair = metrics["Hub"], metrics["S1"], metrics["P1"]
    assert (hub.degree, spoke.degree, pair.degree) == (3, 1, 1)
    assert hub.degree_centrality == pytest.approx(3 / 5)
    # Every spoke-to-spoke path runs through the hub: 3 of the 10 pairs of nodes.
    assert hub.betweenness == pytest.approx(3 / 10)
    assert spoke.betweenness == 0 and pair.betweenness == 0
    # Disconnected: each component scored apart, the pair scaled down by its size.
    assert hub.eigenvector > spoke.eigenvector > 0
    assert hub.eigenvector > pair.eigenvector > 0
    assert next(iter(node_metrics(graph))).name == "Hub"


def test_eigenvector_centrality_handles_isolated_nodes_and_empty_graphs() -> None:
    graph = nx.Graph()
    graph.add_node(1)
    graph.add_edge(2, 3, strength=0.5)
    scores = eigenvector_centrality(graph)
    assert scores[1] == 0.0 and scores[2] == pytest.approx(scores[3]) and scores[2] > 0
    assert eigenvector_centrality(nx.Graph()) == {}
    assert node_metrics(nx.Graph()) == []


def test_communities_split_two_cliques_joined_by_one_weak_tie() -> None:
    nodes = [org(i, f"N{i}") for i in range(1, 7)]
    b = Builder()
    for group in ((1, 2, 3), (4, 5, 6)):
        for i, a in enumerate(group):
            for c in group[i + 1 :]:
                b.link(a, "partner_of", c, "2021")
                b.link(a, "met_with", c, "2021")
    b.link(3, "participated_in", 99, "2021")
    b.link(4, "participated_in", 99, "2021")
    network = Network.of([*nodes, Node(99, "ev", "Ev", "event")], b.links)
    graph = tie_graph(network)
    groups = communities(graph)
    assert groups == [[1, 2, 3], [4, 5, 6]]
    assert modularity(graph, groups) > 0.3
    assert communities(graph) == groups  # same seed, same answer
    metrics = {m.id: m for m in node_metrics(graph, groups=groups)}
    assert metrics[1].community == 0 and metrics[6].community == 1


# ---------------------------------------------------------------- brokers and paths


def test_the_broker_is_who_ties_regions_that_are_not_tied_otherwise() -> None:
    nodes = [
        org(1, "Paris", "FR"),  # Western Europe
        org(2, "Tallinn", "EE"),  # Northern Europe
        org(3, "Tokyo", "JP"),  # Eastern Asia
        org(4, "Osaka", "JP"),
        org(5, "Nowhere"),  # no country: not counted
    ]
    b = Builder()
    for other in (2, 3, 4, 5):
        b.link(1, "partner_of", other, "2021")
    b.link(3, "partner_of", 4, "2021")
    b.link(2, "partner_of", 3, "2021")
    found = brokers(tie_graph(Network.of(nodes, b.links)))
    assert [x.name for x in found] == ["Paris", "Tokyo"]
    paris = found[0]
    # Tallinn-Osaka is the only cross-region pair of its neighbours not tied otherwise.
    assert paris.brokerage == 1
    assert paris.regions == {"Eastern Asia": 2, "Northern Europe": 1}


def test_the_warm_introduction_follows_strong_ties_over_short_weak_ones() -> None:
    nodes = [org(1, "Home"), org(2, "Friend"), org(3, "Target"), org(4, "Acquaintance")]
    nodes.append(Node(9, "ev", "Ev", "event"))
    b = Builder()
    b.link(1, "partner_of", 2, "2021")
    b.link(1, "met_with", 2, "2021")
    b.link(2, "partner_of", 3, "2021")
    b.link(2, "met_with", 3, "2021")
    # A direct tie exists, but only through an event both attended long ago.
    b.link(1, "participated_in", 9, "2011")
    b.link(3, "participated_in", 9, "2011")
    b.link(4, "partner_of", 2, "2021")
    graph = tie_graph(Network.of(nodes, b.links))
    paths = introduction_paths(graph, 1, 3)
    assert paths[0].nodes == [1, 2, 3]
    assert paths[0].hops[0].kinds == ["meeting", "partnership"]
    assert paths[0].strength == pytest.approx(graph.edges[1, 2]["strength"] ** 2)
    assert paths[1].nodes == [1, 3] and paths[1].strength < paths[0].strength
    assert introduction_paths(graph, 1, 1) == [] and introduction_paths(graph, 1, 42) == []
    graph.add_node(7)
    assert introduction_paths(graph, 1, 7) == []


# ---------------------------------------------------------------- yearly changes


def test_new_strengthened_dormant_and_contacts() -> None:
    names = ["Home", "New", "Restated", "Met", "Quiet", "Undated", "Stranger", "Future"]
    nodes = [org(i, name) for i, name in enumerate(names, 1)]
    b = Builder()
    new = b.link(1, "partner_of", 2, "2021", since="2021")
    b.link(1, "partner_of", 3, "2015", since="2015")
    restated = b.link(1, "partner_of", 3, "2021-06")
    b.link(1, "partner_of", 4, "2018", since="2018")
    met = b.link(4, "met_with", 1, "2021")
    quiet = b.link(1, "partner_of", 5, "2019", since="2019")
    b.link(1, "partner_of", 6)
    stranger = b.link(1, "met_with", 7, "2021")
    b.link(1, "partner_of", 8, "2023", since="2023")
    changes = tie_changes(Network.of(nodes, b.links), organisation=1, year=2021)
    assert [(c.partner, c.relations) for c in changes.new] == [(2, [new])]
    assert changes.new[0].since == "2021"
    assert [(c.partner, c.relations, c.kinds) for c in changes.strengthened] == [
        (4, [met], ["meeting"]),
        (3, [restated], ["partnership"]),
    ]
    assert [(c.partner, c.last_year, c.relations) for c in changes.dormant] == [(5, 2019, [quiet])]
    assert [(c.partner, c.relations) for c in changes.contacts] == [(7, [stranger])]
    later = tie_changes(Network.of(nodes, b.links), organisation=1, year=2023, dormant_after=2)
    assert sorted(c.partner for c in later.dormant) == [2, 3, 4, 5]
    assert [c.partner for c in later.new] == [8]
    with pytest.raises(ValueError, match="at least 1"):
        tie_changes(Network.of(nodes, b.links), organisation=1, year=2021, dormant_after=0)


def test_eigenvector_centrality_agrees_with_networkx_on_a_connected_graph() -> None:
    graph = nx.les_miserables_graph()  # 77 characters, weighted co-appearances
    graph = nx.convert_node_labels_to_integers(graph)
    for _, _, data in graph.edges(data=True):
        data["strength"] = data["weight"] / 31
    ours = eigenvector_centrality(graph)
    theirs = nx.eigenvector_centrality(graph, weight="strength", max_iter=1000, tol=1e-10)
    assert max(abs(ours[n] - theirs[n]) for n in graph) < 1e-6
    star = nx.star_graph(4)  # bipartite: plain power iteration would oscillate
    scores = eigenvector_centrality(star, weight=None)
    assert scores[0] > scores[1] == pytest.approx(scores[4])
