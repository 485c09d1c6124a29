"""Tables in a document's text: a row is one line of cells joined by "|".

The readers write every table so, whatever the format (a Markdown row, an HTML
or Word table's row): "Gridnova | Brescia | SME". A plain-text table, whose
columns are lined up with spaces ("Kuitu Analytics     Jyväskylä     sensors"),
is read in place, so that offsets stay the file's. A column's header ("Company",
"Town", "Role in the project") says what its cells hold, and the cells of one
row speak of one thing: that is what the learned models are told.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_CELL = re.compile(r"[^|]+")
_MAX_HEADER_WORDS = 4  # a longer first row is data, not a header


@dataclass(frozen=True)
class Cell:
    row: int  # where the row's line starts: two cells of one row share it
    column: int
    header: str  # the column's header, "" when the table has none
    in_header: bool  # the cell is itself a header
    start: int
    end: int


@dataclass(frozen=True)
class _Row:
    start: int
    cells: tuple[tuple[int, int], ...]  # the stripped spans of its cells
    headers: tuple[str, ...] | None  # the table's header row's texts, None without one
    is_header: bool


class Tables:
    """The table rows of one text, looked up by position."""

    def __init__(self, text: str) -> None:
        self._rows: list[_Row] = []
        block: list[tuple[int, list[tuple[int, int]]]] = []
        position = 0
        for line in text.split("\n"):
            if not line.strip():
                position += len(line) + 1
                continue  # the HTML reader writes a blank line between rows
            piped = "|" in line
            cells = _cells(line, position) if piped else _aligned_cells(line, position)
            if len(cells) >= 2 and (not block or _same_table(block, position, cells, piped)):
                block.append((position, cells))
            else:
                self._close(text, block)
                block = [(position, cells)] if len(cells) >= 2 else []
            position += len(line) + 1
        self._close(text, block)
        self._starts = [row.start for row in self._rows]

    def _close(self, text: str, block: list[tuple[int, list[tuple[int, int]]]]) -> None:
        if len(block) < 2:
            return  # one line with a "|" in it is a sentence, not a table
        first = [text[s:e] for s, e in block[0][1]]
        has_header = all(len(cell.split()) <= _MAX_HEADER_WORDS for cell in first) and not any(
            any(c.isdigit() for c in cell) for cell in first
        )
        headers = tuple(first) if has_header else None
        for number, (start, cells) in enumerate(block):
            self._rows.append(_Row(start, tuple(cells), headers, has_header and number == 0))

    def cell(self, position: int) -> Cell | None:
        """The table cell the position falls in, if any."""
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return None
        row = self._rows[i]
        for column, (start, end) in enumerate(row.cells):
            if start <= position < end:
                header = row.headers[column] if row.headers is not None else ""
                return Cell(row.start, column, header, row.is_header, start, end)
        return None


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a row's cells, stripped; empty cells kept, for the columns' count."""
    spans = []
    for match in _CELL.finditer(line):
        raw = match.group()
        start = offset + match.start() + (len(raw) - len(raw.lstrip()))
        end = offset + match.end() - (len(raw) - len(raw.rstrip()))
        spans.append((start, max(start, end)))
    return spans


_GAP = re.compile(r"\S(?:[^\S\n]{2,}|\t+[^\S\n]*)(?=\S)")  # a wide gap between two columns


def _aligned_cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The cells of a plain-text row: text runs split by two spaces or a tab or more."""
    start = len(line) - len(line.lstrip())
    spans = []
    for gap in _GAP.finditer(line, start):
        spans.append((offset + start, offset + gap.start() + 1))
        start = gap.end()
    if not spans:
        return []
    spans.append((offset + start, offset + len(line.rstrip())))
    return spans


def _same_table(
    block: list[tuple[int, list[tuple[int, int]]]],
    position: int,
    cells: list[tuple[int, int]],
    piped: bool,
) -> bool:
    """A row goes on the table above when it has as many cells and, for a plain-text table,
    its columns start where the first row's do (all but one: numbers are set right)."""
    first_position, first = block[0]
    if len(first) != len(cells):
        return False
    if piped:
        return True  # a reader's row: "Gridnova | Brescia | SME", its cells not lined up
    columns = {start - first_position for start, _ in first[1:]}
    lined_up = sum(start - position in columns for start, _ in cells[1:])
    return lined_up >= max(1, len(cells) - 2)
