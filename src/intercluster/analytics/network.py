"""The registry as plain data, and the ties between organisations that its relations imply.

A `Network` is nodes (entities) and links (relations) with no database behind
them: services load one from the repositories, tests build one by hand. From it,
`tie_evidence` finds every reason two organisations are tied (a partnership, a
meeting, a shared project, an event both attended, a membership) and
`tie_graph` folds those reasons into one weighted, undirected NetworkX graph of
organisations, on which the metrics of `analytics.metrics` run.

Tie strength, in (0, 1): each reason adds a weight, halved for every
`HALF_LIFE` years it lies before the reference year, and the sum s becomes
1 - exp(-s). One partnership alone gives 0.63; a partnership, a meeting and two
shared projects in the same year give 0.97. An edge's `cost`, -ln(strength), is
what paths minimise: the strongest path is the one whose strengths multiply to
the most.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from intercluster.analytics.geography import continent_of, region_of
from intercluster.domain.vocabulary import ORGANISATION_TYPES, Predicate

ORGANISATION_TYPE_NAMES = frozenset(t.value for t in ORGANISATION_TYPES)

# How much one reason counts before recency (see the module docstring).
WEIGHTS: dict[str, float] = {
    "partnership": 1.0,
    "project": 1.0,
    "leadership": 1.0,
    "membership": 0.75,
    "meeting": 0.5,
    "funding": 0.5,
    "event": 0.25,
}
# A seat on a board or an executive committee ties more than a plain membership.
SENIOR_ROLES = frozenset({"executive_committee", "board"})
HALF_LIFE = 2.0  # years
MAX_STRENGTH = 0.999  # keeps -ln(strength) above zero, so every hop costs something
# Co-attendance ties everyone at an event to everyone else: past this many participants
# an event says nothing about any pair, and the pairs would swamp the graph.
MAX_EVENT_PARTICIPANTS = 50


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value else None


@dataclass(frozen=True)
class Node:
    id: int
    key: str
    name: str
    type: str
    country: str | None = None

    @property
    def is_organisation(self) -> bool:
        return self.type in ORGANISATION_TYPE_NAMES


@dataclass(frozen=True)
class Link:
    """One relation: `subject --predicate--> object`, dated or not."""

    id: int
    subject: int
    predicate: str
    object: int
    date: str | None = None
    attributes: Mapping[str, Any] = field(default_factory=dict, hash=False)
    event: int | None = None  # the event of a meeting

    @property
    def year(self) -> int | None:
        """The year the fact belongs to: its date, else the `since` it states."""
        return _year(self.date) or _year(self.since)

    @property
    def since(self) -> str | None:
        value = self.attributes.get("since")
        return str(value) if value else None


@dataclass(frozen=True)
class Period:
    """Years from `start` to `end`, both included; None leaves that side open.

    Undated facts (where a cluster is, who funds a network) hold in every period.
    """

    start: int | None = None
    end: int | None = None

    @classmethod
    def of_year(cls, year: int | None) -> Period:
        return cls(year, year)

    def contains(self, year: int | None) -> bool:
        if year is None:
            return True
        if self.start is not None and year < self.start:
            return False
        return not (self.end is not None and year > self.end)

    @property
    def label(self) -> str:
        if self.start is None and self.end is None:
            return "all years"
        if self.start == self.end:
            return str(self.start)
        return f"{self.start or '…'}–{self.end or '…'}"


@dataclass
class Network:
    nodes: dict[int, Node]
    links: list[Link]

    @classmethod
    def of(cls, nodes: Iterable[Node], links: Iterable[Link]) -> Network:
        return cls({node.id: node for node in nodes}, list(links))

    def within(self, period: Period) -> Network:
        """The same nodes, with the links whose year falls in the period (and the undated)."""
        return Network(self.nodes, [link for link in self.links if period.contains(link.year)])

    def years(self) -> list[int]:
        return sorted({year for link in self.links if (year := link.year) is not None})

    def key_of(self, node_id: int) -> str:
        return self.nodes[node_id].key


@dataclass(frozen=True)
class Evidence:
    """One reason two organisations are tied."""

    kind: str  # a key of WEIGHTS
    year: int | None
    weight: float
    relations: tuple[int, ...]
    via: int | None = None  # the project or event that ties them, if any


Pair = tuple[int, int]


def _pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def tie_evidence(network: Network) -> dict[Pair, list[Evidence]]:
    """Every reason each pair of organisations is tied, keyed by (smaller id, larger id)."""
    nodes = network.nodes
    found: dict[Pair, list[Evidence]] = defaultdict(list)

    def is_org(node_id: int) -> bool:
        node = nodes.get(node_id)
        return node is not None and node.is_organisation

    def add(a: int, b: int, evidence: Evidence) -> None:
        if a != b and is_org(a) and is_org(b):
            found[_pair(a, b)].append(evidence)

    # Who takes part in each project and event, to tie them pairwise afterwards.
    project_members: dict[int, dict[int, list[Link]]] = defaultdict(lambda: defaultdict(list))
    event_participants: dict[int, dict[int, list[Link]]] = defaultdict(lambda: defaultdict(list))
    for link in network.links:
        predicate = link.predicate
        if predicate == Predicate.PARTNER_OF:
            strength = link.attributes.get("strength")
            weight = 0.5 + float(strength) if strength is not None else WEIGHTS["partnership"]
            add(link.subject, link.object, Evidence("partnership", link.year, weight, (link.id,)))
        elif predicate == Predicate.MET_WITH:
            add(
                link.subject,
                link.object,
                Evidence("meeting", link.year, WEIGHTS["meeting"], (link.id,), via=link.event),
            )
        elif predicate == Predicate.MEMBER_OF:
            senior = link.attributes.get("role") in SENIOR_ROLES
            weight = WEIGHTS["leadership"] if senior else WEIGHTS["membership"]
            add(link.subject, link.object, Evidence("membership", link.year, weight, (link.id,)))
        elif predicate == Predicate.FUNDED_BY:
            add(
                link.subject,
                link.object,
                Evidence("funding", link.year, WEIGHTS["funding"], (link.id,)),
            )
        elif predicate in (Predicate.CONSORTIUM_MEMBER_OF, Predicate.LEADS):
            target = nodes.get(link.object)
            if target is not None and target.is_organisation:  # leading a network
                add(
                    link.subject,
                    link.object,
                    Evidence("leadership", link.year, WEIGHTS["leadership"], (link.id,)),
                )
            else:
                project_members[link.object][link.subject].append(link)
        elif predicate in (Predicate.PARTICIPATED_IN, Predicate.ORGANIZED):
            event_participants[link.object][link.subject].append(link)

    for groups, kind in ((project_members, "project"), (event_participants, "event")):
        for via, members in groups.items():
            orgs = sorted(m for m in members if is_org(m))
            if kind == "event" and len(orgs) > MAX_EVENT_PARTICIPANTS:
                continue
            for a, b in combinations(orgs, 2):
                links = members[a] + members[b]
                years = [y for link in links if (y := link.year) is not None]
                add(
                    a,
                    b,
                    Evidence(
                        kind,
                        max(years) if years else None,
                        WEIGHTS[kind],
                        tuple(sorted({link.id for link in links})),
                        via=via,
                    ),
                )
    return dict(found)


def recency(year: int | None, reference_year: int | None) -> float:
    """1 for this year's facts (and undated ones), halved every HALF_LIFE years back."""
    if year is None or reference_year is None or year >= reference_year:
        return 1.0
    return float(0.5 ** ((reference_year - year) / HALF_LIFE))


