"""Participation plans: what the cluster decides for an event, who goes, what it costs.

A plan is saved whole (`save_plan`), so the CLI, the form and the API all
send the complete plan they mean; the CLI reads the current one first
(`plan_input`) and changes only what its options name. A stale `version`
is refused rather than overwriting someone else's change.

Rules a plan must keep (each breach names its field, and nothing is saved):
a sponsor gives its level and only a sponsor has one; a skip gives its
reason, and nobody goes to a skipped event; a stand and co-exhibitors go
with exhibiting, sponsoring or organising; delegates, targets and staff are
listed once each; a target "for" a company is for one of the delegates;
agenda days fall within the event; costs are in a currency of the rate
table. People or companies planned at two events whose dates overlap are
not refused (a team can split) but reported as warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from pydantic import Field
from sqlalchemy import select

from intercluster.db.events_models import (
    COST_CATEGORIES,
    ParticipationPlan,
    PlanAgendaItem,
    PlanCoExhibitor,
    PlanCost,
    PlanDelegate,
    PlanStaff,
    PlanTarget,
)
from intercluster.db.models import Entity, utcnow
from intercluster.db.uow import UnitOfWork
from intercluster.domain.vocabulary import EntityKind
from intercluster.errors import InvalidInput, NotFound
from intercluster.schemas import EntityRef, IsoDate, Strict
from intercluster.services.entities import check_version, resolve_entity
from intercluster.services.events_programme import currency
from intercluster.services.events_programme.calendar_files import date_range
from intercluster.services.events_programme.common import (
    check_not_home,
    event_dates,
    event_range,
    find_plan,
    home_of,
    organisation,
    resolve_event,
    validate_numbered,
)

Decision = Literal["attend", "exhibit", "sponsor", "organise", "skip"]
CostKind = Literal["budget", "actual"]
STAND_DECISIONS = ("exhibit", "sponsor", "organise")
# The participated_in role each decision becomes in the registry.
ROLE_OF_DECISION = {
    "attend": "attendee",
    "exhibit": "exhibitor",
    "sponsor": "sponsor",
    "organise": "organizer",
}
TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class DelegateIn(Strict):
    company: EntityRef
    goals: str | None = Field(default=None, max_length=4000)


class TargetIn(Strict):
    organisation: EntityRef
    priority: int = Field(default=2, ge=1, le=3, description="1 high, 2 normal, 3 low")
    reason: str | None = Field(default=None, max_length=2000)
    for_company: EntityRef | None = Field(
        default=None, description="A delegate company that wants this meeting (else the cluster)"
    )


class StaffIn(Strict):
    name: str = Field(min_length=1, max_length=200)
    role: str | None = Field(default=None, max_length=200)


class CostIn(Strict):
    kind: CostKind
    category: str = Field(description=", ".join(COST_CATEGORIES))
    amount: str | int | float = Field(description="In the currency given; two decimals at most")
    currency: str = Field(default="EUR", description="ISO 4217 code of the rate table")
    note: str | None = Field(default=None, max_length=300)


class AgendaIn(Strict):
    day: IsoDate = Field(description="YYYY-MM-DD, within the event's dates")
    start: str | None = Field(default=None, description="HH:MM")
    end: str | None = Field(default=None, description="HH:MM")
    title: str = Field(min_length=1, max_length=300)
    place: str | None = Field(default=None, max_length=300)


class PlanInput(Strict):
    """A whole participation plan, as the form, the CLI and the API send it."""

    decision: Decision
    sponsor_level: str | None = Field(default=None, max_length=40)
    reason: str | None = Field(default=None, max_length=4000)
    stand: str | None = Field(default=None, max_length=300, description="Shared stand or pavilion")
    stand_host: EntityRef | None = Field(default=None, description="Who hosts the pavilion")
    co_exhibitors: list[EntityRef] = Field(default_factory=list)
    delegates: list[DelegateIn] = Field(default_factory=list)
    targets: list[TargetIn] = Field(default_factory=list)
    staff: list[StaffIn] = Field(default_factory=list)
    costs: list[CostIn] = Field(default_factory=list)
    agenda: list[AgendaIn] = Field(default_factory=list)
    notes: str | None = Field(default=None, max_length=20000)
    version: int | None = Field(default=None, description="The version you read; 409 if stale")


@dataclass
class SavedPlan:
    plan: ParticipationPlan
    created: bool
    warnings: list[str] = field(default_factory=list)


def get_plan(
    uow: UnitOfWork, *, event: int | str, organisation_ref: int | str | None
) -> ParticipationPlan:
    entity = resolve_event(uow, event)
    home = home_of(uow, organisation_ref)
    plan = find_plan(uow, entity, home)
    if plan is None:
        raise NotFound(
            f"event: {home.name} has no participation plan for {entity.name} yet", field="event"
        )
    return plan


def _check_rules(data: PlanInput) -> None:
    if data.decision == "sponsor" and not (data.sponsor_level or "").strip():
        raise InvalidInput(
            "sponsor_level: a sponsorship needs its level (e.g. Gold)", field="sponsor_level"
        )
    if data.decision != "sponsor" and (data.sponsor_level or "").strip():
        raise InvalidInput(
            f"sponsor_level: only a sponsor has a level, and the decision is {data.decision}",
            field="sponsor_level",
        )
    if data.decision == "skip":
        if not (data.reason or "").strip():
            raise InvalidInput("reason: say why the event is skipped", field="reason")
        for name in ("delegates", "staff", "targets", "agenda"):
            if getattr(data, name):
                raise InvalidInput(
                    f"{name}: the decision is skip, so nobody goes; clear the {name} or change "
                    "the decision",
                    field=name,
                )
    if data.decision not in STAND_DECISIONS:
        if (data.stand or "").strip() or data.stand_host is not None:
            raise InvalidInput(
                f"stand: a stand goes with exhibit, sponsor or organise, not {data.decision}",
                field="stand",
            )
        if data.co_exhibitors:
            raise InvalidInput(
                f"co_exhibitors: co-exhibitors share a stand, which {data.decision} does not have",
                field="co_exhibitors",
            )


def _agenda_item(index: int, item: AgendaIn, event: Entity) -> PlanAgendaItem:
    where = f"agenda.{index + 1}"
    if item.day is None or len(item.day) != 10:
        raise InvalidInput(f"{where}.day: give the day as YYYY-MM-DD", field=f"{where}.day")
    span = event_range(event)
    day = date_range(item.day, None)[0]
    if span is not None and not span[0] <= day <= span[1]:
        raise InvalidInput(
            f"{where}.day: {item.day} is outside the event ({event_dates(event)})",
            field=f"{where}.day",
        )
    for name in ("start", "end"):
        value = getattr(item, name)
        if value and not TIME.match(value):
            raise InvalidInput(
                f"{where}.{name}: {value!r} is not a time (HH:MM)", field=f"{where}.{name}"
            )
    if item.start and item.end and item.end <= item.start:
        raise InvalidInput(
            f"{where}.end: {item.end} is not after the start {item.start}", field=f"{where}.end"
        )
    return PlanAgendaItem(
        day=item.day, start=item.start, end=item.end, title=item.title, place=item.place,
        position=index,
    )  # fmt: skip


def _cost(index: int, item: CostIn) -> PlanCost:
    where = f"costs.{index + 1}"
    category = item.category.strip().lower()
    if category not in COST_CATEGORIES:
        raise InvalidInput(
            f"{where}.category: {item.category!r} is not one of {', '.join(COST_CATEGORIES)}",
            field=f"{where}.category",
        )
    return PlanCost(
        kind=item.kind,
        category=category,
        amount_cents=currency.parse_amount(item.amount, field=f"{where}.amount"),
        currency=currency.normalize_currency(item.currency, field=f"{where}.currency"),
        note=item.note,
    )


def _once(entity: Entity, seen: dict[int, int], *, where: str, index: int) -> None:
    if entity.id in seen:
        raise InvalidInput(
            f"{where}.{index + 1}: {entity.name} is already listed ({where}.{seen[entity.id] + 1})",
            field=f"{where}.{index + 1}",
        )
    seen[entity.id] = index


def save_plan(
    uow: UnitOfWork,
    *,
    event: int | str,
    organisation_ref: int | str | None,
    data: PlanInput,
    create_missing: bool = False,
) -> SavedPlan:
    """Create or replace the cluster's plan for the event; all of it or nothing."""
    entity = resolve_event(uow, event)
    home = home_of(uow, organisation_ref)
    _check_rules(data)
    plan = find_plan(uow, entity, home)
    created = plan is None
    if plan is None:
        plan = ParticipationPlan(event=entity, organisation=home, decision=data.decision)
        uow.session.add(plan)
    else:
        check_version(f"the plan for {entity.name}", plan.version, data.version)
    plan.decision = data.decision
    plan.updated_at = utcnow()  # every save is a new version, even when only lists change
    plan.sponsor_level = (data.sponsor_level or "").strip() or None
    plan.reason = (data.reason or "").strip() or None
    plan.stand = (data.stand or "").strip() or None
    plan.notes = (data.notes or "").strip() or None
    plan.stand_host = (
        organisation(uow, data.stand_host, field="stand_host") if data.stand_host else None
    )
    co_exhibitors: list[PlanCoExhibitor] = []
    seen: dict[int, int] = {}
    for index, ref in enumerate(data.co_exhibitors):
        org = organisation(uow, ref, field=f"co_exhibitors.{index + 1}")
        check_not_home(org, home, field=f"co_exhibitors.{index + 1}")
        _once(org, seen, where="co_exhibitors", index=index)
        co_exhibitors.append(PlanCoExhibitor(organisation=org, position=index))
    delegates: list[PlanDelegate] = []
    seen = {}
    for index, item in enumerate(data.delegates):
        company = organisation(
            uow, item.company, field=f"delegates.{index + 1}", create_missing=create_missing
        )
        check_not_home(company, home, field=f"delegates.{index + 1}")
        _once(company, seen, where="delegates", index=index)
        delegates.append(PlanDelegate(company=company, goals=item.goals, position=index))
    delegate_ids = {d.company.id for d in delegates}
    targets: list[PlanTarget] = []
    seen = {}
    for index, target in enumerate(data.targets):
        where = f"targets.{index + 1}"
        org = organisation(uow, target.organisation, field=where, create_missing=create_missing)
        check_not_home(org, home, field=where)
        _once(org, seen, where="targets", index=index)
        for_company = None
        if target.for_company is not None and str(target.for_company).strip():
            for_company = organisation(uow, target.for_company, field=f"{where}.for_company")
            if for_company.id not in delegate_ids:
                raise InvalidInput(
                    f"{where}.for_company: {for_company.name} is not in the delegation",
                    field=f"{where}.for_company",
                )
        targets.append(
            PlanTarget(
                organisation=org, for_company=for_company, priority=target.priority,
                reason=target.reason, position=index,
            )
        )  # fmt: skip
    staff: list[PlanStaff] = []
    names: dict[str, int] = {}
    for index, member in enumerate(data.staff):
        key = " ".join(member.name.lower().split())
        if key in names:
            raise InvalidInput(
                f"staff.{index + 1}: {member.name} is already listed (staff.{names[key] + 1})",
                field=f"staff.{index + 1}",
            )
        names[key] = index
        person = None
        try:
            person = resolve_entity(uow, member.name, field="staff", kinds=(EntityKind.PERSON,))
        except (NotFound, InvalidInput):
            person = None
        staff.append(PlanStaff(name=member.name, role=member.role, person=person, position=index))
    costs = [_cost(index, item) for index, item in enumerate(data.costs)]
    agenda = [_agenda_item(index, item, entity) for index, item in enumerate(data.agenda)]
    if not created:
        # The old rows go first: the new ones may repeat their (plan, organisation) pairs.
        for name in ("co_exhibitors", "delegates", "targets", "staff", "costs", "agenda"):
            setattr(plan, name, [])
        uow.flush()
    plan.co_exhibitors = co_exhibitors
    plan.delegates = delegates
    plan.targets = targets
    plan.staff = staff
    plan.costs = costs
    plan.agenda = agenda
    uow.flush()
    return SavedPlan(plan, created, overlap_warnings(uow, plan))


