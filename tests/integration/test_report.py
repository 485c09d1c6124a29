"""The 2021 report written from the demo data names what the seed document names."""

from __future__ import annotations

import io
import os
import re
from datetime import date

import pytest
from pypdf import PdfReader

from intercluster.db.uow import Database
from intercluster.errors import InvalidInput, NotFound
from intercluster.reports.content import build_report
from intercluster.reports.render import render
from intercluster.schemas import RelationCreate
from intercluster.services.relations import create_relation

# Every partner, event and project of the seed document, as the registry names them.
SEED_PARTNERS = [
    "Business France",
    "Choose Paris Region",
    "Medicen",
    "Triangle Park",
    "Kawasaki",
    "BioWin",
    "Ohio Chapter of the French-American Chamber of Commerce",
    "CataloniaBio",
    "BioM",
    "BJT Pharma",
    "Seppic",
    "Lithuanian Biotechnology Association",
    "Tartu Biocluster",
    "Technology Park Ljubljana",
    "Medicon",
    "Biocon Valley",
    "ALISEI",
    "Council of European BioRegions",
    "CEBR Internationalization Special Interest Group",
    "EIT Health",
    "EIT Food",
    "University of Porto",
    "University of Szeged",
    "Greifswald Medical School",
    "Hanze University of Applied Sciences",
    "EUGLOH",
    "Erasmus+",
    "Paris-Saclay University",
]
SEED_EVENTS = [
    "BIO International Convention 2021",
    "FACC Ohio health and biotech meeting 2021",
    "BIO-Europe Spring 2021",
    "Meet in Italy 2021",
    "EUGLOH Annual Conference 2021",
]
SEED_PROJECTS = ["URINBB", "Braintech", "Food4Health", "Protopia foodlab"]
SEED_NAMES = SEED_PARTNERS + SEED_EVENTS + SEED_PROJECTS


def _visible_text(html: str) -> str:
    """The text a reader sees: no inline SVG, no tags, entities unescaped."""
    import html as html_module

    without_svg = re.sub(r"<svg.*?</svg>", " ", html, flags=re.DOTALL)
    return html_module.unescape(re.sub(r"<[^>]+>", " ", without_svg))


def test_the_2021_report_names_every_partner_event_and_project_of_the_seed(
    demo_database: Database,
) -> None:
    with demo_database.uow() as uow:
        report = build_report(uow, year=2021, today=date(2022, 3, 1))
        assert report.organisation == "Genopole" and report.generated == "2022-03-01"
        # Every record cited exists, and every figure cites some.
        for relation_id in report.records:
            assert uow.relations.get(relation_id) is not None
    text = report.text()
    missing = [name for name in SEED_NAMES if name not in text]
    assert missing == []
    assert [s.id for s in report.sections] == [
        "overview",
        "events",
        "partnerships",
        "networks",
        "universities",
        "projects",
        "network",
        "records",
    ]
    assert len(report.figures) >= 5 and all(f.records for f in report.figures)
    assert "took part in 5 events" in text and "held 30 meetings" in text
    assert "Extra-European: Japan and United States" in text
    assert "The registry holds no records of 2020" in text

    markdown = render(report, "md").decode("utf-8")
    html = render(report, "html").decode("utf-8")
    for name in SEED_NAMES:
        assert name in markdown, name
        assert name in _visible_text(html), name
    # Each figure links to the records behind it.
    assert html.count('class="refs">Records behind this figure') == len(report.figures)
    assert "http://127.0.0.1:8000/api/v1/relations/1" in html
    # Self-contained: no stylesheet, script or image is fetched from anywhere.
    assert not re.search(r'<(link|script|img)[^>]+(href|src)="https?:', html)
    assert "url(http" not in html


def test_the_pdf_is_a_pdf_with_its_records_in_footnotes(demo_database: Database) -> None:
    try:
        import weasyprint  # noqa: F401
    except OSError as exc:  # pragma: no cover - only where Pango is missing
        if os.environ.get("CI"):
            raise
        pytest.skip(f"WeasyPrint's system libraries are missing: {exc}")
    with demo_database.uow() as uow:
        report = build_report(uow, year=2021)
    pdf = render(report, "pdf")
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF") and len(pdf) > 20_000
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(page.extract_text() for page in pages)
    assert len(pages) >= 5
    assert "Tartu Biocluster" in text and "Records: relations" in text  # footnotes, not links


def test_the_previous_year_stands_beside_when_the_registry_has_it(
    demo_database: Database,
) -> None:
    with demo_database.uow() as uow:
        create_relation(
            uow,
            data=RelationCreate(
                subject="genopole",
                predicate="partner_of",
                object="biom",
                date="2020",
                attributes={"since": "2020"},
            ),
        )
    with demo_database.uow() as uow:
        text = build_report(uow, year=2021).text()
        earlier = build_report(uow, year=2020).text()
    assert "created 9 partnerships (against 1 in 2020)" in text
    assert "no records of 2020" not in text
    assert "BioM" in earlier and "created 1 partnership" in earlier


def test_empty_and_impossible_years_are_refused(demo_database: Database) -> None:
    with demo_database.uow() as uow:
        with pytest.raises(NotFound, match=r"no records of Genopole in 2019.*records: 2021"):
            build_report(uow, year=2019)
        with pytest.raises(InvalidInput, match="between 1900 and 2200"):
            build_report(uow, year=99999)
