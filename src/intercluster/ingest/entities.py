"""Named entities: find the names in each sentence, type them, group them, find their country.

Names come from three places: capitalised word sequences of a sentence (with
"of", "for", "the", ... inside them), the registry's names (the gazetteer),
and spaCy's entity spans. Each name is then typed by the strongest clue:

5. the registry entity it is linked to;
4. a keyword of the name ("University of Porto", "Council of ...", "... Convention");
3. a type word beside it ("the Japanese cluster Kawasaki", "the ALISEI network",
   "EIT Health, a health innovation network", "companies such as BJT Pharma",
   "Lithuanian (...), Estonian (...) and German (Biocon Valley) clusters");
2. spaCy's label (PERSON, GPE, ORG, EVENT);
1. an organisation by default (a company).

Countries come from a nationality word before the name ("the Japanese cluster
Kawasaki", "Lithuanian (Lithuanian Biotechnology Association)"), a country in
brackets after it ("CataloniaBio (Spain)"), a country, place or nationality
inside the name, or the registry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

import pycountry

from intercluster.domain.normalize import normalize_name
from intercluster.domain.vocabulary import ORGANISATION_TYPES, EntityType
from intercluster.ingest.lexicon import (
    KNOWN_PLACES,
    MONTHS,
    NAME_KEYWORDS,
    NATIONALITIES,
    NOT_NAMES,
    NOT_PLACES,
    REGIONAL_ADJECTIVES,
    TITLE_WORDS,
    TYPE_WORDS,
)
from intercluster.ingest.linking import (
    LEGAL_FORMS,
    Gazetteer,
    GazetteerEntry,
    without_legal_form,
)
from intercluster.ingest.nlp import Tagged
from intercluster.ingest.places import is_region, town_population

_WORD = re.compile(r"\w(?:[\w’'+&.\-/~–]*[\w+])?")
# "Export and Investment Agency": an "and" inside a name ends on one of these words
_ORG_HEADS = frozenset(
    {"agency", "association", "council", "institute", "centre", "center", "society",
     "foundation", "federation", "chamber", "ministry", "university", "commerce", "technology",
     "technologies", "sciences", "affairs", "development", "innovation", "partnerships",
     "industry", "industries", "research", "health", "healthtech", "medicine", "trade",
     "authority", "economy", "enterprise", "employment", "education", "environment", "energy",
     "agriculture", "transport", "finance"}
)  # fmt: skip
# words that end a name: "Lund University and the Technical University of Munich" are two
_NAME_ENDS = frozenset(
    {"university", "institute", "agency", "association", "council", "society", "foundation",
     "federation", "chamber", "ministry", "centre", "center", "cluster", "network", "hospital",
     "alliance", "group"}
)  # fmt: skip
# the head words of public and representative bodies
_BODY_HEADS = frozenset(
    {"agency", "association", "council", "institute", "centre", "center", "society",
     "foundation", "federation", "chamber", "ministry", "university", "commerce", "authority",
     "trade", "affairs", "development", "research", "department", "office", "board"}
)  # fmt: skip
# first words of organisation names in other languages, whose lower-case words are theirs
_FOREIGN_HEADS = frozenset(
    {"université", "universite", "universidad", "universidade", "università", "universitat",
     "universität", "instituto", "istituto", "institut", "conseil", "consejo", "conselho",
     "consiglio", "agence", "agencia", "agência", "associação", "asociación", "associazione",
     "fondation", "fundación", "fundação", "fondazione", "centro", "laboratoire", "société",
     "sociedad", "ministère", "ministerio", "chambre", "cámara", "câmara", "pôle", "parc",
     "parque", "polo", "école", "escola", "escuela", "hôpital", "réseau", "rete", "stiftung",
     "zentrum", "hochschule", "klinikum", "groupement", "politecnico", "scuola", "ospedale"}
)  # fmt: skip
# lower-case English words that end a name in another language
_NOT_FOREIGN = frozenset(
    {"and", "or", "the", "a", "an", "in", "on", "at", "with", "for", "to", "from", "by", "of",
     "which", "that", "who", "is", "are", "was", "were", "has", "have", "had", "will", "its",
     "their", "as", "signed", "said", "joined", "met", "led", "also", "into", "this", "these"}
)  # fmt: skip
_ARTICLES = frozenset({"the", "a", "an"})
# names that go on with "on": "Conference on Rare Diseases", "Council on Foreign Relations"
_ON_HEADS = frozenset(
    {"conference", "summit", "forum", "congress", "symposium", "workshop", "commission",
     "committee", "council", "centre", "center", "network", "alliance", "programme", "program",
     "initiative", "platform", "convention", "meeting", "days", "group", "task"}
)  # fmt: skip
_OFFICE_WORDS = frozenset(
    {"minister", "ambassador", "mayor", "consul", "governor", "commissioner", "secretary"}
)
_PLACE_OF_WORK = frozenset(
    {"center", "centre", "institute", "campus", "park", "hospital", "school", "laboratory"}
)
_CONNECTORS = frozenset({"of", "for", "de", "du", "des", "la", "le", "di", "del", "della", "van",
                         "von", "the", "on", "y", "et", "&", "in", "and"})  # fmt: skip
_SEATS = frozenset(
    {"embassy", "consulate", "general", "office", "representation", "delegation", "commerce"}
)
_IN_OPENERS = frozenset({"meet", "made", "invest", "choose", "business", "study", "science"})
_AREA_WORDS = frozenset(
    {"european", "eastern", "western", "northern", "southern", "central", "european-scale",
     "europe-wide", "international", "global", "nordic", "baltic", "mediterranean", "transatlantic",
     "french", "german", "american", "asian", "african", "scale", "wide", "level"}
)  # fmt: skip
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_TYPE_WORD_RE = "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True))
# Type words are written in lower case; in capitals they are part of a name ("Choose Paris Region").
_FOLLOWING_TYPE = re.compile(rf"^\s*(?:\([^()]*\)\s*)?({_TYPE_WORD_RE})\b")
# the head noun of the appositive: the last type word before the phrase ends
_APPOSITIVE_TYPE = re.compile(
    rf"^\s*(?:\([^()]*\)\s*)?,\s*(?:[Tt]he|an?|its|our)\s+"
    r"(?:(?!(?:of|in|for|from|with|that|which|to)\b|and\s+(?![a-z])|and\s+(?:the|an?|its|their|our)\b)"
    r"[\w’'\-+]+\s+){0,6}"
    rf"({_TYPE_WORD_RE})"
    r"(?=[ \t]*(?:[,.;:)\n]|$)|\s+(?:of|that|which|with|in|for|uniting|focused|based|and|dedicated|"
    r"specialised|specialized|gathering|bringing|created|launched|whose|from|on|to|"
    r"representing|serving|connecting|promoting|supporting|helping|grouping|"
    r"set|run|led|coordinated|funded|financed|supported|aiming|aimed)\b)",
)
_PRECEDING_TYPE = re.compile(
    rf"\b({_TYPE_WORD_RE})\s*(?:\([^()]*\)\s*)?"
    r"(?:,?\s*(?:such as|like|including|included|include|namely|called|named)\s+|,\s*"
    r"|(?:(?<=regions)|(?<=cantons)|(?<=provinces)|(?<=states)|(?<=cities)) of\s+)?(?:the\s+)?$",
)
_LIST_GAP = re.compile(
    r"^\s*(?:\([^()]*(?:\([^()]*\)[^()]*)*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)"
    r"(?:the\s+|a\s+|an\s+)?(?:[a-z\-]+\s+)?(?:\(\s*)?$"
)
_EVENT_SUFFIX = re.compile(
    r"^\s+((?:annual|international|general|european|global)\s+)?"
    r"(conference|summit|congress|meeting|assembly|forum|convention|days|symposium|fair)\b"
)
_NAME_PART_SUFFIX = re.compile(r"^\s+(foodlab|living lab|lab|hub|accelerator|academy)\b")
_NATIONALITY_RE = "|".join(sorted((re.escape(n) for n in NATIONALITIES), key=len, reverse=True))
_NATIONALITY_BEFORE = re.compile(
    rf"\b({_NATIONALITY_RE})\s*(?:\(\s*|(?:\([^()]*\)\s*)?(?:[a-z][\w-]*\s+){{0,3}})$",
    re.IGNORECASE,
)
# "Quebec's life sciences cluster, Montréal InVivo": a described type word before a comma
_COMMA_TYPE_OK = re.compile(
    r"(?:(?:’s|'s)(?:\s+[a-z][\w-]*){0,3}|\b(?:a|an)(?:\s+[a-z][\w-]*){0,2})\s+$"
)
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{1,80})\)")


def word_is_capitalised(word: str) -> bool:
    """ "BioWin", "4Health", "iPark", "d'Azur" can all be part of a name."""
    first = word[0]
    if first.isupper():
        return True
    if first.isdigit() or (
        any(c.isupper() for c in word[1:]) and not re.match(r"[^\W\d_]+-", word)
    ):  # "bioMérieux", "bioPmed", but not "extra-European"
        return any(c.isupper() for c in word)
    return word[:2] in ("d'", "d’", "l'", "l’") and word[2:3].isupper()


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """The ISO code of a country name ("Belgium", "USA", "the Netherlands"), else None."""
    norm = normalize_name(text)
    if not norm or norm in NOT_PLACES:
        return None
    aliases = {"usa": "US", "us": "US", "u s": "US", "united states": "US", "uk": "GB",
               "united kingdom": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
               "south korea": "KR", "korea": "KR", "russia": "RU", "czech republic": "CZ",
               "czechia": "CZ", "holland": "NL", "the netherlands": "NL", "netherlands": "NL",
               "taiwan": "TW", "vietnam": "VN", "turkey": "TR", "the united states": "US",
               "the us": "US", "the uk": "GB"}  # fmt: skip
    if norm in aliases:
        return aliases[norm]
    if len(norm) <= 3:
        return None
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_2)
    except LookupError:
        return None


def countries_in(text: str) -> list[str]:
    """Countries a phrase names, by name, known place or nationality, in that order of trust."""
    norm = normalize_name(text)
    words = norm.split()
    found: list[str] = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            phrase = " ".join(words[i : i + size])
            code = (
                country_code(phrase) if len(phrase) > 3 or phrase in ("usa", "uk", "us") else None
            )
            if code is None and phrase in KNOWN_PLACES:
                code = KNOWN_PLACES[phrase]
            if code is None and phrase in NATIONALITIES:
                code = NATIONALITIES[phrase]
            if code and code not in found:
                found.append(code)
    return found


@dataclass
class Mention:
    start: int
    end: int
    name: str
    sentence: int
    kind: str = "name"  # name | country | nationality
    type: EntityType | None = None
    strength: int = 0
    country: str | None = None
    entry: GazetteerEntry | None = None
    entry_score: float = 0.0
    alias_of: str | None = None  # the full name an acronym stands for
    entity: int = -1  # index into Analysis.entities
    described: str | None = None  # "the association" of "X, the association of ..."

    @property
    def norm(self) -> str:
        return normalize_name(self.name)

    def vote(self, entity_type: EntityType, strength: int) -> None:
        if strength > self.strength:
            self.type, self.strength = entity_type, strength


@dataclass
class EntityBuild:
    name: str
    type: EntityType
    country: str | None
    mentions: list[Mention]
    aliases: list[str] = field(default_factory=list)
    entry: GazetteerEntry | None = None
    entry_score: float = 0.0
    strength: int = 0
    # the type model's probability of `type` (1.0 when no model typed it): how sure a fact
    # resting on this entity can be of its end
    type_probability: float = 1.0

    @property
    def is_org(self) -> bool:
        return self.type in ORGANISATION_TYPES


@dataclass
class Analysis:
    text: str
    sentences: list[tuple[int, int]]
    mentions: list[Mention]
    entities: list[EntityBuild]
    places_in_brackets: list[tuple[Mention, Mention]]  # (org or event, place)
    self_entity: int | None
    tags: dict[int, str] = field(default_factory=dict)
    named_spans: list[tuple[int, int, str]] = field(default_factory=list)  # spaCy's entities
    arcs: dict[int, tuple[int, int, str]] = field(default_factory=dict)  # spaCy's parse


# National agencies are named "Business France", "Innovation Norway", "Enterprise Ireland".
_AGENCY_WORDS = frozenset({"business", "innovation", "enterprise", "invest", "trade", "team"})


@lru_cache(maxsize=8192)
def keyword_type(name: str) -> EntityType | None:
    norm = normalize_name(name)
    words = norm.split()
    if len(words) == 2 and words[0] in _AGENCY_WORDS and country_code(words[1]) is not None:
        return EntityType.PUBLIC_BODY
    if (
        len(words) >= 3
        and country_code(words[-1]) is not None
        and any(
            w in ("fund", "foundation", "council", "agency", "academy", "affairs", "development")
            for w in words[:-1]
        )
    ):
        # "Innovation Fund Denmark", "Science Foundation Ireland", "Global Affairs Canada"
        return EntityType.PUBLIC_BODY
    if (
        len(words) == 2
        and words[1] in ("innovation", "enterprise")
        and (words[0] in NATIONALITIES or words[0] in ("nordic", "baltic"))
    ):
        return EntityType.PUBLIC_BODY  # "Nordic Innovation", "Scottish Enterprise"
    if (
        words
        and words[0] in ("centre", "center")
        and len(words) > 1
        and words[1] not in ("for", "of")
    ):
        words = words[1:]  # "Centre-Val de Loire" is a region, not a research centre
        norm = " ".join(words)
    padded = f" {norm} "
    for entity_type, keywords in NAME_KEYWORDS:
        for keyword in keywords:
            if f" {keyword.strip()} " in padded or (
                not keyword.startswith(" ") and keyword.endswith(" ") and f" {keyword}" in padded
            ):
                return entity_type
    return None


# ------------------------------------------------------------------ chunking


def _chunks(
    text: str,
    start: int,
    end: int,
    tags: dict[int, str],
    known: frozenset[str] = frozenset(),
    people: frozenset[tuple[int, int]] = frozenset(),
    places: frozenset[tuple[int, int]] = frozenset(),
) -> list[tuple[int, int]]:
    """Spans of capitalised word sequences in one sentence."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        return []  # a headline in capitals: no way to tell names from words
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    spans: list[tuple[int, int]] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i][2]
        if not word_is_capitalised(word):
            i += 1
            continue
        first_word = i
        last = i
        j = i
        while True:
            word_j = words[j][2]
            if "/" in word_j:
                break
            if word_j.endswith(("’s", "'s")):
                ahead = [w[2].casefold() for w in words[j + 1 : j + 4]]
                if not (
                    j + 1 < n
                    and word_is_capitalised(words[j + 1][2])
                    and text[words[j][1] : words[j + 1][0]] == " "
                    and any(w in _NAME_ENDS or w in ("college", "research") for w in ahead)
                ):
                    break  # "Genopole's growth"; but "Seattle Children's Research Institute"
            if j + 1 < n and text[words[j][1] : words[j + 1][0]] == " & ":
                if word_is_capitalised(words[j + 1][2]):
                    j += 1
                    last = j
                    continue
                break
            if j + 1 >= n or text[words[j][1] : words[j + 1][0]] not in (" ", "  "):
                break
            nxt = words[j + 1][2]
            if word_is_capitalised(nxt):
                j += 1
                last = j
                continue
            if (
                re.fullmatch(r"(?:19|20)\d\d", nxt)
                and words[j][2].casefold() not in NOT_NAMES
                and words[j][2].casefold() not in MONTHS
                and j + 2 < n
                and text[words[j + 1][1] : words[j + 2][0]] == " "
                and word_is_capitalised(words[j + 2][2])
            ):
                j += 2  # "ISCT 2024 Annual Meeting"
                last = j
                continue
            k = j + 1
            ok = False
            left = normalize_name(" ".join(w[2] for w in words[first_word : last + 1]))
            if (
                words[k][2] in ("of", "for")
                and words[last][2].casefold() not in _NAME_ENDS
                and (
                    left in KNOWN_PLACES
                    or (words[first_word][0], words[last][1]) in people
                    or (words[first_word][0], words[last][1]) in places
                )
            ):
                break  # "San Diego for the BIO ...", "Anne Martin of the EMA": two names
            foreign = _foreign_name_end(text, words, first_word, last)
            if foreign is not None:
                j = last = foreign  # "Université catholique de Louvain"
                continue
            while k < n and words[k][2] in _CONNECTORS and k - j <= 2:
                if text[words[k - 1][1] : words[k][0]] != " ":
                    break
                if words[k][2] == "in" and not _in_joins(words, first_word, last, k):
                    break
                if words[k][2] == "and" and not _and_joins(text, words, first_word, last, k):
                    break
                if (
                    words[k][2] == "on"
                    and words[last][2].casefold() not in _ON_HEADS
                    and not (
                        # "National Institute on Aging", not "the Institute on the project"
                        words[last][2] == "Institute"
                        and k == j + 1
                        and word_is_capitalised(words[k + 1][2] if k + 1 < n else "")
                    )
                ):
                    break  # "Conference on Rare Diseases", not "KU Leuven on the FIT4FOOD project"
                k += 1
                if (
                    k < n
                    and text[words[k - 1][1] : words[k][0]] == " "
                    and word_is_capitalised(words[k][2])
                ):
                    ok = True
                    break
            if ok:
                j = k
                last = j
                continue
            break
        last = _comma_series_end(text, words, first_word, last)
        spans.append((words[first_word][0], _cut_word_end(words[last][2], words[last])))
        slash = words[last][2].find("/")
        second = words[last][2][slash + 1 :]
        if (
            slash > 0
            and second
            and word_is_capitalised(second)
            and second.casefold() not in TYPE_WORDS
            and second.casefold() not in NOT_NAMES
        ):
            spans.append((words[last][0] + slash + 1, words[last][1]))  # "Vienna/Prague"
        i = last + 1
    return _clean_chunks(text, start, spans, tags, known)


