"""How well the partner recommender finds partnerships it was not told about.

A realistic ecosystem is generated with a fixed seed (`generate`): clusters,
universities, companies, research institutes and public bodies in 42
countries (Europe weighted as a European cluster's registry is), each with one
to three sector tags and a short description drawn from its sectors' words;
regional, sectoral and global networks they join; projects whose consortia
mix partners with shared sectors; events with their participants; and
`partner_of` ties whose degrees are heavy-tailed (preferential attachment)
with geographic and sector homophily, a pull towards organisations met in a
network or a project, and triadic closure (30% of the new ties go to partners
of partners, the warm introductions of the domain).

Then 20% of the `partner_of` ties are hidden (fixed seed). For every hidden tie
(u, v), u's candidates are ranked with what is left (v must come back for u,
and u for v): hits@10 is the share of those that come back in the top ten,
MRR the mean of 1/rank. Rankings are "raw": other hidden partners of u may sit
above v. Baseline: popularity, every candidate ranked by its number of
visible partners. The same on the demo data (hiding 20% of its partner_of ties,
averaged over many splits, because it has few).

    .venv/bin/python benchmarks/recommend/bench_recommend.py --organisations 1500
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from intercluster.analytics.network import Link, Network, Node
from intercluster.analytics.recommend import WEIGHTS, Profile, Recommender, popularity_ranking
from intercluster.domain.regions import continent_of, subregion_of
from intercluster.domain.vocabulary import Predicate

# Countries and their weight in a European cluster's registry.
COUNTRY_WEIGHTS = {
    "FR": 10, "DE": 9, "GB": 6, "BE": 5, "NL": 5, "ES": 5, "IT": 5, "CH": 4, "DK": 4, "SE": 4,
    "FI": 3, "NO": 3, "AT": 3, "PL": 3, "IE": 2, "PT": 2, "CZ": 2, "HU": 2, "EE": 2, "LT": 2,
    "LV": 1, "SI": 2, "SK": 1, "HR": 1, "RO": 1, "GR": 1, "US": 8, "CA": 3, "JP": 4, "KR": 3,
    "CN": 3, "SG": 2, "IN": 2, "IL": 2, "AU": 2, "BR": 1, "MX": 1, "AE": 1, "ZA": 1, "MA": 1,
    "TW": 1, "NZ": 1,
}  # fmt: skip
TYPE_WEIGHTS = {"cluster": 45, "university": 20, "company": 20, "research_org": 10,
                "public_body": 5}  # fmt: skip
SECTORS = (
    "agri-food", "ai", "biomanufacturing", "biotech", "biotherapies", "cell-therapy",
    "computational-genomics", "cosmetics", "diagnostics", "digital-health", "gene-therapy",
    "genomics", "green-biotech", "health", "industrial-biotech", "medtech", "nutrition",
    "pharma", "rare-diseases", "synthetic-biology",
)  # fmt: skip
# Words a description of an organisation in that sector uses.
SECTOR_WORDS = {
    "agri-food": "crops food processing farming", "ai": "machine learning models data",
    "biomanufacturing": "bioprocess scale-up fermentation", "biotech": "biotechnology startups",
    "biotherapies": "antibodies biologics therapies", "cell-therapy": "cells car-t regenerative",
    "computational-genomics": "bioinformatics sequencing algorithms",
    "cosmetics": "skin care ingredients", "diagnostics": "assays tests biomarkers",
    "digital-health": "software telemedicine records", "gene-therapy": "vectors aav editing",
    "genomics": "sequencing genomes dna", "green-biotech": "plants environment sustainable",
    "health": "patients hospitals care", "industrial-biotech": "enzymes chemicals bio-based",
    "medtech": "devices implants imaging", "nutrition": "diet supplements microbiome",
    "pharma": "drugs clinical trials", "rare-diseases": "orphan rare patients registries",
    "synthetic-biology": "circuits strains engineering",
}  # fmt: skip
CLOSURE = 0.3  # share of the new partnerships drawn among partners of partners
FILLER = ("support", "innovation", "growth", "regional", "ecosystem", "start-ups", "research",
          "transfer")  # fmt: skip


@dataclass
class Ecosystem:
    network: Network
    profiles: dict[int, Profile]
    partner_links: list[Link]


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def generate(organisations: int, *, seed: int = 7) -> Ecosystem:
    """A registry of `organisations` organisations with networks, projects, events and ties."""
    rng = random.Random(seed)
    # Each country leans towards a few sectors (Denmark: pharma; Estonia: genomics; ...).
    country_focus = {c: rng.sample(SECTORS, 4) for c in COUNTRY_WEIGHTS}
    profiles: dict[int, Profile] = {}
    nodes: list[Node] = []
    for i in range(1, organisations + 1):
        country = _pick(rng, COUNTRY_WEIGHTS)
        kind = _pick(rng, TYPE_WEIGHTS)
        count = rng.choice((1, 1, 2, 2, 3))
        pool = country_focus[country] if rng.random() < 0.6 else list(SECTORS)
        sectors = frozenset(rng.sample(pool, min(count, len(pool))))
        words = [w for s in sectors for w in SECTOR_WORDS[s].split() if rng.random() < 0.7]
        words += rng.sample(FILLER, 3)
        name = f"{kind.replace('_', ' ').title()} {country}-{i}"
        profiles[i] = Profile(i, name, kind, country, sectors, f"{name} {' '.join(words)}")
        nodes.append(Node(i, f"org-{i}", name, kind, country))
    links: list[Link] = []

    def link(subject: int, predicate: str, obj: int, date: str = "2021") -> None:
        links.append(Link(len(links) + 1, subject, predicate, obj, date))

    orgs = list(profiles)
    groups: dict[int, set[int]] = defaultdict(set)  # organisation -> networks and projects
    # Networks: regional (a continent or sub-region), sectoral, and a few global ones.
    next_id = organisations + 1
    network_ids: list[tuple[int, str | None, str | None]] = []
    for region in sorted({subregion_of(c) for c in COUNTRY_WEIGHTS} - {None}):
        network_ids.append((next_id, region, None))
        next_id += 1
    for sector in SECTORS:
        network_ids.append((next_id, None, sector))
        next_id += 1
    for _ in range(3):
        network_ids.append((next_id, None, None))
        next_id += 1
    for network_id, region, sector in network_ids:
        name = f"Network {region or sector or 'global'} {network_id}"
        tags = frozenset({sector}) if sector else frozenset()
        profiles[network_id] = Profile(network_id, name, "network", None, tags, name)
        nodes.append(Node(network_id, f"net-{network_id}", name, "network", None))
        for org in orgs:
            p = profiles[org]
            chance = 0.01
            if region and subregion_of(p.country) == region:
                chance = 0.25
            elif sector and sector in p.sectors:
                chance = 0.15
            elif not region and not sector:
                chance = 0.03
            if rng.random() < chance:
                link(org, Predicate.MEMBER_OF.value, network_id)
                groups[org].add(network_id)
    # Projects: a lead organisation and 3 to 6 members sharing a sector with it.
    by_sector: dict[str, list[int]] = defaultdict(list)
    for org in orgs:
        for sector in profiles[org].sectors:
            by_sector[sector].append(org)
    for _ in range(organisations // 8):
        project_id = next_id
        next_id += 1
        lead = rng.choice(orgs)
        sector = rng.choice(sorted(profiles[lead].sectors))
        members = {lead, *rng.sample(by_sector[sector], min(rng.randint(2, 5),
                                                            len(by_sector[sector])))}  # fmt: skip
        profiles[project_id] = Profile(project_id, f"Project {project_id}", "project")
        nodes.append(Node(project_id, f"project-{project_id}", f"Project {project_id}", "project"))
        for member in members:
            link(member, Predicate.CONSORTIUM_MEMBER_OF.value, project_id)
            groups[member].add(project_id)
    # Events: each with up to 40 participants, mostly from its continent.
    for _ in range(organisations // 25):
        event_id = next_id
        next_id += 1
        country = _pick(rng, COUNTRY_WEIGHTS)
        profiles[event_id] = Profile(event_id, f"Event {event_id}", "event", country)
        nodes.append(Node(event_id, f"event-{event_id}", f"Event {event_id}", "event", country))
        local = [o for o in orgs if continent_of(profiles[o].country) == continent_of(country)]
        for org in rng.sample(local, min(len(local), rng.randint(10, 40))):
            link(org, Predicate.PARTICIPATED_IN.value, event_id)
    # Partnerships: preferential attachment with homophily and a pull towards shared groups.
    degree: dict[int, int] = defaultdict(int)
    partners: dict[int, set[int]] = defaultdict(set)
    partner_links: list[Link] = []
    order = orgs[:]
    rng.shuffle(order)
    for org in order:
        wanted = min(40, max(1, int(rng.paretovariate(1.6))))
        for _ in range(wanted):
            # Triadic closure: partners of partners get introduced (CLOSURE of the new ties
            # are drawn among them), as in real collaboration networks.
            friends = sorted({f for p in partners[org] for f in partners[p]} - {org})
            if friends and rng.random() < CLOSURE:
                pool = rng.sample(friends, min(len(friends), 120))
            else:
                # min(): the same draws at the sizes of the README, and small sizes still run.
                pool = rng.sample(orgs, min(len(orgs), 120))
            weights = []
            for cand in pool:
                if cand == org or cand in partners[org]:
                    weights.append(0.0)
                    continue
                a, b = profiles[org], profiles[cand]
                geo = 1.0
                if a.country == b.country:
                    geo = 4.0
                elif subregion_of(a.country) == subregion_of(b.country):
                    geo = 2.5
                elif continent_of(a.country) == continent_of(b.country):
                    geo = 1.5
                union = a.sectors | b.sectors
                jaccard = len(a.sectors & b.sectors) / len(union) if union else 0.0
                shared = len(groups[org] & groups[cand])
                weights.append((degree[cand] + 1) * geo * (1 + 4 * jaccard) * (1 + 2 * shared))
            if not any(weights):
                continue
            cand = rng.choices(pool, weights=weights)[0]
            partners[org].add(cand)
            partners[cand].add(org)
            degree[org] += 1
            degree[cand] += 1
            partner_links.append(
                Link(len(links) + len(partner_links) + 1, org, Predicate.PARTNER_OF.value, cand,
                     rng.choice(("2019", "2020", "2021")))
            )  # fmt: skip
    return Ecosystem(Network.of(nodes, [*links, *partner_links]), profiles, partner_links)


@dataclass
class Scores:
    hits10: float
    mrr: float
    queries: int
    seconds_per_query: float


def _split(links: list[Link], share: float, rng: random.Random) -> tuple[list[Link], list[Link]]:
    shuffled = links[:]
    rng.shuffle(shuffled)
    cut = max(1, round(share * len(shuffled)))
    return shuffled[cut:], shuffled[:cut]


def _queries(hidden: Iterable[Link]) -> dict[int, set[int]]:
    """Each hidden tie asked from both ends: {organisation: the partners it must find}."""
    wanted: dict[int, set[int]] = defaultdict(set)
    for link in hidden:
        wanted[link.subject].add(link.object)
        wanted[link.object].add(link.subject)
    return wanted


def evaluate(
    network: Network,
    profiles: dict[int, Profile],
    hidden: list[Link],
    *,
    weights: dict[str, float] | None = None,
) -> tuple[Scores, Scores]:
    """(recommender, popularity) on one split: `network` without the hidden ties."""
    hidden_ids = {link.id for link in hidden}
    visible = Network(network.nodes, [x for x in network.links if x.id not in hidden_ids])
    recommender = Recommender(visible, profiles, weights=weights)
    wanted = _queries(hidden)
    reciprocal: list[float] = []
    base_reciprocal: list[float] = []
    start = time.perf_counter()
    for org, targets in wanted.items():
        ranked = [c.id for c in recommender.rank(org)]
        position = {cid: i + 1 for i, cid in enumerate(ranked)}
        for target in targets:
            rank = position.get(target)
            reciprocal.append(1.0 / rank if rank else 0.0)
    elapsed = time.perf_counter() - start
    candidates = [p.id for p in profiles.values() if p.type in recommender_types()]
    for org, targets in wanted.items():
        ranked = popularity_ranking(recommender.partners, org, candidates)
        position = {cid: i + 1 for i, cid in enumerate(ranked)}
        for target in targets:
            rank = position.get(target)
            base_reciprocal.append(1.0 / rank if rank else 0.0)

    def scores(values: list[float], seconds: float) -> Scores:
        hits = sum(1 for v in values if v >= 0.1) / len(values)
        return Scores(hits, statistics.fmean(values), len(values), seconds / max(1, len(wanted)))

    return scores(reciprocal, elapsed), scores(base_reciprocal, 0.0)


def recommender_types() -> frozenset[str]:
    from intercluster.analytics.recommend import CANDIDATE_TYPES

    return CANDIDATE_TYPES


def demo_ecosystem() -> tuple[Network, dict[int, Profile], list[Link]]:
    """The demo data (the seed's registry), as plain data."""
    import tempfile

    from intercluster.db.migrate import upgrade
    from intercluster.db.uow import Database
    from intercluster.services.analytics import load_network
    from intercluster.services.demo import load_demo
    from intercluster.services.recommend import profiles_of

    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite:///{tmp}/demo.db")
        upgrade(database.engine)
        with database.uow() as uow:
            load_demo(uow)
        with database.uow() as uow:
            network = load_network(uow)
            profiles = profiles_of(uow.entities.iter_all())
        database.dispose()
    ties = [x for x in network.links if x.predicate == Predicate.PARTNER_OF.value]
    return network, profiles, ties


ABLATIONS: dict[str, dict[str, float]] = {
    "all signals": dict(WEIGHTS),
    "without network proximity": {**WEIGHTS, "proximity": 0.0},
    "without sector fit": {**WEIGHTS, "sector": 0.0},
    "without geography": {**WEIGHTS, "geography": 0.0},
    "without shared networks": {**WEIGHTS, "shared": 0.0},
    "without popularity": {**WEIGHTS, "popularity": 0.0},
    "network proximity only": {k: float(k == "proximity") for k in WEIGHTS},
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7, help="of the generated ecosystem")
    parser.add_argument("--split-seed", type=int, default=11, help="of the hidden 20%%")
    parser.add_argument("--demo-splits", type=int, default=50)
    parser.add_argument("--ablations", action="store_true", help="also each signal left out")
    parser.add_argument("--out", type=Path, help="write the results as JSON here")
    args = parser.parse_args(argv)

    results: dict[str, object] = {"machine": f"{platform.machine()}, {platform.python_version()}"}
    started = time.perf_counter()
    eco = generate(args.organisations, seed=args.seed)
    degrees = defaultdict(int)
    for link in eco.partner_links:
        degrees[link.subject] += 1
        degrees[link.object] += 1
    top = sorted(degrees.values(), reverse=True)
    print(
        f"ecosystem: {args.organisations} organisations, {len(eco.network.links)} relations, "
        f"{len(eco.partner_links)} partner_of; degree max {top[0]}, median "
        f"{statistics.median(top)}, top 1% hold "
        f"{sum(top[: max(1, len(top) // 100)]) / sum(top):.0%} of the tie ends "
        f"({time.perf_counter() - started:.1f} s)"
    )
    _, hidden = _split(eco.partner_links, 0.2, random.Random(args.split_seed))
    variants = ABLATIONS if args.ablations else {"all signals": dict(WEIGHTS)}
    generated: dict[str, object] = {}
    for label, weights in variants.items():
        t0 = time.perf_counter()
        ours, base = evaluate(eco.network, eco.profiles, hidden, weights=weights)
        print(
            f"generated, {label}: hits@10 {ours.hits10:.3f}, MRR {ours.mrr:.3f} "
            f"({ours.queries} hidden tie ends, {1000 * ours.seconds_per_query:.0f} ms a query, "
            f"{time.perf_counter() - t0:.0f} s) | popularity: hits@10 {base.hits10:.3f}, "
            f"MRR {base.mrr:.3f}"
        )
        generated[label] = {"ours": ours.__dict__, "popularity": base.__dict__}
    results["generated"] = generated

    network, profiles, ties = demo_ecosystem()
    ours_runs, base_runs = [], []
    rng = random.Random(args.split_seed)
    for _ in range(args.demo_splits):
        _, hidden_demo = _split(ties, 0.2, rng)
        ours, base = evaluate(network, profiles, hidden_demo)
        ours_runs.append(ours)
        base_runs.append(base)

    def mean(runs: list[Scores], name: str) -> float:
        return statistics.fmean(getattr(r, name) for r in runs)

    print(
        f"demo ({len(ties)} partner_of, {args.demo_splits} splits of 20%): ours hits@10 "
        f"{mean(ours_runs, 'hits10'):.3f}, MRR {mean(ours_runs, 'mrr'):.3f} | popularity "
        f"hits@10 {mean(base_runs, 'hits10'):.3f}, MRR {mean(base_runs, 'mrr'):.3f}"
    )
    results["demo"] = {
        "partner_of": len(ties),
        "ours": {"hits10": mean(ours_runs, "hits10"), "mrr": mean(ours_runs, "mrr")},
        "popularity": {"hits10": mean(base_runs, "hits10"), "mrr": mean(base_runs, "mrr")},
    }
    results["seconds"] = round(time.perf_counter() - started, 1)
    print(f"total {results['seconds']} s")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
