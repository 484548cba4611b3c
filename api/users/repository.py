"""Queries for user accounts: the ones the caller reaches, and what the account rules count."""

from __future__ import annotations

import uuid

from sqlalchemy import Row, func, select, true
from sqlalchemy.orm import Session

from api.members.models import ReviewMember
from api.pagination import PageParams, paginate
from api.partnerships.models import Agency, Partnership
from api.request_context import RequestContext
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scoping import get_readable, readable
from api.users.models import User


def list_users(
    session: Session,
    principal: Principal,
    page: PageParams,
    role: Role | None = None,
    agency_id: uuid.UUID | None = None,
    active: bool | None = None,
) -> tuple[list[User], str | None]:
    """One page of the partnership's users, by e-mail address."""
    statement = readable(select(User), User, principal)
    if role is not None:
        statement = statement.where(User.role == role)
    if agency_id is not None:
        statement = statement.where(User.agency_id == agency_id)
    if active is not None:
        statement = statement.where(User.active == active)
    rows, cursor = paginate(
        session, statement, page, [User.email, User.id], updated_column=User.updated_at
    )
    return list(rows), cursor


def get_user(
    session: Session, principal: Principal, user_id: uuid.UUID, request: RequestContext | None
) -> User:
    """The user, if the caller reaches them (404, audited, otherwise)."""
    return get_readable(session, User, user_id, principal, request=request)


def other_active_admins(session: Session, user: User) -> int:
    """How many active administrators the user's partnership has besides them."""
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(
                User.partnership_id == user.partnership_id,
                User.role == Role.partnership_admin,
                User.active.is_(True),
                User.id != user.id,
            )
        )
        or 0
    )


def seats_left_behind(
    session: Session, user: User, role: Role, agency_id: uuid.UUID | None
) -> list[Row[uuid.UUID, str, uuid.UUID, bool]]:
    """The user's active seats (review id, reference, seat id, deputy) that they would no
    longer hold as ``role`` in ``agency_id``: every one, unless they stay a member, then
    those for another agency. By review reference."""
    return list(
        session.execute(
            select(Review.id, Review.reference, ReviewMember.id, ReviewMember.deputy)
            .join(Review, Review.id == ReviewMember.review_id)
            .where(
                ReviewMember.partnership_id == user.partnership_id,
                ReviewMember.user_id == user.id,
                ReviewMember.left_on.is_(None),
                (ReviewMember.agency_id != agency_id)
                if role == Role.member and agency_id is not None
                else true(),
            )
            .order_by(Review.reference)
        ).all()
    )


def partnership_and_agency(session: Session, user: User) -> tuple[Partnership, Agency | None]:
    """The user's partnership and agency (if any), for their own account page."""
    partnership = session.get(Partnership, user.partnership_id)
    assert partnership is not None  # a user belongs to one
    agency = session.get(Agency, user.agency_id) if user.agency_id else None
    return partnership, agency
