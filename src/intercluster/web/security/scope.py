"""What a member company's user may reach among rows that belong to companies.

The access rules (policy.py) let members onto a few routes; these checks keep
them, on those routes, to their own organisation's rows.
"""

from __future__ import annotations

from fastapi import Request

from intercluster.domain.accounts import Role
from intercluster.web.security.auth import Forbidden, principal_of


def member_organisation(request: Request) -> int | None:
    """The member's organisation id when a member asks; None for the cluster's own staff."""
    principal = principal_of(request)
    if principal is None or principal.role is not Role.MEMBER:
        return None
    if principal.organisation_id is None:
        raise Forbidden("your account is not linked to a company yet; ask an administrator")
    return principal.organisation_id


def check_own(request: Request, organisation_id: int | None) -> None:
    """Refuse a member a row of another organisation."""
    own = member_organisation(request)
    if own is not None and organisation_id != own:
        raise Forbidden("this belongs to another company")


def staff_only(request: Request) -> None:
    """Refuse members an action that is the cluster staff's (answering a request...)."""
    if member_organisation(request) is not None:
        raise Forbidden("only the cluster's team does this")


def relation_filters_allowed(request: Request, predicate: str | None) -> bool:
    """Whether lists may filter by relations; a member asking for one is refused.

    Members see public profiles, not the relations between them, so "the
    organisations with a met_with" is not theirs to ask either.
    """
    if member_organisation(request) is None:
        return True
    if predicate:
        raise Forbidden("predicate: lists filtered by relations are for the cluster's team")
    return False
