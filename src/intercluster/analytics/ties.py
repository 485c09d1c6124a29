"""How an organisation's ties changed in a year: new, strengthened, dormant, and new contacts.

- new: a partnership (`partner_of`) whose `since` falls in the year;
- strengthened: an existing partner (a partnership that did not start this year)
  with a dated fact of the year between the two: the partnership restated, a
  meeting, a shared project, a membership;
- dormant: a partner with no such fact in the last `dormant_after` years up to
  the year (one whose facts are all undated cannot be judged and is left out);
- contacts: organisations met or worked with in the year that are not partners.
Co-attending an event is not a fact between the two and changes nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intercluster.analytics.network import Evidence, Network, tie_evidence
from intercluster.domain.vocabulary import Predicate

DIRECT_KINDS = frozenset({"partnership", "meeting", "project", "membership", "leadership"})
CONTACT_KINDS = frozenset({"meeting", "project"})


@dataclass
class TieChange:
    partner: int
    since: str | None  # when the partnership started, if recorded
    last_year: int | None  # the last year with a fact between the two, up to the year
    kinds: list[str]  # what happened in the year (new, strengthened, contacts)
    relations: list[int]  # the records behind it


@dataclass
class TieChanges:
    year: int
    dormant_after: int
    new: list[TieChange] = field(default_factory=list)
    strengthened: list[TieChange] = field(default_factory=list)
    dormant: list[TieChange] = field(default_factory=list)
    contacts: list[TieChange] = field(default_factory=list)


def _partnerships(network: Network, organisation: int, year: int) -> dict[int, list[str | None]]:
    """Partners as of the end of the year, with the `since` of each partnership record."""
    partners: dict[int, list[str | None]] = {}
    for link in network.links:
        if link.predicate != Predicate.PARTNER_OF or organisation not in (
            link.subject,
            link.object,
        ):
            continue
        start = link.year
        if start is not None and start > year:
            continue
        other = link.object if link.subject == organisation else link.subject
        partners.setdefault(other, []).append(link.since)
    return partners


def tie_changes(
    network: Network, *, organisation: int, year: int, dormant_after: int = 2
) -> TieChanges:
    if dormant_after < 1:
        raise ValueError("dormant_after must be at least 1 year")
    result = TieChanges(year=year, dormant_after=dormant_after)
    partners = _partnerships(network, organisation, year)
    evidence: dict[int, list[Evidence]] = {}
    for (a, b), found in tie_evidence(network).items():
        if organisation in (a, b):
            evidence[b if a == organisation else a] = [
                e for e in found if e.kind in DIRECT_KINDS and (e.year is None or e.year <= year)
            ]

    for other in sorted(set(partners) | set(evidence), key=lambda n: network.nodes[n].name):
        found = evidence.get(other, [])
        this_year = [e for e in found if e.year == year]
        dated = [e.year for e in found if e.year is not None]
        sinces = partners.get(other, [])
        started_now = [s for s in sinces if s and int(s[:4]) == year]
        change = TieChange(
            partner=other,
            since=min((s for s in sinces if s), default=None),
            last_year=max(dated, default=None),
            kinds=sorted({e.kind for e in this_year}),
            relations=sorted({r for e in this_year for r in e.relations}),
        )
        if other not in partners:
            if any(e.kind in CONTACT_KINDS for e in this_year):
                result.contacts.append(change)
        elif started_now:
            result.new.append(change)
        elif this_year:
            result.strengthened.append(change)
        elif change.last_year is not None and change.last_year <= year - dormant_after:
            change.relations = sorted({r for e in found for r in e.relations})
            result.dormant.append(change)
    return result
