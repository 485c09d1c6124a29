"""What the annotated documents taught: a model of entity types and one of relations.

The rules (entities.py, relations.py) know the phrasings someone wrote down; on
text they had never seen they found under half of the relations. Two linear
models, trained on the benchmark's annotated documents by
`benchmarks/extraction/train.py`, weigh the rules' output against the words
around each name:

- the **type model** re-types each entity the registry does not know (or sets
  it aside as no entity), from the rules' vote, the words of the name, spaCy's
  label, the words around its mentions and a gazetteer of the world's towns;
- the **relation model** scores every pair of entities named in one sentence
  (and the reporting organisation with each name of a sentence that names no
  subject) for each predicate their types allow, from the words between and
  around them, the sentence's verbs and whether a rule found the fact there.

A rule's fact is kept unless the model finds it unlikely; a fact no rule found
is added when the model is confident. Both models are plain logistic
regressions stored as JSON feature weights (`data/extraction-model.json`):
scoring is a sum of weights, with no learning library at run time.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

from intercluster.domain.vocabulary import PREDICATES, EntityType, Predicate
from intercluster.ingest.entities import Analysis, EntityBuild, country_code, keyword_type
from intercluster.ingest.places import is_region, town_population
from intercluster.ingest.relations import APPOSITION, Fact, Ref, refs_by_sentence
from intercluster.ingest.tables import Cell, Tables

NO_ENTITY = "none"  # the type model's class for a name the annotators would not list
MODEL_FILE = "extraction-model.json"
_WORD = re.compile(r"[^\W\d_][\w’'&.-]*|\d+|[^\w\s]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# ------------------------------------------------------------------ the models


@dataclass(frozen=True)
class LinearModel:
    """Logistic regression over named features: one weight vector per class.

    With one class the model is binary (a sigmoid); with several, multinomial
    (a softmax). Unknown features weigh nothing; a repeated feature counts once.
    """

    classes: tuple[str, ...]
    weights: dict[str, list[float]]
    bias: list[float]

    def probabilities(self, features: Iterable[str]) -> list[float]:
        scores = list(self.bias)
        # a feature counts once, however often it occurs, as in training (presence, not
        # counts): an entity named 17 times is not 17 times surer of its type
        for name in dict.fromkeys(features):
            row = self.weights.get(name)
            if row is not None:
                for k, weight in enumerate(row):
                    scores[k] += weight
        if len(scores) == 1:
            return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, scores[0]))))]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def to_json(self) -> dict[str, Any]:
        return {"classes": list(self.classes), "bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LinearModel:
        return cls(
            classes=tuple(data["classes"]),
            weights={k: [float(w) for w in v] for k, v in data["weights"].items()},
            bias=[float(b) for b in data["bias"]],
        )


@dataclass(frozen=True)
class ExtractionModel:
    types: LinearModel
    relations: LinearModel
    drop_entity: float = 0.8  # P(no entity) at or above which a name is set aside
    keep_rule: float = 0.1  # a rule's fact below this probability is dropped
    add_fact: float = 0.6  # a fact no rule found is added from this probability
    # the same, for the predicates whose own threshold did better ("participated_in": 0.45)
    add_by_predicate: dict[str, float] = field(default_factory=dict)
    trained_on: dict[str, Any] = field(default_factory=dict)

    def add_threshold(self, predicate: Predicate) -> float:
        return self.add_by_predicate.get(predicate.value, self.add_fact)

    def to_json(self) -> dict[str, Any]:
        return {
            "types": self.types.to_json(),
            "relations": self.relations.to_json(),
            "thresholds": {
                "drop_entity": self.drop_entity,
                "keep_rule": self.keep_rule,
                "add_fact": self.add_fact,
                "add_by_predicate": self.add_by_predicate,
            },
            "trained_on": self.trained_on,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ExtractionModel:
        thresholds = data.get("thresholds", {})
        return cls(
            types=LinearModel.from_json(data["types"]),
            relations=LinearModel.from_json(data["relations"]),
            drop_entity=float(thresholds.get("drop_entity", cls.drop_entity)),
            keep_rule=float(thresholds.get("keep_rule", cls.keep_rule)),
            add_fact=float(thresholds.get("add_fact", cls.add_fact)),
            add_by_predicate={
                Predicate(p).value: float(v)  # an unknown predicate fails the load here
                for p, v in thresholds.get("add_by_predicate", {}).items()
            },
            trained_on=dict(data.get("trained_on", {})),
        )

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")


@lru_cache(maxsize=1)
def packaged_model() -> ExtractionModel | None:
    """The model trained on the benchmark's documents, shipped with the package."""
    source = resources.files("intercluster.ingest") / "data" / MODEL_FILE
    if not source.is_file():
        return None
    return ExtractionModel.from_json(json.loads(source.read_text(encoding="utf-8")))


