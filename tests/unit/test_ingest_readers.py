"""Readers: every kind of file becomes one text; bad files give one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intercluster.errors import InvalidInput
from intercluster.ingest.readers import (
    collect_files,
    decode_text,
    html_to_text,
    markdown_to_text,
    read_document,
)
from intercluster.ingest.sentences import sentence_spans
from tests.ingest_files import make_docx, make_encrypted_pdf, make_pdf

SENTENCE = "Genopole signed a memorandum of understanding with BioWin in June."


def test_text_with_bom_and_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n")
    document = read_document(path)
    assert document.text == "First line.\nSecond line."
    assert document.chars == len(document.text)
    assert len(document.sha256) == 64


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(SENTENCE.encode("utf-16"))
    assert read_document(path).text == SENTENCE


def test_markdown_loses_its_markers(tmp_path: Path) -> None:
    path = tmp_path / "news.md"
    path.write_text(
        "# Partnerships\n\n- **Genopole** met [BioWin](https://example.org) in *June*.\n",
        encoding="utf-8",
    )
    assert read_document(path).text == "Partnerships\n\nGenopole met BioWin in June."


def test_a_table_row_is_one_line_in_html_and_in_markdown() -> None:
    # the company and its town must share a line for "X | Brescia" to be read as one fact
    html = (
        "<table><tr><th>Company</th><th>Town</th></tr>"
        "<tr><td>Gridnova S.r.l.</td><td>Brescia</td></tr>"
        "<tr><td><b>Voltaria</b></td><td>Bergamo</td></tr></table><p>Next.</p>"
    )
    assert html_to_text(html) == (
        "Company | Town\n\nGridnova S.r.l. | Brescia\n\nVoltaria | Bergamo\n\nNext."
    )
    markdown = "| Company | Town |\n|:---|---:|\n| **Gridnova S.r.l.** | Brescia |\n\nNext."
    assert markdown_to_text(markdown) == "Company | Town\nGridnova S.r.l. | Brescia\n\nNext."


def test_html_keeps_paragraphs_and_drops_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>News</title><style>p{}</style></head><body>"
        "<h1>Partners</h1><p>Genopole &amp; <b>BioWin</b> signed.</p>"
        "<script>alert(1)</script><p>Second&nbsp;paragraph.</p></body></html>",
        encoding="utf-8",
    )
    text = read_document(path).text
    assert text == "News\n\nPartners\n\nGenopole & BioWin signed.\n\nSecond paragraph."


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "report.pdf", ["Genopole met BioWin.", "Held in Munich."])
    text = read_document(path).text
    assert "Genopole met BioWin." in text
    assert "Held in Munich." in text


def test_docx_paragraphs(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "report.docx", ["Enlarging networks", SENTENCE])
    assert read_document(path).text == f"Enlarging networks\n\n{SENTENCE}"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"   \n\n ", "no text could be read"),
        ("latin1.txt", "Tart\u00f9 Biocluster".encode("latin-1"), "not UTF-8 text (byte 0xf9"),
        ("binary.txt", b"abc\x00def", "binary"),
        ("broken.pdf", b"%PDF-1.4 this is not a PDF", "not a readable PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "not a readable Word"),
        ("slides.pptx", b"data", "unsupported file type .pptx"),
    ],
)
def test_bad_files_are_refused_with_a_clear_message(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as caught:
        read_document(path)
    assert caught.value.message.startswith(f"{name}: ")
    assert message in caught.value.message


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    plain = make_pdf(tmp_path / "plain.pdf", ["Secret partnership."])
    locked = make_encrypted_pdf(tmp_path / "locked.pdf", plain)
    with pytest.raises(InvalidInput, match=r"locked\.pdf: the PDF is encrypted"):
        read_document(locked)


def test_huge_file_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"too large \(5,000 bytes, the limit is 100"):
        read_document(path, max_bytes=100)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"gone\.txt: cannot be read"):
        read_document(tmp_path / "gone.txt")


def test_folders_are_searched_for_readable_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/c.html", "d.png", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = collect_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt",
        "sub/b.md",
        "sub/c.html",
    ]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=300))
def test_decoding_never_crashes_on_arbitrary_bytes(data: bytes) -> None:
    try:
        text = decode_text(data, "x.txt")
    except InvalidInput as exc:
        assert exc.message.startswith("x.txt: ")
    else:
        assert "\r" not in text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_markup_readers_and_sentences_never_crash(text: str) -> None:
    for converted in (markdown_to_text(text), html_to_text(text), text):
        for start, end in sentence_spans(converted):
            assert 0 <= start < end <= len(converted)
            assert not converted[start].isspace() and not converted[end - 1].isspace()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=st.text(min_size=1, max_size=300), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_read_document_on_arbitrary_text(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"doc{suffix}"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        document = read_document(path)
    except InvalidInput as exc:
        assert exc.message.startswith(f"doc{suffix}: ")
        return
    assert document.text == document.text.strip()
    assert document.text
