"""Ingestion commands: extract one document, ingest files and folders, review the proposals."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from intercluster.cli.app import app, err, fail, out, print_json, state, transaction
from intercluster.config import get_settings
from intercluster.db.migrate import is_initialised
from intercluster.domain.normalize import is_digits
from intercluster.errors import InterclusterError
from intercluster.ingest.linking import Gazetteer
from intercluster.ingest.model import Extraction
from intercluster.ingest.pipeline import extract as extract_document
from intercluster.ingest.readers import SUFFIXES, collect_files, read_document
from intercluster.schemas import EntityUpdate, RelationUpdate, validate
from intercluster.services.ingestion import IngestReport, build_gazetteer, ingest_document
from intercluster.services.review import (
    ReviewAction,
    ReviewMerge,
    accept,
    edit_entity,
    edit_relation,
    list_queue,
    merge_proposal,
    parse_ref,
    reject,
)

review_app = typer.Typer(
    help="Review what ingestion proposed: accept, edit, merge into an existing entity, reject.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")


class OutputFormat(StrEnum):
    JSON = "json"
    TABLE = "table"


MaxBytes = Annotated[
    int | None,
    typer.Option(
        "--max-bytes",
        min=1,
        help="Refuse files larger than this (default: INTERCLUSTER_INGEST_MAX_BYTES, 20 MB).",
        show_default=False,
    ),
]


def _database_url() -> str:
    return state.db_url or get_settings().database_url


def _registry_gazetteer() -> Gazetteer:
    """The registry's names for linking, read only; none when there is no database yet."""
    url = make_url(_database_url())
    if url.get_backend_name() == "sqlite" and (
        not url.database or url.database == ":memory:" or not Path(url.database).exists()
    ):
        return Gazetteer()
    try:
        database = state.database()
        if not is_initialised(database.engine):
            return Gazetteer()
        with database.uow() as uow:
            return build_gazetteer(uow)
    except (SQLAlchemyError, InterclusterError) as exc:
        err.print(f"[yellow]warning:[/] registry not read, nothing linked ({exc})", highlight=False)
        return Gazetteer()


@app.command()
def extract(
    file: Annotated[Path, typer.Argument(help=f"A document: {', '.join(SUFFIXES)}")],
    output: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json: the extraction contract")
    ] = OutputFormat.JSON,
    link: Annotated[
        bool, typer.Option("--link/--no-link", help="Link names to the registry's entities")
    ] = True,
    max_bytes: MaxBytes = None,
) -> None:
    """Print the entities and relations of one document; writes nothing."""
    try:
        document = read_document(file, max_bytes=max_bytes or get_settings().ingest_max_bytes)
        extraction = extract_document(document, _registry_gazetteer() if link else Gazetteer())
    except InterclusterError as exc:
        fail(exc.message)
    if output is OutputFormat.JSON:
        print_json(extraction.to_json())
    else:
        _print_extraction(extraction)


