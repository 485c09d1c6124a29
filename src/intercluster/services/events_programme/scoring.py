"""The arithmetic of the return on events and of next year's proposal, on plain data.

Outcomes of an event are counted in five kinds: meetings held, leads
created, partnerships and projects that followed, companies that joined.
Their **total** is what "cost per outcome" divides the cost by; their
**points** weigh them by how far each goes (a company joining the cluster
is worth ten meetings), and rank events against each other.

The proposal scores each candidate for next year from:

- the points of its series' latest edition the cluster went to;
- how cheaply those points came (points per 1,000 EUR, capped);
- the sectors it shares with the cluster;
- the cluster's partners who go to it;
- whether it is held in a country where the cluster made new partners;
- a penalty when the cluster went and nothing recorded came of it.

Every term that counts gives a reason, so a ranking can be argued with.
The reasons' texts are marked for translation (`_translate`) and filled in
with their values where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

WEIGHTS: dict[str, int] = {
    "meetings": 1,
    "leads": 3,
    "partnerships": 5,
    "projects": 8,
    "joined": 10,
}
SECTOR_POINTS = 3
PARTNER_POINTS = 2
PARTNERS_COUNTED = 5
PRIORITY_COUNTRY_POINTS = 4
EFFICIENCY_POINTS_PER_KEUR = 5
EFFICIENCY_CAP = 10
NOTHING_CAME_PENALTY = -5
ADVICE_ATTEND = 20
ADVICE_CONSIDER = 8
CENT = Decimal("0.01")


def _translate(message: str) -> str:
    """Marks a message for the catalogue; pages translate it when they show it."""
    return message


REASONS: dict[str, str] = {
    "history": _translate(
        "%(year)s edition: %(meetings)s meetings, %(leads)s leads, %(partnerships)s "
        "partnerships, %(projects)s projects, %(joined)s companies joined"
    ),
    "efficiency": _translate("%(cost)s EUR per outcome at the %(year)s edition"),
    "no_cost": _translate("no cost recorded for the %(year)s edition"),
    "nothing_came": _translate("nothing recorded came of the %(year)s edition"),
    "skipped": _translate("skipped in %(year)s: %(reason)s"),
    "sectors": _translate("sectors shared with %(home)s: %(sectors)s"),
    "partners": _translate("%(count)s partners at this event or its last edition: %(names)s"),
    "priority_country": _translate("held in %(country)s, where %(year)s brought new partners"),
    "in_calendar": _translate("in the calendar: %(dates)s"),
    "not_in_calendar": _translate("next edition not in the calendar yet"),
    "new_event": _translate("never attended: no past return to go on"),
    "planned": _translate("already planned: %(decision)s (%(reason)s)"),
}


@dataclass
class Outcomes:
    meetings: int = 0
    leads: int = 0
    partnerships: int = 0
    projects: int = 0
    joined: int = 0

    def total(self) -> int:
        return self.meetings + self.leads + self.partnerships + self.projects + self.joined

    def points(self) -> int:
        return sum(WEIGHTS[name] * count for name, count in self.as_dict().items())

    def as_dict(self) -> dict[str, int]:
        return {
            "meetings": self.meetings,
            "leads": self.leads,
            "partnerships": self.partnerships,
            "projects": self.projects,
            "joined": self.joined,
        }

    def __add__(self, other: Outcomes) -> Outcomes:
        return Outcomes(**{k: v + other.as_dict()[k] for k, v in self.as_dict().items()})


def cost_per(cost: Decimal | None, count: int) -> Decimal | None:
    """The cost of one outcome, to the cent; None without a cost or without an outcome."""
    if cost is None or count <= 0:
        return None
    return (cost / count).quantize(CENT, rounding=ROUND_HALF_EVEN)


def points_per_thousand(points: int, cost: Decimal | None) -> Decimal | None:
    if cost is None or cost <= 0:
        return None
    return (Decimal(points) * 1000 / cost).quantize(CENT, rounding=ROUND_HALF_EVEN)


@dataclass
class Reason:
    code: str
    values: dict[str, Any]
    points: int = 0

    @property
    def template(self) -> str:
        return REASONS[self.code]

    def text(self) -> str:
        return self.template % self.values


@dataclass
class PastEdition:
    year: int
    attended: bool
    outcomes: Outcomes
    cost_eur: Decimal | None
    skip_reason: str | None = None


@dataclass
class Candidate:
    """An event of next year, or the next edition of a series the cluster went to."""

    name: str
    key: str | None  # None: the next edition is not in the calendar yet
    start_date: str | None
    end_date: str | None
    country: str | None
    history: list[PastEdition] = field(default_factory=list)
    shared_sectors: list[str] = field(default_factory=list)
    partners_going: list[str] = field(default_factory=list)
    priority_country: str | None = None  # the country's name when it is one
    priority_year: int | None = None
    planned: tuple[str, str | None] | None = None  # the plan's decision and reason, if any


@dataclass
class Proposal:
    rank: int
    candidate: Candidate
    score: int
    advice: str  # attend, consider, low
    reasons: list[Reason]


def score_candidate(candidate: Candidate, *, home: str) -> tuple[int, list[Reason]]:
    reasons: list[Reason] = []
    if candidate.key:
        dates = candidate.start_date or ""
        if candidate.end_date and candidate.end_date != candidate.start_date:
            dates = f"{dates} – {candidate.end_date}"
        reasons.append(Reason("in_calendar", {"dates": dates}))
    else:
        reasons.append(Reason("not_in_calendar", {}))
    if candidate.planned is not None:
        decision, why = candidate.planned
        reasons.append(Reason("planned", {"decision": decision, "reason": why or "-"}))
    attended = [e for e in candidate.history if e.attended]
    skipped = [e for e in candidate.history if not e.attended]
    if attended:
        latest = max(attended, key=lambda e: e.year)
        points = latest.outcomes.points()
        reasons.append(
            Reason("history", {"year": latest.year, **latest.outcomes.as_dict()}, points)
        )
        if points == 0:
            reasons.append(Reason("nothing_came", {"year": latest.year}, NOTHING_CAME_PENALTY))
        rate = points_per_thousand(points, latest.cost_eur)
        if latest.cost_eur is None:
            reasons.append(Reason("no_cost", {"year": latest.year}))
        elif rate is not None and points:
            bonus = min(EFFICIENCY_CAP, int(rate * EFFICIENCY_POINTS_PER_KEUR))
            per = cost_per(latest.cost_eur, latest.outcomes.total())
            reasons.append(
                Reason("efficiency", {"cost": f"{per:,.2f}", "year": latest.year}, bonus)
            )
    else:
        reasons.append(Reason("new_event", {}))
    for edition in sorted(skipped, key=lambda e: -e.year)[:1]:
        reasons.append(
            Reason("skipped", {"year": edition.year, "reason": edition.skip_reason or "-"})
        )
    if candidate.shared_sectors:
        reasons.append(
            Reason(
                "sectors",
                {"home": home, "sectors": ", ".join(candidate.shared_sectors)},
                SECTOR_POINTS * len(candidate.shared_sectors),
            )
        )
    if candidate.partners_going:
        counted = candidate.partners_going[:PARTNERS_COUNTED]
        reasons.append(
            Reason(
                "partners",
                {"count": len(candidate.partners_going), "names": ", ".join(counted)},
                PARTNER_POINTS * len(counted),
            )
        )
    if candidate.priority_country:
        reasons.append(
            Reason(
                "priority_country",
                {"country": candidate.priority_country, "year": candidate.priority_year},
                PRIORITY_COUNTRY_POINTS,
            )
        )
    return sum(r.points for r in reasons), reasons


def advice_for(score: int) -> str:
    if score >= ADVICE_ATTEND:
        return "attend"
    if score >= ADVICE_CONSIDER:
        return "consider"
    return "low"


def rank(candidates: list[Candidate], *, home: str) -> list[Proposal]:
    """Candidates best first; ties by date, then name, so the order is stable."""
    scored = []
    for candidate in candidates:
        score, reasons = score_candidate(candidate, home=home)
        scored.append((score, candidate, reasons))
    scored.sort(key=lambda item: (-item[0], item[1].start_date or "9999", item[1].name))
    return [
        Proposal(index, candidate, score, advice_for(score), reasons)
        for index, (score, candidate, reasons) in enumerate(scored, start=1)
    ]
