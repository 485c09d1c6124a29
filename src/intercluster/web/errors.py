"""One JSON error shape for every failure, and its description in the OpenAPI document.

`{"error": {"code", "message", "field"?, "details"?}}`, whatever went wrong.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from intercluster.errors import InterclusterError

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
}


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable, for scripts: invalid_input, not_found, conflict, ...")
    message: str = Field(description="For people: what went wrong and, often, how to fix it")
    field: str | None = Field(None, description="The input at fault, when there is one")
    details: Any = Field(None, description="More, by code: each problem, the existing record")


class ErrorBody(BaseModel):
    """What every failure answers."""

    error: ErrorDetail


ERROR_DESCRIPTIONS = {
    400: "The body cannot be read: not UTF-8 JSON, or a broken form",
    401: "Not signed in, or an unknown, expired or revoked token",
    403: "Signed in, but not allowed",
    404: "A record the request names does not exist",
    409: "The change clashes with the registry: a duplicate, a rule, or someone else's edit",
    422: "Invalid input; `field` names it",
    429: "Too many failed attempts; see Retry-After",
    503: "Something the answer needs is missing on the server (a system library, fonts)",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of routes that may fail with these statuses, in the one error shape."""
    return {
        status: {"model": ErrorBody, "description": ERROR_DESCRIPTIONS[status]}
        for status in statuses
    }


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "message": message,
            **{k: v for k, v in extra.items() if v is not None},
        }
    }


def _field_of(loc: tuple[Any, ...]) -> str:
    # Drop the "body"/"query"/"path" prefix: users name the field, not where it travelled.
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path"):
        parts = parts[1:]
    return ".".join(parts) or "body"


def wants_html(request: Request) -> bool:
    """A person's browser on a page, rather than a script on the API."""
    if request.url.path.startswith("/api/"):
        return False
    return "text/html" in request.headers.get("accept", "")


def html_error(request: Request, status: int, message: str) -> Response:
    # Imported here: the page machinery (templates, i18n) is not needed by API-only errors.
    from intercluster.i18n import gettext_
    from intercluster.web.pages.rendering import render

    titles = {404: "Not found", 405: "Not allowed", 422: "Invalid input", 409: "Conflict"}
    title = gettext_(titles.get(status, "Something went wrong"))
    return render(
        request,
        "error.html",
        {"status": status, "title": title, "message": message},
        status_code=status,
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(InterclusterError)
    async def _domain_error(request: Request, exc: InterclusterError) -> Response:
        if wants_html(request):
            return html_error(request, exc.status_code, exc.message)
        return JSONResponse({"error": exc.to_dict()}, status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for error in exc.errors():
            field = _field_of(tuple(error.get("loc", ())))
            message = str(error.get("msg", "")).removeprefix("Value error, ")
            if error.get("type") == "json_invalid":
                # FastAPI puts the character's position where a field's name goes.
                reason = error.get("ctx", {}).get("error", message)
                field, message = "body", f"not valid JSON at character {field}: {reason}"
            problems.append({"field": field, "message": message, "type": error.get("type")})
        first = problems[0] if problems else {"field": "body", "message": "invalid request"}
        if wants_html(request):
            return html_error(request, 422, f"{first['field']}: {first['message']}")
        return JSONResponse(
            error_body(
                "invalid_input",
                f"{first['field']}: {first['message']}",
                field=first["field"],
                details=problems,
            ),
            status_code=422,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        if wants_html(request):
            return html_error(request, exc.status_code, str(exc.detail))
        return JSONResponse(
            error_body(code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers
        )

    # A number or a text beyond what a column holds (an id past 2**63 on SQLite, past
    # 2**31 or a name longer than its column on PostgreSQL): the request's fault, not ours.
    @app.exception_handler(OverflowError)
    @app.exception_handler(DataError)
    async def _out_of_range(request: Request, exc: Exception) -> Response:
        message = "a value is out of the range the database can store (too large or too long)"
        if wants_html(request):
            return html_error(request, 422, message)
        return JSONResponse(error_body("invalid_input", message), status_code=422)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error", exc_info=exc)
        return JSONResponse(
            error_body("internal_error", "the server failed to answer; the error is logged"),
            status_code=500,
        )
