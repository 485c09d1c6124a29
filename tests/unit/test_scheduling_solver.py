"""The checker, the baselines and the solver on small instances (no database)."""

from __future__ import annotations

import itertools
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercluster.scheduling.bound import lp_bound, simple_bound
from intercluster.scheduling.cpsat import plain_cpsat
from intercluster.scheduling.generator import generate_instance
from intercluster.scheduling.greedy import greedy_first_fit
from intercluster.scheduling.instance import Instance, parse_instance
from intercluster.scheduling.schedule import (
    Solution,
    check_schedule,
    check_slots,
    idle_gaps,
    priority_of,
    to_document,
)
from intercluster.scheduling.solver import solve


def slots(n: int, day: str = "2021-03-22") -> list[dict[str, Any]]:
    return [
        {"id": f"s{k}", "day": day, "start": f"{9 + k:02d}:00", "minutes": 30} for k in range(n)
    ]


def instance_of(
    n_slots: int,
    tables: int | None,
    meetings: list[tuple[list[str], int]],
    unavailable: dict[str, list[str]] | None = None,
) -> Instance:
    names = sorted({p for members, _ in meetings for p in members})
    unavailable = unavailable or {}
    return parse_instance(
        {
            "slots": slots(n_slots),
            "tables": tables,
            "participants": [
                {"id": p, **({"unavailable": unavailable[p]} if p in unavailable else {})}
                for p in names
            ],
            "meetings": [
                {"id": f"m{k}", "participants": members, "priority": priority}
                for k, (members, priority) in enumerate(meetings)
            ],
        }
    )


# ---------------------------------------------------------------- objective and checker


def test_idle_gaps_count_free_slots_between_first_and_last_meeting_of_each_day() -> None:
    document = {
        "slots": [
            *slots(4, "2021-03-22"),
            *[{**s, "id": f"t{k}"} for k, s in enumerate(slots(3, "2021-03-23"))],
        ],
        "tables": None,
        "participants": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
        "meetings": [
            {"id": "m0", "participants": ["a", "b"]},
            {"id": "m1", "participants": ["a", "c"]},
            {"id": "m2", "participants": ["a", "b"]},
            {"id": "m3", "participants": ["a", "c"]},
        ],
    }
    instance = parse_instance(document)
    # a: slots 0 and 3 of day 1 (2 idle), then the last slot of day 1 and the first of day 2:
    # days are counted apart, so the night is no gap.
    slot_of = [0, 3, -1, 4]
    assert idle_gaps(instance, slot_of) == 2 + 0 + 0  # a: 2; b: one meeting; c: 3 and 4 on two days
    assert priority_of(instance, slot_of) == 3


def test_checker_finds_every_broken_rule() -> None:
    instance = instance_of(2, 1, [(["a", "b"], 1), (["a", "c"], 2), (["b", "c"], 1)], {"c": ["s1"]})
    good = {
        "assignments": [
            {"meeting": "m0", "slot": "s1", "table": 1},
            {"meeting": "m1", "slot": "s0", "table": 1},
        ],
        "unscheduled": ["m2"],
        "stats": {},
    }
    check = check_schedule(instance, good)
    assert check.valid, check.errors
    assert (check.scheduled, check.priority_scheduled, check.idle_gaps) == (2, 3, 0)

    def errors(assignments: list[dict[str, Any]], unscheduled: list[str]) -> str:
        result = check_schedule(instance, {"assignments": assignments, "unscheduled": unscheduled})
        assert not result.valid
        return " | ".join(result.errors)

    assert "placed more than once" in errors(
        [{"meeting": "m0", "slot": "s0", "table": 1}, {"meeting": "m0", "slot": "s1", "table": 1}],
        ["m1", "m2"],
    )
    assert "'c' is not available" in errors(
        [{"meeting": "m2", "slot": "s1", "table": 1}], ["m0", "m1"]
    )
    assert "'a' is in 'm0' and 'm1'" in errors(
        [{"meeting": "m0", "slot": "s0", "table": 1}, {"meeting": "m1", "slot": "s0", "table": 2}],
        ["m2"],
    )
    assert "2 meetings for 1 tables" in errors(
        [{"meeting": "m1", "slot": "s0", "table": 1}, {"meeting": "m2", "slot": "s0", "table": 1}],
        ["m0"],
    )
    assert "table: 2 > 1 tables" in errors(
        [{"meeting": "m0", "slot": "s0", "table": 2}], ["m1", "m2"]
    )
    assert "table: must be an integer" in errors(
        [{"meeting": "m0", "slot": "s0", "table": None}], ["m1", "m2"]
    )
    assert "unknown meeting" in errors([{"meeting": "m9", "slot": "s0", "table": 1}], [])
    assert "neither placed nor listed" in errors([], ["m0", "m1"])