def overlap_warnings(uow: UnitOfWork, plan: ParticipationPlan) -> list[str]:
    """Staff or delegate companies planned at another event on overlapping dates."""
    if plan.decision == "skip":
        return []
    span = event_range(plan.event)
    if span is None:
        return []
    others = uow.session.scalars(
        select(ParticipationPlan).where(
            ParticipationPlan.organisation_id == plan.organisation_id,
            ParticipationPlan.id != plan.id,
            ParticipationPlan.decision != "skip",
        )
    ).all()
    staff = {" ".join(s.name.lower().split()): s.name for s in plan.staff}
    companies = {d.company_id: d.company.name for d in plan.delegates}
    warnings = []
    for other in others:
        other_span = event_range(other.event)
        if other_span is None or len(other.event.start_date or "") < 10:
            continue  # only events with days can be said to overlap
        if len(plan.event.start_date or "") < 10:
            continue
        if not (span[0] <= other_span[1] and other_span[0] <= span[1]):
            continue
        their_staff = {" ".join(s.name.lower().split()) for s in other.staff}
        both = sorted(name for key, name in staff.items() if key in their_staff)
        both += sorted(
            companies[d.company_id] for d in other.delegates if d.company_id in companies
        )
        if both:
            warnings.append(
                f"{', '.join(both)} also planned at {other.event.name} "
                f"({event_dates(other.event)}), whose dates overlap {plan.event.name} "
                f"({event_dates(plan.event)})"
            )
    return warnings


