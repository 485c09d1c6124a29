"""Prospection: the companies a cluster wants to attract, through their stages to joining.

A prospect is one company for one cluster (the home organisation). It is
created by hand, or from an event debrief's lead (`take_up_lead`): the lead
becomes the prospect, or joins the one the company already has, with the
event as its source and a meeting there in its activity log. A prospect with
a source event always has its lead row in `programme_leads`, so the return on
events counts it; the lead's status mirrors the prospect's stage.

Moving a prospect records the stage and the day it was entered (the funnel is
computed from those); moving it to `joined` records the company as a member
of the cluster in the registry (`member_of`, with `since`), which is what the
return on events counts as a company that joined.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import Select, or_, select
from sqlalchemy.orm import selectinload

from intercluster.db.events_models import Lead
from intercluster.db.models import Entity
from intercluster.db.prospection_models import Prospect, ProspectActivity, ProspectStageChange
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import is_digits, normalize_choice, normalize_name
from intercluster.domain.prospection import (
    ACTIVITY_KINDS,
    LEAD_STATUS_OF_STAGE,
    STAGES,
    Funnel,
    ProspectHistory,
    SourceFigures,
    StageEntry,
    funnel,
    source_figures,
)
from intercluster.domain.vocabulary import EntityKind, EntityType, Predicate
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EntityRef, IsoDate, RelationCreate, Strict, validate
from intercluster.services.analytics import home_organisation
from intercluster.services.entities import resolve_entity
from intercluster.services.events_programme.common import organisation as find_organisation
from intercluster.services.relations import create_relation

# ---------------------------------------------------------------- input


class ProspectCreate(Strict):
    organisation: EntityRef = Field(description="The company: id, key, name or alias")
    stage: str = Field(default="identified", description=", ".join(STAGES))
    owner: str | None = Field(default=None, max_length=200)
    next_action: str | None = Field(default=None, max_length=2000)
    due: IsoDate = Field(default=None, description="When the next action is due: YYYY-MM-DD")
    interest: str | None = Field(default=None, max_length=2000)
    source_event: EntityRef | None = Field(default=None, description="The event that brought it")
    source_partner: EntityRef | None = Field(
        default=None, description="The partner that introduced it"
    )
    since: IsoDate = Field(default=None, description="The day it entered its stage; today if empty")


class ProspectUpdate(Strict):
    owner: str | None = Field(default=None, max_length=200)
    next_action: str | None = Field(default=None, max_length=2000)
    due: IsoDate = None
    interest: str | None = Field(default=None, max_length=2000)
    source_event: EntityRef | None = None
    source_partner: EntityRef | None = None
    version: int | None = Field(default=None, description="The version you read; 409 if stale")


class StageMove(Strict):
    stage: str = Field(description=", ".join(STAGES))
    on: IsoDate = Field(default=None, description="The day it entered the stage; today if empty")
    by: str | None = Field(default=None, max_length=200)
    reason: str | None = Field(default=None, max_length=2000, description="Why it was lost")
    version: int | None = Field(default=None, description="The version you read; 409 if stale")


class ActivityCreate(Strict):
    kind: str = Field(description=", ".join(ACTIVITY_KINDS))
    summary: str = Field(min_length=1, max_length=5000)
    happened_on: IsoDate = Field(default=None, description="YYYY-MM-DD; today if empty")
    by: str | None = Field(default=None, max_length=200)
    event: EntityRef | None = Field(default=None, description="The event it happened at")


class EntityRefPublic(BaseModel):
    key: str
    name: str


class CompanyPublic(EntityRefPublic):
    country: str | None
    sectors: list[str]


class StageChangePublic(BaseModel):
    stage: str
    entered_on: str
    by: str | None


class ActivityPublic(BaseModel):
    id: int
    kind: str
    happened_on: str
    summary: str
    by: str | None
    event: EntityRefPublic | None


class ProspectPublic(BaseModel):
    id: int
    organisation: CompanyPublic
    stage: str
    stage_since: str
    days_in_stage: int
    owner: str | None
    next_action: str | None
    due: str | None
    overdue: bool
    interest: str | None
    lost_reason: str | None
    source_event: EntityRefPublic | None
    source_partner: EntityRefPublic | None
    version: int
    stages: list[StageChangePublic] | None = Field(default=None, description="With the detail")
    activities: list[ActivityPublic] | None = Field(default=None, description="Newest first")
    moved: bool | None = Field(default=None, description="After a move: False if already there")


@dataclass
class ProspectFilter:
    stage: str | None = None
    owner: str | None = None
    source_event: str | None = None
    source_partner: str | None = None
    q: str | None = None
    overdue: bool = False


# ---------------------------------------------------------------- helpers


def parse_stage(value: str, *, field: str = "stage") -> str:
    return normalize_choice(value.strip().replace(" ", "_"), STAGES, field=field, what="stage")


def _day(value: str | None, *, field: str, today: date) -> str:
    if not value:
        return today.isoformat()
    if len(value) != 10:
        raise InvalidInput(f"{field}: give a day as YYYY-MM-DD, not {value!r}", field=field)
    if value > today.isoformat():
        raise InvalidInput(f"{field}: {value} is in the future", field=field)
    return value


def _due(value: str | None) -> str | None:
    if value and len(value) != 10:
        raise InvalidInput(f"due: give a day as YYYY-MM-DD, not {value!r}", field="due")
    return value


def cluster_of(uow: UnitOfWork, ref: int | str | None) -> Entity:
    return home_organisation(uow, ref)


def _company(uow: UnitOfWork, ref: EntityRef, *, create_missing: bool) -> Entity:
    return find_organisation(uow, ref, field="organisation", create_missing=create_missing)


def _event(uow: UnitOfWork, ref: EntityRef | None, field: str) -> Entity | None:
    if ref is None or (isinstance(ref, str) and not ref.strip()):
        return None
    return resolve_entity(uow, ref, field=field, kinds=(EntityKind.EVENT,))


def _partner(uow: UnitOfWork, ref: EntityRef | None, field: str) -> Entity | None:
    if ref is None or (isinstance(ref, str) and not ref.strip()):
        return None
    return resolve_entity(uow, ref, field=field, kinds=(EntityKind.ORGANISATION,))


def _query(cluster: Entity) -> Select[Any]:
    return (
        select(Prospect)
        .where(Prospect.cluster_id == cluster.id)
        .options(
            selectinload(Prospect.organisation).selectinload(Entity.sectors),
            selectinload(Prospect.source_event),
            selectinload(Prospect.source_partner),
            selectinload(Prospect.stages),
        )
    )


def find_prospect(uow: UnitOfWork, ref: int | str, *, cluster: Entity) -> Prospect:
    """A prospect by its id, or by its company's id, key, name or alias."""
    text = str(ref).strip()
    if is_digits(text):
        found = uow.session.get(Prospect, int(text))
        if found is None or found.cluster_id != cluster.id:
            raise NotFound(f"prospect: no prospect with id {text}", field="prospect")
        return found
    company = resolve_entity(uow, text, field="prospect", kinds=(EntityKind.ORGANISATION,))
    prospect: Prospect | None = uow.session.scalar(
        _query(cluster).where(Prospect.organisation_id == company.id)
    )
    if prospect is None:
        raise NotFound(
            f"prospect: {company.name} is not a prospect of {cluster.name}", field="prospect"
        )
    return prospect


