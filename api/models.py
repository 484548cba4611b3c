"""Imports every model so Alembic and the tests see the whole metadata."""

from api.audit.models import AuditEvent
from api.clients.models import ApiClient
from api.db import Base
from api.infra.models import IdempotencyRecord
from api.partnerships.models import Agency, Partnership
from api.security.models import LoginThrottle, RefreshToken
from api.users.models import User

__all__ = [
    "Agency",
    "ApiClient",
    "AuditEvent",
    "Base",
    "IdempotencyRecord",
    "LoginThrottle",
    "Partnership",
    "RefreshToken",
    "User",
]
