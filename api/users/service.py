"""User administration rules."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select, true
from sqlalchemy.orm import Session

from api.domain_errors import Conflict, Invalid, Invalidity
from api.members.models import ReviewMember
from api.partnerships.models import Agency
from api.request_context import RequestContext
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scoping import readable
from api.users.models import User


def check_agency(
    session: Session, principal: Principal, role: Role, agency_id: uuid.UUID | None
) -> None:
    """Members speak for one agency; the agency must be this partnership's and active."""
    if role == Role.member and agency_id is None:
        raise Invalid(
            "A review team member must belong to an agency.",
            [Invalidity("body.agency_id", "required for members", "missing")],
        )
    if agency_id is None:
        return
    agency = session.scalars(
        readable(select(Agency), Agency, principal).where(Agency.id == agency_id)
    ).first()
    if agency is None or not agency.active:
        raise Invalid(
            "No such active agency in this partnership.",
            [Invalidity("body.agency_id", "unknown agency", "unknown")],
        )


def ensure_an_admin_remains(
    session: Session, user: User, request: RequestContext | None = None
) -> None:
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
        raise Conflict("This is the partnership's last active administrator.")


def ensure_no_seat_left_behind(
    session: Session, user: User, role: Role, agency_id: uuid.UUID | None
) -> None:
    """Refuse to move a user out of the agency (or the member role) they sit on review teams
    for while any of those seats is active.

    A seat speaks for one agency on one review, and the partnership's rules and deadlines
    count on each agency having its member: moving the person silently would leave the old
    agency's seat held by someone who no longer belongs to it (and its access with them), or,
    if ended here, leave the agency off the review without anyone deciding so. The
    administrator records each member leaving (with their reason) on the review first, and
    seats someone else where needed; then the move goes through.
    """
    rows = session.execute(
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
    if not rows:
        return
    references = ", ".join(reference for _, reference, _, _ in rows)
    raise Conflict(
        f"This user holds an active seat on the review team of {references}. Record them "
        "leaving each of these reviews first (on the review's team, with the reason), then "
        "change their agency or role.",
        code="active_seats",
        seats=[
            {
                "review_id": str(review_id),
                "review_reference": reference,
                "member_id": str(member_id),
                "deputy": deputy,
            }
            for review_id, reference, member_id, deputy in rows
        ],
    )
