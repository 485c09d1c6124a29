"""Random partnering instances that look like a brokerage event, from a fixed seed.

Popularity is heavy-tailed (a few pharmaceutical companies are asked by
hundreds), some participants attend only part of the event, a share of the
meetings has three parties, and the tables are fewer than the meetings
wanted per slot so that the table capacity binds.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import accumulate
from typing import Any


def generate_instance(
    *,
    participants: int = 300,
    meetings: int = 2200,
    days: int = 1,
    slots_per_day: int = 32,
    tables: int | None = -1,
    seed: int = 1,
    three_party: float = 0.05,
    partial: float = 0.4,
    popularity: float = 0.75,
) -> dict[str, Any]:
    """An instance document (SCHEDULING.md format).

    `tables=-1` picks a binding number (about 85% of the meetings wanted per
    slot); `None` makes a virtual event. `popularity` is the Zipf exponent of
    how often a participant is asked for a meeting.
    """
    rng = random.Random(seed)
    first = date(2021, 3, 22)
    minutes = 15 if slots_per_day > 24 else 30
    slots: list[dict[str, Any]] = []
    for d in range(days):
        day = (first + timedelta(days=d)).isoformat()
        for k in range(slots_per_day):
            start = 9 * 60 + k * minutes
            slots.append(
                {
                    "id": f"d{d + 1}-{start // 60:02d}{start % 60:02d}",
                    "day": day,
                    "start": f"{start // 60:02d}:{start % 60:02d}",
                    "minutes": minutes,
                }
            )
    n_slots = len(slots)
    people: list[dict[str, Any]] = []
    for p in range(participants):
        item: dict[str, Any] = {"id": f"p{p + 1}", "name": f"Participant {p + 1}"}
        if rng.random() < partial:
            kind = rng.random()
            unavailable: set[int] = set()
            if kind < 0.45:
                # Arrives late or leaves early.
                cut = rng.randrange(n_slots // 4, 3 * n_slots // 4)
                unavailable.update(range(cut) if rng.random() < 0.5 else range(cut, n_slots))
            elif kind < 0.7 and days > 1:
                # Attends only some of the days.
                away = rng.sample(range(days), k=rng.randrange(1, days))
                for d in away:
                    unavailable.update(range(d * slots_per_day, (d + 1) * slots_per_day))
            else:
                # A few slots taken by talks, lunches or stand duty.
                for _ in range(rng.randint(1, 3)):
                    length = rng.randint(1, 3)
                    start = rng.randrange(0, n_slots - length + 1)
                    unavailable.update(range(start, start + length))
            item["unavailable"] = [slots[s]["id"] for s in sorted(unavailable)]
        people.append(item)

    order = list(range(participants))
    rng.shuffle(order)
    weight = [0.0] * participants
    for rank, p in enumerate(order):
        weight[p] = 1.0 / (rank + 1) ** popularity
    cumulative = list(accumulate(weight))

    def popular(exclude: set[int]) -> int:
        while True:
            p = rng.choices(range(participants), cum_weights=cumulative)[0]
            if p not in exclude:
                return p

    requests: list[dict[str, Any]] = []
    seen: set[frozenset[int]] = set()
    attempts = 0
    while len(requests) < meetings and attempts < meetings * 20:
        attempts += 1
        asker = rng.randrange(participants)
        members = [asker, popular({asker})]
        if rng.random() < three_party:
            members.append(popular(set(members)))
        key = frozenset(members)
        if key in seen:
            continue
        seen.add(key)
        roll = rng.random()
        priority = 1 if roll < 0.55 else 2 if roll < 0.85 else 3
        requests.append(
            {
                "id": f"m{len(requests) + 1}",
                "participants": [f"p{p + 1}" for p in members],
                "priority": priority,
            }
        )
    if tables == -1:
        tables = max(1, round(0.85 * len(requests) / n_slots))
    return {
        "event": f"Generated brokerage event (seed {seed})",
        "slots": slots,
        "tables": tables,
        "participants": people,
        "meetings": requests,
    }