# ---------------------------------------------------------------- solvers


def best_priority(instance: Instance) -> int:
    """The optimum by enumeration (tiny instances only)."""
    best = 0
    options = [(-1, *f) for f in instance.feasible]
    for slot_of in itertools.product(*options):
        if not check_slots(instance, slot_of):
            best = max(best, priority_of(instance, slot_of))
    return best


def assert_valid(instance: Instance, solution: Solution) -> dict[str, Any]:
    assert check_slots(instance, solution.slot_of) == []
    document = to_document(instance, solution)
    check = check_schedule(instance, document)
    assert check.valid, check.errors
    assert document["stats"]["priority_scheduled"] == check.priority_scheduled
    assert document["stats"]["idle_gaps"] == check.idle_gaps
    assert set(document["stats"]) >= {"scheduled", "priority_scheduled", "idle_gaps", "seconds"}
    return document


def test_three_party_meetings_and_tables() -> None:
    instance = instance_of(
        3,
        2,
        [
            (["a", "b", "c"], 3),
            (["a", "d"], 1),
            (["b", "d"], 2),
            (["c", "d", "e"], 2),
            (["e", "f"], 1),
            (["a", "f"], 1),
        ],
        {"e": ["s0"]},
    )
    solution = solve(instance, seconds=1.0)
    assert_valid(instance, solution)
    # a and d both have three meetings for three slots, and b, c and d meet among them:
    # not all six fit. The best drops the cheapest of them.
    assert priority_of(instance, solution.slot_of) == best_priority(instance) == 9


def test_virtual_event_has_no_table_limit() -> None:
    pairs = [([f"a{k}", f"b{k}"], 1) for k in range(30)]
    instance = instance_of(1, None, pairs)
    solution = solve(instance, seconds=0.5)
    document = assert_valid(instance, solution)
    assert document["stats"]["scheduled"] == 30
    assert sorted(a["table"] for a in document["assignments"]) == list(range(1, 31))


def test_unschedulable_meetings_say_why() -> None:
    instance = instance_of(
        2,
        5,
        [(["a", "b"], 1), (["a", "c"], 1), (["a", "d"], 1), (["e", "f"], 1)],
        {"f": ["s0", "s1"]},
    )
    document = assert_valid(instance, solve(instance, seconds=0.5))
    reasons = document["stats"]["unscheduled_reasons"]
    assert reasons["m3"] == "no common free slot"
    assert any("over-booked participant 'a'" in reasons.get(m, "") for m in ("m0", "m1", "m2"))


def test_pinned_meetings_stay_where_the_rules_allow() -> None:
    instance = instance_of(4, 1, [(["a", "b"], 1), (["c", "d"], 1), (["a", "c"], 2)])
    pinned = {0: 3, 1: 3}  # both cannot stay in s3: one table
    solution = solve(instance, seconds=0.5, pinned=pinned)
    assert_valid(instance, solution)
    assert solution.slot_of[0] == 3  # listed first, kept
    assert solution.slot_of[1] not in (-1, 3)


