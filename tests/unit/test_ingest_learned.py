"""The learned models of extraction: how they score, and what they change in the rules' output.

The mechanics are tested with small hand-set models, so that a test says what a weight
does whatever the training found; the packaged model is checked for shape and for
keeping the contract; the training script runs on two splits.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import pytest

from intercluster.domain.vocabulary import EntityType
from intercluster.ingest import learned
from intercluster.ingest.learned import NO_ENTITY, ExtractionModel, LinearModel
from intercluster.ingest.pipeline import check_contract, extract, prepare, rule_facts
from intercluster.ingest.readers import text_document

TRAIN = Path(__file__).parents[2] / "benchmarks" / "extraction" / "train.py"
TYPES = (*tuple(t.value for t in EntityType), NO_ENTITY)


def types_model(**weights: dict[str, float]) -> LinearModel:
    """A type model that keeps the rules' type unless a named feature says otherwise."""
    table: dict[str, list[float]] = {}
    for entity_type in EntityType:
        table[f"rule={entity_type.value}"] = [5.0 if t == entity_type.value else 0.0 for t in TYPES]
    table["rule=default"] = [5.0 if t == "company" else 0.0 for t in TYPES]
    for feature, by_type in weights.items():
        table[feature] = [by_type.get(t, 0.0) for t in TYPES]
    return LinearModel(classes=TYPES, weights=table, bias=[0.0] * len(TYPES))


def relations_model(bias: float, **weights: float) -> LinearModel:
    return LinearModel(classes=("1",), weights={k: [v] for k, v in weights.items()}, bias=[bias])


def facts(extraction: object) -> set[tuple[str, str, str]]:
    by_id = {e.id: e.name for e in extraction.entities}  # type: ignore[attr-defined]
    return {
        (by_id[r.subject], r.predicate.value, by_id[r.object])
        for r in extraction.relations  # type: ignore[attr-defined]
    }


def test_a_binary_model_is_a_sigmoid_and_unknown_features_weigh_nothing() -> None:
    model = relations_model(-1.0, a=3.0)
    assert model.probabilities(["a", "unknown"])[0] == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.probabilities([])[0] == pytest.approx(1 / (1 + math.exp(1.0)))


def test_a_multiclass_model_is_a_softmax_and_survives_a_round_trip() -> None:
    model = LinearModel(classes=("x", "y"), weights={"f": [1.0, 0.0]}, bias=[0.0, 0.0])
    p = model.probabilities(["f"])
    assert sum(p) == pytest.approx(1.0) and p[0] == pytest.approx(math.e / (math.e + 1))
    again = ExtractionModel.from_json(
        json.loads(json.dumps(ExtractionModel(model, relations_model(0.0), 0.7).to_json()))
    )
    assert again.types == model and again.drop_entity == 0.7


def test_the_type_model_retypes_a_name_and_sets_junk_aside() -> None:
    text = "Quorvex opened an office in Brindlemoor. Sponsorships were sold out."
    model = ExtractionModel(
        types=types_model(**{"w=brindlemoor": {"place": 20.0}}),
        relations=relations_model(-20.0),
    )
    found = extract(text_document("news-2023.txt", text), model=model)
    by_name = {e.name: e.type for e in found.entities}
    assert by_name.get("Brindlemoor") is EntityType.PLACE
    junk = ExtractionModel(
        types=types_model(**{"w=quorvex": {NO_ENTITY: 20.0}}),
        relations=relations_model(-20.0),
        drop_entity=0.9,
    )
    assert "Quorvex" not in {
        e.name for e in extract(text_document("n.txt", text), model=junk).entities
    }


