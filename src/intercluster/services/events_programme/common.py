"""What the programme's use cases share: finding the event, the home cluster, organisations."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from sqlalchemy import select

from intercluster.db.events_models import ParticipationPlan
from intercluster.db.models import Entity
from intercluster.db.uow import UnitOfWork
from intercluster.domain.normalize import is_digits
from intercluster.domain.vocabulary import EntityKind, EntityType
from intercluster.errors import InvalidInput, NotFound
from intercluster.schemas import EntityCreate
from intercluster.services.analytics import home_organisation
from intercluster.services.entities import create_entity, resolve_entity
from intercluster.services.events_programme.calendar_files import date_range


def resolve_event(uow: UnitOfWork, ref: int | str, *, field: str = "event") -> Entity:
    return resolve_entity(uow, ref, field=field, kinds=(EntityKind.EVENT,))


def home_of(uow: UnitOfWork, ref: int | str | None) -> Entity:
    """The cluster whose programme this is (the configured home organisation)."""
    return home_organisation(uow, ref)


def event_range(event: Entity) -> tuple[date, date] | None:
    """The days an event covers, from its (partial) dates; None when it has no date."""
    if not event.start_date:
        return None
    return date_range(event.start_date, event.end_date)


def event_dates(event: Entity) -> str:
    if not event.start_date:
        return "no date"
    if event.end_date and event.end_date != event.start_date:
        return f"{event.start_date} to {event.end_date}"
    return event.start_date


def organisation(
    uow: UnitOfWork,
    ref: int | str,
    *,
    field: str,
    create_missing: bool = False,
    new_type: EntityType = EntityType.COMPANY,
    created: list[str] | None = None,
) -> Entity:
    """An organisation of the registry, or (when asked) a new one of `new_type` by that name."""
    try:
        return resolve_entity(uow, ref, field=field, kinds=(EntityKind.ORGANISATION,))
    except NotFound as exc:
        text = str(ref).strip()
        if not create_missing or is_digits(text):
            raise NotFound(
                f"{exc.message}; add it first (intercluster org add), or ask to add the "
                "organisations not yet in the registry (--create-missing, or the form's box)",
                field=field,
            ) from exc
        entity = create_entity(uow, data=EntityCreate(name=text, type=new_type.value))
        if created is not None:
            created.append(entity.name)
        return entity


def find_plan(uow: UnitOfWork, event: Entity, home: Entity) -> ParticipationPlan | None:
    return uow.session.scalar(
        select(ParticipationPlan).where(
            ParticipationPlan.event_id == event.id,
            ParticipationPlan.organisation_id == home.id,
        )
    )


def check_not_home(entity: Entity, home: Entity, *, field: str) -> None:
    if entity.id == home.id:
        raise InvalidInput(f"{field}: {home.name} is the cluster itself", field=field)


M = TypeVar("M", bound=BaseModel)


def validate_numbered(model: type[M], data: Any) -> M:
    """Validate input, naming list items from 1 as people count them ('delegates.2.company')."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        parts = [str(p + 1) if isinstance(p, int) else str(p) for p in error["loc"]]
        where = ".".join(parts) or "input"
        message = str(error["msg"]).removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown field"
        elif error["type"] == "missing":
            message = "required field is missing"
        text = message if message.startswith(f"{where}:") else f"{where}: {message}"
        raise InvalidInput(text, field=where) from exc
