"""A schedule (which meeting in which slot at which table), its objective, and the checker.

The objective is SCHEDULING.md's, in this order: the sum of the priorities of
the placed meetings (higher is better), then the idle gaps (lower is better):
for each participant and day, the slots between their first and last meeting
of that day in which they have no meeting, summed over all. A day is a
contiguous run of slots with the same `day`; the slots counted are the
positions between first and last, whether or not the participant declared
them unavailable.

`check_schedule` judges an output document on those rules alone, as an
independent checker would: it trusts nothing the solver says about itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from intercluster.scheduling.instance import Instance

UNSCHEDULED = -1


def priority_of(instance: Instance, slot_of: Sequence[int]) -> int:
    return sum(m.priority for m, s in zip(instance.meetings, slot_of, strict=True) if s >= 0)


def idle_gaps(instance: Instance, slot_of: Sequence[int]) -> int:
    """Free slots between each participant's first and last meeting of each day, summed."""
    day_of = instance.day_of
    seen: dict[tuple[int, int], list[int]] = defaultdict(list)
    for meeting, s in zip(instance.meetings, slot_of, strict=True):
        if s < 0:
            continue
        for p in meeting.participants:
            seen[p, day_of[s]].append(s)
    total = 0
    for slots in seen.values():
        total += max(slots) - min(slots) + 1 - len(set(slots))
    return total


def gaps_by_participant(instance: Instance, slot_of: Sequence[int]) -> list[int]:
    day_of = instance.day_of
    seen: dict[tuple[int, int], list[int]] = defaultdict(list)
    for meeting, s in zip(instance.meetings, slot_of, strict=True):
        if s >= 0:
            for p in meeting.participants:
                seen[p, day_of[s]].append(s)
    result = [0] * len(instance.participants)
    for (p, _day), slots in seen.items():
        result[p] += max(slots) - min(slots) + 1 - len(set(slots))
    return result


def assign_tables(
    instance: Instance, slot_of: Sequence[int], keep: Mapping[int, int] | None = None
) -> list[int]:
    """Table numbers 1..n, distinct within each slot; `keep` holds tables to keep when possible.

    A virtual event gets numbers too (its meetings' rooms), so every assignment
    has the same shape.
    """
    keep = keep or {}
    limit = instance.tables
    table_of = [0] * len(slot_of)
    by_slot: dict[int, list[int]] = defaultdict(list)
    for m, s in enumerate(slot_of):
        if s >= 0:
            by_slot[s].append(m)
    for meetings in by_slot.values():
        used: set[int] = set()
        rest: list[int] = []
        for m in meetings:
            wanted = keep.get(m)
            fits = wanted is not None and wanted >= 1 and (limit is None or wanted <= limit)
            if fits and wanted not in used:
                table_of[m] = wanted  # type: ignore[assignment]
                used.add(wanted)  # type: ignore[arg-type]
                continue
            rest.append(m)
        number = 1
        for m in rest:
            while number in used:
                number += 1
            table_of[m] = number
            used.add(number)
    return table_of


@dataclass
class Solution:
    """What a solver returns: a slot per meeting (-1: unscheduled) and what it knows."""

    slot_of: list[int]
    bound: int | None = None
    seconds: float = 0.0
    solver: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def unscheduled_reasons(instance: Instance, slot_of: Sequence[int]) -> dict[int, str]:
    """Why each unscheduled meeting is out: no common free slot, an over-booked participant, ..."""
    feasible = instance.feasible
    demand = [0] * len(instance.participants)
    for m, meeting in enumerate(instance.meetings):
        if feasible[m]:
            for p in meeting.participants:
                demand[p] += 1
    free_slots = [len(instance.slots) - len(p.unavailable) for p in instance.participants]
    busy: dict[int, set[int]] = defaultdict(set)
    load: dict[int, int] = defaultdict(int)
    for m, s in enumerate(slot_of):
        if s >= 0:
            load[s] += 1
            for p in instance.meetings[m].participants:
                busy[p].add(s)
    capacity = instance.capacity()
    reasons: dict[int, str] = {}
    for m, s in enumerate(slot_of):
        if s >= 0:
            continue
        meeting = instance.meetings[m]
        if not feasible[m]:
            reasons[m] = "no common free slot"
            continue
        over = [p for p in meeting.participants if demand[p] > free_slots[p]]
        if over:
            p = max(over, key=lambda q: demand[q] - free_slots[q])
            reasons[m] = (
                f"over-booked participant {instance.participants[p].id!r} "
                f"({demand[p]} requests, {free_slots[p]} free slots)"
            )
            continue
        if all(load[t] >= capacity for t in feasible[m]):
            reasons[m] = "no table left in any common free slot"
            continue
        reasons[m] = "every common free slot is taken by meetings of higher or equal value"
    return reasons