_FIELD_WORDS = frozenset(
    {"education", "research", "innovation", "science", "sciences", "technology", "health",
     "economy", "culture", "sport", "youth", "industry", "trade", "energy", "environment",
     "agriculture", "food", "transport", "employment", "enterprise", "development", "finance",
     "welfare", "labour", "digitalisation", "climate", "higher", "fisheries", "forestry",
     "water", "competition", "jobs", "skills", "regions", "business", "tourism", "mines",
     "mining", "petroleum", "communications", "infrastructure", "housing", "planning",
     "commerce", "investment", "entrepreneurship", "universities", "telecommunications"}
)  # fmt: skip
_COMMA_SERIES = re.compile(r"(?:,\s[A-Z][a-z]+){1,3},?\s+and\s+[A-Z][a-z]+\b(?!\s+[A-Z])")


def _comma_series_end(text: str, words: list[tuple[int, int, str]], first: int, last: int) -> int:
    """ "State Secretariat for Education, Research and Innovation", "Agency for Science,
    Technology and Research", "Institute of Marine Biology, Biotechnology and Aquaculture": a
    body's field may be a list of its own."""
    of = next((j for j in (last - 1, last - 2) if j > first and words[j][2] in ("for", "of")), None)
    if of is None or words[of - 1][2].casefold() not in _SERIES_HEADS:
        return last
    match = _COMMA_SERIES.match(text, words[last][1])
    # the fields after the first: "Bacteriophages, Microbiology and Virology"
    fields = re.findall(r"[A-Z][a-z]+", match.group() if match else "")
    if match is None or not all(_is_field(w) for w in fields):
        return last  # "the Ministry of Health, Zorb and Quax": three names
    for index in range(last + 1, min(len(words), last + 8)):
        if words[index][1] == match.end():
            return index
    return last


_SERIES_HEADS = _BODY_HEADS | {"secretariat", "directorate", "laboratory", "school", "faculty"}
# the endings of nouns that name a field ("Microbiology", "Aquaculture", "Fisheries")
_FIELD_ENDING = re.compile(r"(?:ology|ics|ture|ment|tion|ies|ence|ance|ing|ism|ity|ry|cy)$")


def _is_field(word: str) -> bool:
    return word.casefold() in _FIELD_WORDS or _FIELD_ENDING.search(word) is not None


def _in_joins(words: list[tuple[int, int, str]], first: int, last: int, k: int) -> bool:
    """ "Meet in Italy", "Made in France": "in" joins a name before a country, not after an
    event or an organisation ("BIO International Convention in San Diego")."""
    if k + 1 >= len(words):
        return False
    if words[last][2].casefold() in _SEATS or any(
        w[2].casefold() in ("embassy", "consulate") for w in words[first : last + 1]
    ):  # "Embassy of Spain in Tokyo"
        return True  # "Belgian Embassy in Tokyo", "Consulate General in New York"
    if words[first][2].casefold() in _IN_OPENERS and first == last:
        return True  # "Invest in Bavaria", "Meet in Italy"
    if country_code(words[k + 1][2]) is None:
        return False
    before = " ".join(w[2] for w in words[first : last + 1])
    return keyword_type(before) is None or words[first][2].casefold() in _IN_OPENERS


def _foreign_name_end(
    text: str, words: list[tuple[int, int, str]], first: int, last: int
) -> int | None:
    """A name in French, Spanish, Portuguese, Italian or German that starts with an
    organisation word keeps its lower-case words when it ends on a capital: "Université
    catholique de Louvain", "Conseil de la transformation alimentaire du Québec",
    "Instituto de Investigação e Inovação em Saúde". The index of its last word, or None."""
    if not any(w[2].casefold() in _FOREIGN_HEADS for w in words[first : last + 1]):
        return None
    k = last + 1
    lower = 0
    while k < len(words) and k - last <= 6:
        if text[words[k - 1][1] : words[k][0]] != " ":
            return None
        word = words[k][2]
        if word_is_capitalised(word):
            return k if k > last + 1 else None
        if word.casefold() in _NOT_FOREIGN or not word.isalpha():
            return None
        lower += word not in _CONNECTORS
        if lower > 3:
            return None
        k += 1
    return None


def _and_joins(text: str, words: list[tuple[int, int, str]], first: int, last: int, k: int) -> bool:
    """ "Wallonia Export and Investment Agency (AWEX)", "Prospection and Partnerships"."""
    if words[last][2].casefold() in _NAME_ENDS:
        return False  # "Lund University and Technical University of Munich": two names
    # the name before "and", from its first word or after its last connector ("Members of
    # ZPQ and ...")
    after = max((j + 1 for j in range(first, last) if words[j][2] in _CONNECTORS), default=first)
    for begin in dict.fromkeys((first, after)):  # once when no connector comes between
        left = " ".join(w[2] for w in words[begin : last + 1])
        if last - begin < 3 and (_is_town_or_region(left) or country_code(left) is not None):
            return False  # "the Marine Institute in Galway and LiceGuard Technologies"
        if _named_alone(text, left, words[begin][0]):
            return False  # "SABIC and Evonik Industries" where the text names SABIC alone too
    m = k + 1
    while m < len(words) and text[words[m - 1][1] : words[m][0]] == " ":
        if not word_is_capitalised(words[m][2]):
            break
        m += 1
    if m == k + 1:
        return False
    tail = words[m - 1][2].casefold()
    if re.search(r"\w[\w.’')]*\s*,\s*$", text[max(0, words[first][0] - 40) : words[first][0]]):
        # the last "and" of a list, "Dignio, Nordic Brain Tech and Kongsberg Beam Technology",
        # joins only before the head word of a body
        return tail in _BODY_HEADS
    return (
        tail in _ORG_HEADS
        # "IZB Innovation and Start-up Center Martinsried"
        or any(w[2].casefold() in _PLACE_OF_WORK for w in words[k + 1 : m])
        or tail in ("therapy", "immunology", "biology", "medicine", "technology", "engineering")
        or bool(re.match(r"\s*\((?:[A-Z][\w-]*\s?){1,3}\)", text[words[m - 1][1] :]))
    )


