"""What keeps a large registry fast (issue 7), on SQLite and PostgreSQL: keyset pages,
full-text search, streamed exports, bulk imports that stay all-or-nothing, the graph
view folded by country, the neighbourhood and the search structures of migration 0006."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, inspect, text

from intercluster.db import repositories
from intercluster.db.migrate import downgrade, upgrade
from intercluster.db.repositories import EntityFilter, RelationFilter
from intercluster.db.uow import Database
from intercluster.domain.vocabulary import EntityKind
from intercluster.errors import InterclusterError, InvalidInput
from intercluster.schemas import EntityCreate, EntityUpdate, RelationCreate
from intercluster.services import entities, exchange, overview
from intercluster.services import relations as relation_service
from tests.clients import app_client


def add(database: Database, name: str, **fields: Any) -> int:
    fields.setdefault("type", "company")
    with database.uow() as uow:
        return entities.create_entity(uow, data=EntityCreate(name=name, **fields)).id


def relate(database: Database, subject: str, obj: str, predicate: str = "partner_of") -> None:
    with database.uow() as uow:
        relation_service.create_relation(
            uow, data=RelationCreate(subject=subject, predicate=predicate, object=obj)
        )


def names(database: Database, **flt: Any) -> list[str]:
    with database.uow() as uow:
        page = entities.list_entities(
            uow, kind=EntityKind.ORGANISATION, flt=EntityFilter(**flt), limit=50, offset=0
        )
    return [e.name for e in page.data]


# ---------------------------------------------------------------- keyset pages


def walk(database: Database, limit: int, **flt: Any) -> Iterator[list[str]]:
    after = None
    while True:
        with database.uow() as uow:
            page = entities.list_entities(
                uow,
                kind=EntityKind.ORGANISATION,
                flt=EntityFilter(**flt),
                limit=limit,
                offset=0,
                after=after,
            )
        yield [e.name for e in page.data]
        after = page.next_cursor
        if after is None:
            return


def test_keyset_pages_cover_the_list_once_in_order(database: Database) -> None:
    wanted = [f"Org {i:02d} Bio" for i in range(13)]
    for name in reversed(wanted):
        add(database, name, description="bio" if name.endswith("3 Bio") else None)
    pages = list(walk(database, 5))
    assert [len(p) for p in pages] == [5, 5, 3]
    assert [name for page in pages for name in page] == wanted
    # With a query the pages follow the ranking, still each row once.
    ranked = [name for page in walk(database, 4, q="bio") for name in page]
    assert sorted(ranked) == wanted and len(ranked) == len(set(ranked))
    assert ranked == names(database, q="bio")
    # Offsets still work, and give the same rows.
    with database.uow() as uow:
        page = entities.list_entities(
            uow, kind=EntityKind.ORGANISATION, flt=EntityFilter(), limit=5, offset=5
        )
    assert [e.name for e in page.data] == wanted[5:10]


def test_a_page_read_by_cursor_is_stable_under_inserts(database: Database) -> None:
    for i in range(6):
        add(database, f"Stable {i}")
    with database.uow() as uow:
        first = entities.list_entities(
            uow, kind=EntityKind.ORGANISATION, flt=EntityFilter(), limit=3, offset=0
        )
    add(database, "Aaa inserted before the cursor")
    with database.uow() as uow:
        second = entities.list_entities(
            uow,
            kind=EntityKind.ORGANISATION,
            flt=EntityFilter(),
            limit=3,
            offset=0,
            after=first.next_cursor,
        )
    assert [e.name for e in second.data] == ["Stable 3", "Stable 4", "Stable 5"]
    assert second.next_cursor is None


def test_relations_by_cursor_and_a_forged_cursor(database: Database) -> None:
    for name in ("Hub", "A1", "A2", "A3", "A4", "A5"):
        add(database, name)
    for name in ("a1", "a2", "a3", "a4", "a5"):
        relate(database, "hub", name)
    seen: list[int] = []
    after = None
    while True:
        with database.uow() as uow:
            page = relation_service.list_relations(
                uow, flt=RelationFilter(entity_id=None), limit=2, offset=0, after=after
            )
        seen += [r.id for r in page.data]
        after = page.next_cursor
        if after is None:
            break
    assert seen == sorted(seen) and len(seen) == 5
    for forged in ("not-a-cursor", "WzEsMiwzXQ", "!!"):
        with pytest.raises(InvalidInput) as caught, database.uow() as uow:
            relation_service.list_relations(
                uow, flt=RelationFilter(), limit=2, offset=0, after=forged
            )
        assert caught.value.field == "after"


def test_relations_of_a_large_country_page_alike_whichever_plan(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the count cap, SQLite reads relations in id order (repositories.window): the
    pages must be those of the index plan."""
    for name, country in (("Paris A", "FR"), ("Paris B", "FR"), ("Oslo A", "NO"), ("Rome A", "IT")):
        add(database, name, country=country)
    for subject, obj in (
        ("paris-a", "oslo-a"), ("oslo-a", "rome-a"), ("rome-a", "paris-b"), ("paris-a", "paris-b"),
        ("oslo-a", "paris-b"),
    ):  # fmt: skip
        relate(database, subject, obj)

    def pages() -> list[list[int]]:
        found, after = [], None
        while True:
            with database.uow() as uow:
                page = relation_service.list_relations(
                    uow, flt=RelationFilter(country="FR"), limit=2, offset=0, after=after
                )
            found.append([r.id for r in page.data])
            after = page.next_cursor
            if after is None:
                return found

    by_index = pages()
    monkeypatch.setattr(repositories, "COUNT_CAP", 2)
    assert pages() == by_index
    assert sum(len(p) for p in by_index) == 4  # every relation but Oslo-Rome