def test_the_relation_model_adds_what_no_rule_found_and_drops_what_it_doubts() -> None:
    text = "Quorvex and Brindle Labs are ploughing a common furrow in diagnostics."
    rules_only = extract(text_document("news-2023.txt", text), model=None)
    assert ("Quorvex", "partner_of", "Brindle Labs") not in facts(rules_only)
    adds = ExtractionModel(
        types=types_model(),
        relations=relations_model(-20.0, **{"partner_of|bw=and": 40.0}),
        add_fact=0.6,
    )
    added = extract(text_document("news-2023.txt", text), model=adds)
    assert ("Quorvex", "partner_of", "Brindle Labs") in facts(added)
    relation = next(r for r in added.relations if r.predicate.value == "partner_of")
    assert relation.confidence == pytest.approx(0.95)  # capped, as every confidence
    assert relation.date == "2023"  # the document's year, as the rules date a fact

    signed = "Quorvex signed a partnership agreement with Brindle Labs in June."
    assert ("Quorvex", "partner_of", "Brindle Labs") in facts(
        extract(text_document("news-2023.txt", signed), model=None)
    )
    doubts = ExtractionModel(
        types=types_model(), relations=relations_model(-20.0), keep_rule=0.1, add_fact=0.6
    )
    assert facts(extract(text_document("news-2023.txt", signed), model=doubts)) == set()


def test_headings_and_line_ends_are_read_for_lists() -> None:
    text = "Annual review\n\nNew members\n\nQuorvex (sensors), Brindlemoor;\nOrtel, Vask."
    document = text_document("n.txt", text)
    analysis = prepare(document).analysis
    under = learned.headings(analysis)
    assert under[-1] == ["new", "member"]
    start = text.index("Brindlemoor")
    assert learned._ends_line_after_comma(text, start, start + len("Brindlemoor"))
    assert not learned._ends_line_after_comma(text, 0, len("Annual"))


def candidates_of(name: str, text: str) -> list[tuple[str, str, str, list[str]]]:
    prepared = prepare(text_document(name, text))
    analysis = prepared.analysis
    found, dropped = rule_facts(prepared, None)
    names = [e.name for e in analysis.entities]
    return [
        (names[c.subject], c.predicate.value, names[c.object], c.features)
        for c in learned.candidates(analysis, found, dropped)
    ]


def test_the_parse_links_two_names_through_the_verb_between_them() -> None:
    found = candidates_of("n.txt", "Quorvex signed an agreement with Brindle Labs in Ortelburg.")
    partner = next(f for s, p, o, f in found if p == "partner_of" and s == "Quorvex")
    assert "partner_of|lca=sign" in partner and "partner_of|pw=with" in partner
    assert "partner_of|path=nsubj^sign^dobj/prep/pobj" in partner
    located = next(
        f for s, p, o, f in found if (s, p, o) == ("Brindle Labs", "located_in", "Ortelburg")
    )
    assert "located_in|lca=A" in located  # the place hangs from the company's name


def test_an_event_named_before_a_list_reaches_its_items() -> None:
    text = (
        "MEDICA 2023: the Ortel pavilion\n\nThe fair was busy this year. Visitors came from "
        "forty countries. The stand was full every day. The hall was new. Our exhibitors "
        "were:\n\n- Quorvex (Brindlemoor)\n- Velmora Diagnostics (Ortelburg)\n"
    )
    found = candidates_of("news-2023.md", text)
    item = next(
        f for s, p, o, f in found if (s, p, o) == ("Quorvex", "participated_in", "MEDICA 2023")
    )
    assert "participated_in|from=heading" in item and "participated_in|a_line_start" in item
    lists = ExtractionModel(
        types=types_model(),
        relations=relations_model(-20.0, **{"participated_in|a_line_start": 40.0}),
        add_fact=0.6,
    )
    added = facts(extract(text_document("news-2023.md", text), model=lists))
    assert {("Quorvex", "participated_in", "MEDICA 2023")} <= added
    assert ("Velmora Diagnostics", "participated_in", "MEDICA 2023") in added
    # a predicate's own threshold wins over the shared one, both ways
    strict = ExtractionModel(
        types=lists.types,
        relations=lists.relations,
        add_fact=0.6,
        add_by_predicate={"participated_in": 1.0},
    )
    kept = facts(extract(text_document("news-2023.md", text), model=strict))
    assert ("Velmora Diagnostics", "participated_in", "MEDICA 2023") not in kept
    restored = ExtractionModel.from_json(json.loads(json.dumps(strict.to_json())))
    assert restored.add_by_predicate == {"participated_in": 1.0}
    with pytest.raises(ValueError):
        ExtractionModel.from_json(
            {**strict.to_json(), "thresholds": {"add_by_predicate": {"sponsors": 0.5}}}
        )