# ------------------------------------------------------------------ shared word features


@lru_cache(maxsize=1 << 16)  # a million calls per 100,000 words, on a few thousand words
def _stem(word: str) -> str:
    """A crude English stem, so that "signed", "signs" and "signing" weigh as one."""
    word = word.casefold()
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _words(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text)]


class _Tree:
    """spaCy's dependency parse of a document: the words that link two names.

    "Genopole signed an agreement with BioWin" links the two through
    nsubj ^ sign ^ dobj/prep(with)/pobj, whatever stands between them.
    """

    def __init__(self, analysis: Analysis) -> None:
        self.text = analysis.text
        self.arcs = analysis.arcs
        self.starts = sorted(self.arcs)

    def head(self, start: int, end: int) -> int | None:
        """The token of a span whose head lies outside it (its syntactic head)."""
        i = bisect_left(self.starts, start)
        last = None
        while i < len(self.starts) and self.starts[i] < end:
            token = self.starts[i]
            head = self.arcs[token][1]
            if head == token or not start <= head < end:
                return token
            last = token
            i += 1
        return last

    def word(self, token: int) -> str:
        return _stem(self.text[token : self.arcs[token][0]])

    def dep(self, token: int) -> str:
        return self.arcs[token][2]

    def chain(self, token: int) -> list[int]:
        """The token and its ancestors up to the root of its sentence."""
        out = [token]
        while (head := self.arcs[out[-1]][1]) not in out:
            out.append(head)
        return out

    def governor_features(self, start: int, end: int) -> list[str]:
        """A name's role in its clause: "in Munich" (pobj of in, of held), "a Cheongju maker"."""
        token = self.head(start, end)
        if token is None:
            return []
        chain = self.chain(token)
        features = [f"dep={self.dep(token)}"]
        if len(chain) > 1:
            features.append(f"gov={self.word(chain[1])}")
            features.append(f"gov_dep={self.dep(token)}>{self.word(chain[1])}")
            if len(chain) > 2 and self.dep(chain[1]) == "prep":
                features.append(f"gov2={self.word(chain[1])}>{self.word(chain[2])}")
        return features

    def path_features(self, a: tuple[int, int], b: tuple[int, int]) -> list[str]:
        """The dependency path between two names: its labels, its top word, the words on it."""
        ha, hb = self.head(*a), self.head(*b)
        if ha is None or hb is None:
            return ["path=none"]
        ca, cb = self.chain(ha), self.chain(hb)
        common = set(cb)
        top = next((t for t in ca if t in common), None)
        if top is None:
            return ["path=none"]  # spaCy put them in two sentences
        up = ca[: ca.index(top)]
        down = cb[: cb.index(top)]
        top_word = "A" if top == ha else "B" if top == hb else self.word(top)
        up_deps = "/".join(self.dep(t) for t in up)
        down_deps = "/".join(self.dep(t) for t in reversed(down))
        features = [
            f"pathlen={_bucket(len(up) + len(down))}",
            f"pathdeps={up_deps}^{down_deps}",
            f"lca={top_word}",
        ]
        if len(up) + len(down) <= 6:
            features.append(f"path={up_deps}^{top_word}^{down_deps}")
        for token in up[1:] + down[1:]:
            if not (a[0] <= token < a[1] or b[0] <= token < b[1]):
                features.append(f"pw={self.word(token)}")
        return features


# ------------------------------------------------------------------ entity types


