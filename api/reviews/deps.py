"""The review dependencies routes declare: each loads the review (and the seat) once per
request for a caller its scope gate admits, and applies a rule of ``api.reviews.policy``.

A review or seat outside the caller's reach answers 404 (audited for the review, as every
``get_readable`` miss is); a rule refused on a review the caller does see answers 403.

The busiest reads (a review, its deadlines, a checklist) load the review in the endpoint
itself and apply the policy's predicates there: a dependency that reads the database runs in
a worker thread of its own, one more thread trip per request than the endpoint's.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, get_args

from fastapi import Depends, Request
from sqlalchemy.sql.base import ExecutableOption

from api.deps import (
    ActionsReader,
    ActionsWriter,
    AlertWriter,
    ChecklistWriter,
    DbSession,
    EvidenceWriter,
    PractitionersReader,
    PractitionersWriter,
    ReviewsReader,
    ReviewsWriter,
)
from api.members.models import ReviewMember
from api.reviews.models import Review
from api.reviews.policy import ensure_checklist_reader, ensure_manager, seat_of
from api.reviews.repository import AS_PARENT, get_review
from api.security.principal import Principal


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
# A review on which the caller records parallel proceedings (for which agency: the service's
# rule).
ReviewForProceedings = Annotated[Review, Depends(_review(ChecklistWriter))]
# A review on which the caller carries out a duty of their own (a draft signed off, a
# publication-plan request answered; for which agency: the service's rule).
ReviewForDuties = Annotated[Review, Depends(_review(ChecklistWriter, options=[AS_PARENT]))]
# A review whose practitioners the caller reads (which ones: their rows' rule).
ReviewForPractitioners = Annotated[
    Review, Depends(_review(PractitionersReader, options=[AS_PARENT]))
]
# A review on which the caller changes practitioners (whose: the service's rule); loaded
# whole, for its terms-of-reference period.
ReviewForPractitionerChanges = Annotated[Review, Depends(_review(PractitionersWriter))]

# A review whose action plan the caller reads; changes by its managers; evidence and progress
# from the owning agencies (which: the service's rule).
ReviewForActions = Annotated[Review, Depends(_review(ActionsReader, options=[AS_PARENT]))]
ManagedReviewForActions = Annotated[Review, Depends(_review(ActionsWriter, managed=True))]
ReviewForEvidence = Annotated[Review, Depends(_review(EvidenceWriter, options=[AS_PARENT]))]

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
