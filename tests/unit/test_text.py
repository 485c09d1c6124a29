"""Sentence and mention spans in document text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from intercluster.domain.text import find_phrase, sentence_span

TEXT = (
    "Enlarging networks\n\n"
    "It met new (CataloniaBio (Spain)) and known (BioM, etc.) clusters. "
    'Genopole, an event "Gold Sponsor", promoted the region.\n'
    "Laurent Pépin, Director"
)


def test_sentence_span_covers_the_whole_sentence() -> None:
    start, end = find_phrase(TEXT, "CataloniaBio") or (0, 0)
    s, e = sentence_span(TEXT, start, end)
    assert TEXT[s:e] == "It met new (CataloniaBio (Spain)) and known (BioM, etc.) clusters."


def test_a_heading_line_is_its_own_sentence() -> None:
    start, end = find_phrase(TEXT, "Laurent Pépin") or (0, 0)
    s, e = sentence_span(TEXT, start, end)
    assert TEXT[s:e] == "Laurent Pépin, Director"
    start, end = find_phrase(TEXT, "Gold Sponsor") or (0, 0)
    s, e = sentence_span(TEXT, start, end)
    assert TEXT[s:e] == 'Genopole, an event "Gold Sponsor", promoted the region.'


def test_find_phrase_respects_word_boundaries_and_any_space() -> None:
    assert find_phrase("BIO-Europe and BIO", "BIO") == (0, 3)
    assert find_phrase("BioMed and BioM", "BioM") == (11, 15)
    assert find_phrase("close to 30\xa0meetings", "30 meetings") == (9, 20)
    assert find_phrase("nothing here", "BioWin") is None


@given(st.text(min_size=1), st.data())
def test_sentence_span_always_contains_its_input(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s, e = sentence_span(text, start, end)
    assert 0 <= s <= e <= len(text)
    content = text[start:end]
    first = start + (len(content) - len(content.lstrip()))
    last = end - (len(content) - len(content.rstrip()))
    if first < last:  # the words of the span are inside the sentence found for it
        assert s <= first and last <= e
