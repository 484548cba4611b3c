"""One settings object for the whole service (environment variables, prefix ``CSPR_``)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    """Runtime configuration.

    Every setting is read as ``CSPR_<NAME>`` except the database's, which is read as
    ``DATABASE_URL`` only (no prefix), as deployment platforms set it.
    """

    model_config = SettingsConfigDict(env_prefix="CSPR_", env_file=None, extra="ignore")

    database_url: str = Field(
        default="sqlite:///./var/cspr.db",
        validation_alias="DATABASE_URL",
        description="sqlite:///path or postgresql+psycopg://user@host/db",
    )
    data_dir: Path = Field(default=Path("./var"), description="keys and uploaded files live here")
    environment: str = Field(default="production", description="'demo', 'test' or 'production'")

    issuer: str = "https://cspr-hub.invalid"
    audience: str = "cspr-hub-api"
    access_token_minutes: int = Field(default=10, ge=1, le=15)
    refresh_token_days: int = Field(default=14, ge=1, le=90)
    # A directory of "<kid>.pem" EC P-256 keys that every process reads (api.security.tokens):
    # each verifies until retired, the newest signs. Default: the data directory's "keys".
    signing_keys_dir: Path | None = None
    # Key ids refused, besides those `cspr retire-key` lists in the key directory.
    retired_kids: list[str] = Field(default_factory=list)
    key_reload_seconds: float = Field(
        default=30,
        ge=0,
        le=3600,
        description="how soon every process sees a key rotated or retired by another",
    )

    totp_required_for_admins: bool | None = None
    totp_issuer: str = "CSPR Hub"

    login_max_failures_per_account: int = 5
    login_max_failures_per_address: int = 20
    login_max_failures_per_account_global: int = 50
    login_window_seconds: int = 60
    login_lockout_seconds: int = 60

    field_encryption_key: str | None = Field(
        default=None, description="base64 32-byte AES key for identifying fields"
    )

    frontend_dist: Path = ROOT / "frontend" / "dist"
    cookie_secure: bool = Field(
        default=True,
        description="the browser session's refresh cookie is Secure (and __Host-); turn off "
        "only to try the front end over plain HTTP on a host other than localhost (browsers "
        "keep Secure cookies from http://localhost); refused in production",
    )
    cors_origins: list[str] = Field(
        default_factory=list,
        description="origins (scheme://host[:port]) whose pages may call the API with a "
        "bearer token (CORS, without cookies); none by default",
    )
    trusted_proxy_hops: int = 0
    concurrent_requests: int = Field(
        default=1,
        ge=1,
        le=256,
        description="requests a worker process handles at once; the rest wait (api.admission)",
    )
    bench_floor: bool = Field(
        default=False, description="mount the benchmark's reference endpoints (api.bench_floor)"
    )

    file_store: Literal["local", "s3"] = Field(
        default="local",
        description="where uploaded files are kept: 'local' (the data directory's \"files\" "
        "folder, which nothing serves directly) or 's3' (a bucket; see the s3_ settings)",
    )
    # Credentials for S3 come from boto3's usual chain (AWS_ACCESS_KEY_ID and so on, a
    # profile, or the instance's role), never from these settings.
    s3_bucket: str | None = Field(default=None, description="the bucket, when file_store is s3")
    s3_prefix: str = Field(default="cspr/", description="prepended to every object key")
    s3_endpoint_url: str | None = Field(
        default=None, description="an S3-compatible server's URL; AWS itself when unset"
    )
    s3_region: str = Field(default="eu-west-2", description="the bucket's region")
    max_upload_bytes: int = Field(
        default=50 * 1024 * 1024, ge=1, description="largest file accepted in one upload"
    )

    idempotency_purge_seconds: int = Field(
        default=600,
        ge=1,
        description="how often each worker deletes Idempotency-Key records older than a day",
    )

    @field_validator("database_url")
    @classmethod
    def _known_driver(cls, value: str) -> str:
        if value.startswith("postgres://") or value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        if not (value.startswith("sqlite:///") or value.startswith("postgresql+psycopg://")):
            raise ValueError("DATABASE_URL must be sqlite:///… or postgresql+psycopg://…")
        return value

    @model_validator(mode="after")
    def _secure_cookie_in_production(self) -> Self:
        if not self.cookie_secure and self.environment == "production":
            raise ValueError("CSPR_COOKIE_SECURE=false is refused in production")
        return self

    @model_validator(mode="after")
    def _s3_needs_a_bucket(self) -> Self:
        if self.file_store == "s3" and not self.s3_bucket:
            raise ValueError("CSPR_FILE_STORE=s3 needs CSPR_S3_BUCKET, the bucket to keep files in")
        return self

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def admin_totp_mandatory(self) -> bool:
        if self.totp_required_for_admins is not None:
            return self.totp_required_for_admins
        return self.environment not in {"demo", "test"}

    @property
    def files_dir(self) -> Path:
        """Where the local file store keeps uploads (outside anything the web server serves)."""
        return self.data_dir / "files"

    @property
    def keys_dir(self) -> Path:
        return self.signing_keys_dir or (self.data_dir / "keys")


@lru_cache
def get_settings() -> Settings:
    return Settings()