def entity_features(analysis: Analysis, index: int) -> list[str]:
    entity = analysis.entities[index]
    text = analysis.text
    name = entity.name
    words = name.split()
    guessed = entity.strength <= 1 and entity.type is EntityType.COMPANY  # the rules' default
    rule = "default" if guessed else entity.type.value
    features = [
        f"rule={rule}",
        f"rule={rule}|s{min(entity.strength, 5)}",
        f"kw={getattr(keyword_type(name), 'value', '-')}",
        f"nwords={min(len(words), 6)}",
        f"mentions={min(len(entity.mentions), 4)}",
    ]
    lowered = [w.casefold().strip(",.()") for w in words]
    features += [f"w={w}" for w in lowered]
    if lowered:
        features += [f"first={lowered[0]}", f"last={lowered[-1]}", f"suf={lowered[-1][-3:]}"]
    # word endings: "Kardiolytics", "Genomics"; "Biotech", "Medtech"; a name never seen before
    # shares them with names that were
    features += [f"w_suf={w[-4:]}" for w in lowered if len(w) >= 6]
    if name.isupper() and len(name) <= 10:
        features.append("acronym")
    if _YEAR.search(name):
        features.append("year")
    elif any(c.isdigit() for c in name):
        features.append("digit")
    if entity.aliases:
        features.append("alias")
        if any(a.isupper() for a in entity.aliases):
            features.append("alias_acronym")
    if country_code(name) is not None:
        features.append("country_word")
    population = town_population(name)
    if population is not None:
        features.append("town")
        features.append("town_big" if population >= 100_000 else "town_small")
    if is_region(name):
        features.append("region")
    features += _name_shape(name)
    if entity.country:
        features.append("has_country")
    if all(w[:1].isupper() for w in words) and 2 <= len(words) <= 3 and keyword_type(name) is None:
        features.append("person_shape")
    for word in words:
        if country_code(word) is not None or town_population(word) is not None:
            features.append("place_word")  # "Biominas Brasil", "AgriData Nord": no one's name
        if re.search(r"[a-z][A-Z]", word):
            features.append("inner_capital")  # "CropPulse": a brand
        if "-" in word:
            features.append("hyphen")
    if index == analysis.self_entity:
        features.append("self")
    if len(words) == 1 and re.search(rf"\b{re.escape(name.casefold())}\b", text):
        features.append("lower_elsewhere")  # "aquaculture" in the text: a word, not a name
    spans = analysis.named_spans
    tags = analysis.tags
    tree = _tree(analysis)
    tables = _tables(analysis)
    for mention in entity.mentions:
        features.append(f"tag={tags.get(mention.start, '-')}")
        features += cell_features(tables.cell(mention.start), mention.start, mention.end)
        if mention.described:  # "Biovac, the vaccine company": what the text calls it
            features.append(f"desc={mention.described}")
        features += tree.governor_features(mention.start, mention.end)
        s_start, s_end = analysis.sentences[mention.sentence]
        sentence = text[s_start:s_end]
        if not sentence.rstrip().endswith((".", "!", "?", ":")) and not any(
            tags.get(s_start + m.start(), "").startswith("VB")
            for m in re.finditer(r"\S+", sentence)
        ):
            features.append("heading")
        if not text[s_start : mention.start].strip(" -*#•\t\n"):
            features.append("sentence_start")
        if _ends_line_after_comma(text, mention.start, mention.end):
            features.append("line_end_comma")  # "Herdwatch (farm software), Roscrea;"
        for start, end, label in spans:
            if start < mention.end and mention.start < end:
                exact = start == mention.start and end == mention.end
                features.append(f"ner={label}" + ("|exact" if exact else ""))
        before = _words(text[max(s_start, mention.start - 60) : mention.start])[-2:]
        after = _words(text[mention.end : min(s_end, mention.end + 60)])[:2]
        features.append(f"prev={before[-1] if before else '^'}")
        if len(before) == 2:
            features.append(f"prev2={before[0]}_{before[1]}")
        features.append(f"next={after[0] if after else '$'}")
        if len(after) == 2:
            features.append(f"next2={after[0]}_{after[1]}")
    return features


def cell_features(cell: Cell | None, start: int, end: int, prefix: str = "") -> list[str]:
    """A name in a table: its column's header ("Company", "Town"), whether it fills its cell."""
    if cell is None:
        return []
    if cell.in_header:
        return [f"{prefix}header_cell"]
    features = [f"{prefix}table", f"{prefix}colno={min(cell.column, 3)}"]
    features += [f"{prefix}col={w}" for w in _words(cell.header)[:3]]
    if start == cell.start and end == cell.end:
        features.append(f"{prefix}cell_whole")
    return features


def _column(cell: Cell | None) -> str:
    if cell is None:
        return "-"
    words = _words(cell.header)
    return words[0] if words else "?"


def _tree(analysis: Analysis) -> _Tree:
    return _once(analysis, _Tree)


