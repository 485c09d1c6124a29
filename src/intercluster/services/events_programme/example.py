"""An optional, illustrative dataset for trying the events programme on the demo.

`demo/events-programme-example.json` adds three fictional member companies,
three 2022 events and participation plans with costs (2021 and 2022). None
of it comes from the seed document, which states no costs and names no
member company: the seed-based demo (`intercluster demo`) never loads it,
and the registry's relations stay exactly the seed's. Loading it twice
changes nothing; a plan already there (perhaps edited) is kept as it is.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from intercluster.db.uow import UnitOfWork
from intercluster.domain.vocabulary import EntityKind
from intercluster.errors import NotFound
from intercluster.schemas import EntityCreate, validate
from intercluster.services.entities import create_entity, resolve_entity
from intercluster.services.events_programme.common import find_plan, home_of, resolve_event
from intercluster.services.events_programme.plans import parse_plan, save_plan

DATASET = "events-programme-example.json"


@dataclass
class ExampleReport:
    entities_added: list[str] = field(default_factory=list)
    plans_saved: list[str] = field(default_factory=list)
    plans_kept: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"illustrative events-programme example: {len(self.entities_added)} records added, "
            f"{len(self.plans_saved)} plans saved, {len(self.plans_kept)} already there"
        )


def example_document() -> dict[str, Any]:
    text = resources.files("intercluster.demo").joinpath(DATASET).read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def load_example(uow: UnitOfWork, *, organisation_ref: int | str | None) -> ExampleReport:
    """Add what is missing of the example; needs the seed demo (its events and partners)."""
    document = example_document()
    home = home_of(uow, organisation_ref)
    report = ExampleReport()
    for raw, kind in [
        *((r, EntityKind.ORGANISATION) for r in document["organisations"]),
        *((r, EntityKind.EVENT) for r in document["events"]),
    ]:
        try:
            resolve_entity(uow, raw.get("key") or raw["name"], kinds=(kind,))
        except NotFound:
            data = {**raw, "type": raw.get("type", "event")}
            entity = create_entity(uow, data=validate(EntityCreate, data, where=raw["name"]))
            report.entities_added.append(entity.key)
    for event_key, raw in document["plans"].items():
        event = resolve_event(uow, event_key)
        if find_plan(uow, event, home) is not None:
            report.plans_kept.append(event.key)  # never overwrite a plan someone may have edited
            continue
        save_plan(uow, event=event.id, organisation_ref=home.id, data=parse_plan(raw))
        report.plans_saved.append(event.key)
    return report