def tie_strength(evidence: Iterable[Evidence], reference_year: int | None) -> float:
    total = sum(e.weight * recency(e.year, reference_year) for e in evidence)
    # -expm1(-s), not 1 - exp(-s): a tie faded over a century (s near 1e-22) would round
    # to 0, and its cost, -ln(strength), would fail.
    return min(MAX_STRENGTH, -math.expm1(-total))


def tie_graph(network: Network, *, reference_year: int | None = None) -> nx.Graph:
    """Organisations tied by the network's links, each edge with its strength and its reasons.

    Every organisation with at least one link in the network is a node, tied or
    not; `reference_year` (default: the network's last year) anchors recency.
    """
    if reference_year is None:
        years = network.years()
        reference_year = years[-1] if years else None
    graph = nx.Graph(reference_year=reference_year)
    linked = {link.subject for link in network.links} | {link.object for link in network.links}
    for node_id in sorted(linked):
        node = network.nodes.get(node_id)
        if node is None or not node.is_organisation:
            continue
        graph.add_node(
            node.id,
            key=node.key,
            name=node.name,
            type=node.type,
            country=node.country,
            region=region_of(node.country),
            continent=continent_of(node.country),
        )
    for (a, b), evidence in sorted(tie_evidence(network).items()):
        strength = tie_strength(evidence, reference_year)
        graph.add_edge(
            a,
            b,
            strength=strength,
            cost=-math.log(strength),
            evidence=evidence,
            relations=sorted({r for e in evidence for r in e.relations}),
            kinds=sorted({e.kind for e in evidence}),
        )
    return graph
