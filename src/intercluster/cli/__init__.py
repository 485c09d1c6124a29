"""The `intercluster` command line: parse, call one service, print.

`app.py` holds the Typer application and shared helpers; each area adds its
commands from a module of its own, imported here so they register.
"""

from intercluster.cli import (
    accounts,  # noqa: F401  (registers its commands)
    backup,  # noqa: F401  (registers its commands)
    events,  # noqa: F401  (registers its commands)
    ingest,  # noqa: F401  (registers its commands)
    prospection,  # noqa: F401  (registers its commands)
    registry,  # noqa: F401  (registers its commands)
    report,  # noqa: F401  (registers its commands)
    schedule,  # noqa: F401  (registers its commands)
)
from intercluster.cli.app import app, main

__all__ = ["app", "main"]
