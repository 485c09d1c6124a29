"""The recommender benchmark (benchmarks/recommend) runs at a tiny size, its scores in range."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parents[2] / "benchmarks" / "recommend" / "bench_recommend.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_recommend", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def _in_range(scores: dict[str, float]) -> None:
    assert 0.0 <= scores["hits10"] <= 1.0 and 0.0 <= scores["mrr"] <= 1.0
    # Past the top ten, a tie end adds less than 1/10 to the mean of 1/rank.
    assert scores["mrr"] <= scores["hits10"] + 0.1


def test_generate_and_evaluate_at_a_tiny_size(bench: ModuleType) -> None:
    eco = bench.generate(100, seed=3)
    assert len([p for p in eco.profiles.values() if p.type != "network"]) >= 100
    assert eco.partner_links and {x.predicate for x in eco.partner_links} == {"partner_of"}
    # The same seed, the same ecosystem: the README's figures can be reproduced.
    again = bench.generate(100, seed=3)
    assert [(x.subject, x.object) for x in again.partner_links] == [
        (x.subject, x.object) for x in eco.partner_links
    ]
    _, hidden = bench._split(eco.partner_links, 0.2, random.Random(11))
    ours, base = bench.evaluate(eco.network, eco.profiles, hidden)
    assert ours.queries == base.queries == 2 * len(hidden)
    for scores in (ours, base):
        _in_range(scores.__dict__)


def test_main_writes_its_results(bench: ModuleType, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    bench.main(["--organisations", "100", "--demo-splits", "2", "--out", str(out)])
    results = json.loads(out.read_text(encoding="utf-8"))
    generated = results["generated"]["all signals"]
    assert generated["ours"]["queries"] > 0
    for scores in (
        generated["ours"], generated["popularity"], results["demo"]["ours"],
        results["demo"]["popularity"],
    ):  # fmt: skip
        _in_range(scores)
    assert results["demo"]["partner_of"] > 0
