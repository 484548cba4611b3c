"""Parallel proceedings: who may record them, and for which agency.

* read: everyone who reaches the review (its team, past and present, the lead reviewer,
  the partnership's administrators and viewers, the seated agencies' systems). The liaison
  contact is a role, team or shared inbox, not a person in the case: PRODUCT.md names only
  practitioners' and subjects' details as personal, so it is shown to all of them;
* record, change, or declare "none": a member with an active seat (or deputy seat) on the
  review, for their own agency only; the review's managers (administrators and its lead
  reviewer) for any agency that sits or sat on it. The scope gate is ``checklists:write``:
  the proceedings declaration is one of the member's duties, as the declarations it replaces
  were, and no agency-system scope names proceedings, so agency systems read them only;
* ending a proceeding is a change of status to ``concluded`` (dated), never a delete;
* "none" is refused (409) once the agency has recorded a proceeding: the records say it.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.domain_errors import Conflict, Forbidden, Invalid
from api.members import repository as members
from api.proceedings import repository
from api.proceedings.models import NoProceedingsDeclaration, ParallelProceeding, ProceedingStatus
from api.proceedings.schemas import NoProceedingsCreate, ProceedingCreate, ProceedingUpdate
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import manages, own_agency
from api.security.principal import Principal
from api.security.roles import Role


def _ensure_own_agency_writer(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> None:
    """Forbidden unless a caller who does not manage the review acts for ``agency_id``: their
    own agency, and for a member only with a current seat on the review."""
    if not own_agency(principal, agency_id):
        raise Forbidden("You can record parallel proceedings only for your own agency.")
    if (
        principal.role == Role.member
        and members.active_seat(session, principal, review, agency_id) is None
    ):
        raise Forbidden("Only a current member of the review team records proceedings.")


def agency_for(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID | None
) -> uuid.UUID:
    """The agency a new record is for: the caller's own, or (for the review's managers) the
    one they name, which must sit or have sat on the review."""
    if manages(principal, review):
        if agency_id is None:
            raise Invalid.field("body.agency_id", "Name the agency it is recorded for.", "missing")
        if not repository.agency_on_review(session, principal, review, agency_id):
            raise Invalid.field(
                "body.agency_id", "That agency does not sit on this review.", "not_on_review"
            )
        return agency_id
    own = principal.agency_id
    if own is None:
        raise Forbidden("You can record parallel proceedings only for your own agency.")
    _ensure_own_agency_writer(session, principal, review, agency_id or own)
    return own


def _audit(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: str,
    record_type: str,
    record_id: uuid.UUID,
    details: dict[str, object],
) -> None:
    audit.record(
        session,
        action,
        principal=principal,
        request=request,
        record_type=record_type,
        record_id=record_id,
        review_id=review.id,
        details=details,
    )


def create(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: ProceedingCreate,
) -> ParallelProceeding:
    agency_id = agency_for(session, principal, review, body.agency_id)
    proceeding = ParallelProceeding(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        agency_id=agency_id,
        kind=body.kind,
        status=body.status,
        liaison_contact=body.liaison_contact,
        expected_end_on=body.expected_end_on,
        concluded_on=clock.today() if body.status == ProceedingStatus.concluded else None,
        holds_publication=body.holds_publication,
        note=body.note,
        recorded_by_type=principal.kind,
        recorded_by_id=principal.id,
    )
    session.add(proceeding)
    session.flush()
    _audit(
        session,
        principal,
        request,
        review,
        "proceeding.create",
        "parallel_proceeding",
        proceeding.id,
        {
            "agency_id": str(agency_id),
            "kind": body.kind.value,
            "status": body.status.value,
            "holds_publication": body.holds_publication,
        },
    )
    return proceeding


def ensure_may_change(
    session: Session, principal: Principal, review: Review, proceeding: ParallelProceeding
) -> None:
    """Forbidden unless the caller manages the review or acts for the proceeding's agency."""
    if not manages(principal, review):
        _ensure_own_agency_writer(session, principal, review, proceeding.agency_id)


def update(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    proceeding: ParallelProceeding,
    body: ProceedingUpdate,
) -> ParallelProceeding:
    ensure_may_change(session, principal, review, proceeding)
    changes = body.changes()
    status = changes.get("status")
    if status is not None and status != proceeding.status:
        proceeding.concluded_on = clock.today() if status == ProceedingStatus.concluded else None
    for field, value in changes.items():
        setattr(proceeding, field, value)
    session.flush()
    details: dict[str, object] = {"fields": sorted(changes)}
    if "status" in changes:
        details["status"] = proceeding.status.value
    if "holds_publication" in changes:
        details["holds_publication"] = proceeding.holds_publication
    _audit(
        session,
        principal,
        request,
        review,
        "proceeding.update",
        "parallel_proceeding",
        proceeding.id,
        details,
    )
    return proceeding


def declare_none(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: NoProceedingsCreate,
) -> NoProceedingsDeclaration:
    agency_id = agency_for(session, principal, review, body.agency_id)
    today = clock.today()
    declared_on = body.declared_on or today
    if declared_on > today:
        raise Invalid.field(
            "body.declared_on", "declared_on cannot be in the future.", "future_date"
        )
    if repository.agency_has_proceedings(session, principal, review, agency_id):
        raise Conflict(
            "This agency has recorded parallel proceedings on the review; they are its "
            "declaration. Conclude them rather than declaring none.",
            code="proceedings_recorded",
        )
    declaration = NoProceedingsDeclaration(
        partnership_id=review.partnership_id,
        review_id=review.id,
        agency_id=agency_id,
        declared_on=declared_on,
        declared_by_type=principal.kind,
        declared_by_id=principal.id,
        created_at=clock.now(),
    )
    session.add(declaration)
    session.flush()
    _audit(
        session,
        principal,
        request,
        review,
        "proceeding.declare_none",
        "no_proceedings_declaration",
        declaration.id,
        {"agency_id": str(agency_id), "declared_on": declared_on.isoformat()},
    )
    return declaration
