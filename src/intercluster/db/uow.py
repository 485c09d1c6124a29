"""Unit of work: one transaction, its repositories, commit or roll back as a whole.

Services receive a `UnitOfWork` and never commit halfway: an import either
lands completely or leaves the database as it was.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from intercluster.db import audit
from intercluster.db.engine import make_engine, make_session_factory
from intercluster.db.repositories import EntityRepository, RelationRepository, SourceRepository
from intercluster.errors import Conflict


class Database:
    """An engine and its session factory, made once per process per URL."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine: Engine = make_engine(url)
        self.sessions: sessionmaker[Session] = make_session_factory(self.engine)
        audit.install(self.sessions)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.sessions)

    def dispose(self) -> None:
        self.engine.dispose()


class UnitOfWork:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def __enter__(self) -> UnitOfWork:
        self.session = self._sessions()
        self.entities = EntityRepository(self.session)
        self.relations = RelationRepository(self.session)
        self.sources = SourceRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.session.rollback()
        finally:
            self.session.close()

    def commit(self) -> None:
        try:
            self.session.commit()
        except StaleDataError as error:
            self.session.rollback()
            raise Conflict(
                "the record was changed by someone else since you read it; reload and retry"
            ) from error
        except IntegrityError as error:
            self.session.rollback()
            raise Conflict(f"the change breaks a database rule: {error.orig}") from error

    def describe(self, summary: str) -> None:
        """A sentence for the audit trail saying what this unit of work does (a merge...)."""
        self.session.info[audit.SUMMARY] = summary[:400]

    def flush(self) -> None:
        try:
            self.session.flush()
        except StaleDataError as error:
            raise Conflict(
                "the record was changed by someone else since you read it; reload and retry"
            ) from error
