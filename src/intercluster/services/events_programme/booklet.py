"""The delegation booklet of an event: HTML or PDF, from the plan and the registry.

One self-contained document for the people who go: a cover (event, dates,
place, stand and co-exhibitors), the cluster's own page (who it is, who goes,
whom it wants to meet, which partners will be there), the agenda (the plan's
fixed points, and the published partnering meetings when the event has
them), then one page per delegate company (its profile, its goals, the
organisations it wants to meet, its partnering meetings).

The PDF is the same HTML laid out by WeasyPrint with the fonts and checks of
`intercluster.reports.render`, imported only when a PDF is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from intercluster.db.events_models import ParticipationPlan
from intercluster.db.models import Entity
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name
from intercluster.domain.vocabulary import Predicate, RelationStatus
from intercluster.errors import InterclusterError, InvalidInput, Unavailable
from intercluster.services.events_programme.common import event_dates, home_of, resolve_event
from intercluster.services.events_programme.plans import get_plan, money

TEMPLATES = Path(__file__).resolve().parents[2] / "reports" / "templates"
FORMATS = ("html", "pdf")


@dataclass
class AgendaLine:
    day: str
    start: str | None
    end: str | None
    title: str
    place: str | None = None


@dataclass
class Profile:
    name: str
    type: str
    country: str | None
    city: str | None
    website: str | None
    sectors: list[str]
    description: str | None

    @classmethod
    def of(cls, entity: Entity) -> Profile:
        return cls(
            name=entity.name,
            type=entity.type.replace("_", " "),
            country=country_name(entity.country),
            city=entity.city or entity.region,
            website=entity.website,
            sectors=entity.sector_names,
            description=entity.description,
        )


@dataclass
class TargetLine:
    name: str
    country: str | None
    type: str
    priority: int
    reason: str | None


@dataclass
class CompanyPage:
    profile: Profile
    goals: str | None
    targets: list[TargetLine] = field(default_factory=list)
    meetings: list[AgendaLine] = field(default_factory=list)


@dataclass
class Booklet:
    event_key: str
    event: Profile
    event_dates: str
    event_format: str | None
    home: Profile
    decision: str
    sponsor_level: str | None
    stand: str | None
    stand_host: str | None
    co_exhibitors: list[str]
    staff: list[tuple[str, str | None]]
    targets: list[TargetLine]
    partners_there: list[str]
    agenda: list[AgendaLine]
    companies: list[CompanyPage]
    budget: list[str]
    generated: str


def _target(target: Any) -> TargetLine:
    org = target.organisation
    return TargetLine(
        name=org.name,
        country=country_name(org.country),
        type=org.type.replace("_", " "),
        priority=target.priority,
        reason=target.reason,
    )


def _partnering(uow: UnitOfWork, event: Entity, who: Entity) -> list[AgendaLine]:
    """The published partnering meetings of an organisation at the event, if it has any."""
    from intercluster.services import partnering

    try:
        plan = partnering.agenda(uow, event=event.id, participant=who.name)
    except InterclusterError:
        return []
    return [
        AgendaLine(
            day=item.day,
            start=item.start,
            end=item.end,
            title=f"Meeting with {', '.join(item.with_)}",
            place="virtual" if plan.virtual else f"table {item.table}",
        )
        for item in plan.items
    ]


def build_booklet(
    uow: UnitOfWork,
    *,
    event: int | str,
    organisation_ref: int | str | None,
    today: date | None = None,
) -> Booklet:
    entity = resolve_event(uow, event)
    home = home_of(uow, organisation_ref)
    plan: ParticipationPlan = get_plan(uow, event=entity.id, organisation_ref=home.id)
    if plan.decision == "skip":
        raise InvalidInput(
            f"event: the plan skips {entity.name}; there is no delegation to brief", field="event"
        )
    partners = {
        (r.object_id if r.subject_id == home.id else r.subject_id)
        for r in uow.relations.all(
            RelationFilter(
                predicate=Predicate.PARTNER_OF.value,
                entity_id=home.id,
                status=RelationStatus.CONFIRMED.value,
            )
        )
    }
    there = sorted(
        r.subject.name
        for r in uow.relations.all(
            RelationFilter(
                predicate=Predicate.PARTICIPATED_IN.value,
                object_id=entity.id,
                status=RelationStatus.CONFIRMED.value,
            )
        )
        if r.subject_id in partners
    )
    agenda = [AgendaLine(a.day, a.start, a.end, a.title, a.place) for a in plan.agenda]
    agenda += _partnering(uow, entity, home)
    agenda.sort(key=lambda a: (a.day, a.start or "", a.title))
    companies = []
    for delegate in plan.delegates:
        company = delegate.company
        companies.append(
            CompanyPage(
                profile=Profile.of(company),
                goals=delegate.goals,
                targets=[_target(t) for t in plan.targets if t.for_company_id == company.id],
                meetings=_partnering(uow, entity, company),
            )
        )
    budget = [
        f"{c.kind} {c.category}: {money(c.amount_cents, c.currency)}"
        + (f" ({c.note})" if c.note else "")
        for c in plan.costs
    ]
    return Booklet(
        event_key=entity.key,
        event=Profile.of(entity),
        event_dates=event_dates(entity),
        event_format=(entity.format or "").replace("_", " ") or None,
        home=Profile.of(home),
        decision=plan.decision,
        sponsor_level=plan.sponsor_level,
        stand=plan.stand,
        stand_host=plan.stand_host.name if plan.stand_host else None,
        co_exhibitors=[c.organisation.name for c in plan.co_exhibitors],
        staff=[(s.name, s.role) for s in plan.staff],
        targets=[_target(t) for t in plan.targets if t.for_company_id is None],
        partners_there=there,
        agenda=agenda,
        companies=companies,
        budget=budget,
        generated=(today or date.today()).isoformat(),
    )


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
    )


def to_html(booklet: Booklet, *, pdf: bool = False, fonts: list[Any] | None = None) -> str:
    template = _environment().get_template("booklet.html.j2")
    return template.render(b=booklet, pdf=pdf, font_faces=fonts or [])


def to_pdf(booklet: Booklet) -> bytes:
    """The booklet as PDF; Unavailable when WeasyPrint's libraries or every font are missing."""
    from intercluster.reports.render import PDF_LIBRARIES, bundled_fonts, system_font_count

    try:
        import weasyprint
    except OSError as exc:  # cffi could not open Pango or HarfBuzz
        raise Unavailable(
            f"format: PDF needs WeasyPrint's system libraries ({exc}); install the Debian "
            f"packages {PDF_LIBRARIES}, or choose --format html",
            field="format",
        ) from exc
    faces = bundled_fonts()
    if not faces and system_font_count() == 0:
        raise Unavailable(
            "format: no font found for the PDF; install fonts-dejavu-core, or choose --format html",
            field="format",
        )
    html = to_html(booklet, pdf=True, fonts=faces)
    return bytes(weasyprint.HTML(string=html, base_url=str(TEMPLATES)).write_pdf())


def render_booklet(booklet: Booklet, format: str) -> bytes:
    if format == "html":
        return to_html(booklet).encode("utf-8")
    if format == "pdf":
        return to_pdf(booklet)
    raise InvalidInput(
        f"format: expected one of {', '.join(FORMATS)}, got {format!r}", field="format"
    )
