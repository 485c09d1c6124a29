"""Backup and restore of the whole database as one portable, consistent file.

A backup is a gzip'd JSON-lines file:

    {"format": "intercluster-backup", "version": 1, "revision": "0004", "dialect": ..., ...}
    {"table": "entities", "columns": ["id", "key", ...]}
    [1, "genopole", ...]                      one line per row, in primary-key order
    ...
    {"end": true, "counts": {"entities": 78, ...}, "sha256": "..."}

Every table of `Base.metadata` is written, parents before children (foreign-key
order), so the file follows the models as other areas add tables. The rows are
read in one read transaction (REPEATABLE READ on PostgreSQL, one `BEGIN` on
SQLite in WAL mode), so the file is a snapshot even while others write; they
stream from the database to the file, never all in memory.

The trailer carries the row count of every table and the SHA-256 of every
line before it, so a truncated or edited file is refused. A restore needs a
database at the same Alembic revision as the file and with no rows; it runs in
one transaction, so it either loads everything or leaves the target as it was.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    LargeBinary,
    Table,
    Time,
    bindparam,
    func,
    inspect,
    select,
    text,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.types import Date, DateTime, Numeric

from intercluster import __version__
from intercluster.db.migrate import is_initialised, upgrade
from intercluster.db.models import Base
from intercluster.errors import Conflict, InvalidInput

FORMAT = "intercluster-backup"
VERSION = 1
BATCH = 1000


@dataclass
class BackupReport:
    path: Path
    revision: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def summary(self, verb: str = "written to") -> str:
        filled = sum(1 for n in self.counts.values() if n)
        return f"{self.rows} rows of {filled} tables (revision {self.revision}) {verb} {self.path}"


def tables(connection: Connection) -> list[Table]:
    """Every table of the application present in the database, parents before children.

    A model whose migration is newer than the database's revision is left out; the
    revision recorded in the file makes a restore meet the same set of tables.
    """
    present = set(inspect(connection).get_table_names())
    return [t for t in Base.metadata.sorted_tables if t.name in present]


def current_revision(connection: Connection) -> str:
    if not inspect(connection).has_table("alembic_version"):
        raise InvalidInput("the database is not initialised: run `intercluster init` first")
    revisions = [
        row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))
    ]
    if len(revisions) != 1:
        raise InvalidInput(f"the database has {len(revisions)} Alembic revisions, expected one")
    return str(revisions[0])


# ---------------------------------------------------------------- values


def _encoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How a column's values become JSON; None when they already are JSON values."""
    kind = column.type
    if isinstance(kind, DateTime | Date | Time):
        return lambda value: None if value is None else value.isoformat()
    if isinstance(kind, Numeric) and getattr(kind, "asdecimal", False):
        return lambda value: None if value is None else str(value)
    if isinstance(kind, LargeBinary):
        return lambda value: None if value is None else base64.b64encode(value).decode("ascii")
    return None


def _plain(value: Any) -> Any:
    """A value of a type the columns above do not announce (json.dumps' `default`)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"cannot write a {type(value).__name__} value to a backup")


def _decoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How a column's JSON values become Python values; None when they already are."""
    kind = column.type
    parse: Callable[[Any], Any] | None = None
    if isinstance(kind, DateTime):
        timezone = getattr(kind, "timezone", False)

        def parse(value: Any) -> Any:
            parsed = datetime.fromisoformat(value)
            if not timezone and parsed.tzinfo is not None:
                parsed = parsed.astimezone(UTC).replace(tzinfo=None)
            return parsed

    elif isinstance(kind, Date):
        parse = date.fromisoformat
    elif isinstance(kind, Time):
        parse = time.fromisoformat
    elif isinstance(kind, Numeric) and getattr(kind, "asdecimal", False):
        parse = Decimal
    elif isinstance(kind, LargeBinary):
        parse = base64.b64decode
    if parse is None:
        return None
    convert = parse
    return lambda value: None if value is None else convert(value)


# ---------------------------------------------------------------- backup


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """One connection inside one read transaction: every read sees the same state."""
    if engine.dialect.name == "sqlite":
        # pysqlite only opens a transaction before a write; in autocommit mode we open
        # one ourselves, so every SELECT below reads the same WAL snapshot.
        with engine.connect() as raw:
            connection = raw.execution_options(isolation_level="AUTOCOMMIT")
            connection.exec_driver_sql("BEGIN")
            try:
                yield connection
            finally:
                connection.exec_driver_sql("ROLLBACK")
    else:
        with engine.connect() as raw:
            connection = raw.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
            with connection.begin():
                yield connection


