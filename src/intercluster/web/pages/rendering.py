"""Templates, their filters, the request's language, and the one way pages answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup, escape

from intercluster.domain.accounts import can_read_all, can_write
from intercluster.domain.normalize import country_name
from intercluster.i18n import (
    LANGUAGES,
    current_language,
    format_iso_date,
    format_number,
    gettext_,
    ngettext_,
    pick_language,
)
from intercluster.services.overview import entity_url

TEMPLATES_DIR = Path(__file__).resolve().parents[1] / "templates"
STATIC_DIR = Path(__file__).resolve().parents[1] / "static"
environment = Environment(
    loader=FileSystemLoader(TEMPLATES_DIR),
    autoescape=select_autoescape(["html"]),
    extensions=["jinja2.ext.i18n"],
    trim_blocks=True,
    lstrip_blocks=True,
)
templates = Jinja2Templates(env=environment)
environment.install_gettext_callables(gettext_, ngettext_, newstyle=True)  # type: ignore[attr-defined]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class LanguageMiddleware:
    """Set the request's interface language (cookie, then Accept-Language) for the templates."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        cookies = dict(
            part.strip().split("=", 1)
            for part in headers.get("cookie", "").split(";")
            if "=" in part
        )
        token = current_language.set(
            pick_language(cookies.get("lang"), headers.get("accept-language"))
        )
        try:
            await self.app(scope, receive, send)
        finally:
            current_language.reset(token)


def highlight(text: str, start: int, end: int) -> Markup:
    """The text with one span marked, everything escaped."""
    start, end = max(0, start), min(len(text), end)
    return Markup('{}<mark id="evidence">{}</mark>{}').format(
        escape(text[:start]), escape(text[start:end]), escape(text[end:])
    )


def query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from the current filters with some changed (None drops a key)."""
    merged = {**params, **changes}
    pairs = []
    for key, value in merged.items():
        if value in (None, "", []):
            continue
        for item in value if isinstance(value, list) else [value]:
            pairs.append((key, item))
    return "?" + urlencode(pairs) if pairs else "?"


def words(value: str | None) -> str:
    """A vocabulary word for people: participated_in -> participated in."""
    return gettext_((value or "").replace("_", " "))


environment.filters.update(
    date=format_iso_date,
    number=format_number,
    country=lambda code: country_name(code) or "",
    words=words,
)


@pass_context
def csrf_field(context: Context) -> Markup:
    """The hidden CSRF input of a form posted with the session cookie (see web.security)."""
    token = context.get("csrf_token")
    if not token:
        return Markup("")
    return Markup('<input type="hidden" name="csrf_token" value="{}">').format(token)


environment.globals.update(
    LANGUAGES=LANGUAGES,
    query=query,
    highlight=highlight,
    entity_url=entity_url,
    csrf_field=csrf_field,
)


def render(
    request: Request, template: str, context: dict[str, Any], *, status_code: int = 200
) -> HTMLResponse:
    principal = getattr(request.state, "principal", None)
    context = {
        "language": current_language.get(),
        "principal": principal,
        "csrf_token": getattr(request.state, "csrf_token", None),
        # Members of the cluster's companies see public profiles only (web.security.policy).
        "sees_network": principal is not None and can_read_all(principal.role),
        "can_edit": principal is not None
        and can_write(principal.role)
        and principal.scope.value == "write",
        **context,
    }
    return templates.TemplateResponse(request, template, context, status_code=status_code)


def is_htmx(request: Request) -> bool:
    return request.headers.get("HX-Request") == "true"
