"""Routes of accounts: tokens for scripts, one's own account, and users (administrators)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from intercluster.db.accounts_models import ApiToken, User
from intercluster.domain.accounts import may_hold_write_token
from intercluster.schemas import UtcDateTime
from intercluster.services import accounts, partnering
from intercluster.web.deps import DatabaseDep
from intercluster.web.errors import error_body, error_responses
from intercluster.web.security.auth import principal_of
from intercluster.web.security.session import client_address, login_limiter

router = APIRouter(tags=["accounts"])

# A token obtained with a password lasts this long; make longer-lived ones on /auth/tokens.
LOGIN_TOKEN_DAYS = 30


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Annotated[str, Field(min_length=1, max_length=320)]
    password: Annotated[str, Field(min_length=1, max_length=1000)]


class AccessToken(BaseModel):
    access_token: str
    token_type: str = "bearer"
    scope: str
    expires_at: UtcDateTime | None


class Me(BaseModel):
    id: int
    email: str
    name: str | None
    role: str
    organisation_id: int | None
    scope: str = Field(description="What the credential of this request allows: read or write")


class TokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: Annotated[str, Field(min_length=1, max_length=200)]
    scope: Annotated[str, Field(pattern="^(read|write)$")] = "read"
    # Strict: a JSON `true` is not a number of days (lax pydantic would read it as 1).
    days: Annotated[int | None, Field(ge=1, le=3650, strict=True)] = None


class TokenPublic(BaseModel):
    id: int
    name: str
    prefix: str
    scope: str
    created_at: UtcDateTime
    expires_at: UtcDateTime | None
    revoked_at: UtcDateTime | None
    last_used_at: UtcDateTime | None


class NewToken(TokenPublic):
    access_token: str = Field(description="The secret: shown once, never again")
    token_type: str = "bearer"


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Annotated[str, Field(min_length=3, max_length=320)]
    password: Annotated[str, Field(min_length=1, max_length=1000)]
    role: Annotated[str, Field(pattern="^(admin|editor|viewer|member)$")]
    name: Annotated[str | None, Field(max_length=200)] = None
    organisation: Annotated[
        str | None, Field(max_length=300, description="The member company: id, key or name")
    ] = None


class UserUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Annotated[str | None, Field(pattern="^(admin|editor|viewer|member)$")] = None
    active: bool | None = None
    name: Annotated[str | None, Field(max_length=200)] = None
    password: Annotated[str | None, Field(min_length=1, max_length=1000)] = None


class UserPublic(BaseModel):
    id: int
    email: str
    name: str | None
    role: str
    organisation_id: int | None
    active: bool
    created_at: UtcDateTime
    last_login_at: UtcDateTime | None


def _token_public(token: ApiToken) -> TokenPublic:
    return TokenPublic.model_validate(token, from_attributes=True)


def _user_public(user: User) -> UserPublic:
    return UserPublic.model_validate(user, from_attributes=True)


@router.post(
    "/auth/token",
    response_model=AccessToken,
    summary="Exchange an e-mail and password for a bearer token",
    responses=error_responses(429),
)
def token(body: Credentials, request: Request, database: DatabaseDep) -> Response | AccessToken:
    limiter = login_limiter(request)
    account, address = body.email.strip().lower(), client_address(request)
    wait = limiter.retry_after(account, address)
    if wait:
        return JSONResponse(
            error_body("too_many_attempts", f"too many failed attempts; retry in {wait} s"),
            status_code=429,
            headers={"Retry-After": str(wait)},
        )
    with database.uow() as uow:
        principal = accounts.authenticate(uow, body.email, body.password)
        if principal is not None:
            scope = "write" if may_hold_write_token(principal.role) else "read"
            row, secret = accounts.create_token(
                uow, principal.user_id, name="signed in with a password", scope=scope,
                days=LOGIN_TOKEN_DAYS,
            )  # fmt: skip
            answer = AccessToken(access_token=secret, scope=row.scope, expires_at=row.expires_at)
    if principal is None:
        limiter.failed(account, address)
        return JSONResponse(
            error_body("unauthorized", "wrong e-mail or password"),
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    limiter.succeeded(account, address)
    return answer


def _me(request: Request) -> accounts.Principal:
    principal = principal_of(request)
    assert principal is not None  # the access rules let only signed-in users here
    return principal


@router.get("/auth/me", response_model=Me, summary="Who this request is signed in as")
def me(request: Request) -> Me:
    p = _me(request)
    return Me(
        id=p.user_id, email=p.email, name=p.name, role=p.role.value,
        organisation_id=p.organisation_id, scope=p.scope.value,
    )  # fmt: skip


@router.get("/auth/tokens", response_model=list[TokenPublic], summary="Your API tokens")
def my_tokens(request: Request, database: DatabaseDep) -> list[TokenPublic]:
    with database.uow() as uow:
        return [_token_public(t) for t in accounts.list_tokens(uow, _me(request).user_id)]


@router.post(
    "/auth/tokens", response_model=NewToken, status_code=201, summary="Create an API token"
)
def new_token(body: TokenCreate, request: Request, database: DatabaseDep) -> NewToken:
    principal = _me(request)
    with database.uow() as uow:
        row, secret = accounts.create_token(
            uow, principal.user_id, name=body.name, scope=body.scope, days=body.days
        )
        return NewToken(**_token_public(row).model_dump(), access_token=secret)


@router.delete(
    "/auth/tokens/{token_id}",
    status_code=204,
    summary="Revoke one of your tokens",
    responses=error_responses(404),
)
def revoke(token_id: int, request: Request, database: DatabaseDep) -> Response:
    with database.uow() as uow:
        accounts.revoke_token(uow, token_id, user_id=_me(request).user_id)
    return Response(status_code=204)


@router.get("/users", response_model=list[UserPublic], summary="Users (administrators)")
def list_users(database: DatabaseDep) -> list[UserPublic]:
    with database.uow() as uow:
        return [_user_public(u) for u in accounts.list_users(uow)]


@router.post(
    "/users",
    response_model=UserPublic,
    status_code=201,
    summary="Create a user",
    responses=error_responses(404, 409),
)
def create_user(body: UserCreate, database: DatabaseDep) -> UserPublic:
    with database.uow() as uow:
        return _user_public(accounts.create_user(uow, **body.model_dump()))


@router.patch(
    "/users/{user_id}",
    response_model=UserPublic,
    summary="Change a user",
    responses=error_responses(404, 409),
)
def update_user(user_id: int, body: UserUpdate, database: DatabaseDep) -> UserPublic:
    with database.uow() as uow:
        return _user_public(
            accounts.update_user(uow, user_id, **body.model_dump(exclude_unset=True))
        )


@router.get(
    "/me/meetings",
    summary="Your organisation's partnering agendas (a member company's own meetings)",
)
def my_meetings(request: Request, database: DatabaseDep) -> dict[str, Any]:
    principal = _me(request)
    if principal.organisation_id is None:
        return {"data": [], "count": 0}
    with database.uow() as uow:
        agendas = partnering.agendas_of_organisation(uow, principal.organisation_id)
        return {"data": [a.to_dict() for a in agendas], "count": len(agendas)}
