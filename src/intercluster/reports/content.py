"""The yearly "International deployment" report, written from the registry.

Sections follow the seed document (events, European partnerships, networks
and committees, university partners, projects) and add the network's shape.
Every sentence is generated from the records and cites them; every figure
lists the relations behind it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import networkx as nx

from intercluster.analytics import geography
from intercluster.analytics.metrics import communities
from intercluster.analytics.network import Period, tie_graph
from intercluster.db.models import Entity, Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import country_name
from intercluster.domain.vocabulary import EntityType, Predicate, RelationStatus
from intercluster.maps import world
from intercluster.reports import DEFAULT_BASE_URL, charts
from intercluster.reports.model import (
    Block,
    Bullets,
    Figure,
    Paragraph,
    Record,
    Report,
    Section,
    Table,
)
from intercluster.reports.text import join, plural, versus, when
from intercluster.services import activity, analytics
from intercluster.services.analytics import Breakdown, Indicators, TieRow

CONFIRMED = RelationStatus.CONFIRMED.value

ROLE_PHRASES = {
    "executive_committee": "member of the executive committee",
    "board": "board member",
    "associated_partner": "associated partner",
    "member": "member",
}
PARTICIPATION_PHRASES = {
    "attendee": "attended",
    "exhibitor": "exhibited",
    "speaker": "spoke",
    "organizer": "organised it",
    "sponsor": "was a sponsor",
}
FORMAT_WORDS = {"virtual": "virtual", "in_person": "in person", "hybrid": "hybrid"}


def _sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _where(entity: Entity) -> str:
    """ "Belgium", or nothing when the country is unknown."""
    return country_name(entity.country) or "" if entity.country else ""


def _named(entity: Entity, *, with_country: bool = True) -> str:
    """ "BioWin (Belgium)", "Council of European BioRegions (CEBR)"."""
    extra = []
    short = [a for a in entity.alias_names if a.isupper() and len(a) <= 10]
    if short and short[0] not in entity.name:
        extra.append(short[0])
    if with_country and entity.country:
        extra.append(_where(entity))
    return f"{entity.name} ({', '.join(extra)})" if extra else entity.name


def _europe(svg: str) -> str | None:
    """The world map framed on Europe (the same shapes, another view box), if it can be."""
    x0, y0 = world.project(-25.0, 71.5)
    x1, y1 = world.project(45.0, 34.0)
    frame = f'viewBox="0 0 {world.WIDTH:g} {world.HEIGHT:g}"'
    if frame not in svg:
        return None
    zoomed = svg.replace(frame, f'viewBox="{x0:g} {y0:g} {x1 - x0:g} {y1 - y0:g}"', 1)
    # Borders are drawn for the whole world; thinner ones keep small countries visible.
    return zoomed.replace('stroke-width="0.5"', 'stroke-width="0.15"').replace(
        'class="world-map"', 'class="world-map europe-map"', 1
    )


def _other(relation: Relation, entity: Entity) -> Entity:
    return relation.object if relation.subject_id == entity.id else relation.subject


def _note(relation: Relation) -> str | None:
    note = (relation.attributes or {}).get("note")
    return str(note) if note else None


class _Writer:
    """Collects sections, numbers figures and remembers every record cited."""

    def __init__(self, uow: UnitOfWork, report: Report) -> None:
        self.uow = uow
        self.report = report
        self.cited: set[int] = set()
        self.figure_count = 0

    def cite(self, ids: list[int]) -> list[int]:
        self.cited.update(ids)
        return sorted(set(ids))

    def paragraph(self, text: str, records: list[int] | None = None) -> Paragraph:
        return Paragraph(text, self.cite(records or []))

    def figure(
        self,
        key: str,
        title: str,
        caption: str,
        svg: str,
        records: list[int],
        records_url: str | None = None,
    ) -> Figure:
        self.figure_count += 1
        return Figure(
            f"figure-{key}",
            self.figure_count,
            title,
            caption,
            svg,
            self.cite(records),
            records_url,
        )

    def section(self, key: str, title: str, blocks: list[Block]) -> None:
        self.report.sections.append(Section(key, title, [b for b in blocks if b is not None]))

    def finish(self) -> None:
        for relation_id in sorted(self.cited):
            relation = self.uow.relations.get(relation_id)
            if relation is None:
                continue
            fact = (
                f"{relation.subject.name} {relation.predicate.replace('_', ' ')} "
                f"{relation.object.name}"
            )
            if relation.date:
                fact += f" ({when(relation.date)})"
            sentence = None
            if relation.evidence:
                evidence = relation.evidence[0]
                sentence = evidence.source.text[evidence.start_offset : evidence.end_offset]
            self.report.records[relation_id] = Record(relation_id, fact, sentence)


def _bars(breakdown: Breakdown) -> list[charts.Bars]:
    return [charts.Bars(r.label, r.value, r.previous) for r in breakdown.rows]


def _breakdown_records(breakdown: Breakdown) -> list[int]:
    return sorted({r for row in breakdown.rows for r in row.records})


def build_report(
    uow: UnitOfWork,
    *,
    year: int,
    organisation: int | str | None = None,
    base_url: str = DEFAULT_BASE_URL,
    today: date | None = None,
) -> Report:
    """The report of the year; refuses a year the registry holds no records of."""
    analytics.check_year(year)
    home = analytics.home_organisation(uow, organisation)
    analytics.require_records(uow, organisation=home, year=year)
    figures = analytics.indicators(uow, organisation=home.id, year=year)
    report = Report(
        title=f"International deployment {year}",
        subtitle=f"{home.name}: partnerships, events, networks and projects of {year}",
        organisation=home.name,
        organisation_key=home.key,
        year=year,
        previous_year=year - 1,
        generated=(today or date.today()).isoformat(),
        base_url=base_url.rstrip("/"),
    )
    writer = _Writer(uow, report)
    ties = analytics.tie_changes(uow, organisation=home.id, year=year)
    _overview(writer, home, figures, ties)
    _events(writer, home, figures)
    _partnerships(writer, home, figures, ties)
    _networks(writer, home, ties)
    _universities(writer, home, figures)
    _projects(writer, home, figures, ties)
    _network(writer, home)
    writer.finish()
    _annex(writer)
    return report


# ---------------------------------------------------------------- sections


def _overview(
    writer: _Writer, home: Entity, figures: Indicators, ties: analytics.TieChangesReport
) -> None:
    year, before = figures.year, figures.previous_year
    get = figures.get
    created, events, meetings = (
        get("partnerships_created"),
        get("events_attended"),
        get("meetings_held"),
    )
    reach = get("countries_reached")
    extra = analytics.geography_of(writer.uow, organisation=home.id, year=year)
    extra_names = [country_name(c) or c for c in extra.extra_european_countries]
    text = (
        f"In {year}, {home.name} created {plural(created.value, 'partnership')}"
        f"{versus(created.value, created.previous, before)}, strengthened its ties with "
        f"{plural(len(ties.strengthened), 'partner')}, took part in "
        f"{plural(events.value, 'event')} and held {plural(meetings.value, 'meeting')}. "
        f"Its ties reached {plural(reach.value, 'country', 'countries')} abroad"
    )
    text += (
        f", {len(extra_names)} of them outside Europe ({join(extra_names)})."
        if extra_names
        else "."
    )
    if not figures.previous_has_records:
        text += f" The registry holds no records of {before}, so no figure is compared with it."
    rows, records = [], []
    for indicator in figures.indicators:
        previous = "no records" if indicator.previous is None else str(indicator.previous)
        change = "—" if indicator.change is None else f"{indicator.change:+d}"
        rows.append([indicator.label, str(indicator.value), previous, change])
        records.append(writer.cite(indicator.records))
    blocks: list[Block] = [
        writer.paragraph(text, created.records + events.records + meetings.records),
        Table(
            f"Key figures, {year} beside {before}",
            ["Indicator", str(year), str(before), "Change"],
            rows,
            records,
        ),
    ]
    people = writer.uow.relations.all(
        RelationFilter(predicate=Predicate.WORKS_FOR.value, object_id=home.id, status=CONFIRMED)
    )
    if people:
        names = [
            f"{r.subject.name}, {(r.attributes or {}).get('title')}"
            if (r.attributes or {}).get("title")
            else r.subject.name
            for r in people
        ]
        blocks.append(writer.paragraph(f"Contact: {join(names)}.", [r.id for r in people]))
    writer.section("overview", f"More ample international deployment in {year}", blocks)


def _events(writer: _Writer, home: Entity, figures: Indicators) -> None:
    uow, year = writer.uow, figures.year
    attended = activity.events_attended(uow, organisation=home.id, year=year)
    count = figures.get("events_attended")
    formats = figures.breakdown("events_by_format")
    formats_known = FORMAT_WORDS.values()
    parts = [f"{r.value} {r.label}" for r in formats.rows if r.value and r.label in formats_known]
    unknown = sum(r.value for r in formats.rows if r.label not in formats_known)
    if unknown:
        parts.append(f"{unknown} whose format is not recorded")
    summary = join(parts)
    blocks: list[Block] = []
    if not attended:
        blocks.append(writer.paragraph(f"{home.name} took part in no recorded event in {year}."))
        writer.section("events", "Events", blocks)
        return
    abroad = sorted(
        {country_name(a.country) or "" for a in attended if a.country and a.country != home.country}
    )
    text = (
        f"{home.name} took part in {plural(count.value, 'event')} in {year}"
        f"{versus(count.value, count.previous, figures.previous_year)}: {summary}."
    )
    if abroad:
        text += f" Events were held in {join(abroad)}."
    blocks.append(writer.paragraph(text, count.records))

    met_at: dict[int | None, list[Relation]] = defaultdict(list)
    for relation in uow.relations.all(
        RelationFilter(
            predicate=Predicate.MET_WITH.value, entity_id=home.id, year=year, status=CONFIRMED
        )
    ):
        met_at[relation.event_id].append(relation)
    meetings = {
        m.event_key: m for m in activity.meetings_held(uow, organisation=home.id, year=year)
    }
    items = []
    for attendance in attended:
        event = uow.entities.get_by_key(attendance.event_key)
        if event is None:  # pragma: no cover - the key was just read
            continue
        own = uow.relations.get(attendance.relation_id)
        around = uow.relations.all(RelationFilter(object_id=event.id, status=CONFIRMED))
        details = [
            d for d in (when(attendance.date), FORMAT_WORDS.get(attendance.format or "")) if d
        ]
        place = ", ".join(
            p for p in (event.city, country_name(event.country) if event.country else None) if p
        )
        if place:
            details.append(place)
        if event.attendance:
            details.append(f"more than {event.attendance} participants")
        phrase = PARTICIPATION_PHRASES.get(attendance.role or "attendee", "took part")
        if attendance.role == "sponsor" and attendance.level:
            phrase = f"was a {attendance.level} sponsor"
        text = f"{event.name} ({', '.join(details)}): {home.name} {phrase}"
        records = [attendance.relation_id]
        organisers = [r for r in around if r.predicate == Predicate.ORGANIZED.value]
        if organisers:
            text += f"; organised by {join(r.subject.name for r in organisers)}"
            records += [r.id for r in organisers]
        fellows = [
            r
            for r in around
            if r.predicate == Predicate.PARTICIPATED_IN.value and r.subject_id != home.id
        ]
        if fellows:
            text += f", alongside {join(r.subject.name for r in fellows)}"
            records += [r.id for r in fellows]
        held = meetings.get(event.key)
        met = met_at.get(event.id, [])
        if held and held.meetings:
            text += f"; {plural(held.meetings, 'meeting')} held"
            if met:
                text += (
                    f", with {join(_named(_other(r, home)) for r in met)} among others"
                    if held.meetings > len(met)
                    else f", with {join(_named(_other(r, home)) for r in met)}"
                )
            records += held.relation_ids
        companies = (own.attributes or {}).get("companies") if own else None
        if companies:
            text += f"; {companies} companies took part with it"
        sentence = _sentence(text)
        note = _note(own) if own else None
        if note:
            sentence += f" {_sentence(note)}"
        items.append(writer.paragraph(sentence, records))
    blocks.append(Bullets(items))
    unattached = met_at.get(None, [])
    if unattached:
        blocks.append(
            writer.paragraph(
                "Meetings outside any recorded event: "
                f"{join(_named(_other(r, home)) for r in unattached)}.",
                [r.id for r in unattached],
            )
        )
    blocks.append(
        writer.figure(
            "events",
            f"Events attended in {year}, by format",
            f"Events {home.name} took part in, by format, {year} beside {figures.previous_year}.",
            charts.compare_bars(
                _bars(formats), year=year, previous_year=figures.previous_year, salt="events"
            ),
            _breakdown_records(formats),
            f"{writer.report.base_url}/api/v1/relations?entity={home.key}&predicate=participated_in&year={year}",
        )
    )
    by_event = figures.breakdown("meetings_by_event")
    if by_event.rows:
        blocks.append(
            writer.figure(
                "meetings",
                f"Meetings held in {year}, by event",
                "An event counts its own figure or the meetings recorded one by one there, "
                "whichever is larger.",
                charts.compare_bars(
                    _bars(by_event), year=year, previous_year=figures.previous_year, salt="meetings"
                ),
                _breakdown_records(by_event),
            )
        )
    writer.section("events", "Events", blocks)


def _tie_list(rows: list[TieRow]) -> str:
    return join(
        f"{r.partner} ({country_name(r.country)})" if r.country else r.partner for r in rows
    )


def _partnerships(
    writer: _Writer, home: Entity, figures: Indicators, ties: analytics.TieChangesReport
) -> None:
    uow, year = writer.uow, figures.year
    created = activity.partnerships_created(uow, organisation=home.id, year=year)
    universities = {
        p.partner for p in activity.universities_joined(uow, organisation=home.id, year=year)
    }
    clusters = [p for p in created if p.partner not in universities]
    count = figures.get("partnerships_created")
    blocks: list[Block] = []
    if clusters:
        new_by_country: dict[str, list[str]] = defaultdict(list)
        for p in clusters:
            new_by_country[p.country_name or "country not recorded"].append(p.partner)
        european = sum(1 for p in clusters if geography.is_european(p.country))
        text = (
            f"{year} brought {plural(count.value, 'new partnership')}"
            f"{versus(count.value, count.previous, figures.previous_year)}. "
            f"Partnerships were created with {plural(len(clusters), 'organisation')} in "
            f"{plural(len(new_by_country), 'country', 'countries')}, "
            f"{'all' if european == len(clusters) else european} of them in Europe: "
            + join(
                f"{country} ({join(sorted(names))})"
                for country, names in sorted(new_by_country.items())
            )
            + "."
        )
        if universities:
            joined = plural(len(universities), "university", "universities")
            text += f" {joined.capitalize()} joined the university network besides (see below)."
        blocks.append(writer.paragraph(text, [p.relation_id for p in created]))
        new_names = {p.partner for p in clusters}
        joint = [
            p
            for p in activity.projects_of(uow, organisation=home.id, year=year)
            if new_names & set(p.partners)
        ]
        if joint:
            partners = sorted({name for p in joint for name in p.partners if name in new_names})
            statuses = sorted({p.status or "recorded" for p in joint})
            blocks.append(
                writer.paragraph(
                    f"With {join(partners)}, {home.name} {join(statuses)} the European "
                    f"{'projects' if len(joint) > 1 else 'project'} "
                    f"{join(p.project for p in joint)}.",
                    [p.relation_id for p in joint],
                )
            )
    else:
        blocks.append(
            writer.paragraph(
                f"No partnership was created in {year}"
                f"{versus(count.value, count.previous, figures.previous_year)}."
            )
        )
    if ties.strengthened:
        blocks.append(
            writer.paragraph(
                f"Ties were strengthened with {plural(len(ties.strengthened), 'partner')}: "
                f"{_tie_list(ties.strengthened)}.",
                [r for row in ties.strengthened for r in row.relations],
            )
        )
    if ties.contacts:
        blocks.append(
            writer.paragraph(
                "New contacts, met or worked with but not yet partners: "
                f"{_tie_list(ties.contacts)}.",
                [r for row in ties.contacts for r in row.relations],
            )
        )
    if ties.dormant:
        blocks.append(
            writer.paragraph(
                f"{plural(len(ties.dormant), 'partnership')} had no recorded activity for "
                f"{ties.dormant_after} years or more: {_tie_list(ties.dormant)}.",
                [r for row in ties.dormant for r in row.relations],
            )
        )
    else:
        blocks.append(
            writer.paragraph(
                f"No partnership has been without activity for {ties.dormant_after} years or more."
            )
        )
    by_country = figures.breakdown("partnerships_by_country")
    if by_country.rows:
        blocks.append(
            writer.figure(
                "partnerships",
                f"Partnerships created in {year}, by country",
                f"New partnerships (a `since` in {year}), {year} beside {figures.previous_year}.",
                charts.compare_bars(
                    _bars(by_country),
                    year=year,
                    previous_year=figures.previous_year,
                    salt="partnerships",
                ),
                _breakdown_records(by_country),
                f"{writer.report.base_url}/api/v1/relations?entity={home.key}&predicate=partner_of&year={year}",
            )
        )
    reach = analytics.geography_of(uow, organisation=home.id, year=year)
    if reach.countries:
        continents: dict[str, list[str]] = defaultdict(list)
        for country in reach.countries:
            if country.code != home.country and country.continent:
                continents[country.continent].append(country.name)
        text = (
            f"In {year}, {home.name}'s ties reached {plural(reach.abroad, 'country', 'countries')} "
            f"abroad, on {plural(len(continents), 'continent')}: "
            + join(
                f"{continent} ({join(sorted(names))})"
                for continent, names in sorted(continents.items())
            )
            + "."
        )
        if reach.extra_european_countries:
            names = [country_name(c) or c for c in reach.extra_european_countries]
            text += f" Extra-European: {join(names)}."
        records = sorted({r for c in reach.countries for r in c.relations})
        blocks.append(writer.paragraph(text, records))
        counts = {c.code: len(c.organisations) for c in reach.countries}
        tied = {c.code: c.organisations for c in reach.countries}
        base = writer.report.base_url

        def link(code: str) -> str:
            return f"{base}/api/v1/relations?entity={home.key}&country={code}&year={year}"

        def label(code: str, name: str, n: int) -> str:
            return f"{name}: {plural(n, 'organisation')}" + (
                f" ({', '.join(tied[code])})" if n else ""
            )

        world_map = world.world_svg(
            counts, link=link, label=label, title=f"Organisations tied to {home.name} in {year}"
        )
        europe = _europe(world_map)
        blocks.append(
            writer.figure(
                "map",
                f"Where {home.name}'s ties of {year} are",
                "Organisations tied to "
                f"{home.name} in {year}, by country (darker: more). "
                "Each country links to its records.",
                world_map,
                records,
            )
        )
        if europe:
            blocks.append(
                writer.figure(
                    "europe",
                    f"Europe, closer: {home.name}'s ties of {year}",
                    "The same map, on Europe.",
                    europe,
                    records,
                )
            )
    writer.section("partnerships", "Partnerships in Europe and beyond", blocks)


def _networks(writer: _Writer, home: Entity, ties: analytics.TieChangesReport) -> None:
    uow, year = writer.uow, ties.year
    held = [
        m
        for m in activity.memberships(uow, organisation=home.id)
        if m.date is None or int(m.date[:4]) <= year
    ]
    blocks: list[Block] = []
    if held:
        items = []
        for membership in held:
            relation = uow.relations.get(membership.relation_id)
            network = uow.entities.get_by_key(membership.network_key)
            assert relation is not None and network is not None
            role = ROLE_PHRASES.get(membership.role or "member", "member")
            text = f"{_named(network, with_country=False)}: {role}"
            if membership.date:
                text += f" ({when(membership.date)})"
            note = _note(relation)
            if note:
                text += f"; {note}"
            items.append(writer.paragraph(_sentence(text), [relation.id]))
        blocks.append(
            writer.paragraph(
                f"{home.name} holds {plural(len(held), 'seat')} in networks as of {year}:",
                [m.relation_id for m in held],
            )
        )
        blocks.append(Bullets(items))
    partners = {row.partner_key: row for row in ties.new + ties.strengthened}
    networks = []
    for key, row in partners.items():
        entity = uow.entities.get_by_key(key)
        if entity is not None and entity.type == EntityType.NETWORK.value:
            networks.append((entity, row))
    if networks:
        items = []
        for entity, row in sorted(networks, key=lambda pair: pair[0].name):
            notes = []
            for relation_id in row.relations:
                relation = uow.relations.get(relation_id)
                if relation is not None and relation.predicate == Predicate.PARTNER_OF.value:
                    kind = (relation.attributes or {}).get("kind")
                    note = _note(relation)
                    notes.append(": ".join(x for x in (kind, note) if x))
            detail = "; ".join(n for n in notes if n)
            items.append(
                writer.paragraph(
                    _sentence(f"{_named(entity)}" + (f" ({detail})" if detail else "")),
                    row.relations,
                )
            )
        blocks.append(
            writer.paragraph(
                f"{home.name} worked with {plural(len(networks), 'network')} in {year}:",
                [r for _, row in networks for r in row.relations],
            )
        )
        blocks.append(Bullets(items))
    if not blocks:
        blocks.append(
            writer.paragraph(
                f"No network membership or network partnership is recorded for {year}."
            )
        )
    writer.section("networks", "Networks and committees", blocks)


def _universities(writer: _Writer, home: Entity, figures: Indicators) -> None:
    uow, year = writer.uow, figures.year
    added = activity.universities_joined(uow, organisation=home.id, year=year)
    count = figures.get("universities_added")
    blocks: list[Block] = []
    if not added:
        blocks.append(
            writer.paragraph(
                f"No university joined {home.name}'s university network in {year}"
                f"{versus(count.value, count.previous, figures.previous_year)}."
            )
        )
        writer.section("universities", "University partners", blocks)
        return
    blocks.append(
        writer.paragraph(
            f"The university network grew by {plural(len(added), 'university', 'universities')} "
            f"in {year}{versus(count.value, count.previous, figures.previous_year)}: "
            + join(
                f"{p.partner} ({p.country_name})" if p.country_name else p.partner for p in added
            )
            + ".",
            [p.relation_id for p in added],
        )
    )
    # The networks these universities belong to, and what the home organisation is there.
    members: dict[int, list[Relation]] = defaultdict(list)
    for p in added:
        university = uow.entities.get_by_key(p.partner_key)
        if university is None:
            continue
        for relation in uow.relations.all(
            RelationFilter(
                predicate=Predicate.MEMBER_OF.value, subject_id=university.id, status=CONFIRMED
            )
        ):
            members[relation.object_id].append(relation)
    for network_id, relations in sorted(members.items()):
        network = relations[0].object
        names = [r.subject.name for r in relations]
        records = [r.id for r in relations]
        verb = "are members" if len(names) > 1 else "is a member"
        text = f"{join(names)} {verb} of {_named(network, with_country=False)}"
        home_seat = uow.relations.all(
            RelationFilter(
                predicate=Predicate.MEMBER_OF.value,
                subject_id=home.id,
                object_id=network_id,
                status=CONFIRMED,
            )
        )
        if home_seat:
            role = ROLE_PHRASES.get(
                (home_seat[0].attributes or {}).get("role") or "member", "member"
            )
            article = "an" if role[0] in "aeiou" else "a"
            text += f", of which {home.name} is {article} {role}"
            records.append(home_seat[0].id)
        text += "."
        around = uow.relations.all(RelationFilter(entity_id=network_id, status=CONFIRMED))
        funders = [
            r
            for r in around
            if r.predicate == Predicate.FUNDED_BY.value and r.subject_id == network_id
        ]
        leaders = [
            r for r in around if r.predicate == Predicate.LEADS.value and r.object_id == network_id
        ]
        facts = []
        if funders:
            facts.append(f"funded by {join(r.object.name for r in funders)}")
        if leaders:
            facts.append(f"led by {join(r.subject.name for r in leaders)}")
        if facts:
            short = network.aliases[0].alias if network.aliases else network.name
            text += f" {short} is {join(facts)}."
            records += [r.id for r in funders + leaders]
        blocks.append(writer.paragraph(text, records))
    writer.section("universities", "University partners", blocks)


def _projects(
    writer: _Writer, home: Entity, figures: Indicators, ties: analytics.TieChangesReport
) -> None:
    uow, year = writer.uow, figures.year
    own = activity.projects_of(uow, organisation=home.id, year=year)
    led = activity.projects_led(uow, organisation=home.id, year=year)
    blocks: list[Block] = []
    items = []
    for entry in own:
        detail = [entry.status or "status not recorded"]
        if entry.programme:
            detail.append(entry.programme)
        if entry.role:
            detail.append(f"as {entry.role}")
        text = f"{entry.project} ({', '.join(detail)})"
        if entry.partners:
            text += f", with {join(entry.partners)}"
        items.append(writer.paragraph(_sentence(text), [entry.relation_id]))
    for entry in led:
        text = f"{entry.project}: led by {home.name}" + (
            f" ({entry.status})" if entry.status else ""
        )
        if entry.partners:
            text += f", with {join(entry.partners)}"
        items.append(writer.paragraph(_sentence(text), [entry.relation_id]))
    submitted, won = figures.get("projects_submitted"), figures.get("projects_won")
    summary = (
        f"In {year}, {home.name} submitted {plural(submitted.value, 'project')}"
        f"{versus(submitted.value, submitted.previous, figures.previous_year)}, won "
        f"{plural(won.value, 'project')} and led {plural(len(led), 'project')}."
    )
    blocks.append(
        writer.paragraph(summary, submitted.records + won.records + [p.relation_id for p in led])
    )
    if items:
        blocks.append(Bullets(items))
    # Projects of the year's partners that the home organisation is not part of.
    mine = {p.project_key for p in own + led}
    partner_keys = {row.partner_key for row in ties.new + ties.strengthened}
    around: dict[str, list[Relation]] = defaultdict(list)
    for relation in uow.relations.all(
        RelationFilter(predicate=Predicate.CONSORTIUM_MEMBER_OF.value, year=year, status=CONFIRMED)
    ):
        if relation.subject.key in partner_keys and relation.object.key not in mine:
            around[relation.object.key].append(relation)
    if around:
        lines = []
        for relations in sorted(around.values(), key=lambda rs: rs[0].object.name):
            project = relations[0].object
            lines.append(
                writer.paragraph(
                    _sentence(
                        f"{project.name}, with {join(sorted(r.subject.name for r in relations))}"
                    ),
                    [r.id for r in relations],
                )
            )
        blocks.append(
            writer.paragraph(f"Partners' projects of {year} that {home.name} is close to:")
        )
        blocks.append(Bullets(lines))
    statuses = figures.breakdown("projects_by_status")
    if statuses.rows:
        blocks.append(
            writer.figure(
                "projects",
                f"Projects of {year}, by status",
                f"Consortium memberships of {home.name}, {year} beside {figures.previous_year}.",
                charts.compare_bars(
                    _bars(statuses), year=year, previous_year=figures.previous_year, salt="projects"
                ),
                _breakdown_records(statuses),
                f"{writer.report.base_url}/api/v1/relations?entity={home.key}&predicate=consortium_member_of&year={year}",
            )
        )
    writer.section("projects", "Projects", blocks)


# A large year is drawn from its strongest ties only: a figure of 10,000 organisations
# shows nothing, and its layout would take minutes.
FIGURE_TIES = 150


def _network(writer: _Writer, home: Entity) -> None:
    year = writer.report.year
    if analytics.is_large(writer.uow):
        found = analytics.analysis_at_scale(writer.uow, Period.of_year(year))
        graph = nx.Graph()
        for tie in found.edges[:FIGURE_TIES]:
            graph.add_node(tie.source, name=tie.source_name)
            graph.add_node(tie.target, name=tie.target_name)
            graph.add_edge(tie.source, tie.target, strength=tie.strength, relations=tie.relations)
        grouped: dict[int, list[int]] = defaultdict(list)
        for m in found.nodes:
            if m.id in graph:
                grouped[m.community or 0].append(m.id)
        groups = [sorted(grouped[c]) for c in sorted(grouped)]
    else:
        network = analytics.load_network(writer.uow).within(Period.of_year(year))
        graph = tie_graph(network, reference_year=year)
        found = analytics.analysis_of(graph, Period.of_year(year))
        groups = communities(graph)
    metrics = found.nodes
    blocks: list[Block] = []
    edges_records = sorted({r for _, _, data in graph.edges(data=True) for r in data["relations"]})
    text = (
        f"The records of {year} tie {plural(found.organisations, 'organisation')} by "
        f"{plural(found.ties, 'tie')}. A tie's strength grows with partnerships, "
        "meetings, shared projects, memberships and co-attended events."
    )
    if found.truncated:
        text += (
            f" The figure draws the {plural(graph.number_of_edges(), 'strongest tie')} "
            "and the organisations they join."
        )
    central = sorted(metrics, key=lambda m: (-m.betweenness, m.name))[:3]
    if central and central[0].betweenness > 0:
        text += (
            " The organisations through which most of the network's strongest paths run are "
            + join(
                f"{m.name} (betweenness {m.betweenness:.2f})" for m in central if m.betweenness > 0
            )
            + "."
        )
    blocks.append(writer.paragraph(text, edges_records))
    sizable = [c for c in found.communities if c.size >= 3]
    if sizable:
        described = []
        for community in sizable[:5]:
            names = community.members
            shown = (
                join(names[:6])
                if len(names) <= 6
                else f"{', '.join(names[:6])} and {len(names) - 6} more"
            )
            described.append(shown)
        blocks.append(
            writer.paragraph(
                f"Louvain community detection finds {plural(len(found.communities), 'group')} "
                f"(modularity {found.modularity:.2f}); the largest are: "
                + "; ".join(f"({i + 1}) {d}" for i, d in enumerate(described))
                + "."
            )
        )
    if found.brokers:
        blocks.append(
            writer.paragraph(
                "Brokers between world regions (pairs of organisations from different regions "
                "tied only through them): "
                + join(
                    f"{b.name} ({plural(b.brokerage, 'pair')} across {join(sorted(b.regions))})"
                    for b in found.brokers[:3]
                )
                + "."
            )
        )
    blocks.append(
        writer.figure(
            "network",
            f"The network of {year}",
            "Organisations tied in the year: size by tie strength, colour by community, "
            f"{home.name} outlined.",
            charts.network_figure(graph, groups=groups, highlight=home.id, salt="network"),
            edges_records,
            f"{writer.report.base_url}/api/v1/relations?year={year}",
        )
    )
    rows, records = [], []
    for m in metrics[:10]:
        rows.append(
            [
                m.name,
                country_name(m.country) or "",
                str(m.degree),
                f"{m.strength:.2f}",
                f"{m.betweenness:.3f}",
                f"{m.eigenvector:.3f}",
                str((m.community or 0) + 1),
            ]
        )
        ties = graph.edges(m.id, data="relations") if m.id in graph else []
        records.append(writer.cite(sorted({r for _, _, ids in ties for r in ids})))
    blocks.append(
        Table(
            "The most connected organisations",
            ["Organisation", "Country", "Ties", "Strength", "Betweenness", "Eigenvector", "Group"],
            rows,
            records,
        )
    )
    rows, records = [], []
    for tie in found.edges[:10]:
        rows.append([tie.source_name, tie.target_name, f"{tie.strength:.2f}", ", ".join(tie.kinds)])
        records.append(writer.cite(tie.relations))
    blocks.append(
        Table(
            "The strongest ties",
            ["Organisation", "Organisation", "Strength", "Reasons"],
            rows,
            records,
        )
    )
    writer.section("network", f"The network in {year}", blocks)


def _annex(writer: _Writer) -> None:
    report = writer.report
    rows = [[f"#{r.id}", r.fact, r.sentence or ""] for r in report.records.values()]
    report.sections.append(
        Section(
            "records",
            "Records behind this report",
            [
                Paragraph(
                    f"Every figure and sentence above cites these {len(rows)} relations of the "
                    f"registry; each is served at {report.base_url}/api/v1/relations/{{id}} "
                    "with its sources."
                ),
                Table(
                    "Records",
                    ["Record", "Fact", "Source sentence"],
                    rows,
                    [[r.id] for r in report.records.values()],
                ),
            ],
        )
    )
