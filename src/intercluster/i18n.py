"""Interface languages: English (the source) and French, from gettext catalogues.

Catalogues are the `.po` files under `locales/`; they are compiled in memory
when first used, so there is no build step and the `.po` file stays the one
source of truth. The language of the request being served lives in a context
variable, which the templates' `_()` and the formatting filters read.
"""

from __future__ import annotations

import gettext
import io
from contextvars import ContextVar
from datetime import date
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LOCALES_DIR = Path(__file__).parent / "locales"
LANGUAGES = {"en": "English", "fr": "Français"}
DEFAULT_LANGUAGE = "en"

# Messages chosen at run time (titles, headings), listed so the catalogue tool sees them.
RUNTIME_MESSAGES = (
    "Not found", "Not allowed", "Invalid input", "Conflict", "Something went wrong",
    "Organisations", "Events", "Projects", "New organisation", "New event", "New project",
    "admin", "editor", "viewer", "member", "read", "write", "insert", "update", "delete",
)  # fmt: skip

current_language: ContextVar[str] = ContextVar("current_language", default=DEFAULT_LANGUAGE)


@lru_cache
def translations(language: str) -> gettext.NullTranslations:
    po_file = LOCALES_DIR / language / "LC_MESSAGES" / "messages.po"
    if not po_file.is_file():
        return gettext.NullTranslations()
    with po_file.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def gettext_(message: str) -> str:
    return translations(current_language.get()).gettext(message)


def ngettext_(singular: str, plural: str, n: int) -> str:
    return translations(current_language.get()).ngettext(singular, plural, n)


def pick_language(cookie: str | None, accept_language: str | None) -> str:
    """The user's choice (cookie), else the browser's preference, else English."""
    if cookie in LANGUAGES:
        return cookie
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def format_iso_date(value: str | None) -> str:
    """A partial ISO date ("2021", "2021-06", "2021-06-14") in the current language."""
    if not value:
        return ""
    locale = Locale.parse(current_language.get())
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return format_date(date(int(parts[0]), int(parts[1]), 1), "LLLL y", locale=locale)
        return format_date(date.fromisoformat(value), "long", locale=locale)
    except ValueError:
        return value


def format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    return format_decimal(value, locale=current_language.get())
