"""Report building blocks without a database: sentences, atomic files, charts, exports, PDF."""

from __future__ import annotations

import io
import os
from pathlib import Path

import networkx as nx
import openpyxl
import pytest

from intercluster.analytics.network import Link, Network, Node, Period
from intercluster.errors import InvalidInput, Unavailable
from intercluster.reports import charts, exports, render
from intercluster.reports.files import write_atomically
from intercluster.reports.model import Bullets, Figure, Paragraph, Report, Section, Table
from intercluster.reports.text import id_ranges, join, plural, versus, when


def test_sentences_read_as_english() -> None:
    assert join([]) == "" and join(["A"]) == "A" and join(["A", "B"]) == "A and B"
    assert join(["A", "B", "C"]) == "A, B and C"
    assert plural(1, "event") == "1 event" and plural(5, "event") == "5 events"
    assert plural(0, "project") == "no projects" and plural(2, "country") == "2 countries"
    assert plural(3, "university", "universities") == "3 universities"
    assert when("2021") == "2021" and when("2021-06") == "June 2021"
    assert when("2021-06-04") == "4 June 2021" and when(None) == ""
    assert versus(9, 3, 2020) == " (against 3 in 2020)"
    assert versus(2, 2, 2020) == " (as many as in 2020)" and versus(2, None, 2020) == ""
    assert id_ranges([8, 1, 2, 3, 4, 10, 11, 12, 4]) == "1–4, 8, 10–12" and id_ranges([]) == ""


def test_files_are_written_whole_or_not_at_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "deep" / "report.html"
    write_atomically(target, "<p>one</p>")
    assert target.read_text() == "<p>one</p>"

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(InvalidInput, match=r"No space left on device\); nothing was written"):
        write_atomically(target, b"two")  # fails half-way: the old file stays
    monkeypatch.undo()
    assert target.read_text() == "<p>one</p>"
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]  # no temporary left
    with pytest.raises(InvalidInput, match="is a folder"):
        write_atomically(tmp_path, b"x")
    (tmp_path / "plain").write_text("")
    with pytest.raises(InvalidInput, match="not a folder"):
        write_atomically(tmp_path / "plain" / "report.pdf", b"x")


def test_charts_are_self_contained_svg() -> None:
    svg = charts.compare_bars(
        [charts.Bars("Germany", 2, 1), charts.Bars("Estonia", 1, None)],
        year=2021,
        previous_year=2020,
        salt="t",
    )
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert 'href="http' not in svg and "url(http" not in svg  # nothing fetched from anywhere
    graph = nx.Graph()
    graph.add_edge(1, 2, strength=0.6)
    graph.nodes[1]["name"] = "Home"
    network_svg = charts.network_figure(graph, groups=[[1, 2]], highlight=1, salt="n")
    assert network_svg.startswith("<svg")
    assert charts.network_figure(nx.Graph(), groups=[], salt="e").startswith("<svg")


def small_network() -> Network:
    nodes = [
        Node(1, "home", "Home", "cluster", "FR"),
        Node(2, "near", "Near", "cluster", "BE"),
        Node(3, "expo", "Expo 2021", "event", "DE"),
    ]
    links = [
        Link(10, 1, "partner_of", 2, "2021", {"since": "2021", "note": "=SUM(A1)"}),
        Link(11, 1, "participated_in", 3, "2021", {"role": "sponsor", "meetings": 4}),
        Link(12, 2, "participated_in", 3, "2019"),
    ]
    return Network.of(nodes, links)


def test_graph_exports_open_again_with_their_attributes() -> None:
    graph = exports.entity_graph(small_network(), period=Period.of_year(2021))
    assert set(graph.nodes) == {"home", "near", "expo"}  # 2019's link is outside the year
    for format, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        data = exports.graph_file(graph, format)
        again = reader(io.BytesIO(data))
        assert again.number_of_edges() == 2, format
        home = again.nodes["home"]
        assert home["label"] == "Home" and home["country"] == "FR" and home["degree"] == 1
        attributes = next(d for _, _, d in again.edges(data=True) if d["predicate"] == "partner_of")
        assert attributes["attr_since"] == "2021" and float(attributes["weight"]) > 0.5


def test_workbooks_keep_text_as_text() -> None:
    sheet = exports.Sheet("relations", ["id", "note"], [[10, "=SUM(A1)"], [11, "bell\x07"]])
    book = openpyxl.load_workbook(io.BytesIO(exports.xlsx_file([sheet])))
    rows = list(book["relations"].iter_rows(values_only=True))
    assert rows == [("id", "note"), (10, "=SUM(A1)"), (11, "bell")]
    assert book["relations"]["B2"].data_type == "s"
    assert exports.csv_file(sheet).decode().splitlines()[0] == "id,note"


def tiny_report() -> Report:
    report = Report(
        title="International deployment 2021",
        subtitle="Home",
        organisation="Home",
        organisation_key="home",
        year=2021,
        previous_year=2020,
        generated="2022-01-15",
        base_url="http://example.test",
    )
    svg = charts.compare_bars(
        [charts.Bars("Belgium", 1, None)], year=2021, previous_year=2020, salt="x"
    )
    report.sections.append(
        Section(
            "s",
            "Partnerships",
            [
                Paragraph("Home created 1 partnership.", [10]),
                Bullets([Paragraph("Near (Belgium).", [10])]),
                Table("Key figures", ["Indicator", "2021"], [["Partnerships", "1"]], [[10]]),
                Figure("figure-x", 1, "By country", "New partnerships.", svg, [10]),
            ],
        )
    )
    return report


def test_markdown_and_html_link_every_record() -> None:
    report = tiny_report()
    markdown = render.render(report, "md").decode()
    assert "[#10](http://example.test/api/v1/relations/10)" in markdown
    assert "data:image/svg+xml;base64," in markdown
    html = render.render(report, "html").decode()
    assert 'href="http://example.test/api/v1/relations/10"' in html and "<svg" in html
    with pytest.raises(InvalidInput, match="format"):
        render.render(report, "docx")


def weasyprint_or_skip() -> None:
    try:
        import weasyprint  # noqa: F401
    except OSError as exc:  # pragma: no cover - only where Pango is missing
        if os.environ.get("CI"):
            raise
        pytest.skip(f"WeasyPrint's system libraries are missing: {exc}")


def test_pdf_without_any_font_is_refused_with_a_clear_message() -> None:
    weasyprint_or_skip()
    with pytest.raises(Unavailable, match=r"no font found.*fonts-dejavu-core") as caught:
        render.to_pdf(tiny_report(), fonts=list, count_system_fonts=lambda: 0)
    assert caught.value.field == "format"


def test_fonts_for_the_pdf_come_with_matplotlib() -> None:
    faces = render.bundled_fonts()
    assert {(f.weight, f.style) for f in faces} >= {("normal", "normal"), ("bold", "normal")}
    assert all(f.url.startswith("file://") for f in faces)
