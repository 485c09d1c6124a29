"""The return on events: what came of each event the cluster went to, what it cost, what next.

For each event of a year the home cluster went to (a confirmed
`participated_in`, a plan that does not skip it, or a debrief), it counts:

- **meetings held**: as `services.activity.meetings_held` counts them (the
  figure recorded on the participation, or the meetings recorded one by one
  there, whichever is larger), so the dashboard and this page agree;
- **leads**: the rows of `programme_leads` created at the event;
- **partnerships that followed**: `partner_of` ties of the cluster, each
  given to at most one event (see `attribute_partnerships`);
- **projects that followed**: projects the cluster joined or leads with a
  consortium member it met, made a lead, or partnered at the event;
- **companies that joined**: companies that became members of the cluster
  after it met them or made them leads there;
- **cost**: actual costs when any are recorded, else the budget, converted
  to euros with the stated rate table; **cost per outcome** divides it by
  the sum of the five counts.

Nothing is guessed from thin air: a partnership, project or membership is
given to an event only when the registry ties them (a debrief recorded it,
its note names the event, or its partner was met, made a lead, or present
there) and it is dated from the event's start to twelve months after its end.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from intercluster.db.events_models import Debrief, Lead, ParticipationPlan
from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name, normalize_name, year_of
from intercluster.domain.vocabulary import EntityType, Predicate, RelationStatus
from intercluster.services import activity
from intercluster.services.analytics import check_year
from intercluster.services.events_programme import currency, scoring
from intercluster.services.events_programme.calendar_files import date_range
from intercluster.services.events_programme.common import event_range, home_of
from intercluster.services.events_programme.plans import PlanCosts, plan_costs

CONFIRMED = RelationStatus.CONFIRMED.value
WINDOW = timedelta(days=365)
YEAR_WORD = re.compile(r"\s*\b(19|20)\d\d\b")
# Evidence that ties a fact to an event, strongest first.
EXPLICIT, NAMED, MET, PRESENT = 0, 1, 2, 3


def series_key(name: str) -> str:
    """Editions of one event share this: the name without its year, normalised."""
    return normalize_name(YEAR_WORD.sub("", name))


def series_name(name: str) -> str:
    return " ".join(YEAR_WORD.sub("", name).split())


@dataclass
class _Attended:
    event: Entity
    covers: tuple[date, date] | None
    year: int | None
    plan: ParticipationPlan | None
    role: str | None = None
    level: str | None = None
    debriefed: bool = False
    skipped: bool = False
    names: list[str] = field(default_factory=list)  # normalised name and aliases


@dataclass
class EventReturn:
    key: str
    name: str
    start_date: str | None
    end_date: str | None
    year: int | None
    format: str | None
    city: str | None
    country: str | None
    country_name: str | None
    decision: str | None
    role: str | None
    level: str | None
    skipped: bool
    skip_reason: str | None
    debriefed: bool
    outcomes: scoring.Outcomes
    met: list[str]
    leads: list[str]
    partnerships: list[str]
    projects: list[str]
    joined: list[str]
    costs: PlanCosts
    records: list[int]

    @property
    def cost_eur(self) -> Decimal | None:
        return self.costs.cost_eur

    @property
    def cost_per_outcome(self) -> Decimal | None:
        return scoring.cost_per(self.cost_eur, self.outcomes.total())

    def cost_per_kind(self) -> dict[str, Decimal | None]:
        return {k: scoring.cost_per(self.cost_eur, v) for k, v in self.outcomes.as_dict().items()}

    def to_dict(self) -> dict[str, Any]:
        def text(value: Decimal | None) -> str | None:
            return None if value is None else str(value)

        return {
            "key": self.key, "name": self.name, "start_date": self.start_date,
            "end_date": self.end_date, "year": self.year, "format": self.format,
            "city": self.city, "country": self.country, "decision": self.decision,
            "role": self.role, "level": self.level, "skipped": self.skipped,
            "skip_reason": self.skip_reason, "debriefed": self.debriefed,
            "outcomes": self.outcomes.as_dict(), "total": self.outcomes.total(),
            "points": self.outcomes.points(), "met": self.met, "leads": self.leads,
            "partnerships": self.partnerships, "projects": self.projects, "joined": self.joined,
            "cost_eur": text(self.cost_eur), "cost_basis": self.costs.basis,
            "budget_eur": text(self.costs.budget_eur), "actual_eur": text(self.costs.actual_eur),
            "currencies": self.costs.currencies,
            "cost_per_outcome": text(self.cost_per_outcome),
            "cost_per": {k: text(v) for k, v in self.cost_per_kind().items()},
            "records": self.records,
        }  # fmt: skip


@dataclass
class YearSummary:
    year: int
    events: int
    skipped: int
    outcomes: scoring.Outcomes
    cost_eur: Decimal | None  # of the events with a cost
    events_with_cost: int
    outcomes_with_cost: int  # outcomes of those events

    @property
    def cost_per_outcome(self) -> Decimal | None:
        return scoring.cost_per(self.cost_eur, self.outcomes_with_cost)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "events": self.events,
            "skipped": self.skipped,
            "outcomes": self.outcomes.as_dict(),
            "total": self.outcomes.total(),
            "points": self.outcomes.points(),
            "cost_eur": None if self.cost_eur is None else str(self.cost_eur),
            "events_with_cost": self.events_with_cost,
            "cost_per_outcome": (
                None if self.cost_per_outcome is None else str(self.cost_per_outcome)
            ),
        }


@dataclass
class SeriesRow:
    """One event across its editions: points and cost per outcome, year by year."""

    name: str
    editions: dict[int, EventReturn]

    def to_dict(self) -> dict[str, Any]:
        return {
            "series": self.name,
            "editions": {
                str(year): {
                    "event": e.key,
                    "points": e.outcomes.points(),
                    "total": e.outcomes.total(),
                    "cost_eur": None if e.cost_eur is None else str(e.cost_eur),
                    "cost_per_outcome": (
                        None if e.cost_per_outcome is None else str(e.cost_per_outcome)
                    ),
                    "skipped": e.skipped,
                }
                for year, e in sorted(self.editions.items())
            },
        }


@dataclass
class ReturnReport:
    year: int
    home: str
    home_key: str
    events: list[EventReturn]
    years: list[YearSummary]
    series: list[SeriesRow]
    proposal_year: int
    proposals: list[scoring.Proposal]
    rates: str = currency.RATES.describe()

    @property
    def attended(self) -> list[EventReturn]:
        return [e for e in self.events if not e.skipped]

    def summary(self) -> YearSummary | None:
        return next((y for y in self.years if y.year == self.year), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "organisation": {"key": self.home_key, "name": self.home},
            "events": [e.to_dict() for e in self.events],
            "years": [y.to_dict() for y in self.years],
            "series": [s.to_dict() for s in self.series],
            "proposal": {
                "year": self.proposal_year,
                "events": [proposal_to_dict(p) for p in self.proposals],
            },
            "rates": self.rates,
            "weights": scoring.WEIGHTS,
        }


def proposal_to_dict(proposal: scoring.Proposal) -> dict[str, Any]:
    candidate = proposal.candidate
    return {
        "rank": proposal.rank,
        "name": candidate.name,
        "event": candidate.key,
        "start_date": candidate.start_date,
        "end_date": candidate.end_date,
        "country": candidate.country,
        "score": proposal.score,
        "advice": proposal.advice,
        "reasons": [
            {"code": r.code, "text": r.text(), "points": r.points, "values": r.values}
            for r in proposal.reasons
        ],
    }


# ---------------------------------------------------------------- attribution


def _in_window(fact: tuple[date, date], covers: tuple[date, date] | None) -> bool:
    if covers is None:
        return True
    return fact[1] >= covers[0] and fact[0] <= covers[1] + WINDOW


def _distance(fact: tuple[date, date], covers: tuple[date, date] | None) -> int:
    if covers is None:
        return 10**6
    if fact[0] <= covers[1] and covers[0] <= fact[1]:
        return 0
    return abs((fact[0] - covers[1]).days)


def _span(covers: tuple[date, date] | None) -> int:
    return 10**6 if covers is None else (covers[1] - covers[0]).days


def _named(note: str | None, attended: dict[int, _Attended]) -> set[int]:
    """Events whose name or alias the note names; the longest name wins ('BIO-Europe')."""
    if not note:
        return set()
    text = f" {normalize_name(note)} "
    best: dict[int, int] = {}
    for event_id, item in attended.items():
        lengths = [len(n) for n in item.names if n and f" {n} " in text]
        if lengths:
            best[event_id] = max(lengths)
    if not best:
        return set()
    longest = max(best.values())
    return {event_id for event_id, length in best.items() if length == longest}


class _Context:
    """Everything the attribution reads, loaded once per report."""

    def __init__(self, uow: UnitOfWork, home: Entity) -> None:
        self.uow = uow
        self.home = home
        self.attended: dict[int, _Attended] = {}
        self.skipped: dict[int, _Attended] = {}
        plans = uow.session.scalars(
            select(ParticipationPlan)
            .where(ParticipationPlan.organisation_id == home.id)
            .options(selectinload(ParticipationPlan.costs))
        ).all()
        self.plans = {plan.event_id: plan for plan in plans}
        mine = uow.relations.all(RelationFilter(entity_id=home.id, status=CONFIRMED))
        self.mine = mine
        for relation in mine:
            if relation.predicate == Predicate.PARTICIPATED_IN.value and (
                relation.subject_id == home.id
            ):
                item = self._add(relation.object, relation.date)
                attributes = relation.attributes or {}
                item.role = attributes.get("role") or "attendee"
                item.level = attributes.get("level")
        for event_id, plan in self.plans.items():
            if plan.decision == "skip":
                if event_id not in self.attended:
                    self.skipped[event_id] = self._item(plan.event, None, skipped=True)
            else:
                self._add(plan.event, None)
        self.explicit: dict[int, tuple[int, str]] = {}
        for debrief in uow.session.scalars(
            select(Debrief)
            .where(Debrief.organisation_id == home.id)
            .options(selectinload(Debrief.records))
        ):
            self._add(debrief.event, None).debriefed = True
            for record in debrief.records:
                self.explicit[record.relation_id] = (debrief.event_id, record.kind)
        self.met_at: dict[int, set[int]] = defaultdict(set)
        for relation in mine:
            if relation.predicate == Predicate.MET_WITH.value and relation.event_id:
                self.met_at[relation.event_id].add(self._other(relation))
        self.present_anywhere = uow.relations.all(
            RelationFilter(predicate=Predicate.PARTICIPATED_IN.value, status=CONFIRMED)
        )
        self.present_at: dict[int, set[int]] = defaultdict(set)
        for relation in self.present_anywhere:
            if relation.object_id in self.attended and relation.subject_id != home.id:
                self.present_at[relation.object_id].add(relation.subject_id)
        self.names = {e.id: e.name for e in uow.entities.iter_all()}
        self.leads_at: dict[int, dict[int, str]] = defaultdict(dict)
        for lead in uow.session.scalars(select(Lead).where(Lead.event_id.is_not(None))):
            if lead.event_id is not None:
                self.leads_at[lead.event_id][lead.organisation_id] = lead.organisation.name
        # The same ties the other way round: organisation -> events, for the attribution.
        self.met_events: dict[int, set[int]] = defaultdict(set)
        self.lead_events: dict[int, set[int]] = defaultdict(set)
        self.present_events: dict[int, set[int]] = defaultdict(set)
        for index, by_event in (
            (self.met_events, self.met_at),
            (self.lead_events, self.leads_at),
            (self.present_events, self.present_at),
        ):
            for event_id, organisations in by_event.items():
                for organisation_id in organisations:
                    index[organisation_id].add(event_id)

    def _item(self, event: Entity, when: str | None, *, skipped: bool = False) -> _Attended:
        covers = event_range(event)
        if covers is None and when:
            covers = date_range(when, None)
        names = [normalize_name(event.name), *(a.alias_norm for a in event.aliases)]
        return _Attended(
            event=event,
            covers=covers,
            year=covers[0].year if covers else year_of(when),
            plan=self.plans.get(event.id),
            skipped=skipped,
            names=names,
        )

    def _add(self, event: Entity, when: str | None) -> _Attended:
        if event.id not in self.attended:
            self.attended[event.id] = self._item(event, when)
            self.skipped.pop(event.id, None)
        return self.attended[event.id]

    def _other(self, relation: Relation) -> int:
        return relation.object_id if relation.subject_id == self.home.id else relation.subject_id

    def best_event(
        self, relation: Relation, fact_date: str | None, ties: dict[int, int]
    ) -> int | None:
        """The event a fact is given to: `ties` maps candidate events to their evidence rank."""
        explicit = self.explicit.get(relation.id)
        if explicit is not None:
            return explicit[0]
        if not fact_date:
            return None
        fact = date_range(fact_date, None)
        ranked = []
        for event_id, rank in ties.items():
            item = self.attended.get(event_id)
            if item is None or not _in_window(fact, item.covers):
                continue
            ranked.append(
                (rank, _distance(fact, item.covers), _span(item.covers), item.event.key, event_id)
            )
        return min(ranked)[-1] if ranked else None


def attribute_partnerships(context: _Context) -> dict[int, list[Relation]]:
    """Each `partner_of` of the cluster given to the one event that best explains it."""
    result: dict[int, list[Relation]] = defaultdict(list)
    for relation in context.mine:
        if relation.predicate != Predicate.PARTNER_OF.value:
            continue
        partner = context._other(relation)
        attributes = relation.attributes or {}
        ties: dict[int, int] = {}
        for event_id in _named(attributes.get("note"), context.attended):
            ties[event_id] = NAMED
        for event_id in context.met_events[partner] | context.lead_events[partner]:
            ties.setdefault(event_id, MET)
        for event_id in context.present_events[partner]:
            ties.setdefault(event_id, PRESENT)
        when = attributes.get("since") or relation.date
        chosen = context.best_event(relation, when, ties)
        if chosen is not None:
            result[chosen].append(relation)
    return result


def attribute_projects(
    context: _Context, partnerships: dict[int, list[Relation]]
) -> dict[int, list[Entity]]:
    """Projects of the cluster with a consortium member it met, made a lead, or partnered there."""
    uow = context.uow
    members: dict[int, set[int]] = defaultdict(set)
    for relation in uow.relations.all(
        RelationFilter(predicate=Predicate.CONSORTIUM_MEMBER_OF.value, status=CONFIRMED)
    ):
        members[relation.object_id].add(relation.subject_id)
    partnered: dict[int, set[int]] = defaultdict(set)  # organisation -> events partnered at
    for event_id, relations in partnerships.items():
        for relation in relations:
            partnered[context._other(relation)].add(event_id)
    result: dict[int, list[Entity]] = defaultdict(list)
    seen: set[int] = set()
    for relation in sorted(context.mine, key=lambda r: r.id):
        if relation.subject_id != context.home.id:
            continue
        if (
            relation.predicate
            not in (
                Predicate.CONSORTIUM_MEMBER_OF.value,
                Predicate.LEADS.value,
            )
            or relation.object.type != EntityType.PROJECT.value
        ):
            continue
        project = relation.object
        if project.id in seen:
            continue
        others = members.get(project.id, set()) - {context.home.id}
        ties: dict[int, int] = {}
        for other in others:
            for event_id in partnered[other]:
                ties[event_id] = min(ties.get(event_id, PRESENT), PRESENT)
            for event_id in context.met_events[other] | context.lead_events[other]:
                ties[event_id] = MET
        chosen = context.best_event(relation, relation.date, ties)
        if chosen is not None:
            seen.add(project.id)
            result[chosen].append(project)
    return result


def attribute_joins(context: _Context) -> dict[int, list[Entity]]:
    """Companies that became members of the cluster after it met them at an event."""
    result: dict[int, list[Entity]] = defaultdict(list)
    for relation in context.mine:
        if relation.predicate != Predicate.MEMBER_OF.value or relation.object_id != context.home.id:
            continue
        company = relation.subject
        if company.type != EntityType.COMPANY.value:
            continue
        ties: dict[int, int] = {}
        for event_id in context.met_events[company.id]:
            ties[event_id] = PRESENT
        for event_id in context.lead_events[company.id]:
            ties[event_id] = MET
        when = (relation.attributes or {}).get("since") or relation.date
        chosen = context.best_event(relation, when, ties)
        if chosen is not None:
            result[chosen].append(company)
    return result


# ---------------------------------------------------------------- the report


def _returns(uow: UnitOfWork, context: _Context) -> dict[int, EventReturn]:
    partnerships = attribute_partnerships(context)
    projects = attribute_projects(context, partnerships)
    joins = attribute_joins(context)
    meetings: dict[str, activity.MeetingsAt] = {}
    for year in sorted({i.year for i in context.attended.values() if i.year is not None}):
        for entry in activity.meetings_held(uow, organisation=context.home.id, year=year):
            if entry.event_key:
                meetings[entry.event_key] = entry
    names = context.names
    result: dict[int, EventReturn] = {}
    for event_id, item in [*context.attended.items(), *context.skipped.items()]:
        event = item.event
        held = meetings.get(event.key)
        partners = partnerships.get(event_id, [])
        outcomes = scoring.Outcomes(
            meetings=0 if item.skipped or held is None else held.meetings,
            leads=len(context.leads_at.get(event_id, {})),
            partnerships=len(partners),
            projects=len(projects.get(event_id, [])),
            joined=len(joins.get(event_id, [])),
        )
        if item.skipped:
            outcomes = scoring.Outcomes()
        records = sorted(
            {*(held.relation_ids if held else []), *(r.id for r in partners)}
            | {rid for rid, (eid, _kind) in context.explicit.items() if eid == event_id}
        )
        plan = item.plan
        result[event_id] = EventReturn(
            key=event.key, name=event.name, start_date=event.start_date, end_date=event.end_date,
            year=item.year, format=event.format, city=event.city, country=event.country,
            country_name=country_name(event.country),
            decision=plan.decision if plan else None, role=item.role,
            level=item.level or (plan.sponsor_level if plan else None), skipped=item.skipped,
            skip_reason=plan.reason if plan and item.skipped else None, debriefed=item.debriefed,
            outcomes=outcomes,
            met=sorted(names.get(i, "?") for i in context.met_at.get(event_id, set())),
            leads=sorted(context.leads_at.get(event_id, {}).values()),
            partnerships=sorted(names.get(context._other(r), "?") for r in partners),
            projects=sorted(p.name for p in projects.get(event_id, [])),
            joined=sorted(c.name for c in joins.get(event_id, [])),
            costs=plan_costs(plan), records=records,
        )  # fmt: skip
    return result


def _year_summaries(returns: list[EventReturn]) -> list[YearSummary]:
    by_year: dict[int, list[EventReturn]] = defaultdict(list)
    for item in returns:
        if item.year is not None:
            by_year[item.year].append(item)
    summaries = []
    for year, items in sorted(by_year.items()):
        went = [i for i in items if not i.skipped]
        costed = [i for i in went if i.cost_eur is not None]
        outcomes = sum((i.outcomes for i in went), scoring.Outcomes())
        summaries.append(
            YearSummary(
                year=year,
                events=len(went),
                skipped=len(items) - len(went),
                outcomes=outcomes,
                cost_eur=(
                    sum((i.cost_eur for i in costed if i.cost_eur is not None), Decimal("0.00"))
                    if costed
                    else None
                ),
                events_with_cost=len(costed),
                outcomes_with_cost=sum(i.outcomes.total() for i in costed),
            )
        )
    return summaries


def _series(returns: list[EventReturn]) -> list[SeriesRow]:
    grouped: dict[str, SeriesRow] = {}
    for item in sorted(returns, key=lambda r: (r.year or 0, r.name)):
        if item.year is None:
            continue
        row = grouped.setdefault(series_key(item.name), SeriesRow(series_name(item.name), {}))
        row.editions[item.year] = item
    return sorted(grouped.values(), key=lambda r: r.name.casefold())


def _proposal(
    uow: UnitOfWork, context: _Context, returns: list[EventReturn], year: int
) -> list[scoring.Proposal]:
    target = year + 1
    home = context.home
    home_sectors = set(home.sector_names)
    partners = {
        context._other(r): r for r in context.mine if r.predicate == Predicate.PARTNER_OF.value
    }
    present: dict[int, set[int]] = defaultdict(set)
    for relation in context.present_anywhere:
        present[relation.object_id].add(relation.subject_id)
    names = context.names
    new_partner_countries = {
        p.country
        for p in activity.partnerships_created(uow, organisation=home.id, year=year)
        if p.country
    }
    history: dict[str, list[scoring.PastEdition]] = defaultdict(list)
    latest_event: dict[str, int] = {}
    latest_year: dict[str, int] = {}
    by_key = {item.event.key: event_id for event_id, item in context.attended.items()}
    by_key.update({item.event.key: event_id for event_id, item in context.skipped.items()})
    for item in returns:
        if item.year is None or item.year >= target:
            continue
        key = series_key(item.name)
        history[key].append(
            scoring.PastEdition(
                year=item.year,
                attended=not item.skipped,
                outcomes=item.outcomes,
                cost_eur=item.cost_eur,
                skip_reason=item.skip_reason,
            )
        )
        previous = latest_year.get(key)
        if previous is None or item.year >= previous:
            latest_year[key] = item.year
            latest_event[key] = by_key[item.key]

    def candidate_from(event: Entity | None, key: str, name: str) -> scoring.Candidate:
        past = None
        if key in latest_event:
            found = latest_event[key]
            past = (context.attended.get(found) or context.skipped[found]).event
        source = event or past
        assert source is not None  # a candidate is an event, or a series with a past edition
        going = {i for i in present.get(source.id, set()) if i in partners}
        if not going and past is not None:
            going = {i for i in present.get(past.id, set()) if i in partners}
        plan = context.plans.get(event.id) if event is not None else None
        return scoring.Candidate(
            name=name,
            key=event.key if event else None,
            start_date=event.start_date if event else None,
            end_date=event.end_date if event else None,
            country=source.country,
            history=sorted(history.get(key, []), key=lambda h: h.year),
            shared_sectors=sorted(home_sectors & set(source.sector_names)),
            partners_going=sorted(names[i] for i in going),
            priority_country=(
                country_name(source.country) if source.country in new_partner_countries else None
            ),
            priority_year=year,
            planned=(plan.decision, plan.reason) if plan is not None else None,
        )

    candidates = []
    covered: set[str] = set()
    for event in uow.session.scalars(
        select(Entity).where(
            Entity.type == EntityType.EVENT.value, Entity.review_status != "rejected"
        )
    ):
        covers = event_range(event)
        if covers is None or covers[0].year != target:
            continue
        key = series_key(event.name)
        covered.add(key)
        candidates.append(candidate_from(event, key, event.name))
    for key in sorted(history):
        if key in covered or not any(h.attended for h in history[key]):
            continue
        past = context.attended.get(latest_event[key]) or context.skipped[latest_event[key]]
        candidates.append(candidate_from(None, key, f"{series_name(past.event.name)} {target}"))
    return scoring.rank(candidates, home=home.name)


def return_on_events(
    uow: UnitOfWork, *, year: int, organisation_ref: int | str | None = None
) -> ReturnReport:
    """The year's events with their outcomes and costs, the years compared, next year's ranking."""
    check_year(year)
    home = home_of(uow, organisation_ref)
    context = _Context(uow, home)
    returns = list(_returns(uow, context).values())
    this_year = sorted(
        (r for r in returns if r.year == year), key=lambda r: (r.start_date or "", r.name)
    )
    return ReturnReport(
        year=year,
        home=home.name,
        home_key=home.key,
        events=this_year,
        years=_year_summaries(returns),
        series=_series(returns),
        proposal_year=year + 1,
        proposals=_proposal(uow, context, returns, year),
    )
