from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, utcnow
from api.security.reach import Reach


class RefreshToken(IdMixin, Base):
    """One opaque refresh token, stored as its SHA-256; rotation links tokens into a family."""

    __tablename__ = "refresh_tokens"
    # Read by token hash at sign-in and refresh, never through scoping.
    __scoping__ = Reach.not_read

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    family_id: Mapped[uuid.UUID] = mapped_column(index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scope: Mapped[str] = mapped_column(String(500))
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()
    revoked_at: Mapped[datetime | None] = mapped_column()


class LoginThrottle(Base):
    """Failed sign-in counters, shared by every process through the database.

    Keys are hashes ("account:<sha256 of e-mail>", "address:<sha256 of IP>") so no personal
    data sits in this table; it is infrastructure, not tenant data, so it has no partnership.
    """

    __tablename__ = "login_throttles"
    __scoping__ = Reach.not_read

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    window_started_at: Mapped[datetime] = mapped_column()
    failures: Mapped[int] = mapped_column(Integer, default=0)
    blocked_until: Mapped[datetime | None] = mapped_column()
