"""User administration rules."""

from __future__ import annotations

import uuid

from fastapi import Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.errors import FieldError, ProblemError, conflict
from api.partnerships.models import Agency
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scoping import readable
from api.users.models import User


def check_agency(
    session: Session, principal: Principal, role: Role, agency_id: uuid.UUID | None
) -> None:
    """Members speak for one agency; the agency must be this partnership's and active."""
    if role == Role.member and agency_id is None:
        raise ProblemError(
            422,
            "A review team member must belong to an agency.",
            slug="validation",
            errors=[
                FieldError(field="body.agency_id", message="required for members", code="missing")
            ],
        )
    if agency_id is None:
        return
    agency = session.scalars(
        readable(select(Agency), Agency, principal).where(Agency.id == agency_id)
    ).first()
    if agency is None or not agency.active:
        raise ProblemError(
            422,
            "No such active agency in this partnership.",
            slug="validation",
            errors=[FieldError(field="body.agency_id", message="unknown agency", code="unknown")],
        )


def ensure_an_admin_remains(session: Session, user: User, request: Request | None = None) -> None:
    """A partnership must never be left without an active administrator."""
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(
            User.partnership_id == user.partnership_id,
            User.role == Role.partnership_admin,
            User.active.is_(True),
            User.id != user.id,
        )
    )
    if not others:
        raise conflict("This is the partnership's last active administrator.")
