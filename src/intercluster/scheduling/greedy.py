"""The greedy first-fit baseline: highest priority first, each meeting in its earliest free slot.

Meetings of equal priority keep the order of the instance file. A meeting
goes to the first slot in which all its participants are available and free
and a table is left; it is never moved afterwards.
"""

from __future__ import annotations

import time

from intercluster.scheduling.instance import Instance
from intercluster.scheduling.schedule import Solution


def greedy_first_fit(instance: Instance) -> Solution:
    started = time.perf_counter()
    n_slots = len(instance.slots)
    busy = [bytearray(n_slots) for _ in instance.participants]
    load = [0] * n_slots
    capacity = instance.capacity()
    slot_of = [-1] * len(instance.meetings)
    order = sorted(range(len(instance.meetings)), key=lambda m: -instance.meetings[m].priority)
    feasible = instance.feasible
    for m in order:
        members = instance.meetings[m].participants
        for s in feasible[m]:
            if load[s] < capacity and not any(busy[p][s] for p in members):
                slot_of[m] = s
                load[s] += 1
                for p in members:
                    busy[p][s] = 1
                break
    return Solution(slot_of=slot_of, seconds=time.perf_counter() - started, solver="greedy")
