"""Registry commands: database set-up, organisations, relations, import and export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import MofNCompleteColumn, Progress
from rich.table import Table

from intercluster.cli.app import app, err, fail, out, print_json, state, transaction
from intercluster.db.migrate import is_initialised
from intercluster.db.repositories import EntityFilter, RelationFilter
from intercluster.domain.accounts import DEMO_EMAIL, DEMO_PASSWORD
from intercluster.domain.normalize import is_digits, normalize_choice, normalize_country
from intercluster.domain.rules import parse_entity_type, parse_predicate, parse_status
from intercluster.domain.vocabulary import PREDICATES, SECTORS, EntityKind, Predicate
from intercluster.errors import InterclusterError, InvalidInput
from intercluster.schemas import (
    EntityCreate,
    EntityPublic,
    EvidenceIn,
    RelationCreate,
    RelationPublic,
    validate,
)
from intercluster.services import entities as entity_service
from intercluster.services import relations as relation_service
from intercluster.services.accounts import ensure_demo_admin
from intercluster.services.demo import load_demo, load_prospection_demo
from intercluster.services.exchange import (
    import_csv,
    import_json,
    iter_entities_csv,
    iter_json,
    iter_relations_csv,
)
from intercluster.services.merge import merge_entities

PROGRESS_FROM_CHARS = 5_000_000  # files smaller than this import in a blink

org_app = typer.Typer(
    help="Organisations: clusters, companies, universities, networks, ...", no_args_is_help=True
)
relation_app = typer.Typer(
    help="Relations: typed, dated facts between two entities.", no_args_is_help=True
)
app.add_typer(org_app, name="org")
app.add_typer(relation_app, name="relation")

# ---------------------------------------------------------------- database


@app.command()
def init() -> None:
    """Create the database, or bring its schema up to date (Alembic migrations)."""
    with transaction(create=True):
        pass
    out.print(f"database ready: {state.database().url}")


@app.command()
def demo() -> None:
    """Load the demo dataset (Genopole's 2021 international activity); idempotent."""
    with transaction(create=True) as uow:
        # First: a database with accounts of its own is refused before anything is loaded.
        ensure_demo_admin(uow)
        report = load_demo(uow)
        prospection = load_prospection_demo(uow)
    out.print(f"demo data: {report.summary()} ({state.database().url})")
    out.print(
        f"prospection: {prospection['prospects']} prospects, "
        f"{prospection['requests']} internationalisation requests added"
    )
    out.print(
        f"sign in as {DEMO_EMAIL} with the password {DEMO_PASSWORD!r} "
        "(accepted on this demo database only)"
    )


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on", min=1, max=65535)] = 8000,
) -> None:
    """Serve the web app and the REST API (OpenAPI at /docs)."""
    import uvicorn

    from intercluster.web.app import create_app

    database = state.database()
    if not is_initialised(database.engine):
        fail(f"the database {database.url} is not initialised: run `intercluster init` first")
    out.print(f"intercluster at http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(create_app(database=database), host=host, port=port, log_level="info")


# ---------------------------------------------------------------- organisations

ORG_KINDS = (EntityKind.ORGANISATION,)


def _entity_table(rows: list[EntityPublic], count: int) -> Table:
    table = Table(title=f"{len(rows)} of {count}", title_justify="left")
    for column in ("id", "key", "name", "type", "country", "sectors"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            str(row.id), row.key, row.name, row.type, row.country or "", ", ".join(row.sectors)
        )
    return table


@org_app.command("add")
def org_add(
    name: Annotated[str, typer.Argument(help="The organisation's name")],
    type: Annotated[str, typer.Option("--type", "-t", help="cluster, company, university, ...")],
    country: Annotated[str | None, typer.Option(help="ISO code or country name")] = None,
    sector: Annotated[list[str] | None, typer.Option(help="Sector tag; repeatable")] = None,
    alias: Annotated[
        list[str] | None, typer.Option(help="Other name or acronym; repeatable")
    ] = None,
    region: Annotated[str | None, typer.Option()] = None,
    city: Annotated[str | None, typer.Option()] = None,
    website: Annotated[str | None, typer.Option()] = None,
    description: Annotated[str | None, typer.Option()] = None,
    key: Annotated[
        str | None, typer.Option(help="Stable id; made from the name if omitted")
    ] = None,
) -> None:
    """Add an organisation."""
    with transaction() as uow:
        data = validate(
            EntityCreate,
            {
                "name": name,
                "type": type,
                "country": country,
                "sectors": sector or [],
                "aliases": alias or [],
                "region": region,
                "city": city,
                "website": website,
                "description": description,
                "key": key,
            },
        )
        entity_service.check_type_in_kind(data.type, EntityKind.ORGANISATION)
        entity = entity_service.to_public(entity_service.create_entity(uow, data=data))
    out.print(f"added {entity.type} {entity.name!r} (id {entity.id}, key {entity.key})")


@org_app.command("list")
def org_list(
    type: Annotated[list[str] | None, typer.Option("--type", "-t", help="Repeatable")] = None,
    country: Annotated[str | None, typer.Option()] = None,
    sector: Annotated[str | None, typer.Option()] = None,
    predicate: Annotated[
        str | None, typer.Option(help="Has a relation with this predicate")
    ] = None,
    year: Annotated[int | None, typer.Option(help="Has a relation dated this year")] = None,
    q: Annotated[
        str | None, typer.Option("--q", "-q", help="Free text in names and aliases")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print {data, count} as JSON")] = False,
) -> None:
    """List organisations, filtered."""
    with transaction() as uow:
        flt = EntityFilter(
            types=[parse_entity_type(t).value for t in type or []],
            country=normalize_country(country),
            sector=normalize_choice(sector, SECTORS, field="sector", what="sector")
            if sector
            else None,
            predicate=parse_predicate(predicate).value if predicate else None,
            year=year,
            q=q,
        )
        page = entity_service.list_entities(
            uow, kind=EntityKind.ORGANISATION, flt=flt, limit=limit, offset=offset
        )
    if as_json:
        print_json(page.model_dump(mode="json"))
    else:
        out.print(_entity_table(page.data, page.count))


def _relation_line(relation: RelationPublic, *, viewpoint: int | None = None) -> str:
    if viewpoint is None:
        text = f"{relation.subject.name} {relation.predicate} {relation.object.name}"
    elif PREDICATES[Predicate(relation.predicate)].symmetric:
        other = relation.object if relation.subject.id == viewpoint else relation.subject
        text = f"↔ {other.name}"
    elif relation.subject.id == viewpoint:
        text = f"→ {relation.object.name}"
    else:
        text = f"← {relation.subject.name}"
    details = [f"{k}={v}" for k, v in relation.attributes.items()]
    if relation.event:
        details.append(f"event={relation.event.name}")
    if relation.date:
        text += f"  [{relation.date}]"
    if details:
        text += "  " + ", ".join(details)
    if relation.status != "confirmed":
        text += f"  ({relation.status})"
    return text


@org_app.command("show")
def org_show(
    ref: Annotated[str, typer.Argument(help="Id, key, name or alias")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON")] = False,
) -> None:
    """Show an organisation: profile, and its relations grouped by predicate with their sources."""
    with transaction() as uow:
        entity = entity_service.resolve_entity(uow, ref, field="organisation", kinds=ORG_KINDS)
        profile = entity_service.to_public(entity)
        relations = [
            relation_service.to_public(r)
            for r in uow.relations.all(RelationFilter(entity_id=entity.id))
        ]
    if as_json:
        print_json(
            {
                "organisation": profile.model_dump(mode="json"),
                "relations": [r.model_dump(mode="json") for r in relations],
            }
        )
        return
    out.print(f"[bold]{profile.name}[/]  ({profile.type}, key {profile.key}, id {profile.id})")
    for label, value in (
        ("aliases", ", ".join(profile.aliases)),
        ("country", f"{profile.country_name} ({profile.country})" if profile.country else ""),
        ("region", profile.region),
        ("city", profile.city),
        ("website", profile.website),
        ("sectors", ", ".join(profile.sectors)),
        ("description", profile.description),
    ):
        if value:
            out.print(f"  {label}: {value}", highlight=False)
    grouped: dict[str, list[RelationPublic]] = {}
    for relation in relations:
        grouped.setdefault(relation.predicate, []).append(relation)
    for predicate in sorted(grouped):
        out.print(f"\n[bold]{predicate}[/] ({len(grouped[predicate])})")
        for relation in sorted(grouped[predicate], key=lambda r: (r.date or "", r.id)):
            out.print(f"  - {_relation_line(relation, viewpoint=profile.id)}", highlight=False)
            for evidence in relation.evidence[:1]:
                out.print(
                    f"      “{evidence.text}” ({evidence.source_name})",
                    style="dim",
                    highlight=False,
                )


@org_app.command("merge")
def org_merge(
    survivor: Annotated[str, typer.Argument(help="The record to keep (id, key or name)")],
    duplicate: Annotated[str, typer.Argument(help="The duplicate to fold into it")],
) -> None:
    """Merge a duplicate organisation into another: relations, aliases and sources move over."""
    with transaction() as uow:
        keep = entity_service.resolve_entity(uow, survivor, field="survivor", kinds=ORG_KINDS)
        drop = entity_service.resolve_entity(uow, duplicate, field="duplicate", kinds=ORG_KINDS)
        result = merge_entities(uow, survivor_id=keep.id, duplicate_id=drop.id)
    out.print(
        f"merged {result.merged_key} into {result.survivor.key}: {result.relations_moved} "
        f"relations moved, {result.relations_combined} combined with existing ones, "
        f"{result.relations_dropped} between the two dropped (their sources kept); "
        f"aliases added: {', '.join(result.aliases_added) or 'none'}"
    )


# ---------------------------------------------------------------- relations


def _parse_attributes(pairs: list[str]) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"--attr: expected NAME=VALUE, got {pair!r}", field="attributes")
        attributes[name.strip()] = value.strip()
    return attributes


def _parse_span(value: str) -> tuple[int, int]:
    start, sep, end = value.partition(":")
    if not sep or not is_digits(start.strip()) or not is_digits(end.strip()):
        raise InvalidInput(
            f"--span: expected START:END character offsets, got {value!r}", field="evidence"
        )
    return int(start), int(end)


@relation_app.command("add")
def relation_add(
    subject: Annotated[str, typer.Argument(help="Id, key or name of the subject")],
    predicate: Annotated[str, typer.Argument(help="partner_of, member_of, participated_in, ...")],
    object: Annotated[str, typer.Argument(help="Id, key or name of the object")],
    date: Annotated[str | None, typer.Option(help="ISO date: 2021, 2021-06 or 2021-06-14")] = None,
    attr: Annotated[
        list[str] | None, typer.Option(help="NAME=VALUE, e.g. role=sponsor; repeatable")
    ] = None,
    status: Annotated[str, typer.Option(help="proposed, confirmed or rejected")] = "confirmed",
    source: Annotated[int | None, typer.Option(help="Id of the source stating it")] = None,
    span: Annotated[str | None, typer.Option(help="START:END offsets in that source")] = None,
) -> None:
    """Add a relation between two entities."""
    with transaction() as uow:
        evidence = []
        if (source is None) != (span is None):
            raise InvalidInput("--source and --span go together", field="evidence")
        if source is not None and span is not None:
            start, end = _parse_span(span)
            evidence.append(EvidenceIn(source_id=source, start=start, end=end))
        data = validate(
            RelationCreate,
            {
                "subject": subject,
                "predicate": predicate,
                "object": object,
                "date": date,
                "status": status,
                "attributes": _parse_attributes(attr or []),
            },
        )
        data.evidence = evidence
        relation = relation_service.to_public(relation_service.create_relation(uow, data=data))
    out.print(f"added relation {relation.id}: {_relation_line(relation)}", highlight=False)


@relation_app.command("list")
def relation_list(
    predicate: Annotated[str | None, typer.Option()] = None,
    entity: Annotated[str | None, typer.Option(help="Either side: id, key or name")] = None,
    year: Annotated[int | None, typer.Option()] = None,
    status: Annotated[str | None, typer.Option()] = None,
    country: Annotated[str | None, typer.Option(help="Either side's country")] = None,
    type: Annotated[
        list[str] | None, typer.Option("--type", "-t", help="Either side's type")
    ] = None,
    q: Annotated[str | None, typer.Option("--q", "-q", help="Free text in either name")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="Print {data, count} as JSON")] = False,
) -> None:
    """List relations, filtered."""
    with transaction() as uow:
        flt = RelationFilter(
            predicate=parse_predicate(predicate).value if predicate else None,
            entity_id=entity_service.resolve_entity(uow, entity).id if entity else None,
            year=year,
            status=parse_status(status).value if status else None,
            country=normalize_country(country),
            types=[parse_entity_type(t).value for t in type or []],
            q=q,
        )
        page = relation_service.list_relations(uow, flt=flt, limit=limit, offset=offset)
    if as_json:
        print_json(page.model_dump(mode="json"))
        return
    table = Table(title=f"{len(page.data)} of {page.count}", title_justify="left")
    for column in ("id", "subject", "predicate", "object", "date", "attributes", "status"):
        table.add_column(column)
    for r in page.data:
        attributes = dict(r.attributes)
        if r.event:
            attributes["event"] = r.event.name
        table.add_row(
            str(r.id),
            r.subject.name,
            r.predicate,
            r.object.name,
            r.date or "",
            ", ".join(f"{k}={v}" for k, v in attributes.items()),
            r.status,
        )
    out.print(table)


# ---------------------------------------------------------------- exchange


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="A .json export or a .csv of entities or relations")],
    skip_existing: Annotated[
        bool, typer.Option(help="Leave records already present as they are instead of failing")
    ] = False,
) -> None:
    """Import a JSON or CSV file, all or nothing."""
    if not file.is_file():
        fail(f"{file}: no such file")
    suffix = file.suffix.lower()
    if suffix not in (".json", ".csv"):
        fail(f"{file}: expected a .json or .csv file")
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        fail(f"{file}: not UTF-8 text (byte {exc.start})")
    # A bar on long imports only (and only on a terminal: scripts read the summary line).
    with (
        Progress(
            *Progress.get_default_columns(),
            MofNCompleteColumn(),
            console=err,
            disable=len(text) < PROGRESS_FROM_CHARS,
            transient=True,
        ) as bar,
        transaction() as uow,
    ):
        task = bar.add_task(f"importing {file.name}", total=None)

        def total(count: int) -> None:
            bar.update(task, total=count)

        def advance(count: int) -> None:
            bar.advance(task, count)

        try:
            if suffix == ".json":
                report = import_json(
                    uow, text, skip_existing=skip_existing, progress=advance, total=total
                )
            else:
                report = import_csv(uow, text, progress=advance, total=total)
        except InterclusterError as exc:
            raise InvalidInput(
                f"{file.name}: {exc.message}; nothing was imported", field=exc.field
            ) from exc
        bar.update(task, description=f"committing {file.name}")
    out.print(f"{file.name}: {report.summary()}")


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="json or csv")] = "json",
    what: Annotated[str, typer.Option(help="For CSV: entities or relations")] = "entities",
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="File to write; default stdout")
    ] = None,
) -> None:
    """Export the registry: JSON in the extraction format ({entities, relations}), or CSV."""
    if format not in ("json", "csv"):
        fail(f"--format: expected json or csv, got {format!r}")
    if what not in ("entities", "relations"):
        fail(f"--what: expected entities or relations, got {what!r}")
    with transaction() as uow:
        # Streamed in chunks: a registry of a million relations never sits in memory.
        if format == "json":
            chunks = iter_json(uow)
        elif what == "entities":
            chunks = iter_entities_csv(uow)
        else:
            chunks = iter_relations_csv(uow)
        if output is None:
            for chunk in chunks:
                sys.stdout.write(chunk)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            tmp = output.with_name(output.name + ".part")
            try:
                with tmp.open("w", encoding="utf-8") as handle:
                    for chunk in chunks:
                        handle.write(chunk)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            tmp.replace(output)  # a reader never sees half a file
    if output is not None:
        err.print(f"wrote {output}")
