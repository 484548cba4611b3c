"""Who may do what on a review, beyond reaching it (``api.reviews.access``): each rule named
once, as a predicate, and the FastAPI dependencies routes declare, which load the review (and
the seat) once per request and apply the rule.

* **manager of the review**: a partnership administrator, or the review's lead reviewer. Adds
  and ends seats, adds and changes subjects, changes the review and moves it on.
* **acts for this seat**: the member themselves, or an active deputy of the same agency on the
  review. Sets a checklist's statuses, declares for the agency.
* **own agency's record**: a record of the caller's own agency (an agency's system, or a
  member, for their agency).
* **may read this checklist** (and the seat's declarations): the manager, the seat's agency's
  own system, or whoever acts for the seat; anyone else is answered 404, as for a seat out of
  reach.

A review or seat outside the caller's reach answers 404 (audited for the review, as every
``get_readable`` miss is); a rule refused on a review the caller does see answers 403.

The busiest reads (a review, its deadlines, a checklist) load the review in the endpoint
itself and apply these predicates there: a dependency that reads the database runs in a
worker thread of its own, one more thread trip per request than the endpoint's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Protocol, get_args

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ExecutableOption

from api.deps import AlertWriter, ChecklistWriter, DbSession, ReviewsReader, ReviewsWriter
from api.domain_errors import NotFound
from api.errors import ProblemError
from api.members.models import ReviewMember
from api.reviews.access import in_review
from api.reviews.models import Review
from api.reviews.repository import AS_PARENT, get_review
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
    """403 unless the caller manages the review."""
    if not manages(principal, review):
        raise ProblemError(
            403,
            "Only a partnership administrator or the review's lead reviewer may do this.",
            slug="forbidden",
        )


def ensure_checklist_reader(
    session: Session, principal: Principal, review: ReviewKey, seat: SeatKey
) -> None:
    """404 unless the caller may read the seat's checklist (it is out of their reach)."""
    # Only a member who is not the checklist's owner needs their deputy seats looked up.
    if may_read_checklist(principal, review, seat, set()) or may_read_checklist(
        principal, review, seat, deputy_agencies(session, principal, review.id)
    ):
        return
    raise NotFound("checklist")


def seat_of(
    session: Session, principal: Principal, review: Review, member_id: uuid.UUID
) -> ReviewMember:
    """A seat on ``review`` the caller reaches (they reach the review); 404 otherwise."""
    member: ReviewMember | None = session.scalars(
        in_review(session, select(ReviewMember), ReviewMember, principal, review).where(
            ReviewMember.id == member_id
        )
    ).first()
    if member is None:
        raise NotFound("member")
    return member


# --- The dependencies ------------------------------------------------------------------------


def _gate(alias: Any) -> Callable[..., Any]:
    """The dependency a scope gate alias (``api.deps.ReviewsReader``…) declares: the same
    callable, so FastAPI resolves the gate once for the route and its review."""
    return get_args(alias)[1].dependency  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Seat:
    """A seat and its review, as a seat dependency gives them."""

    review: Review
    member: ReviewMember


def _review(
    gate: Any,
    *,
    options: Sequence[ExecutableOption] = (),
    for_update: bool = False,
    managed: bool = False,
) -> Callable[..., Review]:
    """A dependency: the review of the path's ``review_id``, loaded once per request for a
    caller admitted by ``gate``; 404 (audited) out of reach, 403 if ``managed`` and the
    caller does not manage it."""
    options = tuple(options)

    def review(
        request: Request,
        session: DbSession,
        review_id: uuid.UUID,
        principal: Principal = Depends(_gate(gate)),
    ) -> Review:
        found = get_review(
            session, principal, review_id, request, options=options, for_update=for_update
        )
        if managed:
            ensure_manager(principal, found)
        return found

    return review


def _seat(
    gate: Any,
    *,
    options: Sequence[ExecutableOption] = (),
    managed: bool = False,
    checklist: bool = False,
) -> Callable[..., Seat]:
    """A dependency: the seat of the path's ``member_id`` on its review, both loaded in one
    dependency; 404 out of reach (or, with ``checklist``, if the caller may not read the
    seat's checklist), 403 if ``managed`` and the caller does not manage the review."""
    load_review = _review(gate, options=options, managed=managed)

    def seat(
        request: Request,
        session: DbSession,
        review_id: uuid.UUID,
        member_id: uuid.UUID,
        principal: Principal = Depends(_gate(gate)),
    ) -> Seat:
        review = load_review(request, session, review_id, principal)
        member = seat_of(session, principal, review, member_id)
        if checklist:
            ensure_checklist_reader(session, principal, review, member)
        return Seat(review, member)

    return seat


# A review the caller reaches, as the parent of what the route reads (its rule's columns).
ReviewToRead = Annotated[Review, Depends(_review(ReviewsReader, options=[AS_PARENT]))]
# A review the caller manages, to change what belongs to it.
ManagedReview = Annotated[Review, Depends(_review(ReviewsWriter, managed=True))]
# A review the caller manages, locked to change the review itself.
ManagedReviewForUpdate = Annotated[
    Review, Depends(_review(ReviewsWriter, for_update=True, managed=True))
]
# A review on which the caller confirms alerts (for whom: the service's rule).
ReviewForAlerts = Annotated[Review, Depends(_review(AlertWriter))]

# A seat the caller reaches.
SeatToRead = Annotated[Seat, Depends(_seat(ReviewsReader, options=[AS_PARENT]))]
# A seat on a review the caller manages.
ManagedSeat = Annotated[Seat, Depends(_seat(ReviewsWriter, managed=True))]
# A seat whose checklist and declarations the caller may read.
ChecklistToRead = Annotated[
    Seat, Depends(_seat(ReviewsReader, options=[AS_PARENT], checklist=True))
]
# A seat whose checklist the caller may read, to change it or declare (who may: the service).
ChecklistToWrite = Annotated[Seat, Depends(_seat(ChecklistWriter, checklist=True))]
