"""Partner recommendations over the registry: `intercluster recommend`, the API and the page.

Loads the confirmed network and each organisation's sectors and description,
checks the strategy (organisation by id, key, name or alias; a sector of the
curated list; a region of `domain.regions`), and ranks candidates with
`analytics.recommend.Recommender`. A name that matches nothing gets the
closest known names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from intercluster.analytics.recommend import Candidate, Profile, Recommender
from intercluster.db.models import Entity
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import normalize_choice
from intercluster.domain.regions import Region, parse_region
from intercluster.domain.vocabulary import SECTORS, EntityKind
from intercluster.errors import InvalidInput
from intercluster.services.analytics import load_network
from intercluster.services.entities import resolve_entity

MAX_LIMIT = 100


@dataclass
class Strategy:
    organisation: Entity
    sector: str | None
    region: Region | None


@dataclass
class Recommendations:
    strategy: Strategy
    candidates: list[Candidate]
    keys: dict[int, str]  # entity id -> key, for links
    names: dict[int, str]

    def to_list(self) -> list[dict[str, Any]]:
        return [candidate_to_dict(c, self.keys, self.names) for c in self.candidates]


def parse_sector(value: str | None, *, field: str = "sector") -> str | None:
    if value is None or not value.strip():
        return None
    return normalize_choice(value.strip().replace("_", "-"), SECTORS, field=field, what="sector")


def parse_strategy(
    uow: UnitOfWork, *, organisation: str | int, sector: str | None, region: str | None
) -> Strategy:
    """The strategy's three parts, each checked; the first bad one names itself."""
    entity = resolve_entity(uow, organisation, field="for", kinds=(EntityKind.ORGANISATION,))
    return Strategy(
        organisation=entity,
        sector=parse_sector(sector),
        region=parse_region(region) if region and region.strip() else None,
    )


def profiles_of(entities: list[Entity]) -> dict[int, Profile]:
    return {
        e.id: Profile(
            id=e.id,
            name=e.name,
            type=e.type,
            country=e.country,
            sectors=frozenset(e.sector_names),
            text=" ".join([e.name, *e.alias_names, e.description or ""]),
        )
        for e in entities
    }


def build_recommender(uow: UnitOfWork) -> tuple[Recommender, list[Entity]]:
    entities = uow.entities.iter_all()
    return Recommender(load_network(uow), profiles_of(entities)), entities


def recommend(
    uow: UnitOfWork,
    *,
    organisation: str | int,
    sector: str | None = None,
    region: str | None = None,
    limit: int = 10,
    new_only: bool = False,
) -> Recommendations:
    """New candidates first, best first; then, unless `new_only`, the organisation's existing
    partners and networks that fit the strategy (flagged `already_partner`), as the ties to
    strengthen there."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit: between 1 and {MAX_LIMIT}", field="limit")
    strategy = parse_strategy(uow, organisation=organisation, sector=sector, region=region)
    recommender, entities = build_recommender(uow)
    ranked = recommender.rank(
        strategy.organisation.id,
        sector=strategy.sector,
        region=strategy.region,
        include_partners=not new_only,
    )
    ordered = [c for c in ranked if not c.partner] + [c for c in ranked if c.partner]
    candidates = recommender.explain(strategy.organisation.id, ordered[:limit])
    return Recommendations(
        strategy=strategy,
        candidates=candidates,
        keys={e.id: e.key for e in entities},
        names={e.id: e.name for e in entities},
    )


def candidate_to_dict(
    candidate: Candidate, keys: dict[int, str], names: dict[int, str]
) -> dict[str, Any]:
    return {
        "name": candidate.name,
        "key": keys.get(candidate.id),
        "type": candidate.type,
        "country": candidate.country,
        "score": candidate.score,
        "reasons": list(candidate.reasons),
        "components": dict(candidate.components),
        "already_partner": candidate.partner,
        "path": [{"key": keys.get(n), "name": names.get(n, str(n))} for n in candidate.path],
        "path_strength": candidate.path_strength,
    }


def strategy_to_dict(strategy: Strategy) -> dict[str, Any]:
    return {
        "organisation": {"key": strategy.organisation.key, "name": strategy.organisation.name},
        "sector": strategy.sector,
        "region": strategy.region.name if strategy.region else None,
        "countries": sorted(strategy.region.countries) if strategy.region else None,
    }
