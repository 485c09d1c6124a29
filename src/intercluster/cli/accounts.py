"""Commands for accounts (`user`, `token`) and the audit trail (`history`, `undo`)."""

from __future__ import annotations

import os
from typing import Annotated, Any

import typer
from rich.table import Table

from intercluster.cli.app import app, out, print_json, transaction
from intercluster.domain.accounts import ROLES, SCOPES
from intercluster.services import accounts
from intercluster.services import audit as audit_service
from intercluster.services.entities import resolve_entity

user_app = typer.Typer(help="Accounts: create users, change roles, disable.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens: create, list, revoke.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(token_app, name="token")

PASSWORD_ENV = "INTERCLUSTER_PASSWORD"


def _password(given: str | None) -> str:
    """From --password, else $INTERCLUSTER_PASSWORD, else asked twice without echo."""
    if given:
        return given
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    password: str = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return password


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Option("--email", help="The user's e-mail (their login)")],
    role: Annotated[str, typer.Option("--role", help=f"One of {', '.join(ROLES)}")],
    name: Annotated[str | None, typer.Option(help="Full name")] = None,
    organisation: Annotated[
        str | None, typer.Option(help="Member company (key, id or name); required for member")
    ] = None,
    password: Annotated[
        str | None,
        typer.Option(help=f"Password (else ${PASSWORD_ENV}, else asked)", show_default=False),
    ] = None,
) -> None:
    """Create a user: `intercluster user create --email ana@cluster.org --role admin`."""
    secret = _password(password)
    with transaction(create=True) as uow:
        user = accounts.create_user(
            uow, email=email, password=secret, role=role, name=name, organisation=organisation
        )
        out.print(f"created {user.role} {user.email} (id {user.id})")


@user_app.command("list")
def user_list(
    fmt: Annotated[str, typer.Option("--format", help="table or json")] = "table",
) -> None:
    """List the users with their role and state."""
    with transaction() as uow:
        rows: list[dict[str, Any]] = [
            {
                "id": u.id,
                "email": u.email,
                "name": u.name,
                "role": u.role,
                "organisation": u.organisation.key if u.organisation else None,
                "active": u.active,
                "last_login_at": u.last_login_at.isoformat() if u.last_login_at else None,
            }
            for u in accounts.list_users(uow)
        ]
    if fmt == "json":
        print_json(rows)
        return
    table = Table(title=f"{len(rows)} users", title_justify="left")
    for column in ("id", "email", "name", "role", "organisation", "active", "last sign-in"):
        table.add_column(column)
    for r in rows:
        table.add_row(
            str(r["id"]), r["email"], r["name"] or "", r["role"], r["organisation"] or "",
            "yes" if r["active"] else "no", r["last_login_at"] or "",
        )  # fmt: skip
    out.print(table)


@user_app.command("set-role")
def user_set_role(
    user: Annotated[str, typer.Argument(help="E-mail or id")],
    role: Annotated[str, typer.Argument(help=f"One of {', '.join(ROLES)}")],
) -> None:
    """Change a user's role."""
    with transaction() as uow:
        changed = accounts.update_user(uow, user, role=role)
        out.print(f"{changed.email} is now {changed.role}")


@user_app.command("disable")
def user_disable(user: Annotated[str, typer.Argument(help="E-mail or id")]) -> None:
    """Disable a user: their sessions end, their tokens stop working."""
    with transaction() as uow:
        changed = accounts.update_user(uow, user, active=False)
        out.print(f"{changed.email} is disabled")


@user_app.command("enable")
def user_enable(user: Annotated[str, typer.Argument(help="E-mail or id")]) -> None:
    """Enable a disabled user again."""
    with transaction() as uow:
        changed = accounts.update_user(uow, user, active=True)
        out.print(f"{changed.email} is enabled")


@user_app.command("password")
def user_password(
    user: Annotated[str, typer.Argument(help="E-mail or id")],
    password: Annotated[str | None, typer.Option(help="New password (else asked)")] = None,
) -> None:
    """Set a user's password (their sessions end)."""
    secret = _password(password)
    with transaction() as uow:
        changed = accounts.update_user(uow, user, password=secret)
        out.print(f"password of {changed.email} changed")


@token_app.command("create")
def token_create(
    user: Annotated[str, typer.Option("--user", help="E-mail or id of the token's owner")],
    name: Annotated[str, typer.Option("--name", help="What the token is for")],
    scope: Annotated[str, typer.Option(help=f"One of {', '.join(SCOPES)}")] = "read",
    days: Annotated[int | None, typer.Option(help="Expires after this many days")] = None,
) -> None:
    """Create an API token; the secret is printed once (on standard output, alone)."""
    with transaction() as uow:
        owner = accounts.get_user(uow, user)
        _row, secret = accounts.create_token(uow, owner.id, name=name, scope=scope, days=days)
    typer.echo(secret)


@token_app.command("list")
def token_list(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's tokens")] = None,
) -> None:
    """List tokens (never their secrets)."""
    with transaction() as uow:
        user_id = accounts.get_user(uow, user).id if user else None
        tokens = accounts.list_tokens(uow, user_id)
        table = Table(title=f"{len(tokens)} tokens", title_justify="left")
        for column in ("id", "user", "name", "token", "scope", "expires", "state"):
            table.add_column(column)
        for t in tokens:
            state = (
                "revoked"
                if t.revoked_at
                else "expired"
                if accounts.is_expired(t.expires_at)
                else "active"
            )
            table.add_row(
                str(t.id), t.user.email, t.name, f"{t.prefix}…", t.scope,
                t.expires_at.date().isoformat() if t.expires_at else "", state,
            )  # fmt: skip
    out.print(table)


@token_app.command("revoke")
def token_revoke(
    token_id: Annotated[int, typer.Argument(help="The token's id (see list)")],
) -> None:
    """Revoke a token: it stops working at once."""
    with transaction() as uow:
        token = accounts.revoke_token(uow, token_id)
        out.print(f"token {token.id} ({token.name}) of {token.user.email} revoked")


@app.command()
def history(
    entity: Annotated[
        str | None, typer.Option("--entity", help="Only changes about this record (key, id, name)")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
    fmt: Annotated[str, typer.Option("--format", help="text or json")] = "text",
) -> None:
    """The audit trail: who changed what, when, from what to what."""
    with transaction() as uow:
        if entity:
            found = resolve_entity(uow, entity, field="entity")
            changesets = audit_service.history_of_entity(uow, found.id, limit=limit)
        else:
            changesets = audit_service.recent_changesets(uow, limit=limit)
    if fmt == "json":
        print_json([c.to_dict() for c in changesets])
        return
    if not changesets:
        out.print("no change recorded")
    for c in changesets:
        undone = f" [undone by {c.undone_by_id}]" if c.undone_by_id else ""
        out.print(
            f"[bold]#{c.id}[/] {c.at:%Y-%m-%d %H:%M:%S} {c.actor}"
            f"{' — ' + c.summary if c.summary else ''}{undone}",
            highlight=False,
        )
        for change in c.changes:
            fields = ", ".join(f"{f}: {b!r} → {a!r}" for f, b, a in change.changed[:6])
            out.print(
                f"  {change.action} {change.table} {change.row_key} {fields}", highlight=False
            )


@app.command()
def undo(
    changeset: Annotated[int, typer.Argument(help="The changeset id (see `history`)")],
) -> None:
    """Undo a changeset (a merge, an edit, an import) if nothing changed those rows since."""
    with transaction() as uow:
        undo_id = audit_service.undo_changeset(uow, changeset)
    out.print(f"changeset {changeset} undone (recorded as changeset {undo_id})")