def _cut_word_end(word: str, entry: tuple[int, int, str]) -> int:
    end = entry[1]
    if "/" in word:
        return entry[0] + word.index("/")
    if word.endswith(("’s", "'s")):
        return end - 2
    return end


_NUMBER_NEXT = re.compile(r"\.?\s+\d")  # "Jan 14" is a date, "Jan Peeters" a person


def _mid_sentence_names(text: str, sentences: list[tuple[int, int]]) -> frozenset[str]:
    """Capitalised words the document uses inside sentences: at a sentence's start, names too."""
    names = set()
    for start, end in sentences:
        # the first word opens the sentence, after a quotation mark or a bullet too
        for index, match in enumerate(_WORD.finditer(text, start, end)):
            word = match.group()
            if index and word[0].isupper() and word.casefold() not in NOT_NAMES:
                names.add(word)
    return frozenset(names)


def _clean_chunks(
    text: str,
    sentence_start: int,
    spans: list[tuple[int, int]],
    tags: dict[int, str],
    known: frozenset[str],
) -> list[tuple[int, int]]:
    cleaned = []
    for start, end in spans:
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
        while words:
            w_start, _, word = words[0]
            lower = word.casefold()
            titles = 0
            while titles < len(words) and words[titles][2].casefold() in TITLE_WORDS:
                titles += 1
            if (
                titles
                and len(words) - titles >= 2
                and words[titles][2] not in _CONNECTORS
                and words[-1][2].casefold() not in _BODY_HEADS  # "International Water Association"
            ):
                words = words[titles:]  # "Deputy Minister Khalid Al-Faisal"
                continue
            if titles and titles + 1 < len(words) and words[titles][2] in ("of", "at", "for"):
                words = words[titles + 1 :]  # "Managing Director of BioM"
                continue
            if word.endswith("-based") and len(words) > 1 and word[0].isupper():
                # "the Wageningen-based Foodvalley NL": a city, then the name
                cleaned.append((w_start, words[0][1] - len("-based")))
                words.pop(0)
                continue
            at_sentence_start = not text[sentence_start:w_start].strip(" \"“‘'(")
            if lower == "new" and len(words) > 1:
                pair = normalize_name(f"{word} {words[1][2]}")
                if pair in KNOWN_PLACES or country_code(pair) is not None:
                    break  # "New York", "New Zealand"
            if (
                lower in NOT_NAMES
                and lower not in _ARTICLES
                and word[0].isupper()
                and len(words) > 1
            ):
                phrase = re.escape(text[w_start : words[-1][1]])
                if re.search(rf"(?<=[a-z,] ){phrase}\b", text):
                    break  # "One Nucleus": written so inside a sentence
            if (
                lower in NOT_NAMES
                or (lower in MONTHS and (len(lower) > 3 or _NUMBER_NEXT.match(text, words[0][1])))
                or lower in _WEEKDAYS
                or (
                    at_sentence_start
                    and tags.get(w_start, "NNP") not in ("NNP", "NNPS")
                    and not (word.isupper() and len(word) > 1)  # "CEBR met in Brussels"
                    and not any(c.isupper() for c in word[1:])  # "BioWin signed"
                    and word not in known  # "Medicen is ...": named inside other sentences
                )
            ):
                words.pop(0)
                continue
            break
        while words and words[-1][2] in _CONNECTORS:
            words.pop()
        if words:
            cleaned.append((words[0][0], min(end, words[-1][1])))
    return cleaned


# ------------------------------------------------------------------ mentions


# Capitalised words and abbreviations that are never a name on their own
_NO_NAMES = frozenset(
    {"european", "eu", "year", "mou", "mous", "loi", "b2b", "b2c", "b2g", "r d", "ai", "iot",
     "ecg", "no", "yes", "news", "review", "outlook", "highlights", "agenda", "programme",
     "sme", "smes"}
)  # fmt: skip


def _make_mention(
    text: str,
    start: int,
    end: int,
    sentence: int,
    places: frozenset[tuple[int, int]] = frozenset(),
) -> Mention | None:
    name = text[start:end].strip()
    norm = normalize_name(name)
    if not norm or len(name) < 2:
        return None
    words = norm.split()
    if norm in NOT_PLACES or norm in _NO_NAMES:
        return None
    if norm in REGIONAL_ADJECTIVES:
        return Mention(start, end, REGIONAL_ADJECTIVES[norm], sentence, type=EntityType.PLACE,
                       strength=4, country=NATIONALITIES.get(norm))  # fmt: skip
    if norm in NATIONALITIES:
        return Mention(start, end, name, sentence, kind="nationality", country=NATIONALITIES[norm])
    code = country_code(name)
    if code is not None:
        return Mention(start, end, name, sentence, kind="country", country=code)
    if len(words) == 1 and (norm in TITLE_WORDS or norm in MONTHS or norm in _WEEKDAYS):
        return None
    if norm in LEGAL_FORMS or (len(words) == 1 and norm in TYPE_WORDS):
        return None  # "Ltd" cut from its name, "the Embassy": no one's name
    if "-" in name and " " not in name and name.casefold() in TITLE_WORDS:
        return None  # "Vice-President"
    if any(w in _OFFICE_WORDS for w in words) and keyword_type(name) is None:
        return None  # "Walloon Minister for the Economy": an office, not an organisation
    if words[-1] in ("sponsor", "sponsors", "partner", "partners", "member", "members") or (
        len(words) == 1 and norm in ("pavilion", "stand", "booth", "delegation", "mission", "smes")
    ):
        return None  # "Gold Sponsor": a role, not a name
    if (
        len(words) == 2
        and words[1] in ("pavilion", "stand", "booth")
        and (country_code(words[0]) is not None or words[0] in NATIONALITIES)
    ):
        return None  # "the Sweden Pavilion": a stand, not an organisation
    if name.endswith("-based") and len(name) > 8 and name[0].isupper():
        # "the Seattle-based cluster": the city is named
        seat = _make_mention(text, start, start + len(name) - len("-based"), sentence, places)
        if seat is not None and seat.kind == "name" and keyword_type(seat.name) is None:
            seat.vote(EntityType.PLACE, 3)
        return seat
    if re.search(r"-(?:funded|based|led|wide|level|scale|backed|owned|driven)$", name):
        return None  # "EU-funded", "Boston-based"
    if words[0] in _AREA_WORDS and all(
        w in _AREA_WORDS or (w in TYPE_WORDS and w.endswith("s")) for w in words
    ):
        return None  # "Eastern European", "European Universities"
    if len(words) > 1:
        # "Munich Germany": a place followed by its country
        last = re.search(r"[\s,]+(\S+)$", name)
        head = normalize_name(name[: last.start()]) if last is not None else ""
        if last is not None and country_code(last.group(1)) is not None and head in KNOWN_PLACES:
            return _make_mention(text, start, start + last.start(), sentence)
    if words[0] in NATIONALITIES and len(words) >= 3 and keyword_type(name) is not None:
        # "the Japanese Kansai Life Science Cluster" where the text also writes "Kansai Life
        # Science Cluster", or "the Norwegian Oslo Cancer Cluster": the adjective gives the
        # country, the rest is the name
        rest = re.search(r"[\s-]+", name)
        if (
            rest is not None
            and words[1] not in NATIONALITIES
            and (
                # "the German-Brazilian MedTech Forum" is one name: two countries' event
                _placed_after_nationality(words)
                or words[1] in _MINISTRIES
                or re.search(  # the rest alone elsewhere, without the adjective
                    rf"(?<!{re.escape(name[: rest.start()])}[\s-])"
                    rf"{re.escape(name[rest.end() :])}\b",
                    text,
                )
            )
        ):
            mention = _make_mention(text, start + rest.end(), end, sentence)
            if mention is not None and mention.country is None:
                mention.country = NATIONALITIES[words[0]]
            return mention
    if (
        words[0] in NATIONALITIES
        and len(words) == 2
        and keyword_type(name) is None
        and words[1] not in TYPE_WORDS  # "the Walloon Region" is a name
        and (start, end) not in places  # "British Columbia" is a place
    ):
        # "Danish Medicon": the adjective gives the country, the rest is the name
        rest = re.search(r"[\s-]+", name)
        if rest is not None:
            mention = _make_mention(text, start + rest.end(), end, sentence)
            if mention is not None and mention.country is None:
                mention.country = NATIONALITIES[words[0]]
            return mention
    return Mention(start, end, name, sentence)


# the head word of a cluster's name in its own language: "the Spanish Clúster Hortofrutícola
# de Almería" is named in Spanish, the English adjective before it is no part of the name
_OWN_LANGUAGE_HEADS = frozenset({"cluster", "pole", "polo", "klaster", "klastr", "klaszter"})


# "the Croatian Ministry of Science, Education and Youth": the ministry's own name has no
# nationality (so the annotated documents write it 14 times of 18)
_MINISTRIES = frozenset({"ministry", "ministere", "ministerio", "ministero", "ministerium"})


def _placed_after_nationality(words: list[str]) -> bool:
    """ "norwegian oslo cancer cluster": a town or region follows the nationality word."""
    pair = f"{words[0]} {words[1]}"
    if pair in KNOWN_PLACES or is_region(pair) or town_population(pair) is not None:
        return False  # "British Columbia Institute of Technology": the place is the pair
    if words[1] in _OWN_LANGUAGE_HEADS and words[0] not in ("european",):
        return words[1] != "cluster" or words[2] not in TYPE_WORDS
    population = town_population(words[1])
    return (
        words[1] in KNOWN_PLACES
        or is_region(words[1])
        or (population is not None and population >= 100_000)
    )


def _named_alone(text: str, name: str, here: int) -> bool:
    """Whether the text names `name` elsewhere, not followed by "and" as here.

    A name no word of which the text writes in lower case: "Research and Innovation Agency"
    stays one name in a text that speaks of research.
    """
    if any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text) for w in name.split()):
        return False
    pattern = rf"(?<![\w&-]){re.escape(name)}(?![\w&-])(?!\s+and\b)(?!\s+(?:of|for|&)\b)"
    return any(m.start() != here for m in re.finditer(pattern, text))


def _is_town_or_region(name: str) -> bool:
    norm = normalize_name(name)
    return (
        norm in KNOWN_PLACES or is_region(name) or (town_population(name) or 0) >= _TOWN_BEFORE_AND
    )


_TOWN_BEFORE_AND = 20_000  # smaller towns share their names with words and firms too often

# a town's name that goes on in lower case: "Frankfurt am Main", "Jaraguá do Sul", "San
# Nicolás de los Garza", "Newcastle upon Tyne" (the chunks stop at the lower-case word)
_TOWN_TAIL = re.compile(
    r"(?:[ -](?:am|an|der|de|del|la|los|las|do|da|dos|das|du|des|di|upon|on|nad|pod|u|im|en|"
    r"el|al|sur|sul|sous|lès|les|le|ob|bei)){1,2}[ -]\w[\w'’-]*(?:\s+\w[\w'’-]*)?"
)


def _town_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A mention that is the start of a town or region, taken to the town's whole name."""
    for mention in mentions:
        tail = _TOWN_TAIL.match(text, mention.end)
        if mention.kind != "name" or mention.entry is not None or tail is None:
            continue
        words = tail.group().split()
        # the longer form first: "Mülheim an der Ruhr Valley" is no town, "... Ruhr" may be
        for end in (tail.end(), tail.end() - len(words[-1]) - 1):
            whole = text[mention.start : end].rstrip()
            last = whole.split()[-1]
            if last[:1].isupper() and (town_population(whole) is not None or is_region(whole)):
                mention.end = mention.start + len(whole)
                mention.name = whole
                mention.vote(EntityType.PLACE, 3)
                break
    return _without_covered(mentions)