def test_an_event_of_the_lead_reaches_the_whole_document() -> None:
    text = (
        "Twelve Ortel companies took part in MEDICA 2023 in Düsseldorf. The fair was busy. "
        "Visitors came from forty countries. The stand was full every day. The hall was new. "
        "Quorvex signed two contracts."
    )
    found = candidates_of("news-2023.txt", text)
    late = next(
        f for s, p, o, f in found if (s, p, o) == ("Quorvex", "participated_in", "MEDICA 2023")
    )
    assert "participated_in|from=lead" in late


def test_bold_list_items_start_a_line_and_a_title_is_carried_only_when_a_heading() -> None:
    text = (
        "BIO-Europe Spring 2024\n\nWe held many meetings there. Here are the firms that "
        "came:\n\n- **Quorvex** (Brindlemoor)\n- **Velmora Diagnostics** (Ortelburg)\n"
    )
    found = candidates_of("news-2024.md", text)
    item = next(
        f
        for s, p, o, f in found
        if (s, p, o) == ("Velmora Diagnostics", "participated_in", "BIO-Europe Spring 2024")
    )
    assert "participated_in|a_line_start" in item
    prose = (
        "The year was long. We grew. We hired. We moved. We sold. "
        "The cluster met Quorvex at BIO-Europe Spring 2024 in March, said the manager of "
        "the cluster. The visit was short. It was useful. It was long ago. "
        "Velmora Diagnostics wrote to us in May."
    )
    carried = candidates_of("news-2024.txt", prose)
    assert not any(
        s == "Velmora Diagnostics" and o == "BIO-Europe Spring 2024" for s, p, o, f in carried
    )  # four sentences back, and neither a title nor the document's lead
    lead = candidates_of("news-2024.txt", prose.split("We sold. ", 1)[1])
    velmora = next(
        f
        for s, p, o, f in lead
        if (s, p, o) == ("Velmora Diagnostics", "participated_in", "BIO-Europe Spring 2024")
    )
    assert "participated_in|from=lead" in velmora and "participated_in|from=title" not in velmora


def test_the_absent_reporting_organisation_is_what_listed_members_join() -> None:
    text = (
        "AfricaBio welcomes new members\n\nAfricaBio, the association of the biotechnology "
        "industry, admitted new members in March.\n\nNew full members\n\n"
        "- Biovac, the vaccine company, Cape Town;\n- Savanna Genomics, Nairobi.\n"
    )
    found = candidates_of("africabio-news-2025.md", text)
    towards = [(s, p) for s, p, o, f in found if f"{p}|b_absent" in f]
    assert ("Savanna Genomics", "member_of") in towards and ("Biovac", "member_of") in towards
    assert {p for s, p in towards} == {"member_of"}  # a partnership has the cluster as subject


def test_what_the_text_calls_a_name_and_its_word_endings_are_type_features() -> None:
    text = "Biovac, the vaccine company, met Kardiolytics in Cape Town in May."
    analysis = prepare(text_document("n.txt", text)).analysis
    features = {
        e.name: learned.entity_features(analysis, i) for i, e in enumerate(analysis.entities)
    }
    assert "desc=company" in features["Biovac"]
    assert "w_suf=tics" in features["Kardiolytics"]


def test_a_table_s_column_and_row_are_features_of_names_and_pairs() -> None:
    text = "Company | Town | Field\nQuorvex Labs | Ortelburg | imaging\nBrindle Bio | Vask | rna\n"
    analysis = prepare(text_document("members-2024.md", text)).analysis
    index = next(i for i, e in enumerate(analysis.entities) if e.name == "Quorvex Labs")
    features = learned.entity_features(analysis, index)
    assert {"table", "col=company", "colno=0", "cell_whole"} <= set(features)
    pairs = {(s, p, o): f for s, p, o, f in candidates_of("members-2024.md", text)}
    same_row = pairs[("Quorvex Labs", "located_in", "Ortelburg")]
    assert "located_in|same_row" in same_row and "located_in|cols=company>town" in same_row
    other_row = pairs.get(("Quorvex Labs", "located_in", "Vask"), [])
    assert "located_in|same_row" not in other_row