def _tables(analysis: Analysis) -> Tables:
    return _once(analysis, lambda a: Tables(a.text))


_T = TypeVar("_T")
_BUILT: dict[tuple[int, str], tuple[Analysis, Any]] = {}


def _once(analysis: Analysis, build: Callable[[Analysis], _T]) -> _T:
    """What `build` makes of an analysis, made once: features are asked for entity by entity."""
    key = (id(analysis), getattr(build, "__qualname__", repr(build)))
    cached = _BUILT.get(key)
    if cached is None or cached[0] is not analysis:
        if len(_BUILT) > 8:
            _BUILT.clear()
        cached = (analysis, build(analysis))
        _BUILT[key] = cached
    return cast(_T, cached[1])


def _name_shape(name: str) -> list[str]:
    """How probablepeople (a model of US person and company names) reads a name."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return []
    return _parsed_name(name)


@lru_cache(maxsize=4096)
def _parsed_name(name: str) -> list[str]:
    import probablepeople

    try:
        labels, kind = probablepeople.tag(name)
    except probablepeople.RepeatedLabelError:
        return ["pp=ambiguous"]
    parts = list(labels)
    return [
        f"pp={kind}",
        f"pp_first={parts[0] if parts else '-'}",
        f"pp_last={parts[-1] if parts else '-'}",
    ]


def _ends_line_after_comma(text: str, start: int, end: int) -> bool:
    line_end = text.find("\n", end)
    tail = text[end : line_end if line_end >= 0 else len(text)]
    return text[max(0, start - 2) : start] == ", " and not tail.strip(" ;.,")


def heading_flags(analysis: Analysis) -> list[bool]:
    """For each sentence, whether it reads as a heading: short, one line, no verb, no end
    punctuation ("New members", "BIO International Convention 2024")."""
    tags = analysis.tags
    flags: list[bool] = []
    for start, end in analysis.sentences:
        sentence = analysis.text[start:end]
        flags.append(
            len(sentence.split()) <= 10
            and "\n" not in sentence.strip()
            and not sentence.rstrip().endswith((".", "!", "?", ":", ";", ","))
            and not any(
                tags.get(start + m.start(), "").startswith("VB") for m in _SPACE.finditer(sentence)
            )
        )
    return flags


def heading_sentences(analysis: Analysis, flags: list[bool] | None = None) -> list[int | None]:
    """For each sentence, the index of the heading it stands under (None before the first;
    a heading stands under no heading of its own)."""
    out: list[int | None] = []
    current: int | None = None
    for index, heading in enumerate(heading_flags(analysis) if flags is None else flags):
        if heading:
            current = index
            out.append(None)
        else:
            out.append(current)
    return out


def headings(analysis: Analysis, heading_of: list[int | None] | None = None) -> list[list[str]]:
    """For each sentence, the words of the heading it stands under (none before the first)."""
    text, sentences = analysis.text, analysis.sentences
    if heading_of is None:
        heading_of = heading_sentences(analysis)
    return [
        [] if h is None else _words(text[sentences[h][0] : sentences[h][1]]) for h in heading_of
    ]


_SPACE = re.compile(r"(?<!\S)\S")


def retype_entities(analysis: Analysis, model: ExtractionModel) -> dict[int, float]:
    """Give each entity the registry does not know the model's type (its likeliest that is
    an entity); return those it would set aside, with their probability of being none."""
    doubts: dict[int, float] = {}
    classes = model.types.classes
    for index, entity in enumerate(analysis.entities):
        if entity.entry is not None:
            continue  # the registry's type is the truth
        probabilities = model.types.probabilities(entity_features(analysis, index))
        best = max(range(len(classes)), key=probabilities.__getitem__)
        if classes[best] == NO_ENTITY:
            if probabilities[best] >= model.drop_entity:
                doubts[index] = probabilities[best]
            probabilities[best] = -1.0
            best = max(range(len(classes)), key=probabilities.__getitem__)
        entity.type = EntityType(classes[best])
        entity.type_probability = probabilities[best]
    return doubts


def _sureness(prefix: str, entity: EntityBuild) -> str:
    """How sure the type model was of an end's type, in four steps."""
    p = entity.type_probability
    step = "a" if p >= 0.9 else "b" if p >= 0.7 else "c" if p >= 0.5 else "d"
    return f"{prefix}_sure={step}"


