"""Who is calling: a person or an agency's system, re-read from the database on every request."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from api.security.roles import Role
from api.security.scopes import AGENCY_SYSTEM


@dataclass(frozen=True)
class Principal:
    kind: str  # "user" or "client"
    id: uuid.UUID
    partnership_id: uuid.UUID
    agency_id: uuid.UUID | None
    role: str  # a Role value, or "agency_system"
    scopes: frozenset[str]
    token_id: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role == Role.partnership_admin

    @property
    def is_client(self) -> bool:
        return self.kind == "client"

    @property
    def is_agency_system(self) -> bool:
        return self.role == AGENCY_SYSTEM

    @property
    def audit_id(self) -> str:
        return f"{self.kind}:{self.id}"
