"""The audit trail, recorded by the session itself: who changed which row, when, from what to what.

Services change rows through the ORM inside one unit of work; the listeners
below turn each committed unit of work into one changeset, with an entry per
row inserted, updated or deleted (rows the database deletes or nulls by
cascade included, read just before the flush). Who acts comes from a context
variable that the web app sets per request and the CLI per command, so no
service has to pass it along.

Bulk paths that bypass the ORM write their own entries: an import records
its rows (`services.bulk`) up to a size, then only its summary; a restore
brings back the audit trail of the backup, and adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, Table, and_, event, insert, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from intercluster.db.audit_models import AuditEntry, Changeset
from intercluster.db.models import Base, utcnow


@dataclass(frozen=True)
class Actor:
    """Who makes a change: a user (web, API) or a label for the CLI and the system."""

    label: str
    user_id: int | None = None


SYSTEM = Actor("system")
current_actor: ContextVar[Actor] = ContextVar("intercluster_actor", default=SYSTEM)

NOT_AUDITED = frozenset({"audit_changesets", "audit_entries", "login_sessions"})
REDACTED = frozenset({"password_hash", "token_hash"})
# An update that only touches these is bookkeeping, not a change worth a history line.
BOOKKEEPING = frozenset({"last_used_at", "last_login_at"})

_CHANGESET = "audit_changeset_id"
_RECORDED = "audit_recorded_rows"
SUMMARY = "audit_summary"


@contextmanager
def acting_as(actor: Actor) -> Iterator[None]:
    token = current_actor.set(actor)
    try:
        yield
    finally:
        current_actor.reset(token)


def to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


def from_json(column: Column[Any], value: Any) -> Any:
    """A value as stored in an entry, back in the column's Python type."""
    if value is None:
        return None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        return value
    if python_type is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if python_type is date and isinstance(value, str):
        return date.fromisoformat(value)
    if python_type is Decimal and isinstance(value, str):
        return Decimal(value)
    return value


def row_key(table: Table, values: dict[str, Any]) -> str:
    return json.dumps({c.name: to_json(values[c.name]) for c in table.primary_key.columns})


def entity_refs(table: Table, values: dict[str, Any]) -> tuple[int | None, int | None]:
    """The entities a row is about: the row itself for an entity, else its entity columns."""
    if table.name == "entities":
        return values.get("id"), None
    refs = [
        values.get(column.name)
        for column in table.columns
        if any(fk.column.table.name == "entities" for fk in column.foreign_keys)
    ]
    found = [ref for ref in refs if ref is not None]
    return (found[0] if found else None), (found[1] if len(found) > 1 else None)


def _snapshot(values: dict[str, Any]) -> dict[str, Any]:
    return {k: ("[redacted]" if k in REDACTED else to_json(v)) for k, v in values.items()}


