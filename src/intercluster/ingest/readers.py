"""Readers: a file on disk becomes one text, the text every offset points into.

Plain text and Markdown are decoded as UTF-8 (a BOM is honoured, line ends
become "\\n"); HTML loses its tags but keeps its paragraphs as lines; PDF
pages and Word paragraphs are joined by blank lines. What a reader returns
is "the text as read" (without surrounding blanks): it is stored whole as the
source, and mentions and evidence spans are character offsets into it.

Every failure is an `InvalidInput` naming the file and what to do.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from intercluster.errors import InvalidInput

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Document:
    name: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def chars(self) -> int:
        return len(self.text)


def _fail(name: str, message: str) -> InvalidInput:
    return InvalidInput(f"{name}: {message}", field="file")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (or UTF-16 with a BOM) to text with "\\n" line ends; anything else is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _fail(name, f"not valid UTF-16 text ({exc.reason})") from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            bad = data[exc.start : exc.start + 1].hex()
            raise _fail(
                name,
                f"not UTF-8 text (byte 0x{bad} at offset {exc.start}); "
                "save it as UTF-8 and ingest it again",
            ) from exc
    if "\x00" in text:
        raise _fail(name, "looks like a binary file, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")
# a table row "| Gridnova | Brescia |" becomes "Gridnova | Brescia", its rule "|---|" goes
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$\n?", re.M)
_MD_TABLE_EDGE = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", re.MULTILINE)
_MD_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.MULTILINE)


def markdown_to_text(text: str) -> str:
    """Prose of a Markdown file: links become their words, markers go."""
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_TABLE_EDGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_BULLET.sub("", text)
    return _MD_EMPHASIS.sub(r"\2", text)


_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tr",
        "ul",
        "title",
    ]
)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


_CELL_TAGS = frozenset({"td", "th"})
CELL_SEPARATOR = " | "  # a table row is one line, as in Markdown: "Gridnova | Brescia | SME"


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.cells = 0  # cells begun in the current row

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skipping += 1
        elif tag in _CELL_TAGS:
            if self.cells:
                self.parts.append(CELL_SEPARATOR)
            self.cells += 1
        elif tag in _BLOCK_TAGS:
            if tag == "tr":
                self.cells = 0
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str) -> str:
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    lines = (line.strip() for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _read_pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    name = path.name
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # pypdf raises several kinds for unknown ciphers
                raise _fail(name, "the PDF is encrypted; save a copy without a password") from exc
            if not opened:
                raise _fail(name, "the PDF is encrypted; save a copy without a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InvalidInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise _fail(name, f"not a readable PDF ({exc})") from exc
    except Exception as exc:  # pypdf raises many other kinds on a damaged file
        raise _fail(name, f"not a readable PDF ({type(exc).__name__}: {exc})") from exc
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    return _join_wrapped_lines(text.replace("\r\n", "\n").replace("\r", "\n"))


# A PDF breaks lines where the page ends, not where sentences end: a line followed by one
# starting in lower case goes on in it.
_WRAPPED = re.compile(r"(?<=[\w,;)])[ \t]*\n(?=[ \t]*[a-z(])")


def _join_wrapped_lines(text: str) -> str:
    return _WRAPPED.sub(" ", text)


def _read_docx(path: Path) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        blocks = [p.text.strip() for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                cells = [cell.text.strip() for cell in row.cells]
                blocks.append(" | ".join(c for c in cells if c))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise _fail(path.name, "not a readable Word (.docx) document") from exc
    except Exception as exc:  # a damaged archive or XML part: zlib, lxml, CRC errors...
        raise _fail(
            path.name, f"not a readable Word (.docx) document ({type(exc).__name__}: {exc})"
        ) from exc
    return "\n\n".join(b for b in blocks if b)


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a `Document`, or explain in one line why it cannot be read."""
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _fail(
            name, f"unsupported file type {suffix or '(none)'}; expected {', '.join(SUFFIXES)}"
        )
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(name, f"cannot be read ({exc.strerror or exc})") from exc
    if size > max_bytes:
        raise _fail(
            name,
            f"too large ({size:,} bytes, the limit is {max_bytes:,}; "
            "raise INTERCLUSTER_INGEST_MAX_BYTES to read it)",
        )
    if size == 0:
        raise _fail(name, "the file is empty")
    try:
        if suffix == ".pdf":
            text = _read_pdf(path)
        elif suffix == ".docx":
            text = _read_docx(path)
        else:
            text = decode_text(path.read_bytes(), name)
            if suffix in (".html", ".htm"):
                text = html_to_text(text)
            elif suffix in (".md", ".markdown"):
                text = markdown_to_text(text)
    except OSError as exc:
        raise _fail(name, f"cannot be read ({exc.strerror or exc})") from exc
    # Blanks around the text go: the source stores the text stripped, and offsets point into it.
    text = text.strip()
    if not text:
        raise _fail(name, "no text could be read from it (empty, or a scan without a text layer)")
    return Document(name=name, text=text)


def text_document(name: str, text: str) -> Document:
    """A document from text already in memory (tests, the API)."""
    return Document(name=name, text=text.replace("\r\n", "\n").replace("\r", "\n").strip())


def collect_files(paths: list[Path]) -> list[Path]:
    """The files to ingest: the files named, and the readable files under each folder."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
                )
            )
        else:
            found.append(path)
    return found
