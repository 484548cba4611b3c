"""The review team: seats, leaving, checklists (made from the partnership's template) and
declarations.

Who may do what, beyond reaching the review (``api.reviews.access``; the rules are named in
``api.reviews.policy``):

* add or end a seat: administrators and the review's lead reviewer;
* read a member's checklist and declarations: administrators, the lead reviewer, the member
  themselves, an active deputy of the same agency on the review, and the agency's own
  system; for anyone else the checklist answers 404 (the team view, with completion and
  outstanding duties only, is open to everyone who reaches the review);
* change a checklist item's status, or declare: the member themselves or their agency's
  active deputy (scope ``checklists:write``); administrators may change notes only;
* the member and the deputy count only while they belong to the seat's agency: a user moved
  to another agency acts for, and reads, none of the old agency's seats;
* derived items' status cannot be set by hand (a conflict).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from pydantic import BaseModel
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.concurrency import etag_of
from api.domain_errors import Conflict, Forbidden, Invalid, Invalidity, NotFound
from api.members import derivation, repository
from api.members.duties import (
    BY_CODE,
    DEFAULT_TEMPLATE_VERSION,
    LOCAL_DONE_WHEN,
    default_template_duties,
)
from api.members.models import (
    ChecklistItem,
    ChecklistTemplate,
    DeclarationKind,
    ItemStatus,
    MemberDeclaration,
    ReviewMember,
)
from api.members.schemas import (
    ChecklistItemOut,
    ChecklistItemUpdate,
    Completion,
    DeclarableKind,
    DeclarationCreate,
    MemberCreate,
    MemberLeave,
    MemberOut,
    OutstandingItem,
    TeamMemberOut,
    TeamOut,
)
from api.practitioners import repository as practitioners
from api.request_context import RequestContext
from api.reviews.lifecycle import TERMINAL
from api.reviews.models import Review
from api.reviews.policy import (
    acts_for_seat,
    ensure_checklist_reader,
    ensure_manager,
    may_read_checklist,
)
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scoping import refused
from api.users.models import User


def member_out(member: ReviewMember, name: str) -> MemberOut:
    return MemberOut(
        id=member.id,
        review_id=member.review_id,
        user_id=member.user_id,
        name=name,
        agency_id=member.agency_id,
        deputy=member.deputy,
        joined_on=member.joined_on,
        left_on=member.left_on,
        left_reason=member.left_reason,
        active=member.left_on is None,
        checklist_template_version=member.checklist_template_version,
        created_at=member.created_at,
        updated_at=member.updated_at,
    )


def out_of(session: Session, member: ReviewMember) -> MemberOut:
    """A seat as the API writes it, with its user's name read afresh."""
    return member_out(member, repository.names_of(session, {member.user_id})[member.user_id])


def current_template(session: Session, partnership_id: uuid.UUID) -> ChecklistTemplate:
    """The partnership's newest checklist template; version 1 (every duty of the seed
    document) is created the first time one is needed."""
    statement = repository.newest_template_statement(partnership_id)
    template = session.scalars(statement).first()
    if template is not None:
        return template
    template = ChecklistTemplate(
        partnership_id=partnership_id,
        version=DEFAULT_TEMPLATE_VERSION,
        duties=default_template_duties(),
    )
    try:
        with session.begin_nested():
            session.add(template)
            session.flush()
    except IntegrityError:
        template = session.scalars(statement).one()  # created concurrently
    return template


def _invalid_user(message: str) -> Invalid:
    return Invalid.field("body.user_id", message, "invalid_member")


def add_member(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: MemberCreate,
) -> ReviewMember:
    ensure_manager(principal, review)
    if review.status in TERMINAL:
        raise Conflict(f"The review is {review.status.value}: its team is closed.")
    user = session.get(User, body.user_id)
    if user is None or user.partnership_id != review.partnership_id:
        raise _invalid_user("No such user in this partnership.")
    if user.role != Role.member or user.agency_id is None or not user.active:
        raise _invalid_user(
            "Only an active user with the member role, in an agency, can sit on a review team."
        )
    today = clock.today()
    joined_on = body.joined_on or today
    if joined_on > today:
        raise Invalid(
            "joined_on cannot be in the future.",
            [Invalidity("body.joined_on", "future date", "future_date")],
        )
    active = repository.active_members(session, principal, review)
    if any(m.user_id == user.id for m in active):
        raise Conflict("This user already sits on the review.")
    if not body.deputy and any(m.agency_id == user.agency_id and not m.deputy for m in active):
        raise Conflict(
            "This agency already has an active member on the review; record the "
            "current member leaving first, or add a deputy."
        )
    member = ReviewMember(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        user_id=user.id,
        agency_id=user.agency_id,
        deputy=body.deputy,
        joined_on=joined_on,
    )
    if not body.deputy:
        template = current_template(session, review.partnership_id)
        member.checklist_template_version = template.version
    try:
        with session.begin_nested():
            session.add(member)
            session.flush()
    except IntegrityError as exc:  # a concurrent request seated the agency or the user
        raise Conflict("This agency or user already has an active seat on the review.") from exc
    if not body.deputy:
        session.add_all(
            ChecklistItem(
                partnership_id=review.partnership_id,
                review_id=review.id,
                member_id=member.id,
                duty=entry["duty"],
                title=entry["title"],
                position=position,
                status=ItemStatus.not_started,
            )
            for position, entry in enumerate(template.duties)
        )
        session.flush()
    audit.record(
        session,
        "member.add",
        principal=principal,
        request=request,
        record_type="review_member",
        record_id=member.id,
        review_id=review.id,
        details={"user_id": str(user.id), "agency_id": str(user.agency_id), "deputy": body.deputy},
    )
    return member