_ORDINAL_BEFORE = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")


def _ordinal_editions(text: str, mentions: list[Mention]) -> None:
    """ "the 26th TCI Global Conference": the edition's number is part of the event's name."""
    for mention in mentions:
        if mention.kind != "name" or keyword_type(mention.name) is not EntityType.EVENT:
            continue
        ordinal = _ORDINAL_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        if ordinal is not None:
            mention.start = ordinal.start()
            mention.name = text[mention.start : mention.end]


def _without_covered(mentions: list[Mention]) -> list[Mention]:
    """The mentions, less any inside a longer one before it."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end and mention.end <= out[-1].end:
            continue
        out.append(mention)
    return out


def _sentence_of(sentences: list[tuple[int, int]], position: int) -> int:
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid][0] <= position:
            lo = mid
        else:
            hi = mid - 1
    return lo


def find_mentions(
    text: str,
    sentences: list[tuple[int, int]],
    tagged: Tagged,
    gazetteer: Gazetteer,
    year: int | None = None,
) -> list[Mention]:
    mentions: list[Mention] = []
    known = _mid_sentence_names(text, sentences)
    people = frozenset((a, b) for a, b, label in tagged.entities if label == "PERSON")
    places = frozenset((a, b) for a, b, label in tagged.entities if label in ("GPE", "LOC"))
    chunks = [
        (index, start, end)
        for index, (s_start, s_end) in enumerate(sentences)
        for start, end in _chunks(text, s_start, s_end, tagged.tags, known, people, places)
    ]
    taken: list[tuple[int, int]] = []
    for start, end, entry in gazetteer.scan(text, year):
        # a longer name around a registry name is another name ("Ohio Chapter of ...")
        if any(a <= start and end <= b and (a, b) != (start, end) for _, a, b in chunks):
            continue
        index = _sentence_of(sentences, start)
        mention = Mention(start, end, text[start:end], index, entry=entry, entry_score=1.0)
        mention.vote(entry.type, 5)
        mentions.append(mention)
        taken.append((start, end))
    for index, start, end in chunks:
        if any(a < end and start < b for a, b in taken):
            continue
        found = _make_mention(text, start, end, index, places)
        if found is not None:
            mentions.append(found)
    mentions.sort(key=lambda m: m.start)
    mentions = _town_names(text, mentions)
    _ordinal_editions(text, mentions)
    _extend_names(text, sentences, mentions)
    _label_with_spacy(text, mentions, tagged)
    _paired_adjectives(text, mentions)
    _legal_forms(text, mentions)
    return _split_glued(text, _people_names(text, mentions), people)


# Words a name continues with "of <place>": "University of Novi Sad", "Port of Split"
_TAKES_OF = frozenset(
    {"university", "universities", "institute", "institutes", "chamber", "embassy", "ministry",
     "department", "faculty", "municipality", "city", "port", "bank", "college", "school",
     "academy", "council", "association", "federation", "society", "centre", "center", "museum",
     "hospital", "agency", "office", "region", "province", "government", "county", "state",
     "republic", "kingdom", "consulate", "mayor", "governor", "district", "parliament", "house",
     "hall", "park", "club", "union", "confederation", "network", "alliance", "cluster",
     "foundation", "fund", "commission", "board", "authority", "court", "polytechnic", "seminary",
     "organisation", "organization", "corporation", "industries", "chapter", "friends"}
)  # fmt: skip
# Words a name continues with "in <place>": "Embassy of Ireland in Germany"
_TAKES_IN = frozenset(
    {"embassy", "consulate", "office", "representation", "delegation", "mission", "chamber",
     "house", "centre", "center"}
)  # fmt: skip
_GLUE = re.compile(r"\s+(of|in)\s+(?:the\s+)?(?=[A-Z])")
_PERSON_AT = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])")


def _is_place_name(name: str) -> bool:
    norm = normalize_name(name)
    return (
        country_code(name) is not None or norm in KNOWN_PLACES or town_population(name) is not None
    )


def _split_glued(
    text: str, mentions: list[Mention], people: frozenset[tuple[int, int]]
) -> list[Mention]:
    """ "Sensora Austral of Viña del Mar", "Jane Doe of the Kelp Institute": two names."""
    out: list[Mention] = []
    person_starts = {start for start, _ in people}
    for mention in mentions:
        if mention.kind != "name" or mention.entry is not None:
            out.append(mention)
            continue
        tail = None
        for glue in _GLUE.finditer(text, mention.start, mention.end):
            head_words = text[mention.start : glue.start()].split()
            if not head_words or not _is_place_name(text[glue.end() : mention.end]):
                continue
            takes = _TAKES_OF if glue.group(1) == "of" else _TAKES_IN
            if any(w.casefold() in takes or w.casefold() in _TAKES_IN for w in head_words):
                continue  # "Ministry of Health of Chile", "Embassy of Ireland in Germany"
            if text[max(0, mention.start - 1) : mention.start] == "(":
                continue  # "ALISEI (Advanced Life Science in Italy)" spells out a name
            tail = _make_mention(text, glue.end(), mention.end, mention.sentence)
            if tail is not None:
                mention.end = glue.start()
                tail.vote(EntityType.PLACE, 3)  # a town or region (countries are no names)
                break
        if tail is None:
            tail = _split_named_elsewhere(text, mention)
        if tail is None and mention.start in person_starts:
            at = _PERSON_AT.search(text, mention.start, mention.end)
            head = text[mention.start : at.start()] if at is not None else ""
            if (
                at is not None
                and 2 <= len(head.split()) <= 3
                and keyword_type(head) is None
                and keyword_type(text[at.end() : mention.end]) is not None
            ):
                # "Dimitra Kalo of the Aristotle University of Thessaloniki": a person, then
                # where she works
                tail = _make_mention(text, at.end(), mention.end, mention.sentence)
                if tail is not None:
                    mention.end = at.start()
                    mention.vote(EntityType.PERSON, 4)
        if tail is not None:
            mention.name = text[mention.start : mention.end]
            if mention.type is not EntityType.PERSON and mention.strength < 4:
                mention.type, mention.strength = keyword_type(mention.name), 0
                if mention.type is not None:
                    mention.strength = 3
            out.append(mention)
            out.append(tail)
            continue
        out.append(mention)
    return out


# Words of bodies' names that say nothing of which body: "Medical University", "Trade Office"
_GENERIC_NAME_WORDS = frozenset(
    {"medical", "technical", "national", "state", "federal", "royal", "applied", "science",
     "sciences", "trade", "economic", "european", "international", "free", "open", "catholic",
     "general", "higher", "public", "private", "new", "central", "regional", "business",
     "cultural", "engineering", "of", "the", "and", "for", "&", "life", "natural"}
)  # fmt: skip


# heads whose town after "of" is part of the name, however the text shortens it
_NAMED_AFTER_TOWN = frozenset(
    {"university", "universities", "college", "school", "institute", "polytechnic", "academy"}
)


def _generic(words: list[str]) -> bool:
    return all(w in _GENERIC_NAME_WORDS or w in _TAKES_OF or w in _ORG_HEADS for w in words)


def _split_named_elsewhere(text: str, mention: Mention) -> Mention | None:
    """ "Hamlyn Centre of Imperial College London" when the text also names "the Hamlyn
    Centre" alone: two names ("Technical University of Munich" is never named without its
    town). Cuts the mention and returns the part after "of"/"in" (a place or a body)."""
    for glue in _GLUE.finditer(text, mention.start, mention.end):
        head = text[mention.start : glue.start()]
        rest = text[glue.end() : mention.end]
        words = [w.casefold() for w in head.split()]
        if len(words) < 2 or _generic(words):
            continue  # "the Medical University" is short for "Medical University of Graz"
        body = keyword_type(rest) is not None and not _generic(rest.casefold().split())
        if not (body or _is_place_name(rest)):
            continue  # "Hanze University of Applied Sciences"
        if not body and words[-1] in _NAMED_AFTER_TOWN:
            continue  # "Aristotle University of Thessaloniki", also "the Aristotle University"
        alone = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])(?!\s+(?:of|in|for)\s)")
        if not any(m.start() != mention.start for m in alone.finditer(text)):
            continue
        tail = _make_mention(text, glue.end(), mention.end, mention.sentence)
        if tail is None:
            continue
        mention.end = glue.start()
        if _is_place_name(rest):
            tail.vote(EntityType.PLACE, 3)
        return tail
    return None


# "OrbitLab d.o.o.", "Southern Kelp Co.", "Tidal Energy Inc.": the form is part of the name
_LEGAL_FORM_AFTER = re.compile(
    r"\s+(?:d\.o\.o\.|s\.r\.o\.|sp\. z o\.o\.|a\.s\.|d\.d\.|S\.A\.|S\.p\.A\.|S\.L\.|"
    r"S\.r\.l\.|B\.V\.|N\.V\.|Co\.|Inc\.|Ltd\.?|GmbH|AG|SE|AB|Oy|ASA|SpA|SRL|SAS|SARL|LLC|"
    r"plc|Pty Ltd|Sdn Bhd|Ltda\.?|S\.A\. de C\.V\.)(?![\w-])"
)


def _legal_forms(text: str, mentions: list[Mention]) -> None:
    starts = {m.start for m in mentions}
    for mention in mentions:
        if mention.kind != "name" or mention.entry is not None:
            continue
        match = _LEGAL_FORM_AFTER.match(text, mention.end)
        if match is None or any(mention.end < s < match.end() for s in starts):
            continue
        mention.end = match.end()
        mention.name = text[mention.start : mention.end]
        mention.vote(EntityType.COMPANY, 4)


# "Dr Jane Doe", "State Councillor Dr Eva Pammer", "Datuk Ahmad Ismail", "Mag. Julia Hofer":
# titles and offices are no part of the name, and say the name is a person's
_TITLES = (
    r"(?:Dr|Dra|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Mag|Ing|Eng|Dipl\.-Ing|Dott|Drs|Mgr|Mme|"
    r"Herr|Frau|Datuk|Dato'?|Datin|Tan Sri|Sheikh|Sheikha|"
    r"(?:(?:State|Deputy|Vice)[ -])?(?:Councillor|Minister|Mayor|Governor|Senator|Ambassador|"
    r"Commissioner))"
)
_HONORIFIC = re.compile(rf"(?:{_TITLES}\.?\s+)+(?=[A-Z])")
# "... by Prof. " just before a name the chunks cut apart from its title
_HONORIFIC_BEFORE = re.compile(rf"\b{_TITLES}\.?\s+$")
# "Pieter van der Merwe", "Maria dos Santos": particles inside a person's name
_PARTICLES = re.compile(
    r"\s+(?:van der|van den|van de|van|von der|von|de la|de|del|della|der|di|da|das|dos|du|le|"
    r"ten|ter|bin|al|el)\s+"
)


def _people_names(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in mentions:
        if mention.kind != "name" or mention.entry is not None:
            out.append(mention)
            continue
        match = _HONORIFIC.match(text, mention.start, mention.end)
        if match is not None and keyword_type(text[match.end() : mention.end]) is not None:
            match = None  # "Sheikh Khalifa Medical City": a body named after a person
        previous = out[-1] if out else None
        employer = None
        if match is not None:
            # "Dr Jane Doe of the Norwegian Institute": a person, then where she works
            of = _PERSON_AT.search(text, match.end(), mention.end)
            if of is not None and len(text[match.end() : of.start()].split()) <= 4:
                employer = _make_mention(text, of.end(), mention.end, mention.sentence)
                mention.end = of.start()
        if match is not None and len(text[match.end() : mention.end].split()) <= 4:
            mention.start = match.end()
            mention.name = text[mention.start : mention.end]
            mention.type, mention.strength = EntityType.PERSON, 4
            if employer is not None:
                out.append(mention)
                out.append(employer)
                continue
        elif _HONORIFIC_BEFORE.search(text[max(0, mention.start - 24) : mention.start]):
            # "Mr John Smith of BioWin", the title cut off by the chunks: the same split
            of = _PERSON_AT.search(text, mention.start, mention.end)
            if of is not None and len(text[mention.start : of.start()].split()) <= 4:
                employer = _make_mention(text, of.end(), mention.end, mention.sentence)
                mention.end = of.start()
                mention.name = text[mention.start : mention.end]
            mention.vote(EntityType.PERSON, 4)
            if employer is not None:
                out.append(mention)
                out.append(employer)
                continue
        if (
            previous is not None
            and previous.sentence == mention.sentence
            and previous.kind == "name"
            and previous.entry is None
            and len(previous.name.split()) == 1
            and previous.name[:1].isupper()
            and _PARTICLES.fullmatch(text, previous.end, mention.start) is not None
            and len(mention.name.split()) == 1
            and keyword_type(previous.name) is None
            and keyword_type(mention.name) is None
        ):
            # "Prof. Pieter van der Merwe": one person, not "Pieter" and "Merwe"
            previous.end = mention.end
            previous.name = text[previous.start : previous.end]
            previous.vote(EntityType.PERSON, 4)
            continue
        out.append(mention)
    return out


def _paired_adjectives(text: str, mentions: list[Mention]) -> None:
    """ "Basque and Franconian health clusters": a word paired with an adjective before a
    lower-case noun is an adjective too, not a name."""
    for first, second in pairwise(mentions):
        if text[first.end : second.start] != " and ":
            continue
        pair = (first, second) if second.kind == "nationality" else (second, first)
        word, adjective = pair
        if (
            adjective.kind == "nationality"
            and word.kind == "name"
            and word.entry is None
            and " " not in word.name
            and keyword_type(word.name) is None
            and word.norm not in KNOWN_PLACES
            and re.match(r" [a-z]", text[second.end : second.end + 2])
        ):
            word.kind = "nationality"


def _extend_names(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """Names that go on in lower case: "EUGLOH annual conference", "Protopia foodlab"."""
    for mention in mentions:
        if mention.kind != "name" or mention.entry is not None:
            continue
        s_end = sentences[mention.sentence][1]
        after = text[mention.end : s_end]
        event = _EVENT_SUFFIX.match(after)
        if event is not None and mention.type is not EntityType.PLACE:
            if event.group(1) is None and event.group(2).islower():
                mention.vote(EntityType.EVENT, 4)  # "the Food Ingredients Europe fair"
                continue
            mention.end += event.end()
            mention.name = text[mention.start : mention.end]
            mention.vote(EntityType.EVENT, 4)
            continue
        year = re.match(r"\s+(?:19|20)\d\d\b(?!\s*[-–]\s*\d)", after)
        before = text[sentences[mention.sentence][0] : mention.start]
        if (
            year is not None
            and keyword_type(mention.name) in (None, EntityType.EVENT)
            and not re.search(r"(?:©|\(c\)|copyright)\s*$", before, re.IGNORECASE)
            and mention.norm not in KNOWN_PLACES
        ):
            mention.end += year.end()  # the edition: "BIO-Europe Spring 2023", "BIO 2023"
            mention.name = text[mention.start : mention.end]
            mention.vote(EntityType.EVENT, 3)
            continue
        part = _NAME_PART_SUFFIX.match(after)
        if part is not None:
            mention.end += part.end()
            mention.name = text[mention.start : mention.end]


# "exhibited at Arab Health", "attended BioJapan 2022": what one attends is an event
_ATTENDED = re.compile(
    r"\b(?:exhibited at|exhibiting at|attended|attending|took part in|take part in|"
    r"taking part in|participated in|participate in|present at|pitched at|spoke at|"
    r"(?:stand|booth|pavilion|exhibit|exhibited|presence) at|take place during|held during)"
    r"\s+(?:the\s+)?$"
)
# "a delegation to BIO Asia–Taiwan in Taipei", "a demo day at Slush in Helsinki": an event
_GOES_TO_BEFORE = re.compile(
    r"\b(?:delegation|mission|companies|start-ups) to (?:the\s+)?$|\b(?:at|during) (?:the\s+)?$"
)
# "at Slush in Helsinki", "to IFAT in Munich": what is in a place is not a place itself
_EVENT_OWNED_AFTER = re.compile(
    r"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,2}?(?:partnering |business |investor )?"
    r"(?:forum|conference|fair|summit|congress|convention|exhibition|show|edition)\b"
)
# "the Quorvex trade office": an office is a public body, though no type word of its own
# (alone, "office" is a room or a post more often than a body)
_BODY_WORDS = {**TYPE_WORDS, "office": EntityType.PUBLIC_BODY}
_MODIFIED_BODY_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){1,2}(agency|office|council|association|network)\b"
    r"(?=\s*(?:,|and\b|\(|has\b|have\b|led\b|signed\b|is\b|was\b|will\b|organi))"
)
_FIRST_TO_DO_SO = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*the\s+(?:first|only|last|second|third)\b")
_GATHERS_AFTER = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:,[^,;]{0,60},\s*)?(?:now\s+|also\s+)?"
    r"(?:brings together|federates|gathers|unites|groups|represents|counts)\s+"
    r"(?:more than |over |some |about |nearly |around |almost )?\d[\d,]*\+?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:members|companies|organisations|organizations|firms|players)\b"
)
_IN_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
_ORG_VERB_AFTER = re.compile(
    r"\s*(?:,[^,]{0,100},\s*)?(?:also\s+|has\s+|have\s+|will\s+|is\s+|was\s+)?"
    r"(?:signed|signs|led|leads|joined|joins|organi[sz]ed|organi[sz]es|coordinates|coordinated|"
    r"hosted|hosts|host|announced|welcomed|exhibited|attended|presented|met|takes part|took part|"
    r"is a (?:founding |full |new )?member|co-organi[sz]e[sd]?|launched|renewed|represents|"
    r"brings together|and (?:the )?[A-Z][\w.-]* (?:signed|presented|announced))\b"
)
_BY_ORG_BEFORE = re.compile(
    r"\b(?:coordinated|led|organi[sz]ed|co-organi[sz]ed|hosted|funded|financed|supported|managed|"
    r"chaired|run|founded|owned|signed) by (?:the )?$"
)
_DATELINE = re.compile(
    r"(?<![^\n])[^\W\d_][\w .’'/-]{0,40},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b"
)
_MET_BEFORE = re.compile(
    r"\b(?:meetings?|met|meet|talks|discussions|agreements?|partnerships?|together|jointly|"
    r"partnered|cooperat\w*|collaborat\w*|memorandum of "
    r"understanding|signed|and) with (?:the )?$"
)
# "the health cluster of Wallonia", "the network organisation of the Munich biotech cluster"
_OF_PLACE_BEFORE = re.compile(
    r"\b(?:cluster|clusters|network|organisation|organization|association|hub|ecosystem|"
    r"region|capital|metropolis|heart|park|campus|city|province|county|area|state|canton) of "
    r"(?:the )?$"
)
# "in Fujisawa", "near Lyon": a name after these is a place unless it says otherwise
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?<!based )(?:in|near|from|to)\s+$|,\s+based in\s+$")
# "Styria is a region of 1.2 million people"
_IS_A_PLACE_AFTER = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:region|city|province|county|canton|town|municipality)\b"
)


def _label_with_spacy(text: str, mentions: list[Mention], tagged: Tagged) -> None:
    ents = tagged.entities
    j = 0
    for mention in mentions:
        while j < len(ents) and ents[j][1] <= mention.start:
            j += 1
        k = j
        best = ""
        while k < len(ents) and ents[k][0] < mention.end:
            overlap = min(ents[k][1], mention.end) - max(ents[k][0], mention.start)
            if overlap * 2 >= mention.end - mention.start:
                best = ents[k][2]
            k += 1
        if mention.kind != "name" or not best:
            continue
        words = mention.name.split()
        if best == "PERSON":
            if country_code(words[-1]) is not None:
                continue  # "Medtech Sweden": named after a country, no person
            if (
                len(words) >= 2
                and len(words) <= 4
                and all(w[0].isupper() and not w.isupper() for w in words)
                and keyword_type(mention.name) is None
            ):
                mention.vote(EntityType.PERSON, 2)
        elif best in ("GPE", "LOC", "FAC"):
            if len(words) > 1 and re.match(r"[A-Z][a-z]+[A-Z]", words[0]):
                continue  # "BioPro Baden-Württemberg": an organisation named after its region
            mention.vote(EntityType.PLACE, 2)
        elif best == "EVENT":
            mention.vote(EntityType.EVENT, 2)
        elif (
            best == "NORP"
            and len(words) == 1
            and mention.strength == 0
            and re.match(r"\s+(?!and\b|or\b)[a-z]", text[mention.end : mention.end + 6])
        ):
            mention.kind = "nationality"  # "Scandinavian investors", "Viennese companies"


# ------------------------------------------------------------------ typing in context


def type_mentions(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in mentions:
        if mention.kind != "name":
            continue
        norm = mention.norm
        if norm in KNOWN_PLACES and keyword_type(mention.name) is None:
            mention.vote(EntityType.PLACE, 4)
            mention.country = mention.country or KNOWN_PLACES[norm]
        found = keyword_type(mention.name)
        if found is not None:
            mention.vote(found, 4)
        s_start, s_end = sentences[mention.sentence]
        after = text[mention.end : s_end]
        before = text[s_start : mention.start]
        if (
            mention.type is EntityType.PLACE
            and mention.strength <= 2
            and norm not in KNOWN_PLACES
            and _ORG_VERB_AFTER.match(after)
        ):
            # spaCy's GPE for a name that signs and leads: an organisation ("Biocat signed")
            mention.type, mention.strength = EntityType.COMPANY, 2
        if (
            mention.type is EntityType.PERSON
            and mention.strength <= 2
            and re.match(r"\s*(?:\([^()]*\)\s*)?,\s*(?:based|headquartered) in\b", after)
        ):
            mention.type, mention.strength = EntityType.COMPANY, 2  # "Quorvia Health, based in"
        if mention.strength < 3 and after.startswith("-based") and not keyword_type(mention.name):
            mention.vote(EntityType.PLACE, 3)  # "the Wageningen-based Foodvalley NL"
        if mention.strength < 3 and _IS_A_PLACE_AFTER.match(after):
            mention.vote(EntityType.PLACE, 3)
        if mention.strength < 3 and _GATHERS_AFTER.match(after):
            mention.vote(EntityType.CLUSTER, 3)  # "X brings together 150 companies": a cluster
        if mention.strength < 3 and _EVENT_OWNED_AFTER.match(after):
            mention.vote(EntityType.EVENT, 3)  # "at the opening of BIO KOREA's partnering forum"
        if mention.strength < 3 and _DATELINE.match(text, mention.start):
            mention.vote(EntityType.PLACE, 3)  # "Martinsried, 12 July 2023 —"
        if mention.strength < 3 and (
            _ATTENDED.search(before)
            or (
                _GOES_TO_BEFORE.search(before)
                and _IN_PLACE_AFTER.match(after)
                and norm not in KNOWN_PLACES
                and keyword_type(mention.name) is None
            )
        ):
            mention.vote(EntityType.EVENT, 3)
        elif mention.strength < 3 and _OF_PLACE_BEFORE.search(before):
            mention.vote(EntityType.PLACE, 3)
        elif mention.strength < 3 and re.search(
            r"\bmembers? of (?:the )?$"
            r"|\bmembers? of (?:the )?[A-Z][^.;()]{2,80}?,? and of (?:the )?$",
            before,
        ):
            mention.vote(EntityType.NETWORK, 3)
        elif (
            mention.type in (None, EntityType.PLACE, EntityType.PERSON)
            and mention.strength <= 2
            and _BY_ORG_BEFORE.search(before)
        ):
            mention.type, mention.strength = EntityType.COMPANY, 2  # "coordinated by KU Leuven"
        elif (
            mention.type in (EntityType.PLACE, EntityType.PERSON)
            and mention.strength <= 2
            and norm not in KNOWN_PLACES
            and _MET_BEFORE.search(before)
        ):
            mention.type, mention.strength = EntityType.COMPANY, 2  # one meets organisations
        elif (
            mention.strength < 3
            and _PLACE_BEFORE.search(before)
            and not _FOLLOWING_TYPE.match(after)
            and not _IN_PLACE_AFTER.match(after)
            and not re.search(r"\b(?:member|partner|active|involved|invest|part)\s+in\s+$", before)
            and not re.match(r"\s*\(", after)
        ):
            mention.vote(EntityType.PLACE, 3)
        appositive = _APPOSITIVE_TYPE.match(after)
        if appositive is not None and re.search(
            r",\s*(?:together with|along with|with|alongside)\s+(?:the\s+)?$", before
        ):
            appositive = None  # "is preparing, with HEPA, a smaller mission": the verb's object
        elif (
            appositive is not None
            and _FIRST_TO_DO_SO.match(after)
            and re.match(r"\s+to\b", after[appositive.end(1) :])
        ):
            appositive = None  # "... of CEBR, the first Canadian cluster to do so": the subject
        following = _FOLLOWING_TYPE.match(after)
        if (
            following is None
            and mention.type in (None, EntityType.PLACE, EntityType.PERSON)
            and mention.strength <= 2
            and norm not in KNOWN_PLACES
            and re.search(r"\b[Tt]he\s+$", before)
        ):
            # "The Greater Zurich Area investment promotion agency and ...": the agency's name
            following = _MODIFIED_BODY_AFTER.match(after)
        host = _placed_name(text, by_sentence[mention.sentence], mention)
        if appositive is not None and host is not None:
            # "IFAT in Munich, the world's leading trade fair": the fair is IFAT
            head = appositive.group(1).casefold()
            host.described = head
            if host.entry is None:
                host.vote(TYPE_WORDS[head], 5)
        elif appositive is not None:
            # "Medicon Valley Alliance (MVA), the life science cluster of ...": said outright
            head = appositive.group(1).casefold()
            modifier = re.search(r"(\w+)\s+$", after[: appositive.start(1)])
            if head in ("organisation", "organization", "group") and modifier is not None:
                # "the network organisation of ...": the modifier says more than the head
                head = (
                    modifier.group(1).casefold()
                    if modifier.group(1).casefold() in TYPE_WORDS
                    else head
                )
            mention.described = head
            if (
                mention.entry is None
                and not (
                    # "Business Sweden, the Swedish trade and invest council": a head after an
                    # "and" says less than the name's own keyword
                    keyword_type(mention.name) is EntityType.PUBLIC_BODY
                    and " and " in after[: appositive.start(1)]
                )
                and not (
                    TYPE_WORDS[head] is EntityType.NETWORK
                    and re.search(r"\b(?:bio)?cluster\b", mention.norm)
                )
            ):  # "Basque Health Cluster, the association of ...": its name says cluster
                mention.type = TYPE_WORDS[head]
                mention.strength = 5
        elif (
            following is not None
            and not following.group(1).endswith("s")
            # "the Interreg MED project MEDHealth": the type word is the next name's;
            # "the Munich biotech cluster": the type word is not the head noun
            and not re.match(r"\s*[A-Z]", after[following.end() :])
            and not _next_word_is_type(after[following.end() :])
            and not (mention.strength >= 4 and mention.type in _STRONG_KEYWORD_TYPES)
            and not (mention.type is EntityType.PLACE and mention.strength >= 4)
        ):
            # "the Alpine Life Sciences network": said outright ("Genopole companies" are the
            # cluster's companies, not Genopole's type)
            if mention.entry is None:
                mention.type = _BODY_WORDS[following.group(1).casefold()]
                mention.strength = max(mention.strength, 4) + 1
        else:
            match = _PRECEDING_TYPE.search(before)
            if (
                match is not None
                and "," in match.group()
                and not _COMMA_TYPE_OK.search(before[: match.start()])
            ):
                match = None  # "For the event, Genopole", "the CEBR network, Genopole"
            if match is not None and not _other_name_between(
                text, by_sentence[mention.sentence], s_start + match.end(), mention
            ):
                mention.vote(TYPE_WORDS[match.group(1).casefold()], 3)
            elif _COMPANIES_INCLUDED.search(before) and mention.strength < 3:
                mention.vote(EntityType.COMPANY, 3)  # "Companies in the delegation included"
        if mention.strength < 2 and _BIO_ASSOCIATION.fullmatch(mention.name):
            mention.vote(EntityType.CLUSTER, 1)  # "CzechBio", "SwedenBIO", "Flanders.bio"
    _members_like_the_gathered(text, sentences, by_sentence)
    for group in by_sentence.values():
        _type_lists(text, group)
        _plural_type_words(text, sentences, group)
        _list_item_seats(text, group)
        _plural_appositive(text, group)


_PLURAL_APPOSITIVE = re.compile(
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:the|both|all)\s+(?:(?:two|three|four|five|other)\s+){0,2}"
    r"(?:[a-z][\w-]*\s+){0,3}?(associations|networks|clusters|agencies|universities|institutes|"
    r"companies|start-ups|projects)\b"
)


_GATHERS_KIND = re.compile(
    r"\b(?:brings together|gathers|unites|groups|federates|represents|counts)\s+"
    r"(?:more than |over |some |about |nearly |around |almost )?(?:\d[\d,]*\+?\s+)?"
    r"(?:[a-z-]+\s+){0,2}?(clusters|bioregions|bioclusters|networks|associations|universities)\b"
)
_ITS_MEMBERS = re.compile(r"\b(?:[Ii]ts|[Tt]heir) members (?:include|are|comprise)\s+")


def _members_like_the_gathered(
    text: str, sentences: list[tuple[int, int]], by_sentence: dict[int, list[Mention]]
) -> None:
    """ "CEBR brings together more than 40 bioregions and clusters. Its members include A,
    B and C": the members are of the kind it gathers."""
    for index, (start, end) in enumerate(sentences):
        gathers = _GATHERS_KIND.search(text, start, end)
        if gathers is None:
            continue
        kind = gathers.group(1)
        entity_type = TYPE_WORDS.get(kind) or TYPE_WORDS.get(kind[:-1])
        if entity_type is None:
            continue
        for at in (index, index + 1):
            if at >= len(sentences):
                break
            members = _ITS_MEMBERS.search(text, *sentences[at])
            if members is None:
                continue
            for mention in by_sentence.get(at, []):
                if (
                    mention.start >= members.end()
                    and mention.kind == "name"
                    and (mention.strength < 3 and mention.entry is None)
                ):
                    mention.vote(entity_type, 3)
            break


