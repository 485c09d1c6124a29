"""The extraction pipeline: a document in, entities and relations with offsets out.

read -> sentences -> spaCy tags and entity labels -> names (chunks, gazetteer)
-> types and countries -> entities (grouped, linked to the registry)
-> relations with dates and confidences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from intercluster.domain.normalize import normalize_name
from intercluster.domain.vocabulary import PREDICATES, EntityType, kind_of
from intercluster.ingest import learned, nlp
from intercluster.ingest.dates import best_date, document_date, document_year, find_dates
from intercluster.ingest.entities import (
    Analysis,
    Mention,
    attach_countries,
    brackets_with_places,
    find_mentions,
    group_entities,
    keyword_type,
    pair_acronyms,
    pick_self,
    type_mentions,
)
from intercluster.ingest.learned import ExtractionModel
from intercluster.ingest.linking import Gazetteer
from intercluster.ingest.model import ExtractedEntity, ExtractedRelation, Extraction
from intercluster.ingest.readers import Document
from intercluster.ingest.relations import Fact, extract_facts, fact_date
from intercluster.ingest.sentences import sentence_spans

_PERSON_CONTEXT_AFTER = re.compile(
    r"^\s*,\s*(?:the\s+|its\s+|our\s+)?(?:[A-Z][\w’'-]*\s+|of\s+|and\s+)*?"
    r"(?i:director|head|ceo|cto|cso|coo|cfo|president|vice|chair\w*|manager|officer|founder|"
    r"co-founder|secretary|coordinator|professor|dean|rector|minister|mayor|ambassador|chief|"
    r"delegate|representative|lead)\b"
)
_PERSON_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:Dr|Prof|Mr|Mrs|Ms|Professor)\.?|\bsaid|\bsays|\badd(?:s|ed)|\bnote(?:s|d)|"
    r"\baccording to|\bexplain(?:s|ed)|"
    r"\b(?:CEO|director|president|head|founder|manager|chair(?:man|woman)?|minister|mayor|"
    r"ambassador|governor|commissioner)(?-i:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?"
    r",?)\s+$",
    re.IGNORECASE,
)
_PERSON_SAID_AFTER = re.compile(r"^\s*(?:said|says|explained|added|noted|stated)\b")


@dataclass
class Prepared:
    """A document read, tagged and cut into entities by the rules: what the models start from."""

    document: Document
    year: int | None
    analysis: Analysis


_PACKAGED: Any = object()  # "the model shipped with the package", as a default argument


def extract(
    document: Document,
    gazetteer: Gazetteer | None = None,
    model: ExtractionModel | None = _PACKAGED,
) -> Extraction:
    """The extraction of one document; `model=None` runs the rules alone."""
    chosen = learned.packaged_model() if model is _PACKAGED else model
    return finish(prepare(document, gazetteer), chosen)


def prepare(document: Document, gazetteer: Gazetteer | None = None) -> Prepared:
    gazetteer = gazetteer or Gazetteer()
    text = document.text
    dateline = document_date(text)
    year = dateline[0] if dateline is not None else document_year(text, document.name)
    sentences = sentence_spans(text) or [(0, len(text))]
    tagged = nlp.tag(text)
    mentions = find_mentions(text, sentences, tagged, gazetteer, year)
    _people(text, sentences, mentions)
    type_mentions(text, sentences, mentions)
    pair_acronyms(text, mentions)
    mentions = _drop_title_words(text, sentences, mentions)
    attach_countries(text, sentences, mentions)
    entities = group_entities(mentions, gazetteer, year)
    analysis = Analysis(
        text=text,
        sentences=sentences,
        mentions=mentions,
        entities=entities,
        places_in_brackets=[],
        self_entity=pick_self(entities, document.name),
        tags=tagged.tags,
        named_spans=tagged.entities,
        arcs=tagged.arcs,
    )
    return Prepared(document=document, year=year, analysis=analysis)


def finish(prepared: Prepared, model: ExtractionModel | None) -> Extraction:
    """Types, relations and the output of a prepared document (which this changes)."""
    analysis, year, document = prepared.analysis, prepared.year, prepared.document
    text, sentences, entities = analysis.text, analysis.sentences, analysis.entities
    facts, dropped = rule_facts(prepared, model)
    if model is not None:
        facts = _learned_facts(analysis, facts, dropped, model, year)

    out_entities: list[ExtractedEntity] = []
    ids: dict[int, str] = {}
    for index, entity in enumerate(entities):
        if index in dropped:
            continue
        ids[index] = f"e{len(ids) + 1}"
        spans = sorted({(m.start, m.end) for m in entity.mentions})
        confidence = min(0.95, 0.45 + 0.1 * entity.strength + 0.03 * min(len(spans), 5))
        out_entities.append(
            ExtractedEntity(
                id=ids[index],
                name=entity.name,
                type=entity.type,
                country=entity.country,
                mentions=spans,
                aliases=entity.aliases,
                linked_to=entity.entry.reference if entity.entry is not None else None,
                linked_id=entity.entry.id if entity.entry is not None else None,
                confidence=round(max(confidence, entity.entry_score * 0.95), 2),
            )
        )
    out_relations: list[ExtractedRelation] = []
    for fact in facts:
        if fact.subject not in ids or fact.object not in ids:
            continue
        attributes = _public_attributes(fact.attributes, ids, entities)
        out_relations.append(
            ExtractedRelation(
                subject=ids[fact.subject],
                predicate=fact.predicate,
                object=ids[fact.object],
                date=fact.date,
                attributes=attributes,
                evidence=sentences[fact.sentence],
                confidence=fact.confidence,
            )
        )
    return Extraction(
        name=document.name,
        sha256=document.sha256,
        text=text,
        year=year,
        entities=out_entities,
        relations=out_relations,
    )


def rule_facts(prepared: Prepared, model: ExtractionModel | None) -> tuple[list[Fact], set[int]]:
    """The entities re-typed by the model (if any) and the rules' facts between them.

    Returns the facts and the entities the type model set aside.
    """
    analysis, document = prepared.analysis, prepared.document
    doubts: dict[int, float] = {}
    if model is not None:
        doubts = learned.retype_entities(analysis, model)
        analysis.self_entity = pick_self(analysis.entities, document.name)
        if analysis.self_entity in doubts:
            analysis.self_entity = None
    analysis.places_in_brackets = brackets_with_places(
        analysis.text, analysis.sentences, analysis.mentions
    )
    _type_self(analysis)
    facts = extract_facts(analysis, prepared.year)
    ends = {f.subject for f in facts} | {f.object for f in facts}
    dropped = {
        i
        for i, p in doubts.items()
        if i not in ends or p >= learned.firm_drop(keyword_type(analysis.entities[i].name))
    }
    return facts, dropped


def _learned_facts(
    analysis: Analysis,
    facts: list[Fact],
    dropped: set[int],
    model: ExtractionModel,
    year: int | None,
) -> list[Fact]:
    """The rules' facts the relation model keeps, and the ones it adds."""
    scored = learned.candidates(analysis, facts, dropped)
    learned.score(scored, model)
    reference = document_date(analysis.text)
    out: list[Fact] = []
    for candidate in learned.decide(scored, model):
        if candidate.rule is not None:
            fact = candidate.rule
        else:
            start, end = analysis.sentences[candidate.sentence]
            fact = Fact(
                subject=candidate.subject,
                predicate=candidate.predicate,
                object=candidate.object,
                sentence=candidate.sentence,
                date=None,
            )
            # dated as the rules date their facts: by the sentence, else the document's year
            sentence_date = best_date(find_dates(analysis.text, start, end, year, reference))
            fact.date = fact_date(fact, sentence_date, {}, year)
        fact.confidence = round(min(0.95, max(0.05, candidate.probability)), 2)
        out.append(fact)
    return out


