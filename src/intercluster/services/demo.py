"""Load the demo dataset built from the seed document.

`demo/genopole-2021.json` lists every organisation, person, event, project and
place the seed chapter names and every relation it states. Instead of
offsets, which would silently drift if the file were edited, each fact
carries the words that state it: the loader finds them in the text and
records the whole sentence as the fact's source span (an entity's span is its
first mention).
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from intercluster.db.uow import UnitOfWork
from intercluster.domain.text import find_phrase, sentence_span
from intercluster.services.exchange import ImportReport, import_json
from intercluster.services.sources import sha256_of

DATASET = "genopole-2021.json"


def _read(name: str) -> str:
    return resources.files("intercluster.demo").joinpath(name).read_text(encoding="utf-8")


def demo_document() -> dict[str, Any]:
    """The demo dataset in the import format, with spans computed from the quotes."""
    spec = json.loads(_read(DATASET))
    text = _read(spec["source"]["file"])
    sha = sha256_of(text)

    def locate(phrase: str, *, sentence: bool) -> dict[str, Any]:
        span = find_phrase(text, phrase, whole_words=not sentence)
        if span is None:
            raise ValueError(f"demo dataset: {phrase!r} is not in the seed text")
        if sentence:
            span = sentence_span(text, *span)
        return {"source": sha, "span": list(span)}

    entities = []
    for raw in spec["entities"]:
        entity = {k: v for k, v in raw.items() if k != "mention"}
        entity["sources"] = [locate(raw["mention"], sentence=False)]
        entities.append(entity)
    relations = []
    for raw in spec["relations"]:
        relation = {k: v for k, v in raw.items() if k != "quotes"}
        spans = [locate(q, sentence=True) for q in raw["quotes"]]
        relation["sources"] = [s for i, s in enumerate(spans) if s not in spans[:i]]
        relations.append(relation)
    source = {"name": spec["source"]["name"], "text": text}
    return {"sources": [source], "entities": entities, "relations": relations}


def load_demo(uow: UnitOfWork) -> ImportReport:
    """Add the demo records that are missing; a second run changes nothing."""
    document = demo_document()
    return import_json(uow, json.dumps(document), skip_existing=True)