_APPOSED_LIST_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _plural_appositive(text: str, group: list[Mention]) -> None:
    """ "Life Sciences Ontario and BioAlberta, the two other provincial industry
    associations": a plural appositive types the whole list before it."""
    names = [m for m in group if m.kind == "name"]
    for index, last in enumerate(names):
        match = _PLURAL_APPOSITIVE.match(text, last.end)
        if match is None:
            continue
        listed = [last]
        for previous in reversed(names[:index]):
            gap = text[previous.end : listed[0].start]
            if not _APPOSED_LIST_GAP.fullmatch(gap):
                break
            listed.insert(0, previous)
        if len(listed) < 2:
            continue
        plural = match.group(1)
        entity_type = TYPE_WORDS.get(plural) or TYPE_WORDS[plural[:-1]]
        for mention in listed:
            if mention.entry is None and (
                mention.strength < 4
                or (mention.strength == 4 and mention.type not in _STRONG_KEYWORD_TYPES)
            ):
                mention.type, mention.strength = entity_type, 5


_ITEM_END = re.compile(r"(?:\s*\([^()\n]*\))?[;.]?[ \t]*(?:\n|$)")


def _list_item_seats(text: str, group: list[Mention]) -> None:
    """ "A, Athens; B, San Gwann; C, Bratislava.": what follows each item's name is its city."""
    seats = [
        second
        for first, second in pairwise(group)
        if first.kind == "name"
        and first.type in ORGANISATION_TYPES
        and second.kind == "name"
        and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?,\s+", text[first.end : second.start])
        and _ITEM_END.match(text, second.end)
    ]
    if len(seats) < 2 or not any(m.type is EntityType.PLACE and m.strength >= 3 for m in seats):
        return
    for seat in seats:
        if seat.strength < 3 and seat.entry is None and keyword_type(seat.name) is None:
            seat.type, seat.strength = EntityType.PLACE, 3