def _check_version(prospect: Prospect, version: int | None) -> None:
    if version is not None and version != prospect.version:
        raise Conflict(
            f"version: the prospect is at version {prospect.version}, not {version}: someone "
            "changed it since you read it; reload and retry",
            field="version",
        )


def _ensure_lead(uow: UnitOfWork, prospect: Prospect) -> None:
    """A prospect brought by an event has its lead row there (the return on events counts it)."""
    if prospect.source_event_id is None:
        return
    lead = uow.session.scalar(
        select(Lead).where(
            Lead.organisation_id == prospect.organisation_id,
            Lead.event_id == prospect.source_event_id,
        )
    )
    if lead is None:
        lead = Lead(
            organisation_id=prospect.organisation_id,
            event_id=prospect.source_event_id,
            interest=prospect.interest,
            owner=prospect.owner,
        )
        uow.session.add(lead)
    lead.prospect_id = prospect.id
    lead.status = LEAD_STATUS_OF_STAGE[prospect.stage]


# ---------------------------------------------------------------- use cases


def create_prospect(
    uow: UnitOfWork,
    *,
    cluster_ref: int | str | None,
    data: ProspectCreate,
    create_missing: bool = False,
    today: date | None = None,
) -> Prospect:
    today = today or date.today()
    cluster = cluster_of(uow, cluster_ref)
    stage = parse_stage(data.stage)
    since = _day(data.since, field="since", today=today)
    company = _company(uow, data.organisation, create_missing=create_missing)
    if company.id == cluster.id:
        raise InvalidInput(
            f"organisation: {company.name} is the cluster itself", field="organisation"
        )
    existing = uow.session.scalar(
        select(Prospect).where(
            Prospect.cluster_id == cluster.id, Prospect.organisation_id == company.id
        )
    )
    if existing is not None:
        raise Conflict(
            f"organisation: {company.name} is already a prospect (#{existing.id}, "
            f"{existing.stage})",
            field="organisation",
        )
    prospect = Prospect(
        cluster=cluster,
        organisation=company,
        stage=stage,
        stage_since=since,
        owner=data.owner,
        next_action=data.next_action,
        due=_due(data.due),
        interest=data.interest,
        source_event=_event(uow, data.source_event, "source_event"),
        source_partner=_partner(uow, data.source_partner, "source_partner"),
    )
    prospect.stages.append(ProspectStageChange(stage=stage, entered_on=since, by=data.owner))
    uow.session.add(prospect)
    uow.flush()
    _ensure_lead(uow, prospect)
    if stage == "joined":
        _record_membership(uow, prospect, since)
    uow.flush()
    return prospect


