"""The audit trail read back: a record's history, recent changes, and undoing a changeset.

Undo applies the inverse of every entry of a changeset (re-inserts what it
deleted, puts back what it changed, removes what it inserted) after checking
that none of those rows changed since: otherwise it refuses with a conflict
naming the row, and nothing is written. The undo is itself a changeset, so it
can be undone too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, and_, delete, insert, or_, select, tuple_, update

from intercluster.db.audit import from_json, to_json, write_entries
from intercluster.db.audit_models import AuditEntry, Changeset
from intercluster.db.models import Base
from intercluster.db.uow import UnitOfWork
from intercluster.errors import Conflict, InvalidInput, NotFound

# Columns an undo does not compare or restore: bookkeeping that moves on by itself.
_MOVING = frozenset({"version", "updated_at", "last_used_at", "last_login_at"})


@dataclass
class ChangeView:
    table: str
    action: str
    row_key: str
    changed: list[tuple[str, Any, Any]]  # (column, before, after)


@dataclass
class ChangesetView:
    id: int
    at: datetime
    actor: str
    summary: str | None
    undone_by_id: int | None
    undoes_id: int | None
    changes: list[ChangeView] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "summary": self.summary,
            "undone_by": self.undone_by_id,
            "undoes": self.undoes_id,
            "changes": [
                {
                    "table": c.table,
                    "action": c.action,
                    "row": json.loads(c.row_key),
                    "changed": [{"field": f, "before": b, "after": a} for f, b, a in c.changed],
                }
                for c in self.changes
            ],
        }


def _changed(entry: AuditEntry) -> list[tuple[str, Any, Any]]:
    before, after = entry.before or {}, entry.after or {}
    names = list(dict.fromkeys([*before, *after]))
    return [
        (name, before.get(name), after.get(name))
        for name in names
        if before.get(name) != after.get(name) and name not in _MOVING
    ]


def _view(changeset: Changeset, entries: list[AuditEntry]) -> ChangesetView:
    return ChangesetView(
        id=changeset.id,
        at=changeset.at,
        actor=changeset.actor,
        summary=changeset.summary,
        undone_by_id=changeset.undone_by_id,
        undoes_id=changeset.undoes_id,
        changes=[ChangeView(e.table_name, e.action, e.row_key, _changed(e)) for e in entries],
    )


def history_of_entity(uow: UnitOfWork, entity_id: int, *, limit: int = 50) -> list[ChangesetView]:
    """Changesets that touched the entity or rows about it (relations, aliases...), newest first."""
    entries = list(
        uow.session.scalars(
            select(AuditEntry)
            .where(or_(AuditEntry.entity_id == entity_id, AuditEntry.other_entity_id == entity_id))
            .order_by(AuditEntry.changeset_id.desc(), AuditEntry.id)
        )
    )
    by_changeset: dict[int, list[AuditEntry]] = {}
    for entry in entries:
        by_changeset.setdefault(entry.changeset_id, []).append(entry)
    ids = list(by_changeset)[:limit]
    changesets = {
        c.id: c for c in uow.session.scalars(select(Changeset).where(Changeset.id.in_(ids)))
    }
    return [_view(changesets[i], by_changeset[i]) for i in ids if i in changesets]


def history_of_records(
    uow: UnitOfWork, records: Iterable[tuple[str, int]], *, limit: int = 50
) -> list[ChangesetView]:
    """Changesets that touched these rows (table name, id), newest first, with all their entries.

    For records that are not entities (a prospect with its stage changes and
    activities, a request, a source); entries are found by their row key.
    """
    wanted = [(table, json.dumps({"id": row_id})) for table, row_id in records]
    if not wanted:
        return []
    changeset_ids = list(
        uow.session.scalars(
            select(AuditEntry.changeset_id)
            .where(tuple_(AuditEntry.table_name, AuditEntry.row_key).in_(wanted))
            .group_by(AuditEntry.changeset_id)
            .order_by(AuditEntry.changeset_id.desc())
            .limit(limit)
        )
    )
    changesets = {
        c.id: c
        for c in uow.session.scalars(select(Changeset).where(Changeset.id.in_(changeset_ids)))
    }
    entries: dict[int, list[AuditEntry]] = {i: [] for i in changeset_ids}
    for entry in uow.session.scalars(
        select(AuditEntry).where(AuditEntry.changeset_id.in_(changeset_ids)).order_by(AuditEntry.id)
    ):
        entries[entry.changeset_id].append(entry)
    return [_view(changesets[i], entries[i]) for i in changeset_ids if i in changesets]


def recent_changesets(
    uow: UnitOfWork, *, limit: int = 50, before_id: int | None = None, actor: str | None = None
) -> list[ChangesetView]:
    """The latest changesets with their entries (keyset: pass the last id seen as before_id)."""
    query = select(Changeset).order_by(Changeset.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(Changeset.id < before_id)
    if actor:
        query = query.where(Changeset.actor.contains(actor))
    changesets = list(uow.session.scalars(query))
    entries: dict[int, list[AuditEntry]] = {c.id: [] for c in changesets}
    if changesets:
        for entry in uow.session.scalars(
            select(AuditEntry)
            .where(AuditEntry.changeset_id.in_(list(entries)))
            .order_by(AuditEntry.id)
        ):
            entries[entry.changeset_id].append(entry)
    return [_view(c, entries[c.id]) for c in changesets]


def get_changeset(uow: UnitOfWork, changeset_id: int) -> ChangesetView:
    changeset = uow.session.get(Changeset, changeset_id)
    if changeset is None:
        raise NotFound(f"changeset: no changeset {changeset_id}", field="changeset")
    return _view(changeset, list(changeset.entries))


def _tables() -> dict[str, tuple[int, Table]]:
    return {t.name: (i, t) for i, t in enumerate(Base.metadata.sorted_tables)}


def _where_key(table: Table, key: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == from_json(table.c[name], value) for name, value in key.items()))


def _typed(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    return {k: from_json(table.c[k], v) for k, v in values.items() if k in table.c}


def _same(table: Table, current: dict[str, Any], expected: dict[str, Any]) -> bool:
    return all(
        to_json(current.get(name)) == value
        for name, value in expected.items()
        if name in table.c and name not in _MOVING and value != "[redacted]"
    )


def undo_changeset(uow: UnitOfWork, changeset_id: int) -> int:
    """Undo a changeset; the id of the new changeset that records the undo."""
    changeset = uow.session.get(Changeset, changeset_id)
    if changeset is None:
        raise NotFound(f"changeset: no changeset {changeset_id}", field="changeset")
    if changeset.undone_by_id is not None:
        raise Conflict(
            f"changeset: {changeset_id} was undone already (by {changeset.undone_by_id})",
            field="changeset",
        )
    entries = list(changeset.entries)
    if not entries:
        what = f" ({changeset.summary})" if changeset.summary else ""
        raise InvalidInput(
            f"changeset: {changeset_id} recorded no rows{what}, so undo cannot reverse it; "
            "a large import is undone by restoring the backup taken before it",
            field="changeset",
        )
    tables = _tables()
    unknown = sorted({e.table_name for e in entries} - set(tables))
    if unknown:
        raise InvalidInput(f"changeset: tables no longer exist: {', '.join(unknown)}")
    if any("[redacted]" in (e.before or {}).values() for e in entries if e.action == "delete"):
        raise InvalidInput("changeset: it deleted secrets (an account); undo cannot restore them")
    connection = uow.session.connection()
    inverse: list[dict[str, Any]] = []

    def current(table: Table, key: dict[str, Any]) -> dict[str, Any] | None:
        row = connection.execute(select(table).where(_where_key(table, key))).mappings().first()
        return dict(row) if row is not None else None

    def stale(entry: AuditEntry) -> Conflict:
        return Conflict(
            f"changeset: {entry.table_name} {entry.row_key} changed since changeset "
            f"{changeset_id}; undo the later changes first",
            field="changeset",
        )

    # Parents before children when putting rows back; children before parents when removing.
    restores = sorted(
        (e for e in entries if e.action == "delete"), key=lambda e: tables[e.table_name][0]
    )
    reverts = [e for e in entries if e.action == "update"]
    removals = sorted(
        (e for e in entries if e.action == "insert"), key=lambda e: -tables[e.table_name][0]
    )
    for entry in restores:
        _, table = tables[entry.table_name]
        key = json.loads(entry.row_key)
        if current(table, key) is not None:
            raise stale(entry)
        values = _typed(table, entry.before or {})
        connection.execute(insert(table).values(**values))
        inverse.append(_inverse(entry, "insert", None, entry.before))
    for entry in reverts:
        _, table = tables[entry.table_name]
        key = json.loads(entry.row_key)
        now = current(table, key)
        if now is None or not _same(table, now, entry.after or {}):
            raise stale(entry)
        restored = {
            k: v
            for k, v in _typed(table, entry.before or {}).items()
            if k not in _MOVING and (entry.before or {}).get(k) != "[redacted]"
        }
        if "version" in table.c and now.get("version") is not None:
            restored["version"] = now["version"] + 1  # versions only move forward
        connection.execute(update(table).where(_where_key(table, key)).values(**restored))
        after = {k: to_json(v) for k, v in {**now, **restored}.items()}
        inverse.append(_inverse(entry, "update", {k: to_json(v) for k, v in now.items()}, after))
    for entry in removals:
        _, table = tables[entry.table_name]
        key = json.loads(entry.row_key)
        now = current(table, key)
        if now is None or not _same(table, now, entry.after or {}):
            raise stale(entry)
        connection.execute(delete(table).where(_where_key(table, key)))
        inverse.append(_inverse(entry, "delete", {k: to_json(v) for k, v in now.items()}, None))
    uow.describe(
        f"undo of changeset {changeset_id}"
        + (f": {changeset.summary}" if changeset.summary else "")
    )
    undo_id = write_entries(uow.session, inverse)
    uow.session.execute(
        update(Changeset).where(Changeset.id == undo_id).values(undoes_id=changeset_id)
    )
    uow.session.execute(
        update(Changeset).where(Changeset.id == changeset_id).values(undone_by_id=undo_id)
    )
    uow.session.expire_all()
    return undo_id


def _inverse(
    entry: AuditEntry, action: str, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> dict[str, Any]:
    return {
        "table_name": entry.table_name,
        "row_key": entry.row_key,
        "action": action,
        "before": before,
        "after": after,
        "entity_id": entry.entity_id,
        "other_entity_id": entry.other_entity_id,
    }
