"""Turning HTML form posts into the services' schemas, and their errors into inline messages."""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData

from intercluster.domain.normalize import is_digits
from intercluster.errors import InterclusterError, InvalidInput

ENTITY_TEXT_FIELDS = (
    "name", "type", "country", "region", "city", "website", "description",
    "start_date", "end_date", "format", "attendance", "status", "programme",
)  # fmt: skip
ATTRIBUTE_FIELDS = ("role", "kind", "since", "level", "note")


def form_values(form: FormData) -> dict[str, Any]:
    """The posted form as plain values, lists kept for repeated fields (sectors)."""
    values: dict[str, Any] = {}
    for key in form:
        items = [str(v) for v in form.getlist(key)]
        values[key] = items if key == "sectors" else items[-1]
    return values


def entity_payload(values: dict[str, Any], *, for_update: bool) -> dict[str, Any]:
    """Fields for EntityCreate/EntityUpdate: blanks mean "none" (and clear a field on update)."""
    payload: dict[str, Any] = {}
    for name in ENTITY_TEXT_FIELDS:
        if name not in values:
            continue
        text = str(values[name]).strip()
        if text:
            payload[name] = text
        elif for_update and name not in ("name", "type"):
            payload[name] = None
    payload["aliases"] = [a.strip() for a in str(values.get("aliases", "")).split(",") if a.strip()]
    payload["sectors"] = list(values.get("sectors", []))
    if for_update and is_digits(str(values.get("version", ""))):
        payload["version"] = int(values["version"])
    return payload


def relation_attributes(values: dict[str, Any]) -> dict[str, str]:
    return {
        name: str(values[f"attr_{name}"]).strip()
        for name in ATTRIBUTE_FIELDS
        if str(values.get(f"attr_{name}", "")).strip()
    }


ENTITY_FORM_FIELDS = frozenset({*ENTITY_TEXT_FIELDS, "aliases", "sectors"})


def inline_errors(
    error: InterclusterError, known: frozenset[str] = ENTITY_FORM_FIELDS
) -> dict[str, str]:
    """{field: message} for the form, the field's name not repeated in its own message.

    An error about something the form has no input for (a stale version, a
    duplicate) goes to the top of the form, under "form", with its field named.
    """
    field = error.field or "form"
    message = error.message
    for prefix in (f"{field}: ", f"{field.split('.')[-1]}: "):
        if message.startswith(prefix):
            message = message[len(prefix) :]
            break
    if field not in known and not field.startswith("attributes."):
        return {"form": error.message}
    return {field: message}


def parse_year(value: str | None) -> int | None:
    """A year from a filter form, where an empty string means "any year"."""
    if value is None or not value.strip():
        return None
    if not is_digits(value.strip()) or not 1900 <= int(value) <= 2200:
        raise InvalidInput(f"year: {value!r} is not a year", field="year")
    return int(value)
