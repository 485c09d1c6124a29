"""Full-text search over entity names, aliases and descriptions, on SQLite and PostgreSQL.

Each database uses its own engine, kept in step with the registry by triggers
(migration 0006), so every writer (the ORM, a bulk COPY, a merge) updates it:

- SQLite: the FTS5 table `entities_fts` (rowid = entity id; columns name,
  aliases, description), tokenizer `unicode61 remove_diacritics 2`, with prefix
  indexes of 2 and 3 characters; ranked with bm25 (name 10, aliases 5,
  description 1).
- PostgreSQL: the table `entity_search` (entity_id, document tsvector, GIN
  index), weights A (name), B (aliases), C (description) on the `simple`
  configuration with accents folded; ranked with ts_rank.

Names and aliases are indexed in their normalised form (`normalize_name`:
ASCII, lower case), so "Tartù", "tartu" and "TARTU" find the same entity; every
word of a query matches as a prefix ("genom" finds "Genomics"). Both ranks are
returned so that lower is better.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Select,
    cast,
    column,
    func,
    literal_column,
    select,
    table,
    text,
)
from unidecode import unidecode

from intercluster.domain.normalize import normalize_name

# Tables that live beside the models but are not in Base.metadata: autogenerate and the
# schema comparison must leave them alone.
SEARCH_TABLE_PREFIXES = ("entities_fts", "entity_search")

_fts = table("entities_fts", column("rowid"))
_pg = table("entity_search", column("entity_id"), column("document"))

# Weights: name, aliases, description.
SQLITE_RANK = "bm25(entities_fts, 10.0, 5.0, 1.0)"
PG_WEIGHTS = "{0.1, 0.2, 0.5, 1.0}"  # D, C, B, A


def include_name(name: str | None, type_: str, _parent: Any) -> bool:
    """Alembic hook: the search tables are maintained by hand, not from the models."""
    return not (type_ == "table" and name is not None and name.startswith(SEARCH_TABLE_PREFIXES))


def query_words(q: str | None) -> list[str]:
    """The words of a free-text query, in the normalised form the index holds."""
    return normalize_name(q or "").split()


def _sqlite_query(words: list[str]) -> str:
    # Words are [0-9a-z]+ (normalize_name), quoted anyway: FTS5 syntax never leaks in.
    return " ".join(f'"{word}"*' for word in words)


def _pg_query(words: list[str]) -> str:
    return " & ".join(f"{word}:*" for word in words)


def matching_ids(dialect: str, words: list[str]) -> Select[Any]:
    """Ids of the entities whose name, aliases or description hold every word (as prefixes)."""
    if dialect == "postgresql":
        return select(_pg.c.entity_id).where(
            _pg.c.document.op("@@")(func.to_tsquery("simple", _pg_query(words)))
        )
    return (
        select(_fts.c.rowid)
        .where(text("entities_fts MATCH :fts_query"))
        .params(fts_query=_sqlite_query(words))
    )


def ranked_ids(dialect: str, words: list[str]) -> Select[Any]:
    """(id, rank) of the matching entities; a lower rank is a better match."""
    if dialect == "postgresql":
        query = func.to_tsquery("simple", _pg_query(words))
        # ts_rank is a float4; as a float8 the rank read back into a cursor compares equal
        # to the one computed again (keyset pages would otherwise repeat rows).
        rank: ColumnElement[Any] = -cast(
            func.ts_rank(literal_column(f"'{PG_WEIGHTS}'::float4[]"), _pg.c.document, query),
            Float,
        )
        return select(_pg.c.entity_id.label("id"), rank.label("rank")).where(
            _pg.c.document.op("@@")(query)
        )
    return (
        select(_fts.c.rowid.label("id"), literal_column(SQLITE_RANK).label("rank"))
        .where(text("entities_fts MATCH :fts_query"))
        .params(fts_query=_sqlite_query(words))
    )


# ---------------------------------------------------------------- DDL (migration 0006)

SQLITE_CREATE = [
    """CREATE VIRTUAL TABLE entities_fts USING fts5(
        name, aliases, description,
        tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""",
    """INSERT INTO entities_fts (rowid, name, aliases, description)
        SELECT e.id, e.name_norm,
               coalesce((SELECT group_concat(a.alias_norm, ' ') FROM aliases a
                         WHERE a.entity_id = e.id), ''),
               coalesce(e.description, '')
        FROM entities e""",
    """CREATE TRIGGER entities_fts_insert AFTER INSERT ON entities BEGIN
        INSERT INTO entities_fts (rowid, name, aliases, description)
        VALUES (new.id, new.name_norm, '', coalesce(new.description, ''));
    END""",
    """CREATE TRIGGER entities_fts_update AFTER UPDATE OF name_norm, description ON entities
    BEGIN
        UPDATE entities_fts SET name = new.name_norm, description = coalesce(new.description, '')
        WHERE rowid = new.id;
    END""",
    """CREATE TRIGGER entities_fts_delete AFTER DELETE ON entities BEGIN
        DELETE FROM entities_fts WHERE rowid = old.id;
    END""",
    """CREATE TRIGGER aliases_fts_insert AFTER INSERT ON aliases BEGIN
        UPDATE entities_fts SET aliases = (SELECT group_concat(alias_norm, ' ') FROM aliases
                                           WHERE entity_id = new.entity_id)
        WHERE rowid = new.entity_id;
    END""",
    """CREATE TRIGGER aliases_fts_update AFTER UPDATE ON aliases BEGIN
        UPDATE entities_fts SET aliases = coalesce((SELECT group_concat(alias_norm, ' ')
                                                    FROM aliases
                                                    WHERE entity_id = old.entity_id), '')
        WHERE rowid = old.entity_id;
        UPDATE entities_fts SET aliases = (SELECT group_concat(alias_norm, ' ') FROM aliases
                                           WHERE entity_id = new.entity_id)
        WHERE rowid = new.entity_id;
    END""",
    """CREATE TRIGGER aliases_fts_delete AFTER DELETE ON aliases BEGIN
        UPDATE entities_fts SET aliases = coalesce((SELECT group_concat(alias_norm, ' ')
                                                    FROM aliases
                                                    WHERE entity_id = old.entity_id), '')
        WHERE rowid = old.entity_id;
    END""",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS aliases_fts_delete",
    "DROP TRIGGER IF EXISTS aliases_fts_update",
    "DROP TRIGGER IF EXISTS aliases_fts_insert",
    "DROP TRIGGER IF EXISTS entities_fts_delete",
    "DROP TRIGGER IF EXISTS entities_fts_update",
    "DROP TRIGGER IF EXISTS entities_fts_insert",
    "DROP TABLE IF EXISTS entities_fts",
]

# Accented Latin letters folded in descriptions (names and aliases are folded by the
# application already); `unaccent` would need an extension a shared server may not allow.
_ACCENTED = "àáâãäåāăąçćčďèéêëēĕėęěìíîïĩīĭįłñńňòóôõöøōŏőŕřśšşťţùúûüũūŭůűųýÿźżž"
_PLAIN = "".join(unidecode(letter) for letter in _ACCENTED)

PG_CREATE = [
    """CREATE TABLE entity_search (
        entity_id INTEGER PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
        document tsvector NOT NULL)""",
    "CREATE INDEX ix_entity_search_document ON entity_search USING gin (document)",
    f"""CREATE FUNCTION intercluster_search_document(target integer) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('simple', e.name_norm), 'A')
            || setweight(to_tsvector('simple', coalesce(
                   (SELECT string_agg(a.alias_norm, ' ') FROM aliases a
                    WHERE a.entity_id = e.id), '')), 'B')
            || setweight(to_tsvector('simple', translate(lower(coalesce(e.description, '')),
                   '{_ACCENTED}', '{_PLAIN}')), 'C')
        FROM entities e WHERE e.id = target
    $$""",
    """CREATE FUNCTION intercluster_search_refresh(target integer) RETURNS void
    LANGUAGE sql AS $$
        INSERT INTO entity_search (entity_id, document)
        SELECT e.id, intercluster_search_document(e.id) FROM entities e WHERE e.id = target
        ON CONFLICT (entity_id) DO UPDATE SET document = EXCLUDED.document
    $$""",
    """CREATE FUNCTION intercluster_search_entity_trigger() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM intercluster_search_refresh(NEW.id);
        RETURN NULL;
    END
    $$""",
    """CREATE FUNCTION intercluster_search_alias_trigger() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM intercluster_search_refresh(OLD.entity_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
            PERFORM intercluster_search_refresh(NEW.entity_id);
        END IF;
        RETURN NULL;
    END
    $$""",
    """CREATE TRIGGER entities_search_insert AFTER INSERT ON entities
        FOR EACH ROW EXECUTE FUNCTION intercluster_search_entity_trigger()""",
    """CREATE TRIGGER entities_search_update AFTER UPDATE OF name_norm, description ON entities
        FOR EACH ROW EXECUTE FUNCTION intercluster_search_entity_trigger()""",
    """CREATE TRIGGER aliases_search_change AFTER INSERT OR UPDATE OR DELETE ON aliases
        FOR EACH ROW EXECUTE FUNCTION intercluster_search_alias_trigger()""",
    """INSERT INTO entity_search (entity_id, document)
        SELECT id, intercluster_search_document(id) FROM entities""",
]
# Migration 0008: insertions refresh the index once per statement, over its transition
# table, instead of once per row: a bulk COPY of 100,000 entities then costs one set-based
# insert, not 100,000 trigger calls (about 3.5 times faster on the scale benchmark).
# Updates and deletes stay per row (one record at a time, through forms and merges).
PG_STATEMENT_TRIGGERS = [
    "DROP TRIGGER IF EXISTS entities_search_insert ON entities",
    "DROP TRIGGER IF EXISTS aliases_search_change ON aliases",
    """CREATE FUNCTION intercluster_search_entities_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO entity_search (entity_id, document)
        SELECT n.id, intercluster_search_document(n.id) FROM new_entities n
        ON CONFLICT (entity_id) DO UPDATE SET document = EXCLUDED.document;
        RETURN NULL;
    END
    $$""",
    """CREATE FUNCTION intercluster_search_aliases_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO entity_search (entity_id, document)
        SELECT n.entity_id, intercluster_search_document(n.entity_id)
        FROM (SELECT DISTINCT entity_id FROM new_aliases) n
        ON CONFLICT (entity_id) DO UPDATE SET document = EXCLUDED.document;
        RETURN NULL;
    END
    $$""",
    """CREATE TRIGGER entities_search_insert AFTER INSERT ON entities
        REFERENCING NEW TABLE AS new_entities
        FOR EACH STATEMENT EXECUTE FUNCTION intercluster_search_entities_inserted()""",
    """CREATE TRIGGER aliases_search_insert AFTER INSERT ON aliases
        REFERENCING NEW TABLE AS new_aliases
        FOR EACH STATEMENT EXECUTE FUNCTION intercluster_search_aliases_inserted()""",
    """CREATE TRIGGER aliases_search_change AFTER UPDATE OR DELETE ON aliases
        FOR EACH ROW EXECUTE FUNCTION intercluster_search_alias_trigger()""",
]
PG_ROW_TRIGGERS = [  # 0008's downgrade: back to 0006's triggers
    "DROP TRIGGER IF EXISTS aliases_search_change ON aliases",
    "DROP TRIGGER IF EXISTS aliases_search_insert ON aliases",
    "DROP TRIGGER IF EXISTS entities_search_insert ON entities",
    "DROP FUNCTION IF EXISTS intercluster_search_aliases_inserted()",
    "DROP FUNCTION IF EXISTS intercluster_search_entities_inserted()",
    """CREATE TRIGGER entities_search_insert AFTER INSERT ON entities
        FOR EACH ROW EXECUTE FUNCTION intercluster_search_entity_trigger()""",
    """CREATE TRIGGER aliases_search_change AFTER INSERT OR UPDATE OR DELETE ON aliases
        FOR EACH ROW EXECUTE FUNCTION intercluster_search_alias_trigger()""",
]
PG_DROP = [
    "DROP TRIGGER IF EXISTS aliases_search_insert ON aliases",
    "DROP TRIGGER IF EXISTS aliases_search_change ON aliases",
    "DROP TRIGGER IF EXISTS entities_search_update ON entities",
    "DROP TRIGGER IF EXISTS entities_search_insert ON entities",
    "DROP FUNCTION IF EXISTS intercluster_search_aliases_inserted()",
    "DROP FUNCTION IF EXISTS intercluster_search_entities_inserted()",
    "DROP FUNCTION IF EXISTS intercluster_search_alias_trigger()",
    "DROP FUNCTION IF EXISTS intercluster_search_entity_trigger()",
    "DROP FUNCTION IF EXISTS intercluster_search_refresh(integer)",
    "DROP FUNCTION IF EXISTS intercluster_search_document(integer)",
    "DROP TABLE IF EXISTS entity_search",
]


def create_statements(dialect: str) -> list[str]:
    return PG_CREATE if dialect == "postgresql" else SQLITE_CREATE


def drop_statements(dialect: str) -> list[str]:
    return PG_DROP if dialect == "postgresql" else SQLITE_DROP