def entry(
    table: Table, action: str, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> dict[str, Any]:
    """One row's change, as `write_entries` takes it."""
    full = after if after is not None else before
    assert full is not None
    first, second = entity_refs(table, full)
    return {
        "table_name": table.name,
        "row_key": row_key(table, full),
        "action": action,
        "before": _snapshot(before) if before is not None else None,
        "after": _snapshot(after) if after is not None else None,
        "entity_id": first,
        "other_entity_id": second,
    }


def _columns_of(obj: Any) -> tuple[Table, dict[str, Any]]:
    mapper = inspect(obj).mapper
    table = mapper.local_table
    values = {prop.columns[0].name: getattr(obj, prop.key) for prop in mapper.column_attrs}
    return table, values


def _referrers(table: Table) -> list[tuple[Table, Column[Any], Column[Any], str]]:
    """(child table, its FK column, the referenced column, ON DELETE action) for cascades."""
    found = []
    for child in Base.metadata.sorted_tables:
        if child.name in NOT_AUDITED:
            continue
        for fk in child.foreign_keys:
            ondelete = (fk.ondelete or "").upper()
            if fk.column.table is table and ondelete in ("CASCADE", "SET NULL"):
                found.append((child, fk.parent, fk.column, ondelete))
    return found


def _cascade_entries(
    session: Session, table: Table, values: dict[str, Any], skip: set[str], depth: int = 0
) -> list[dict[str, Any]]:
    """Rows the database will delete or null because this row goes (read before it goes)."""
    entries: list[dict[str, Any]] = []
    if depth > 4:
        return entries
    connection = session.connection()
    for child, fk_column, referenced, ondelete in _referrers(table):
        value = values.get(referenced.name)
        if value is None:
            continue
        for row in connection.execute(select(child).where(fk_column == value)).mappings():
            row_values = dict(row)
            key = f"{child.name}:{row_key(child, row_values)}"
            if key in skip:
                continue
            skip.add(key)
            if ondelete == "CASCADE":
                entries.extend(_cascade_entries(session, child, row_values, skip, depth + 1))
                entries.append(entry(child, "delete", row_values, None))
            else:
                after = {**row_values, fk_column.name: None}
                entries.append(entry(child, "update", row_values, after))
    return entries


def _pending(session: Session) -> list[dict[str, Any]]:
    pending: list[dict[str, Any]] = session.info.setdefault("audit_pending", [])
    return pending


def _recorded(session: Session) -> set[str]:
    recorded: set[str] = session.info.setdefault(_RECORDED, set())
    return recorded


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    recorded = _recorded(session)
    deleted_keys = set()
    for obj in session.deleted:
        table, values = _columns_of(obj)
        deleted_keys.add(f"{table.name}:{row_key(table, values)}")
    skip = recorded | deleted_keys
    for obj in list(session.deleted):
        table, values = _columns_of(obj)
        if table.name in NOT_AUDITED:
            continue
        # Read now: after the flush the row is gone and unloaded attributes with it.
        _pending(session).extend(_cascade_entries(session, table, values, skip))
        _pending(session).append(entry(table, "delete", values, None))
    recorded.update(skip)


def _updates(session: Session) -> list[dict[str, Any]]:
    """Entries for changed rows; after the flush, so a new version number is known too."""
    entries = []
    for obj in session.dirty:
        if not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        table = state.mapper.local_table
        if table.name in NOT_AUDITED:
            continue
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        changed: set[str] = set()
        for prop in state.mapper.column_attrs:
            name = prop.columns[0].name
            history = state.attrs[prop.key].history
            after[name] = getattr(obj, prop.key)
            if history.has_changes():
                changed.add(name)
                before[name] = history.deleted[0] if history.deleted else None
            else:
                before[name] = after[name]
        if changed - BOOKKEEPING - {"version"}:
            entries.append(entry(table, "update", before, after))
    return entries


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    recorded = _recorded(session)
    pending = _pending(session)
    for obj in session.new:
        table, values = _columns_of(obj)
        if table.name not in NOT_AUDITED:
            pending.append(entry(table, "insert", None, values))
    for obj in session.deleted:
        table, values = _columns_of(obj)
        key = f"{table.name}:{row_key(table, values)}"
        if table.name not in NOT_AUDITED and key not in recorded:
            recorded.add(key)
            pending.append(entry(table, "delete", values, None))
    pending.extend(_updates(session))
    if pending:
        write_entries(session, pending)
        pending.clear()


def write_entries(session: Session, entries: list[dict[str, Any]]) -> int:
    """Add entries to this transaction's changeset, opening it if needed; its id."""
    connection = session.connection()
    changeset_id: int | None = session.info.get(_CHANGESET)
    if changeset_id is None:
        actor = current_actor.get()
        result = connection.execute(
            insert(Changeset).values(
                at=utcnow(),
                actor=actor.label,
                actor_id=actor.user_id,
                summary=session.info.get(SUMMARY),
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        changeset_id = int(key[0])
        session.info[_CHANGESET] = changeset_id
    elif session.info.get(SUMMARY):
        connection.execute(
            update(Changeset)
            .where(and_(Changeset.id == changeset_id))
            .values(summary=session.info[SUMMARY])
        )
    if entries:
        connection.execute(
            insert(AuditEntry), [{**e, "changeset_id": changeset_id} for e in entries]
        )
    return changeset_id


def _forget(session: Session, *_args: object) -> None:
    for key in (_CHANGESET, _RECORDED, SUMMARY, "audit_pending"):
        session.info.pop(key, None)


def install(sessions: sessionmaker[Session]) -> None:
    """Record every unit of work made with these sessions."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "after_flush", _after_flush)
    event.listen(sessions, "after_commit", _forget)
    event.listen(sessions, "after_rollback", _forget)