# A name one of the rules' facts rests on ("BioWin signed a memorandum with ...") is set
# aside only when the type model is this sure it is none; surer still when its head word says
# what it is ("the Ortel Cluster"): the model knows names it has seen, and a new one is often
# likelier none to it than its words say (cross-validated on 63 splits: 0.9 rather than 0.8
# -0.001; 0.95 rather than 0.9 -0.001 / -0.002, and the eighth round's model gives the
# made-up "Ortel Cluster" P(none) 0.92; never setting such a name aside -0.003 / -0.002)
FIRM_DROP = 0.8
FIRM_DROP_KEYWORD = 0.95


def firm_drop(keyword: EntityType | None) -> float:
    return FIRM_DROP if keyword is None else FIRM_DROP_KEYWORD


# ------------------------------------------------------------------ relations


@dataclass
class Candidate:
    """A predicate between two entities as one sentence could state it."""

    subject: int
    predicate: Predicate
    object: int
    sentence: int
    features: list[str]
    rule: Fact | None = None
    probability: float = 0.0

    @property
    def key(self) -> tuple[int, str, int]:
        return fact_key(self.subject, self.predicate, self.object)


def fact_key(subject: int, predicate: Predicate, obj: int) -> tuple[int, str, int]:
    if PREDICATES[predicate].symmetric and obj < subject:
        subject, obj = obj, subject
    return (subject, predicate.value, obj)


def _allowed(subject: EntityBuild, obj: EntityBuild) -> list[Predicate]:
    return [
        p
        for p, rule in PREDICATES.items()
        if subject.type in rule.subjects and obj.type in rule.objects
    ]


def candidates(analysis: Analysis, facts: Sequence[Fact], dropped: set[int]) -> list[Candidate]:
    """Every pair of entities a sentence names, with every predicate their types allow."""
    rule_here: dict[tuple[int, tuple[int, str, int]], Fact] = {}
    rule_anywhere: set[tuple[int, str, int]] = set()
    rule_pairs: dict[tuple[int, int, int], list[str]] = {}
    for fact in facts:
        key = fact_key(fact.subject, fact.predicate, fact.object)
        rule_here.setdefault((fact.sentence, key), fact)
        rule_anywhere.add(key)
        pair = (fact.sentence, min(fact.subject, fact.object), max(fact.subject, fact.object))
        rule_pairs.setdefault(pair, []).append(fact.predicate.value)
    refs = refs_by_sentence(analysis)
    flags = heading_flags(analysis)
    heading_of = heading_sentences(analysis, flags)
    under = headings(analysis, heading_of)
    title = 0 if flags and flags[0] else None  # the document's first line, when a heading
    own = analysis.self_entity
    firsts: list[dict[int, Ref]] = []
    for index in range(len(analysis.sentences)):
        first: dict[int, Ref] = {}
        for ref in refs.get(index, []):
            if ref.entity not in dropped:
                first.setdefault(ref.entity, ref)
        firsts.append(first)
    out: list[Candidate] = []
    covered: set[tuple[int, tuple[int, str, int]]] = set()
    for index, first in enumerate(firsts):
        named = list(first)
        pairs: list[tuple[int, int]] = [(a, b) for a in named for b in named if a != b]
        if own is not None and own not in first and own not in dropped:
            pairs += [(own, b) for b in named]
            pairs += [(b, own) for b in named]  # "New members: - Biovac, Cape Town"
        earlier = _carried(analysis, firsts, index, heading_of[index], title)
        if not pairs and not (earlier and named):
            continue
        sentence_refs = [r for r in refs.get(index, []) if r.entity not in dropped]
        context = _SentenceContext(analysis, index, sentence_refs, under[index])
        for a, b in pairs:
            predicates = _allowed(analysis.entities[a], analysis.entities[b])
            if b == own and b not in first:
                predicates = [p for p in predicates if p in _TOWARDS_ABSENT_SELF]
            if not predicates:
                continue
            base = context.pair_features(a, b, first.get(a), first.get(b))
            other = rule_pairs.get((index, min(a, b), max(a, b)), [])
            for predicate in predicates:
                symmetric = PREDICATES[predicate].symmetric
                if symmetric and a in first and b in first and first[a].start > first[b].start:
                    continue  # a symmetric pair once, in reading order
                key = fact_key(a, predicate, b)
                rule = rule_here.get((index, key))
                features = _with_predicate(predicate, base)
                p = predicate.value
                if rule is not None:
                    features += [f"{p}|rule", f"{p}|rule_conf={round(rule.confidence, 1)}"]
                    covered.add((index, key))
                elif key in rule_anywhere:
                    features.append(f"{p}|rule_elsewhere")
                features += [f"{p}|rule_other={q}" for q in other if q != p]
                out.append(Candidate(a, predicate, b, index, features, rule))
        # "... led a delegation to EuroTier 2024. Herdwatch and Moocall held 40 meetings.":
        # an event, project or network named a little before (or in the heading above, or
        # in the title), and each name of this sentence
        for b, (where, said_in) in earlier.items():
            for a in named:
                if a == b or b in first:
                    continue
                base = context.across_features(a, first[a], b, where, said_in)
                for predicate in _allowed(analysis.entities[a], analysis.entities[b]):
                    key = fact_key(a, predicate, b)
                    rule = rule_here.get((index, key))
                    features = _with_predicate(predicate, base)
                    if rule is not None:
                        features.append(f"{predicate.value}|rule")
                        covered.add((index, key))
                    elif key in rule_anywhere:
                        features.append(f"{predicate.value}|rule_elsewhere")
                    out.append(Candidate(a, predicate, b, index, features, rule))
    for fact in facts:  # a rule's fact between sentences still gets scored
        key = fact_key(fact.subject, fact.predicate, fact.object)
        if (fact.sentence, key) in covered or fact.subject in dropped or fact.object in dropped:
            continue
        covered.add((fact.sentence, key))
        p = fact.predicate.value
        features = [p, f"{p}|rule", f"{p}|rule_conf={round(fact.confidence, 1)}", f"{p}|across"]
        out.append(
            Candidate(fact.subject, fact.predicate, fact.object, fact.sentence, features, fact)
        )
    return out


