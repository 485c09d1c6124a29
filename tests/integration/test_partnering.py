"""Partnering in the registry: set-up, publication, re-scheduling, agendas, outcomes, API."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from intercluster.db.uow import Database
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.scheduling.instance import parse_instance
from intercluster.scheduling.schedule import check_schedule
from intercluster.schemas import EntityCreate
from intercluster.services import entities
from intercluster.services import partnering as service
from tests.clients import app_client
from tests.conftest import unique


def instance_document() -> dict[str, Any]:
    slots = [
        {"id": f"d{d}-{h:02d}00", "day": f"2021-03-2{1 + d}", "start": f"{h:02d}:00", "minutes": 30}
        for d in (1, 2)
        for h in range(9, 13)
    ]
    people = [{"id": f"p{k}", "name": f"Company {k}"} for k in range(1, 9)]
    people[0] = {"id": "p1", "name": "Genopole", "delegates": ["A. Martin", "B. Durand"]}
    people[2]["unavailable"] = ["d1-0900", "d1-1000"]
    meetings = [
        {"id": "m1", "participants": ["p1", "p2"], "priority": 3},
        {"id": "m2", "participants": ["p1", "p3"], "priority": 2},
        {"id": "m3", "participants": ["p1", "p4", "p5"], "priority": 2},
        {"id": "m4", "participants": ["p2", "p3"]},
        {"id": "m5", "participants": ["p4", "p6"]},
        {"id": "m6", "participants": ["p5", "p7"], "priority": 2},
        {"id": "m7", "participants": ["p6", "p8"]},
        {"id": "m8", "participants": ["p7", "p8"], "status": "requested"},
        {"id": "m9", "participants": ["p2", "p8"], "status": "declined"},
    ]
    return {"slots": slots, "tables": 2, "participants": people, "meetings": meetings}


def make_event(database: Database, name: str | None = None) -> str:
    with database.uow() as uow:
        event = entities.create_entity(
            uow, data=EntityCreate(type="event", name=name or unique("Brokerage"))
        )
        return event.key


def test_set_up_round_trip(database: Database) -> None:
    with database.uow() as uow:
        genopole = entities.create_entity(
            uow, data=EntityCreate(type="cluster", name="Genopole", country="FR")
        )
        genopole_key = genopole.key
    event = make_event(database)
    with database.uow() as uow:
        report = service.import_partnering(uow, event=event, document=instance_document())
    assert (report.slots, report.participants, report.requests, report.linked) == (8, 8, 9, 1)
    with database.uow() as uow:
        summary = service.setup_summary(uow, event=event)
        participants = service.participants_of(uow, event=event)
        setup = service.get_setup(uow, event)
        built = service.build_instance(setup)
    assert summary["tables"] == 2 and not summary["virtual"]
    assert summary["days"] == [{"day": "2021-03-22", "slots": 4}, {"day": "2021-03-23", "slots": 4}]
    assert summary["requests"] == {"requested": 1, "accepted": 7, "declined": 1, "cancelled": 0}
    assert participants[0]["organisation"] == genopole_key
    assert participants[0]["delegates"] == ["A. Martin", "B. Durand"]
    assert participants[2]["unavailable"] == ["d1-0900", "d1-1000"]
    # Only accepted requests are scheduled, three-party ones included.
    assert [m.id for m in built.instance.meetings] == ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]
    assert built.instance.meetings[2].participants == (0, 3, 4)

    with database.uow() as uow, pytest.raises(Conflict):
        service.import_partnering(uow, event=event, document=instance_document())
    broken = instance_document()
    broken["meetings"][0]["participants"] = ["p1", "p99"]
    with database.uow() as uow, pytest.raises(InvalidInput, match="unknown participant 'p99'"):
        service.import_partnering(uow, event=event, document=broken, replace=True)
    with database.uow() as uow:
        # The failed replacement left the set-up as it was.
        assert service.setup_summary(uow, event=event)["participants"] == 8


def test_publish_then_reschedule_keeps_published_meetings(database: Database) -> None:
    event = make_event(database)
    with database.uow() as uow:
        service.import_partnering(uow, event=event, document=instance_document())
    with database.uow() as uow:
        first = service.schedule_event(uow, event=event, seconds=0.5)
    assert first.scheduled == 7 and not first.moved and len(first.added) == 7
    with database.uow() as uow:
        published = service.published_schedule(uow, event=event)
        instance = service.build_instance(service.get_setup(uow, event)).instance
    assert check_schedule(instance, published).valid
    before = {a["meeting"]: (a["slot"], a["table"]) for a in published["assignments"]}

    # Late changes: one request cancelled, one accepted, p2 now away in m1's slot.
    m1_slot = before["m1"][0]
    with database.uow() as uow:
        service.set_request_status(uow, event=event, request="m2", status="cancelled")
        service.set_request_status(uow, event=event, request="m8", status="accepted")
        service.set_availability(uow, event=event, participant="p2", unavailable=[m1_slot])
    with database.uow() as uow:
        second = service.schedule_event(uow, event=event, seconds=0.5)
    assert [c.meeting for c in second.dropped] == ["m2"]
    assert [c.meeting for c in second.added] == ["m8"]
    # m1 had to move (p2 is away then); everything else that was published stayed put.
    assert [c.meeting for c in second.moved] == ["m1"]
    assert second.kept == 5
    with database.uow() as uow:
        again = service.published_schedule(uow, event=event)
        instance = service.build_instance(service.get_setup(uow, event)).instance
    assert check_schedule(instance, again).valid
    after = {a["meeting"]: (a["slot"], a["table"]) for a in again["assignments"]}
    for key in ("m3", "m4", "m5", "m6", "m7"):
        assert after[key] == before[key]
    assert after["m1"][0] != m1_slot


def test_agendas_outcomes_and_errors(database: Database) -> None:
    event = make_event(database)
    with database.uow() as uow:
        service.import_partnering(uow, event=event, document=instance_document())
        service.schedule_event(uow, event=event, seconds=0.5)
    with database.uow() as uow:
        plan = service.agenda(uow, event=event, participant="Genopole")
        text = service.agenda_csv(plan)
        ics = service.agenda_ics(plan).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["meeting"] for r in rows] == [i.meeting for i in plan.items]
    assert {r["meeting"] for r in rows} == {"m1", "m2", "m3"}
    assert all(r["end"] for r in rows)
    three = next(r for r in rows if r["meeting"] == "m3")
    assert three["with"] == "Company 4; Company 5"
    assert ics.count("BEGIN:VEVENT") == 3 and "DTSTART:2021032" in ics
    with database.uow() as uow:
        service.record_outcome(uow, event=event, request="m1", outcome="held", follow_up="send NDA")
    with database.uow() as uow:
        item = next(
            i for i in service.agenda(uow, event=event, participant="p1").items if i.meeting == "m1"
        )
    assert (item.outcome, item.follow_up) == ("held", "send NDA")
    with database.uow() as uow:
        with pytest.raises(InvalidInput, match="outcome"):
            service.record_outcome(uow, event=event, request="m1", outcome="great")
        with pytest.raises(NotFound, match="participant"):
            service.agenda(uow, event=event, participant="Nobody Inc")
        with pytest.raises(NotFound, match="no partnering set-up"):
            service.get_setup(uow, make_event(database))


def test_api_routes(database: Database) -> None:
    event = make_event(database)
    base = f"/api/v1/events/{event}/partnering"
    with app_client(database) as client:
        assert client.get(base).status_code == 404
        created = client.put(base, json=instance_document())
        assert created.status_code == 201, created.text
        bad = client.put(base, json={"slots": []}, params={"replace": True})
        assert bad.status_code == 422 and bad.json()["error"]["field"] == "slots"
        assert client.get(base).json()["participants"] == 8
        added = client.post(
            f"{base}/requests", json={"participants": ["p3", "p6"], "status": "accepted"}
        )
        assert added.status_code == 201 and added.json()["id"] == "r10"
        assert (
            client.patch(f"{base}/requests/m7", json={"status": "declined"}).json()["status"]
            == "declined"
        )
        report = client.post(f"{base}/schedule", json={"time_limit": 0.5}).json()
        assert report["scheduled"] == 7 and report["priority_bound"] >= report["priority_scheduled"]
        schedule = client.get(f"{base}/schedule").json()
        assert len(schedule["assignments"]) == 7
        assert set(schedule["stats"]) >= {"scheduled", "priority_scheduled", "idle_gaps", "seconds"}
        agenda = client.get(f"{base}/agenda/p1").json()
        assert {m["meeting"] for m in agenda["meetings"]} == {"m1", "m2", "m3"}
        as_csv = client.get(f"{base}/agenda/p1", params={"format": "csv"})
        assert as_csv.headers["content-type"].startswith("text/csv")
        as_ics = client.get(f"{base}/agenda/p1", params={"format": "ics"})
        assert as_ics.headers["content-type"].startswith("text/calendar")
        assert as_ics.text.startswith("BEGIN:VCALENDAR")
        away = client.put(f"{base}/participants/p3/unavailable", json={"unavailable": ["d2-0900"]})
        assert away.json() == {"id": "p3", "unavailable": ["d2-0900"]}
        unknown = client.put(f"{base}/participants/p3/unavailable", json={"unavailable": ["x"]})
        assert unknown.status_code == 422 and unknown.json()["error"]["field"] == "unavailable"
        # The published schedule predates that: publishing again moves p3's meeting.
        moved = client.post(f"{base}/schedule", json={"time_limit": 0.5}).json()["moved"]
        assert [c["before"].split("/")[0] for c in moved] in ([], ["d2-0900"])
        outcome = client.patch(f"{base}/meetings/m1", json={"outcome": "no_show"})
        assert outcome.json()["outcome"] == "no_show"
        assert client.get(f"{base}/requests").json()["count"] == 10
        missing = client.get(f"/api/v1/events/{event}/partnering/agenda/zzz")
        assert missing.status_code == 404 and missing.json()["error"]["field"] == "participant"
    with database.uow() as uow:
        instance = service.build_instance(service.get_setup(uow, event)).instance
        assert check_schedule(instance, service.published_schedule(uow, event=event)).valid
    assert parse_instance(instance_document()).tables == 2
