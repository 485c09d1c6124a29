"""The registry as a gazetteer, and linking extracted names to its entities.

A name links to a registry entity when it is the entity's name or one of its
aliases (case, accents and punctuation folded), its acronym ("CEBR" for the
Council of European BioRegions), or close to its name (rapidfuzz) with a
compatible type and no contradicting country.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from intercluster.domain.normalize import normalize_name
from intercluster.domain.vocabulary import EntityType, kind_of

_CONNECTORS = frozenset({"of", "for", "the", "and", "in", "de", "du", "des", "la", "le", "di", "&"})
FUZZY_CUTOFF = 90.0


@dataclass(frozen=True)
class GazetteerEntry:
    id: int
    key: str
    name: str
    type: EntityType
    country: str | None
    aliases: tuple[str, ...] = ()
    year: int | None = None  # an event's edition: BIO-Europe Spring 2021 is not 2022's

    @property
    def reference(self) -> str:
        kind = kind_of(self.type).value
        return f"{'org' if kind == 'organisation' else kind}:{self.id}"


# legal forms as normalize_name writes them: "S.L." is "s l", "Sp. z o.o." is "sp z o o"
LEGAL_FORMS = frozenset(
    {"sa", "sas", "sasu", "sarl", "eurl", "gmbh", "ag", "kg", "ug", "se", "inc", "ltd",
     "limited", "llc", "plc", "nv", "bv", "bvba", "sprl", "ab", "oy", "oyj", "as", "asa", "aps",
     "spa", "srl", "scarl", "sagl", "asbl", "ev", "corp", "co", "sl", "slu", "ltda", "lda", "kft",
     "zrt", "jsc", "ooo", "bhd", "pte", "pty", "pvt", "kk",
     "e v", "s a", "s l", "s l u", "s p a", "s r l", "s r o", "d o o", "z o o", "sp z o o",
     "a s", "k k", "co ltd", "pty ltd", "pte ltd", "pvt ltd", "sdn bhd", "gmbh co kg",
     "sa de cv", "s a de c v"}
)  # fmt: skip
_LONGEST_FORM = max(len(form.split()) for form in LEGAL_FORMS)


def without_legal_form(norm: str) -> str:
    """ "biowin sa" -> "biowin", "valles diagnostics s l" -> "valles diagnostics": the legal
    form says nothing about which organisation."""
    words = norm.split()
    stripped = True
    while stripped:
        stripped = False
        for size in range(min(_LONGEST_FORM, len(words) - 1), 0, -1):
            if " ".join(words[-size:]) in LEGAL_FORMS:
                del words[-size:]
                stripped = True
                break
    return " ".join(words)


def _same_edition(entries: list[GazetteerEntry], year: int | None) -> list[GazetteerEntry]:
    """Entries of one name, without the editions of another year than the document's."""
    if year is None:
        return entries
    return [e for e in entries if e.type is not EntityType.EVENT or e.year in (None, year)]


def acronym_of(name: str) -> str:
    """The capitals of a name's words: "Council of European BioRegions" -> "CEBR"."""
    letters = []
    for word in re.findall(r"[\w+]+", name):
        if word.casefold() in _CONNECTORS:
            continue
        capitals = [c for c in word if c.isupper()]
        letters.extend(capitals or [word[0].upper()])
    return "".join(letters)


class Gazetteer:
    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        self.entries = list(entries)
        self.by_norm: dict[str, list[GazetteerEntry]] = {}
        self.by_acronym: dict[str, list[GazetteerEntry]] = {}
        surfaces: set[str] = set()
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                norm = normalize_name(name)
                if norm:
                    self.by_norm.setdefault(norm, []).append(entry)
                if len(name) >= 3 or name.isupper():
                    surfaces.add(name)
            acronym = acronym_of(entry.name)
            if len(acronym) >= 3:
                self.by_acronym.setdefault(acronym, []).append(entry)
        self._choices = list(self.by_norm)
        self._pattern = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
                + r")(?![\w-])"
            )
            if surfaces
            else None
        )

    def __len__(self) -> int:
        return len(self.entries)

    def scan(self, text: str, year: int | None = None) -> list[tuple[int, int, GazetteerEntry]]:
        """Registry names written exactly (case-sensitive) in the text."""
        if self._pattern is None:
            return []
        found = []
        for match in self._pattern.finditer(text):
            entries = _same_edition(self.by_norm.get(normalize_name(match.group()), []), year)
            if len(entries) == 1:
                found.append((match.start(), match.end(), entries[0]))
        return found

    def link(
        self,
        name: str,
        entity_type: EntityType | None,
        country: str | None,
        year: int | None = None,
    ) -> tuple[GazetteerEntry, float] | None:
        """The registry entity this name means, with a confidence, or None.

        An event links only to the edition of the document's year when the name
        carries no year of its own ("BIO-Europe Spring" in a 2022 report is not
        the 2021 edition)."""
        norm = normalize_name(name)
        if not norm:
            return None
        if re.search(r"\b(?:19|20)\d\d\b", name):
            year = None  # the name says which edition
        found = self._link(norm, name, entity_type, country)
        if (
            found is not None
            and found[0].type is EntityType.EVENT
            and year is not None
            and found[0].year not in (None, year)
        ):
            editions = _same_edition(self.by_norm.get(norm, []), year)
            return (editions[0], found[1]) if len(editions) == 1 else None
        return found

    def _link(
        self, norm: str, name: str, entity_type: EntityType | None, country: str | None
    ) -> tuple[GazetteerEntry, float] | None:
        exact = self._compatible(self.by_norm.get(norm, []), entity_type, country)
        core = without_legal_form(norm)
        if not exact and core != norm:
            exact = self._compatible(self.by_norm.get(core, []), entity_type, country)
        if len(exact) == 1:
            return exact[0], 1.0
        if name.isupper() and 2 <= len(name) <= 10:
            by_acronym = self._compatible(self.by_acronym.get(name, []), entity_type, country)
            if len(by_acronym) == 1:
                return by_acronym[0], 0.85
        if len(norm) < 5 or not self._choices:
            return None
        best = process.extract(
            core, self._choices, scorer=fuzz.ratio, limit=3, score_cutoff=FUZZY_CUTOFF
        )
        candidates: list[tuple[GazetteerEntry, float]] = []
        for choice, score, _ in best:
            for entry in self._compatible(self.by_norm[choice], entity_type, country):
                candidates.append((entry, score / 100.0))
        if len({c[0].id for c in candidates}) == 1:
            entry, score = candidates[0]
            return entry, round(0.9 * score, 2)
        return None

    @staticmethod
    def _compatible(
        entries: list[GazetteerEntry], entity_type: EntityType | None, country: str | None
    ) -> list[GazetteerEntry]:
        result = []
        for entry in entries:
            if entity_type is not None and kind_of(entry.type) is not kind_of(entity_type):
                continue
            if country and entry.country and country != entry.country:
                continue
            if entry not in result:
                result.append(entry)
        return result
