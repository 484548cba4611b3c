from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Enum, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin
from api.security.reach import Reach
from api.security.roles import Role

__all__ = ["Role", "User"]  # Role lives in api.security.roles; imports of it from here still work


class User(IdMixin, TimestampMixin, Base):
    __tablename__ = "users"
    __scoping__ = Reach.partnership

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="RESTRICT"), index=True
    )
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("agencies.id", ondelete="RESTRICT"), index=True
    )
    # Sign-in is by e-mail alone, so it is unique across the deployment (stored lower-case).
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(
        Enum(Role, native_enum=False, length=32, validate_strings=True)
    )
    active: Mapped[bool] = mapped_column(default=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    # The TOTP secret is encrypted with the field key; never returned by the API.
    totp_secret_enc: Mapped[str | None] = mapped_column(String(255))
    totp_enrolled_at: Mapped[datetime | None] = mapped_column()
    # Last accepted TOTP time step: a code works once.
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
