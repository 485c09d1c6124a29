"""Prospection, internationalisation requests and recommendations on a real database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from intercluster.db.events_models import Lead
from intercluster.db.prospection_models import InternationalisationRequest, Prospect
from intercluster.db.repositories import RelationFilter
from intercluster.db.uow import Database
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.services import internationalisation as intl
from intercluster.services import prospection as service
from intercluster.services import recommend
from intercluster.services.demo import load_prospection_demo
from intercluster.services.entities import resolve_entity
from intercluster.services.events_programme import debriefs
from intercluster.services.events_programme.returns import return_on_events
from tests.conftest import unique

TODAY = date(2021, 12, 31)


def _add(database: Database, company: str, **fields: object) -> int:
    with database.uow() as uow:
        prospect = service.create_prospect(
            uow,
            cluster_ref="genopole",
            data=service.ProspectCreate(organisation=company, **fields),  # type: ignore[arg-type]
            create_missing=True,
            today=TODAY,
        )
        return prospect.id


def test_a_prospect_through_its_stages_to_joining(demo_database: Database) -> None:
    company = unique("Atlantis Bio")
    pid = _add(
        demo_database, company, owner="L. Pépin", next_action="Send the offer", due="2021-10-01",
        source_event="BIO-Europe Spring 2021", since="2021-04-20",
    )  # fmt: skip
    with demo_database.uow() as uow:
        home = service.cluster_of(uow, "genopole")
        prospect = service.find_prospect(uow, company, cluster=home)
        assert prospect.id == pid and prospect.stage == "identified"
        # A prospect an event brought is one of that event's leads.
        lead = uow.session.scalar(select(Lead).where(Lead.prospect_id == pid))
        assert lead is not None and lead.status == "new"
        assert lead.event is not None and lead.event.key == "bio-europe-spring-2021"
        for stage, day in (("contacted", "2021-05-02"), ("meeting", "2021-06-10"),
                           ("site visit", "2021-07-01"), ("proposal", "2021-09-01")):  # fmt: skip
            assert service.move_prospect(
                uow, prospect, service.StageMove(stage=stage, on=day), today=TODAY
            )
        assert not service.move_prospect(
            uow, prospect, service.StageMove(stage="proposal"), today=TODAY
        )
        assert lead.status == "qualified"
        service.log_activity(
            uow, prospect,
            service.ActivityCreate(kind="e-mail", summary="Offer sent", happened_on="2021-09-02"),
            today=TODAY,
        )  # fmt: skip
        service.move_prospect(
            uow, prospect, service.StageMove(stage="joined", on="2021-11-15"), today=TODAY
        )
        assert lead.status == "joined"
        memberships = uow.relations.all(
            RelationFilter(predicate="member_of", subject_id=prospect.organisation_id)
        )
        assert [(r.object.key, r.attributes["since"]) for r in memberships] == [
            ("genopole", "2021-11-15")
        ]
        shown = service.prospect_to_dict(prospect, detail=True, today=TODAY)
    assert [s["stage"] for s in shown["stages"]] == [
        "identified", "contacted", "meeting", "site_visit", "proposal", "joined",
    ]  # fmt: skip
    assert shown["activities"][0]["kind"] == "email" and not shown["overdue"]
    # The return on events counts the company that joined after being a lead there.
    with demo_database.uow() as uow:
        report = return_on_events(uow, year=2021, organisation_ref="genopole")
        spring = next(e for e in report.events if e.key == "bio-europe-spring-2021")
    assert (spring.outcomes.leads, spring.outcomes.joined) == (1, 1)


def test_refusals_name_their_field(demo_database: Database) -> None:
    pid = _add(demo_database, "Seppic", since="2021-05-01")
    with pytest.raises(Conflict, match="already a prospect"):
        _add(demo_database, "Seppic")
    with pytest.raises(InvalidInput, match="the cluster itself"):
        _add(demo_database, "Genopole")
    with pytest.raises(InvalidInput, match="unknown stage 'signed'"):
        _add(demo_database, "BJT Pharma", stage="signed")
    with pytest.raises(InvalidInput, match="since: 2030-01-01 is in the future"):
        _add(demo_database, "BJT Pharma", since="2030-01-01")
    with demo_database.uow() as uow:
        home = service.cluster_of(uow, "genopole")
        prospect = service.find_prospect(uow, str(pid), cluster=home)
        with pytest.raises(InvalidInput, match="before the prospect entered"):
            service.move_prospect(
                uow, prospect, service.StageMove(stage="contacted", on="2021-04-01"), today=TODAY
            )
        with pytest.raises(Conflict, match="version"):
            service.update_prospect(uow, prospect, service.ProspectUpdate(owner="x", version=99))
        with pytest.raises(InvalidInput, match="did you mean 'call'"):
            service.log_activity(uow, prospect, service.ActivityCreate(kind="cal", summary="x"))
        with pytest.raises(NotFound, match="not a prospect"):
            service.find_prospect(uow, "BioWin", cluster=home)
        with pytest.raises(NotFound, match="did you mean"):
            service.find_prospect(uow, "Sepic Corp", cluster=home)


def test_a_debrief_lead_becomes_the_prospect_of_its_company(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        report = debriefs.record_debrief(
            uow, event="bio-europe-spring-2021", organisation_ref="genopole",
            data=debriefs.parse_debrief(
                {"leads": [{"organisation": "BJT Pharma", "interest": "lab space",
                            "owner": "L. P."}]}
            ),
            today=TODAY,
        )  # fmt: skip
        assert report.leads_added == 1
        home = service.cluster_of(uow, "genopole")
        prospect = service.find_prospect(uow, "BJT Pharma", cluster=home)
        assert prospect.source_event is not None
        assert prospect.source_event.key == "bio-europe-spring-2021"
        assert (prospect.stage, prospect.owner, prospect.interest) == (
            "identified", "L. P.", "lab space",
        )  # fmt: skip
        assert [(a.kind, a.event_id) for a in prospect.activities] == [
            ("meeting", prospect.source_event_id)
        ]
        service.move_prospect(uow, prospect, service.StageMove(stage="contacted"), today=TODAY)
        rows = [debriefs.lead_to_dict(x) for x in debriefs.list_leads(uow)]
    assert [(r["organisation"]["name"], r["status"]) for r in rows] == [("BJT Pharma", "contacted")]
    # The debrief again: no second prospect, no second meeting in the log.
    with demo_database.uow() as uow:
        debriefs.record_debrief(
            uow, event="bio-europe-spring-2021", organisation_ref="genopole",
            data=debriefs.parse_debrief({"leads": [{"organisation": "BJT Pharma"}]}), today=TODAY,
        )  # fmt: skip
        assert len(uow.session.scalars(select(Prospect)).all()) == 1
        prospect = uow.session.scalars(select(Prospect)).one()
        assert len(prospect.activities) == 1 and prospect.stage == "contacted"


def test_list_filters_and_the_funnel(demo_database: Database) -> None:
    _add(demo_database, "BJT Pharma", owner="A", due="2021-06-01", next_action="call back",
         source_event="BIO-Europe Spring 2021", since="2021-05-01")  # fmt: skip
    _add(demo_database, "Seppic", owner="B", source_event="BIO-Europe Spring 2021",
         source_partner="Medicen", since="2021-05-01", stage="meeting")  # fmt: skip
    with demo_database.uow() as uow:
        home = service.cluster_of(uow, "genopole")

        def names(**kwargs: object) -> list[str]:
            flt = service.ProspectFilter(**kwargs)  # type: ignore[arg-type]
            found = service.list_prospects(uow, cluster=home, flt=flt, today=TODAY)
            return [p.organisation.name for p in found]

        assert names() == ["BJT Pharma", "Seppic"]
        assert names(stage="meeting") == ["Seppic"] and names(owner="A") == ["BJT Pharma"]
        assert names(overdue=True) == ["BJT Pharma"] and names(q="call") == ["BJT Pharma"]
        assert names(source_event="bio-europe-spring-2021") == ["BJT Pharma", "Seppic"]
        seppic = service.find_prospect(uow, "Seppic", cluster=home)
        service.move_prospect(
            uow, seppic, service.StageMove(stage="lost", on="2021-06-01", reason="no lab space"),
            today=TODAY,
        )  # fmt: skip
        shown = service.funnel_to_dict(service.funnel_of(uow, cluster=home, today=TODAY))
    stages = {s["stage"]: s for s in shown["stages"]}
    assert (shown["total"], shown["lost"], stages["identified"]["reached"]) == (2, 1, 2)
    assert stages["meeting"]["median_days"] == 31 and stages["identified"]["conversion"] == 0.5
    assert shown["by_event"] == [
        {"source": "BIO-Europe Spring 2021", "prospects": 2, "joined": 0, "lost": 1,
         "join_rate": 0.0},
    ]  # fmt: skip
    assert shown["by_partner"][0]["source"] == "Medicen"


def test_list_filters_by_the_partner_that_brought_them(demo_database: Database) -> None:
    _add(demo_database, "BJT Pharma", source_partner="Medicen", since="2021-05-01")
    _add(demo_database, "Seppic", source_partner="Business France", since="2021-05-01")
    _add(demo_database, unique("Atlantis Bio"), source_event="BIO-Europe Spring 2021",
         since="2021-05-01")  # fmt: skip
    with demo_database.uow() as uow:
        home = service.cluster_of(uow, "genopole")

        def names(**kwargs: object) -> list[str]:
            flt = service.ProspectFilter(**kwargs)  # type: ignore[arg-type]
            return [p.organisation.name for p in service.list_prospects(uow, cluster=home, flt=flt)]

        medicen = resolve_entity(uow, "Medicen", field="organisation")
        assert names(source_partner="Medicen") == ["BJT Pharma"]
        assert names(source_partner=medicen.key) == names(source_partner=str(medicen.id))
        assert names(source_partner="business france") == ["Seppic"]
        assert names(source_partner="Medicen", source_event="BIO-Europe Spring 2021") == []
        assert len(names(source_partner="  ")) == 3  # a blank filter is no filter
        assert len(names(source_event="  ")) == 3  # not "those with no event"
        assert len(names(owner="  ")) == 3  # not "those with an empty owner"
        # An unknown partner is refused as an unknown event is: its field and close names.
        with pytest.raises(NotFound, match=r"source_event: .*did you mean") as event:
            names(source_event="BIO-Europe Sprng")
        with pytest.raises(NotFound, match="source_partner: no entity named 'Medicn'") as partner:
            names(source_partner="Medicn")
        assert partner.value.field == "source_partner" and event.value.field == "source_event"
        assert "did you mean 'Medicen'" in partner.value.message


def test_a_member_company_request_has_warm_paths_through_the_cluster(
    demo_database: Database,
) -> None:
    with demo_database.uow() as uow:
        request = intl.create_request(
            uow, cluster_ref="genopole",
            data=intl.RequestCreate(organisation="Seppic", region="North America",
                                    sector="biotech", goal="Distributors in the US"),
        )  # fmt: skip
        shown = intl.proposals(uow, request, today=TODAY)
    # Seppic met Genopole: the registry ties it, so the paths start at Seppic, not the cluster.
    assert shown["path_from"] == {"key": "seppic", "name": "Seppic"}
    organisations = {row["key"]: row for row in shown["organisations"]}
    assert {"triangle-park", "facc-ohio"} <= set(organisations)
    triangle = organisations["triangle-park"]
    assert [step["key"] for step in triangle["path"]] == ["seppic", "genopole", "triangle-park"]
    assert not triangle["already_partner"]  # Genopole's partner, not Seppic's
    assert any(r.startswith("network proximity: via Genopole") for r in triangle["reasons"])
    assert all(
        [step["key"] for step in row["path"][:2]] == ["seppic", "genopole"]
        for row in shown["organisations"] + shown["networks"]
        if row["path"]
    )
    contact = shown["contacts"][0]
    assert contact["name"] == "Laurent Pépin"
    assert [step["key"] for step in contact["path"]] == ["seppic", "genopole"]
    assert "Genopole took part" in {r for e in shown["events"] for r in e["reasons"]}


def test_demo_prospection_is_idempotent(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        assert load_prospection_demo(uow) == {"prospects": 2, "requests": 1}
    with demo_database.uow() as uow:
        assert load_prospection_demo(uow) == {"prospects": 0, "requests": 0}
        prospects = uow.session.scalars(select(Prospect).order_by(Prospect.id)).all()
        assert [(p.organisation.name, p.stage, p.source_event.key if p.source_event else None)
                for p in prospects] == [
            ("BJT Pharma", "meeting", "bio-europe-spring-2021"),
            ("Seppic", "meeting", "bio-europe-spring-2021"),
        ]  # fmt: skip
        request = uow.session.scalars(select(InternationalisationRequest)).one()
        assert (request.region, request.sector) == ("United States", "biotech")


def test_internationalisation_request_proposes_doors_with_warm_paths(
    demo_database: Database,
) -> None:
    with demo_database.uow() as uow:
        request = intl.create_request(
            uow, cluster_ref="genopole",
            data=intl.RequestCreate(organisation="Genopole", region="North America",
                                    sector="biotech", goal="Ease the arrival in the US"),
        )  # fmt: skip
        shown = intl.proposals(uow, request, today=TODAY)
    organisations = {row["key"]: row for row in shown["organisations"]}
    assert {"triangle-park", "facc-ohio"} <= set(organisations)
    triangle = organisations["triangle-park"]
    assert triangle["already_partner"] and "already a partner of Genopole" in triangle["reasons"]
    assert [step["key"] for step in triangle["path"]] == ["genopole", "triangle-park"]
    events = {row["key"]: row for row in shown["events"]}
    assert {"bio-2021", "facc-ohio-meeting-2021"} <= set(events)
    assert "sector: biotech" in events["bio-2021"]["reasons"]
    assert "Genopole took part" in events["bio-2021"]["reasons"]
    assert all(row["country"] in shown["region"]["countries"] for row in shown["organisations"])
    assert [c["name"] for c in shown["contacts"]] == ["Laurent Pépin"]
    assert "the cluster's own contact" in shown["contacts"][0]["reasons"][0]
    with demo_database.uow() as uow:
        with pytest.raises(InvalidInput, match="did you mean 'North America'"):
            intl.create_request(
                uow, cluster_ref="genopole",
                data=intl.RequestCreate(organisation="Genopole", region="Nort America", goal="x"),
            )  # fmt: skip
        listed = intl.list_requests(uow, cluster=service.cluster_of(uow, "genopole"))
        assert [r.region for r in listed] == ["North America"]
        intl.update_request(uow, listed[0], intl.RequestUpdate(status="answered"))
        assert listed[0].status == "answered"


def test_recommend_on_the_demo_and_bad_input(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        found = recommend.recommend(
            uow, organisation="genopole", sector="computational genomics", region="Eastern Europe"
        )
        rows = found.to_list()
        assert found.strategy.sector == "computational-genomics"
        assert rows and all({"name", "score", "reasons"} <= set(row) for row in rows)
        assert {row["country"] for row in rows if row["country"]} <= found.strategy.region.countries  # type: ignore[union-attr]
        assert [r["score"] for r in rows if not r["already_partner"]] == sorted(
            (r["score"] for r in rows if not r["already_partner"]), reverse=True
        )
        new = recommend.recommend(uow, organisation="Genopole", new_only=True).to_list()
        assert new and not any(r["already_partner"] for r in new)
        assert "BioWin" not in {r["name"] for r in new}
        with pytest.raises(NotFound, match="did you mean 'Genopole'"):
            recommend.recommend(uow, organisation="Genopol")
        with pytest.raises(InvalidInput, match="did you mean 'genomics'"):
            recommend.recommend(uow, organisation="Genopole", sector="genomic")
        with pytest.raises(InvalidInput, match="did you mean 'Nordics'"):
            recommend.recommend(uow, organisation="Genopole", region="Nordiks")


def test_migration_0005_turns_recorded_leads_into_prospects(database: Database) -> None:
    from datetime import datetime
    from pathlib import Path

    from sqlalchemy import MetaData, Table

    from intercluster.db.migrate import MIGRATIONS, downgrade, upgrade

    text = next((MIGRATIONS / "versions").glob("0005_*.py")).read_text(encoding="utf-8")
    before = text.split('down_revision = "', 1)[1].split('"', 1)[0]
    assert Path(MIGRATIONS).is_dir()
    downgrade(database.engine, before)
    now = datetime(2021, 6, 1, 12, 0)
    with database.engine.begin() as connection:
        meta = MetaData()
        entities = Table("entities", meta, autoload_with=connection)
        debriefs_table = Table("programme_debriefs", meta, autoload_with=connection)
        leads = Table("programme_leads", meta, autoload_with=connection)
        for id_, key, kind in ((1, "genopole", "cluster"), (2, "acme", "company"),
                               (3, "bio-2021", "event"), (4, "bio-2022", "event")):  # fmt: skip
            connection.execute(
                entities.insert().values(
                    id=id_, key=key, type=kind, name=key, name_norm=key, review_status="confirmed",
                    version=1, created_at=now, updated_at=now,
                )
            )  # fmt: skip
        for id_, event in ((1, 3), (2, 4)):
            connection.execute(
                debriefs_table.insert().values(
                    id=id_, event_id=event, organisation_id=1, created_at=now, updated_at=now
                )
            )
        # The same company made a lead at two events: one prospect, the first event its source.
        for id_, event, status, day in ((1, 3, "contacted", 1), (2, 4, "new", 20)):
            connection.execute(
                leads.insert().values(
                    id=id_, organisation_id=2, event_id=event, debrief_id=event - 2,
                    owner="L. P.", interest="lab space", status=status,
                    created_at=datetime(2021, 6, day), updated_at=now,
                )
            )  # fmt: skip
    upgrade(database.engine)
    with database.uow() as uow:
        prospect = uow.session.scalars(select(Prospect)).one()
        assert (prospect.cluster_id, prospect.organisation_id, prospect.source_event_id) == (
            1,
            2,
            3,
        )
        assert (prospect.stage, prospect.stage_since, prospect.owner) == (
            "contacted", "2021-06-01", "L. P.",
        )  # fmt: skip
        assert [s.stage for s in prospect.stages] == ["contacted"]
        linked = uow.session.scalars(select(Lead.prospect_id).order_by(Lead.id)).all()
        assert linked == [prospect.id, prospect.id]
