"""Publication planning: who may ask, and who answers.

* read requests and answers: everyone who reaches the review. An answer names a comms lead
  (a member of an agency's staff acting in that role) or a date; nothing in it is a
  practitioner's or a subject's personal detail;
* send and withdraw requests: the partnership's administrators. Publication is the
  partnership's (the safeguarding partners publish, and the business unit plans it: the
  seed document's "publication planning process"); the lead reviewer, who writes the report,
  reads the plan but does not run it (PRODUCT.md section 6 gives them no such function). A
  request goes to one agency with a current seat, or to every such agency at once; a
  ``comms_lead``, ``staff_briefed`` or ``family_informed`` request is not sent twice to the
  same agency while one is open;
* answer: a member with a current seat (or deputy seat) on the review, for their own
  agency's requests. No agency-system scope names publication planning, so the gate is
  ``checklists:write`` (it is one of the member's duties) and agency systems read only.
  Answers are append-only; the latest counts. A withdrawn request takes no answers.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from api import records
from api.audit import service as audit
from api.clock import clock
from api.domain_errors import Conflict, Forbidden, Invalid
from api.members import repository as members
from api.publication import repository
from api.publication.models import PlanItem, PublicationAnswer, PublicationRequest
from api.publication.schemas import (
    AnswerCreate,
    AnswerOut,
    RequestCreate,
    RequestOut,
    RequestToAll,
    RequestWithdraw,
)
from api.request_context import RequestContext
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.roles import Role

ONCE_PER_AGENCY = frozenset({PlanItem.comms_lead, PlanItem.staff_briefed, PlanItem.family_informed})


def ensure_admin(principal: Principal) -> None:
    if not principal.is_admin:
        raise Forbidden("Only a partnership administrator plans publication.")


def _check_question(body: RequestToAll) -> None:
    if body.item == PlanItem.other and not body.question:
        raise Invalid.field("body.question", "Write the question to ask.", "missing")


def _open_items(
    session: Session, principal: Principal, review: Review, item: PlanItem
) -> set[uuid.UUID]:
    """The agencies with an open request of ``item`` (for the once-per-agency items)."""
    if item not in ONCE_PER_AGENCY:
        return set()
    statement = repository.requests_statement(session, principal, review).where(
        PublicationRequest.item == item, PublicationRequest.withdrawn_on.is_(None)
    )
    return {r.agency_id for r in session.scalars(statement)}


def _send(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    agency_id: uuid.UUID,
    body: RequestToAll,
) -> PublicationRequest:
    now = clock.now()
    sent = PublicationRequest(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        agency_id=agency_id,
        item=body.item,
        question=body.question,
        due_on=body.due_on,
        requested_by_type=principal.kind,
        requested_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )
    records.create(
        session,
        principal,
        request,
        sent,
        action="publication_plan.requested",
        record_type="publication_plan_request",
        details={"agency_id": str(agency_id), "item": body.item.value},
        review_id=review.id,
    )
    return sent


def send(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: RequestCreate,
) -> PublicationRequest:
    """One request, to one agency with a current seat on the review."""
    ensure_admin(principal)
    _check_question(body)
    if body.agency_id not in repository.seated_agencies(session, principal, review):
        raise Invalid.field(
            "body.agency_id", "That agency has no current seat on this review.", "not_on_review"
        )
    if body.agency_id in _open_items(session, principal, review, body.item):
        raise Conflict(
            f"This agency already has an open {body.item.value} request on the review.",
            code="already_requested",
        )
    return _send(session, principal, request, review, body.agency_id, body)


def send_to_all(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: RequestToAll,
) -> list[PublicationRequest]:
    """The same request to every agency with a current seat, except those already holding
    an open one of a once-per-agency item; 409 if that leaves none."""
    ensure_admin(principal)
    _check_question(body)
    already = _open_items(session, principal, review, body.item)
    agencies = [
        a for a in repository.seated_agencies(session, principal, review) if a not in already
    ]
    if not agencies:
        raise Conflict(
            "No agency on the review is left to ask: none has a current seat, or every one "
            "has this request open already.",
            code="no_agency_to_ask",
        )
    return [_send(session, principal, request, review, a, body) for a in agencies]


def withdraw(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    sent: PublicationRequest,
    body: RequestWithdraw,
) -> PublicationRequest:
    ensure_admin(principal)
    if sent.withdrawn_on is not None:
        raise Conflict("This request is already withdrawn.", code="request_withdrawn")
    sent.withdrawn_on = clock.today()
    sent.withdrawn_reason = body.reason
    session.flush()
    audit.record(
        session,
        "publication_plan.withdrawn",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type="publication_plan_request",
        record_id=sent.id,
        details={"agency_id": str(sent.agency_id), "item": sent.item.value},
    )
    return sent


def _check_answer(sent: PublicationRequest, body: AnswerCreate) -> None:
    """The answer ``sent`` asks for, field by field (422 naming the field)."""
    if body.not_applicable and sent.item != PlanItem.family_informed:
        raise Invalid.field(
            "body.not_applicable", "Only 'family informed' may be not applicable.", "invalid"
        )
    match sent.item:
        case PlanItem.comms_lead | PlanItem.other:
            if not body.text:
                what = "the comms lead's name" if sent.item == PlanItem.comms_lead else "answer"
                raise Invalid.field("body.text", f"Give {what}.", "missing")
            if body.done_on is not None:
                raise Invalid.field("body.done_on", "This request takes no date.", "not_taken")
        case PlanItem.staff_briefed:
            if body.done_on is None:
                raise Invalid.field("body.done_on", "Give the date staff were briefed.", "missing")
        case PlanItem.family_informed:
            if body.not_applicable:
                if not body.text:
                    raise Invalid.field(
                        "body.text", "Say why informing the family does not apply.", "missing"
                    )
                if body.done_on is not None:
                    raise Invalid.field(
                        "body.done_on", "Not applicable takes no date.", "not_taken"
                    )
            elif body.done_on is None:
                raise Invalid.field(
                    "body.done_on",
                    "Give the date the family was informed, or say it does not apply.",
                    "missing",
                )


def answer(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    sent: PublicationRequest,
    body: AnswerCreate,
) -> PublicationAnswer:
    """The answer of the request's agency, by one of its seated members."""
    if (
        principal.kind != "user"
        or principal.role != Role.member
        or principal.agency_id != sent.agency_id
    ):
        raise Forbidden("Only a member of the review team answers their own agency's requests.")
    if members.active_seat(session, principal, review, sent.agency_id) is None:
        raise Forbidden("Only a current member of the review team answers requests.")
    if sent.withdrawn_on is not None:
        raise Conflict("This request was withdrawn; it takes no answers.", code="request_withdrawn")
    _check_answer(sent, body)
    answered = PublicationAnswer(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        request_id=sent.id,
        agency_id=sent.agency_id,
        text=body.text,
        done_on=body.done_on,
        not_applicable=body.not_applicable,
        answered_by_type=principal.kind,
        answered_by_id=principal.id,
        answered_at=clock.now(),
    )
    records.create(
        session,
        principal,
        request,
        answered,
        action="publication_plan.answered",
        record_type="publication_plan_answer",
        details={
            "request_id": str(sent.id),
            "agency_id": str(sent.agency_id),
            "item": sent.item.value,
        },
        review_id=review.id,
    )
    return answered


def shown(sent: PublicationRequest, latest: PublicationAnswer | None) -> RequestOut:
    """A request with the answer that counts."""
    return RequestOut(
        id=sent.id,
        review_id=sent.review_id,
        agency_id=sent.agency_id,
        item=sent.item,
        question=sent.question,
        due_on=sent.due_on,
        answered=latest is not None,
        latest_answer=None if latest is None else AnswerOut.model_validate(latest),
        withdrawn_on=sent.withdrawn_on,
        withdrawn_reason=sent.withdrawn_reason,
        requested_by_type=sent.requested_by_type,
        requested_by_id=sent.requested_by_id,
        created_at=sent.created_at,
        updated_at=sent.updated_at,
    )
