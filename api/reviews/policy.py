"""Who may do what on a review, beyond reaching it (``api.reviews.access``): each rule named
once, as a predicate, and the checks that refuse with a domain error. The dependencies routes
declare, which load the review (and the seat) once per request and apply these rules, are in
``api.reviews.deps``.

* **manager of the review**: a partnership administrator, or the review's lead reviewer. Adds
  and ends seats, adds and changes subjects, changes the review and moves it on.
* **acts for this seat**: the member themselves, or an active deputy of the same agency on the
  review. Sets a checklist's statuses, declares for the agency.
* **own agency's record**: a record of the caller's own agency (an agency's system, or a
  member, for their agency).
* **may read this checklist** (and the seat's declarations): the manager, the seat's agency's
  own system, or whoever acts for the seat; anyone else is answered 404, as for a seat out of
  reach.

A review or seat outside the caller's reach is ``NotFound`` (audited for the review, as every
``get_readable`` miss is); a rule refused on a review the caller does see is ``Forbidden``.
"""

from __future__ import annotations

import uuid
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.domain_errors import Forbidden, NotFound
from api.members.models import ReviewMember
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.roles import Role


class ReviewKey(Protocol):
    """What the rules read of a review: a ``Review``, or its columns."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def lead_reviewer_id(self) -> uuid.UUID | None: ...


class SeatKey(Protocol):
    """What the rules read of a seat: a ``ReviewMember``, or its columns."""

    @property
    def user_id(self) -> uuid.UUID: ...
    @property
    def agency_id(self) -> uuid.UUID: ...


# --- The predicates ------------------------------------------------------------------------


def manages(principal: Principal, review: ReviewKey) -> bool:
    """Manager of the review: a partnership administrator, or the review's lead reviewer."""
    return principal.is_admin or (
        principal.role == Role.lead_reviewer and review.lead_reviewer_id == principal.id
    )


def own_agency(principal: Principal, agency_id: uuid.UUID | None) -> bool:
    """A record of the caller's own agency."""
    return principal.agency_id is not None and principal.agency_id == agency_id


def _own_agency_member(principal: Principal, seat: SeatKey) -> bool:
    """A person with the member role whose agency, as it is now, is the seat's: a seat kept
    for an agency the user has since left gives them nothing of that agency's."""
    return (
        principal.kind == "user"
        and principal.role == Role.member
        and own_agency(principal, seat.agency_id)
    )


def acts_for(principal: Principal, seat: SeatKey, deputy_agencies: set[uuid.UUID]) -> bool:
    """The member themselves, or an active deputy of the same agency on the review
    (``deputy_agencies``: the agencies the caller deputises for on it, ``deputy_agencies()``),
    either only while they belong to the seat's agency."""
    if not _own_agency_member(principal, seat):
        return False
    return seat.user_id == principal.id or seat.agency_id in deputy_agencies


def may_read_checklist(
    principal: Principal, review: ReviewKey, seat: SeatKey, deputy_agencies: set[uuid.UUID]
) -> bool:
    """Whether the caller may read the seat's checklist and declarations."""
    if manages(principal, review):
        return True
    if principal.is_agency_system and own_agency(principal, seat.agency_id):
        return True
    return acts_for(principal, seat, deputy_agencies)


def deputy_agencies(session: Session, principal: Principal, review_id: uuid.UUID) -> set[uuid.UUID]:
    """The agencies for which the caller sits on the review as an active deputy (their own
    current agency, or none)."""
    if principal.kind != "user" or principal.role != Role.member or principal.agency_id is None:
        return set()
    return set(
        session.scalars(
            select(ReviewMember.agency_id).where(
                ReviewMember.review_id == review_id,
                ReviewMember.user_id == principal.id,
                ReviewMember.agency_id == principal.agency_id,
                ReviewMember.deputy.is_(True),
                ReviewMember.left_on.is_(None),
            )
        )
    )


def acts_for_seat(session: Session, principal: Principal, seat: ReviewMember) -> bool:
    """``acts_for``, looking the caller's deputy seats up only when it is not their own."""
    if not _own_agency_member(principal, seat):
        return False
    if seat.user_id == principal.id:
        return True
    return acts_for(principal, seat, deputy_agencies(session, principal, seat.review_id))


def ensure_manager(principal: Principal, review: ReviewKey) -> None:
    """Forbidden unless the caller manages the review."""
    if not manages(principal, review):
        raise Forbidden(
            "Only a partnership administrator or the review's lead reviewer may do this."
        )


def ensure_checklist_reader(
    session: Session, principal: Principal, review: ReviewKey, seat: SeatKey
) -> None:
    """NotFound unless the caller may read the seat's checklist (it is out of their reach)."""
    # Only a member who is not the checklist's owner needs their deputy seats looked up.
    if may_read_checklist(principal, review, seat, set()) or may_read_checklist(
        principal, review, seat, deputy_agencies(session, principal, review.id)
    ):
        return
    raise NotFound("checklist")


def seat_of(
    session: Session, principal: Principal, review: Review, member_id: uuid.UUID
) -> ReviewMember:
    """A seat on ``review`` the caller reaches (they reach the review); NotFound otherwise."""
    member: ReviewMember | None = session.scalars(
        in_review(session, select(ReviewMember), ReviewMember, principal, review).where(
            ReviewMember.id == member_id
        )
    ).first()
    if member is None:
        raise NotFound("member")
    return member
