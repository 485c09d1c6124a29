"""The report's figures, drawn with matplotlib (Agg, no display) as self-contained SVG.

Text is drawn as paths, so a figure looks the same in a browser and in a PDF
whatever fonts the machine has; ids are salted per figure, so several figures
inlined in one page never share an id; nothing is fetched from anywhere.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@cache
def _pyplot() -> Any:
    """matplotlib's pyplot on the Agg backend, imported on first use (it takes a while)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


CURRENT = "#3182bd"
PREVIOUS = "#bdbdbd"
COMMUNITY_COLOURS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
)
OTHER_COLOUR = "#9e9e9e"
_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_ID = re.compile(r'\b(id)="([^"]+)"')
_HREF = re.compile(r'\b((?:xlink:)?href)="#([^"]+)"')
_URL = re.compile(r"url\(#([^)]+)\)")


def _svg(figure: Figure, salt: str) -> str:
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "path"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    _pyplot().close(figure)
    # Inline in HTML: drop the XML declaration and the DOCTYPE before <svg>, and give every id
    # the figure's prefix: matplotlib names glyphs and texts alike in every figure, and one
    # page must not hold the same id twice.
    svg = _PROLOGUE.sub("", buffer.getvalue(), count=1).strip()
    svg = _ID.sub(lambda m: f'{m.group(1)}="{salt}-{m.group(2)}"', svg)
    svg = _HREF.sub(lambda m: f'{m.group(1)}="#{salt}-{m.group(2)}"', svg)
    return _URL.sub(lambda m: f"url(#{salt}-{m.group(1)})", svg)


@dataclass
class Bars:
    label: str
    value: int
    previous: int | None


def compare_bars(rows: Sequence[Bars], *, year: int, previous_year: int, salt: str) -> str:
    """Horizontal bars, this year beside the previous (when the registry has that year)."""
    from matplotlib.ticker import MaxNLocator

    plt = _pyplot()
    rows = list(rows)[:15]
    has_previous = any(r.previous is not None for r in rows)
    height = 0.9 + 0.42 * max(1, len(rows)) * (1.5 if has_previous else 1)
    figure = plt.figure(figsize=(6.4, height))
    axes = figure.add_subplot()
    positions = list(range(len(rows)))[::-1]
    bar = 0.4 if has_previous else 0.6
    offset = bar / 2 if has_previous else 0.0
    axes.barh(
        [p + offset for p in positions],
        [r.value for r in rows],
        height=bar,
        color=CURRENT,
        label=str(year),
    )
    if has_previous:
        axes.barh(
            [p - offset for p in positions],
            [r.previous or 0 for r in rows],
            height=bar,
            color=PREVIOUS,
            label=str(previous_year),
        )
    for position, row in zip(positions, rows, strict=True):
        axes.text(row.value, position + offset, f" {row.value}", va="center", fontsize=8)
    axes.set_yticks(positions, [r.label for r in rows], fontsize=9)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.spines[["top", "right"]].set_visible(False)
    axes.tick_params(axis="x", labelsize=8)
    note = "" if has_previous else f"  (no records of {previous_year})"
    # Above the plot, so it never hides a bar.
    axes.legend(
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncol=2,
        fontsize=8,
        frameon=False,
        title=note or None,
        title_fontsize=7,
    )
    return _svg(figure, salt)


def network_figure(
    graph: nx.Graph,
    *,
    groups: Sequence[Sequence[int]],
    highlight: int | None = None,
    salt: str,
) -> str:
    """The tie graph: node size by strength, colour by community, edge width by tie strength."""
    plt = _pyplot()
    figure = plt.figure(figsize=(7.2, 6.0))
    axes = figure.add_subplot()
    axes.set_axis_off()
    if graph.number_of_nodes() == 0:
        axes.text(0.5, 0.5, "no ties in this period", ha="center", va="center")
        return _svg(figure, salt)
    # Kamada-Kawai would need scipy; a seeded spring layout is stable from run to run.
    # Unweighted: weighted springs pull strongly tied groups into one unreadable knot.
    k = 2.4 / math.sqrt(graph.number_of_nodes())
    layout = nx.spring_layout(graph, weight=None, seed=7, k=k, iterations=300)
    community_of = {node: index for index, group in enumerate(groups) for node in group}
    colours = [
        COMMUNITY_COLOURS[community_of[n]]
        if community_of.get(n, 99) < len(COMMUNITY_COLOURS)
        else OTHER_COLOUR
        for n in graph
    ]
    strengths = dict(graph.degree(weight="strength"))
    top = max(strengths.values()) or 1.0
    sizes = [60 + 700 * strengths[n] / top for n in graph]
    widths = [0.4 + 2.6 * data["strength"] for _, _, data in graph.edges(data=True)]
    nx.draw_networkx_edges(graph, layout, ax=axes, width=widths, edge_color="#b0b0b0", alpha=0.8)
    nx.draw_networkx_nodes(
        graph,
        layout,
        ax=axes,
        node_size=sizes,
        node_color=colours,
        edgecolors=["#000000" if n == highlight else "#ffffff" for n in graph],
        linewidths=[2.0 if n == highlight else 0.8 for n in graph],
    )
    labels = {n: _short(graph.nodes[n].get("name", str(n))) for n in graph}
    nx.draw_networkx_labels(
        graph,
        layout,
        labels=labels,
        ax=axes,
        font_size=6.5,
        verticalalignment="bottom",
        bbox={
            "boxstyle": "round,pad=0.15",
            "facecolor": "white",
            "edgecolor": "none",
            "alpha": 0.7,
        },
    )
    axes.margins(0.08)
    return _svg(figure, salt)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"