def test_count_is_capped_unless_asked(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(5):
        add(database, f"Counted {i}")
    monkeypatch.setattr(repositories, "COUNT_CAP", 3)
    with database.uow() as uow:
        capped = entities.list_entities(
            uow, kind=EntityKind.ORGANISATION, flt=EntityFilter(), limit=2, offset=0
        )
        exact = entities.list_entities(
            uow,
            kind=EntityKind.ORGANISATION,
            flt=EntityFilter(),
            limit=2,
            offset=0,
            exact_count=True,
        )
    assert (capped.count, capped.count_exact) == (3, False)
    assert (exact.count, exact.count_exact) == (5, True)


def test_the_api_pages_by_cursor(database: Database) -> None:
    for i in range(7):
        add(database, f"Api Org {i}")
    with app_client(database) as client:
        first = client.get("/api/v1/organizations", params={"limit": 4}).json()
        assert first["count"] == 7 and first["count_exact"] is True
        second = client.get(
            "/api/v1/organizations", params={"limit": 4, "after": first["next_cursor"]}
        ).json()
        assert [e["name"] for e in first["data"] + second["data"]] == [
            f"Api Org {i}" for i in range(7)
        ]
        assert second["next_cursor"] is None
        bad = client.get("/api/v1/organizations", params={"after": "xyz"})
        assert bad.status_code == 400 or bad.status_code == 422
        assert bad.json()["error"]["field"] == "after"
        schema = client.get("/api/v1/openapi.json").json()
        parameters = schema["paths"]["/api/v1/organizations"]["get"]["parameters"]
        assert {"after", "exact_count"} <= {p["name"] for p in parameters}


# ---------------------------------------------------------------- full-text search


def test_search_ranks_exact_then_prefix_then_by_relevance(database: Database) -> None:
    add(database, "Genomics Valley Partners")
    add(database, "Nordic Genomics")
    add(database, "Unrelated Labs", description="A lab that also does genomics work.")
    add(database, "Genomics")
    add(database, "Helix Institute", aliases=["Genomics Helix"])
    found = names(database, q="genomics")
    assert found[0] == "Genomics"  # the exact name
    assert found[1] == "Genomics Valley Partners"  # the name starts with it
    # A name or alias match outranks a mention in the description.
    assert found.index("Unrelated Labs") == len(found) - 1
    assert set(found) == {
        "Genomics",
        "Genomics Valley Partners",
        "Nordic Genomics",
        "Unrelated Labs",
        "Helix Institute",
    }


def test_search_ignores_accents_and_case_and_matches_word_prefixes(database: Database) -> None:
    add(database, "Tartù Biocluster", country="EE")
    add(database, "Geneva Biotech Hub", description="Founded in Genève by the canton.")
    assert names(database, q="TARTU") == ["Tartù Biocluster"]
    assert names(database, q="tartù bioclu") == ["Tartù Biocluster"]
    assert names(database, q="geneve") == ["Geneva Biotech Hub"]
    assert names(database, q="genè") == ["Geneva Biotech Hub"]
    assert names(database, q="biocl") == ["Tartù Biocluster"]
    # Every word must match: "tartu geneva" names nothing.
    assert names(database, q="tartu geneva") == []


def test_search_index_follows_edits_aliases_and_deletes(database: Database) -> None:
    entity_id = add(database, "Old Name Cluster", type="cluster", aliases=["ONC"])
    assert names(database, q="onc") == ["Old Name Cluster"]
    with database.uow() as uow:
        entities.update_entity(
            uow,
            entity_id=entity_id,
            data=EntityUpdate(name="Brand New Cluster", aliases=["BNC"]),
        )
    assert names(database, q="old name") == []
    assert names(database, q="onc") == []
    assert names(database, q="bnc") == ["Brand New Cluster"]
    assert names(database, q="brand") == ["Brand New Cluster"]
    with database.uow() as uow:
        entities.delete_entity(uow, entity_id=entity_id)
    assert names(database, q="brand") == []


def test_relations_filter_by_either_side_name(database: Database) -> None:
    add(database, "Searchable Hub")
    add(database, "Quiet Partner")
    add(database, "Other Company")
    relate(database, "searchable-hub", "quiet-partner")
    relate(database, "other-company", "quiet-partner")
    with database.uow() as uow:
        page = relation_service.list_relations(
            uow, flt=RelationFilter(q="searchab"), limit=10, offset=0
        )
    assert [(r.subject.name, r.object.name) for r in page.data] == [
        ("Searchable Hub", "Quiet Partner")
    ]


# ---------------------------------------------------------------- exports


def small_registry(database: Database, count: int = 12) -> None:
    for i in range(count):
        add(database, f"Exported {i:02d}", country="FR", sectors=["biotech"], aliases=[f"EX{i}"])
    for i in range(1, count):
        relate(database, "exported-00", f"exported-{i:02d}")


def test_streamed_json_is_the_document_in_chunks(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_registry(database)
    with database.uow() as uow:
        whole = json.dumps(exchange.export_json(uow), ensure_ascii=False, indent=2) + "\n"
    monkeypatch.setattr(exchange, "CHUNK", 200)
    with database.uow() as uow:
        chunks = list(exchange.iter_json(uow))
    assert len(chunks) > 5
    assert "".join(chunks) == whole
    with database.uow() as uow:
        assert "".join(exchange.iter_json(uow)).count('"predicate"') == 11


def test_streamed_export_reads_the_registry_batch_by_batch(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    small_registry(database)
    monkeypatch.setattr(exchange, "CHUNK", 50)
    monkeypatch.setattr(exchange, "EXPORT_BATCH", 3)
    reads: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM entities" in statement:
            reads.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        with database.uow() as uow:
            chunks = exchange.iter_json(uow)
            first = next(chunks)
            read_before_first_chunk = len(reads)
            rest = list(chunks)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert first.startswith('{\n  "entities": [')
    # The first chunk left after one batch of entities: nothing waits for the whole registry.
    assert read_before_first_chunk <= 3 < len(reads)
    assert json.loads(first + "".join(rest))["entities"][-1]["id"] == "exported-11"


def test_streamed_csv_equals_the_whole_csv(database: Database) -> None:
    small_registry(database, 5)
    with database.uow() as uow:
        assert "".join(exchange.iter_entities_csv(uow)) == exchange.export_entities_csv(uow)
        relations_csv = "".join(exchange.iter_relations_csv(uow))
    assert relations_csv.splitlines()[0] == "subject,predicate,object,date,status,confidence"
    assert len(relations_csv.splitlines()) == 5


# ---------------------------------------------------------------- bulk import


def document(relations: list[dict[str, Any]]) -> str:
    return json.dumps(
        {
            "entities": [
                {"id": f"e{i}", "name": f"Bulk Org {i}", "type": "company", "country": "DE"}
                for i in range(6)
            ],
            "relations": relations,
        }
    )


def empty(database: Database) -> bool:
    with database.engine.connect() as connection:
        return not connection.execute(text("SELECT count(*) FROM entities")).scalar()


def test_bulk_import_is_all_or_nothing_across_batches(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intercluster.services import bulk

    monkeypatch.setattr(bulk, "BATCH", 2)  # batches are written before the bad record
    monkeypatch.setattr(exchange, "BATCH", 2)
    relations = [
        {"subject": f"e{i}", "predicate": "partner_of", "object": f"e{i + 1}", "date": "2021"}
        for i in range(5)
    ]
    relations.append({"subject": "e0", "predicate": "partner_of", "object": "nobody"})
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        exchange.import_json(uow, document(relations))
    assert caught.value.message.startswith("relations[5]: object: no entity named 'nobody'")
    assert empty(database)


def test_bulk_import_refuses_a_fact_twice_naming_the_record(database: Database) -> None:
    relations = [
        {"subject": "e0", "predicate": "partner_of", "object": "e1", "date": "2021"},
        {"subject": "e1", "predicate": "partner_of", "object": "e0", "date": "2021"},
    ]
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        exchange.import_json(uow, document(relations))
    assert caught.value.message.startswith("relations[1]: relation: Bulk Org 1 partner_of")
    assert "already exists" in caught.value.message
    assert empty(database)


def test_bulk_import_checks_what_the_one_by_one_path_checks(database: Database) -> None:
    bad_type = [{"subject": "e0", "predicate": "member_of", "object": "e1"}]
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        exchange.import_json(uow, document(bad_type))
    assert caught.value.message.startswith("relations[0]: ")
    assert "member_of" in caught.value.message
    add(database, "Existing Org")
    clash = json.dumps({"entities": [{"id": "x", "name": "existing org", "type": "company"}]})
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        exchange.import_json(uow, clash)
    assert "already has this name" in caught.value.message
    with pytest.raises(InterclusterError) as caught, database.uow() as uow:
        exchange.import_csv(uow, "name,type,country\nGood One,company,FR\nBad One,company,Mars\n")
    assert caught.value.message.startswith("line 3: country")
    assert names(database) == ["Existing Org"]


def test_bulk_imported_records_are_searchable_and_counted(database: Database) -> None:
    relations = [
        {"subject": "e0", "predicate": "partner_of", "object": f"e{i}", "date": "2021"}
        for i in range(1, 6)
    ]
    handled: list[int] = []
    totals: list[int] = []
    with database.uow() as uow:
        report = exchange.import_json(
            uow, document(relations), progress=handled.append, total=totals.append
        )
    assert (report.entities, report.relations) == (6, 5)
    assert totals == [11] and sum(handled) == 11
    assert names(database, q="bulk org 3") == ["Bulk Org 3"]
    with database.uow() as uow:
        hub = entities.resolve_entity(uow, "e0")
        assert uow.relations.page(RelationFilter(entity_id=hub.id), limit=10, offset=0)[1] == 5


# ---------------------------------------------------------------- graph view, neighbourhood


def test_graph_view_is_folded_by_country_beyond_the_node_limit(database: Database) -> None:
    for country, count in (("FR", 4), ("DE", 3), ("BE", 2)):
        for i in range(count):
            add(database, f"{country} Org {i}", country=country)
    relate(database, "fr-org-0", "fr-org-1")
    relate(database, "fr-org-0", "fr-org-2")
    relate(database, "fr-org-0", "fr-org-3")
    relate(database, "fr-org-0", "de-org-0")
    relate(database, "de-org-1", "fr-org-1")
    relate(database, "de-org-2", "be-org-0")
    relate(database, "be-org-1", "de-org-0")
    with database.uow() as uow:
        whole = overview.network_graph(uow, flt=overview.GraphFilter(), max_nodes=100)
        folded = overview.network_graph(uow, flt=overview.GraphFilter(), max_nodes=5)
        france = overview.network_graph(uow, flt=overview.GraphFilter(country="FR"), max_nodes=3)
    assert whole["mode"] == "entities" and len(whole["nodes"]) == 9 and not whole["truncated"]
    assert folded["mode"] == "countries" and folded["truncated"]
    sizes = {node["data"]["country"]: node["data"]["count"] for node in folded["nodes"]}
    assert sizes == {"FR": 4, "DE": 3, "BE": 2}
    weights = {
        (e["data"]["source"], e["data"]["target"]): e["data"]["weight"] for e in folded["edges"]
    }
    assert weights == {("cDE", "cFR"): 2, ("cBE", "cDE"): 2}
    assert folded["nodes"][0]["data"]["url"] == "/graph?country=FR"
    assert (folded["total_nodes"], folded["total_edges"]) == (9, 7)
    # Within one country (drill-down) the best connected nodes are kept, the rest counted.
    assert france["mode"] == "entities" and france["truncated"]
    assert len(france["nodes"]) == 3
    assert "fr-org-0" in {node["data"]["url"].rsplit("/", 1)[1] for node in france["nodes"]}


def test_neighbourhood_nearest_first_and_capped(database: Database) -> None:
    for name in ("Centre", "Near A", "Near B", "Far A", "Far B"):
        add(database, name)
    relate(database, "centre", "near-a")
    relate(database, "centre", "near-b")
    relate(database, "near-a", "far-a")
    relate(database, "near-b", "far-b")
    with app_client(database) as client:
        one = client.get("/api/v1/organizations/centre/neighbourhood", params={"depth": 1}).json()
        two = client.get("/api/v1/organizations/centre/neighbourhood").json()
        capped = client.get(
            "/api/v1/organizations/centre/neighbourhood", params={"limit": 2}
        ).json()
    assert [n["key"] for n in one["nodes"]] == ["centre", "near-a", "near-b"]
    assert {n["key"]: n["distance"] for n in two["nodes"]} == {
        "centre": 0, "near-a": 1, "near-b": 1, "far-a": 2, "far-b": 2,
    }  # fmt: skip
    assert len(two["edges"]) == 4 and not two["truncated"]
    assert len(capped["nodes"]) == 2 and capped["truncated"]


# ---------------------------------------------------------------- migration 0006


def search_objects(database: Database) -> set[str]:
    names = set(inspect(database.engine).get_table_names())
    return {name for name in names if name.startswith(("entities_fts", "entity_search"))}


def test_search_structures_come_and_go_with_the_migration(database: Database) -> None:
    assert search_objects(database)
    downgrade(database.engine, "base")
    assert not search_objects(database)
    upgrade(database.engine)
    assert search_objects(database)
    add(database, "After Upgrade Labs")
    assert names(database, q="upgrade") == ["After Upgrade Labs"]
