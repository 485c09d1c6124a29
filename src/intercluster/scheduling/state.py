"""A mutable schedule with the bookkeeping the solver's moves need, all in O(participants).

Each participant's busy slots are one integer bitmask, so the idle gaps of a
participant-day (last - first + 1 - meetings) come from three bit
operations. Every change goes through `place` and `remove`, which keep the
masks, the occupancy table and the table loads in step, and can be undone
from a log.
"""

from __future__ import annotations

from collections.abc import Mapping

from intercluster.scheduling.instance import Instance


def day_gaps(mask: int) -> int:
    """Idle slots between the first and last set bit of a day's busy mask."""
    if not mask:
        return 0
    low = (mask & -mask).bit_length() - 1
    return mask.bit_length() - low - mask.bit_count()


class State:
    def __init__(self, instance: Instance, pinned: Mapping[int, int] | None = None) -> None:
        self.instance = instance
        self.n_slots = len(instance.slots)
        self.capacity = instance.capacity()
        self.members = [m.participants for m in instance.meetings]
        self.weight = [m.priority for m in instance.meetings]
        self.feasible = instance.feasible
        self.feasible_mask = [sum(1 << s for s in slots) for slots in self.feasible]
        self.day_of = instance.day_of
        self.day_mask = [sum(1 << s for s in day) for day in instance.days]
        self.slot_of = [-1] * len(instance.meetings)
        self.mask = [0] * len(instance.participants)
        self.occ: list[dict[int, int]] = [{} for _ in instance.participants]
        self.load = [0] * self.n_slots
        # The meetings of each slot, in no order; `where` is each one's index there.
        self.in_slot: list[list[int]] = [[] for _ in range(self.n_slots)]
        self.where: dict[int, int] = {}
        self.priority = 0
        self.pinned: set[int] = set()
        self.log: list[tuple[int, int, int]] | None = None
        for m, s in (pinned or {}).items():
            if self.is_free(m, s):
                self.place(m, s)
                self.pinned.add(m)

    # ------------------------------------------------------------------ moves

    def is_free(self, m: int, s: int) -> bool:
        """Slot s is a common free slot of m, none of its participants is busy, a table is left."""
        if self.load[s] >= self.capacity or not self.feasible_mask[m] >> s & 1:
            return False
        bit = 1 << s
        mask = self.mask
        return not any(mask[p] & bit for p in self.members[m])

    def place(self, m: int, s: int) -> None:
        bit = 1 << s
        for p in self.members[m]:
            self.mask[p] |= bit
            self.occ[p][s] = m
        self.slot_of[m] = s
        self.load[s] += 1
        self.where[m] = len(self.in_slot[s])
        self.in_slot[s].append(m)
        self.priority += self.weight[m]
        if self.log is not None:
            self.log.append((1, m, s))

    def remove(self, m: int) -> int:
        s = self.slot_of[m]
        bit = 1 << s
        for p in self.members[m]:
            self.mask[p] &= ~bit
            del self.occ[p][s]
        self.slot_of[m] = -1
        self.load[s] -= 1
        members = self.in_slot[s]
        index = self.where.pop(m)
        moved = members.pop()
        if moved != m:
            members[index] = moved
            self.where[moved] = index
        self.priority -= self.weight[m]
        if self.log is not None:
            self.log.append((0, m, s))
        return s

    def begin(self) -> int:
        if self.log is None:
            self.log = []
        return len(self.log)

    def rollback(self, mark: int) -> None:
        log = self.log
        assert log is not None
        while len(log) > mark:
            op, m, s = log.pop()
            saved, self.log = self.log, None
            if op == 1:
                self.remove(m)
            else:
                self.place(m, s)
            self.log = saved

    def commit(self) -> None:
        self.log = None

    # ------------------------------------------------------------------ gaps

    def participant_gaps(self, p: int) -> int:
        mask = self.mask[p]
        return sum(day_gaps(mask & day) for day in self.day_mask if mask & day)

    def gap_delta_add(self, m: int, s: int) -> int:
        day = self.day_mask[self.day_of[s]]
        bit = 1 << s
        delta = 0
        for p in self.members[m]:
            current = self.mask[p] & day
            delta += day_gaps(current | bit) - day_gaps(current)
        return delta

    def gap_delta_remove(self, m: int) -> int:
        s = self.slot_of[m]
        day = self.day_mask[self.day_of[s]]
        bit = 1 << s
        delta = 0
        for p in self.members[m]:
            current = self.mask[p] & day
            delta += day_gaps(current & ~bit) - day_gaps(current)
        return delta

    def total_gaps(self) -> int:
        return sum(self.participant_gaps(p) for p in range(len(self.mask)))