def _print_extraction(extraction: Extraction) -> None:
    entities = Table(title=f"{extraction.name}: {len(extraction.entities)} entities")
    for column in ("id", "name", "type", "country", "mentions", "linked to"):
        entities.add_column(column)
    for entity in extraction.entities:
        entities.add_row(
            entity.id,
            entity.name,
            entity.type.value,
            entity.country or "",
            str(len(entity.mentions)),
            entity.linked_to or "",
        )
    out.print(entities)
    names = {e.id: e.name for e in extraction.entities}
    relations = Table(title=f"{len(extraction.relations)} relations")
    for column in ("subject", "predicate", "object", "date", "confidence"):
        relations.add_column(column)
    for relation in extraction.relations:
        relations.add_row(
            names[relation.subject],
            relation.predicate.value,
            names[relation.object],
            relation.date or "",
            f"{relation.confidence:.2f}",
        )
    out.print(relations)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files, or folders to read recursively")],
    max_bytes: MaxBytes = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON")] = False,
) -> None:
    """Store documents as sources and their facts as proposals to review.

    Re-ingesting a document creates nothing; a file that cannot be read is
    reported and the others go on. Exits with 1 when a file failed.
    """
    limit = max_bytes or get_settings().ingest_max_bytes
    files = collect_files(paths)
    if not files:
        fail(f"no {', '.join(SUFFIXES)} files in {', '.join(str(p) for p in paths)}")
    try:
        database = state.database()
        ready = is_initialised(database.engine)
    except (InterclusterError, SQLAlchemyError) as exc:
        fail(str(getattr(exc, "message", exc)))
    if not ready:
        fail(f"the database {database.url} is not initialised: run `intercluster init` first")
    reports: list[IngestReport] = []
    gazetteer: Gazetteer | None = None
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(files))
        for path in files:
            progress.update(task, description=f"ingesting {path.name}")
            try:
                document = read_document(path, max_bytes=limit)
                with database.uow() as uow:
                    if gazetteer is None:
                        gazetteer = build_gazetteer(uow)
                    report, _ = ingest_document(uow, document=document, gazetteer=gazetteer)
                if report.entities_new:
                    gazetteer = None  # the next document may name the new proposals
            except InterclusterError as exc:
                prefix = f"{path.name}: "
                message = exc.message if exc.message.startswith(prefix) else prefix + exc.message
                report = IngestReport(path.name, "failed", error=message)
            except SQLAlchemyError as exc:
                report = IngestReport(path.name, "failed", error=f"database error: {exc}")
            except Exception as exc:  # a bug met on one document spares the others
                # its transaction was rolled back: nothing of this file is stored
                report = IngestReport(
                    path.name,
                    "failed",
                    error=f"{path.name}: extraction failed ({type(exc).__name__}: {exc}); "
                    "nothing of it was stored; please report this file",
                )
            reports.append(report)
            progress.advance(task)
    failed = [r for r in reports if r.status == "failed"]
    if as_json:
        print_json({"files": [r.to_dict() for r in reports]})
    else:
        _print_summary(reports)
    if failed:
        raise typer.Exit(1)


def _print_summary(reports: list[IngestReport]) -> None:
    table = Table(title="ingestion")
    for column in ("file", "status", "source", "new entities", "linked", "new relations", "known"):
        table.add_column(column)
    for report in reports:
        style = {"failed": "red", "unchanged": "dim"}.get(report.status, "")
        table.add_row(
            report.name,
            f"[{style}]{report.status}[/]" if style else report.status,
            str(report.source_id or ""),
            str(report.entities_new),
            str(report.entities_linked),
            str(report.relations_new),
            str(report.relations_known),
        )
    out.print(table)
    for report in reports:
        if report.error:
            err.print(f"[bold red]error:[/] {report.error}", highlight=False)
    ingested = [r for r in reports if r.status == "ingested"]
    out.print(
        f"{len(ingested)} ingested, {sum(r.status == 'unchanged' for r in reports)} unchanged, "
        f"{sum(r.status == 'failed' for r in reports)} failed; "
        f"{sum(r.entities_new for r in ingested)} entities and "
        f"{sum(r.relations_new for r in ingested)} relations proposed: "
        "see `intercluster review list`"
    )


# ---------------------------------------------------------------- review


class QueueKind(StrEnum):
    ENTITIES = "entities"
    RELATIONS = "relations"


