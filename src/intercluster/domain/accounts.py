"""Roles, token scopes and what each may do: the access rules, free of any framework.

- admin: everything, including accounts.
- editor: reads and changes the registry, events, partnering, prospection.
- viewer: reads everything, changes nothing.
- member: a member company's user; sees public profiles (organisations, events,
  projects) and its own organisation's requests and meetings, nothing else.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    VIEWER = "viewer"
    MEMBER = "member"


class TokenScope(StrEnum):
    READ = "read"
    WRITE = "write"


ROLES: tuple[str, ...] = tuple(role.value for role in Role)
SCOPES: tuple[str, ...] = tuple(scope.value for scope in TokenScope)

# Passwords shorter than this are refused (the demo account is the one exception,
# and it only works on a database loaded with `intercluster demo`).
MIN_PASSWORD_LENGTH = 10
DEMO_EMAIL = "demo@intercluster.local"
DEMO_PASSWORD = "demo"  # documented; refused outside demo databases


def normalize_email(value: str) -> str:
    return value.strip().lower()


def looks_like_email(value: str) -> bool:
    local, _, domain = value.partition("@")
    return bool(local) and "." in domain.strip(".") and " " not in value


def can_read_all(role: Role) -> bool:
    """Whether the role reads the whole network (members read public profiles only)."""
    return role in (Role.ADMIN, Role.EDITOR, Role.VIEWER)


def can_write(role: Role) -> bool:
    return role in (Role.ADMIN, Role.EDITOR)


def may_hold_write_token(role: Role) -> bool:
    """Viewers read only; a member writes its own requests, so its tokens may write."""
    return role is not Role.VIEWER


def can_manage_accounts(role: Role) -> bool:
    return role is Role.ADMIN