_COMPANIES_INCLUDED = re.compile(
    r"\b(?:[Cc]ompanies|[Ff]irms|[Ss]tart-ups|[Ss]tartups|SMEs)"
    r"(?:\s+(?:in|from|of|at|on|joining)\s+(?:the\s+)?[\w-]+){0,2}"
    r"\s+(?:included|include|includes|were|are|such as)\s+$"
    r"|\bamong (?:its|their|our) members\s+$|\b(?:its|their|our) members (?:include|are)\s+$"
    r"|\bmember companies\b[^.;]{0,60}?,\s*(?:among them|including|such as)\s+$"
)
# a country or region and "bio": a bio-industry association ("CataloniaBio", "Flanders.bio")
_BIO_ASSOCIATION = re.compile(r"[A-Z][a-z]{2,}(?:Bio|BIO|\.bio)")


def _placed_name(text: str, group: list[Mention], mention: Mention) -> Mention | None:
    """The name before "in" when `mention` is the place after it ("IFAT in Munich")."""
    if mention.type is not EntityType.PLACE and mention.norm not in KNOWN_PLACES:
        return None
    previous = [m for m in group if m.kind == "name" and m.end <= mention.start]
    if previous and re.fullmatch(r"\s+in\s+", text[previous[-1].end : mention.start]):
        return previous[-1]
    return None


def in_brackets(text: str, start: int, position: int) -> bool:
    """Whether `position` is inside brackets opened after `start`."""
    segment = text[start:position]
    return segment.count("(") > segment.count(")")


def _in_list(text: str, group: list[Mention], mention: Mention) -> bool:
    previous = [m for m in group if m.kind == "name" and m.end <= mention.start]
    return bool(previous) and bool(
        re.fullmatch(r"\s*(?:,|and|or|&)\s*", text[previous[-1].end : mention.start])
    )


_STRONG_KEYWORD_TYPES = frozenset({EntityType.PROGRAMME, EntityType.EVENT, EntityType.UNIVERSITY})


def _next_word_is_type(text: str) -> bool:
    word = re.match(r"\s+([a-z][\w-]*)", text)
    return word is not None and word.group(1) in TYPE_WORDS


def _describes_previous(text: str, group: list[Mention], mention: Mention) -> bool:
    """ "BioWin (Wallonia, Belgium)": what is in brackets after a name says where it is."""
    for other in group:
        if other.kind == "name" and other.end <= mention.start:
            gap = text[other.end : mention.start]
            if re.fullmatch(r"\s*\((?:[^()]*,\s*)?", gap):
                return True
    return False


def _other_name_between(text: str, mentions: list[Mention], start: int, mention: Mention) -> bool:
    return any(
        m is not mention and m.kind == "name" and start <= m.start < mention.start for m in mentions
    )


