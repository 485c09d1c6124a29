"""The plain CP-SAT baseline: one boolean per meeting and common free slot, solved whole.

Constraints: each meeting at most once; each participant in at most one
meeting per slot; at most `tables` meetings per slot. Objective: the sum of
priorities only (idle gaps are not modelled: it is the reference model of
the literature's first formulation, and adding the gap terms makes it
slower, not better, at the sizes of interest). It reports CP-SAT's own
bound on the priority objective.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict

from ortools.sat.python import cp_model

from intercluster.scheduling.instance import Instance
from intercluster.scheduling.schedule import Solution


def plain_cpsat(instance: Instance, *, seconds: float, seed: int = 0, workers: int = 2) -> Solution:
    started = time.perf_counter()
    model = cp_model.CpModel()
    by_key: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
    by_slot: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    variables: list[list[tuple[int, cp_model.IntVar]]] = []
    objective = []
    for m, slots in enumerate(instance.feasible):
        meeting = instance.meetings[m]
        row: list[tuple[int, cp_model.IntVar]] = []
        for s in slots:
            x = model.new_bool_var(f"x{m}_{s}")
            row.append((s, x))
            by_slot[s].append(x)
            for p in meeting.participants:
                by_key[p, s].append(x)
            objective.append(meeting.priority * x)
        if len(row) > 1:
            model.add_at_most_one(x for _, x in row)
        variables.append(row)
    for group in by_key.values():
        if len(group) > 1:
            model.add_at_most_one(group)
    if instance.tables is not None:
        for group in by_slot.values():
            if len(group) > instance.tables:
                model.add(sum(group) <= instance.tables)
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, seconds - (time.perf_counter() - started))
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    status = solver.solve(model)
    slot_of = [-1] * len(instance.meetings)
    bound: int | None = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        for m, row in enumerate(variables):
            for s, x in row:
                if solver.boolean_value(x):
                    slot_of[m] = s
                    break
        bound = math.floor(solver.best_objective_bound + 1e-6)
    return Solution(
        slot_of=slot_of,
        bound=bound,
        seconds=time.perf_counter() - started,
        solver="cp-sat",
        extra={"cp_sat_status": solver.status_name(status)},
    )