def test_the_time_limit_is_kept_roughly() -> None:
    instance = parse_instance(generate_instance(participants=120, meetings=700, seed=5))
    started = time.perf_counter()
    solution = solve(instance, seconds=1.0)
    elapsed = time.perf_counter() - started
    assert_valid(instance, solution)
    assert elapsed < 5.0  # generous: the solver stops by its limit, not by luck


def test_solver_is_never_below_the_baselines_and_proves_its_bound() -> None:
    instance = parse_instance(
        generate_instance(participants=80, meetings=400, slots_per_day=12, days=2, seed=7)
    )
    ours = solve(instance, seconds=2.0)
    greedy = greedy_first_fit(instance)
    reference = plain_cpsat(instance, seconds=1.0, workers=1)
    for solution in (ours, greedy, reference):
        assert_valid(instance, solution)
    reached = priority_of(instance, ours.slot_of)
    assert reached >= priority_of(instance, greedy.slot_of)
    assert reached >= priority_of(instance, reference.slot_of)
    bound = lp_bound(instance, seconds=5.0).bound
    assert ours.bound is not None and reached <= ours.bound <= simple_bound(instance)
    assert reached <= bound
    assert idle_gaps(instance, ours.slot_of) <= idle_gaps(instance, greedy.slot_of)


def test_same_seed_same_construction() -> None:
    instance = parse_instance(
        generate_instance(participants=40, meetings=120, slots_per_day=10, seed=2)
    )
    first = solve(instance, seconds=0.5, seed=3)
    second = solve(instance, seconds=0.5, seed=3)
    assert priority_of(instance, first.slot_of) == priority_of(instance, second.slot_of)


# ---------------------------------------------------------------- property: any schedule passes


@st.composite
def small_instances(draw: st.DrawFn) -> Instance:
    n_slots = draw(st.integers(1, 6))
    n_people = draw(st.integers(2, 8))
    people = [f"p{k}" for k in range(n_people)]
    meetings = []
    for _ in range(draw(st.integers(0, 18))):
        size = draw(st.sampled_from([2, 2, 2, 3])) if n_people >= 3 else 2
        members = draw(st.permutations(people))[:size]
        meetings.append((list(members), draw(st.integers(1, 3))))
    unavailable = {
        p: [f"s{k}" for k in draw(st.sets(st.integers(0, n_slots - 1), max_size=n_slots))]
        for p in people
        if draw(st.booleans())
    }
    tables = draw(st.one_of(st.none(), st.integers(1, 3)))
    document = {
        "slots": [
            {"id": f"s{k}", "day": f"2021-03-{22 + k // 3}", "start": f"{9 + k % 3:02d}:00"}
            for k in range(n_slots)
        ],
        "tables": tables,
        "participants": [
            {"id": p, **({"unavailable": unavailable[p]} if p in unavailable else {})}
            for p in people
        ],
        "meetings": [
            {"id": f"m{k}", "participants": members, "priority": priority}
            for k, (members, priority) in enumerate(meetings)
        ],
    }
    return parse_instance(document)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_instances())
def test_any_schedule_produced_passes_the_checker(instance: Instance) -> None:
    ours = solve(instance, seconds=0.2)
    greedy = greedy_first_fit(instance)
    assert_valid(instance, ours)
    assert_valid(instance, greedy)
    assert priority_of(instance, ours.slot_of) >= priority_of(instance, greedy.slot_of)
    assert ours.bound is None or priority_of(instance, ours.slot_of) <= ours.bound
    if len(instance.meetings) <= 6 and len(instance.slots) <= 3:
        assert priority_of(instance, ours.slot_of) == best_priority(instance)


def test_without_time_for_the_lp_the_simple_bound_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from intercluster.scheduling import solver as solver_module

    monkeypatch.setattr(solver_module, "SECONDS_PER_PAIR", 1.0)
    instance = parse_instance(
        generate_instance(participants=30, meetings=90, slots_per_day=8, seed=6)
    )
    solution = solve(instance, seconds=0.5)
    assert_valid(instance, solution)
    assert solution.bound == max(simple_bound(instance), priority_of(instance, solution.slot_of))