def _type_lists(text: str, group: list[Mention]) -> None:
    """A list shares its first member's context type: "the projects URINBB and Braintech";
    and a list of organisations has no person or place that spaCy alone guessed in it
    ("BioWin, Genopole, Medicon Valley Alliance, Biocat and BioM")."""
    run_start: Mention | None = None
    listed = [
        m
        for m in group
        if m.kind in ("name", "country")
        and not (
            text[m.start - 1 : m.start] == "(" and text[m.end : m.end + 1] == ")"
        )  # "(MassBio)": another name of the one before
    ]
    for previous, current in pairwise(listed):
        gap = text[previous.end : current.start]
        if not _LIST_GAP.match(gap) or current.kind != "name":
            run_start = None
            continue
        run_start = run_start or previous
        if (
            current.strength < 3
            and (previous.kind == "country" or previous.type is EntityType.PLACE)
            and (previous.kind == "country" or previous.strength >= 3)
            and keyword_type(current.name) is None
            and current.type in (None, EntityType.PLACE, EntityType.PERSON)
            # a list, not a clause after a place: "in the US, Genopole participated",
            # "In San Diego, Medicen and Genopole shared a booth"
            and ("and" in gap or re.match(r"\s*(?:,|and\b|or\b)", text[current.end :]))
            and (current.type is not None or _list_ends_sentence(text, group, current))
        ):
            current.vote(EntityType.PLACE, 3)  # "Hamburg and Schleswig-Holstein"
            continue
        if (
            current.type in (EntityType.PLACE, EntityType.PERSON)
            and current.strength <= 2
            and current.norm not in KNOWN_PLACES
            and re.search(
                r"\bwith\s+(?:the\s+)?$", text[max(0, run_start.start - 20) : run_start.start]
            )
        ):
            current.type, current.strength = EntityType.COMPANY, 2  # "met with A, B and C"
        if (
            previous.kind == "name"
            and previous.type is not EntityType.PLACE
            and previous.norm not in KNOWN_PLACES
            and current.type is EntityType.PLACE
            and current.strength <= 2
            and current.norm not in KNOWN_PLACES
            and "(" not in gap
            and ("and" in gap or re.match(r"\s*(?:,|and\b)", text[current.end :]))
        ):
            # "Novonesis, Unibio and Plant Jammer": a name spaCy took for a place, listed
            # with names that are no places
            current.type, current.strength = None, 0
        if previous.kind != "name":
            continue
        if (
            previous.strength == 3
            and current.strength < 3
            and previous.type is not None
            and not re.search(r"\bthe\s+$", gap)  # "the Catalan agency ACCIÓ, the Polish X"
        ):
            current.vote(previous.type, 3)
        for one, other in ((previous, current), (current, previous)):
            if (
                "(" not in gap  # "Fraunhofer IZI (...), Leipzig": an organisation and its city
                and one.type in ORGANISATION_TYPES
                and one.strength >= 3
                and other.type in (EntityType.PLACE, EntityType.PERSON)
                and other.strength <= 2
                and other.norm not in KNOWN_PLACES
            ):
                other.type, other.strength = EntityType.COMPANY, 2


def _list_ends_sentence(text: str, group: list[Mention], mention: Mention) -> bool:
    """Whether the list `mention` is in ends its sentence ("the cantons of Geneva, Vaud and
    Jura.") rather than being the subject of a verb ("Medicen and Genopole shared")."""
    last = mention
    for other in group:
        if other.start >= last.end and other.kind == "name":
            if not _LIST_GAP.match(text[last.end : other.start]):
                break
            last = other
    return bool(re.match(r"\s*(?:[.;)]|$|\n)", text[last.end : last.end + 2]))


def _clause_between(gap: str) -> bool:
    """Whether the text between a name and a plural type word is a clause ("took part in
    three European projects") rather than the rest of a list ("and German (Biocon Valley)")."""
    gap = re.sub(r"\([^()]*\)", " ", gap)
    gap = re.sub(r"(?:\s+[a-z][\w-]*){1,2}\s*$", "", gap)  # "life science clusters"
    gap = re.sub(r"\b(?:and|or|the|etc)\b", " ", gap)
    return bool(re.search(r"\b[a-z][\w-]*\s+[a-z][\w-]*\b", gap))


# between a list and its plural type word there is no verb nor possessive
_NOT_A_LIST = re.compile(
    r"[;:]|\b(?:our|their|its|his|her|we|they|will|have|has|had|is|are|was|were|be|where|which|"
    r"who|whose|when|while)\b"
)


def _plural_type_words(text: str, sentences: list[tuple[int, int]], group: list[Mention]) -> None:
    """ "... Danish (Medicon) and German (Biocon Valley) clusters": the list before a plural."""
    if not group:
        return
    s_start, s_end = sentences[group[0].sentence]
    for match in re.finditer(
        r"\)?\s*(?:etc\.\)?\s*)?\b(clusters|companies|universities|networks|projects|bioclusters|"
        r"institutes|agencies|events|programmes|start-ups|startups|regions|cantons|provinces|"
        r"states|cities)\b",
        text[s_start:s_end],
    ):
        position = s_start + match.start(1)
        entity_type = TYPE_WORDS.get(match.group(1), EntityType.COMPANY)
        # the list starts after the last verb-like opener before the type word
        opener = None
        for o in re.finditer(
            r"\b(?:with|to|of|between|among|from|including|meet|joined|as)\b",
            text[s_start:position],
        ):
            opener = s_start + o.end()
        begin = opener if opener is not None else s_start
        for mention in group:
            if (
                begin <= mention.start < position
                and mention.kind == "name"
                and mention.strength < 3
                and not _describes_previous(text, group, mention)
                and (
                    (
                        text[mention.end : s_start + match.start(1)].strip()
                        and not _NOT_A_LIST.search(text[mention.end : s_start + match.start(1)])
                        and not _clause_between(text[mention.end : s_start + match.start(1)])
                    )
                    or _in_list(text, group, mention)
                )  # "Genopole companies" are not a list of companies; "A and B regions" are
            ):
                mention.vote(entity_type, 3)


# ------------------------------------------------------------------ countries, acronyms