def leave(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    member: ReviewMember,
    body: MemberLeave,
) -> ReviewMember:
    """Record that a member left, and why; the seat and checklist are kept."""
    ensure_manager(principal, review)
    if member.left_on is not None:
        raise Conflict("This member has already left the review.")
    left_on = body.left_on or clock.today()
    if left_on > clock.today() or left_on < member.joined_on:
        raise Invalid(
            "left_on must be between joining and today.",
            [Invalidity("body.left_on", "out of range", "range")],
        )
    member.left_on = left_on
    member.left_reason = body.reason
    session.flush()
    audit.record(
        session,
        "member.leave",
        principal=principal,
        request=request,
        record_type="review_member",
        record_id=member.id,
        review_id=review.id,
    )
    return member


class ReviewRow(NamedTuple):
    """The review's columns the checklist's rules read (``policy.ReviewKey``)."""

    id: uuid.UUID
    lead_reviewer_id: uuid.UUID | None


@dataclass(frozen=True)
class _Shown:
    item: derivation.ItemView
    status: ItemStatus
    evidence: BaseModel | None  # one of the registered duties' evidence models


def _show(
    items: Sequence[derivation.ItemView],
    member: derivation.SeatView,
    evidence: derivation.ReviewEvidence,
) -> list[_Shown]:
    shown = []
    for item in items:
        status, proof = derivation.derive(item, member, evidence)
        shown.append(_Shown(item, status, proof))
    return shown


def _completion(shown: list[_Shown]) -> Completion:
    return Completion(done=sum(derivation.is_complete(s.status) for s in shown), total=len(shown))


def item_body(s: _Shown) -> dict[str, Any]:
    """An item as the API writes it (``ChecklistItemOut``'s fields, in its order): the
    checklist page serialises these directly; single items go through the model."""
    duty = BY_CODE.get(s.item.duty)
    return {
        "id": s.item.id,
        "duty": s.item.duty,
        "title": s.item.title,
        "done_when": duty.done_when if duty else LOCAL_DONE_WHEN,
        "status": s.status,
        "derived": bool(duty and duty.derived),
        "derivable_later": bool(duty and duty.derivable_later),
        "evidence": s.evidence,
        "hand_set_status": _hand_set(s, bool(duty and duty.derived)),
        "note": s.item.note,
        "updated_by_type": s.item.updated_by_type,
        "updated_by_id": s.item.updated_by_id,
        "updated_at": s.item.updated_at,
        "etag": etag_of(s.item.version),
    }


def _hand_set(s: _Shown, derived: bool) -> ItemStatus | None:
    """A derived item's stored status, when someone set it by hand before the duty was
    derived (never overwritten: it is shown beside the derived one as history)."""
    stored = s.item.status
    touched = s.item.updated_by_type is not None or stored != ItemStatus.not_started
    return stored if derived and touched else None


def _item_out(s: _Shown) -> ChecklistItemOut:
    return ChecklistItemOut.model_validate(item_body(s))


def checklist(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review_id: uuid.UUID,
    member_id: uuid.UUID,
) -> dict[str, Any]:
    """A member's checklist, as the API writes it (``ChecklistOut``'s fields), from one
    statement (``repository.checklist_row``): the commonest request a member makes. NotFound
    (audited) for a review the caller does not reach, as ``get_review`` would."""
    row = repository.checklist_row(session, principal, review_id, member_id)
    if row is None:
        raise refused(principal, request, "review", review_id)
    read = derivation.ChecklistRead.of(row)
    if read.seat is None:
        raise NotFound("member")
    member = read.seat
    review_row = ReviewRow(review_id, row["lead_reviewer_id"])
    ensure_checklist_reader(session, principal, review_row, member)
    shown = _show(read.items, member, read.evidence)
    completion = _completion(shown)
    return {
        "review_id": review_id,
        "member_id": member.id,
        "template_version": member.checklist_template_version,
        "completion": {"done": completion.done, "total": completion.total},
        "items": [item_body(s) for s in shown],
    }


