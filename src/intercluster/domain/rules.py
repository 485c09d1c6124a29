"""Rules a relation must follow: which types a predicate joins, which attributes it takes."""

from __future__ import annotations

from typing import Any

from intercluster.domain.normalize import normalize_choice, normalize_date
from intercluster.domain.vocabulary import (
    PREDICATES,
    EntityType,
    Predicate,
    PredicateRule,
    RelationStatus,
)
from intercluster.errors import InvalidInput

# Listed once: iterating an enum costs more than the check itself (bulk imports call these
# a million times).
_TYPE_NAMES = tuple(t.value for t in EntityType)
_PREDICATE_NAMES = tuple(p.value for p in Predicate)
_STATUS_NAMES = tuple(s.value for s in RelationStatus)


def parse_entity_type(value: str, *, field: str = "type") -> EntityType:
    return EntityType(normalize_choice(value, _TYPE_NAMES, field=field, what="entity type"))


def parse_predicate(value: str, *, field: str = "predicate") -> Predicate:
    return Predicate(normalize_choice(value, _PREDICATE_NAMES, field=field, what="predicate"))


def parse_status(value: str, *, field: str = "status") -> RelationStatus:
    return RelationStatus(normalize_choice(value, _STATUS_NAMES, field=field, what="status"))


def check_relation_types(
    predicate: Predicate, subject_type: EntityType, object_type: EntityType
) -> PredicateRule:
    rule = PREDICATES[predicate]
    if subject_type not in rule.subjects:
        allowed = ", ".join(sorted(t.value for t in rule.subjects))
        raise InvalidInput(
            f"subject: a {subject_type.value} cannot be the subject of {predicate.value} "
            f"(allowed: {allowed})",
            field="subject",
        )
    if object_type not in rule.objects:
        allowed = ", ".join(sorted(t.value for t in rule.objects))
        raise InvalidInput(
            f"object: a {object_type.value} cannot be the object of {predicate.value} "
            f"(allowed: {allowed})",
            field="object",
        )
    return rule


def normalize_attributes(predicate: Predicate, attributes: dict[str, Any] | None) -> dict[str, Any]:
    """Check and normalise a relation's attributes against its predicate's table.

    Entity-valued attributes (the event of a meeting) are returned untouched:
    resolving them needs the registry, which the caller has.
    """
    rule = PREDICATES[predicate]
    result: dict[str, Any] = {}
    for name, value in (attributes or {}).items():
        field = f"attributes.{name}"
        spec = rule.attributes.get(name)
        if spec is None:
            known = ", ".join(sorted(rule.attributes)) or "none"
            raise InvalidInput(
                f"{field}: {predicate.value} has no attribute {name!r} (known: {known})",
                field=field,
            )
        if value is None or value == "":
            continue
        if spec.kind == "choice":
            result[name] = normalize_choice(str(value), spec.choices, field=field, what=name)
        elif spec.kind == "date":
            result[name] = normalize_date(value, field=field)
        elif spec.kind == "int":
            result[name] = _to_int(value, field)
        elif spec.kind == "number":
            result[name] = _to_number(value, field)
        elif spec.kind == "text":
            if not isinstance(value, str):
                raise InvalidInput(f"{field}: expected text, got {value!r}", field=field)
            result[name] = value.strip()
        else:
            result[name] = value
    return result


def _to_int(value: Any, field: str) -> int:
    if isinstance(value, bool):
        raise InvalidInput(f"{field}: expected a whole number, got {value!r}", field=field)
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise InvalidInput(f"{field}: expected a whole number, got {value!r}", field=field) from exc
    if number < 0:
        raise InvalidInput(f"{field}: must not be negative", field=field)
    return number


def _to_number(value: Any, field: str) -> float:
    if isinstance(value, bool):
        raise InvalidInput(f"{field}: expected a number, got {value!r}", field=field)
    try:
        number = float(str(value).strip())
    except ValueError as exc:
        raise InvalidInput(f"{field}: expected a number, got {value!r}", field=field) from exc
    if not 0.0 <= number <= 1.0:
        raise InvalidInput(f"{field}: must be between 0 and 1", field=field)
    return number
