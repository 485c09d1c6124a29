"""Prospection's words and its funnel arithmetic, over plain data.

A **prospect** is a company the cluster wants to attract. It moves through
ordered stages, identified -> contacted -> meeting -> site visit -> proposal
-> joined, or drops out as `lost` from any of them. Every move is kept (stage
and the day it was entered), so the funnel is computed from the history, not
from where prospects stand today:

- **reached**: a prospect reached a stage when it entered it or any later
  open stage (a company met at an event and joined on the spot reached every
  stage before `joined`); a lost prospect reached the stages before it was lost.
- **conversion** of a stage: the share of the prospects that reached it that
  also reached the next stage.
- **time in stage**: days between entering a stage and leaving it (moving to
  any other stage); stays not yet over count up to today, shown apart.
- **by source**: per event (or partner) that brought prospects, how many
  prospects it brought and how many of them joined.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

STAGES: tuple[str, ...] = (
    "identified",
    "contacted",
    "meeting",
    "site_visit",
    "proposal",
    "joined",
    "lost",
)
PIPELINE: tuple[str, ...] = STAGES[:-1]  # the ordered stages; `lost` is off the line
OPEN_STAGES: tuple[str, ...] = STAGES[:-2]
CLOSED_STAGES: tuple[str, ...] = ("joined", "lost")
ACTIVITY_KINDS: tuple[str, ...] = ("call", "email", "meeting", "site_visit", "note")

# The events programme's lead statuses (db.events_models.LEAD_STATUSES) as prospection
# moves the prospect a lead became: the lead's status mirrors its prospect's stage.
LEAD_STATUS_OF_STAGE: dict[str, str] = {
    "identified": "new",
    "contacted": "contacted",
    "meeting": "contacted",
    "site_visit": "qualified",
    "proposal": "qualified",
    "joined": "joined",
    "lost": "dropped",
}


@dataclass(frozen=True)
class StageEntry:
    """A prospect entered `stage` on `day`."""

    stage: str
    day: date


@dataclass(frozen=True)
class ProspectHistory:
    id: int
    entries: Sequence[StageEntry]  # in the order they happened
    source: str | None = None  # the event (or partner) that brought it, by name

    @property
    def stage(self) -> str:
        return self.entries[-1].stage if self.entries else STAGES[0]

    def furthest(self) -> int:
        """Index in PIPELINE of the furthest stage it reached (lost: the last one before)."""
        reached = [PIPELINE.index(e.stage) for e in self.entries if e.stage in PIPELINE]
        return max(reached, default=0)


@dataclass
class StageFigures:
    stage: str
    now: int = 0  # prospects in this stage today
    reached: int = 0
    conversion: float | None = None  # to the next stage; None for the last or none reached
    median_days: float | None = None  # of the stays that ended
    mean_days: float | None = None
    stays_ended: int = 0
    open_median_days: float | None = None  # of the stays still running


@dataclass
class SourceFigures:
    source: str
    prospects: int = 0
    joined: int = 0
    lost: int = 0

    @property
    def join_rate(self) -> float | None:
        return self.joined / self.prospects if self.prospects else None


@dataclass
class Funnel:
    stages: list[StageFigures] = field(default_factory=list)
    sources: list[SourceFigures] = field(default_factory=list)
    total: int = 0
    joined: int = 0
    lost: int = 0

    @property
    def overall_conversion(self) -> float | None:
        """Joined among all the prospects identified."""
        return self.joined / self.total if self.total else None

    def stage(self, name: str) -> StageFigures:
        return next(s for s in self.stages if s.stage == name)


def _median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def _mean(values: list[int]) -> float | None:
    return round(statistics.fmean(values), 1) if values else None


def source_figures(items: Iterable[tuple[str, str]]) -> list[SourceFigures]:
    """Prospects, joins and losses per source, from (source, current stage) pairs."""
    sources: dict[str, SourceFigures] = {}
    for name, stage in items:
        source = sources.setdefault(name, SourceFigures(name))
        source.prospects += 1
        source.joined += stage == "joined"
        source.lost += stage == "lost"
    return sorted(sources.values(), key=lambda s: (-s.joined, -s.prospects, s.source))


def funnel(histories: Iterable[ProspectHistory], *, today: date) -> Funnel:
    """Stage counts, conversions, times in stage and figures per source, from the histories."""
    items = list(histories)
    figures = {stage: StageFigures(stage) for stage in STAGES}
    ended: dict[str, list[int]] = defaultdict(list)
    running: dict[str, list[int]] = defaultdict(list)
    for item in items:
        figures[item.stage].now += 1
        furthest = item.furthest()
        for index in range(furthest + 1):
            figures[PIPELINE[index]].reached += 1
        if item.stage == "lost":
            figures["lost"].reached += 1
        for entry, following in zip(item.entries, [*item.entries[1:], None], strict=True):
            if following is None:
                if entry.stage not in CLOSED_STAGES:
                    running[entry.stage].append(max(0, (today - entry.day).days))
            else:
                ended[entry.stage].append(max(0, (following.day - entry.day).days))
    for index, stage in enumerate(PIPELINE[:-1]):
        here, after = figures[stage].reached, figures[PIPELINE[index + 1]].reached
        figures[stage].conversion = after / here if here else None
    for stage, shown in figures.items():
        shown.median_days = _median(ended[stage])
        shown.mean_days = _mean(ended[stage])
        shown.stays_ended = len(ended[stage])
        shown.open_median_days = _median(running[stage])
    return Funnel(
        stages=[figures[stage] for stage in STAGES],
        sources=source_figures((item.source, item.stage) for item in items if item.source),
        total=len(items),
        joined=figures["joined"].now,
        lost=figures["lost"].now,
    )
