"""The partnering solver: LP-guided construction, ejection chains, CP-SAT, then annealing.

1. Bound. The LP relaxation is solved by PDLP (at most a fifth of the time
   limit) and a bound is proved from its duals (`bound.py`); the LP's values
   also say which meetings an optimal schedule is likely to hold.
2. Construction. Meetings in order of LP value, then priority, then fewest
   common free slots; each goes to the free slot that adds the fewest idle
   gaps to its participants' days.
3. Ejection chains. An unplaced meeting takes a slot whose occupants (by a
   shared participant, or for the last table) move elsewhere, up to three
   moves deep; then meetings of higher priority replace lower ones when the
   displaced cannot be placed again.
4. Large-neighbourhood search, while the priority is below the bound: free
   the meetings around an unplaced one and let CP-SAT place them again,
   everyone else fixed, maximising priority and then minimising the idle
   gaps of everyone involved; an answer is taken only if no worse.
5. Idle gaps, with the set of placed meetings fixed: simulated annealing
   whose moves are Kempe chains (a meeting changes slot, and the meetings of
   the two slots that share participants with it, transitively, swap
   sides), aimed half the time at a hole in a participant's day; compound
   moves that shift a whole run of a participant's meetings over a hole; and
   sweeps that re-assign each participant's meetings to that participant's
   own slots by a linear assignment on their partners' gaps. Priority never
   drops; unplaced meetings are tried again at the end.

The random generator and CP-SAT are seeded; a run stops by the time limit
(how far it gets in that time depends on the machine and its load).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
from ortools.sat.python import cp_model
from scipy.optimize import linear_sum_assignment

from intercluster.scheduling.bound import lp_bound, simple_bound
from intercluster.scheduling.instance import Instance
from intercluster.scheduling.schedule import Solution
from intercluster.scheduling.state import State, day_gaps

# Rough cost of building and starting the LP, per (meeting, common free slot) pair.
SECONDS_PER_PAIR = 5e-6


@dataclass
class SolverOptions:
    seconds: float = 10.0
    seed: int = 1
    # Share of the time limit the LP bound may take (it also guides the construction).
    bound_share: float = 0.2
    log: Callable[[str], None] | None = None


class Solver:
    def __init__(
        self,
        instance: Instance,
        options: SolverOptions,
        pinned: Mapping[int, int] | None = None,
    ) -> None:
        self.instance = instance
        self.options = options
        self.started = time.perf_counter()
        self.deadline = self.started + max(0.2, options.seconds) * 0.97 - 0.05
        self.rng = random.Random(options.seed)
        self.state = State(instance, pinned)
        self.bound = simple_bound(instance)
        self.lp_share: list[float] = [1.0] * len(instance.meetings)
        self.lp_slot: list[dict[int, float]] = [{} for _ in instance.meetings]
        self.neighbourhood = 60
        self.stats: dict[str, int] = {"lns_steps": 0, "lns_improved": 0}

    def left(self) -> float:
        return self.deadline - time.perf_counter()

    def say(self, message: str) -> None:
        if self.options.log is not None:
            elapsed = time.perf_counter() - self.started
            self.options.log(f"{elapsed:7.2f}s  {message}")

    # ------------------------------------------------------------------ run

    def run(self) -> Solution:
        instance = self.instance
        total = max(0.2, self.options.seconds)
        if instance.meetings:
            self.compute_bound()
        self.construct()
        self.say(f"constructed: priority {self.state.priority}, gaps {self.state.total_gaps()}")
        self.chains(until=self.at(0.3, total))
        self.say(f"ejection chains: priority {self.state.priority}, gaps {self.state.total_gaps()}")
        if self.state.priority < self.bound:
            self.lns(until=self.at(0.38, total))
            self.say(f"lns: priority {self.state.priority}, gaps {self.state.total_gaps()}")
        self.local_gaps()
        self.anneal(self.deadline)
        self.place_unplaced()
        return Solution(
            slot_of=list(self.state.slot_of),
            bound=max(self.bound, self.state.priority),
            seconds=time.perf_counter() - self.started,
            solver="intercluster",
            extra={"seed": self.options.seed, **self.stats},
        )

    def at(self, share: float, total: float) -> float:
        """The clock time by which `share` of the time limit has passed."""
        return min(self.deadline, self.started + share * total)

    def place_unplaced(self) -> None:
        """Unplaced meetings that fit as things are now (moves may have left room)."""
        state = self.state
        for m in sorted(self.unplaced(), key=lambda m: -state.weight[m]):
            s = self.best_free_slot(m)
            if s >= 0:
                state.place(m, s)

    def compute_bound(self) -> None:
        budget = max(0.05, self.options.seconds * self.options.bound_share)
        pairs_count = sum(len(f) for f in self.state.feasible)
        if pairs_count * SECONDS_PER_PAIR > budget:
            # Building the LP alone would eat the time: keep the simple bound.
            self.say(f"bound {self.bound} (simple; no time for the LP)")
            return
        result = lp_bound(self.instance, seconds=budget, tolerance=1e-6)
        self.bound = min(self.bound, result.bound)
        self.lp_share = [float(x) for x in result.meeting_share]
        pairs = result.pairs
        for m, s, x in zip(
            pairs.meeting.tolist(), pairs.slot.tolist(), result.pair_values.tolist(), strict=True
        ):
            if x > 1e-3:
                self.lp_slot[m][s] = x
        self.say(f"bound {self.bound} (LP {result.value:.2f})")

    # ------------------------------------------------------------------ construction

    def best_free_slot(self, m: int) -> int:
        state = self.state
        best = -1
        best_key: tuple[float, ...] = ()
        preferred = self.lp_slot[m]
        for s in state.feasible[m]:
            if state.is_free(m, s):
                key = (state.gap_delta_add(m, s), -preferred.get(s, 0.0), s)
                if best < 0 or key < best_key:
                    best, best_key = s, key
        return best

    def construct(self) -> None:
        state = self.state
        feasible = state.feasible
        share = self.lp_share
        order = sorted(
            (m for m in range(len(feasible)) if feasible[m] and state.slot_of[m] < 0),
            key=lambda m: (-round(share[m], 2), -state.weight[m], len(feasible[m]), m),
        )
        for k, m in enumerate(order):
            if k % 512 == 511 and self.left() <= 0:
                return
            s = self.best_free_slot(m)
            if s >= 0:
                state.place(m, s)

    # ------------------------------------------------------------------ ejection chains

    def try_insert(self, m: int, depth: int, locked: set[int], budget: list[int]) -> bool:
        """Place m, moving the meetings in its way elsewhere (up to `depth` levels)."""
        state = self.state
        s = self.best_free_slot(m)
        if s >= 0:
            state.place(m, s)
            return True
        if depth == 0 or budget[0] <= 0:
            return False
        members = state.members[m]
        options: list[tuple[int, int, int, list[int]]] = []
        for s in state.feasible[m]:
            blockers: list[int] = []
            for p in members:
                b = state.occ[p].get(s)
                if b is not None and b not in blockers:
                    blockers.append(b)
            if any(b in locked or b in state.pinned for b in blockers):
                continue
            full = int(state.load[s] - len(blockers) >= state.capacity)
            cost = sum(state.weight[b] for b in blockers)
            options.append((len(blockers) + full, cost, s, blockers))
        options.sort(key=lambda o: (o[0], o[1], self.rng.random()))
        for _, _, s, blockers in options[:6]:
            budget[0] -= 1
            if budget[0] <= 0:
                return False
            mark = state.begin()
            for b in blockers:
                state.remove(b)
            moved = list(blockers)
            if state.load[s] >= state.capacity:
                evicted = self.evictable(s, locked)
                if evicted < 0:
                    state.rollback(mark)
                    continue
                state.remove(evicted)
                moved.append(evicted)
            state.place(m, s)
            locked.add(m)
            if all(self.try_insert(b, depth - 1, locked, budget) for b in moved):
                return True
            locked.discard(m)
            state.rollback(mark)
        return False

    def evictable(self, s: int, locked: set[int]) -> int:
        """A meeting of slot s that fits directly in another slot, or -1."""
        state = self.state
        for k, e in enumerate(state.in_slot[s]):
            if k > 40:
                break
            if e in locked or e in state.pinned:
                continue
            for s2 in state.feasible[e]:
                if s2 != s and state.load[s2] < state.capacity:
                    bit = 1 << s2
                    if not any(state.mask[p] & bit for p in state.members[e]):
                        return e
        return -1

    def unplaced(self) -> list[int]:
        state = self.state
        return [m for m, s in enumerate(state.slot_of) if s < 0 and state.feasible[m]]

    def chains(self, until: float) -> None:
        state = self.state
        for _round in range(3):
            improved = False
            # Meetings the LP leaves out are rarely worth a search: they come last.
            todo = sorted(
                self.unplaced(),
                key=lambda m: (self.lp_share[m] < 0.05, -state.weight[m], -self.lp_share[m]),
            )
            for m in todo:
                if time.perf_counter() > until or state.priority >= self.bound:
                    return
                mark = state.begin()
                if self.try_insert(m, 3, set(), [60]):
                    improved = True
                    state.commit()
                else:
                    state.rollback(mark)
                    state.commit()
            improved = self.replace(until) or improved
            if not improved:
                return

    def replace(self, until: float) -> bool:
        """Put unplaced meetings in place of less valuable ones that cannot go elsewhere."""
        state = self.state
        improved = False
        for m in sorted(self.unplaced(), key=lambda m: -state.weight[m]):
            if time.perf_counter() > until:
                break
            if state.slot_of[m] >= 0:
                continue
            best: tuple[int, int, list[int]] | None = None
            for s in state.feasible[m]:
                blockers = {b for p in state.members[m] if (b := state.occ[p].get(s)) is not None}
                if any(b in state.pinned for b in blockers):
                    continue
                if state.load[s] - len(blockers) >= state.capacity:
                    spare = [
                        e for e in state.in_slot[s] if e not in blockers and e not in state.pinned
                    ]
                    if not spare:
                        continue
                    blockers.add(min(spare, key=lambda e: state.weight[e]))
                loss = sum(state.weight[b] for b in blockers)
                if loss < state.weight[m] and (best is None or loss < best[0]):
                    best = (loss, s, list(blockers))
            if best is None:
                continue
            _, s, displaced = best
            before = state.priority
            mark = state.begin()
            for b in displaced:
                state.remove(b)
            state.place(m, s)
            for b in displaced:
                mark2 = state.begin()
                if not self.try_insert(b, 2, {m}, [30]):
                    state.rollback(mark2)
            if state.priority > before:
                improved = True
                state.commit()
            else:
                state.rollback(mark)
                state.commit()
        return improved

    # ------------------------------------------------------------------ local gap moves

    def local_gaps(self) -> None:
        """Move single meetings to free slots where their participants idle less."""
        state = self.state
        for _round in range(3):
            changed = 0
            for m, s in enumerate(state.slot_of):
                if s < 0 or m in state.pinned:
                    continue
                if self.left() <= 0:
                    return
                removed_delta = state.gap_delta_remove(m)
                state.remove(m)
                best, best_delta = s, -removed_delta
                for s2 in state.feasible[m]:
                    if s2 != s and state.is_free(m, s2):
                        delta = state.gap_delta_add(m, s2)
                        if delta < best_delta:
                            best, best_delta = s2, delta
                state.place(m, best)
                changed += best != s
            if not changed:
                return

    def move_delta(self, moves: list[tuple[int, int, int]]) -> int:
        """Change of idle gaps if each (meeting, from, to) of `moves` happened together."""
        state = self.state
        day_of = state.day_of
        members = state.members
        changes: dict[int, list[int]] = {}
        touched: set[int] = set()
        for m, a, b in moves:
            touched.add(day_of[a])
            touched.add(day_of[b])
            bit_a, bit_b = 1 << a, 1 << b
            for p in members[m]:
                change = changes.get(p)
                if change is None:
                    changes[p] = [bit_a, bit_b]
                else:
                    change[0] |= bit_a
                    change[1] |= bit_b
        days = [state.day_mask[d] for d in touched]
        mask = state.mask
        delta = 0
        for p, (off, on) in changes.items():
            old = mask[p]
            new = (old & ~off) | on
            for day in days:
                before = old & day
                after = new & day
                if before != after:
                    if after:
                        delta += after.bit_length() - (after & -after).bit_length() + 1
                        delta -= after.bit_count()
                    if before:
                        delta -= before.bit_length() - (before & -before).bit_length() + 1
                        delta += before.bit_count()
        return delta

    def permute(self, p: int) -> int:
        """Re-assign participant p's meetings to p's own slots, optimally for the partners' gaps.

        p stays in the same slots and every slot keeps its number of
        meetings; each partner's cost of a slot only depends on their other
        meetings, so the best permutation is a linear assignment. Returns
        the gaps saved.
        """
        state = self.state
        meetings = [m for m in state.occ[p].values() if m not in state.pinned]
        if len(meetings) < 2:
            return 0
        slots = [state.slot_of[m] for m in meetings]
        # Partners shared by two of these meetings make the costs interact: leave p alone then.
        partners: list[int] = []
        for m in meetings:
            partners.extend(q for q in state.members[m] if q != p)
        if len(set(partners)) != len(partners):
            return 0
        day_mask = state.day_mask
        day_of = state.day_of
        size = len(meetings)
        cost = np.full((size, size), 10_000, dtype=np.int64)
        for i, m in enumerate(meetings):
            a = slots[i]
            others = [q for q in state.members[m] if q != p]
            feasible = state.feasible_mask[m]
            for j, b in enumerate(slots):
                if not feasible >> b & 1:
                    continue
                bit_b = 1 << b
                total = 0
                for q in others:
                    current = state.mask[q]
                    after = (current & ~(1 << a)) | bit_b
                    if current & bit_b and a != b:
                        break
                    day = day_mask[day_of[b]]
                    total += day_gaps(after & day) - day_gaps(current & day)
                    if day_of[a] != day_of[b]:
                        day = day_mask[day_of[a]]
                        total += day_gaps(after & day) - day_gaps(current & day)
                else:
                    cost[i, j] = total
        rows, cols = linear_sum_assignment(cost)
        if any(cost[i, j] >= 10_000 for i, j in zip(rows, cols, strict=True)):
            return 0
        saved = -int(sum(cost[i, j] for i, j in zip(rows, cols, strict=True)))
        if saved <= 0:
            return 0
        for m in meetings:
            state.remove(m)
        for i, j in zip(rows, cols, strict=True):
            state.place(meetings[i], slots[j])
        return saved

    def permute_all(self, until: float) -> int:
        state = self.state
        order = list(range(len(state.mask)))
        self.rng.shuffle(order)
        saved = 0
        for p in order:
            if time.perf_counter() >= until:
                break
            saved += self.permute(p)
        return saved

    def kempe(self, m: int, b: int, limit: int = 10) -> list[tuple[int, int, int]] | None:
        """The Kempe chain that takes m from its slot a to slot b: moves, or None if none fits.

        The meetings of slots a and b that share participants, transitively
        from m, all change sides; everyone stays in one meeting per slot. When
        that leaves one slot a meeting over its tables, an unrelated meeting
        of that slot crosses to the other. The chain fails if it is too long,
        holds a pinned meeting, puts a meeting where one of its participants
        is unavailable, or cannot be balanced.
        """
        state = self.state
        a = state.slot_of[m]
        if a == b or not state.feasible_mask[m] >> b & 1:
            return None
        side = {m: a}
        queue = [m]
        occ = state.occ
        while queue:
            x = queue.pop()
            here = side[x]
            there = b if here == a else a
            for q in state.members[x]:
                y = occ[q].get(there)
                if y is not None and y not in side:
                    if y in state.pinned or len(side) >= limit:
                        return None
                    if not state.feasible_mask[y] >> here & 1:
                        return None
                    side[y] = there
                    queue.append(y)
        to_b = sum(1 for s in side.values() if s == a)
        to_a = len(side) - to_b
        capacity = state.capacity
        moves = [(x, s, b if s == a else a) for x, s in side.items()]
        over_b = state.load[b] + to_b - to_a - capacity
        over_a = state.load[a] + to_a - to_b - capacity
        if over_a > 0 or over_b > 0:
            # One slot would hold one meeting too many: a meeting of that slot with
            # nobody in the chain, free in the other slot, crosses over to balance it.
            if max(over_a, over_b) > 1:
                return None
            full, other = (b, a) if over_b > 0 else (a, b)
            balance = self.crossing(full, other, side)
            if balance < 0:
                return None
            moves.append((balance, full, other))
        return moves

    def crossing(self, full: int, other: int, chain: dict[int, int]) -> int:
        """A meeting of slot `full` that can move to `other` alone, sharing nobody with `chain`."""
        state = self.state
        involved = {q for x in chain for q in state.members[x]}
        candidates = state.in_slot[full]
        if not candidates:
            return -1
        start = self.rng.randrange(len(candidates))
        bit = 1 << other
        for k in range(min(12, len(candidates))):
            z = candidates[(start + k) % len(candidates)]
            if z in chain or z in state.pinned or not state.feasible_mask[z] >> other & 1:
                continue
            if any(q in involved or state.mask[q] & bit for q in state.members[z]):
                continue
            return z
        return -1

    def block_move(self, p: int, temperature: float) -> int:
        """Close a hole in p's day by shifting a whole run of p's meetings over it.

        Single moves rarely merge two runs of meetings: every step of the way
        adds gaps. This compound move shifts one run, meeting by meeting, each
        by a Kempe chain, and keeps the result if the annealing accepts the
        total change. Returns the change of idle gaps (0 when nothing moved).
        """
        state = self.state
        rng = self.rng
        mask = state.mask[p]
        days = [day for day in state.day_mask if day_gaps(mask & day)]
        if not days:
            return 0
        busy = mask & days[rng.randrange(len(days))]
        runs: list[tuple[int, int]] = []
        s = (busy & -busy).bit_length() - 1
        last = busy.bit_length() - 1
        while s <= last:
            if busy >> s & 1:
                start = s
                while s + 1 <= last and busy >> (s + 1) & 1:
                    s += 1
                runs.append((start, s))
            s += 1
        if len(runs) < 2:
            return 0
        k = rng.randrange(len(runs) - 1)
        left, right = runs[k], runs[k + 1]
        hole = right[0] - left[1] - 1
        if rng.random() < 0.5:
            order = list(range(left[1], left[0] - 1, -1))
            offset = hole
        else:
            order = list(range(right[0], right[1] + 1))
            offset = -hole
        mark = state.begin()
        before: dict[int, int] = {}
        for slot in order:
            m = state.occ[p].get(slot)
            moves = None if m is None or m in state.pinned else self.kempe(m, slot + offset, 16)
            if moves is None:
                state.rollback(mark)
                state.commit()
                return 0
            for x, _a, _b in moves:
                for q in state.members[x]:
                    if q not in before:
                        before[q] = state.participant_gaps(q)
            for x, _a, _b in moves:
                state.remove(x)
            for x, _a, b in moves:
                state.place(x, b)
        delta = sum(state.participant_gaps(q) for q in before) - sum(before.values())
        if delta > 0 and rng.random() >= math.exp(-delta / temperature):
            state.rollback(mark)
            state.commit()
            return 0
        state.commit()
        return delta

    def anneal(self, until: float) -> None:
        """Simulated annealing on the idle gaps with the placed meetings fixed as a set.

        Moves are Kempe chains: a random meeting to a random common free
        slot, or (15%) the first or last meeting of a participant's day into
        a hole of that day; 2% are run shifts (`block_move`). The best
        schedule seen is kept.
        """
        state = self.state
        rng = self.rng
        placed = [m for m, s in enumerate(state.slot_of) if s >= 0 and m not in state.pinned]
        if not placed:
            return
        start = time.perf_counter()
        span = max(1e-3, until - start)
        hot, cold = 3.0, 0.05
        temperature = hot
        gaps = state.total_gaps()
        best_gaps = gaps
        best_slots = list(state.slot_of)
        iteration = 0
        holders: list[int] = []
        next_sweep = start
        while True:
            iteration += 1
            if iteration % 256 == 0:
                now = time.perf_counter()
                if now >= until:
                    break
                temperature = hot * (cold / hot) ** ((now - start) / span)
                if gaps < best_gaps:
                    best_gaps = gaps
                    best_slots = list(state.slot_of)
            if iteration % 20000 == 1:
                if time.perf_counter() >= next_sweep:
                    gaps -= self.permute_all(until)
                    next_sweep = time.perf_counter() + span / 8
                holders = [p for p in range(len(state.mask)) if state.participant_gaps(p)]
                placed = [
                    m for m, s in enumerate(state.slot_of) if s >= 0 and m not in state.pinned
                ]
                if not holders:
                    break
            if rng.random() < 0.02:
                gaps += self.block_move(holders[rng.randrange(len(holders))], 1e-9)
                continue
            if rng.random() < 0.15:
                p = holders[rng.randrange(len(holders))]
                mask = state.mask[p]
                days = [day for day in state.day_mask if day_gaps(mask & day)]
                if not days:
                    continue
                day = days[rng.randrange(len(days))]
                busy = mask & day
                low = (busy & -busy).bit_length() - 1
                high = busy.bit_length() - 1
                holes = [g for g in range(low + 1, high) if not busy >> g & 1]
                b = holes[rng.randrange(len(holes))]
                a = low if rng.random() < 0.5 else high
                m = state.occ[p][a]
            else:
                m = placed[rng.randrange(len(placed))]
                if state.slot_of[m] < 0:
                    continue
                a = state.slot_of[m]
                options = state.feasible[m]
                b = options[rng.randrange(len(options))]
            if m in state.pinned:
                continue
            moves = self.kempe(m, b)
            if moves is None:
                continue
            delta = self.move_delta(moves)
            if delta > 0 and rng.random() >= math.exp(-delta / temperature):
                continue
            for x, _from, _to in moves:
                state.remove(x)
            for x, _from, to in moves:
                state.place(x, to)
            gaps += delta
        if gaps < best_gaps:
            best_gaps = gaps
            best_slots = list(state.slot_of)
        # Back to the best schedule seen (same priority, fewest gaps).
        if gaps > best_gaps:
            for m, s in enumerate(state.slot_of):
                if s >= 0 and best_slots[m] != s:
                    state.remove(m)
            for m, s in enumerate(best_slots):
                if s >= 0 and state.slot_of[m] < 0:
                    state.place(m, s)
        self.say(f"annealing: {iteration} moves, gaps {best_gaps}")

    # ------------------------------------------------------------------ LNS

    def lns(self, until: float) -> None:
        """CP-SAT on neighbourhoods around unplaced meetings, while the priority can still rise."""
        state = self.state
        while time.perf_counter() < until - 0.05 and state.priority < self.bound:
            unplaced = self.unplaced()
            if not unplaced:
                return
            seed_meeting = self.rng.choice(unplaced)
            core = list(state.members[seed_meeting])
            chosen = self.neighbourhood_of(core, [seed_meeting])
            if chosen:
                self.solve_neighbourhood(chosen, until)

    def neighbourhood_of(self, core: list[int], start: list[int]) -> list[int]:
        state = self.state
        meetings_of = self.instance.meetings_of
        limit = self.neighbourhood
        chosen: dict[int, None] = dict.fromkeys(start)
        frontier = list(core)
        seen = set(core)
        while frontier and len(chosen) < limit:
            p = frontier.pop(0)
            ms = [m for m in meetings_of[p] if state.feasible[m] and m not in state.pinned]
            self.rng.shuffle(ms)
            # Placed meetings first: freeing them is what makes room.
            ms.sort(key=lambda m: state.slot_of[m] < 0)
            for m in ms:
                if len(chosen) >= limit:
                    break
                chosen.setdefault(m, None)
                for q in state.members[m]:
                    if q not in seen:
                        seen.add(q)
                        frontier.append(q)
        return list(chosen)

    def solve_neighbourhood(self, chosen: list[int], until: float) -> None:
        state = self.state
        self.stats["lns_steps"] += 1
        involved = sorted({p for m in chosen for p in state.members[m]})
        old_slots = {m: state.slot_of[m] for m in chosen}
        old_priority = sum(state.weight[m] for m in chosen if old_slots[m] >= 0)
        old_gaps = sum(state.participant_gaps(p) for p in involved)
        mark = state.begin()
        for m in chosen:
            if old_slots[m] >= 0:
                state.remove(m)
        model = cp_model.CpModel()
        x: dict[tuple[int, int], cp_model.IntVar] = {}
        by_key: dict[tuple[int, int], list[cp_model.IntVar]] = {}
        by_slot: dict[int, list[cp_model.IntVar]] = {}
        by_day: dict[tuple[int, int], list[tuple[int, cp_model.IntVar]]] = {}
        day_of = state.day_of
        for m in chosen:
            row = []
            for s in state.feasible[m]:
                if not state.is_free(m, s):
                    continue
                var = model.new_bool_var("")
                x[m, s] = var
                row.append(var)
                by_slot.setdefault(s, []).append(var)
                for p in state.members[m]:
                    by_key.setdefault((p, s), []).append(var)
                    by_day.setdefault((p, day_of[s]), []).append((s, var))
                if old_slots[m] == s:
                    model.add_hint(var, 1)
            if len(row) > 1:
                model.add_at_most_one(row)
        for group in by_key.values():
            if len(group) > 1:
                model.add_at_most_one(group)
        for s, group in by_slot.items():
            room = state.capacity - state.load[s]
            if len(group) > room:
                model.add(sum(group) <= room)
        priority_expr = sum(state.weight[m] * var for (m, _s), var in x.items())
        model.add(priority_expr >= old_priority)
        days = self.instance.days
        gap_terms = []
        big = 1
        for (p, d), entries in by_day.items():
            span = days[d]
            big += len(span)
            fixed = state.mask[p] & state.day_mask[d]
            lo, hi = span.start, span.stop - 1
            first = model.new_int_var(lo, hi, "")
            last = model.new_int_var(lo, hi, "")
            gap = model.new_int_var(0, len(span), "")
            count = fixed.bit_count() + sum(var for _s, var in entries)
            if fixed:
                low_fixed = (fixed & -fixed).bit_length() - 1
                high_fixed = fixed.bit_length() - 1
                model.add(first <= low_fixed)
                model.add(last >= high_fixed)
                model.add(gap >= last - first + 1 - count)
            else:
                any_meeting = model.new_bool_var("")
                for _s, var in entries:
                    model.add_implication(var, any_meeting)
                model.add(gap >= last - first + 1 - count).only_enforce_if(any_meeting)
            for s, var in entries:
                model.add(first <= s).only_enforce_if(var)
                model.add(last >= s).only_enforce_if(var)
            gap_terms.append(gap)
        model.maximize(big * priority_expr - sum(gap_terms))
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = max(0.05, min(1.0, until - time.perf_counter()))
        solver.parameters.num_workers = 1
        solver.parameters.random_seed = self.rng.randrange(1 << 30)
        status = solver.solve(model)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            state.rollback(mark)
            state.commit()
            return
        if status == cp_model.OPTIMAL and solver.wall_time < 0.3:
            self.neighbourhood = min(400, int(self.neighbourhood * 1.1) + 1)
        elif status != cp_model.OPTIMAL:
            self.neighbourhood = max(20, int(self.neighbourhood * 0.85))
        for (m, s), var in x.items():
            if solver.boolean_value(var):
                state.place(m, s)
        new_priority = sum(state.weight[m] for m in chosen if state.slot_of[m] >= 0)
        new_gaps = sum(state.participant_gaps(p) for p in involved)
        if (new_priority, -new_gaps) >= (old_priority, -old_gaps):
            if (new_priority, -new_gaps) > (old_priority, -old_gaps):
                self.stats["lns_improved"] += 1
            state.commit()
        else:
            state.rollback(mark)
            state.commit()


def solve(
    instance: Instance,
    *,
    seconds: float = 10.0,
    seed: int = 1,
    pinned: Mapping[int, int] | None = None,
    log: Callable[[str], None] | None = None,
) -> Solution:
    """Schedule the instance within `seconds`; `pinned` meetings keep their slot if still valid."""
    options = SolverOptions(seconds=seconds, seed=seed, log=log)
    return Solver(instance, options, pinned).run()


__all__ = ["Solver", "SolverOptions", "solve"]
