"""Entity use cases against a real database."""

from __future__ import annotations

import pytest

from intercluster.db.repositories import EntityFilter
from intercluster.db.uow import Database
from intercluster.domain.vocabulary import EntityKind
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.schemas import EntityCreate, EntityUpdate, RelationCreate
from intercluster.services import entities as service
from intercluster.services.relations import create_relation
from tests.conftest import unique


def add(database: Database, **fields: object) -> int:
    fields.setdefault("name", unique())
    fields.setdefault("type", "cluster")
    with database.uow() as uow:
        return service.create_entity(uow, data=EntityCreate.model_validate(fields)).id


def test_create_normalises_and_reads_back(database: Database) -> None:
    entity_id = add(
        database,
        name="Tartù Biocluster",
        country="Estonia",
        sectors=["Biotherapies"],
        aliases=["Tartu Biocluster", "TBC", "TBC"],
    )
    with database.uow() as uow:
        public = service.to_public(service.get_entity(uow, entity_id))
    assert public.country == "EE"
    assert public.country_name == "Estonia"
    assert public.sectors == ["biotherapies"]
    # An alias that only differs from the name by accents or case adds nothing to search.
    assert public.aliases == ["TBC"]
    assert public.key == "tartu-biocluster"
    assert public.kind == "organisation"


def test_same_name_twice_is_a_conflict(database: Database) -> None:
    add(database, name="BioWin", type="cluster")
    with pytest.raises(Conflict) as caught:
        add(database, name="biowin ", type="cluster")
    assert caught.value.field == "name"
    with database.uow() as uow:
        assert uow.entities.page(EntityFilter(q="biowin"), limit=10, offset=0)[1] == 1


def test_keys_from_names_never_collide(database: Database) -> None:
    first = add(database, name="Medicen", type="cluster")
    second = add(database, name="Medicen", type="place")  # another kind may share a name
    with database.uow() as uow:
        assert service.get_entity(uow, first).key == "medicen"
        assert service.get_entity(uow, second).key == "medicen-2"
    with pytest.raises(Conflict, match="key"):
        add(database, name=unique(), key="medicen")


def test_event_fields_only_on_events(database: Database) -> None:
    with pytest.raises(InvalidInput) as caught:
        add(database, type="cluster", format="virtual")
    assert caught.value.field == "format"
    with pytest.raises(InvalidInput, match="end_date"):
        add(database, type="event", start_date="2021-06-14", end_date="2021-06-10")
    event_id = add(database, type="event", start_date="2021-06", format="virtual", attendance=300)
    with database.uow() as uow:
        assert service.get_entity(uow, event_id).format == "virtual"


def test_update_is_partial_and_guarded_by_version(database: Database) -> None:
    entity_id = add(database, name="BioM", country="DE", sectors=["biotech"])
    with database.uow() as uow:
        entity = service.update_entity(
            uow,
            entity_id=entity_id,
            data=EntityUpdate(city="Munich", aliases=["BioM GmbH"], version=1),
        )
        assert entity.version == 2
    with database.uow() as uow:
        entity = service.get_entity(uow, entity_id)
        assert (entity.country, entity.city, entity.alias_names) == ("DE", "Munich", ["BioM GmbH"])
    with pytest.raises(Conflict) as caught, database.uow() as uow:
        service.update_entity(uow, entity_id=entity_id, data=EntityUpdate(city="Berlin", version=1))
    assert caught.value.field == "version"
    with pytest.raises(InvalidInput, match="cannot become"), database.uow() as uow:
        service.update_entity(uow, entity_id=entity_id, data=EntityUpdate(type="event"))
    with database.uow() as uow:
        assert service.get_entity(uow, entity_id).city == "Munich"


def test_delete_takes_the_relations_along(database: Database) -> None:
    a, b = add(database), add(database)
    with database.uow() as uow:
        create_relation(uow, data=RelationCreate(subject=a, predicate="partner_of", object=b))
    with database.uow() as uow:
        service.delete_entity(uow, entity_id=b)
    with database.uow() as uow:
        assert uow.relations.touching(a) == []
        with pytest.raises(NotFound):
            service.get_entity(uow, b)


def test_resolve_by_id_key_name_alias_and_suggest(database: Database) -> None:
    entity_id = add(
        database, name="Council of European BioRegions", type="network", aliases=["CEBR"]
    )
    with database.uow() as uow:
        for ref in (
            entity_id,
            str(entity_id),
            "council-of-european-bioregions",
            "cebr",
            "council of european bioregions",
        ):
            assert service.resolve_entity(uow, ref).id == entity_id
        with pytest.raises(NotFound, match="did you mean 'Council of European BioRegions'"):
            service.resolve_entity(uow, "Council of Europaen BioRegions")
        with pytest.raises(NotFound):
            service.resolve_entity(uow, "cebr", kinds=(EntityKind.EVENT,))


def test_filters_and_pagination(database: Database) -> None:
    add(database, name="Alpha Bio", country="FR", sectors=["biotech"])
    add(database, name="Beta Bio", country="FR", type="company")
    add(database, name="Gamma Genomics", country="DE", sectors=["computational-genomics"])
    event = add(database, name="Summit 2021", type="event", start_date="2021-10")
    with database.uow() as uow:
        create_relation(
            uow,
            data=RelationCreate(
                subject="gamma-genomics", predicate="participated_in", object=event, date="2021-10"
            ),
        )

    def names(kind: EntityKind | None = EntityKind.ORGANISATION, **flt: object) -> list[str]:
        with database.uow() as uow:
            page = service.list_entities(
                uow, kind=kind, flt=EntityFilter(**flt), limit=50, offset=0
            )  # type: ignore[arg-type]
        return [e.name for e in page.data]

    assert names(country="FR") == ["Alpha Bio", "Beta Bio"]
    assert names(types=["company"]) == ["Beta Bio"]
    assert names(sector="computational-genomics") == ["Gamma Genomics"]
    assert names(q="bio") == ["Alpha Bio", "Beta Bio"]
    assert names(q="GENOMICS gamma") == ["Gamma Genomics"]
    assert names(predicate="participated_in") == ["Gamma Genomics"]
    assert names(year=2021) == ["Gamma Genomics"]
    assert names(kind=EntityKind.EVENT, year=2021) == ["Summit 2021"]
    assert names(year=2020) == []
    assert names(q="100%_") == []
    with database.uow() as uow:
        page = service.list_entities(
            uow, kind=EntityKind.ORGANISATION, flt=EntityFilter(), limit=2, offset=2
        )
    assert page.count == 3
    assert [e.name for e in page.data] == ["Gamma Genomics"]
    with pytest.raises(InvalidInput, match="type"), database.uow() as uow:
        service.list_entities(
            uow, kind=EntityKind.EVENT, flt=EntityFilter(types=["cluster"]), limit=5, offset=0
        )
