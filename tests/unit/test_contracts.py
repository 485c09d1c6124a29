"""The project keeps to the shared design documents when they are beside it."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from intercluster.config import Settings
from intercluster.domain.vocabulary import EntityType, Predicate

SHARED = Path(__file__).resolve().parents[3] / "shared"
needs_shared = pytest.mark.skipif(
    not (SHARED / "design" / "DOMAIN.md").is_file(), reason="../shared is not beside this clone"
)


def _domain_words(header: str) -> set[str]:
    """First-column words of the DOMAIN.md table whose header row starts with `header`."""
    text = (SHARED / "design" / "DOMAIN.md").read_text(encoding="utf-8")
    table = text.split(f"| {header} |", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"^\| `(\w+)` \|", table, flags=re.MULTILINE))


@needs_shared
def test_entity_types_and_predicates_are_domain_md_s() -> None:
    assert _domain_words("type") == {t.value for t in EntityType}
    assert _domain_words("predicate") == {p.value for p in Predicate}


@needs_shared
def test_packaged_seed_is_the_shared_seed() -> None:
    packaged = resources.files("intercluster.demo").joinpath("genopole-2021-enlarging-networks.txt")
    shared = SHARED / "seed" / "genopole-2021-enlarging-networks.txt"
    assert packaged.read_bytes() == shared.read_bytes()


def test_every_setting_is_documented() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no description"