def to_document(
    instance: Instance, solution: Solution, *, tables: Sequence[int] | None = None
) -> dict[str, Any]:
    """The output format of SCHEDULING.md; `stats` has the four keys and a few more."""
    slot_of = solution.slot_of
    table_of = list(tables) if tables is not None else assign_tables(instance, slot_of)
    order = sorted((s, table_of[m], m) for m, s in enumerate(slot_of) if s >= 0)
    assignments = [
        {"meeting": instance.meetings[m].id, "slot": instance.slots[s].id, "table": t}
        for s, t, m in order
    ]
    unscheduled = [instance.meetings[m].id for m, s in enumerate(slot_of) if s < 0]
    priority = priority_of(instance, slot_of)
    stats: dict[str, Any] = {
        "scheduled": len(assignments),
        "priority_scheduled": priority,
        "idle_gaps": idle_gaps(instance, slot_of),
        "seconds": round(solution.seconds, 3),
        "priority_total": sum(m.priority for m in instance.meetings),
    }
    if solution.bound is not None:
        stats["priority_bound"] = solution.bound
        stats["bound_share"] = round(priority / solution.bound, 6) if solution.bound else 1.0
    if solution.solver:
        stats["solver"] = solution.solver
    stats.update(solution.extra)
    reasons = unscheduled_reasons(instance, slot_of)
    stats["unscheduled_reasons"] = {instance.meetings[m].id: r for m, r in reasons.items()}
    return {"assignments": assignments, "unscheduled": unscheduled, "stats": stats}


@dataclass
class Check:
    errors: list[str]
    scheduled: int
    priority_scheduled: int
    idle_gaps: int

    @property
    def valid(self) -> bool:
        return not self.errors


def check_schedule(instance: Instance, document: Any) -> Check:
    """Judge a schedule document against the instance: hard rules, then the objective."""
    errors: list[str] = []
    if not isinstance(document, dict):
        return Check(["schedule: must be an object"], 0, 0, 0)
    assignments = document.get("assignments")
    if not isinstance(assignments, list):
        return Check(["assignments: must be a list"], 0, 0, 0)
    slot_of = [UNSCHEDULED] * len(instance.meetings)
    taken: dict[tuple[int, int], str] = {}
    tables_in: dict[int, set[int]] = defaultdict(set)
    load: dict[int, int] = defaultdict(int)
    for k, item in enumerate(assignments):
        where = f"assignments[{k}]"
        if not isinstance(item, dict):
            errors.append(f"{where}: must be an object")
            continue
        m = instance.meeting_index.get(item.get("meeting"))  # type: ignore[arg-type]
        s = instance.slot_index.get(item.get("slot"))  # type: ignore[arg-type]
        table = item.get("table")
        if m is None:
            errors.append(f"{where}.meeting: unknown meeting {item.get('meeting')!r}")
            continue
        if s is None:
            errors.append(f"{where}.slot: unknown slot {item.get('slot')!r}")
            continue
        meeting = instance.meetings[m]
        if slot_of[m] != UNSCHEDULED:
            errors.append(f"{where}: meeting {meeting.id!r} is placed more than once")
            continue
        slot_of[m] = s
        load[s] += 1
        for p in meeting.participants:
            pid = instance.participants[p].id
            if s in instance.participants[p].unavailable:
                errors.append(f"{where}: {pid!r} is not available in slot {instance.slots[s].id!r}")
            other = taken.get((p, s))
            if other is not None:
                errors.append(
                    f"{where}: {pid!r} is in {other!r} and {meeting.id!r} "
                    f"in slot {instance.slots[s].id!r}"
                )
            taken[p, s] = meeting.id
        if isinstance(table, bool) or not isinstance(table, int) or table < 1:
            errors.append(f"{where}.table: must be an integer >= 1, not {table!r}")
        else:
            if instance.tables is not None and table > instance.tables:
                errors.append(f"{where}.table: {table} > {instance.tables} tables")
            if table in tables_in[s]:
                errors.append(
                    f"{where}.table: table {table} is used twice in slot {item['slot']!r}"
                )
            tables_in[s].add(table)
    if instance.tables is not None:
        for s, count in load.items():
            if count > instance.tables:
                errors.append(
                    f"slot {instance.slots[s].id!r}: {count} meetings for {instance.tables} tables"
                )
    unscheduled = document.get("unscheduled")
    if not isinstance(unscheduled, list):
        errors.append("unscheduled: must be a list")
    else:
        listed = set(unscheduled)
        for m, meeting in enumerate(instance.meetings):
            placed = slot_of[m] != UNSCHEDULED
            if placed and meeting.id in listed:
                errors.append(f"unscheduled: {meeting.id!r} is also placed")
            if not placed and meeting.id not in listed:
                errors.append(f"unscheduled: {meeting.id!r} is neither placed nor listed")
    return Check(
        errors=errors,
        scheduled=sum(1 for s in slot_of if s != UNSCHEDULED),
        priority_scheduled=priority_of(instance, slot_of),
        idle_gaps=idle_gaps(instance, slot_of),
    )


def check_slots(instance: Instance, slot_of: Iterable[int]) -> list[str]:
    """The hard rules on a slot-per-meeting vector (tables aside): what solvers assert."""
    errors: list[str] = []
    taken: set[tuple[int, int]] = set()
    load: dict[int, int] = defaultdict(int)
    feasible = instance.feasible
    for m, s in enumerate(slot_of):
        if s < 0:
            continue
        if s not in feasible[m]:
            errors.append(f"meeting {instance.meetings[m].id}: slot {s} is not a common free slot")
        for p in instance.meetings[m].participants:
            if (p, s) in taken:
                errors.append(f"participant {instance.participants[p].id}: two meetings in {s}")
            taken.add((p, s))
        load[s] += 1
    if instance.tables is not None:
        errors.extend(
            f"slot {s}: {n} meetings > {instance.tables} tables"
            for s, n in load.items()
            if n > instance.tables
        )
    return errors