_CLUSTER_SELF = re.compile(r"\bthe (?:bio)?cluster\b|\bour (?:bio)?cluster\b", re.IGNORECASE)


def _type_self(analysis: Analysis) -> None:
    """A report that calls its author "the biocluster" is written by a cluster."""
    if analysis.self_entity is None:
        return
    own = analysis.entities[analysis.self_entity]
    if (
        own.strength < 3 or (own.type is EntityType.COMPANY and own.entry is None)
    ) and _CLUSTER_SELF.search(analysis.text):
        own.type = EntityType.CLUSTER
        own.strength = 3


def _public_attributes(
    attributes: dict[str, Any], ids: dict[int, str], entities: list[Any]
) -> dict[str, Any]:
    """Attributes in the vocabulary only; the event of a meeting by its entity id."""
    result: dict[str, Any] = {}
    for name, value in attributes.items():
        if name == "_event":
            if value in ids:  # an event the type model set aside is no attribute
                result["event"] = ids[value]
        elif value is not None:
            result[name] = value
    return result


def _people(text: str, sentences: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """ "Laurent Pépin, Director of ...", "said Jane Doe": people by their context."""
    for mention in mentions:
        if mention.kind != "name" or mention.entry is not None:
            continue
        words = mention.name.split()
        if not 2 <= len(words) <= 4 or any(w.isupper() for w in words):
            continue
        if keyword_type(mention.name) is not None or words[-1].casefold().endswith(
            ("ships", "affairs", "relations", "operations", "development", "sales", "marketing")
        ):
            continue  # "Vice-President, Global Partnerships": a department, not a person
        s_start, s_end = sentences[mention.sentence]
        after = text[mention.end : s_end]
        before = text[s_start : mention.start]
        if (
            _PERSON_CONTEXT_AFTER.match(after)
            or _PERSON_CONTEXT_BEFORE.search(before)
            or _PERSON_SAID_AFTER.match(after)
        ):
            mention.vote(EntityType.PERSON, 4)


_TITLE_AFTER = re.compile(
    r"\s*,\s*(?!and\b|or\b|but\b|who\b|which\b)((?:[\w’'-]+\s+){0,4}?(?:vice-|co-)?"
    r"(?:director|head|ceo|cto|cso|coo|cfo|president|chair\w*|"
    r"manager|officer|founder|secretary|coordinator|professor|dean|rector|minister|mayor|"
    r"ambassador|advisor|adviser|lead|leader|chief|delegate|representative)\b"
    # "Vice-President, Global Partnerships at PLSC": the department after a comma
    r"(?:(?-i:,\s+[A-Z][\w&-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&-]*){0,3})(?=\s+(?:at|of)\s))?"
    r"[^,;\n]*)",
    re.IGNORECASE,
)


def _drop_title_words(
    text: str, sentences: list[tuple[int, int]], mentions: list[Mention]
) -> list[Mention]:
    """ "Director of Prospection and Partnerships" is a title, not two organisations."""
    drop: set[int] = set()
    seen: dict[str, int] = {}
    for mention in mentions:
        seen[mention.norm] = seen.get(mention.norm, 0) + 1
    for mention in mentions:
        if mention.type is not EntityType.PERSON:
            continue
        s_end = sentences[mention.sentence][1]
        match = _TITLE_AFTER.match(text[mention.end : s_end])
        if match is None:
            continue
        start = mention.end + match.start(1)
        end = mention.end + match.end(1)
        for other in mentions:
            if (
                start <= other.start < end
                and other.strength < 4
                and other.entry is None
                and seen[other.norm] == 1  # a name used elsewhere is a name here too
                and not text[max(0, other.start - 4) : other.start].endswith("at ")  # employer
            ):
                drop.add(id(other))
    kept = []
    for mention in mentions:
        if id(mention) in drop:
            continue
        # capitalised words that name nothing: "Prospection", "Partnerships" alone
        if (
            mention.kind == "name"
            and mention.strength == 0
            and len(mention.name.split()) == 1
            and mention.name[0].isupper()
            and mention.name[1:].islower()
            and normalize_name(mention.name).endswith(("ships", "tion", "ment", "ness", "ing"))
        ):
            continue
        kept.append(mention)
    return kept


def check_contract(data: dict[str, Any]) -> list[str]:
    """Problems with an extraction's JSON against DOMAIN.md's contract (empty when valid)."""
    problems: list[str] = []
    if set(data) != {"document", "entities", "relations"}:
        problems.append(f"top-level keys {sorted(data)}")
    document = data.get("document", {})
    if set(document) != {"name", "sha256", "chars"}:
        problems.append(f"document keys {sorted(document)}")
    chars = document.get("chars", 0)
    ids = set()
    for entity in data.get("entities", []):
        if set(entity) != {"id", "name", "type", "country", "mentions", "linked_to"}:
            problems.append(f"entity keys {sorted(entity)}")
        ids.add(entity.get("id"))
        try:
            kind_of(EntityType(entity.get("type")))
        except ValueError:
            problems.append(f"entity type {entity.get('type')!r}")
        for start, end in entity.get("mentions", []):
            if not 0 <= start < end <= chars:
                problems.append(f"mention {[start, end]} outside the text")
    for relation in data.get("relations", []):
        keys = {"subject", "predicate", "object", "date", "attributes", "evidence", "confidence"}
        if set(relation) != keys:
            problems.append(f"relation keys {sorted(relation)}")
        if relation.get("subject") not in ids or relation.get("object") not in ids:
            problems.append(f"relation names an unknown entity: {relation}")
        if relation.get("predicate") not in {p.value for p in PREDICATES}:
            problems.append(f"predicate {relation.get('predicate')!r}")
        start, end = relation.get("evidence", [0, 0])
        if not 0 <= start < end <= chars:
            problems.append(f"evidence {[start, end]} outside the text")
        date = relation.get("date")
        if date is not None and not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", str(date)):
            problems.append(f"date {date!r}")
    return problems
