"""The session cookie and the sign-in limiter, as the pages and the API use them."""

from __future__ import annotations

from fastapi import Request, Response

from intercluster.services.accounts import SESSION_LIFETIME
from intercluster.web.security.auth import SESSION_COOKIE
from intercluster.web.security.ratelimit import LoginLimiter


def login_limiter(request: Request) -> LoginLimiter:
    state = request.app.state
    if not hasattr(state, "login_limiter"):
        state.login_limiter = LoginLimiter()
    limiter: LoginLimiter = state.login_limiter
    return limiter


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def set_session_cookie(request: Request, response: Response, secret: str) -> None:
    """HttpOnly, SameSite=Lax; Secure when served over HTTPS (or when the settings say so)."""
    settings = request.app.state.settings
    secure = request.url.scheme == "https" or settings.cookie_secure
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        path="/",
        httponly=True,
        samesite="lax",
        secure=secure,
    )
