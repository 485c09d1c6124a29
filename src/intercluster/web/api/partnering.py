"""Routes for an event's partnering: set-up, requests, schedule, agendas and outcomes."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query, Response
from pydantic import BaseModel, Field

from intercluster.services import partnering as service
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_responses

# Every route names an event, most a participant or a request too: any may be unknown.
router = APIRouter(
    prefix="/events/{ref}/partnering", tags=["partnering"], responses=error_responses(404)
)
CHANGE = error_responses(409)

RequestStatus = Literal["requested", "accepted", "declined", "cancelled"]


class RequestCreate(BaseModel):
    participants: list[str] = Field(min_length=2, description="Participant ids or names")
    priority: int = Field(1, ge=1)
    status: RequestStatus = "requested"
    id: str | None = Field(None, max_length=80, description="Made up when omitted")


class RequestUpdate(BaseModel):
    status: RequestStatus


class ScheduleRequest(BaseModel):
    time_limit: float = Field(10.0, gt=0, le=600, description="Seconds the solver may use")
    seed: int = 1


class OutcomeUpdate(BaseModel):
    outcome: Literal["held", "no_show", "cancelled"] | None = None
    follow_up: str | None = Field(None, max_length=2000)


@router.get("", summary="The event's partnering set-up and the state of its requests")
def read_setup(ref: str, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        return service.setup_summary(uow, event=ref)


@router.put(
    "",
    status_code=201,
    summary="Set up partnering from an instance (SCHEDULING.md)",
    responses=CHANGE,
)
def put_setup(
    ref: str,
    database: DatabaseDep,
    document: Annotated[dict[str, Any], Body(description="Slots, tables, participants, meetings")],
    replace: Annotated[bool, Query(description="Replace an existing set-up")] = False,
) -> dict[str, Any]:
    with database.uow() as uow:
        report = service.import_partnering(uow, event=ref, document=document, replace=replace)
    return {"summary": report.summary(), "participants": report.participants}


@router.get("/participants", summary="Participants, their delegates and unavailable slots")
def list_participants(ref: str, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        rows = service.participants_of(uow, event=ref)
    return {"data": rows, "count": len(rows)}


class AvailabilityUpdate(BaseModel):
    unavailable: list[str] = Field(description="Slot ids the participant cannot meet in")


@router.put(
    "/participants/{participant}/unavailable",
    summary="Set the slots a participant cannot meet in",
    responses=CHANGE,
)
def put_unavailable(
    ref: str, participant: str, body: AvailabilityUpdate, database: DatabaseDep
) -> dict[str, Any]:
    with database.uow() as uow:
        row = service.set_availability(
            uow, event=ref, participant=participant, unavailable=body.unavailable
        )
        return {"id": row.key, "unavailable": [u.slot.key for u in row.unavailability]}


@router.get("/requests", summary="Meeting requests with their status and published place")
def list_requests(ref: str, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        rows = service.requests_of(uow, event=ref)
    return {"data": rows, "count": len(rows)}


@router.post("/requests", status_code=201, summary="Request a meeting", responses=CHANGE)
def create_request(ref: str, body: RequestCreate, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        row = service.add_request(
            uow,
            event=ref,
            participants=body.participants,
            priority=body.priority,
            status=body.status,
            key=body.id,
        )
        return service.request_to_dict(row)


@router.patch("/requests/{key}", summary="Accept, decline or cancel a request", responses=CHANGE)
def update_request(
    ref: str, key: str, body: RequestUpdate, database: DatabaseDep
) -> dict[str, Any]:
    with database.uow() as uow:
        row = service.set_request_status(uow, event=ref, request=key, status=body.status)
        return service.request_to_dict(row)


@router.post(
    "/schedule",
    summary="Solve and publish; published meetings stay where they can",
    responses=CHANGE,
)
def run_schedule(
    ref: str, database: DatabaseDep, body: ScheduleRequest | None = None
) -> dict[str, Any]:
    body = body or ScheduleRequest()
    with database.uow() as uow:
        report = service.schedule_event(uow, event=ref, seconds=body.time_limit, seed=body.seed)
    return report.to_dict()


@router.get("/schedule", summary="The published schedule (SCHEDULING.md output format)")
def read_schedule(ref: str, database: DatabaseDep) -> dict[str, Any]:
    with database.uow() as uow:
        return service.published_schedule(uow, event=ref)


@router.get(
    "/agenda/{participant}",
    summary="A participant's agenda: JSON, or a CSV or iCalendar file",
    response_model=None,
)
def read_agenda(
    ref: str,
    participant: str,
    database: DatabaseDep,
    format: Annotated[Literal["json", "csv", "ics"], Query()] = "json",
) -> dict[str, Any] | Response:
    with database.uow() as uow:
        plan = service.agenda(uow, event=ref, participant=participant)
        if format == "json":
            return plan.to_dict()
        name = f"{plan.event_key}-{plan.participant_key}"
        if format == "csv":
            return Response(
                service.agenda_csv(plan),
                media_type="text/csv; charset=utf-8",
                headers={"content-disposition": f'attachment; filename="{name}.csv"'},
            )
        return Response(
            service.agenda_ics(plan),
            media_type="text/calendar; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{name}.ics"'},
        )


@router.patch(
    "/meetings/{key}",
    summary="Record a published meeting's outcome and follow-up",
    responses=CHANGE,
)
def update_meeting(
    ref: str, key: str, body: OutcomeUpdate, database: DatabaseDep
) -> dict[str, Any]:
    with database.uow() as uow:
        service.record_outcome(
            uow, event=ref, request=key, outcome=body.outcome, follow_up=body.follow_up
        )
        setup = service.get_setup(uow, ref)
        return service.request_to_dict(service.find_request(setup, key))