# what the reporting organisation, not named in a sentence, may be the object of: its members
# and its people are listed under a heading; a partnership or a meeting it is the subject of
_TOWARDS_ABSENT_SELF = frozenset({Predicate.MEMBER_OF, Predicate.WORKS_FOR})
# what may stand before a name that starts a line or a list item: "- **Herdwatch**", "2. "
_LIST_ITEM_LEAD = re.compile(r"\s*(?:[-*•–]|\d{1,2}[.)])?\s*[*_]{0,2}\s*")
_CARRIED = frozenset({EntityType.EVENT, EntityType.PROJECT, EntityType.NETWORK})
_WINDOW = 3  # sentences back from which an event, project or network is carried
_LEAD = 3  # the document's first sentences, carried everywhere
# (sentences ahead too lost: fresh relation F1 0.638 -> 0.635, precision 0.656 -> 0.648)


def _carried(
    analysis: Analysis,
    firsts: list[dict[int, Ref]],
    index: int,
    heading: int | None,
    title: int | None,
) -> dict[int, tuple[str, int]]:
    """The events, projects and networks a sentence may speak of without naming them, each
    with where it was named (a label and the sentence)."""
    found: dict[int, tuple[str, int]] = {}
    places: list[tuple[int | None, str]] = [
        (index - back, f"back{back}") for back in range(1, _WINDOW + 1)
    ]
    places += [(heading, "heading"), (title, "title")]
    # the lead of a press release names what the whole document is about
    places += [(lead, "lead") for lead in range(_LEAD)]
    for where, label in places:
        if where is None or where < 0 or where >= index:
            continue
        for entity in firsts[where]:
            if analysis.entities[entity].type in _CARRIED:
                found.setdefault(entity, (label, where))
    return found


def _with_predicate(predicate: Predicate, base: list[str]) -> list[str]:
    p = predicate.value
    return [p, *(f"{p}|{f}" for f in base)]


