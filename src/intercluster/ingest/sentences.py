"""Sentence splitting for report prose.

A sentence ends at . ! ? (maybe followed by a closing quote or bracket)
before whitespace and a capital, digit, quote or bracket, or at a line
break: reports put headings, captions and quotations on lines of their own.
A full stop after a known abbreviation or a single capital ("J. Smith")
does not end a sentence.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?…][\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-Þ]|\s*$)|\n")
_ABBREVIATIONS = frozenset(
    {"etc", "e.g", "i.e", "dr", "mr", "mrs", "ms", "st", "vs", "no", "inc", "ltd", "co",
     "prof", "corp", "approx", "dept", "jr", "sr", "fig", "nos", "ca", "cf", "al", "mt",
     "dra", "sra", "mag", "ing", "dott", "mme", "mgr", "drs", "eng"}  # titles: "Dra. Ana Ruiz"
)  # fmt: skip
_LAST_WORD = re.compile(r"([\w.]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, without surrounding blanks; never empty spans."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _END.finditer(text):
        if match.group() != "\n":
            word = _LAST_WORD.search(text, max(0, match.start() - 20), match.start())
            if word:
                last = word.group(1).casefold()
                if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                    continue
            stop = match.end()
        else:
            stop = match.start()
        _add(text, begin, stop, spans)
        begin = match.end()
    _add(text, begin, len(text), spans)
    return _join_lists(text, spans)


def _join_lists(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "... brings together twelve partners, including:" and the short lines after it (a
    bulleted list) are one sentence."""
    joined: list[tuple[int, int]] = []
    index = 0
    while index < len(spans):
        start, end = spans[index]
        index += 1
        if text[end - 1] == ":":
            while index < len(spans):
                item_start, item_end = spans[index]
                item = text[item_start:item_end]
                # a bulleted item may be long: "* academic partners: A (Utrecht), B, ...;"
                limit = 400 if item[:2] in ("* ", "- ", "• ", "– ") else 150
                if len(item) <= limit and item.endswith(".") and text[:end].endswith((";", "and")):
                    end = item_end  # "A, Athens;  B, Bratislava.": the last item ends the list
                    index += 1
                    break
                if len(item) > limit or item.endswith((".", "!", "?", ":")) or "\n" in item:
                    break
                end = item_end
                index += 1
        joined.append((start, end))
    return joined


def _add(text: str, begin: int, stop: int, spans: list[tuple[int, int]]) -> None:
    while begin < stop and text[begin].isspace():
        begin += 1
    while stop > begin and text[stop - 1].isspace():
        stop -= 1
    if stop > begin:
        spans.append((begin, stop))
