from __future__ import annotations

import enum
import uuid
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Enum, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, TimestampMixin
from api.security.reach import Reach


class Partnership(IdMixin, TimestampMixin, Base):
    """The tenant: a local safeguarding children partnership."""

    __tablename__ = "partnerships"
    __scoping__ = Reach.own_partnership
    __table_args__ = (
        CheckConstraint(
            "attendance_threshold_percent BETWEEN 1 AND 100", name="attendance_threshold_range"
        ),
        CheckConstraint("contact_interval_days BETWEEN 1 AND 365", name="contact_interval_range"),
    )

    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # [{"name", "role", "email"}]: who staff and agencies contact about reviews.
    contact_directory: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rule_set: Mapped[str] = mapped_column(String(16), default="WT2023")
    rule_overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Members' attendance at review team meetings at or above this (percent) completes their
    # attendance duty; practitioners are contacted at least every ``contact_interval_days``.
    attendance_threshold_percent: Mapped[int] = mapped_column(
        Integer, default=80, server_default="80"
    )
    contact_interval_days: Mapped[int] = mapped_column(Integer, default=28, server_default="28")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class AgencyKind(enum.StrEnum):
    local_authority = "local_authority"
    police = "police"
    health = "health"
    education = "education"
    probation = "probation"
    other = "other"


class Agency(IdMixin, TimestampMixin, Base):
    __tablename__ = "agencies"
    __scoping__ = Reach.partnership
    __table_args__ = (UniqueConstraint("partnership_id", "name"),)

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[AgencyKind] = mapped_column(
        Enum(AgencyKind, native_enum=False, length=32, validate_strings=True)
    )
    active: Mapped[bool] = mapped_column(default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}
