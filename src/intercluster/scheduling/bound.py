"""Upper bounds on the priority objective, each one proved, never guessed.

The LP relaxation (meeting m in at most one of its common free slots, each
participant in at most one meeting per slot, at most `tables` meetings per
slot) is solved approximately by PDLP, OR-Tools' first-order LP solver. An
approximate solution proves nothing by itself, so the bound is recomputed
from its duals: for any prices v[p, s] >= 0 on participant-slots and t[s] >=
0 on slots, with u[m] = max(0, max over slots s of m of w[m] - sum v[p, s] -
t[s]),

    sum u[m] + sum v[p, s] + tables * sum t[s]

is the objective of a feasible dual solution, so by weak duality it bounds
the LP and hence every schedule. Priorities are integers, so its floor does
too. With exact duals it is the LP optimum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from intercluster.scheduling.instance import Instance

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass
class Pairs:
    """Every (meeting, common free slot) pair, sorted by meeting: the LP's columns."""

    meeting: IntArray
    slot: IntArray
    weight: FloatArray
    # For each pair and each of its participants, the participant-slot key p * S + s.
    keys: list[IntArray]
    n_meetings: int
    n_slots: int

    @classmethod
    def of(cls, instance: Instance) -> Pairs:
        feasible = instance.feasible
        counts = np.fromiter((len(f) for f in feasible), dtype=np.int64, count=len(feasible))
        meeting = np.repeat(np.arange(len(feasible), dtype=np.int64), counts)
        total = int(counts.sum())
        slot = np.fromiter((s for f in feasible for s in f), dtype=np.int64, count=total)
        priority = np.array([m.priority for m in instance.meetings], dtype=np.float64)
        weight = priority[meeting] if total else np.zeros(0)
        n_slots = len(instance.slots)
        width = max((len(m.participants) for m in instance.meetings), default=0)
        keys: list[IntArray] = []
        for k in range(width):
            who = np.array(
                [m.participants[k] if k < len(m.participants) else -1 for m in instance.meetings],
                dtype=np.int64,
            )
            column = who[meeting] if total else np.zeros(0, dtype=np.int64)
            keys.append(np.where(column >= 0, column * n_slots + slot, -1))
        return cls(meeting, slot, weight, keys, len(feasible), n_slots)


def simple_bound(instance: Instance) -> int:
    """Priorities of the meetings with a common free slot, capped per participant and per slot.

    Each participant meets at most once per free slot; when the meetings of
    one participant outnumber their free slots, only the most valuable ones
    can count. The table capacity caps the number of meetings likewise.
    """
    feasible = instance.feasible
    free = [len(instance.slots) - len(p.unavailable) for p in instance.participants]
    total = sum(m.priority for m, f in zip(instance.meetings, feasible, strict=True) if f)
    # Per participant: the priority that cannot be reached because they are over-booked.
    lost = 0
    for p, meetings in enumerate(instance.meetings_of):
        values = sorted(
            (instance.meetings[m].priority for m in meetings if feasible[m]), reverse=True
        )
        if len(values) > free[p]:
            lost = max(lost, sum(values[free[p] :]))
    best = total - lost
    if instance.tables is not None:
        values = sorted(
            (m.priority for m, f in zip(instance.meetings, feasible, strict=True) if f),
            reverse=True,
        )
        best = min(best, sum(values[: instance.tables * len(instance.slots)]))
    return best


def dual_bound(pairs: Pairs, instance: Instance, v: FloatArray, t: FloatArray) -> float:
    """The weak-duality bound from participant-slot prices v (by key) and slot prices t."""
    v = np.maximum(v, 0.0)
    t = np.maximum(t, 0.0)
    reduced = pairs.weight - t[pairs.slot]
    for column in pairs.keys:
        present = column >= 0
        reduced = reduced - np.where(present, v[np.where(present, column, 0)], 0.0)
    best = np.zeros(pairs.n_meetings)
    if len(reduced):
        np.maximum.at(best, pairs.meeting, reduced)
    tables = instance.tables
    table_part = float(tables * t.sum()) if tables is not None else 0.0
    return float(best.sum() + v.sum() + table_part)


