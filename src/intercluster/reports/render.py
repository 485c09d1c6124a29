"""A `Report` as Markdown, HTML or PDF.

HTML is one self-contained file: styles inline, figures as inline SVG, no
external resource; each figure and sentence links to its records on the API.
The PDF is that HTML laid out by WeasyPrint, with the links turned into
footnotes and the text set in DejaVu Sans, shipped with matplotlib, so the
output does not depend on the fonts the machine happens to have.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from intercluster.errors import InvalidInput, Unavailable
from intercluster.reports import REPORT_FORMATS
from intercluster.reports.model import Bullets, Figure, Paragraph, Report, Table
from intercluster.reports.text import id_ranges

FORMATS = REPORT_FORMATS
TEMPLATES = Path(__file__).parent / "templates"
PDF_LIBRARIES = "libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    environment.globals["ranges"] = id_ranges
    environment.filters["svg_data_uri"] = svg_data_uri
    return environment


def svg_data_uri(svg: str) -> str:
    """An SVG as a data: URI, for an <img> (the PDF lays figures out as images)."""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


@dataclass(frozen=True)
class FontFace:
    url: str
    weight: str
    style: str


def bundled_fonts() -> list[FontFace]:
    """DejaVu Sans as matplotlib ships it: regular, bold, oblique, bold oblique."""
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    faces = [
        ("DejaVuSans.ttf", "normal", "normal"),
        ("DejaVuSans-Bold.ttf", "bold", "normal"),
        ("DejaVuSans-Oblique.ttf", "normal", "italic"),
        ("DejaVuSans-BoldOblique.ttf", "bold", "italic"),
    ]
    return [
        FontFace((folder / name).as_uri(), weight, style)
        for name, weight, style in faces
        if (folder / name).is_file()
    ]


def system_font_count() -> int:
    """How many fonts fontconfig finds on the machine (0 when it cannot tell)."""
    try:
        from weasyprint.text.ffi import ffi, fontconfig
    except (ImportError, OSError):
        return 0
    config = fontconfig.FcInitLoadConfigAndFonts()
    try:
        fonts = fontconfig.FcConfigGetFonts(config, fontconfig.FcSetSystem)
        return 0 if fonts == ffi.NULL else int(fonts.nfont)
    finally:
        fontconfig.FcConfigDestroy(config)


def to_html(report: Report, *, pdf: bool = False, fonts: list[FontFace] | None = None) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, pdf=pdf, font_faces=fonts or [])


def to_pdf(
    report: Report,
    *,
    fonts: Callable[[], list[FontFace]] = bundled_fonts,
    count_system_fonts: Callable[[], int] = system_font_count,
) -> bytes:
    """The report as PDF; Unavailable when WeasyPrint's libraries or every font are missing."""
    try:
        import weasyprint
    except OSError as exc:  # cffi could not open Pango or HarfBuzz
        raise Unavailable(
            f"format: PDF needs WeasyPrint's system libraries ({exc}); install the Debian "
            f"packages {PDF_LIBRARIES} (`make system-deps` does it as root), or choose "
            "--format html",
            field="format",
        ) from exc
    faces = fonts()
    if not faces and count_system_fonts() == 0:
        raise Unavailable(
            "format: no font found for the PDF: matplotlib's DejaVu fonts are missing and "
            "fontconfig finds no system font; install fonts-dejavu-core, or choose --format html",
            field="format",
        )
    html = to_html(report, pdf=True, fonts=faces)
    document = weasyprint.HTML(string=html, base_url=str(TEMPLATES)).render()
    if not document.pages:  # pragma: no cover - a report always has a title page
        raise Unavailable("format: WeasyPrint laid out no page", field="format")
    return bytes(document.write_pdf())


# ---------------------------------------------------------------- Markdown


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_refs(report: Report, ids: list[int]) -> str:
    if not ids:
        return ""
    return " [" + " ".join(f"[#{i}]({report.record_url(i)})" for i in ids) + "]"


def to_markdown(report: Report) -> str:
    lines = [
        f"# {report.title}",
        "",
        f"*{report.subtitle}*",
        "",
        f"Generated on {report.generated} from the intercluster registry. Every figure and "
        f"sentence cites the relations behind it: [#id]({report.base_url}/api/v1/relations/) "
        "links lead to each record and its sources.",
        "",
    ]
    for section in report.sections:
        lines += [f"## {section.title}", ""]
        for block in section.blocks:
            if isinstance(block, Paragraph):
                lines += [block.text + _md_refs(report, block.records), ""]
            elif isinstance(block, Bullets):
                lines += [f"- {item.text}{_md_refs(report, item.records)}" for item in block.items]
                lines.append("")
            elif isinstance(block, Table):
                lines += _md_table(report, block, records=section.id != "records")
            elif isinstance(block, Figure):
                lines += _md_figure(report, block)
    return "\n".join(lines).rstrip() + "\n"


def _md_table(report: Report, table: Table, *, records: bool) -> list[str]:
    columns = list(table.columns) + (["Records"] if records and table.records else [])
    lines = [f"**{table.title}**", "", "| " + " | ".join(columns) + " |"]
    lines.append("|" + "|".join(" --- " for _ in columns) + "|")
    for index, row in enumerate(table.rows):
        cells = [_md_escape(cell) for cell in row]
        if records and table.records:
            cells.append(" ".join(f"[#{i}]({report.record_url(i)})" for i in table.records[index]))
        elif not records and table.records:
            cells[0] = f"[{cells[0]}]({report.record_url(table.records[index][0])})"
        lines.append("| " + " | ".join(cells) + " |")
    return [*lines, ""]


def _md_figure(report: Report, figure: Figure) -> list[str]:
    refs = ", ".join(f"[#{i}]({report.record_url(i)})" for i in figure.records)
    every = f" ([all of them]({figure.records_url}))" if figure.records_url else ""
    return [
        f"![Figure {figure.number}. {figure.title}]({svg_data_uri(figure.svg)})",
        "",
        f"*Figure {figure.number}. {figure.title}.* {figure.caption}",
        f"Records behind this figure{every}: {refs}",
        "",
    ]


def render(report: Report, format: str) -> bytes:
    """The report in one of FORMATS, as the bytes of the file to write."""
    if format == "md":
        return to_markdown(report).encode("utf-8")
    if format == "html":
        return to_html(report).encode("utf-8")
    if format == "pdf":
        return to_pdf(report)
    raise InvalidInput(
        f"format: expected one of {', '.join(FORMATS)}, got {format!r}", field="format"
    )
