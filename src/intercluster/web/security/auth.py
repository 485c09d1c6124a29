"""Signing requests in, checking the access rules, CSRF, and the security headers.

`authorise` is a dependency of the whole application, so every route, API or
page, present or added later, runs it: it reads the bearer token or the session
cookie, asks `policy.decide`, checks the CSRF token of cookie-signed changes,
and sets who acts for the audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import quote, urlsplit

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from intercluster.db.audit import Actor, current_actor
from intercluster.db.uow import Database
from intercluster.services import accounts
from intercluster.services.accounts import Principal
from intercluster.web.security.policy import READ_METHODS, Decision, decide

SESSION_COOKIE = "intercluster_session"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
# Changes that need no CSRF token: signing in (there is no session yet to forge).
CSRF_EXEMPT = frozenset({"/login"})

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        # Style attributes (bar widths, map colours) are drawn server-side; scripts are not.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
)


class SignInRequired(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Forbidden(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def csrf_token_for(session_secret: str) -> str:
    """The CSRF token of a session: derived from its secret, which only the cookie holds."""
    return hmac.new(session_secret.encode(), b"csrf", hashlib.sha256).hexdigest()


def principal_of(request: Request) -> Principal | None:
    principal: Principal | None = getattr(request.state, "principal", None)
    return principal


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def _lookup(database: Database, bearer: str | None, cookie: str | None) -> Principal | None:
    with database.uow() as uow:
        if bearer is not None:
            return accounts.token_principal(uow, bearer)
        if cookie is not None:
            return accounts.session_principal(uow, cookie)
        return None


def _same_origin(request: Request) -> bool:
    """False only when the browser says the request comes from another site."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin != "null"
    return urlsplit(origin).netloc == request.headers.get("host", request.url.netloc)


async def _csrf_ok(request: Request, session_secret: str) -> bool:
    expected = csrf_token_for(session_secret)
    given = request.headers.get(CSRF_HEADER)
    if given is None:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()  # cached on the request: the route reads it again
            value = form.get(CSRF_FIELD)
            given = value if isinstance(value, str) else None
    return given is not None and hmac.compare_digest(given, expected)


async def authorise(request: Request) -> None:
    """The application-wide dependency: who is asking, may they, and who acts for the audit."""
    database: Database = request.app.state.database
    bearer = _bearer(request)
    cookie = None if bearer else request.cookies.get(SESSION_COOKIE)
    principal = None
    if bearer or cookie:
        principal = await run_in_threadpool(_lookup, database, bearer, cookie)
    if bearer and principal is None:
        raise SignInRequired("the token is unknown, expired or revoked")
    request.state.principal = principal
    request.state.csrf_token = csrf_token_for(cookie) if principal and cookie else None
    decision = decide(request.method, request.url.path, principal)
    if decision is Decision.SIGN_IN:
        raise SignInRequired("sign in first: a session or an `Authorization: Bearer` token")
    if decision is Decision.FORBID:
        raise Forbidden("your account may not do this")
    # The sign-in form has no session to hold a token yet; another site posting it
    # (login CSRF: signing the victim into the attacker's account) is told by its Origin.
    if request.url.path in CSRF_EXEMPT and request.method == "POST" and not _same_origin(request):
        raise Forbidden("the sign-in form comes from another site (CSRF check)")
    if (
        principal is not None
        and cookie is not None
        and request.method not in READ_METHODS
        and request.url.path not in CSRF_EXEMPT
        and not (_same_origin(request) and await _csrf_ok(request, cookie))
    ):
        raise Forbidden("the form is stale or comes from elsewhere (CSRF check); reload the page")
    # Sync routes run in a thread with a copy of this context: they see the actor.
    actor = Actor(principal.label, principal.user_id) if principal else Actor("anonymous")
    current_actor.set(actor)


def _wants_page(request: Request) -> bool:
    return not request.url.path.startswith("/api/") and request.method in READ_METHODS


def install(app: FastAPI) -> None:
    from intercluster.web.errors import error_body, html_error, wants_html

    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, exc: SignInRequired) -> Response:
        if _wants_page(request) and not _bearer(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target)}", status_code=303)
        if wants_html(request):
            return html_error(request, 401, exc.message)
        return JSONResponse(
            error_body("unauthorized", exc.message),
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        if wants_html(request):
            return html_error(request, 403, exc.message)
        return JSONResponse(error_body("forbidden", exc.message), status_code=403)


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeadersMiddleware:
    """The same security headers on every response: pages, API, assets, errors."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)
