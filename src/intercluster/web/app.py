"""The application factory: one FastAPI app serving the API (and, later, the pages)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from intercluster import __version__
from intercluster.config import Settings, get_settings
from intercluster.db.uow import Database
from intercluster.web import docs
from intercluster.web.api import (
    analytics,
    audit,
    auth,
    entities,
    meta,
    partnering,
    relations,
    review,
    sources,
)
from intercluster.web.api import programme as programme_api
from intercluster.web.api import prospection as prospection_api
from intercluster.web.errors import ERROR_DESCRIPTIONS, error_responses, install_error_handlers
from intercluster.web.pages import accounts as account_pages
from intercluster.web.pages import analytics as analytics_pages
from intercluster.web.pages import audit as audit_pages
from intercluster.web.pages import events_programme as programme_pages
from intercluster.web.pages import overview as overview_pages
from intercluster.web.pages import partnering as partnering_pages
from intercluster.web.pages import prospection as prospection_pages
from intercluster.web.pages import registry as registry_pages
from intercluster.web.pages import review as review_pages
from intercluster.web.pages.rendering import STATIC_DIR, LanguageMiddleware
from intercluster.web.security import auth as security
from intercluster.web.security.policy import may_forbid

API_PREFIX = "/api/v1"


def create_app(*, settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(
        title="intercluster",
        version=__version__,
        description=(
            "The international partnership network of an innovation cluster: organisations, "
            "people, events, projects and the dated, typed relations between them, each with "
            "its sources. Lists answer `{data, count}`; errors answer "
            '`{"error": {"code", "message", "field"}}`.'
        ),
        docs_url=None,  # served by web.docs from vendored files, not a CDN
        redoc_url=None,
        openapi_url=f"{API_PREFIX}/openapi.json",
        # Every route, present or added later, goes through the access rules (web.security).
        dependencies=[Depends(security.authorise)],
        # Any route answers 401 to an unknown token, even an open one (web.security).
        responses=error_responses(401),
    )
    app.state.settings = settings
    app.state.database = database or Database(settings.database_url)
    install_error_handlers(app)
    security.install(app)
    api = APIRouter(prefix=API_PREFIX)
    api.include_router(meta.router)
    api.include_router(auth.router)
    api.include_router(audit.router)
    for router in entities.ROUTERS:
        api.include_router(router)
    api.include_router(relations.router)
    api.include_router(sources.router)
    api.include_router(review.router)
    api.include_router(analytics.router)
    api.include_router(partnering.router)
    api.include_router(programme_api.router)
    for router in prospection_api.ROUTERS:
        api.include_router(router)
    app.include_router(api)
    app.include_router(docs.router)
    app.include_router(account_pages.router)
    app.include_router(audit_pages.router)
    app.include_router(overview_pages.router)
    app.include_router(analytics_pages.router)
    app.include_router(review_pages.router)
    app.include_router(partnering_pages.router)
    app.include_router(programme_pages.router)
    app.include_router(prospection_pages.router)
    app.include_router(registry_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(LanguageMiddleware)
    app.add_middleware(security.SecurityHeadersMiddleware)
    _complete_openapi(app)
    return app


def _complete_openapi(app: FastAPI) -> None:
    """Finish the OpenAPI document with what FastAPI cannot see from the routes."""
    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = plain_openapi()
            components = schema.setdefault("components", {})
            components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
            schema["security"] = [{"bearer": []}]
            _declare_errors(schema)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _error(status: int) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/ErrorBody"}
    return {
        "description": ERROR_DESCRIPTIONS[status],
        "content": {"application/json": {"schema": schema}},
    }


def _declare_errors(schema: dict[str, Any]) -> None:
    """A 403 wherever the access rules (security.policy) refuse someone, a 400 wherever
    a body is read, and 422s in the app's error shape, not the one FastAPI describes.

    The 403s follow the rules as the rules follow the routes: by method and path, so a
    router added later declares them from its first line.
    """
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            responses = operation["responses"]
            if "422" in responses:
                responses["422"] = _error(422)
            if "requestBody" in operation:  # FastAPI's answer to a body it cannot parse
                responses.setdefault("400", _error(400))
            if "403" not in responses and may_forbid(method.upper(), path):
                responses["403"] = _error(403)
    for unused in ("HTTPValidationError", "ValidationError"):
        schema["components"].get("schemas", {}).pop(unused, None)
