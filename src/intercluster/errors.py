"""One error tree for the whole application.

Services raise these; each entry point translates them once: the API into a
JSON body with a 4xx status, the CLI into a red line and a non-zero exit.
"""

from __future__ import annotations

from typing import Any


class InterclusterError(Exception):
    """Base of every error the application raises on purpose."""

    status_code = 400
    code = "error"

    def __init__(self, message: str, *, field: str | None = None, details: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.details = details

    def to_dict(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.field is not None:
            body["field"] = self.field
        if self.details is not None:
            body["details"] = self.details
        return body


class InvalidInput(InterclusterError):
    """The input breaks a rule of the vocabulary or a field's format."""

    status_code = 422
    code = "invalid_input"


class NotFound(InterclusterError):
    status_code = 404
    code = "not_found"


class Conflict(InterclusterError):
    """The change would duplicate an existing record or break a unique rule."""

    status_code = 409
    code = "conflict"


class Unavailable(InterclusterError):
    """Something the request needs is missing on this machine (a system library, fonts)."""

    status_code = 503
    code = "unavailable"
