"""What a report holds, independent of its format: sections of blocks, each with its records.

A record is a relation of the registry; its URL is the API's
`/api/v1/relations/{id}`, so a reader of the HTML follows a figure to the facts
behind it, and a reader of the PDF finds their ids in the footnotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass
class Paragraph:
    text: str
    records: list[int] = field(default_factory=list)
    kind: Literal["paragraph"] = "paragraph"


@dataclass
class Bullets:
    items: list[Paragraph]
    kind: Literal["bullets"] = "bullets"


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]
    records: list[list[int]] = field(default_factory=list)  # per row
    kind: Literal["table"] = "table"


@dataclass
class Figure:
    id: str
    number: int
    title: str
    caption: str
    svg: str  # inline SVG markup
    records: list[int] = field(default_factory=list)
    records_url: str | None = None  # one API query listing them all, when there is one
    kind: Literal["figure"] = "figure"


Block = Paragraph | Bullets | Table | Figure


@dataclass
class Section:
    id: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Record:
    id: int
    fact: str  # "Genopole partner of Medicon (2021)"
    sentence: str | None = None  # the source sentence that states it, when there is one


@dataclass
class Report:
    title: str
    subtitle: str
    organisation: str
    organisation_key: str
    year: int
    previous_year: int
    generated: str  # ISO date
    base_url: str
    sections: list[Section] = field(default_factory=list)
    records: dict[int, Record] = field(default_factory=dict)

    def record_url(self, relation_id: int) -> str:
        return f"{self.base_url}/api/v1/relations/{relation_id}"

    @property
    def figures(self) -> list[Figure]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Figure)]

    def text(self) -> str:
        """Every word of the report's sentences, tables and captions (for checks and search)."""
        parts: list[str] = [self.title, self.subtitle]
        for section in self.sections:
            parts.append(section.title)
            for block in section.blocks:
                if isinstance(block, Paragraph):
                    parts.append(block.text)
                elif isinstance(block, Bullets):
                    parts.extend(item.text for item in block.items)
                elif isinstance(block, Table):
                    parts.append(block.title)
                    parts.extend(cell for row in block.rows for cell in row)
                else:
                    parts.extend((block.title, block.caption))
        return "\n".join(parts)