# ---------------------------------------------------------------- reading


def money(cents: int, code: str) -> str:
    return currency.format_money(Decimal(cents) / 100, code)


@dataclass
class PlanCosts:
    budget_eur: Decimal | None
    actual_eur: Decimal | None
    currencies: list[str]

    @property
    def basis(self) -> str | None:
        if self.actual_eur is not None:
            return "actual"
        return "budget" if self.budget_eur is not None else None

    @property
    def cost_eur(self) -> Decimal | None:
        return self.actual_eur if self.actual_eur is not None else self.budget_eur


def plan_costs(plan: ParticipationPlan | None) -> PlanCosts:
    """Budget and actual costs converted to euros through the stated rate table."""
    if plan is None:
        return PlanCosts(None, None, [])
    totals: dict[str, list[currency.Money]] = {"budget": [], "actual": []}
    for line in plan.costs:
        totals[line.kind].append(currency.Money(line.amount_cents, line.currency))
    return PlanCosts(
        budget_eur=currency.total_in(totals["budget"]) if totals["budget"] else None,
        actual_eur=currency.total_in(totals["actual"]) if totals["actual"] else None,
        currencies=sorted({line.currency for line in plan.costs}),
    )


def plan_to_dict(plan: ParticipationPlan, *, names: bool = False) -> dict[str, Any]:
    """The plan as the API answers it, and as PlanInput accepts it back.

    Organisations are named by key (stable), or by name for people to read and edit.
    """
    costs = plan_costs(plan)

    def ref(entity: Entity) -> str:
        return entity.name if names else entity.key

    return {
        "event": {"key": plan.event.key, "name": plan.event.name},
        "organisation": {"key": plan.organisation.key, "name": plan.organisation.name},
        "decision": plan.decision,
        "sponsor_level": plan.sponsor_level,
        "reason": plan.reason,
        "stand": plan.stand,
        "stand_host": ref(plan.stand_host) if plan.stand_host else None,
        "co_exhibitors": [ref(c.organisation) for c in plan.co_exhibitors],
        "delegates": [{"company": ref(d.company), "goals": d.goals} for d in plan.delegates],
        "targets": [
            {
                "organisation": ref(t.organisation),
                "priority": t.priority,
                "reason": t.reason,
                "for_company": ref(t.for_company) if t.for_company else None,
            }
            for t in plan.targets
        ],
        "staff": [{"name": s.name, "role": s.role} for s in plan.staff],
        "costs": [
            {
                "kind": c.kind,
                "category": c.category,
                "amount": f"{Decimal(c.amount_cents) / 100:.2f}",
                "currency": c.currency,
                "note": c.note,
            }
            for c in plan.costs
        ],
        "agenda": [
            {"day": a.day, "start": a.start, "end": a.end, "title": a.title, "place": a.place}
            for a in plan.agenda
        ],
        "notes": plan.notes,
        "totals": {
            "budget_eur": str(costs.budget_eur) if costs.budget_eur is not None else None,
            "actual_eur": str(costs.actual_eur) if costs.actual_eur is not None else None,
            "rates": currency.RATES.describe(),
        },
        "version": plan.version,
    }


def plan_input(plan: ParticipationPlan | None) -> dict[str, Any]:
    """The current plan as PlanInput fields, for an edit that changes only some of them."""
    if plan is None:
        return {}
    data = plan_to_dict(plan)
    for name in ("event", "organisation", "totals"):
        data.pop(name)
    return data


def parse_plan(data: Any) -> PlanInput:
    return validate_numbered(PlanInput, data)