def update_prospect(uow: UnitOfWork, prospect: Prospect, data: ProspectUpdate) -> Prospect:
    _check_version(prospect, data.version)
    given = data.model_fields_set
    for name in ("owner", "next_action", "interest"):
        if name in given:
            setattr(prospect, name, getattr(data, name) or None)
    if "due" in given:
        prospect.due = _due(data.due)
    if "source_event" in given:
        prospect.source_event = _event(uow, data.source_event, "source_event")
    if "source_partner" in given:
        prospect.source_partner = _partner(uow, data.source_partner, "source_partner")
    uow.flush()
    _ensure_lead(uow, prospect)
    uow.flush()
    return prospect


def move_prospect(
    uow: UnitOfWork, prospect: Prospect, move: StageMove, *, today: date | None = None
) -> bool:
    """Move to a stage (any, back or forth): False when it is already there."""
    today = today or date.today()
    _check_version(prospect, move.version)
    stage = parse_stage(move.stage)
    if stage == prospect.stage:
        return False
    on = _day(move.on, field="on", today=today)
    if on < prospect.stage_since:
        raise InvalidInput(
            f"on: {on} is before the prospect entered {prospect.stage} ({prospect.stage_since})",
            field="on",
        )
    prospect.stage = stage
    prospect.stage_since = on
    prospect.lost_reason = (move.reason or None) if stage == "lost" else None
    prospect.stages.append(ProspectStageChange(stage=stage, entered_on=on, by=move.by))
    for lead in uow.session.scalars(select(Lead).where(Lead.prospect_id == prospect.id)):
        lead.status = LEAD_STATUS_OF_STAGE[stage]
    if stage == "joined":
        _record_membership(uow, prospect, on)
    uow.flush()
    return True


def _record_membership(uow: UnitOfWork, prospect: Prospect, since: str) -> None:
    """The company joined: `member_of` the cluster in the registry, unless it already is."""
    company, cluster = prospect.organisation, prospect.cluster
    if cluster.type not in (EntityType.CLUSTER.value, EntityType.NETWORK.value):
        return
    existing = uow.relations.all(
        RelationFilter(
            predicate=Predicate.MEMBER_OF.value, subject_id=company.id, object_id=cluster.id
        )
    )
    if existing:
        return
    create_relation(
        uow,
        data=RelationCreate(
            subject=company.id,
            predicate=Predicate.MEMBER_OF.value,
            object=cluster.id,
            date=since,
            attributes={"role": "member", "since": since, "note": "joined through prospection"},
        ),
    )


