"""A partnering instance: slots, tables, participants and meeting requests.

`parse_instance` reads the JSON format of SCHEDULING.md and checks it; every
error names the field and the item (`meetings[3].participants: unknown
participant 'p9'`). The parsed `Instance` refers to slots, participants and
meetings by their index, which is what the checker and the solvers work on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from intercluster.errors import InvalidInput

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Slot:
    id: str
    day: str
    start: str | None = None
    minutes: int | None = None


@dataclass(frozen=True)
class Participant:
    id: str
    name: str | None = None
    # Indexes of the slots this participant cannot meet in.
    unavailable: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Meeting:
    id: str
    participants: tuple[int, ...]
    priority: int = 1


@dataclass
class Instance:
    slots: list[Slot]
    tables: int | None
    participants: list[Participant]
    meetings: list[Meeting]
    event: str | None = None
    _feasible: list[tuple[int, ...]] | None = field(default=None, repr=False, compare=False)

    @property
    def virtual(self) -> bool:
        return self.tables is None

    @cached_property
    def day_of(self) -> list[int]:
        """The day (a contiguous run of slots with the same `day`) of each slot, from 0."""
        days: list[int] = []
        for index, slot in enumerate(self.slots):
            if index == 0:
                days.append(0)
            elif slot.day == self.slots[index - 1].day:
                days.append(days[-1])
            else:
                days.append(days[-1] + 1)
        return days

    @cached_property
    def days(self) -> list[range]:
        """The slot indexes of each day, in order."""
        runs: list[range] = []
        start = 0
        day_of = self.day_of
        for index in range(1, len(self.slots) + 1):
            if index == len(self.slots) or day_of[index] != day_of[start]:
                runs.append(range(start, index))
                start = index
        return runs

    @cached_property
    def slot_index(self) -> dict[str, int]:
        return {slot.id: index for index, slot in enumerate(self.slots)}

    @cached_property
    def participant_index(self) -> dict[str, int]:
        return {p.id: index for index, p in enumerate(self.participants)}

    @cached_property
    def meeting_index(self) -> dict[str, int]:
        return {m.id: index for index, m in enumerate(self.meetings)}

    @cached_property
    def meetings_of(self) -> list[list[int]]:
        """For each participant, the indexes of the meetings they take part in."""
        result: list[list[int]] = [[] for _ in self.participants]
        for index, meeting in enumerate(self.meetings):
            for p in meeting.participants:
                result[p].append(index)
        return result

    @property
    def feasible(self) -> list[tuple[int, ...]]:
        """For each meeting, the slots in which all its participants are available."""
        if self._feasible is None:
            n = len(self.slots)
            full = (1 << n) - 1
            free = [full & ~sum(1 << s for s in p.unavailable) for p in self.participants]
            cache: dict[int, tuple[int, ...]] = {}
            result: list[tuple[int, ...]] = []
            for m in self.meetings:
                mask = full
                for p in m.participants:
                    mask &= free[p]
                slots = cache.get(mask)
                if slots is None:
                    slots = cache[mask] = tuple(s for s in range(n) if mask >> s & 1)
                result.append(slots)
            self._feasible = result
        return self._feasible

    def capacity(self) -> int:
        """Meetings one slot can hold: the tables, or every meeting when the event is virtual."""
        return self.tables if self.tables is not None else max(1, len(self.meetings))


def _fail(where: str, message: str) -> InvalidInput:
    return InvalidInput(f"{where}: {message}", field=where)


def _string(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"must be a non-empty string, not {json.dumps(value)}")
    return value


def _positive_int(value: Any, where: str, *, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _fail(where, f"must be an integer >= {minimum}, not {json.dumps(value)}")
    return value


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, f"must be an object, not {type(value).__name__}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise _fail(where, f"must be a list, not {type(value).__name__}")
    return value


def _parse_slots(raw: Any) -> list[Slot]:
    items = _list(raw, "slots")
    if not items:
        raise _fail("slots", "at least one slot is needed")
    slots: list[Slot] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        where = f"slots[{index}]"
        data = _object(item, where)
        slot_id = _string(data.get("id"), f"{where}.id")
        if slot_id in seen:
            raise _fail(f"{where}.id", f"duplicate slot id {slot_id!r}")
        seen.add(slot_id)
        day = data.get("day")
        day = _string(day, f"{where}.day")
        start = data.get("start")
        if start is not None and (not isinstance(start, str) or not _TIME.match(start)):
            raise _fail(f"{where}.start", f"must be a time HH:MM, not {json.dumps(start)}")
        minutes = data.get("minutes")
        if minutes is not None:
            minutes = _positive_int(minutes, f"{where}.minutes")
        previous = slots[-1] if slots else None
        if (
            previous is not None
            and previous.day == day
            and previous.start is not None
            and start is not None
            and start <= previous.start
        ):
            raise _fail(
                f"{where}.start",
                f"{start} is not after the previous slot's {previous.start} on {day}: "
                "slots must be listed in time order",
            )
        slots.append(Slot(id=slot_id, day=day, start=start, minutes=minutes))
    return slots


def _slot_set(raw: Any, where: str, slot_index: dict[str, int]) -> set[int]:
    result: set[int] = set()
    for k, value in enumerate(_list(raw, where)):
        slot_id = _string(value, f"{where}[{k}]")
        if slot_id not in slot_index:
            raise _fail(f"{where}[{k}]", f"unknown slot {slot_id!r}")
        result.add(slot_index[slot_id])
    return result


def _parse_participants(raw: Any, slots: Sequence[Slot]) -> list[Participant]:
    slot_index = {slot.id: index for index, slot in enumerate(slots)}
    participants: list[Participant] = []
    seen: set[str] = set()
    for index, item in enumerate(_list(raw, "participants")):
        where = f"participants[{index}]"
        data = _object(item, where)
        pid = _string(data.get("id"), f"{where}.id")
        if pid in seen:
            raise _fail(f"{where}.id", f"duplicate participant id {pid!r}")
        seen.add(pid)
        name = data.get("name")
        if name is not None and not isinstance(name, str):
            raise _fail(f"{where}.name", "must be a string")
        has_available = data.get("available") is not None
        has_unavailable = data.get("unavailable") is not None
        if has_available and has_unavailable:
            raise _fail(where, "give either `available` or `unavailable`, not both")
        unavailable: set[int] = set()
        if has_unavailable:
            unavailable = _slot_set(data["unavailable"], f"{where}.unavailable", slot_index)
        elif has_available:
            available = _slot_set(data["available"], f"{where}.available", slot_index)
            unavailable = set(range(len(slots))) - available
        participants.append(Participant(id=pid, name=name, unavailable=frozenset(unavailable)))
    return participants


def _parse_meetings(raw: Any, participants: Sequence[Participant]) -> list[Meeting]:
    index_of = {p.id: k for k, p in enumerate(participants)}
    meetings: list[Meeting] = []
    seen: set[str] = set()
    for index, item in enumerate(_list(raw, "meetings")):
        where = f"meetings[{index}]"
        data = _object(item, where)
        mid = _string(data.get("id"), f"{where}.id")
        if mid in seen:
            raise _fail(f"{where}.id", f"duplicate meeting id {mid!r}")
        seen.add(mid)
        members = _list(data.get("participants"), f"{where}.participants")
        chosen: list[int] = []
        for k, value in enumerate(members):
            pid = _string(value, f"{where}.participants[{k}]")
            if pid not in index_of:
                raise _fail(f"{where}.participants", f"unknown participant {pid!r}")
            if index_of[pid] in chosen:
                raise _fail(f"{where}.participants", f"participant {pid!r} is listed twice")
            chosen.append(index_of[pid])
        if len(chosen) < 2:
            raise _fail(f"{where}.participants", "a meeting needs two or more participants")
        priority = data.get("priority", 1)
        priority = 1 if priority is None else _positive_int(priority, f"{where}.priority")
        meetings.append(Meeting(id=mid, participants=tuple(chosen), priority=priority))
    return meetings


def parse_instance(data: Any) -> Instance:
    """Check a decoded instance document and index it; InvalidInput names the bad field."""
    root = _object(data, "instance")
    event = root.get("event")
    if event is not None and not isinstance(event, str):
        raise _fail("event", "must be a string")
    slots = _parse_slots(root.get("slots"))
    tables = root.get("tables")
    if tables is not None:
        tables = _positive_int(tables, "tables")
    participants = _parse_participants(root.get("participants", []), slots)
    meetings = _parse_meetings(root.get("meetings", []), participants)
    return Instance(
        slots=slots, tables=tables, participants=participants, meetings=meetings, event=event
    )


def load_instance(path: Path) -> Instance:
    """Read and check an instance file; a JSON syntax error names the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read: {exc.strerror}", field="instance") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{path}: line {exc.lineno}: not valid JSON: {exc.msg}", field="instance"
        ) from exc
    return parse_instance(data)


def instance_to_dict(instance: Instance) -> dict[str, Any]:
    """The instance in the JSON format of SCHEDULING.md (unavailable slots listed)."""
    slots: list[dict[str, Any]] = []
    for slot in instance.slots:
        item: dict[str, Any] = {"id": slot.id, "day": slot.day}
        if slot.start is not None:
            item["start"] = slot.start
        if slot.minutes is not None:
            item["minutes"] = slot.minutes
        slots.append(item)
    participants: list[dict[str, Any]] = []
    for p in instance.participants:
        item = {"id": p.id}
        if p.name is not None:
            item["name"] = p.name
        if p.unavailable:
            item["unavailable"] = [instance.slots[s].id for s in sorted(p.unavailable)]
        participants.append(item)
    document: dict[str, Any] = {}
    if instance.event is not None:
        document["event"] = instance.event
    document.update(
        slots=slots,
        tables=instance.tables,
        participants=participants,
        meetings=[
            {
                "id": m.id,
                "participants": [instance.participants[p].id for p in m.participants],
                "priority": m.priority,
            }
            for m in instance.meetings
        ],
    )
    return document
