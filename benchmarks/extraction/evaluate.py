"""Entity and relation precision, recall and F1 of `intercluster extract` against gold files.

    .venv/bin/python benchmarks/extraction/evaluate.py --split dev [--errors]

An extracted entity is right when its name (or one of its other names in the
text) is the gold entity's name or one of its aliases, case, accents and
punctuation folded, and its type is the gold type. Each gold entity is
matched once; a second entity for it is a false positive. A relation is right
when its two ends are (by name) the gold relation's ends and its predicate is
the gold predicate; partner_of and met_with match in either direction. Dates
and attributes are not scored (the README says why). Extraction runs without
a registry, so nothing is linked: these are documents the pipeline has not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from intercluster.domain.normalize import normalize_name
from intercluster.ingest.learned import ExtractionModel
from intercluster.ingest.model import Extraction
from intercluster.ingest.pipeline import extract
from intercluster.ingest.readers import read_document

HERE = Path(__file__).parent
# Written for the next measurement and never read, run or trained on before it (README).
UNTOUCHED = frozenset({"heldout18"})
SYMMETRIC = {"partner_of", "met_with"}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _names(entity: dict[str, Any]) -> set[str]:
    return {normalize_name(n) for n in [entity["name"], *entity.get("aliases", [])]}


def score_document(
    gold: dict[str, Any],
    text_path: Path,
    errors: list[str],
    *,
    rules_only: bool = False,
    model: ExtractionModel | None = None,
) -> tuple[Counts, Counts]:
    document = read_document(text_path)
    if rules_only:
        extraction = extract(document, model=None)
    elif model is not None:
        extraction = extract(document, model=model)
    else:
        extraction = extract(document)  # the packaged model
    return score_extraction(gold, extraction, errors)


def score_extraction(
    gold: dict[str, Any],
    extraction: Extraction,
    errors: list[str],
    by_predicate: dict[str, Counts] | None = None,
) -> tuple[Counts, Counts]:
    """Entity and relation counts; with `by_predicate`, the relations' of each predicate too."""
    per_predicate: dict[str, Counts] = {} if by_predicate is None else by_predicate
    gold_entities = gold["entities"]
    gold_by_name: dict[str, dict[str, Any]] = {}
    for entity in gold_entities:
        for name in _names(entity):
            gold_by_name.setdefault(name, entity)
    entity_counts = Counts()
    matched: set[str] = set()
    to_gold: dict[str, str] = {}  # extracted id -> gold name
    for entity in extraction.entities:
        # its own name first, then its other names in order: a set here made the score
        # depend on the hash seed when two names of one entity are two gold entities
        names = [normalize_name(n) for n in (entity.name, *entity.aliases)]
        target = next((gold_by_name[n] for n in names if n in gold_by_name), None)
        if target is not None:
            to_gold[entity.id] = target["name"]
        if (
            target is not None
            and target["type"] == entity.type.value
            and target["name"] not in matched
        ):
            matched.add(target["name"])
            entity_counts.tp += 1
        else:
            entity_counts.fp += 1
            why = "no such gold entity" if target is None else f"gold: {target['type']}"
            if target is not None and target["name"] in matched:
                why = "duplicate"
            errors.append(f"  entity FP  {entity.name!r} {entity.type.value} ({why})")
    for entity in gold_entities:
        if entity["name"] not in matched:
            entity_counts.fn += 1
            errors.append(f"  entity FN  {entity['name']!r} {entity['type']}")

    def key(subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
        if predicate in SYMMETRIC and obj < subject:
            subject, obj = obj, subject
        return (subject, predicate, obj)

    gold_relations = {key(r["subject"], r["predicate"], r["object"]) for r in gold["relations"]}
    predicted: set[tuple[str, str, str]] = set()
    names = {e.id: e.name for e in extraction.entities}
    relation_counts = Counts()
    for relation in extraction.relations:
        subject = to_gold.get(relation.subject, names[relation.subject])
        obj = to_gold.get(relation.object, names[relation.object])
        triple = key(subject, relation.predicate.value, obj)
        if triple in predicted:
            continue
        predicted.add(triple)
        mine = per_predicate.setdefault(triple[1], Counts())
        if triple in gold_relations:
            relation_counts.tp += 1
            mine.tp += 1
        else:
            relation_counts.fp += 1
            mine.fp += 1
            errors.append(f"  relation FP {triple}")
    for triple in sorted(gold_relations - predicted):
        relation_counts.fn += 1
        per_predicate.setdefault(triple[1], Counts()).fn += 1
        errors.append(f"  relation FN {triple}")
    return entity_counts, relation_counts


def evaluate(
    split: str,
    *,
    show_errors: bool,
    rules_only: bool = False,
    model: ExtractionModel | None = None,
) -> dict[str, Counts]:
    totals = {"entities": Counts(), "relations": Counts()}
    rows = []
    for gold_path in sorted((HERE / "gold" / split).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        errors: list[str] = []
        path = HERE / "docs" / split / gold["document"]
        entities, relations = score_document(
            gold, path, errors, rules_only=rules_only, model=model
        )
        totals["entities"].add(entities)
        totals["relations"].add(relations)
        rows.append((gold["document"], entities, relations))
        if show_errors:
            print(gold["document"])
            print("\n".join(errors))
    print(f"\n{split}: per document (entity F1, relation F1)")
    for name, entities, relations in rows:
        print(f"  {name:45} {entities.f1:.2f} {relations.f1:.2f}")
    print(f"\n| {split} | P | R | F1 | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|")
    for what, counts in totals.items():
        print(
            f"| {what} | {counts.precision:.3f} | {counts.recall:.3f} | {counts.f1:.3f} "
            f"| {counts.tp} | {counts.fp} | {counts.fn} |"
        )
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    splits = sorted(p.name for p in (HERE / "gold").iterdir() if p.is_dir())
    parser.add_argument("--split", choices=splits, default="dev")
    parser.add_argument(
        "--final",
        action="store_true",
        help=f"allow an untouched split ({', '.join(sorted(UNTOUCHED))}): score it once",
    )
    parser.add_argument("--errors", action="store_true", help="list every false positive and miss")
    parser.add_argument(
        "--rules-only", action="store_true", help="without the learned models (the rules alone)"
    )
    parser.add_argument(
        "--model", type=Path, help="a model written by train.py --out (default: the packaged one)"
    )
    args = parser.parse_args()
    if args.split in UNTOUCHED and not args.final:
        parser.error(f"{args.split} is untouched until the end of a round (see --final)")
    model = None
    if args.model is not None:
        model = ExtractionModel.from_json(json.loads(args.model.read_text(encoding="utf-8")))
    evaluate(args.split, show_errors=args.errors, rules_only=args.rules_only, model=model)
    return 0


if __name__ == "__main__":
    sys.exit(main())