def item_out(
    session: Session,
    principal: Principal,
    review: Review,
    member: ReviewMember,
    item: ChecklistItem,
) -> ChecklistItemOut:
    evidence = derivation.ReviewEvidence.load(session, principal, review, member.id)
    return _item_out(_show([item], member, evidence)[0])


def update_item(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    member: ReviewMember,
    item: ChecklistItem,
    body: ChecklistItemUpdate,
) -> None:
    changes = body.changes()
    acting = acts_for_seat(session, principal, member)
    if not acting and not principal.is_admin:
        raise Forbidden(
            "Only the member (or their agency's deputy) updates their "
            "checklist; administrators may add notes."
        )
    if "status" in changes and not acting:
        raise Forbidden("Only the member (or their agency's deputy) sets a duty's status.")
    if member.left_on is not None:
        raise Conflict("This member has left the review; their checklist is kept as it was.")
    duty = BY_CODE.get(item.duty)
    if "status" in changes and duty is not None and duty.derived:
        raise Conflict(
            f"'{item.duty}' is derived from the data ({duty.done_when}); it cannot be set by hand.",
            code="derived_item",
        )
    note = changes.get("note", item.note)
    if changes.get("status", item.status) == ItemStatus.not_applicable and not (note or "").strip():
        raise Invalid.field(
            "body.note", "Say why this duty does not apply to your agency.", "reason_required"
        )
    for field, value in changes.items():
        setattr(item, field, value)
    item.updated_by_type = principal.kind
    item.updated_by_id = principal.id
    session.flush()
    audit.record(
        session,
        "checklist.update",
        principal=principal,
        request=request,
        record_type="checklist_item",
        record_id=item.id,
        review_id=review.id,
        details={"duty": item.duty, "fields": sorted(changes)},
    )


def declare(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    member: ReviewMember,
    body: DeclarationCreate,
) -> MemberDeclaration:
    if not acts_for_seat(session, principal, member):
        raise Forbidden("Only the member (or their agency's deputy) declares for their agency.")
    if member.left_on is not None:
        raise Conflict("This member has left the review.")
    if body.kind == DeclarableKind.no_practitioners:
        active = practitioners.active_count(session, principal, review, member.agency_id)
        if active:
            raise Conflict(
                f"Your agency has {active} active practitioner(s) on this review: withdraw "
                "them before declaring that no practitioners were involved.",
                code="has_practitioners",
            )
    declaration = MemberDeclaration(
        partnership_id=review.partnership_id,
        review_id=review.id,
        member_id=member.id,
        kind=DeclarationKind(body.kind.value),
        payload=body.payload(),
        declared_by_type=principal.kind,
        declared_by_id=principal.id,
        declared_at=clock.now(),
    )
    session.add(declaration)
    session.flush()
    audit.record(
        session,
        "member.declare",
        principal=principal,
        request=request,
        record_type="member_declaration",
        record_id=declaration.id,
        review_id=review.id,
        details={"kind": body.kind.value},
    )
    return declaration


def team(session: Session, principal: Principal, review: Review) -> TeamOut:
    """Every active member with their completion and outstanding duties, in a fixed number
    of queries: members (with names), items, then the evidence for derivations."""
    rows = repository.team_rows(session, principal, review)
    items_by_member = repository.items_by_member(session, principal, review)
    evidence = derivation.ReviewEvidence.load(session, principal, review)
    # The caller's own active deputy seats are among the active members already loaded.
    deputy_agencies = {
        member.agency_id
        for member, _, _ in rows
        if member.deputy
        and member.user_id == principal.id
        and principal.kind == "user"
        and member.agency_id == principal.agency_id
    }
    members: list[TeamMemberOut] = []
    done = total = 0
    for member, user_name, agency_name in rows:
        shown = _show(items_by_member.get(member.id, []), member, evidence)
        completion = None if member.deputy else _completion(shown)
        if completion is not None:
            done, total = done + completion.done, total + completion.total
        members.append(
            TeamMemberOut(
                member_id=member.id,
                user_id=member.user_id,
                name=user_name,
                agency_id=member.agency_id,
                agency_name=agency_name,
                deputy=member.deputy,
                joined_on=member.joined_on,
                completion=completion,
                can_view_checklist=may_read_checklist(principal, review, member, deputy_agencies),
                outstanding=[
                    OutstandingItem(
                        duty=s.item.duty,
                        title=s.item.title,
                        status=s.status,
                        derived=bool(BY_CODE.get(s.item.duty) and BY_CODE[s.item.duty].derived),
                    )
                    for s in shown
                    if not derivation.is_complete(s.status)
                ],
            )
        )
    return TeamOut(
        review_id=review.id, completion=Completion(done=done, total=total), members=members
    )
