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
from intercluster.web.errors import install_error_handlers
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
        responses=AUTH_RESPONSES,
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
    _declare_bearer_auth(app)
    return app


_ERROR_SCHEMA = {
    "type": "object",
    "properties": {"error": {"type": "object"}},
    "required": ["error"],
}
_AS_JSON = {"application/json": {"schema": _ERROR_SCHEMA}}
AUTH_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "Not signed in, or a bad token", "content": _AS_JSON},
    403: {"description": "Signed in, not allowed", "content": _AS_JSON},
}


def _declare_bearer_auth(app: FastAPI) -> None:
    """Say in the OpenAPI document that routes take `Authorization: Bearer TOKEN`."""
    plain_openapi = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = plain_openapi()
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer"}
            }
            schema["security"] = [{"bearer": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