def log_activity(
    uow: UnitOfWork, prospect: Prospect, data: ActivityCreate, *, today: date | None = None
) -> ProspectActivity:
    today = today or date.today()
    kind = normalize_choice(
        data.kind.strip().replace(" ", "_").replace("e-mail", "email"),
        ACTIVITY_KINDS,
        field="kind",
        what="activity",
    )
    activity = ProspectActivity(
        kind=kind,
        summary=data.summary,
        happened_on=_day(data.happened_on, field="happened_on", today=today),
        by=data.by,
        event=_event(uow, data.event, "event"),
    )
    prospect.activities.append(activity)
    uow.flush()
    return activity


def take_up_lead(uow: UnitOfWork, lead: Lead, *, cluster: Entity, when: str) -> Prospect:
    """A debrief's lead becomes the company's prospect (or joins it), sourced from the event."""
    prospect = uow.session.scalar(
        select(Prospect).where(
            Prospect.cluster_id == cluster.id, Prospect.organisation_id == lead.organisation_id
        )
    )
    day = when if len(when) == 10 else f"{when[:7]}-01" if len(when) == 7 else f"{when[:4]}-01-01"
    if prospect is None:
        prospect = Prospect(
            cluster=cluster,
            organisation_id=lead.organisation_id,
            stage="identified",
            stage_since=day,
            owner=lead.owner,
            interest=lead.interest,
            source_event_id=lead.event_id,
        )
        prospect.stages.append(ProspectStageChange(stage="identified", entered_on=day))
        uow.session.add(prospect)
    else:
        prospect.owner = prospect.owner or lead.owner
        prospect.interest = prospect.interest or lead.interest
        if prospect.source_event_id is None:
            prospect.source_event_id = lead.event_id
    uow.flush()
    lead.prospect_id = prospect.id
    lead.status = LEAD_STATUS_OF_STAGE[prospect.stage]
    already = any(a.event_id == lead.event_id and a.kind == "meeting" for a in prospect.activities)
    if lead.event_id is not None and not already:
        event = uow.entities.get(lead.event_id)
        prospect.activities.append(
            ProspectActivity(
                kind="meeting",
                happened_on=day,
                summary=f"Met at {event.name if event else 'the event'}"
                + (f": {lead.interest}" if lead.interest else ""),
                by=lead.owner,
                event_id=lead.event_id,
            )
        )
    uow.flush()
    return prospect


# ---------------------------------------------------------------- reading


def list_prospects(
    uow: UnitOfWork, *, cluster: Entity, flt: ProspectFilter, today: date | None = None
) -> list[Prospect]:
    today = today or date.today()
    query = _query(cluster)
    if flt.stage:
        query = query.where(Prospect.stage == parse_stage(flt.stage))
    if flt.owner and flt.owner.strip():  # a blank owner is no filter, as for the others
        query = query.where(Prospect.owner == flt.owner.strip())
    event = _event(uow, flt.source_event, "source_event")
    if event is not None:
        query = query.where(Prospect.source_event_id == event.id)
    partner = _partner(uow, flt.source_partner, "source_partner")
    if partner is not None:
        query = query.where(Prospect.source_partner_id == partner.id)
    if flt.overdue:
        query = query.where(
            Prospect.due.is_not(None),
            Prospect.due < today.isoformat(),
            Prospect.stage.not_in(("joined", "lost")),
        )
    if flt.q:
        words = normalize_name(flt.q).split()
        query = query.join(Entity, Entity.id == Prospect.organisation_id)
        for word in words:
            query = query.where(
                or_(
                    Entity.name_norm.contains(word, autoescape=True),
                    Prospect.next_action.ilike(f"%{word}%"),
                    Prospect.interest.ilike(f"%{word}%"),
                )
            )
    found: list[Prospect] = list(uow.session.scalars(query))
    found.sort(
        key=lambda p: (STAGES.index(p.stage), p.due or "9999", p.organisation.name.casefold())
    )
    return found


