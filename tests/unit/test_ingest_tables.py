"""Tables in a document's text, as the readers write them (issue #10)."""

from __future__ import annotations

from intercluster.ingest.readers import read_document
from intercluster.ingest.tables import Tables

TEXT = (
    "A sentence with a | in it.\n"
    "\n"
    "Company | Town | Field\n"
    "Fronius International | Pettenbach | welding\n"
    "Cytofluence |  | software\n"
    "\n"
    "The end."
)


def cell_of(text: str, word: str):  # type: ignore[no-untyped-def]
    return Tables(text).cell(text.index(word))


def test_a_cell_knows_its_column_s_header_and_its_row() -> None:
    fronius, town = cell_of(TEXT, "Fronius"), cell_of(TEXT, "Pettenbach")
    assert fronius is not None and town is not None
    assert (fronius.column, fronius.header, fronius.in_header) == (0, "Company", False)
    assert (town.column, town.header) == (1, "Town")
    assert fronius.row == town.row
    assert TEXT[fronius.start : fronius.end] == "Fronius International"


def test_an_empty_cell_keeps_the_columns_in_place() -> None:
    software = cell_of(TEXT, "software")
    assert software is not None and (software.column, software.header) == (2, "Field")


def test_the_header_row_and_the_text_around_the_table() -> None:
    header = cell_of(TEXT, "Company")
    assert header is not None and header.in_header
    assert cell_of(TEXT, "sentence") is None  # one line with a "|" is no table
    assert cell_of(TEXT, "end") is None


def test_a_first_row_of_data_is_no_header() -> None:
    text = "Gridnova | Brescia | 2019\nAquavik | Bergen | 2021\n"
    gridnova = cell_of(text, "Gridnova")
    assert gridnova is not None and gridnova.header == "" and not gridnova.in_header


def test_an_html_table_reads_as_rows_of_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "members-2024.html"
    page.write_text(
        "<html><body><table><tr><th>Partner</th><th>Country</th></tr>"
        "<tr><td>Aquavik</td><td>Norway</td></tr></table></body></html>",
        encoding="utf-8",
    )
    text = read_document(page).text
    aquavik = cell_of(text, "Aquavik")
    assert aquavik is not None and (aquavik.header, aquavik.column) == ("Partner", 0)


PLAIN = (
    "Five member companies exhibited on the stand:\n"
    "\n"
    "  Company                 Town                  Meetings\n"
    "  Ekinmed Diagnostics     Donostia              16\n"
    "  Bidasoa Surgical        Irun                   9\n"
    "\n"
    "They held 25 meetings.  The cluster paid the stand.\n"
    "Its members were pleased.  All of them said so.\n"
)


def test_a_plain_text_table_with_columns_lined_up_by_spaces() -> None:
    irun, bidasoa = cell_of(PLAIN, "Irun"), cell_of(PLAIN, "Bidasoa")
    assert irun is not None and bidasoa is not None
    assert (irun.column, irun.header, irun.row) == (1, "Town", bidasoa.row)
    assert PLAIN[bidasoa.start : bidasoa.end] == "Bidasoa Surgical"
    nine = Tables(PLAIN).cell(PLAIN.index(" 9\n") + 1)  # set right: still under its header
    assert nine is not None and nine.header == "Meetings"
    assert cell_of(PLAIN, "25") is None  # two spaces after a full stop are no columns
    assert cell_of(PLAIN, "All of them") is None