def test_a_name_inside_another_s_description_is_marked() -> None:
    text = (
        "Mosa Diagnostics (Liège), a member of the Ortel Cluster, signed an agreement with "
        "Rheinmed GmbH."
    )
    pairs = {(s, p, o): f for s, p, o, f in candidates_of("n.txt", text)}
    mosa = pairs[("Mosa Diagnostics", "member_of", "Ortel Cluster")]
    assert "member_of|b_describes_other" in mosa
    assert "member_of|b_describes_third" in pairs[("Rheinmed GmbH", "member_of", "Ortel Cluster")]


def test_words_of_any_text_are_no_regions() -> None:
    from intercluster.ingest.places import is_region

    assert is_region("Saga Prefecture") and is_region("Western Cape")
    assert not is_region("Central") and not is_region("North East")


def test_regions_and_the_shape_of_a_persons_name_are_type_features() -> None:
    text = "Emma Hartley visited Saga Prefecture with Infusio Technik GmbH in May."
    analysis = prepare(text_document("n.txt", text)).analysis
    features = {
        e.name: learned.entity_features(analysis, i) for i, e in enumerate(analysis.entities)
    }
    assert "region" in features["Saga Prefecture"]
    assert "pp=Person" in features["Emma Hartley"]
    assert "pp=Corporation" in features["Infusio Technik GmbH"]


def test_the_packaged_model_is_complete_and_keeps_the_contract() -> None:
    model = learned.packaged_model()
    assert model is not None, "src/intercluster/ingest/data/extraction-model.json is missing"
    assert set(model.types.classes) <= set(TYPES) and NO_ENTITY in model.types.classes
    assert model.relations.classes == ("1",)
    assert 0 <= model.keep_rule <= model.add_fact <= 1 and model.drop_entity >= 0.5
    assert "UNTOUCHED" not in json.dumps(model.trained_on)
    assert not set(model.trained_on["splits"]) & {"heldout18"}
    text = (
        "Quorvex, a Brindlemoor-based medtech company, signed a memorandum of understanding "
        "with the Ortel Cluster at BIO 2023 in Boston. Dr Ilse Varnhagen, CEO of Quorvex, said "
        "the two organisations will exhibit together."
    )
    found = extract(text_document("news-2023.txt", text))
    assert check_contract(found.to_json()) == []
    assert ("Quorvex", "partner_of", "Ortel Cluster") in facts(found)


@pytest.fixture(scope="module")
def train() -> ModuleType:
    sys.path.insert(0, str(TRAIN.parent))  # it imports evaluate.py from its folder
    try:
        spec = importlib.util.spec_from_file_location("train_extraction", TRAIN)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(TRAIN.parent))
    return module


def test_training_on_two_splits_writes_a_model_that_loads(
    train: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "model.json"
    code = train.main(
        ["--splits", "dev,heldout", "--thresholds", "0.9,0.05,0.65", "--out", str(out)]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "| rules alone |" in printed and "chosen: drop 0.9, keep 0.05, add 0.65" in printed
    model = ExtractionModel.from_json(json.loads(out.read_text(encoding="utf-8")))
    assert model.trained_on["splits"] == ["dev", "heldout"] and model.add_fact == 0.65
    assert "thresholds by predicate:" in printed
    assert set(model.add_by_predicate.values()) <= set(train.ADD_VALUES)
    assert len(model.relations.weights) > 100 and len(model.types.weights) > 100


def test_training_refuses_the_untouched_split(train: ModuleType) -> None:
    assert "heldout18" in train.UNTOUCHED
    with pytest.raises(SystemExit):
        train.main(["--splits", "heldout18", "--cv-only"])


def test_a_repeated_feature_counts_once_as_in_training() -> None:
    model = relations_model(0.0, a=1.0)
    assert model.probabilities(["a", "a", "a"]) == model.probabilities(["a"])