class _HashingWriter:
    """Writes JSON lines to a gzip stream in chunks and hashes them as written."""

    CHUNK = 1 << 18

    def __init__(self, stream: gzip.GzipFile) -> None:
        self.stream = stream
        self.digest = hashlib.sha256()
        self.pending: list[bytes] = []
        self.size = 0
        self.encode = json.JSONEncoder(
            ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_plain
        ).encode

    def line(self, value: Any) -> None:
        data = (self.encode(value) + "\n").encode("utf-8")
        self.pending.append(data)
        self.size += len(data)
        if self.size >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        chunk = b"".join(self.pending)
        self.digest.update(chunk)
        self.stream.write(chunk)
        self.pending.clear()
        self.size = 0

    def hexdigest(self) -> str:
        self.flush()
        return self.digest.hexdigest()


def backup(engine: Engine, path: Path) -> BackupReport:
    """Write a consistent snapshot of every table to `path` (gzip'd JSON lines).

    The file appears only when complete: it is written next to `path` and renamed.
    """
    partial = path.with_name(path.name + ".partial")
    try:
        with gzip.open(partial, "wb", compresslevel=6) as stream:
            report = _write(engine, _HashingWriter(stream), path)
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return report


def _write(engine: Engine, out: _HashingWriter, path: Path) -> BackupReport:
    with _snapshot(engine) as connection:
        revision = current_revision(connection)
        report = BackupReport(path=path, revision=revision)
        out.line(
            {
                "format": FORMAT,
                "version": VERSION,
                "revision": revision,
                "dialect": engine.dialect.name,
                "created": datetime.now(UTC).isoformat(timespec="seconds"),
                "application": __version__,
                "tables": [t.name for t in tables(connection)],
            }
        )
        for table in tables(connection):
            columns = list(table.columns)
            encoders = [(i, e) for i, c in enumerate(columns) if (e := _encoder(c)) is not None]
            out.line({"table": table.name, "columns": [c.name for c in columns]})
            order = list(table.primary_key.columns) or columns
            query = select(*columns).order_by(*order)
            result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
                query
            )
            count = 0
            for row in result:
                values = list(row)
                for index, encode in encoders:
                    values[index] = encode(values[index])
                out.line(values)
                count += 1
            report.counts[table.name] = count
        trailer = {"end": True, "counts": report.counts, "sha256": out.hexdigest()}
        out.line(trailer)
        out.flush()
        return report


# ---------------------------------------------------------------- reading a file


