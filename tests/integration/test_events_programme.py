"""The events programme on a real database: plans, debriefs into the registry, returns, calendar."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from intercluster.db.events_models import FollowUp, Lead
from intercluster.db.models import Relation
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import Database
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EntityCreate
from intercluster.services.entities import create_entity
from intercluster.services.events_programme import calendar, debriefs, plans, returns
from intercluster.services.events_programme.booklet import build_booklet, render_booklet
from intercluster.services.events_programme.example import load_example

HOME = "genopole"
AFTER = date(2023, 1, 1)


def save(database: Database, event: str, data: dict[str, Any], **options: Any) -> Any:
    with database.uow() as uow:
        saved = plans.save_plan(
            uow, event=event, organisation_ref=HOME, data=plans.parse_plan(data), **options
        )
        return saved.created, saved.warnings, plans.plan_to_dict(saved.plan)


def debrief(database: Database, event: str, data: dict[str, Any], **options: Any) -> Any:
    with database.uow() as uow:
        return debriefs.record_debrief(
            uow,
            event=event,
            organisation_ref=HOME,
            data=debriefs.parse_debrief(data),
            today=AFTER,
            **options,
        )


def roi(database: Database, year: int) -> returns.ReturnReport:
    with database.uow() as uow:
        return returns.return_on_events(uow, year=year, organisation_ref=HOME)


def test_roi_on_the_seed_demo_for_2021(demo_database: Database) -> None:
    report = roi(demo_database, 2021)
    by_key = {e.key: e for e in report.events}
    assert list(by_key) == [
        "bio-europe-spring-2021", "facc-ohio-meeting-2021", "bio-2021", "meet-in-italy-2021",
        "eugloh-conference-2021",
    ]  # fmt: skip
    spring = by_key["bio-europe-spring-2021"]
    assert spring.outcomes.as_dict() == {
        "meetings": 30, "leads": 0, "partnerships": 0, "projects": 0, "joined": 0,
    }  # fmt: skip
    assert spring.met == ["BJT Pharma", "BioM", "BioWin", "CataloniaBio", "Seppic"]
    assert (spring.role, spring.level) == ("sponsor", "Gold")
    # BIO's note names it for three ties; the three co-promoters were there too, the same month.
    assert by_key["bio-2021"].partnerships == [
        "BioWin", "Business France", "Choose Paris Region", "Kawasaki", "Medicen",
        "Triangle Park",
    ]  # fmt: skip
    assert by_key["meet-in-italy-2021"].partnerships == ["Advanced Life Science in Italy"]
    assert by_key["eugloh-conference-2021"].outcomes.total() == 0
    assert all(e.cost_eur is None and e.cost_per_outcome is None for e in report.events)
    (year,) = report.years
    assert (year.year, year.events, year.outcomes.total(), year.outcomes.points()) == (
        2021, 5, 37, 65,
    )  # fmt: skip
    assert year.cost_eur is None
    assert report.proposal_year == 2022
    names = [p.candidate.name for p in report.proposals]
    assert names[:2] == ["BIO-Europe Spring 2022", "BIO International Convention 2022"]
    assert all(p.candidate.key is None for p in report.proposals)  # none in the calendar yet
    reasons = {r.code for r in report.proposals[0].reasons}
    assert {"history", "no_cost", "sectors", "partners", "priority_country"} <= reasons
    # Nothing of the programme changed the registry.
    with demo_database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Relation)) == 63


def test_roi_with_the_illustrative_costs(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        first = load_example(uow, organisation_ref=HOME)
    with demo_database.uow() as uow:
        again = load_example(uow, organisation_ref=HOME)
    assert (len(first.entities_added), len(first.plans_saved)) == (6, 7)
    assert (again.entities_added, again.plans_saved, len(again.plans_kept)) == ([], [], 7)
    report = roi(demo_database, 2021)
    by_key = {e.key: e for e in report.events}
    bio = by_key["bio-2021"]
    # 2,400 USD at 1.1326 = 2,119.02 EUR, plus 3,000 EUR; the budget line is not counted.
    assert (bio.cost_eur, bio.costs.basis, bio.costs.currencies) == (
        Decimal("5119.02"), "actual", ["EUR", "USD"],
    )  # fmt: skip
    assert bio.costs.budget_eur == Decimal("2648.77")
    assert bio.cost_per_outcome == Decimal("853.17")  # 6 partnerships
    assert by_key["bio-europe-spring-2021"].cost_per_outcome == Decimal("561.67")  # 16,850 / 30
    assert by_key["facc-ohio-meeting-2021"].cost_eur == Decimal("132.44")
    summary = report.summary()
    assert summary is not None
    assert (summary.cost_eur, summary.cost_per_outcome) == (Decimal("24651.46"), Decimal("666.26"))
    years = {y.year: y for y in report.years}
    assert years[2022].events == 1 and years[2022].skipped == 1
    assert years[2022].cost_eur == Decimal("20803.37")  # the BIO 2022 budget
    ranked = [(p.candidate.name, p.candidate.key) for p in report.proposals]
    assert ranked[0] == ("BIO International Convention 2022", "bio-2022")
    assert ("BIO-Europe 2022", "bio-europe-2022") in ranked
    planned = {r.code: r.values for r in report.proposals[0].reasons}["planned"]
    assert planned["decision"] == "exhibit"
    series = {s.name: s for s in report.series}
    assert sorted(series["BIO-Europe Spring"].editions) == [2021, 2022]
    assert series["BIO-Europe Spring"].editions[2022].skipped
    body = report.to_dict()
    assert body["events"][0]["cost_per"]["meetings"] == "561.67"
    assert "2021-12-31" in body["rates"]


def test_plan_rules_each_name_their_field(demo_database: Database) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"decision": "sponsor"}, "sponsor_level"),
        ({"decision": "attend", "sponsor_level": "Gold"}, "sponsor_level"),
        ({"decision": "skip"}, "reason"),
        ({"decision": "skip", "reason": "no", "staff": [{"name": "A"}]}, "staff"),
        ({"decision": "attend", "stand": "Pavilion"}, "stand"),
        ({"decision": "attend", "co_exhibitors": ["Medicen"]}, "co_exhibitors"),
        ({"decision": "exhibit", "co_exhibitors": ["Medicen", "medicen"]}, "co_exhibitors.2"),
        ({"decision": "attend", "delegates": [{"company": "Atlantis"}]}, "delegates.1"),
        ({"decision": "attend", "delegates": [{"company": "Genopole"}]}, "delegates.1"),
        ({"decision": "attend", "targets": [{"organisation": "Seppic", "for_company": "BioM"}]},
         "targets.1.for_company"),
        ({"decision": "attend", "staff": [{"name": "A"}, {"name": "a "}]}, "staff.2"),
        ({"decision": "attend", "costs": [{"kind": "actual", "category": "travel",
          "amount": "10", "currency": "XBT"}]}, "costs.1.currency"),
        ({"decision": "attend", "costs": [{"kind": "actual", "category": "taxi",
          "amount": "10"}]}, "costs.1.category"),
        ({"decision": "attend", "costs": [{"kind": "actual", "category": "travel",
          "amount": "-1"}]}, "costs.1.amount"),
        ({"decision": "attend", "agenda": [{"day": "2021-05-01", "title": "x"}]}, "agenda.1.day"),
        ({"decision": "go"}, "decision"),
        ({"decision": "attend", "targets": [{"organisation": "BioM", "priority": 5}]},
         "targets.1.priority"),
    ]  # fmt: skip
    for data, field in cases:
        with pytest.raises((InvalidInput, NotFound)) as caught:
            save(demo_database, "meet-in-italy-2021", data)
        assert caught.value.field == field, (data, caught.value.message)
    with demo_database.uow() as uow, pytest.raises(NotFound):
        plans.get_plan(uow, event="meet-in-italy-2021", organisation_ref=HOME)


def test_plan_saved_whole_versioned_and_overlaps_warned(demo_database: Database) -> None:
    data = {
        "decision": "sponsor", "sponsor_level": "Gold", "reason": "Benchmark clusters",
        "stand": "Île-de-France stand", "stand_host": "Choose Paris Region",
        "co_exhibitors": ["Medicen"],
        "delegates": [{"company": "Neo Genomics", "goals": "US distributors"}],
        "targets": [{"organisation": "Seppic", "priority": 1, "for_company": "Neo Genomics"}],
        "staff": [{"name": "Laurent Pépin", "role": "Director"}],
        "costs": [{"kind": "budget", "category": "sponsorship", "amount": "15000"},
                  {"kind": "actual", "category": "travel", "amount": "1132.60",
                   "currency": "USD"}],
    }  # fmt: skip
    with pytest.raises(NotFound, match="Neo Genomics"):
        save(demo_database, "bio-europe-spring-2021", data)
    created, warnings, shown = save(
        demo_database, "bio-europe-spring-2021", data, create_missing=True
    )
    assert created and warnings == []
    assert shown["stand_host"] == "choose-paris-region" and shown["co_exhibitors"] == ["medicen"]
    assert shown["targets"][0]["for_company"] == "neo-genomics"
    assert shown["totals"]["budget_eur"] == "15000.00"
    assert shown["totals"]["actual_eur"] == "1000.00"  # 1,132.60 USD
    with demo_database.uow() as uow:
        plan = plans.get_plan(uow, event="bio-europe-spring-2021", organisation_ref=HOME)
        assert plan.staff[0].person is not None  # Laurent Pépin is a person of the registry
        again = plans.parse_plan(plans.plan_input(plan))
    created, _, shown = save(demo_database, "bio-europe-spring-2021", again.model_dump())
    assert not created and shown["version"] == 2
    with pytest.raises(Conflict, match="version"):
        save(demo_database, "bio-europe-spring-2021", {**again.model_dump(), "version": 1})
    # Two events on overlapping days, the same person planned at both: a warning, not a refusal.
    with demo_database.uow() as uow:
        for name, start, end in (("Alpha Summit 2022", "2022-05-02", "2022-05-04"),
                                 ("Beta Forum 2022", "2022-05-04", "2022-05-05")):  # fmt: skip
            create_entity(
                uow,
                data=EntityCreate(type="event", name=name, start_date=start, end_date=end),
            )
    staff = [{"name": "Laurent Pépin"}]
    save(demo_database, "Alpha Summit 2022", {"decision": "attend", "staff": staff})
    _, warnings, _ = save(demo_database, "Beta Forum 2022", {"decision": "attend", "staff": staff})
    assert warnings == [
        "Laurent Pépin also planned at Alpha Summit 2022 (2022-05-02 to 2022-05-04), whose dates "
        "overlap Beta Forum 2022 (2022-05-04 to 2022-05-05)"
    ]


def test_debrief_writes_the_registry_once(demo_database: Database) -> None:
    save(
        demo_database,
        "meet-in-italy-2021",
        {"decision": "exhibit", "delegates": [{"company": "BJT Pharma"}]},
    )
    data = {
        "meetings_held": 12,
        "met": [{"organisation": "Seppic", "outcome": "sample request"}],
        "leads": [{"organisation": "Nuova Bio", "interest": "settle in Évry", "owner": "L. P."}],
        "partnerships": [{"organisation": "CataloniaBio", "kind": "mou", "since": "2021-10"}],
        "follow_ups": [{"action": "Send the offer", "owner": "L. P.", "due": "2021-10-15",
                        "organisation": "Nuova Bio"}],
    }  # fmt: skip
    with pytest.raises(NotFound, match="Nuova Bio"):
        debrief(demo_database, "meet-in-italy-2021", data)
    with demo_database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Relation)) == 63
    report = debrief(demo_database, "meet-in-italy-2021", data, create_missing=True)
    assert report.entities_added == ["Nuova Bio"]
    assert (len(report.created), len(report.confirmed), report.leads_added) == (4, 1, 1)
    with demo_database.uow() as uow:
        genopole = uow.entities.get_by_key("genopole")
        event = uow.entities.get_by_key("meet-in-italy-2021")
        assert genopole is not None and event is not None
        (participation,) = uow.relations.all(
            RelationFilter(predicate="participated_in", subject_id=genopole.id, object_id=event.id)
        )
        assert participation.attributes == {"role": "attendee", "meetings": 12, "companies": 1}
        meetings = uow.relations.all(RelationFilter(predicate="met_with", entity_id=genopole.id))
        at_event = sorted(
            (r.object.name, (r.attributes or {}).get("outcome"))
            for r in meetings
            if r.event_id == event.id
        )
        assert at_event == [("Nuova Bio", None), ("Seppic", "sample request")]
        ties = uow.relations.all(RelationFilter(predicate="partner_of", entity_id=genopole.id))
        catalonia = [r for r in ties if "CataloniaBio" in (r.subject.name, r.object.name)]
        assert [r.attributes for r in catalonia] == [
            {"since": "2021-10", "note": "started at Meet in Italy 2021", "kind": "mou"}
        ]
        bjt = uow.entities.get_by_key("bjt-pharma")
        assert bjt is not None
        assert uow.relations.all(
            RelationFilter(predicate="participated_in", subject_id=bjt.id, object_id=event.id)
        )
        (lead,) = uow.session.scalars(select(Lead)).all()
        assert (lead.status, lead.owner, lead.event_id) == ("new", "L. P.", event.id)
        assert uow.session.scalar(select(func.count()).select_from(FollowUp)) == 1
    again = debrief(demo_database, "meet-in-italy-2021", data)
    assert (len(again.created), again.leads_added, again.follow_ups_added) == (0, 0, 0)
    with demo_database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Relation)) == 63 + 4
    by_key = {e.key: e for e in roi(demo_database, 2021).events}
    italy = by_key["meet-in-italy-2021"]
    assert italy.outcomes.as_dict() == {
        "meetings": 12, "leads": 1, "partnerships": 2, "projects": 0, "joined": 0,
    }  # fmt: skip
    assert italy.partnerships == ["Advanced Life Science in Italy", "CataloniaBio"]
    assert italy.debriefed


def test_debrief_refusals_leave_nothing_written(demo_database: Database) -> None:
    bad_items: list[tuple[dict[str, Any], str]] = [
        ({"follow_ups": [{"action": "x", "owner": "y", "due": "2021-10"}]}, "follow_ups.1.due"),
        ({"follow_ups": [{"action": "x", "owner": "y", "due": "2020-01-01"}]}, "follow_ups.1.due"),
        ({"partnerships": [{"organisation": "BioM", "kind": "marriage"}]}, "partnerships.1.kind"),
        ({"partnerships": [{"organisation": "BioM", "since": "2020-01"}]}, "partnerships.1.since"),
        ({"met": [{"organisation": "Genopole"}]}, "met.1"),
        ({"meetings_held": -1}, "meetings_held"),
    ]  # fmt: skip
    for data, field in bad_items:
        with pytest.raises(InvalidInput) as caught:
            met = [{"organisation": "BioM"}]
            debrief(demo_database, "meet-in-italy-2021", {"met": met, **data})
        assert caught.value.field == field, caught.value.message
    with demo_database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Relation)) == 63
    save(demo_database, "eugloh-conference-2021", {"decision": "skip", "reason": "teaching"})
    with pytest.raises(InvalidInput, match="skips"):
        debrief(demo_database, "eugloh-conference-2021", {"meetings_held": 1})
    with demo_database.uow() as uow:
        future = EntityCreate(type="event", name="Future Expo 2030", start_date="2030-03")
        create_entity(uow, data=future)
    with pytest.raises(InvalidInput, match="after today"):
        debrief(demo_database, "Future Expo 2030", {"meetings_held": 1})


def test_calendar_import_filters_and_booklet(demo_database: Database) -> None:
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:BIO-Europe\n"
        "DTSTART;VALUE=DATE:20221024\nDTEND;VALUE=DATE:20221027\nLOCATION:Leipzig, Germany\n"
        "CATEGORIES:biotech\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Meet in Italy 2021\n"
        "DTSTART;VALUE=DATE:20210915\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Nope\nDTSTART:x\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    with demo_database.uow() as uow:
        report = calendar.import_calendar(uow, name="fall.ics", data=ics)
    assert report.created == ["bio-europe-2022"]
    assert report.unchanged == ["meet-in-italy-2021"]
    messages = [str(p) for p in report.problems]
    assert messages[0].startswith("line 10: 'Meet in Italy 2021' is already in the registry")
    assert "start_date '2021-09' -> '2021-09-15'" in messages[0]
    assert messages[1].startswith("line 16: DTSTART 'x' is not a date")
    with demo_database.uow() as uow:
        updated = calendar.import_calendar(uow, name="fall.ics", data=ics, update=True)
    assert updated.updated == ["meet-in-italy-2021"] and updated.unchanged == ["bio-europe-2022"]

    def keys(**filters: Any) -> list[str]:
        with demo_database.uow() as uow:
            home = uow.entities.get_by_key(HOME)
            flt = calendar.CalendarFilter(**filters)
            entries = calendar.calendar_entries(uow, flt=flt, home=home, today=date(2022, 1, 1))
            return [e.key for e in entries]

    assert keys(when="upcoming") == ["bio-europe-2022"]
    assert keys(region="europe", when="past") == [
        "bio-europe-spring-2021", "meet-in-italy-2021",
    ]  # fmt: skip
    assert keys(region="US") == ["facc-ohio-meeting-2021", "bio-2021"]
    assert keys(month="2021-09") == ["meet-in-italy-2021"]  # year-only events stay out
    assert keys(format="virtual") == ["bio-2021"]
    assert keys(sector="higher-education") == ["eugloh-conference-2021"]
    assert keys(q="spring") == ["bio-europe-spring-2021"]
    refused = [({"when": "soon"}, "when"), ({"month": "2021-13"}, "month"),
               ({"region": "Atlantis"}, "region"), ({"format": "paper"}, "format")]  # fmt: skip
    for bad, field in refused:
        with pytest.raises(InvalidInput) as caught:
            keys(**bad)
        assert caught.value.field == field

    save(
        demo_database,
        "bio-europe-2022",
        {
            "decision": "exhibit",
            "delegates": [{"company": "Seppic", "goals": "Meet German distributors"}],
            "targets": [{"organisation": "BioM", "reason": "joint call", "for_company": "Seppic"}],
            "agenda": [{"day": "2022-10-25", "start": "09:00", "title": "Pavilion opening"}],
        },
    )
    with demo_database.uow() as uow:
        booklet = build_booklet(uow, event="bio-europe-2022", organisation_ref=HOME)
    html = render_booklet(booklet, "html").decode()
    assert html.count('class="page company"') == 1
    for text in ("Delegation booklet", "Genopole", "Seppic", "Meet German distributors", "BioM",
                 "Pavilion opening", "2022-10-24 to 2022-10-26", "Leipzig, Germany"):  # fmt: skip
        assert text in html, text
    pdf = render_booklet(booklet, "pdf")
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000
    with pytest.raises(InvalidInput, match="format"):
        render_booklet(booklet, "docx")
