"""Property tests: any input either parses or is refused with InvalidInput, never worse.

The importers (JSON and CSV), the extraction readers (PDF, DOCX, HTML, text)
and the schedule instance parser get generated input, nearly valid and plain
random; each call must succeed or raise the project's `InvalidInput` with a
message saying where, never another exception, and a refused import must
leave the database exactly as it was.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from intercluster.db.models import Base
from intercluster.db.uow import Database
from intercluster.errors import InvalidInput
from intercluster.ingest.readers import read_document
from intercluster.scheduling.instance import load_instance, parse_instance
from intercluster.services.events_programme.calendar_files import parse_calendar_file
from intercluster.services.exchange import import_csv, import_json
from tests.ingest_files import make_docx, make_pdf

SLOW = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large]

# ---------------------------------------------------------------- building blocks

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=30),
    st.sampled_from(["", "FR", "Belgium", "cluster", "partner_of", "2021", "2021-13", "genopole"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)

ENTITY_FIELDS = [
    "id",
    "name",
    "type",
    "country",
    "region",
    "aliases",
    "sectors",
    "sources",
    "start_date",
    "end_date",
    "format",
    "website",
    "description",
    "status",
]
RELATION_FIELDS = [
    "subject",
    "predicate",
    "object",
    "date",
    "attributes",
    "status",
    "confidence",
    "evidence",
    "sources",
]
GOOD = {
    "name": st.text(min_size=1, max_size=20),
    "type": st.sampled_from(["cluster", "company", "event", "person", "project", "place", "x"]),
    "country": st.sampled_from(["FR", "BE", "Belgium", "XX", "", "fr"]),
    "predicate": st.sampled_from(["partner_of", "member_of", "participated_in", "met_with", "?"]),
    "date": st.sampled_from(["2021", "2021-06", "2021-06-31", "21", "", "2021-02-29"]),
    "subject": st.sampled_from(["genopole", "biowin", "nobody", "", "1"]),
    "object": st.sampled_from(["genopole", "biowin", "nobody", "", "1"]),
}


def _record(fields: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """A record with some of these fields, each either plausible or any JSON value."""
    return st.dictionaries(
        st.sampled_from(fields),
        st.deferred(lambda: st.one_of(json_values, *GOOD.values())),
        max_size=len(fields),
    ).flatmap(
        lambda base: st.fixed_dictionaries(
            {k: GOOD[k] if k in GOOD else st.just(v) for k, v in base.items()}
        )
    )


documents = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {},
        optional={
            "entities": st.one_of(st.lists(_record(ENTITY_FIELDS), max_size=4), json_values),
            "relations": st.one_of(st.lists(_record(RELATION_FIELDS), max_size=4), json_values),
            "sources": st.one_of(
                st.lists(
                    st.fixed_dictionaries(
                        {"name": st.text(max_size=10), "text": st.text(max_size=40)},
                        optional={"id": st.text(max_size=64), "chars": json_values},
                    ),
                    max_size=2,
                ),
                json_values,
            ),
        },
    ),
)


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
            if connection.dialect.has_table(connection, t.name)
        }


def _import_or_refuse(database: Database, run: Any) -> None:
    before = _counts(database)
    try:
        with database.uow() as uow:
            run(uow)
    except InvalidInput as exc:
        assert exc.message.strip(), "an error must say what is wrong"
        assert _counts(database) == before, "a refused import wrote something"


# ---------------------------------------------------------------- importers


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(document=documents, skip=st.booleans())
def test_json_import_parses_or_refuses_cleanly(
    demo_database: Database, document: Any, skip: bool
) -> None:
    text = json.dumps(document)
    _import_or_refuse(demo_database, lambda uow: import_json(uow, text, skip_existing=skip))


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(text=st.text(max_size=300))
def test_json_import_of_any_text(demo_database: Database, text: str) -> None:
    _import_or_refuse(demo_database, lambda uow: import_json(uow, text))


CSV_HEADERS = [
    ["id", "name", "type", "country", "aliases", "sectors"],
    ["subject", "predicate", "object", "date", "status", "attributes.role", "attributes.kind"],
    ["name", "type"],
    ["subject", "predicate"],
]


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(
    header=st.one_of(st.sampled_from(CSV_HEADERS), st.lists(st.text(max_size=8), max_size=5)),
    rows=st.lists(
        st.lists(st.one_of(st.text(max_size=15), *GOOD.values()), max_size=8), max_size=5
    ),
)
def test_csv_import_parses_or_refuses_cleanly(
    demo_database: Database, header: list[str], rows: list[list[str]]
) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    text = out.getvalue()
    _import_or_refuse(demo_database, lambda uow: import_csv(uow, text))


# ---------------------------------------------------------------- readers


def _mutate(data: bytes, seed: int, edits: int) -> bytes:
    """Flip, drop, insert or truncate bytes of a valid file, deterministically."""
    rng = random.Random(seed)
    buffer = bytearray(data)
    for _ in range(edits):
        if not buffer:
            break
        position = rng.randrange(len(buffer))
        action = rng.randrange(4)
        if action == 0:
            buffer[position] = rng.randrange(256)
        elif action == 1:
            del buffer[position : position + rng.randrange(1, 64)]
        elif action == 2:
            buffer[position:position] = bytes(rng.randrange(256) for _ in range(rng.randrange(8)))
        else:
            del buffer[position:]
    return bytes(buffer)


@functools.cache
def valid_file(suffix: str) -> bytes:
    """A small readable file of each kind, made once."""
    folder = Path(tempfile.mkdtemp(prefix="valid-"))
    lines = ["Genopole signed a partnership with BioWin in 2021.", "It met Medicon Valley."]
    html = "<html><body><h1>Report</h1><p>" + "</p><p>".join(lines) + "</p></body></html>"
    try:
        if suffix == ".pdf":
            return make_pdf(folder / "a.pdf", lines).read_bytes()
        if suffix == ".docx":
            return make_docx(folder / "a.docx", lines).read_bytes()
    finally:
        shutil.rmtree(folder)
    if suffix == ".html":
        return html.encode()
    if suffix == ".md":
        return ("# Report\n\n" + "\n\n".join(lines)).encode()
    return "\n".join(lines).encode("utf-16")


@settings(max_examples=150, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(
    suffix=st.sampled_from([".pdf", ".docx", ".html", ".md", ".txt"]),
    seed=st.integers(0, 2**32),
    edits=st.integers(1, 12),
)
def test_readers_on_damaged_files(tmp_path: Path, suffix: str, seed: int, edits: int) -> None:
    data = _mutate(valid_file(suffix), seed, edits)
    path = tmp_path / f"damaged{suffix}"
    path.write_bytes(data)
    try:
        document = read_document(path)
    except InvalidInput as exc:
        assert exc.message.startswith(f"damaged{suffix}: ")
    else:
        assert document.text and document.text == document.text.strip()


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(data=st.binary(min_size=1, max_size=400), suffix=st.sampled_from([".pdf", ".docx"]))
def test_readers_on_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    with pytest.raises(InvalidInput, match=f"^random{suffix}: "):
        read_document(path)


# ---------------------------------------------------------------- schedule instances

slot_ids = st.sampled_from(["s1", "s2", "s3", "d1-0900", "", "x"])
instances = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {},
        optional={
            "event": st.one_of(st.text(max_size=10), json_values),
            "tables": st.one_of(st.integers(-2, 5), json_values),
            "slots": st.one_of(
                st.lists(
                    st.fixed_dictionaries(
                        {"id": st.one_of(slot_ids, json_values)},
                        optional={
                            "day": st.sampled_from(["2021-03-22", "2021-02-30", "x", ""]),
                            "start": st.sampled_from(["09:00", "24:00", "9:00", "", None]),
                            "minutes": st.one_of(st.integers(-5, 90), json_values),
                        },
                    ),
                    max_size=4,
                ),
                json_values,
            ),
            "participants": st.one_of(
                st.lists(
                    st.fixed_dictionaries(
                        {"id": st.sampled_from(["p1", "p2", "p3", ""])},
                        optional={
                            "name": json_values,
                            "unavailable": st.one_of(st.lists(slot_ids, max_size=3), json_values),
                            "delegates": json_values,
                        },
                    ),
                    max_size=4,
                ),
                json_values,
            ),
            "meetings": st.one_of(
                st.lists(
                    st.fixed_dictionaries(
                        {
                            "id": st.sampled_from(["m1", "m2", "m1"]),
                            "participants": st.one_of(
                                st.lists(st.sampled_from(["p1", "p2", "p3", "p9"]), max_size=4),
                                json_values,
                            ),
                        },
                        optional={"priority": st.one_of(st.integers(-1, 4), json_values)},
                    ),
                    max_size=4,
                ),
                json_values,
            ),
        },
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(document=instances)
def test_instance_parser_parses_or_names_the_field(document: Any) -> None:
    try:
        instance = parse_instance(document)
    except InvalidInput as exc:
        assert exc.message.strip()
    else:
        for meeting in instance.meetings:
            assert len(meeting.participants) >= 2
            assert all(0 <= p < len(instance.participants) for p in meeting.participants)


@settings(max_examples=60, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(text=st.text(max_size=200))
def test_instance_files_of_any_text(tmp_path: Path, text: str) -> None:
    assume(text.strip())
    path = tmp_path / "instance.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        load_instance(path)
    except InvalidInput as exc:
        assert exc.message.strip()


# ---------------------------------------------------------------- calendar files

ICS_LINES = st.sampled_from(
    [
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "SUMMARY:BIO International Convention",
        "SUMMARY;LANGUAGE=en:BIO-Europe",
        "DTSTART;VALUE=DATE:20250616",
        "DTSTART:20250616T090000Z",
        "DTSTART:2025-13-45",
        "DTEND;VALUE=DATE:20250612",
        "DTEND:",
        "LOCATION:Boston\\, MA\\, USA",
        "LOCATION:;;;",
        "CATEGORIES:biotech,health",
        "URL:https://example.org",
        " folded continuation",
        "BEGIN:VALARM",
        "END:VALARM",
        "RRULE:FREQ=YEARLY",
        ":",
        "",
    ]
)
CSV_CELLS = st.one_of(
    st.sampled_from(["name", "start_date", "end_date", "city", "country", "sectors", "format"]),
    st.sampled_from(["BIO 2025", "2025-06-16", "2025-06-12", "2025-02-30", "Boston", "US", "XX"]),
    st.text(max_size=12),
)


@settings(max_examples=200, deadline=None, suppress_health_check=SLOW, derandomize=True)
@given(
    name=st.sampled_from(["events.ics", "events.csv", "events.txt"]),
    lines=st.one_of(
        st.lists(ICS_LINES, max_size=25),
        st.lists(st.lists(CSV_CELLS, max_size=6).map(",".join), max_size=6),
    ),
    raw=st.booleans(),
    noise=st.binary(max_size=40),
)
def test_calendar_files_parse_or_refuse(
    name: str, lines: list[str], raw: bool, noise: bytes
) -> None:
    data = "\r\n".join(lines).encode() + (noise if raw else b"")
    try:
        parsed = parse_calendar_file(name, data)
    except InvalidInput as exc:
        assert exc.message.strip()
    else:
        for row in parsed.rows:
            assert row.name.strip()
        for problem in parsed.problems:
            assert str(problem).strip()