def owners(uow: UnitOfWork, *, cluster: Entity) -> list[str]:
    rows = uow.session.scalars(
        select(Prospect.owner).where(Prospect.cluster_id == cluster.id).distinct()
    )
    return sorted({o for o in rows if o})


def history_of(prospect: Prospect) -> ProspectHistory:
    entries = [StageEntry(s.stage, date.fromisoformat(s.entered_on)) for s in prospect.stages]
    return ProspectHistory(
        id=prospect.id,
        entries=entries,
        source=prospect.source_event.name if prospect.source_event else None,
    )


@dataclass
class FunnelReport:
    funnel: Funnel
    partners: list[SourceFigures]


def funnel_of(uow: UnitOfWork, *, cluster: Entity, today: date | None = None) -> FunnelReport:
    today = today or date.today()
    prospects: list[Prospect] = list(uow.session.scalars(_query(cluster)))
    result = funnel((history_of(p) for p in prospects), today=today)
    partners = source_figures(
        (p.source_partner.name, p.stage) for p in prospects if p.source_partner is not None
    )
    return FunnelReport(result, partners)


def funnel_to_dict(report: FunnelReport) -> dict[str, Any]:
    result = report.funnel

    def source(s: SourceFigures) -> dict[str, Any]:
        return {
            "source": s.source,
            "prospects": s.prospects,
            "joined": s.joined,
            "lost": s.lost,
            "join_rate": round(s.join_rate, 4) if s.join_rate is not None else None,
        }

    return {
        "total": result.total,
        "joined": result.joined,
        "lost": result.lost,
        "overall_conversion": (
            round(result.overall_conversion, 4) if result.overall_conversion is not None else None
        ),
        "stages": [
            {
                "stage": s.stage,
                "now": s.now,
                "reached": s.reached,
                "conversion": round(s.conversion, 4) if s.conversion is not None else None,
                "median_days": s.median_days,
                "mean_days": s.mean_days,
                "stays_ended": s.stays_ended,
                "open_median_days": s.open_median_days,
            }
            for s in result.stages
        ],
        "by_event": [source(s) for s in result.sources],
        "by_partner": [source(s) for s in report.partners],
    }


def _ref(entity: Entity | None) -> dict[str, Any] | None:
    return {"key": entity.key, "name": entity.name} if entity is not None else None


def prospect_to_dict(
    prospect: Prospect, *, detail: bool = False, today: date | None = None
) -> dict[str, Any]:
    today = today or date.today()
    company = prospect.organisation
    data: dict[str, Any] = {
        "id": prospect.id,
        "organisation": {
            "key": company.key,
            "name": company.name,
            "country": company.country,
            "sectors": company.sector_names,
        },
        "stage": prospect.stage,
        "stage_since": prospect.stage_since,
        "days_in_stage": max(0, (today - date.fromisoformat(prospect.stage_since)).days),
        "owner": prospect.owner,
        "next_action": prospect.next_action,
        "due": prospect.due,
        "overdue": bool(
            prospect.due
            and prospect.due < today.isoformat()
            and prospect.stage not in ("joined", "lost")
        ),
        "interest": prospect.interest,
        "lost_reason": prospect.lost_reason,
        "source_event": _ref(prospect.source_event),
        "source_partner": _ref(prospect.source_partner),
        "version": prospect.version,
    }
    if detail:
        data["stages"] = [
            {"stage": s.stage, "entered_on": s.entered_on, "by": s.by} for s in prospect.stages
        ]
        data["activities"] = [activity_to_dict(a) for a in prospect.activities]
    return data


def activity_to_dict(activity: ProspectActivity) -> dict[str, Any]:
    return {
        "id": activity.id,
        "kind": activity.kind,
        "happened_on": activity.happened_on,
        "summary": activity.summary,
        "by": activity.by,
        "event": _ref(activity.event),
    }


def parse_create(data: Any) -> ProspectCreate:
    return validate(ProspectCreate, data)