class _SentenceContext:
    def __init__(self, analysis: Analysis, index: int, refs: list[Ref], heading: list[str]) -> None:
        self.analysis = analysis
        self.heading = [f"head={w}" for w in heading]
        self.start, self.end = analysis.sentences[index]
        self.text = analysis.text
        self.refs = refs
        self.tree = _tree(analysis)
        self.tables = _tables(analysis)
        self.appositions = self._appositions()
        tags = analysis.tags
        self.verbs = sorted(
            {
                _stem(m.group())
                for m in re.finditer(r"[^\W\d_][\w-]*", self.text[self.start : self.end])
                if tags.get(self.start + m.start(), "").startswith("VB")
            }
        )

    def _appositions(self) -> dict[int, int]:
        """Names inside a description of another name: "Ourthe Biosystems, a BioWin member,
        ahead of SaarCell": BioWin (its ref's start) describes Ourthe Biosystems (its entity)."""
        out: dict[int, int] = {}
        explicit = sorted((r for r in self.refs if not r.implicit), key=lambda r: r.start)
        for i, ref in enumerate(explicit):
            for head in reversed(explicit[:i]):
                if head.entity != ref.entity and APPOSITION.fullmatch(
                    self.text, head.end, ref.start
                ):
                    out[ref.start] = head.entity
                    break
        return out

    def _apposition_features(self, a: int, b: int, ref_a: Ref, ref_b: Ref) -> list[str]:
        features = []
        for mine, other, label in ((ref_a, b, "a"), (ref_b, a, "b")):
            head = self.appositions.get(mine.start)
            if head is not None:
                features.append(f"{label}_describes_" + ("other" if head == other else "third"))
        return features

    def across_features(self, a: int, ref_a: Ref, b: int, where: str, said_in: int) -> list[str]:
        """A name of this sentence and an event, project or network named before it."""
        entities = self.analysis.entities
        ta, tb = entities[a].type.value, entities[b].type.value
        features = ["across", f"from={where}", f"types={ta}>{tb}|{where}"]
        if where.startswith("back"):
            # an event of this paragraph frames the sentence more than one of the last
            earlier_end = self.analysis.sentences[said_in][1]
            blank = re.search(r"\n[ \t]*\n", self.text[earlier_end : self.start])
            features.append(f"para={'other' if blank else 'same'}|{where}")
        features += [_sureness("a", entities[a]), _sureness("b", entities[b])]
        features += [f"verb={v}" for v in self.verbs]
        features.append(f"b_mentions={min(len(entities[b].mentions), 4)}")
        line = self.text[self.text.rfind("\n", 0, ref_a.start) + 1 : ref_a.start]
        if ref_a.start == self.start or _LIST_ITEM_LEAD.fullmatch(line):
            features.append("a_line_start")
        features += self.heading
        if a == self.analysis.self_entity:
            features.append("a_self")
        if ref_a.implicit:
            features.append("a_implicit")
        before = _words(self.text[self.start : ref_a.start])
        features.append(f"left_first={'y' if not before or before == ['the'] else 'n'}")
        features += [f"pre={w}" for w in before[-3:]]
        features += [f"post={w}" for w in _words(self.text[ref_a.end : self.end])[:3]]
        features += self._clause(ref_a)
        features += cell_features(self.tables.cell(ref_a.start), ref_a.start, ref_a.end, "a_")
        return features

    def _clause(self, ref: Ref) -> list[str]:
        """A name's place in its clause, up to the clause's verb."""
        if ref.implicit:
            return []
        features = self.tree.governor_features(ref.start, ref.end)
        token = self.tree.head(ref.start, ref.end)
        if token is not None:
            chain = self.tree.chain(token)
            features.append("chain=" + "/".join(self.tree.dep(t) for t in chain[:4]))
            verb = next(
                (t for t in chain[1:] if self.analysis.tags.get(t, "").startswith("VB")), None
            )
            if verb is not None:
                features.append(f"clause_verb={self.tree.word(verb)}")
        return features

    def pair_features(self, a: int, b: int, ref_a: Ref | None, ref_b: Ref | None) -> list[str]:
        entities = self.analysis.entities
        ta, tb = entities[a].type.value, entities[b].type.value
        features = [f"types={ta}>{tb}", *(f"verb={v}" for v in self.verbs), *self.heading]
        features += [_sureness("a", entities[a]), _sureness("b", entities[b])]
        if _inside(entities[b].name, entities[a].name):
            features.append("b_in_a_name")  # "Lviv IT Arena" and Lviv: the name, not a fact
        elif _inside(entities[a].name, entities[b].name):
            features.append("a_in_b_name")
        if a == self.analysis.self_entity:
            features.append("a_self")
        if b == self.analysis.self_entity:
            features.append("b_self")
        if ref_a is None or ref_b is None:
            # the reporting organisation, not named here: the other name's surroundings
            present = ref_b if ref_a is None else ref_a
            assert present is not None
            features.append("a_absent" if ref_a is None else "b_absent")
            if present.implicit:
                features.append("present_implicit")
            if _ends_line_after_comma(self.text, present.start, present.end):
                features.append("present_line_end_comma")
            features += [f"pre={w}" for w in _words(self.text[self.start : present.start])[-4:]]
            features += [f"post={w}" for w in _words(self.text[present.end : self.end])[:3]]
            features += self._clause(present)
            cell = self.tables.cell(present.start)
            features += cell_features(cell, present.start, present.end, "present_")
            return features
        features += self._apposition_features(a, b, ref_a, ref_b)
        cell_a, cell_b = self.tables.cell(ref_a.start), self.tables.cell(ref_b.start)
        if cell_a is not None and cell_b is not None and cell_a.row == cell_b.row:
            # "Gridnova | Brescia | SME": one row, one thing
            same = "same_cell" if cell_a.column == cell_b.column else "same_row"
            features += [same, f"cols={_column(cell_a)}>{_column(cell_b)}"]
        if _ends_line_after_comma(self.text, ref_b.start, ref_b.end):
            features.append("b_line_end_comma")
        if ref_b.implicit:
            features.append("b_implicit")
        if ref_a.implicit:
            features.append("a_implicit")
        left, right = (ref_a, ref_b) if ref_a.start < ref_b.start else (ref_b, ref_a)
        features.append("order=ab" if left is ref_a else "order=ba")
        between_text = self.text[left.end : right.start]
        features.append("lines=other" if "\n" in between_text else "lines=same")
        between = _words(between_text)
        features.append(f"dist={_bucket(len(between))}")
        others = sum(1 for r in self.refs if left.end <= r.start and r.end <= right.start)
        features.append(f"others={min(others, 3)}")
        if len(between) <= 8:
            features += [f"bw={w}" for w in between]
            features.append("bw_seq=" + "_".join(between[:4]))
        else:
            features += [f"bwl={w}" for w in between[:4]]
            features += [f"bwr={w}" for w in between[-4:]]
        if re.fullmatch(r"[\s,]*(?:and\s+)?", _strip_names(between_text, self.refs, left, right)):
            features.append("in_list")
        if between_text.strip().startswith("("):
            features.append("bracket")
        before = _words(self.text[self.start : left.start])
        features.append(f"left_first={'y' if not before or before == ['the'] else 'n'}")
        features += [f"pre={w}" for w in before[-3:]]
        features += [f"post={w}" for w in _words(self.text[right.end : self.end])[:3]]
        if not (ref_a.implicit or ref_b.implicit):
            features += self.tree.path_features((ref_a.start, ref_a.end), (ref_b.start, ref_b.end))
        return features