@review_app.command("list")
def review_list(
    kind: Annotated[QueueKind | None, typer.Option(help="Only entities or relations")] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """List the proposals waiting for review."""
    with transaction() as uow:
        queue = list_queue(uow, kind=kind.value if kind else None, limit=limit, offset=offset)
    if as_json:
        print_json(queue.model_dump(mode="json"))
        return
    if kind is not QueueKind.RELATIONS:
        table = Table(title=f"proposed entities ({queue.entity_count})")
        for column in ("ref", "name", "type", "country", "aliases"):
            table.add_column(column)
        for entity in queue.entities:
            table.add_row(
                f"e{entity.id}",
                entity.name,
                entity.type,
                entity.country or "",
                ", ".join(entity.aliases),
            )
        out.print(table)
    if kind is not QueueKind.ENTITIES:
        table = Table(title=f"proposed relations ({queue.relation_count})")
        for column in ("ref", "subject", "predicate", "object", "date", "conf.", "evidence"):
            table.add_column(column)
        for relation in queue.relations:
            quote = relation.evidence[0].text if relation.evidence else ""
            table.add_row(
                f"r{relation.id}",
                relation.subject.name,
                relation.predicate,
                relation.object.name,
                relation.date or "",
                f"{relation.confidence:.2f}" if relation.confidence is not None else "",
                quote if len(quote) <= 90 else quote[:87] + "...",
            )
        out.print(table)
    if not queue.entity_count and not queue.relation_count:
        out.print("nothing to review")


Refs = Annotated[list[str] | None, typer.Argument(help="Proposals: e12 (entity), r34 (relation)")]
AllFlag = Annotated[bool, typer.Option("--all", help="Every proposal")]


@review_app.command("accept")
def review_accept(
    refs: Refs = None,
    all_: AllFlag = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="With --all: only relations at least this sure"),
    ] = None,
) -> None:
    """Confirm proposals with their sources (a relation confirms its proposed entities)."""
    with transaction() as uow:
        action = validate(
            ReviewAction, {"ids": refs or [], "all": all_, "min_confidence": min_confidence}
        )
        result = accept(uow, action=action)
    out.print(f"confirmed {len(result.entities)} entities and {len(result.relations)} relations")


@review_app.command("reject")
def review_reject(refs: Refs = None, all_: AllFlag = False) -> None:
    """Reject proposals (a rejected entity takes its proposed relations along)."""
    with transaction() as uow:
        action = validate(ReviewAction, {"ids": refs or [], "all": all_})
        result = reject(uow, action=action)
    out.print(f"rejected {len(result.entities)} entities and {len(result.relations)} relations")


@review_app.command("merge")
def review_merge(
    proposed: Annotated[str, typer.Argument(help="The proposed entity: e12 or 12")],
    into: Annotated[str, typer.Argument(help="The existing entity: id, key, name or alias")],
) -> None:
    """Fold a proposed entity into the existing entity it duplicates."""
    with transaction() as uow:
        number = int(proposed) if is_digits(proposed.strip()) else _entity_number(proposed)
        result = merge_proposal(uow, data=ReviewMerge(proposed=number, into=into))
    out.print(
        f"merged into {result.survivor.name} ({result.survivor.key}): "
        f"{result.relations_moved} relations moved, {result.relations_combined} combined"
    )


def _entity_number(ref: str) -> int:
    kind, number = parse_ref(ref)
    if kind != "e":
        raise InterclusterError(f"proposed: {ref!r} is a relation; merge takes an entity (e12)")
    return number


@review_app.command("edit")
def review_edit(
    ref: Annotated[str, typer.Argument(help="The proposal: e12 or r34")],
    name: Annotated[str | None, typer.Option(help="Entity: the right name")] = None,
    entity_type: Annotated[
        str | None, typer.Option("--type", help="Entity: the right type")
    ] = None,
    country: Annotated[str | None, typer.Option(help="Entity: country code or name")] = None,
    alias: Annotated[list[str] | None, typer.Option(help="Entity: its aliases (repeat)")] = None,
    date: Annotated[str | None, typer.Option(help="Relation: ISO date")] = None,
) -> None:
    """Correct a proposal before accepting it."""
    with transaction() as uow:
        kind, number = parse_ref(ref)
        if kind == "e":
            changes: dict[str, object] = {
                k: v
                for k, v in {
                    "name": name,
                    "type": entity_type,
                    "country": country,
                    "aliases": alias,
                }.items()
                if v is not None
            }
            entity = edit_entity(uow, entity_id=number, data=validate(EntityUpdate, changes))
            out.print(f"e{entity.id}: {entity.name} ({entity.type}, {entity.country or '-'})")
        else:
            data = validate(RelationUpdate, {"date": date} if date is not None else {})
            relation = edit_relation(uow, relation_id=number, data=data)
            out.print(f"r{relation.id}: dated {relation.date or '-'}")
