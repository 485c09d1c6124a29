"""A synthetic ecosystem for the scale benchmark, written as an intercluster JSON export.

    .venv/bin/python benchmarks/scale/generate.py --organisations 100000 --relations 1000000 \\
        --out /tmp/scale/ecosystem.json

Fixed seed (7). Organisations spread over 60 countries (a few large, many
small: Zipf weights), of every organisation type; events and projects in
proportion (10k and 5k at full size), 50k sources. Relations follow heavy-
tailed degrees: each organisation draws an activity weight from a Pareto law,
so a few hubs hold thousands of ties and most hold a handful. The mix of
predicates is that of a cluster network: partnerships, meetings at events,
memberships of networks and clusters, participations and organisations of
events, project consortia. A fifth of the relations cite a span of a source.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import numpy as np

SEED = 7
COUNTRIES = [
    "FR",
    "DE",
    "US",
    "GB",
    "IT",
    "ES",
    "NL",
    "BE",
    "CH",
    "SE",
    "DK",
    "FI",
    "NO",
    "PL",
    "CZ",
    "AT",
    "PT",
    "IE",
    "IL",
    "CA",
    "JP",
    "KR",
    "CN",
    "IN",
    "SG",
    "AU",
    "BR",
    "MX",
    "AR",
    "CL",
    "ZA",
    "EG",
    "MA",
    "TN",
    "NG",
    "KE",
    "TR",
    "GR",
    "HU",
    "RO",
    "BG",
    "HR",
    "SI",
    "SK",
    "EE",
    "LV",
    "LT",
    "LU",
    "IS",
    "MT",
    "CY",
    "UA",
    "RS",
    "NZ",
    "TH",
    "VN",
    "MY",
    "ID",
    "PH",
    "CO",
    "PE",
]
ORG_TYPES = (
    ("company", 0.55), ("university", 0.14), ("research_org", 0.1), ("cluster", 0.06),
    ("public_body", 0.07), ("network", 0.05), ("programme", 0.03),
)  # fmt: skip
SECTORS = ("biotech", "medtech", "digital-health", "biomanufacturing", "nutrition", "cosmetics")
PREDICATE_MIX = (
    ("partner_of", 0.34), ("met_with", 0.16), ("member_of", 0.1),
    ("participated_in", 0.3), ("consortium_member_of", 0.1),
)  # fmt: skip
SYLLABLES = [
    "bio",
    "gen",
    "med",
    "nova",
    "tech",
    "cell",
    "vita",
    "pharm",
    "thera",
    "lab",
    "cura",
    "neo",
    "omni",
    "syn",
    "path",
    "viro",
    "immu",
    "cyto",
    "onco",
    "derm",
    "nutri",
    "agro",
    "hel",
    "gal",
    "ter",
    "mar",
    "sol",
    "lun",
    "ast",
    "ori",
    "ven",
    "aur",
]
WORDS = [
    "Institute",
    "Labs",
    "Therapeutics",
    "Cluster",
    "Network",
    "Foundation",
    "Health",
    "Sciences",
    "Systems",
]
ACCENTED = ("Tartù", "Straße", "Genève", "Łódź", "Ångström", "Córdoba", "Brnó", "Sévres")


def _names(rng: np.random.Generator, count: int, prefix: str) -> list[str]:
    """Distinct readable names: two or three syllables, a word, and the number when needed."""
    parts = rng.integers(0, len(SYLLABLES), size=(count, 3))
    words = rng.integers(0, len(WORDS), size=count)
    accents = rng.random(count) < 0.05
    names, seen = [], set()
    for i in range(count):
        stem = "".join(SYLLABLES[p] for p in parts[i][: 2 + (i % 2)]).capitalize()
        if accents[i]:
            stem = f"{ACCENTED[i % len(ACCENTED)]} {stem}"
        name = f"{stem} {WORDS[words[i]]}" if prefix == "org" else f"{stem} {prefix} {i}"
        if name.casefold() in seen:
            name = f"{name} {i}"
        seen.add(name.casefold())
        names.append(name)
    return names


def build(
    organisations: int, relations: int, events: int, projects: int, sources: int
) -> dict[str, Any]:
    rng = np.random.default_rng(SEED)
    country_weights = 1 / np.arange(1, len(COUNTRIES) + 1) ** 0.9
    country_weights /= country_weights.sum()
    countries = rng.choice(len(COUNTRIES), size=organisations, p=country_weights)
    types = rng.choice(len(ORG_TYPES), size=organisations, p=[w for _, w in ORG_TYPES])
    names = _names(rng, organisations, "org")
    sectors = rng.integers(0, len(SECTORS), size=organisations)
    entities: list[dict[str, Any]] = []
    for i in range(organisations):
        entity: dict[str, Any] = {
            "id": f"o{i}",
            "name": names[i],
            "type": ORG_TYPES[types[i]][0],
            "country": COUNTRIES[countries[i]],
            "sectors": [SECTORS[sectors[i]]],
        }
        if i % 10 == 0:
            entity["aliases"] = [f"{names[i].split()[0][:6].upper()}{i}"]
        if i % 4 == 0:
            entity["description"] = (
                f"{names[i]} works on {SECTORS[sectors[i]]} in {COUNTRIES[countries[i]]}."
            )
        entities.append(entity)
    event_years = rng.integers(2015, 2025, size=events)
    event_months = rng.integers(1, 13, size=events)
    for j, name in enumerate(_names(rng, events, "Summit")):
        entities.append({
            "id": f"e{j}", "name": name, "type": "event",
            "country": COUNTRIES[int(rng.integers(0, len(COUNTRIES)))],
            "start_date": f"{event_years[j]}-{event_months[j]:02d}",
            "format": ("in_person", "virtual", "hybrid")[j % 3],
        })  # fmt: skip
    statuses = ("submitted", "funded", "running", "closed", "rejected")
    for j, name in enumerate(_names(rng, projects, "Project")):
        entities.append({
            "id": f"p{j}", "name": name, "type": "project", "status": statuses[j % 5],
        })  # fmt: skip
    source_records = [
        {
            "name": f"report-{k}.txt",
            "text": f"Report {k}. "
            + " ".join(SYLLABLES[(k + n) % len(SYLLABLES)] for n in range(40)),
        }
        for k in range(sources)
    ]
    from hashlib import sha256

    for record in source_records:
        record["id"] = sha256(record["text"].encode()).hexdigest()

    # Heavy tails: a Pareto activity per organisation, and per event and project.
    activity = rng.pareto(1.3, size=organisations) + 1
    activity /= activity.sum()
    event_pull = rng.pareto(1.1, size=events) + 1
    event_pull /= event_pull.sum()
    project_pull = rng.pareto(2.5, size=projects) + 1
    project_pull /= project_pull.sum()
    groups = np.flatnonzero(np.isin(types, [3, 5]))  # clusters and networks
    group_pull = activity[groups] / activity[groups].sum()

    predicate_of = rng.choice(len(PREDICATE_MIX), size=relations, p=[w for _, w in PREDICATE_MIX])
    subjects = rng.choice(organisations, size=relations, p=activity)
    partners = rng.choice(organisations, size=relations, p=activity)
    event_of = rng.choice(events, size=relations, p=event_pull)
    project_of = rng.choice(projects, size=relations, p=project_pull)
    group_of = groups[rng.choice(len(groups), size=relations, p=group_pull)]
    years = rng.integers(2015, 2025, size=relations)
    months = rng.integers(1, 13, size=relations)
    cited = rng.random(relations) < 0.2
    cited_source = rng.integers(0, sources, size=relations)

    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for r in range(relations):
        predicate = PREDICATE_MIX[predicate_of[r]][0]
        subject = f"o{subjects[r]}"
        date = f"{years[r]}-{months[r]:02d}"
        attributes: dict[str, Any] = {}
        if predicate in ("partner_of", "met_with"):
            obj = f"o{partners[r]}"
            if predicate == "met_with" and r % 3 == 0:
                event = int(event_of[r])
                attributes["event"] = f"e{event}"
                date = f"{event_years[event]}-{event_months[event]:02d}"
            elif predicate == "partner_of" and r % 2 == 0:
                attributes["since"] = str(years[r])
        elif predicate == "member_of":
            obj = f"o{group_of[r]}"
            attributes["role"] = "member"
        elif predicate == "participated_in":
            event = int(event_of[r])
            obj = f"e{event}"
            date = f"{event_years[event]}-{event_months[event]:02d}"
            attributes["role"] = "attendee" if r % 5 else "exhibitor"
        else:
            obj = f"p{project_of[r]}"
            attributes["role"] = "partner" if r % 6 else "coordinator"
        if subject == obj:
            continue
        fact = (subject, predicate, obj, date)
        if fact in seen or (
            predicate in ("partner_of", "met_with") and (obj, predicate, subject, date) in seen
        ):
            continue
        seen.add(fact)
        relation: dict[str, Any] = {
            "subject": subject, "predicate": predicate, "object": obj, "date": date,
            "attributes": attributes,
        }  # fmt: skip
        if cited[r]:
            source = source_records[cited_source[r]]
            relation["sources"] = [{"source": source["id"], "span": [0, 10]}]
        out.append(relation)
    # Events are organised by someone.
    for j in range(events):
        out.append({
            "subject": f"o{subjects[j]}", "predicate": "organized", "object": f"e{j}",
            "date": f"{event_years[j]}-{event_months[j]:02d}", "attributes": {},
        })  # fmt: skip
    return {"sources": source_records, "entities": entities, "relations": out}


def write(document: dict[str, Any], handle: TextIO) -> None:
    """One record per line: a valid JSON document that streams well."""
    handle.write("{")
    for index, name in enumerate(("sources", "entities", "relations")):
        handle.write(("," if index else "") + f'\n"{name}": [')
        records = document[name]
        for position, record in enumerate(records):
            handle.write(
                ("\n" if position == 0 else ",\n") + json.dumps(record, ensure_ascii=False)
            )
        handle.write("\n]")
    handle.write("\n}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=100_000)
    parser.add_argument("--relations", type=int, default=1_000_000)
    parser.add_argument("--events", type=int, default=None, help="default: organisations / 10")
    parser.add_argument("--projects", type=int, default=None, help="default: organisations / 20")
    parser.add_argument("--sources", type=int, default=None, help="default: organisations / 2")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    n = args.organisations
    document = build(
        n,
        args.relations,
        args.events or max(n // 10, 1),
        args.projects or max(n // 20, 1),
        args.sources or max(n // 2, 1),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        write(document, handle)
    print(
        f"{args.out}: {n} organisations, {len(document['entities'])} entities, "
        f"{len(document['relations'])} relations, {len(document['sources'])} sources",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
