"""Pages of accounts: sign in and out, one's account and tokens, users (admins), a member's page."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from intercluster.domain.accounts import ROLES, SCOPES, Role
from intercluster.errors import InterclusterError, InvalidInput
from intercluster.i18n import gettext_
from intercluster.services import accounts, partnering
from intercluster.services.overview import entity_url
from intercluster.web.deps import DatabaseDep
from intercluster.web.pages.rendering import render
from intercluster.web.security.auth import SESSION_COOKIE, principal_of
from intercluster.web.security.session import client_address, login_limiter, set_session_cookie

router = APIRouter(include_in_schema=False)


def _safe_next(target: str | None) -> str | None:
    """Only a path of this site: never an open redirect elsewhere."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return None


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str | None = None) -> HTMLResponse:
    return render(request, "login.html", {"next": _safe_next(next) or "", "error": None})


@router.post("/login", response_class=HTMLResponse)
async def login(request: Request, database: DatabaseDep) -> Response:
    form = await request.form()
    email = str(form.get("email") or "").strip()
    password = str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or ""))
    context: dict[str, Any] = {"next": target or "", "email": email}
    limiter = login_limiter(request)
    address = client_address(request)
    wait = limiter.retry_after(email.lower(), address)
    if wait:
        message = gettext_("Too many failed attempts. Try again in {seconds} s.").format(
            seconds=wait
        )
        response = render(request, "login.html", {**context, "error": message}, status_code=429)
        response.headers["Retry-After"] = str(wait)
        return response
    with database.uow() as uow:
        principal = accounts.authenticate(uow, email, password)
        secret = accounts.start_session(uow, principal) if principal else None
    if principal is None or secret is None:
        limiter.failed(email.lower(), address)
        message = gettext_("Wrong e-mail or password.")
        return render(request, "login.html", {**context, "error": message}, status_code=401)
    limiter.succeeded(email.lower(), address)
    home = "/me" if principal.role is Role.MEMBER else "/"
    redirect = RedirectResponse(target or home, status_code=303)
    set_session_cookie(request, redirect, secret)
    return redirect


@router.post("/logout")
def logout(request: Request, database: DatabaseDep) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        with database.uow() as uow:
            accounts.end_session(uow, secret)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _account_context(database: DatabaseDep, request: Request, **extra: Any) -> dict[str, Any]:
    principal = principal_of(request)
    assert principal is not None  # the policy lets only signed-in users here
    with database.uow() as uow:
        tokens = [
            {
                "id": t.id,
                "name": t.name,
                "prefix": t.prefix,
                "scope": t.scope,
                "created_at": t.created_at,
                "expires_at": t.expires_at,
                "last_used_at": t.last_used_at,
                "revoked": t.revoked_at is not None or accounts.is_expired(t.expires_at),
            }
            for t in accounts.list_tokens(uow, principal.user_id)
        ]
    return {"me": principal, "tokens": tokens, "scopes": SCOPES, "secret": None, "error": None,
            **extra}  # fmt: skip


@router.get("/account", response_class=HTMLResponse)
def account(request: Request, database: DatabaseDep) -> HTMLResponse:
    return render(request, "account.html", _account_context(database, request))


@router.post("/account/tokens", response_class=HTMLResponse)
async def create_token(request: Request, database: DatabaseDep) -> HTMLResponse:
    principal = principal_of(request)
    assert principal is not None
    form = await request.form()
    scope = str(form.get("scope") or "read")
    try:
        with database.uow() as uow:
            _token, secret = accounts.create_token(
                uow, principal.user_id, name=str(form.get("name") or ""), scope=scope
            )
    except InterclusterError as error:
        context = _account_context(database, request, error=error.message)
        return render(request, "account.html", context, status_code=error.status_code)
    return render(request, "account.html", _account_context(database, request, secret=secret))


@router.post("/account/tokens/{token_id}/revoke")
def revoke_token(request: Request, token_id: int, database: DatabaseDep) -> Response:
    principal = principal_of(request)
    assert principal is not None
    with database.uow() as uow:
        accounts.revoke_token(uow, token_id, user_id=principal.user_id)
    return RedirectResponse("/account", status_code=303)


@router.post("/account/password", response_class=HTMLResponse)
async def change_password(request: Request, database: DatabaseDep) -> Response:
    principal = principal_of(request)
    assert principal is not None
    form = await request.form()
    try:
        with database.uow() as uow:
            if accounts.authenticate(uow, principal.email, str(form.get("current") or "")) is None:
                raise InvalidInput(gettext_("The current password is wrong."), field="current")
            accounts.update_user(uow, principal.user_id, password=str(form.get("new") or ""))
    except InterclusterError as error:
        context = _account_context(database, request, error=error.message)
        return render(request, "account.html", context, status_code=error.status_code)
    # Changing the password ends every session, this one too: sign in with the new one.
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def _users_page(request: Request, database: DatabaseDep, **extra: Any) -> dict[str, Any]:
    with database.uow() as uow:
        users = [
            {
                "id": u.id,
                "email": u.email,
                "name": u.name,
                "role": u.role,
                "active": u.active,
                "organisation": u.organisation.name if u.organisation else None,
                "last_login_at": u.last_login_at,
            }
            for u in accounts.list_users(uow)
        ]
    return {"users": users, "roles": ROLES, "error": None, "form": {}, **extra}


@router.get("/admin/users", response_class=HTMLResponse)
def users(request: Request, database: DatabaseDep) -> HTMLResponse:
    return render(request, "users.html", _users_page(request, database))


@router.post("/admin/users", response_class=HTMLResponse)
async def create_user(request: Request, database: DatabaseDep) -> Response:
    form = {k: str(v) for k, v in (await request.form()).items() if k != "csrf_token"}
    try:
        with database.uow() as uow:
            accounts.create_user(
                uow,
                email=form.get("email", ""),
                password=form.get("password", ""),
                role=form.get("role", ""),
                name=form.get("name") or None,
                organisation=form.get("organisation") or None,
            )
    except InterclusterError as error:
        form.pop("password", None)
        context = _users_page(request, database, error=error.message, form=form)
        return render(request, "users.html", context, status_code=error.status_code)
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{user_id}", response_class=HTMLResponse)
async def update_user(request: Request, user_id: int, database: DatabaseDep) -> Response:
    form = await request.form()
    role = str(form.get("role") or "") or None
    active = {"true": True, "false": False}.get(str(form.get("active") or ""))
    try:
        with database.uow() as uow:
            accounts.update_user(uow, user_id, role=role, active=active)
    except InterclusterError as error:
        context = _users_page(request, database, error=error.message)
        return render(request, "users.html", context, status_code=error.status_code)
    return RedirectResponse("/admin/users", status_code=303)


@router.get("/me", response_class=HTMLResponse)
def my_company(request: Request, database: DatabaseDep) -> HTMLResponse:
    """A member company's own page: its profile, its meetings at events."""
    principal = principal_of(request)
    assert principal is not None
    organisation = None
    agendas: list[partnering.Agenda] = []
    with database.uow() as uow:
        if principal.organisation_id is not None:
            entity = uow.entities.get(principal.organisation_id)
            if entity is not None:
                organisation = {
                    "name": entity.name,
                    "url": entity_url(entity),
                    "country": entity.country,
                }
                agendas = partnering.agendas_of_organisation(uow, entity.id)
    return render(request, "me.html", {"organisation": organisation, "agendas": agendas})
