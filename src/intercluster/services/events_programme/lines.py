"""One item per line: how the CLI options and the web forms write lists of a plan or debrief.

Fields of a line are separated by `;`, optional ones at the end:

| list | a line |
|---|---|
| delegates | `COMPANY; goals` |
| targets | `ORGANISATION; priority 1-3; reason; for COMPANY` |
| staff | `NAME; role` |
| costs | `budget or actual; CATEGORY; AMOUNT; CURRENCY; note` |
| agenda | `YYYY-MM-DD; HH:MM-HH:MM; TITLE; place` |
| co_exhibitors | `ORGANISATION` |
| met | `ORGANISATION; outcome` |
| leads | `ORGANISATION; interest; owner` |
| partnerships | `ORGANISATION; kind; since` |
| follow_ups | `ACTION; OWNER; YYYY-MM-DD due; ORGANISATION` |

A bad line is refused with its list and line number ("targets: line 2:
priority 'urgent' is not 1, 2 or 3"), so a form can show it beside its box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from intercluster.errors import InvalidInput

LineParser = Callable[[list[str]], dict[str, Any]]


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.split(";")]


def _need(cells: list[str], count: int, shape: str) -> None:
    if len(cells) < count or not all(cells[:count]):
        raise ValueError(f"expected {shape}")


def delegate(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "COMPANY; goals")
    return {"company": cells[0], "goals": "; ".join(c for c in cells[1:] if c) or None}


def target(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "ORGANISATION; priority 1-3; reason; for COMPANY")
    item: dict[str, Any] = {"organisation": cells[0]}
    if len(cells) > 1 and cells[1]:
        if cells[1] not in ("1", "2", "3"):
            raise ValueError(f"priority {cells[1]!r} is not 1 (high), 2 or 3 (low)")
        item["priority"] = int(cells[1])
    if len(cells) > 2 and cells[2]:
        item["reason"] = cells[2]
    if len(cells) > 3 and cells[3]:
        item["for_company"] = cells[3].removeprefix("for ").strip()
    if len(cells) > 4:
        raise ValueError("too many fields: ORGANISATION; priority 1-3; reason; for COMPANY")
    return item


def staff(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "NAME; role")
    return {"name": cells[0], "role": "; ".join(c for c in cells[1:] if c) or None}


def cost(cells: list[str]) -> dict[str, Any]:
    _need(cells, 4, "budget or actual; CATEGORY; AMOUNT; CURRENCY; note")
    kind = cells[0].lower()
    if kind not in ("budget", "actual"):
        raise ValueError(f"{cells[0]!r} is neither budget nor actual")
    return {
        "kind": kind,
        "category": cells[1],
        "amount": cells[2],
        "currency": cells[3],
        "note": "; ".join(c for c in cells[4:] if c) or None,
    }


def agenda(cells: list[str]) -> dict[str, Any]:
    _need(cells, 3, "YYYY-MM-DD; HH:MM-HH:MM; TITLE; place")
    start = end = None
    if cells[1]:
        times = [t.strip() for t in cells[1].replace("–", "-").split("-")]
        if len(times) > 2:
            raise ValueError(f"{cells[1]!r} is not a time or a span HH:MM-HH:MM")
        start = times[0] or None
        end = times[1] if len(times) > 1 and times[1] else None
    return {
        "day": cells[0],
        "start": start,
        "end": end,
        "title": cells[2],
        "place": "; ".join(c for c in cells[3:] if c) or None,
    }


def organisation(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "ORGANISATION")
    if len([c for c in cells if c]) > 1:
        raise ValueError("one organisation per line")
    return {"organisation": cells[0]}


def met(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "ORGANISATION; outcome")
    return {"organisation": cells[0], "outcome": "; ".join(c for c in cells[1:] if c) or None}


def lead(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "ORGANISATION; interest; owner")
    if len(cells) > 3:
        raise ValueError("too many fields: ORGANISATION; interest; owner")
    return {
        "organisation": cells[0],
        "interest": cells[1] if len(cells) > 1 and cells[1] else None,
        "owner": cells[2] if len(cells) > 2 and cells[2] else None,
    }


def partnership(cells: list[str]) -> dict[str, Any]:
    _need(cells, 1, "ORGANISATION; kind; since")
    if len(cells) > 3:
        raise ValueError("too many fields: ORGANISATION; kind; since")
    return {
        "organisation": cells[0],
        "kind": cells[1] if len(cells) > 1 and cells[1] else None,
        "since": cells[2] if len(cells) > 2 and cells[2] else None,
    }


def follow_up(cells: list[str]) -> dict[str, Any]:
    _need(cells, 3, "ACTION; OWNER; YYYY-MM-DD; ORGANISATION")
    if len(cells) > 4:
        raise ValueError("too many fields: ACTION; OWNER; YYYY-MM-DD; ORGANISATION")
    return {
        "action": cells[0],
        "owner": cells[1],
        "due": cells[2],
        "organisation": cells[3] if len(cells) > 3 and cells[3] else None,
    }


PARSERS: dict[str, LineParser] = {
    "delegates": delegate,
    "targets": target,
    "staff": staff,
    "costs": cost,
    "agenda": agenda,
    "co_exhibitors": organisation,
    "met": met,
    "leads": lead,
    "partnerships": partnership,
    "follow_ups": follow_up,
}


def parse_items(name: str, lines: list[str]) -> list[Any]:
    """The items of one list, from its lines; blank lines are skipped."""
    parser = PARSERS[name]
    items: list[Any] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = parser(_cells(line))
        except ValueError as exc:
            raise InvalidInput(f"{name}: line {number}: {exc}", field=name) from exc
        items.append(item["organisation"] if name == "co_exhibitors" else item)
    return items


def parse_text(name: str, text: str) -> list[Any]:
    return parse_items(name, text.splitlines())


def format_items(name: str, items: list[Any]) -> str:
    """The inverse of parse_text, for filling a form's box with the current list."""
    rows: list[list[Any]] = []
    for item in items:
        if name == "co_exhibitors":
            rows.append([item])
        elif name == "delegates":
            rows.append([item["company"], item.get("goals")])
        elif name == "targets":
            rows.append(
                [item["organisation"], item.get("priority"), item.get("reason"),
                 f"for {item['for_company']}" if item.get("for_company") else None]
            )  # fmt: skip
        elif name == "staff":
            rows.append([item["name"], item.get("role")])
        elif name == "costs":
            rows.append(
                [item["kind"], item["category"], item["amount"], item["currency"], item.get("note")]
            )
        elif name == "agenda":
            times = "-".join(t for t in (item.get("start"), item.get("end")) if t)
            rows.append([item["day"], times, item["title"], item.get("place")])
        else:
            raise KeyError(name)
    lines = []
    for row in rows:
        cells = ["" if cell is None else str(cell) for cell in row]
        while len(cells) > 1 and not cells[-1]:
            cells.pop()
        lines.append("; ".join(cells))
    return "\n".join(lines)
