"""Instance files: the SCHEDULING.md format, and errors that name the field and the item."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from intercluster.errors import InvalidInput
from intercluster.scheduling.instance import instance_to_dict, parse_instance

BASE: dict[str, Any] = {
    "event": "BIO-Europe Spring 2021",
    "slots": [
        {"id": "d1-0900", "day": "2021-03-22", "start": "09:00", "minutes": 30},
        {"id": "d1-0930", "day": "2021-03-22", "start": "09:30", "minutes": 30},
        {"id": "d2-0900", "day": "2021-03-23", "start": "09:00", "minutes": 30},
    ],
    "tables": 40,
    "participants": [
        {"id": "p1", "name": "Genopole", "unavailable": ["d1-0900"]},
        {"id": "p2", "name": "BioWin", "available": ["d1-0930", "d2-0900"]},
        {"id": "p3"},
    ],
    "meetings": [
        {"id": "m1", "participants": ["p1", "p2"], "priority": 2},
        {"id": "m2", "participants": ["p1", "p2", "p3"]},
    ],
}


def broken(path: str, value: Any) -> dict[str, Any]:
    """BASE with the value at a dotted path (list indexes as numbers) replaced or removed."""
    document = copy.deepcopy(BASE)
    *parents, last = path.split(".")
    target: Any = document
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key: Any = int(last) if last.isdigit() else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return document


def test_parses_the_example() -> None:
    instance = parse_instance(BASE)
    assert [s.id for s in instance.slots] == ["d1-0900", "d1-0930", "d2-0900"]
    assert instance.day_of == [0, 0, 1]
    assert instance.tables == 40 and not instance.virtual
    assert instance.participants[0].unavailable == {0}
    assert instance.participants[1].unavailable == {0}  # from `available`
    assert instance.meetings[1].priority == 1  # default
    assert instance.meetings[1].participants == (0, 1, 2)
    assert instance.feasible == [(1, 2), (1, 2)]


def test_round_trip_through_the_format() -> None:
    instance = parse_instance(BASE)
    again = parse_instance(instance_to_dict(instance))
    assert again.feasible == instance.feasible
    assert [m.priority for m in again.meetings] == [2, 1]


def test_virtual_event_and_days_as_runs() -> None:
    document = broken("tables", None)
    document["slots"].append({"id": "d1-late", "day": "2021-03-22", "start": "17:00"})
    instance = parse_instance(document)
    assert instance.virtual
    # The same day after another day is a day of its own: a day is a contiguous run.
    assert instance.day_of == [0, 0, 1, 2]
    assert [list(r) for r in instance.days] == [[0, 1], [2], [3]]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            broken("meetings.0.participants", ["p1", "p9"]),
            "meetings[0].participants: unknown participant 'p9'",
        ),
        (
            broken("meetings.1.participants", ["p1"]),
            "meetings[1].participants: a meeting needs two or more participants",
        ),
        (
            broken("meetings.1.participants", ["p1", "p1"]),
            "meetings[1].participants: participant 'p1' is listed twice",
        ),
        (broken("meetings.0.priority", 0), "meetings[0].priority: must be an integer >= 1"),
        (broken("meetings.0.priority", "high"), "meetings[0].priority: must be an integer"),
        (broken("meetings.1.id", "m1"), "meetings[1].id: duplicate meeting id 'm1'"),
        (broken("participants.2.id", "p1"), "participants[2].id: duplicate participant id"),
        (
            broken("participants.0.available", ["d1-0930"]),
            "participants[0]: give either `available` or `unavailable`, not both",
        ),
        (
            broken("participants.0.unavailable", ["d9-0900"]),
            "participants[0].unavailable[0]: unknown slot 'd9-0900'",
        ),
        (broken("tables", 0), "tables: must be an integer >= 1"),
        (broken("tables", True), "tables: must be an integer >= 1"),
        (broken("slots", []), "slots: at least one slot is needed"),
        (broken("slots.1.start", "08:00"), "slots[1].start: 08:00 is not after"),
        (broken("slots.1.start", "9h30"), "slots[1].start: must be a time HH:MM"),
        (broken("slots.1.day", ...), "slots[1].day: must be a non-empty string"),
        (broken("slots.2.id", "d1-0900"), "slots[2].id: duplicate slot id"),
        (broken("meetings", {"id": "m1"}), "meetings: must be a list"),
        ([], "instance: must be an object"),
    ],
)
def test_errors_name_the_field_and_the_item(document: Any, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_instance(document)
    assert caught.value.message.startswith(message), caught.value.message
    assert caught.value.field is not None