@dataclass
class LPResult:
    bound: int  # floor of a proved upper bound
    value: float  # the proved (fractional) bound
    primal_value: float  # PDLP's primal objective (not a bound)
    meeting_share: FloatArray  # per meeting, sum over slots of the LP's x
    pair_values: FloatArray
    pairs: Pairs


def lp_bound(instance: Instance, *, seconds: float = 30.0, tolerance: float = 1e-6) -> LPResult:
    """Solve the LP relaxation with PDLP for at most `seconds` and prove a bound from its duals."""
    from ortools.pdlp import solvers_pb2
    from ortools.pdlp.python import pdlp

    pairs = Pairs.of(instance)
    n = len(pairs.meeting)
    if n == 0:
        return LPResult(0, 0.0, 0.0, np.zeros(pairs.n_meetings), np.zeros(0), pairs)
    n_slots = pairs.n_slots
    width = len(instance.participants) * n_slots
    # Participant-slot rows, only where two or more pairs compete.
    all_keys = np.concatenate([k[k >= 0] for k in pairs.keys])
    key_count = np.bincount(all_keys, minlength=width)
    shared_keys = np.flatnonzero(key_count >= 2)
    key_row = np.full(width, -1, dtype=np.int64)
    row = pairs.n_meetings
    key_row[shared_keys] = np.arange(row, row + len(shared_keys))
    row += len(shared_keys)
    slot_row = np.full(n_slots, -1, dtype=np.int64)
    if instance.tables is not None:
        slot_count = np.bincount(pairs.slot, minlength=n_slots)
        busy = np.flatnonzero(slot_count > instance.tables)
        slot_row[busy] = np.arange(row, row + len(busy))
        row += len(busy)
    rows = [pairs.meeting]
    cols = [np.arange(n)]
    for column in pairs.keys:
        present = column >= 0
        r = np.where(present, key_row[np.where(present, column, 0)], -1)
        keep = r >= 0
        rows.append(r[keep])
        cols.append(np.flatnonzero(keep))
    r = slot_row[pairs.slot]
    keep = r >= 0
    rows.append(r[keep])
    cols.append(np.flatnonzero(keep))
    row_index = np.concatenate(rows)
    col_index = np.concatenate(cols)
    matrix = sp.csc_matrix(
        (np.ones(len(row_index)), (row_index, col_index)), shape=(row, n), dtype=np.float64
    )
    upper = np.ones(row)
    if instance.tables is not None:
        upper[row - int((slot_row >= 0).sum()) :] = instance.tables
    qp = pdlp.QuadraticProgram()
    qp.objective_vector = -pairs.weight
    qp.constraint_matrix = matrix
    qp.constraint_lower_bounds = np.full(row, -np.inf)
    qp.constraint_upper_bounds = upper
    qp.variable_lower_bounds = np.zeros(n)
    qp.variable_upper_bounds = np.ones(n)
    params = solvers_pb2.PrimalDualHybridGradientParams()
    params.termination_criteria.simple_optimality_criteria.eps_optimal_relative = tolerance
    params.termination_criteria.simple_optimality_criteria.eps_optimal_absolute = tolerance
    params.termination_criteria.time_sec_limit = max(0.05, seconds)
    params.num_threads = 1
    params.verbosity_level = 0
    result = pdlp.primal_dual_hybrid_gradient(qp, params)
    x = np.clip(np.asarray(result.primal_solution), 0.0, 1.0)
    y = np.asarray(result.dual_solution)
    # Minimising -w.x subject to A x <= b: prices of <= rows are the negated duals.
    v = np.zeros(width)
    v[shared_keys] = -y[key_row[shared_keys]]
    t = np.zeros(n_slots)
    if instance.tables is not None:
        busy_slots = np.flatnonzero(slot_row >= 0)
        t[busy_slots] = -y[slot_row[busy_slots]]
    value = dual_bound(pairs, instance, v, t)
    # Prices that are zero everywhere give the trivial bound: never worse than that.
    value = min(value, dual_bound(pairs, instance, np.zeros(width), np.zeros(n_slots)))
    share = np.zeros(pairs.n_meetings)
    np.add.at(share, pairs.meeting, x)
    return LPResult(
        bound=math.floor(value + 1e-6),
        value=value,
        primal_value=float(pairs.weight @ x),
        meeting_share=share,
        pair_values=x,
        pairs=pairs,
    )
