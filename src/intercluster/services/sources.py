"""Use cases on sources (the documents facts come from) and their evidence spans."""

from __future__ import annotations

import hashlib

from intercluster.db.models import Evidence, Source
from intercluster.db.uow import UnitOfWork
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import (
    EvidenceIn,
    EvidencePublic,
    Page,
    SourceCreate,
    SourcePublic,
    SourceUpdate,
)


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_public(source: Source, *, with_text: bool = False) -> SourcePublic:
    return SourcePublic(
        id=source.id,
        name=source.name,
        sha256=source.sha256,
        chars=source.chars,
        url=source.url,
        published=source.published,
        created_at=source.created_at,
        text=source.text if with_text else None,
    )


def evidence_public(evidence: Evidence) -> EvidencePublic:
    source = evidence.source
    return EvidencePublic(
        id=evidence.id,
        source_id=source.id,
        source_name=source.name,
        start=evidence.start_offset,
        end=evidence.end_offset,
        text=source.text[evidence.start_offset : evidence.end_offset],
    )


def add_source(uow: UnitOfWork, *, data: SourceCreate, existing_ok: bool = False) -> Source:
    """Store a document once: the same text twice is the same source."""
    digest = sha256_of(data.text)
    found = uow.sources.get_by_sha256(digest)
    if found is not None:
        if existing_ok:
            return found
        raise Conflict(
            f"text: this document is already stored as source {found.id} ({found.name!r})",
            field="text",
            details={"existing": {"id": found.id}},
        )
    return uow.sources.add(
        Source(
            name=data.name,
            sha256=digest,
            text=data.text,
            chars=len(data.text),
            url=data.url,
            published=data.published,
        )
    )


def get_source(uow: UnitOfWork, source_id: int) -> Source:
    source = uow.sources.get(source_id)
    if source is None:
        raise NotFound(f"no source with id {source_id}", field="source_id")
    return source


def update_source(uow: UnitOfWork, *, source_id: int, data: SourceUpdate) -> Source:
    source = get_source(uow, source_id)
    for name, value in data.model_dump(exclude_unset=True).items():
        if name == "name" and value is None:
            raise InvalidInput("name: must not be empty", field="name")
        setattr(source, name, value)
    uow.flush()
    return source


def delete_source(uow: UnitOfWork, *, source_id: int) -> None:
    uow.sources.delete(get_source(uow, source_id))


def list_sources(uow: UnitOfWork, *, q: str | None, limit: int, offset: int) -> Page[SourcePublic]:
    rows, count = uow.sources.page(q, limit=limit, offset=offset)
    return Page[SourcePublic](data=[to_public(s) for s in rows], count=count)


def make_evidence(uow: UnitOfWork, span: EvidenceIn, *, field: str = "evidence") -> Evidence:
    """A checked span: the source exists and the offsets fall inside its text."""
    source = uow.sources.get(span.source_id)
    if source is None:
        raise NotFound(f"{field}.source_id: no source with id {span.source_id}", field=field)
    if not 0 <= span.start < span.end <= source.chars:
        raise InvalidInput(
            f"{field}: span [{span.start}, {span.end}] is outside source {source.id} "
            f"({source.chars} characters) or empty",
            field=field,
        )
    return Evidence(source=source, start_offset=span.start, end_offset=span.end)
