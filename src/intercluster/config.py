"""Settings, read from the environment (prefix INTERCLUSTER_) or a `.env` file.

Every setting has a safe default so that `intercluster demo && intercluster
serve` works on a fresh clone with nothing configured.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATABASE_URL = "sqlite:///./var/intercluster.db"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="INTERCLUSTER_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        description=(
            "SQLAlchemy URL of the database. SQLite (the embedded default) or PostgreSQL, "
            "e.g. postgresql+psycopg://user:password@localhost/intercluster."
        ),
    )
    page_size_max: int = Field(default=500, description="Largest page a list endpoint returns.")
    ingest_max_bytes: int = Field(
        default=20_000_000,
        gt=0,
        description="Largest file (bytes) `intercluster ingest` and `extract` read; larger "
        "ones are refused.",
    )
    home_organisation: str = Field(
        default="genopole",
        description=(
            "Key, id or name of the cluster whose network this is: the dashboard and the map "
            "are drawn from its point of view."
        ),
    )
    cookie_secure: bool = Field(
        default=False,
        description="Mark the session cookie Secure even when the app itself sees plain HTTP "
        "(behind a proxy that terminates HTTPS without forwarding the scheme).",
    )


@lru_cache
def get_settings() -> Settings:
    return Settings()
