from __future__ import annotations

from pydantic import BaseModel, Field

from api.schemas import RequestModel, Secret


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = Field(default="Bearer", examples=["Bearer"])
    expires_in: int = Field(description="Seconds until the access token expires")
    scope: str = Field(description="Space-separated scopes granted")
    refresh_token: str | None = Field(
        default=None, description="Opaque; for people only. Rotated on every use."
    )
    totp_enrolment_required: bool = Field(
        default=False,
        description="True when an administrator must enrol a second factor before anything "
        "else: until then the token reaches only /me and /me/totp.",
    )


class SessionRequest(RequestModel):
    email: str = Field(min_length=3, max_length=320)
    password: Secret = Field(min_length=1, max_length=1024)
    totp: str | None = Field(default=None, max_length=16)


class SessionResponse(BaseModel):
    access_token: str
    token_type: str = "Bearer"  # noqa: S105 - the OAuth token type, not a secret
    expires_in: int
    scope: str
    totp_enrolment_required: bool = False