def attach_countries(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    for mention in mentions:
        if mention.kind != "name" or mention.type is EntityType.PLACE:
            continue
        s_start, s_end = sentences[mention.sentence]
        before = text[max(s_start, mention.start - 80) : mention.start]
        match = _NATIONALITY_BEFORE.search(before)
        if match is not None and mention.country is None:
            mention.country = NATIONALITIES[match.group(1).casefold()]
        bracket = _BRACKET_AFTER.match(text, mention.end, s_end)
        if bracket is not None and mention.country is None:
            found = countries_in(bracket.group(1))
            if found:
                mention.country = found[-1]
        if mention.country is None:
            inside = countries_in(mention.name)
            if inside:
                mention.country = inside[0]


def pair_acronyms(text: str, mentions: list[Mention]) -> None:
    """ "Council of European BioRegions (CEBR)", "ALISEI (Advanced Life Science in Italy)",
    "Shonan Health Innovation Park (Shonan iPark)", "EuropaBio, the European Association
    for Bioindustries": two names of one organisation."""
    names = [m for m in mentions if m.kind == "name"]
    _native_and_acronym(text, names)
    for first, second in pairwise(names):
        if first.alias_of is not None or second.alias_of is not None:
            continue  # paired already, as a name in its own language
        gap = text[first.end : second.start]
        if (
            re.fullmatch(r",\s+the\s+", gap)
            and " " not in first.name
            and first.type is not EntityType.PLACE
            # "its partner in Belgrade, the Chamber of ...": a place, then who is there
            and not re.search(
                r"\b(?:in|at|from|near)\s+$", text[max(0, first.start - 6) : first.start]
            )
            # not a list: "University of Lisbon, Evotec, the Biotechnology Cluster of Crete, ..."
            and not re.match(r"\s*(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z]|and\s)", text[second.end :])
            and not re.search(r"\w[\w)]*\s*,\s*$", text[max(0, first.start - 3) : first.start])
            and len(second.name.split()) > 1
            and second.type is not EntityType.PLACE
            and keyword_type(second.name) in (_ORGANISATION_KEYWORD_TYPES | {None})
            and re.match(r"\s*(?:[,.;:)]|$)", text[second.end : second.end + 2])
        ):
            first.alias_of = second.norm
            first.vote(second.type or EntityType.COMPANY, second.strength)
            continue
        if (
            re.fullmatch(r"\s*\(\s*", gap)
            and re.match(r"\s*\)", text[second.end :])
            and not _is_acronym(second.name)
            and not _is_acronym(first.name)  # "ALISEI (Advanced Life Science in Italy)": below
            and _other_name_in_brackets(first, second)
        ):
            # "Shonan Health Innovation Park (Shonan iPark)", "Ghent University (UGent)", "the
            # Basque Energy Cluster (Clúster de Energía del País Vasco)"
            second.alias_of = first.norm
            second.vote(first.type or EntityType.COMPANY, first.strength)
            continue
        if not re.fullmatch(r"\s*\(\s*", gap) or not re.match(r"\s*\)", text[second.end :]):
            continue
        short, full = (first, second) if _is_acronym(first.name) else (second, first)
        if (
            _is_acronym(short.name)
            and not _is_acronym(full.name)
            and len(full.name.split()) > 1
            and full.type is not EntityType.PLACE
            # "ALISEI (Advanced Life Science in Italy)" spells out; "BioM (Munich Germany)" locates
            and (short is second or short.name[0].casefold() == full.name[0].casefold())
        ):
            short.alias_of = full.norm
            strongest = max((first, second), key=lambda m: m.strength)
            if strongest.type is not None:
                first.vote(strongest.type, strongest.strength)
                second.vote(strongest.type, strongest.strength)


_ORGANISATION_KEYWORD_TYPES = frozenset(ORGANISATION_TYPES)


# what a name in brackets after another is not another name of: where it is, who works for
# it, what funds it ("GRIDSPACE (Horizon Europe)"), where it happens
_NOT_RENAMED = frozenset(
    {EntityType.PLACE, EntityType.PERSON, EntityType.PROGRAMME, EntityType.PROJECT,
     EntityType.EVENT}
)  # fmt: skip


def _other_name_in_brackets(first: Mention, second: Mention) -> bool:
    """The one name in the brackets after a name is another name of it."""
    # "Cerebrix SRL (Ixelles)", "MEDICA (Düsseldorf)": where it is, even before it is typed
    where = bool(
        town_population(second.name) or is_region(second.name) or country_code(second.name)
    )
    if _is_event(first) and second.type in (None, EntityType.EVENT):
        # "the Paris Air Show (Salon du Bourget)", "BIO International Convention (BIO 2025)"
        return keyword_type(second.name) in (None, EntityType.EVENT) and not where
    if first.type in _NOT_RENAMED or second.type in _NOT_RENAMED or where:
        return False
    if " " not in second.name:
        # "Ghent University (UGent)", "Medical Valley (MedVal)"; not "Biokit (Derio)", a town
        # too small to be known
        inner_capital = any(c.isupper() for c in second.name[1:])
        return inner_capital or (
            second.name[0].casefold() == first.name[0].casefold() and " " in first.name
        )
    if len(second.name.split()) < len(first.name.split()):
        return second.name[0].casefold() == first.name[0].casefold() or (
            keyword_type(second.name) in (None, keyword_type(first.name))
        )
    # a longer name in brackets: its translation or its full form, of the same kind
    first_kind, second_kind = keyword_type(first.name), keyword_type(second.name)
    return second_kind is None or first_kind is None or first_kind == second_kind


def _is_event(mention: Mention) -> bool:
    return mention.type is EntityType.EVENT or (
        mention.type is None and keyword_type(mention.name) is EntityType.EVENT
    )


def _is_country_code(word: str) -> bool:
    if len(word) == 2:
        return pycountry.countries.get(alpha_2=word) is not None
    return len(word) == 3 and pycountry.countries.get(alpha_3=word) is not None


_LOWER_TAIL = re.compile(r"(?:[ \t]+[^\W\d_A-Z][\w'’.-]*){0,4}")


def _native_and_acronym(text: str, names: list[Mention]) -> None:
    """ "the Croatian Chamber of Economy (Hrvatska gospodarska komora, HGK)", "Riga Technical
    University (RTU, Rīgas Tehniskā universitāte)": the name in its own language and the
    acronym in the brackets after a name are two more names of it."""
    for first, second, third in zip(names, names[1:], names[2:], strict=False):
        # the chunks stop at a name's lower-case words: "Hrvatska | gospodarska komora"
        second_tail = _LOWER_TAIL.match(text, second.end)
        third_tail = _LOWER_TAIL.match(text, third.end)
        assert second_tail is not None and third_tail is not None  # the pattern matches ""
        if (
            first.type is EntityType.PLACE
            or " " not in first.name
            or not re.fullmatch(r"\s*\(\s*", text[first.end : second.start])
            or not re.fullmatch(r"\s*[,;]\s*", text[second_tail.end() : third.start])
            or not re.match(r"\s*\)", text[third_tail.end() :])
        ):
            continue
        acronym, native = (second, third) if _is_acronym(second.name) else (third, second)
        tail = second_tail if native is second else third_tail
        if (
            not _is_acronym(acronym.name)
            or _is_acronym(native.name)
            or text[acronym.end : acronym.end + 1].isalpha()
            or (acronym is second and second_tail.end() > second.end)
        ):
            continue
        if _is_country_code(acronym.name) or (
            tail.end() == native.end
            and (
                native.type is EntityType.PLACE
                or _is_town_or_region(native.name)
                or country_code(native.name) is not None
            )
        ):
            continue  # "Aragon Medtech (Zaragoza, ES)": where it is
        if tail.end() > native.end:
            native.end = tail.end()
            native.name = text[native.start : native.end]
        for other in (acronym, native):
            other.alias_of = first.norm
            if first.type is not None:
                other.vote(first.type, first.strength)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return (
        2 <= len(name) <= 12
        and " " not in name
        and sum(c.isupper() for c in letters) >= 2
        and (sum(c.isupper() for c in letters) * 2 >= len(letters))
    )


def brackets_with_places(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
) -> list[tuple[Mention, Mention]]:
    """ "BioWin (Wallonia, Belgium)": the place in brackets after a name."""
    pairs = []
    names = [m for m in mentions if m.kind in ("name",)]
    for index, mention in enumerate(names):
        if mention.type is EntityType.PLACE:
            continue
        bracket = _BRACKET_AFTER.match(text, mention.end, sentences[mention.sentence][1])
        if bracket is None:
            continue
        for other in names[index + 1 :]:
            if other.start >= bracket.end():
                break
            if other.type is EntityType.PLACE:
                pairs.append((mention, other))
                break
    return pairs


# ------------------------------------------------------------------ grouping


def group_entities(
    mentions: list[Mention], gazetteer: Gazetteer, year: int | None = None
) -> list[EntityBuild]:
    groups: dict[str, list[Mention]] = {}
    order: list[str] = []
    # an acronym explained once stands for its full name everywhere in the document
    expands = {m.norm: m.alias_of for m in mentions if m.alias_of}
    # "Lyonbiopole Auvergne-Rhône-Alpes" in a heading, "Lyonbiopole" after: one organisation
    first_seen: dict[str, int] = {}
    for m in mentions:
        if m.kind == "name" and m.type is not EntityType.PLACE:
            first_seen.setdefault(m.norm, m.start)
    names = set(first_seen)
    for m in mentions:  # a heading's spaCy place may still be an organisation's full name
        if m.kind == "name" and m.type is EntityType.PLACE and m.strength <= 2:
            first_seen.setdefault(m.norm, m.start)
    # "EuroTier 2024" then "EuroTier": the fair without its year is the edition named first
    # ("MEDICA" then "MEDICA 2023": the document's only edition, whichever comes first)
    editions: dict[str, list[str]] = {}
    for long in sorted(first_seen, key=first_seen.__getitem__):
        edition = _EDITION.fullmatch(long)
        if edition is not None and edition.group(1) in first_seen:
            editions.setdefault(edition.group(1), []).append(long)
    for base, longs in editions.items():
        if base not in expands and (len(longs) == 1 or first_seen[longs[0]] < first_seen[base]):
            expands[base] = longs[0]
    for long in sorted(first_seen, key=len, reverse=True):
        short = without_legal_form(long)
        country_tail = re.match(r"(.+) (\S+)$", long)
        if (
            short == long
            and country_tail is not None
            and country_code(country_tail.group(2)) is not None
            and country_tail.group(1) in first_seen
        ):
            short = country_tail.group(1)  # "Health Valley Netherlands" and "Health Valley"
        if short != long and short in first_seen and short not in expands:
            expands[short] = long  # "BioCon Valley GmbH" and "BioCon Valley"
            continue
        head, _, rest = long.partition(" ")
        if (
            rest
            and head in names
            and head not in KNOWN_PLACES
            and first_seen[long] < first_seen[head]  # the full name comes first
            and head not in expands
            and not any(c.isdigit() for c in rest)
            and (
                keyword_type(rest) is None
                or rest in _SHORTENED_HEADS
                # "VTT Technical Research Centre of Finland" then "VTT", "Oncora Therapeutics"
                # then "Oncora": the rest says what the organisation is, not another thing
                # ("BioWin Day" is an event of BioWin, "Medicen Paris Region" no place)
                or (
                    keyword_type(rest) in _ORGANISATION_RESTS
                    # "Lublin ICT Cluster" then "Lublin", "Wageningen University": the town
                    and not (_is_town_or_region(head) or country_code(head))
                )
            )
            and long not in expands
        ):
            expands[head] = long
            for m in mentions:  # "Medicen Paris Region" was no place, whatever spaCy said
                if m.norm == long and m.type is EntityType.PLACE and m.strength <= 2:
                    m.type, m.strength = None, 0
            continue
        if " " in long:
            # "Food Valley NL" and "Foodvalley NL": one name written with and without a space
            squeezed = long.replace(" ", "")
            joined = [n for n in first_seen if n != long and n.replace(" ", "") == squeezed]
            if joined and joined[0] not in expands and first_seen[long] < first_seen[joined[0]]:
                expands[joined[0]] = long
                continue
        core = _core_name(long, names)
        if core is not None and core not in expands and first_seen[long] < first_seen[core]:
            expands[core] = long  # "Cluster ALISEI" then "ALISEI"; "Medical Valley EMN" then
            # "Medical Valley"
    _event_tails(mentions, first_seen, expands)
    _surnames(mentions, first_seen, expands)
    for mention in mentions:
        if mention.kind != "name":
            continue
        if mention.alias_of is None and mention.norm in expands:
            mention.alias_of = expands[mention.norm]
        key = mention.entry.key if mention.entry is not None else (mention.alias_of or mention.norm)
        registered = groups[key][0].entry if key in groups else None
        if mention.entry is None and registered is not None:
            key = registered.key
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append(mention)
    # a registry name and the same name written another way are one entity
    entities: list[EntityBuild] = []
    for key in order:
        group = groups[key]
        # at equal strength, being an organisation outweighs spaCy's guess of a place
        best = max(group, key=lambda m: (m.strength, m.type is not EntityType.PLACE, -m.start))
        entity_type = best.type or EntityType.COMPANY
        strength = best.strength or 1
        full = [m for m in group if m.alias_of is None] or group
        name = max(full, key=lambda m: (len(m.name.split()), -m.start)).name
        name = re.sub(r"\s+", " ", name)
        aliases = sorted({m.name for m in group if normalize_name(m.name) != normalize_name(name)})
        countries = [m.country for m in group if m.country]
        country = max(set(countries), key=countries.count) if countries else None
        entity = EntityBuild(name, entity_type, country, group, aliases, strength=strength)
        entry = next((m.entry for m in group if m.entry is not None), None)
        if entry is None:
            linked = gazetteer.link(name, entity_type, country, year)
            if linked is None:
                for alias in aliases:
                    linked = gazetteer.link(alias, entity_type, country, year)
                    if linked is not None:
                        break
            if linked is not None:
                entry, entity.entry_score = linked
        else:
            entity.entry_score = 1.0
        if entry is not None:
            entity.entry = entry
            entity.name = entry.name
            entity.type = entry.type
            entity.country = entry.country or country
            entity.strength = 5
        index = len(entities)
        for mention in group:
            mention.entity = index
        entities.append(entity)
    return entities


def _event_tails(
    mentions: list[Mention], first_seen: dict[str, int], expands: dict[str, str]
) -> None:
    """ "the first Greater Region HealthTech Days" then "the HealthTech Days": the end of the
    full name of one event named before it, when that end still says it is an event."""
    events = {m.norm for m in mentions if m.kind == "name" and m.type is EntityType.EVENT}
    for short in first_seen:
        if short in expands or " " not in short or keyword_type(short) is not EntityType.EVENT:
            continue
        long = _the_one_ending_in(short, events, first_seen)
        if long is not None:
            expands[short] = long


def _the_one_ending_in(short: str, names: set[str], first_seen: dict[str, int]) -> str | None:
    """The only one of the names that ends in the short name and is named before it."""
    full = [n for n in names if n.endswith(" " + short) and first_seen[n] < first_seen[short]]
    return full[0] if len(full) == 1 else None


def _surnames(mentions: list[Mention], first_seen: dict[str, int], expands: dict[str, str]) -> None:
    """ "Marc Delaunay, Managing Director ..." then "said Delaunay": one person.

    A name that ends the full name of exactly one person named before it is that person,
    unless a rule is sure it is something else ("Dr Anna Lorenz" and "Lorenz GmbH").
    """
    people = {m.norm for m in mentions if m.kind == "name" and m.type is EntityType.PERSON}
    sure_people = people & {m.norm for m in mentions if m.strength >= 3}
    sure_other = {
        m.norm
        for m in mentions
        if m.kind == "name" and m.type not in (None, EntityType.PERSON) and m.strength >= 3
    }
    for short in first_seen:
        if short in expands or short in sure_other:
            continue
        long = _the_one_ending_in(short, people, first_seen)
        if long is not None:
            if long not in sure_people and (town_population(short) or is_region(short)):
                continue  # "Genetica Livorno | Livorno": a town, after a guessed person
            expands[short] = long


_EDITION = re.compile(r"(.+?) (?:19|20)\d\d")
# "Aquavik Association" then "Aquavik": the head word is left out, the name stays
_SHORTENED_HEADS = frozenset(
    {"association", "cluster", "network", "alliance", "group", "foundation", "consortium",
     "society", "federation", "biocluster", "platform"}
)  # fmt: skip


_ORGANISATION_RESTS = frozenset(
    {EntityType.COMPANY, EntityType.UNIVERSITY, EntityType.RESEARCH_ORG, EntityType.CLUSTER}
)


def _core_name(long: str, names: set[str]) -> str | None:
    """The short name inside a long one, when the rest is a type word or an acronym: "cluster
    alisei" -> "alisei", "medical valley emn" -> "medical valley" (normalised names)."""
    words = long.split()
    if len(words) < 2:
        return None
    first, rest = words[0], " ".join(words[1:])
    if first in TYPE_WORDS and rest in names and rest not in KNOWN_PLACES:
        return rest
    head, last = " ".join(words[:-1]), words[-1]
    if (
        len(words) >= 3
        and head in names
        and last.isalpha()
        and len(last) <= 5
        and keyword_type(head) is not None
    ):
        return head
    return None


def pick_self(entities: list[EntityBuild], name_hint: str = "") -> int | None:
    """The organisation the report is about: named in its file name, else named most."""
    hint = normalize_name(name_hint)
    candidates = [(i, e) for i, e in enumerate(entities) if e.is_org]
    if not candidates:
        return None
    for i, entity in candidates:
        norm = normalize_name(entity.name)
        if norm and f" {norm} " in f" {hint} ":
            return i
    best = max(candidates, key=lambda pair: (len(pair[1].mentions), -pair[1].mentions[0].start))
    return best[0] if len(best[1].mentions) >= 2 else None
