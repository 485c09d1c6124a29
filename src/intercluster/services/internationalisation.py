"""Internationalisation requests of member companies, and the doors the cluster can open for them.

A request names the company, where it wants to go (a country or a grouping
of `domain.regions`), the sector and the goal. Its proposals are computed
from the registry when asked, never stored:

- **organisations** (partner clusters, public bodies, universities,
  companies) and **networks** in the region, ranked by the recommender of
  `analytics.recommend` for the requester (or, when the registry knows no
  tie of it yet, for the cluster), existing partners included: they are the
  warmest doors;
- **events** held in the region, or where organisations of the region take
  part, that fit the sector, upcoming and recent first;
- **contacts**: people who work for the proposed organisations.

Each proposal has its reasons and, where one exists, the warm-introduction
path: the strongest chain of ties from the requester through the cluster and
its partners (`analytics.metrics.introduction_paths`).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from pydantic import Field
from sqlalchemy import select

from intercluster.analytics.metrics import introduction_paths
from intercluster.analytics.recommend import CANDIDATE_TYPES, Recommender
from intercluster.db.models import Entity
from intercluster.db.prospection_models import REQUEST_STATUSES, InternationalisationRequest
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import is_digits, normalize_choice
from intercluster.domain.regions import Region, parse_region
from intercluster.domain.vocabulary import EntityKind, Predicate, RelationStatus
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EntityRef, Strict
from intercluster.services.analytics import home_organisation
from intercluster.services.entities import resolve_entity
from intercluster.services.recommend import build_recommender, candidate_to_dict, parse_sector

ORGANISATIONS_SHOWN = 10
NETWORKS_SHOWN = 6
EVENTS_SHOWN = 8
CONTACTS_SHOWN = 10


class RequestCreate(Strict):
    organisation: EntityRef = Field(description="The requesting member company")
    region: str = Field(
        min_length=1, max_length=100, description="A country or a grouping (North America, ...)"
    )
    sector: str | None = Field(default=None, max_length=60)
    goal: str = Field(min_length=1, max_length=5000)


class RequestUpdate(Strict):
    status: str | None = Field(default=None, description=", ".join(REQUEST_STATUSES))
    goal: str | None = Field(default=None, min_length=1, max_length=5000)
    version: int | None = None


def create_request(
    uow: UnitOfWork, *, cluster_ref: int | str | None, data: RequestCreate
) -> InternationalisationRequest:
    cluster = home_organisation(uow, cluster_ref)
    company = resolve_entity(
        uow, data.organisation, field="organisation", kinds=(EntityKind.ORGANISATION,)
    )
    region = parse_region(data.region)
    request = InternationalisationRequest(
        cluster=cluster,
        organisation=company,
        region=region.name,
        sector=parse_sector(data.sector),
        goal=data.goal,
    )
    uow.session.add(request)
    uow.flush()
    return request


def get_request(uow: UnitOfWork, request_id: int | str) -> InternationalisationRequest:
    text = str(request_id).strip()
    found = uow.session.get(InternationalisationRequest, int(text)) if is_digits(text) else None
    if found is None:
        raise NotFound(f"request: no internationalisation request {text!r}", field="request")
    return found


def update_request(
    uow: UnitOfWork, request: InternationalisationRequest, data: RequestUpdate
) -> InternationalisationRequest:
    if data.version is not None and data.version != request.version:
        raise Conflict(
            f"version: the request is at version {request.version}, not {data.version}; reload",
            field="version",
        )
    if data.status is not None:
        request.status = normalize_choice(
            data.status, REQUEST_STATUSES, field="status", what="status"
        )
    if data.goal is not None:
        request.goal = data.goal
    uow.flush()
    return request


def list_requests(
    uow: UnitOfWork,
    *,
    cluster: Entity,
    organisation: int | str | None = None,
    status: str | None = None,
) -> list[InternationalisationRequest]:
    query = select(InternationalisationRequest).where(
        InternationalisationRequest.cluster_id == cluster.id
    )
    if organisation is not None and str(organisation).strip():
        company = resolve_entity(
            uow, organisation, field="organisation", kinds=(EntityKind.ORGANISATION,)
        )
        query = query.where(InternationalisationRequest.organisation_id == company.id)
    if status:
        status = normalize_choice(status, REQUEST_STATUSES, field="status", what="status")
        query = query.where(InternationalisationRequest.status == status)
    query = query.order_by(
        InternationalisationRequest.created_at.desc(), InternationalisationRequest.id
    )
    return list(uow.session.scalars(query))


def request_to_dict(request: InternationalisationRequest) -> dict[str, Any]:
    return {
        "id": request.id,
        "organisation": {"key": request.organisation.key, "name": request.organisation.name},
        "cluster": {"key": request.cluster.key, "name": request.cluster.name},
        "region": request.region,
        "sector": request.sector,
        "goal": request.goal,
        "status": request.status,
        "created_at": request.created_at.isoformat(timespec="seconds"),
        "version": request.version,
    }


# ---------------------------------------------------------------- proposals


def _path(
    recommender: Recommender, source: int, target: int, names: dict[int, str], keys: dict[int, str]
) -> tuple[list[dict[str, Any]], float | None]:
    found = introduction_paths(recommender.graph, source, target, limit=1)
    if not found:
        return [], None
    nodes = found[0].nodes
    return [{"key": keys.get(n), "name": names.get(n, str(n))} for n in nodes], round(
        found[0].strength, 4
    )


def proposals(
    uow: UnitOfWork, request: InternationalisationRequest, *, today: date | None = None
) -> dict[str, Any]:
    """Organisations, networks, events and contacts that open the door, each with its reasons."""
    today = today or date.today()
    region = parse_region(request.region)
    recommender, entities = build_recommender(uow)
    keys = {e.id: e.key for e in entities}
    names = {e.id: e.name for e in entities}
    requester, cluster = request.organisation, request.cluster
    # The warm path starts at the requester when the registry ties it to anything (its
    # membership of the cluster, say); else at the cluster, which asks on its behalf.
    source = requester.id if requester.id in recommender.graph else cluster.id
    ranked = recommender.rank(
        source,
        sector=request.sector,
        region=region,
        include_partners=True,
        types=CANDIDATE_TYPES - {"company"},
    )
    ranked = [c for c in ranked if c.id not in (cluster.id, requester.id)]
    organisations: list[dict[str, Any]] = []
    networks: list[dict[str, Any]] = []
    for candidate in ranked:
        shelf = networks if candidate.type == "network" else organisations
        limit = NETWORKS_SHOWN if candidate.type == "network" else ORGANISATIONS_SHOWN
        if len(shelf) < limit:
            recommender.explain(source, [candidate])
            shelf.append(candidate_to_dict(candidate, keys, names))
    opened = [keys[c.id] for c in ranked[: ORGANISATIONS_SHOWN + NETWORKS_SHOWN]]
    return {
        "request": request_to_dict(request),
        "region": {"name": region.name, "countries": sorted(region.countries)},
        "path_from": {"key": keys.get(source), "name": names.get(source)},
        "organisations": organisations,
        "networks": networks,
        "events": _events(uow, recommender, region, request, source, names, keys, today),
        "contacts": _contacts(uow, opened, names, keys, recommender, source, cluster),
    }


def _events(
    uow: UnitOfWork,
    recommender: Recommender,
    region: Region,
    request: InternationalisationRequest,
    source: int,
    names: dict[int, str],
    keys: dict[int, str],
    today: date,
) -> list[dict[str, Any]]:
    participations = uow.relations.all(
        RelationFilter(
            predicate=Predicate.PARTICIPATED_IN.value, status=RelationStatus.CONFIRMED.value
        )
    )
    present: dict[int, set[int]] = defaultdict(set)
    for relation in participations:
        present[relation.object_id].add(relation.subject_id)
    cluster_id = request.cluster_id
    rows = []
    for event in uow.entities.iter_all():
        if event.type != "event":
            continue
        from_region = (
            sorted(
                names[o]
                for o in present[event.id]
                if region.contains(recommender.profiles[o].country)
            )
            if event.id in present
            else []
        )
        held_there = region.contains(event.country)
        if not held_there and not from_region:
            continue
        reasons = []
        score = 0.0
        if held_there:
            reasons.append(f"held in {event.country}" + (f", {event.city}" if event.city else ""))
            score += 1.0
        if from_region:
            reasons.append(f"organisations of {region.name} there: {', '.join(from_region[:3])}")
            score += min(1.0, 0.25 * len(from_region))
        if request.sector and request.sector in event.sector_names:
            reasons.append(f"sector: {request.sector}")
            score += 1.0
        if cluster_id in present[event.id]:
            reasons.append(f"{request.cluster.name} took part")
            score += 0.5
        upcoming = bool(event.start_date and event.start_date >= today.isoformat())
        if upcoming:
            reasons.append(f"upcoming: {event.start_date}")
            score += 0.5
        rows.append(
            {
                "name": event.name,
                "key": event.key,
                "country": event.country,
                "start_date": event.start_date,
                "score": round(score, 4),
                "reasons": reasons,
                "upcoming": upcoming,
            }
        )
    rows.sort(key=_event_order)
    return rows[:EVENTS_SHOWN]


def _event_order(row: dict[str, Any]) -> tuple[float, int, str]:
    """Best score first, then the latest edition, then by name."""
    start = str(row["start_date"] or "0")
    return (-float(row["score"]), -int(start[:4]), str(row["name"]))


def _contacts(
    uow: UnitOfWork,
    opened: list[str],
    names: dict[int, str],
    keys: dict[int, str],
    recommender: Recommender,
    source: int,
    cluster: Entity,
) -> list[dict[str, Any]]:
    """People of the proposed organisations, then the cluster's own people who hold the ties."""
    rank = {key: i for i, key in enumerate(opened)}
    rank.setdefault(cluster.key, len(opened))
    rows = []
    for relation in uow.relations.all(
        RelationFilter(predicate=Predicate.WORKS_FOR.value, status=RelationStatus.CONFIRMED.value)
    ):
        employer = relation.object
        if employer.key not in rank:
            continue
        title = (relation.attributes or {}).get("title")
        path, strength = _path(recommender, source, employer.id, names, keys)
        reason = f"works for {employer.name}" + (f" ({title})" if title else "")
        if employer.id == cluster.id:
            reason += ": the cluster's own contact, who can make the introductions"
        rows.append(
            {
                "name": relation.subject.name,
                "key": relation.subject.key,
                "organisation": {"key": employer.key, "name": employer.name},
                "title": title,
                "reasons": [reason],
                "path": path,
                "path_strength": strength,
                "_rank": rank[employer.key],
            }
        )
    rows.sort(key=lambda r: (r["_rank"], r["name"]))
    for row in rows:
        del row["_rank"]
    return rows[:CONTACTS_SHOWN]


def check_region(value: str) -> Region:
    """Validate a region for a form before anything is written."""
    if not value.strip():
        raise InvalidInput("region: give a country or a grouping", field="region")
    return parse_region(value)
