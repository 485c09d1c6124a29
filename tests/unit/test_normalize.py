"""Normalisation of names, countries, dates and sectors: no database."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intercluster.domain.normalize import (
    is_digits,
    normalize_country,
    normalize_date,
    normalize_name,
    normalize_sectors,
    slugify,
    year_of,
)
from intercluster.errors import InvalidInput


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tartù Biocluster", "tartu biocluster"),
        ("  BIO-Europe   Spring ", "bio europe spring"),
        ("Île-de-France Region", "ile de france region"),
        ("Erasmus+", "erasmus"),
    ],
)
def test_names_fold_accents_case_and_punctuation(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@given(st.text())
def test_normalised_names_are_stable(text: str) -> None:
    once = normalize_name(text)
    assert normalize_name(once) == once
    assert once == once.strip()
    assert "  " not in once


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("FR", "FR"),
        ("fr", "FR"),
        ("France", "FR"),
        ("DEU", "DE"),
        ("USA", "US"),
        ("Belgium", "BE"),
        ("United Kingdom", "GB"),
        (" Japan ", "JP"),
    ],
)
def test_countries_become_alpha2_codes(raw: str, code: str) -> None:
    assert normalize_country(raw) == code


@pytest.mark.parametrize("raw", ["XX", "Atlantis", "ZZZ", "1"])
def test_unknown_countries_are_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalize_country(raw)
    assert caught.value.field == "country"
    assert raw in caught.value.message


def test_ids_are_ascii_digits_that_int_reads() -> None:
    assert is_digits("42") and int("42") == 42
    # str.isdigit() says yes to these; int() refuses the first two and reads the third as 3.
    assert not any(is_digits(text) for text in ("²", "①", "٣", "", "4 2", "-1"))


def test_blank_country_is_none() -> None:
    assert normalize_country("  ") is None
    assert normalize_country(None) is None


@pytest.mark.parametrize("raw", ["2021", "2021-06", "2021-06-14", "2024-02-29"])
def test_partial_iso_dates_are_kept(raw: str) -> None:
    assert normalize_date(raw) == raw


@pytest.mark.parametrize("raw", ["June 2021", "2021-13", "2021-02-30", "21", "2021/06"])
def test_bad_dates_are_refused(raw: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        normalize_date(raw, field="start_date")
    assert caught.value.field == "start_date"


def test_year_of_partial_dates() -> None:
    assert year_of("2021-06") == 2021
    assert year_of(None) is None


def test_sectors_are_checked_against_the_curated_list() -> None:
    assert normalize_sectors(["Biotherapies", "computational_genomics", "biotherapies"]) == [
        "biotherapies",
        "computational-genomics",
    ]
    with pytest.raises(InvalidInput) as caught:
        normalize_sectors(["biotherapy"])
    assert "did you mean 'biotherapies'" in caught.value.message


def test_slugs_are_url_safe() -> None:
    assert slugify("Université Paris-Saclay") == "universite-paris-saclay"
    assert slugify("+++") == "entity"
