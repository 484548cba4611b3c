from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from api.schemas import PatchModel, RequestModel, ResponseModel

AgencyScope = Literal[
    "reviews:read",
    "practitioners:read",
    "practitioners:write",
    "alerts:write",
    "actions:read",
    "evidence:write",
]


class ClientOut(ResponseModel):
    id: uuid.UUID
    client_id: str
    name: str
    agency_id: uuid.UUID
    scopes: list[str]
    active: bool
    created_at: datetime
    updated_at: datetime
    last_used_at: datetime | None


class ClientCreated(ClientOut):
    client_secret: str = Field(description="Shown once, now. Store it in the agency's vault.")


class ClientCreate(RequestModel):
    name: str = Field(min_length=2, max_length=200)
    agency_id: uuid.UUID
    scopes: list[AgencyScope] = Field(min_length=1, max_length=6)


class ClientUpdate(PatchModel):
    name: str | None = Field(default=None, min_length=2, max_length=200)
    scopes: list[AgencyScope] | None = Field(default=None, min_length=1, max_length=6)
    active: bool | None = None
