"""Accounts: users and roles, passwords, login sessions, scoped API tokens, the demo admin.

Secrets never reach the database: passwords are argon2 hashes, session cookies
and API tokens are random strings of which only the SHA-256 is kept.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from intercluster.db.accounts_models import ApiToken, DatabaseSetting, LoginSession, User
from intercluster.db.models import utcnow
from intercluster.db.uow import UnitOfWork
from intercluster.domain.accounts import (
    DEMO_EMAIL,
    DEMO_PASSWORD,
    MIN_PASSWORD_LENGTH,
    ROLES,
    SCOPES,
    Role,
    TokenScope,
    looks_like_email,
    may_hold_write_token,
    normalize_email,
)
from intercluster.domain.normalize import is_digits
from intercluster.errors import Conflict, InvalidInput, NotFound
from intercluster.services.entities import resolve_entity

SESSION_LIFETIME = timedelta(hours=12)
TOKEN_PREFIX = "icl_"
_hasher = PasswordHasher()
# Verifying against this when the e-mail is unknown keeps both answers equally slow.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


@dataclass(frozen=True)
class Principal:
    """Who a request acts as: the user, their role, and what the credential allows."""

    user_id: int
    email: str
    name: str | None
    role: Role
    organisation_id: int | None
    # A read-scoped API token cannot write whatever the role.
    scope: TokenScope = TokenScope.WRITE
    via: str = "session"  # "session" or "token"

    @property
    def label(self) -> str:
        return f"user:{self.email}"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _principal(user: User, *, scope: TokenScope = TokenScope.WRITE, via: str) -> Principal:
    return Principal(
        user_id=user.id,
        email=user.email,
        name=user.name,
        role=Role(user.role),
        organisation_id=user.organisation_id,
        scope=scope,
        via=via,
    )


def _role(value: str) -> Role:
    if value not in ROLES:
        raise InvalidInput(f"role: {value!r} is not one of {', '.join(ROLES)}", field="role")
    return Role(value)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"password: at least {MIN_PASSWORD_LENGTH} characters", field="password")


def is_demo_database(uow: UnitOfWork) -> bool:
    setting = uow.session.get(DatabaseSetting, "demo")
    return setting is not None and setting.value == "true"


def mark_demo_database(uow: UnitOfWork) -> None:
    if uow.session.get(DatabaseSetting, "demo") is None:
        uow.session.add(DatabaseSetting(key="demo", value="true"))


def get_user(uow: UnitOfWork, ref: str | int) -> User:
    if isinstance(ref, int) or is_digits(str(ref)):
        user = uow.session.get(User, int(ref))
    else:
        email = normalize_email(str(ref))
        user = uow.session.scalar(select(User).where(User.email == email))
    if user is None:
        raise NotFound(f"user: no account {ref!r}", field="user")
    return user


def list_users(uow: UnitOfWork) -> list[User]:
    return list(uow.session.scalars(select(User).order_by(User.email)))


def create_user(
    uow: UnitOfWork,
    *,
    email: str,
    password: str,
    role: str,
    name: str | None = None,
    organisation: str | None = None,
) -> User:
    email = normalize_email(email)
    if not looks_like_email(email):
        raise InvalidInput(f"email: {email!r} is not an e-mail address", field="email")
    the_role = _role(role)
    _check_password(password)
    if uow.session.scalar(select(User.id).where(User.email == email)) is not None:
        raise Conflict(f"email: an account {email} exists already", field="email")
    organisation_id = None
    if organisation:
        organisation_id = resolve_entity(uow, organisation, field="organisation").id
    if the_role is Role.MEMBER and organisation_id is None:
        raise InvalidInput(
            "organisation: a member account belongs to a member company; name it",
            field="organisation",
        )
    user = User(
        email=email,
        name=name,
        role=the_role.value,
        password_hash=_hasher.hash(password),
        organisation_id=organisation_id,
        active=True,
    )
    uow.session.add(user)
    uow.flush()
    return user


def ensure_demo_admin(uow: UnitOfWork) -> User:
    """The demo's admin account (demo@intercluster.local / demo); marks the database a demo.

    Its password is public, so a database that already has accounts of its own
    (someone's real registry) is never made a demo one: that is refused.
    """
    if not is_demo_database(uow):
        others = uow.session.scalar(
            select(func.count()).select_from(User).where(User.email != DEMO_EMAIL)
        )
        if others:
            raise Conflict(
                f"demo: this database has {others} account(s) of its own; the demo, whose "
                "admin password is public, loads only into a database of its own "
                "(e.g. --db demo.db)",
                field="demo",
            )
    mark_demo_database(uow)
    user = uow.session.scalar(select(User).where(User.email == DEMO_EMAIL))
    if user is None:
        user = User(
            email=DEMO_EMAIL,
            name="Demo administrator",
            role=Role.ADMIN.value,
            password_hash=_hasher.hash(DEMO_PASSWORD),
            active=True,
        )
        uow.session.add(user)
        uow.flush()
    return user


def update_user(
    uow: UnitOfWork,
    ref: str | int,
    *,
    role: str | None = None,
    active: bool | None = None,
    password: str | None = None,
    name: str | None = None,
) -> User:
    user = get_user(uow, ref)
    if role is not None:
        user.role = _role(role).value
        if user.role == Role.MEMBER and user.organisation_id is None:
            raise InvalidInput("role: a member account needs its organisation first", field="role")
    if active is not None:
        user.active = active
        if not active:
            end_sessions(uow, user.id)
    if password is not None:
        _check_password(password)
        user.password_hash = _hasher.hash(password)
        end_sessions(uow, user.id)
    if name is not None:
        user.name = name or None
    _keep_an_admin(uow)
    uow.flush()
    return user


def _keep_an_admin(uow: UnitOfWork) -> None:
    uow.flush()
    admins = uow.session.scalar(
        select(func.count()).select_from(User).where(User.role == "admin", User.active)
    )
    if not admins and uow.session.scalar(select(func.count()).select_from(User)):
        raise Conflict("role: this would leave no active administrator", field="role")


def authenticate(uow: UnitOfWork, email: str, password: str) -> Principal | None:
    """The user these credentials prove, or None (unknown, wrong, disabled, demo elsewhere)."""
    email = normalize_email(email)
    user = uow.session.scalar(select(User).where(User.email == email))
    try:
        _hasher.verify(user.password_hash if user else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if user is None or not user.active:
        return None
    # The demo password is public: it opens only a database loaded with the demo data.
    if user.email == DEMO_EMAIL and not is_demo_database(uow):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    user.last_login_at = utcnow()
    return _principal(user, via="password")


def start_session(uow: UnitOfWork, principal: Principal) -> str:
    """A new session for the user; the cookie value (only its hash is stored)."""
    secret = secrets.token_urlsafe(32)
    now = utcnow()
    uow.session.add(
        LoginSession(
            token_hash=digest(secret),
            user_id=principal.user_id,
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
        )
    )
    # Expired sessions of anyone are cleared as new ones start: no background job needed.
    for stale in uow.session.scalars(select(LoginSession).where(LoginSession.expires_at < now)):
        uow.session.delete(stale)
    uow.flush()
    return secret


def session_principal(uow: UnitOfWork, secret: str) -> Principal | None:
    row = uow.session.scalar(select(LoginSession).where(LoginSession.token_hash == digest(secret)))
    if row is None or row.expires_at < utcnow() or not row.user.active:
        return None
    return _principal(row.user, via="session")


def end_session(uow: UnitOfWork, secret: str) -> None:
    row = uow.session.scalar(select(LoginSession).where(LoginSession.token_hash == digest(secret)))
    if row is not None:
        uow.session.delete(row)


def end_sessions(uow: UnitOfWork, user_id: int) -> None:
    for row in uow.session.scalars(select(LoginSession).where(LoginSession.user_id == user_id)):
        uow.session.delete(row)


def create_token(
    uow: UnitOfWork,
    user_ref: str | int,
    *,
    name: str,
    scope: str = "read",
    days: int | None = None,
) -> tuple[ApiToken, str]:
    """A new API token of a user: the row and the secret, shown once."""
    user = get_user(uow, user_ref)
    if scope not in SCOPES:
        raise InvalidInput(f"scope: {scope!r} is not one of {', '.join(SCOPES)}", field="scope")
    if scope == TokenScope.WRITE and not may_hold_write_token(Role(user.role)):
        raise InvalidInput(f"scope: a {user.role} account reads only", field="scope")
    name = name.strip()
    if not name:
        raise InvalidInput("name: say what the token is for", field="name")
    if days is not None and days < 1:
        raise InvalidInput("days: at least 1", field="days")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name[:200],
        token_hash=digest(secret),
        prefix=secret[:12],
        scope=scope,
        created_at=utcnow(),
        expires_at=utcnow() + timedelta(days=days) if days else None,
    )
    uow.session.add(token)
    uow.flush()
    return token, secret


def list_tokens(uow: UnitOfWork, user_id: int | None = None) -> list[ApiToken]:
    query = select(ApiToken).order_by(ApiToken.id)
    if user_id is not None:
        query = query.where(ApiToken.user_id == user_id)
    return list(uow.session.scalars(query))


def revoke_token(uow: UnitOfWork, token_id: int, *, user_id: int | None = None) -> ApiToken:
    """Revoke a token (only one's own when `user_id` is given)."""
    token = uow.session.get(ApiToken, token_id)
    if token is None or (user_id is not None and token.user_id != user_id):
        raise NotFound(f"token: no token {token_id}", field="token")
    if token.revoked_at is None:
        token.revoked_at = utcnow()
    uow.flush()
    return token


def token_principal(uow: UnitOfWork, secret: str) -> Principal | None:
    token = uow.session.scalar(select(ApiToken).where(ApiToken.token_hash == digest(secret)))
    now = utcnow()
    if (
        token is None
        or token.revoked_at is not None
        or (token.expires_at is not None and token.expires_at < now)
        or not token.user.active
    ):
        return None
    # Written at most once a minute: a busy script should not turn every read into a write.
    if token.last_used_at is None or now - token.last_used_at > timedelta(minutes=1):
        token.last_used_at = now
    return _principal(token.user, scope=TokenScope(token.scope), via="token")


def is_expired(moment: datetime | None) -> bool:
    return moment is not None and moment < utcnow()
