"""The access rules of every route, in one table read top to bottom.

Routes are matched by method and path, so a router added later is covered
from its first line: anything not listed here is readable by the roles that
read everything (admin, editor, viewer) and writable by those that write
(admin, editor, with a write-scoped credential). Member companies' users get
only what is listed for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from intercluster.domain.accounts import (
    Role,
    TokenScope,
    can_manage_accounts,
    can_read_all,
    can_write,
)
from intercluster.services.accounts import Principal

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Decision(Enum):
    ALLOW = "allow"
    SIGN_IN = "sign in"  # 401: no or bad credentials
    FORBID = "forbid"  # 403: signed in, not allowed


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    methods: frozenset[str]

    def matches(self, method: str, path: str) -> bool:
        return method in self.methods and self.pattern.fullmatch(path) is not None


def _rule(pattern: str, methods: frozenset[str] | set[str] = READ_METHODS) -> Rule:
    return Rule(re.compile(pattern), frozenset(methods))


ANY = frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"})

# Open to anyone: signing in, the assets, the health check and the API's description.
PUBLIC = (
    _rule(r"/login", {"GET", "HEAD", "POST"}),
    _rule(r"/static/.*"),
    _rule(r"/favicon\.ico"),
    _rule(r"/lang"),
    _rule(r"/api/v1/auth/token", {"POST"}),
    _rule(r"/api/v1/health"),
    _rule(r"/api/v1/openapi\.json"),
    _rule(r"/docs(/.*)?"),
)

# What a member company's user may do besides the public routes. The services
# behind the own-data routes scope what they answer to the user's organisation.
MEMBER = (
    _rule(r"/"),
    _rule(r"/me"),
    _rule(r"/account(/.*)?", ANY),
    _rule(r"/logout", {"POST"}),
    _rule(r"/(organizations|events|projects)(/[^/]+)?"),
    _rule(r"/calendar"),
    _rule(r"/suggest"),
    _rule(r"/internationalisation(/.*)?", ANY),
    _rule(r"/api/v1/auth/(me|tokens(/[^/]+)?)", ANY),
    _rule(r"/api/v1/me(/.*)?"),
    _rule(r"/api/v1/vocabulary"),
    _rule(r"/api/v1/(organizations|events|projects)(/[^/]+)?"),
    _rule(r"/api/v1/internationalisation-requests(/.*)?", ANY),
)

# Accounts are an administrator's; one's own tokens and password are one's own (MEMBER above).
ADMIN_ONLY = (
    _rule(r"/admin(/.*)?", ANY),
    _rule(r"/api/v1/users(/.*)?", ANY),
)

# Routes any signed-in user may write (with a session or a write token): their own account.
# A read token reads them only, or it could mint itself a write token.
OWN_ACCOUNT = (
    _rule(r"/account(/.*)?", ANY),
    _rule(r"/logout", {"POST"}),
    _rule(r"/api/v1/auth/(me|tokens(/[^/]+)?)", ANY),
)


def is_public(method: str, path: str) -> bool:
    return any(rule.matches(method, path) for rule in PUBLIC)


def decide(method: str, path: str, principal: Principal | None) -> Decision:
    method = "GET" if method == "HEAD" else method
    if is_public(method, path):
        return Decision.ALLOW
    if principal is None:
        return Decision.SIGN_IN
    role = principal.role
    if any(rule.matches(method, path) for rule in ADMIN_ONLY):
        return _write_checked(principal, method) if can_manage_accounts(role) else Decision.FORBID
    if any(rule.matches(method, path) for rule in OWN_ACCOUNT):
        return _write_checked(principal, method)
    if role is Role.MEMBER:
        if not any(rule.matches(method, path) for rule in MEMBER):
            return Decision.FORBID
        return _write_checked(principal, method)
    if method in READ_METHODS:
        return Decision.ALLOW if can_read_all(role) else Decision.FORBID
    if not can_write(role):
        return Decision.FORBID
    return _write_checked(principal, method)


def _write_checked(principal: Principal, method: str) -> Decision:
    """A read-scoped token reads only, whatever its user's role."""
    if method not in READ_METHODS and principal.scope is TokenScope.READ:
        return Decision.FORBID
    return Decision.ALLOW


# One principal of each role and credential: what `may_forbid` asks the rules about.
_EVERY_KIND_OF_PRINCIPAL = tuple(
    Principal(user_id=0, email="", name=None, role=role, organisation_id=None, scope=scope)
    for role in Role
    for scope in TokenScope
)


def may_forbid(method: str, path: str) -> bool:
    """Whether these rules refuse the route (403) to some signed-in user.

    `path` may be a route's template (`/api/v1/organizations/{ref}`): a parameter
    matches the rules as any one path segment would.
    """
    return any(decide(method, path, p) is Decision.FORBID for p in _EVERY_KIND_OF_PRINCIPAL)
