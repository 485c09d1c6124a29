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


# ---------------------------------------------------------------- prospection


# What the seed says about prospection, as prospects and one internationalisation request:
# at BIO-Europe Spring, Genopole held "close to 30 meetings with several pharmaceutical
# companies such as BJT Pharma and key account companies like Seppic, a specialist in
# cosmetics, dietary supplements and pharmaceutical ingredients", an event that serves "the
# prospection of companies potentially interested in joining the biocluster"; and the FACC
# Ohio meeting was to "ease the arrival of Genopole companies in the US". The seed gives no
# day: a stage or a meeting at an event dated to the year is dated to its first day.
DEMO_PROSPECTS: tuple[dict[str, Any], ...] = (
    {
        "organisation": "BJT Pharma",
        "source_event": "bio-europe-spring-2021",
        "owner": "Laurent Pépin",
        "interest": "A pharmaceutical company met at BIO-Europe Spring",
        "next_action": "Present the biocluster's offer to companies potentially interested "
        "in joining",
        "meeting": "One of the close to 30 meetings with pharmaceutical companies",
    },
    {
        "organisation": "Seppic",
        "source_event": "bio-europe-spring-2021",
        "owner": "Laurent Pépin",
        "interest": "Key account: cosmetics, dietary supplements and pharmaceutical ingredients",
        "next_action": "Follow up the key account meeting",
        "meeting": "Key account meeting: cosmetics, dietary supplements and pharmaceutical "
        "ingredients",
    },
)
DEMO_REQUEST: dict[str, Any] = {
    "organisation": "genopole",
    "region": "US",
    "sector": "biotech",
    "goal": "Ease the arrival of Genopole companies in the US",
}


def _first_day(partial: str) -> str:
    return (partial + "-01-01"[len(partial) - 4 :]) if len(partial) < 10 else partial


def load_prospection_demo(uow: UnitOfWork, *, home: str = "genopole") -> dict[str, int]:
    """The seed's prospects (met at BIO-Europe Spring 2021) and its request for the US.

    Needs the registry demo (`load_demo`); a second run adds nothing.
    """
    from sqlalchemy import select

    from intercluster.db.prospection_models import InternationalisationRequest, Prospect
    from intercluster.services import internationalisation, prospection
    from intercluster.services.entities import resolve_entity

    added = {"prospects": 0, "requests": 0}
    cluster = prospection.cluster_of(uow, home)
    for spec in DEMO_PROSPECTS:
        company = resolve_entity(uow, spec["organisation"], field="organisation")
        if uow.session.scalar(
            select(Prospect.id).where(
                Prospect.cluster_id == cluster.id, Prospect.organisation_id == company.id
            )
        ):
            continue
        event = resolve_entity(uow, spec["source_event"], field="source_event")
        day = _first_day(event.start_date or "2021")
        prospect = prospection.create_prospect(
            uow,
            cluster_ref=cluster.id,
            data=prospection.ProspectCreate(
                organisation=company.id,
                owner=spec["owner"],
                interest=spec["interest"],
                next_action=spec["next_action"],
                source_event=event.id,
                since=day,
            ),
        )
        prospection.log_activity(
            uow,
            prospect,
            prospection.ActivityCreate(
                kind="meeting", summary=spec["meeting"], happened_on=day, event=event.id
            ),
        )
        prospection.move_prospect(
            uow, prospect, prospection.StageMove(stage="meeting", on=day, by=spec["owner"])
        )
        added["prospects"] += 1
    requester = resolve_entity(uow, DEMO_REQUEST["organisation"], field="organisation")
    if not uow.session.scalar(
        select(InternationalisationRequest.id).where(
            InternationalisationRequest.organisation_id == requester.id,
            InternationalisationRequest.goal == DEMO_REQUEST["goal"],
        )
    ):
        internationalisation.create_request(
            uow,
            cluster_ref=cluster.id,
            data=internationalisation.RequestCreate(**DEMO_REQUEST),
        )
        added["requests"] += 1
    return added
