"""Write the malformed-file corpus next to this script (deterministic; run it to regenerate).

    .venv/bin/python tests/attack/corpus/make_corpus.py

Every file is broken in one way a real file gets broken: cut short, wrong
format behind a right extension, damaged archive or XML, bad encoding, bad
values. `tests/attack/test_corpus.py` feeds each to its command.
"""

from __future__ import annotations

import io
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.ingest_files import make_docx, make_pdf  # noqa: E402

LINES = ["Genopole signed a partnership with BioWin in 2021.", "It met Medicon Valley."]


def _valid(kind: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        if kind == "pdf":
            return make_pdf(Path(folder) / "a.pdf", LINES).read_bytes()
        return make_docx(Path(folder) / "a.docx", LINES).read_bytes()


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The same archive with some members replaced (or dropped, for None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename in change:
                replacement = change[item.filename]
                if replacement is not None:
                    target.writestr(item, replacement)
            else:
                target.writestr(item, source.read(item.filename))
    return out.getvalue()


def documents() -> dict[str, bytes]:
    pdf, docx = _valid("pdf"), _valid("docx")
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        body = archive.read("word/document.xml")
    return {
        "truncated.pdf": pdf[: len(pdf) // 2],
        "not-really.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 4,
        "empty.pdf": b"",
        "html-named.pdf": b"<html><body>I am not a PDF</body></html>",
        "truncated.docx": docx[: len(docx) // 2],
        "no-body.docx": _rezip(docx, {"word/document.xml": None}),
        "broken-xml.docx": _rezip(docx, {"word/document.xml": body[: len(body) // 2]}),
        "plain-zip.docx": _zip({"hello.txt": b"hello"}),
        "binary.html": bytes(range(256)) * 8,
        "scripts-only.html": b"<html><script>alert(1)</script><style>p{}</style></html>",
        "bad-utf8.txt": "Genopole et la r\u00e9gion".encode("latin-1") + b"\xff\xfe\x00\x00",
    }


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def imports() -> dict[str, bytes]:
    return {
        "syntax-error.json": (
            b'{"entities": [\n  {"id": "x", "name": "X", "type": "cluster"},\n  {"id": }\n]}\n'
        ),
        "truncated.json": b'{"entities": [{"id": "x", "name": "X", "type": "clus',
        "a-list.json": b'[{"id": "x", "name": "X", "type": "cluster"}]\n',
        "bad-country.json": (
            b'{"entities": [{"id": "mars-bio", "name": "Mars Bio", "type": "cluster",'
            b' "country": "Mars"}]}\n'
        ),
        "unknown-predicate.json": (
            b'{"entities": [{"id": "a1", "name": "A One", "type": "cluster"},'
            b' {"id": "b1", "name": "B One", "type": "cluster"}],'
            b' "relations": [{"subject": "a1", "predicate": "loves", "object": "b1"}]}\n'
        ),
        "bad-country.csv": (
            b"id,name,type,country\nok-bio,Ok Bio,cluster,FR\nmars-bio,Mars Bio,cluster,Mars\n"
        ),
        "ragged.csv": b"id,name,type\nok-bio,Ok Bio,cluster,extra,cells\n",
        "no-header.csv": b"",
        "latin1.csv": "id,name,type\nr\u00e9gion,R\u00e9gion Bio,cluster\n".encode("latin-1"),
        "binary.csv": bytes(range(256)) * 4,
    }


def calendars() -> dict[str, bytes]:
    return {
        "no-calendar.ics": b"BEGIN:VEVENT\nSUMMARY:Lost event\nDTSTART:20250101\nEND:VEVENT\n",
        "binary.ics": bytes(range(256)) * 4,
        "empty.ics": b"",
        "not-ics.ics": b"<html><body>calendar</body></html>",
    }


def write(folder: Path = HERE) -> None:
    for group, files in (
        ("documents", documents()),
        ("imports", imports()),
        ("calendars", calendars()),
    ):
        (folder / group).mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / group / name).write_bytes(data)


if __name__ == "__main__":
    write()
