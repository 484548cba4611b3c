from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import EmailStr, Field

from api.partnerships.schemas import AgencyOut, PartnershipRef
from api.schemas import PatchModel, RequestModel, ResponseModel, Secret
from api.security.roles import Role

PASSWORD_MIN = 12


class UserOut(ResponseModel):
    id: uuid.UUID
    email: str
    name: str
    role: Role
    agency_id: uuid.UUID | None
    active: bool
    totp_enrolled: bool
    created_at: datetime
    updated_at: datetime


class UserCreate(RequestModel):
    email: EmailStr
    name: str = Field(min_length=2, max_length=200)
    role: Role
    agency_id: uuid.UUID | None = Field(
        default=None, description="Required for members; none for partnership staff"
    )
    password: Secret = Field(min_length=PASSWORD_MIN, max_length=1024)


class UserUpdate(PatchModel):
    nullable = frozenset({"agency_id"})

    name: str | None = Field(default=None, min_length=2, max_length=200)
    role: Role | None = None
    agency_id: uuid.UUID | None = None
    active: bool | None = None


class MeOut(ResponseModel):
    id: uuid.UUID
    email: str
    name: str
    role: Role
    partnership: PartnershipRef
    agency: AgencyOut | None
    totp_enrolled: bool
    totp_enrolment_required: bool
    scopes: list[str]


class MeUpdate(PatchModel):
    name: str | None = Field(default=None, min_length=2, max_length=200)


class PasswordChange(RequestModel):
    current_password: Secret = Field(min_length=1, max_length=1024)
    new_password: Secret = Field(min_length=PASSWORD_MIN, max_length=1024)


class TotpEnrolment(ResponseModel):
    secret: str = Field(description="Base32 secret, for typing into an authenticator app")
    otpauth_uri: str = Field(description="otpauth:// URI, for a QR code")


class TotpCode(RequestModel):
    code: str = Field(pattern=r"^\s*[0-9]{3}\s?[0-9]{3}\s*$", description="6-digit code")