class _Reader:
    """Reads the lines of a backup, checking each one and the running SHA-256."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.digest = hashlib.sha256()
        self.number = 0

    def error(self, message: str) -> InvalidInput:
        where = f"{self.path}: line {self.number}: " if self.number else f"{self.path}: "
        return InvalidInput(f"{where}{message}", field="file")

    def lines(self) -> Iterator[Any]:
        try:
            with gzip.open(self.path, "rb") as stream:
                for data in stream:
                    self.number += 1
                    if not data.endswith(b"\n"):
                        raise self.error("the file is truncated (the last line is cut)")
                    try:
                        value = json.loads(data)
                    except ValueError as exc:
                        raise self.error(f"not a JSON line ({exc})") from exc
                    yield value, data
        except FileNotFoundError as exc:
            raise InvalidInput(f"{self.path}: no such file", field="file") from exc
        except IsADirectoryError as exc:
            raise InvalidInput(
                f"{self.path}: is a directory, not a backup file", field="file"
            ) from exc
        except (gzip.BadGzipFile, zlib.error) as exc:
            raise self.error(f"not a gzip'd intercluster backup ({exc})") from exc
        except EOFError as exc:
            raise self.error("the file is truncated (the compressed stream ends early)") from exc


def read_header(path: Path) -> dict[str, Any]:
    """The header of a backup file, checked (format and version)."""
    reader = _Reader(path)
    for value, _data in reader.lines():
        return _check_header(reader, value)
    raise reader.error("the file is empty")


def _check_header(reader: _Reader, value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise reader.error("not an intercluster backup (the first line has no backup header)")
    if value.get("version") != VERSION:
        raise reader.error(
            f"backup format version {value.get('version')!r} is not supported "
            f"(this intercluster reads version {VERSION})"
        )
    if not isinstance(value.get("revision"), str):
        raise reader.error("the header names no Alembic revision")
    return value


# ---------------------------------------------------------------- restore


def restore(engine: Engine, path: Path) -> BackupReport:
    """Load a backup into an empty database at the same revision, all or nothing.

    An uninitialised database is migrated first. Refuses a file of another
    revision, a database holding rows, and a corrupt or truncated file; in every
    case nothing is written.
    """
    header = read_header(path)
    if not is_initialised(engine):
        upgrade(engine)
    with engine.connect() as connection:
        revision = current_revision(connection)
    if header["revision"] != revision:
        raise InvalidInput(
            f"{path}: the backup is of database revision {header['revision']}, this database is "
            f"at {revision}; restore it with the intercluster version that wrote it, or migrate "
            "a database to its revision first",
            field="revision",
        )
    with engine.connect() as connection, connection.begin():
        _refuse_rows(connection)
        # A first pass checks the whole file (structure, values, counts, checksum), so a
        # damaged file is named as such rather than by the rule its rows happen to break.
        _load(connection, path, revision, write=False)
        try:
            report = _load(connection, path, revision, write=True)
        except IntegrityError as exc:
            raise InvalidInput(
                f"{path}: the rows break a rule of this database ({exc.orig})", field="file"
            ) from exc
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
    return report


def _refuse_rows(connection: Connection) -> None:
    filled = [
        t.name
        for t in tables(connection)
        if connection.execute(select(func.count()).select_from(t)).scalar_one()
    ]
    if filled:
        raise Conflict(
            f"the target database is not empty ({', '.join(filled[:5])}"
            f"{', ...' if len(filled) > 5 else ''} hold rows); restore only into an empty "
            "database (`intercluster init` on a new one)"
        )


def _load(connection: Connection, path: Path, revision: str, *, write: bool) -> BackupReport:
    known = {t.name: t for t in tables(connection)}
    report = BackupReport(path=path, revision=revision)
    reader = _Reader(path)
    lines = reader.lines()
    table: Table | None = None
    names: list[str] = []
    decoders: list[tuple[str, Callable[[Any], Any]]] = []
    batch: list[dict[str, Any]] = []
    trailer: dict[str, Any] | None = None

    # A column pointing at its own table (a merged record, a parent) is filled in after
    # the table's rows, since a row may come before the row it points at.
    self_refs: list[str] = []
    pending: list[dict[str, Any]] = []

    def flush(*, end_of_table: bool = False) -> None:
        if table is None or not write:
            batch.clear()
            pending.clear()
            return
        if batch:
            connection.execute(table.insert(), batch)
            batch.clear()
        if end_of_table and pending:
            (key,) = table.primary_key.columns
            connection.execute(
                table.update()
                .where(key == bindparam("_key"))
                .values({name: bindparam(name) for name in self_refs}),
                pending,
            )
            pending.clear()

    for index, (value, data) in enumerate(lines):
        if index == 0:
            _check_header(reader, value)
            reader.digest.update(data)
            continue
        if trailer is not None:
            raise reader.error("lines after the end of the backup")
        if isinstance(value, list):
            if table is None:
                raise reader.error("a row before any table line")
            if len(value) != len(names):
                raise reader.error(
                    f"{table.name}: a row of {len(value)} values for {len(names)} columns"
                )
            try:
                row = dict(zip(names, value, strict=True))
                for name, decode in decoders:
                    row[name] = decode(row[name])
            except (TypeError, ValueError) as exc:
                raise reader.error(f"{table.name}: a value cannot be read ({exc})") from exc
            if self_refs and any(row[n] is not None for n in self_refs):
                (key,) = table.primary_key.columns
                pending.append({"_key": row[key.name], **{n: row[n] for n in self_refs}})
                row.update(dict.fromkeys(self_refs))
            batch.append(row)
            report.counts[table.name] += 1
            if len(batch) >= BATCH:
                flush()
        elif isinstance(value, dict) and "table" in value:
            flush(end_of_table=True)
            table = known.get(value["table"])
            if table is None:
                raise reader.error(f"table {value['table']!r} does not exist in this database")
            names = list(value.get("columns") or [])
            expected = [c.name for c in table.columns]
            if sorted(names) != sorted(expected):
                raise reader.error(
                    f"{table.name}: the columns {names} differ from this database's {expected}"
                )
            if table.name in report.counts:
                raise reader.error(f"table {table.name} appears twice")
            report.counts[table.name] = 0
            decoders = [(n, d) for n in names if (d := _decoder(table.columns[n])) is not None]
            self_refs = sorted(
                {
                    fk.parent.name
                    for fk in table.foreign_keys
                    if fk.column.table is table and fk.parent.nullable
                }
            )
            if self_refs and len(table.primary_key.columns) != 1:
                self_refs = []
        elif isinstance(value, dict) and value.get("end") is True:
            flush(end_of_table=True)
            trailer = value
            if value.get("sha256") != reader.digest.hexdigest():
                raise reader.error("the checksum does not match: the file was altered")
            continue
        else:
            raise reader.error("neither a table, a row nor the end of the backup")
        reader.digest.update(data)
    if trailer is None:
        raise reader.error("the file is truncated (no end line)")
    expected_counts = trailer.get("counts")
    if expected_counts != report.counts:
        raise reader.error(
            f"the row counts {report.counts} differ from the counts the file announces "
            f"{expected_counts}"
        )
    return report


def _reset_sequences(connection: Connection) -> None:
    """Point each table's id sequence past the restored rows, so new rows get fresh ids."""
    for table in tables(connection):
        for column in table.primary_key.columns:
            sequence = connection.execute(
                text("SELECT pg_get_serial_sequence(:table, :column)"),
                {"table": table.name, "column": column.name},
            ).scalar()
            if sequence is None:
                continue
            connection.execute(
                text(
                    f'SELECT setval(:sequence, COALESCE(MAX("{column.name}"), 1), '
                    f'MAX("{column.name}") IS NOT NULL) FROM "{table.name}"'
                ),
                {"sequence": sequence},
            )
