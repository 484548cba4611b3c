from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from api.partnerships.models import AgencyKind
from api.schemas import PatchModel, RequestModel, ResponseModel


class PartnershipRef(ResponseModel):
    id: uuid.UUID
    code: str
    name: str


class AgencyOut(ResponseModel):
    id: uuid.UUID
    name: str
    kind: AgencyKind
    active: bool
    created_at: datetime
    updated_at: datetime


class AgencyCreate(RequestModel):
    name: str = Field(min_length=2, max_length=200)
    kind: AgencyKind


class AgencyUpdate(PatchModel):
    name: str | None = Field(default=None, min_length=2, max_length=200)
    kind: AgencyKind | None = None
    active: bool | None = None
