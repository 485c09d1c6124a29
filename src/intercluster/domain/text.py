"""Character spans in document text: sentences and mentions."""

from __future__ import annotations

import re

# A sentence ends at . ! ? (maybe followed by a closing quote or bracket)
# before whitespace, or at a line break: report prose puts headings and
# quotations on lines of their own.
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*(?=\s|$)|\n")
# Words whose full stop does not end a sentence ("BioM (Munich Germany), etc.) clusters").
_ABBREVIATIONS = frozenset(
    {"etc", "e.g", "i.e", "dr", "mr", "mrs", "ms", "st", "vs", "no", "inc", "ltd", "co", "prof"}
)
_LAST_WORD = re.compile(r"([\w.]+)$")


def _sentence_ends(text: str, start: int, stop: int) -> list[re.Match[str]]:
    ends = []
    for match in _SENTENCE_END.finditer(text, start, stop):
        if match.group() != "\n":
            word = _LAST_WORD.search(text, 0, match.start())
            if word and word.group(1).casefold() in _ABBREVIATIONS:
                continue
        ends.append(match)
    return ends


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) containing text[start:end], without surrounding blanks."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}, {end}] is outside a text of {len(text)} characters")
    before = _sentence_ends(text, 0, start)
    begin = before[-1].end() if before else 0
    after = _sentence_ends(text, max(end - 1, start), len(text))
    stop = len(text)
    if after:
        found = after[0]
        stop = found.end() if found.group() != "\n" else found.start()
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    return begin, stop


def find_phrase(text: str, phrase: str, *, whole_words: bool = True) -> tuple[int, int] | None:
    """First occurrence of a phrase, ignoring the kind of spaces between its words."""
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return None
    pattern = r"\s+".join(words)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None