def _inside(part: str, whole: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(part.casefold())}(?!\w)", whole.casefold()) is not None


def _strip_names(between: str, refs: list[Ref], left: Ref, right: Ref) -> str:
    """The text between two names with the other names taken out."""
    pieces = []
    position = left.end
    for ref in sorted(refs, key=lambda r: r.start):
        if left.end <= ref.start and ref.end <= right.start and not ref.implicit:
            pieces.append(between[position - left.end : ref.start - left.end])
            position = ref.end
    pieces.append(between[position - left.end :])
    return " ".join(pieces)


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "far"


def score(candidates_: list[Candidate], model: ExtractionModel) -> None:
    for candidate in candidates_:
        candidate.probability = model.relations.probabilities(candidate.features)[0]


def decide(candidates_: list[Candidate], model: ExtractionModel) -> list[Candidate]:
    """One candidate per fact: a rule's fact unless unlikely, another fact if likely."""
    best: dict[tuple[int, str, int], Candidate] = {}
    top: dict[tuple[int, str, int], float] = {}
    for candidate in candidates_:
        key = candidate.key
        top[key] = max(top.get(key, 0.0), candidate.probability)
        current = best.get(key)
        # a rule's sentence carries the fact's attributes: it wins over a likelier sentence
        if (
            current is None
            or (candidate.rule is not None and current.rule is None)
            or (
                (candidate.rule is None) == (current.rule is None)
                and candidate.probability > current.probability
            )
        ):
            best[key] = candidate
    kept = []
    for key, candidate in best.items():
        candidate.probability = top[key]
        if candidate.rule is not None:
            threshold = model.keep_rule
        else:
            threshold = model.add_threshold(candidate.predicate)
        if candidate.probability >= threshold:
            kept.append(candidate)
    return kept
