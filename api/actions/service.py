"""The learning action plan: who may do what.

* read recommendations, actions and progress: every caller with ``actions:read`` who reaches
  the review (its team, its lead reviewer, the partnership's administrators and viewers, the
  seated agencies' systems). A viewer reads no personal data: an action's named lead and the
  text of progress notes are withheld from them;
* write recommendations and actions, cancel and sign off: the review's managers
  (administrators and its lead reviewer, scope ``actions:write``). Signing off needs accepted
  evidence, unless an administrator overrides with a reason;
* record progress (a dated note, moving the action to in progress or completed) and submit
  evidence: the owning agency's members and system (scope ``evidence:write``), and the
  review's managers for progress;
* read evidence's content (its note, link, file and the decision's comment): the review's
  managers and the owning agency's people and system; the others who read the action see
  only its status. Accept or return evidence: the review's managers.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from api import records
from api.actions import repository
from api.actions.models import (
    Action,
    ActionStatus,
    ActionUpdate,
    Evidence,
    EvidenceKind,
    EvidenceStatus,
    Recommendation,
)
from api.actions.rag import rag
from api.actions.schemas import (
    ActionCreate,
    ActionOut,
    ActionPatch,
    CloseReason,
    EvidenceCounts,
    EvidenceCreate,
    EvidenceDecision,
    EvidenceOut,
    RecommendationCreate,
    RecommendationPatch,
    SignOff,
    UpdateCreate,
    UpdateOut,
)
from api.audit import service as audit
from api.clock import clock
from api.documents import service as documents
from api.documents.models import StoredFile
from api.domain_errors import Conflict, Forbidden, Invalid, PreconditionUnmet
from api.files.transfer import Received
from api.publication.repository import seated_agencies
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import ensure_manager, manages, own_agency
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scopes import Scope

CLOSED = (ActionStatus.signed_off, ActionStatus.cancelled)


def is_viewer(principal: Principal) -> bool:
    return principal.role == Role.viewer


def owners(principal: Principal, action: Action) -> bool:
    """The owning agency's member or system."""
    if not own_agency(principal, action.agency_id):
        return False
    return principal.is_agency_system or (
        principal.kind == "user" and principal.role == Role.member
    )


def may_open(principal: Principal, review: Review, action: Action) -> bool:
    return manages(principal, review) or owners(principal, action)


# --- Recommendations -------------------------------------------------------------------------


def recommend(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: RecommendationCreate,
) -> Recommendation:
    ensure_manager(principal, review)
    now = clock.now()
    made = Recommendation(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        label=body.label,
        text=body.text,
        created_at=now,
        updated_at=now,
    )
    return records.create(
        session,
        principal,
        request,
        made,
        action="recommendation.created",
        record_type="recommendation",
        review_id=review.id,
        duplicate=f"A recommendation labelled {body.label} is already on this review.",
    )


def change_recommendation(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    recommendation: Recommendation,
    body: RecommendationPatch,
) -> Recommendation:
    ensure_manager(principal, review)
    changes = records.asked_changes(
        recommendation, body.model_dump(exclude_unset=True), ("label", "text")
    )
    if not changes:
        return recommendation
    return records.change(
        session,
        principal,
        request,
        recommendation,
        changes,
        action="recommendation.changed",
        record_type="recommendation",
        duplicate="Another recommendation on this review has that label.",
    )


# --- Actions ---------------------------------------------------------------------------------


def action_out(
    principal: Principal, action: Action, counts: Mapping[str, int], today: date | None = None
) -> ActionOut:
    hidden = is_viewer(principal)
    return ActionOut(
        id=action.id,
        review_id=action.review_id,
        recommendation_id=action.recommendation_id,
        agency_id=action.agency_id,
        title=action.title,
        lead_name=None if hidden else action.lead_name,
        lead_withheld=hidden,
        due_on=action.due_on,
        expected_outcome=action.expected_outcome,
        measure_of_success=action.measure_of_success,
        status=action.status,
        rag=rag(action.status, action.due_on, action.last_update_on, today or clock.today()),
        last_update_on=action.last_update_on,
        evidence=EvidenceCounts(
            submitted=counts.get("submitted", 0),
            accepted=counts.get("accepted", 0),
            returned=counts.get("returned", 0),
        ),
        closed_on=action.closed_on,
        closed_reason=action.closed_reason,
        override_reason=action.override_reason,
        created_at=action.created_at,
        updated_at=action.updated_at,
    )


def list_items(principal: Principal, rows: list[Row[Any]]) -> list[dict[str, Any]]:
    """A list page's rows (``repository.WIRE_COLUMNS``) laid out as ``ActionOut`` writes an
    action, the named lead withheld from viewers as ``action_out`` withholds it."""
    hidden = is_viewer(principal)
    return [
        {
            "id": row.id,
            "review_id": row.review_id,
            "recommendation_id": row.recommendation_id,
            "agency_id": row.agency_id,
            "title": row.title,
            "lead_name": None if hidden else row.lead_name,
            "lead_withheld": hidden,
            "due_on": row.due_on,
            "expected_outcome": row.expected_outcome,
            "measure_of_success": row.measure_of_success,
            "status": row.status,
            "rag": row.rag,
            "last_update_on": row.last_update_on,
            "evidence": {
                "submitted": row.evidence_submitted,
                "accepted": row.evidence_accepted,
                "returned": row.evidence_returned,
            },
            "closed_on": row.closed_on,
            "closed_reason": row.closed_reason,
            "override_reason": row.override_reason,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
        }
        for row in rows
    ]


def present(session: Session, principal: Principal, actions: list[Action]) -> list[ActionOut]:
    counts = repository.evidence_counts(session, principal, [a.id for a in actions])
    today = clock.today()
    return [action_out(principal, a, counts.get(a.id, {}), today) for a in actions]


def create_action(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: ActionCreate,
) -> Action:
    ensure_manager(principal, review)
    repository.get_recommendation(session, principal, review, body.recommendation_id)
    if body.agency_id not in seated_agencies(session, principal, review):
        raise Invalid.field(
            "body.agency_id", "That agency has no current seat on this review.", "not_on_review"
        )
    now = clock.now()
    action = Action(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        recommendation_id=body.recommendation_id,
        agency_id=body.agency_id,
        title=body.title,
        lead_name=body.lead_name,
        due_on=body.due_on,
        expected_outcome=body.expected_outcome,
        measure_of_success=body.measure_of_success,
        status=ActionStatus.not_started,
        created_at=now,
        updated_at=now,
    )
    return records.create(
        session,
        principal,
        request,
        action,
        action="action.created",
        record_type="action",
        review_id=review.id,
        details={"agency_id": str(body.agency_id)},
    )


def _ensure_open(action: Action) -> None:
    if action.status in CLOSED:
        raise Conflict(f"This action is {action.status.value.replace('_', ' ')}.", code="closed")


def change_action(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    body: ActionPatch,
) -> Action:
    ensure_manager(principal, review)
    _ensure_open(action)
    changes = records.asked_changes(
        action,
        body.model_dump(exclude_unset=True),
        ("title", "lead_name", "due_on", "expected_outcome", "measure_of_success"),
    )
    if not changes:
        return action
    return records.change(
        session, principal, request, action, changes, action="action.changed", record_type="action"
    )


def record_update(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    body: UpdateCreate,
) -> ActionUpdate:
    manager = manages(principal, review) and Scope.actions_write in principal.scopes
    owner = owners(principal, action) and Scope.evidence_write in principal.scopes
    if not (manager or owner):
        raise Forbidden("Only the owning agency and the review's managers record progress.")
    _ensure_open(action)
    today = clock.today()
    on = body.on or today
    if on > today:
        raise Invalid.field("body.on", "A progress update cannot be dated in the future.", "future")
    status = ActionStatus(body.status) if body.status is not None else None
    update = ActionUpdate(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        action_id=action.id,
        on=on,
        note=body.note,
        status=status,
        recorded_by_type=principal.kind,
        recorded_by_id=principal.id,
        recorded_at=clock.now(),
    )
    session.add(update)
    if action.last_update_on is None or on > action.last_update_on:
        action.last_update_on = on
    if status is not None:
        action.status = status
    action.updated_at = clock.now()
    records.create(
        session,
        principal,
        request,
        update,
        action="action.progress_recorded",
        record_type="action_update",
        review_id=review.id,
        details={"action_id": str(action.id), "status": body.status},
    )
    return update


def update_out(principal: Principal, update: ActionUpdate) -> UpdateOut:
    return UpdateOut(
        id=update.id,
        action_id=update.action_id,
        on=update.on,
        note=None if is_viewer(principal) else update.note,
        status=update.status,
        recorded_by_type=update.recorded_by_type,
        recorded_by_id=update.recorded_by_id,
        recorded_at=update.recorded_at,
    )


def _closing(principal: Principal, status: ActionStatus, reason: str) -> dict[str, object]:
    """The changes that close an action (signed off or cancelled), by the caller, today."""
    return {
        "status": status,
        "closed_on": clock.today(),
        "closed_reason": reason,
        "closed_by_type": principal.kind,
        "closed_by_id": principal.id,
    }


def sign_off(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    body: SignOff,
) -> Action:
    """Signed off by a manager once evidence is accepted; by an administrator without it
    when they say why (``override``)."""
    ensure_manager(principal, review)
    _ensure_open(action)
    if body.override and not principal.is_admin:
        raise Forbidden("Only a partnership administrator signs off without accepted evidence.")
    accepted = repository.evidence_counts(session, principal, [action.id]).get(action.id, {})
    if not accepted.get("accepted") and not body.override:
        raise PreconditionUnmet(
            "An action is signed off once evidence of it is accepted (an administrator may "
            "override, with the reason).",
            [{"code": "accepted_evidence", "detail": "No evidence of this action is accepted."}],
        )
    changes = _closing(principal, ActionStatus.signed_off, body.reason)
    if body.override and not accepted.get("accepted"):
        changes["override_reason"] = body.reason
    return records.change(
        session,
        principal,
        request,
        action,
        changes,
        action="action.signed_off",
        record_type="action",
        details={"override": "override_reason" in changes},
    )


def cancel(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    body: CloseReason,
) -> Action:
    ensure_manager(principal, review)
    _ensure_open(action)
    return records.change(
        session,
        principal,
        request,
        action,
        _closing(principal, ActionStatus.cancelled, body.reason),
        action="action.cancelled",
        record_type="action",
        details={},
    )


# --- Evidence --------------------------------------------------------------------------------


def ensure_submitter(principal: Principal, action: Action) -> None:
    if not owners(principal, action) or Scope.evidence_write not in principal.scopes:
        raise Forbidden("Only the owning agency's member or system submits evidence.")
    _ensure_open(action)


def _evidence(review: Review, action: Action, principal: Principal, kind: EvidenceKind) -> Evidence:
    now = clock.now()
    return Evidence(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        action_id=action.id,
        agency_id=action.agency_id,
        kind=kind,
        status=EvidenceStatus.submitted,
        submitted_by_type=principal.kind,
        submitted_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )


def _submitted(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    evidence: Evidence,
    details: dict[str, object],
) -> Evidence:
    records.create(
        session,
        principal,
        request,
        evidence,
        action="evidence.submitted",
        record_type="evidence",
        review_id=review.id,
        details={"action_id": str(action.id), "kind": evidence.kind.value, **details},
    )
    action.updated_at = clock.now()
    return evidence


def submit(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    body: EvidenceCreate,
) -> Evidence:
    ensure_submitter(principal, action)
    evidence = _evidence(review, action, principal, EvidenceKind(body.kind))
    if body.kind == "note":
        if not body.note or body.url is not None:
            raise Invalid.field("body.note", "A note needs its text, and no link.", "missing")
        evidence.note = body.note
    else:
        if body.url is None or body.url.scheme != "https":
            raise Invalid.field("body.url", "A link needs an https address.", "missing")
        evidence.url = str(body.url)
        evidence.note = body.note
    return _submitted(session, principal, request, review, action, evidence, {})


def resubmitted_file(
    session: Session, principal: Principal, review: Review, action: Action, sha256: str
) -> tuple[Evidence, StoredFile] | None:
    """A file already submitted against the action and awaiting a decision, with these bytes."""
    for evidence, stored in session.execute(
        repository.evidence_statement(session, principal, review, action).where(
            Evidence.status == EvidenceStatus.submitted, StoredFile.sha256 == sha256
        )
    ):
        return evidence, stored
    return None


def submit_file(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    received: Received,
) -> tuple[Evidence, StoredFile]:
    stored = documents.stored_file(principal, review, received)
    session.add(stored)
    session.flush()  # the file before the evidence that refers to it
    evidence = _evidence(review, action, principal, EvidenceKind.file)
    evidence.file_id = stored.id
    _submitted(
        session,
        principal,
        request,
        review,
        action,
        evidence,
        {
            "media_type": received.media_type,
            "size_bytes": received.size_bytes,
            "sha256": received.sha256,
        },
    )
    return evidence, stored


def decide(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    action: Action,
    evidence: Evidence,
    body: EvidenceDecision,
) -> Evidence:
    ensure_manager(principal, review)
    _ensure_open(action)
    if evidence.status != EvidenceStatus.submitted:
        raise Conflict(
            f"This evidence was already {evidence.status.value}.", code="already_decided"
        )
    documents.check_comment(
        body.decision == "returned", body.comment, "Say what the agency should add or change."
    )
    now = clock.now()
    evidence.status = EvidenceStatus(body.decision)
    evidence.decision_comment = body.comment
    evidence.decided_by_type = principal.kind
    evidence.decided_by_id = principal.id
    evidence.decided_at = now
    evidence.updated_at = now
    action.updated_at = now
    session.flush()
    audit.record(
        session,
        f"evidence.{body.decision}",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type="evidence",
        record_id=evidence.id,
        details={"action_id": str(action.id)},
    )
    return evidence


def evidence_out(
    principal: Principal,
    review: Review,
    action: Action,
    evidence: Evidence,
    stored: StoredFile | None,
) -> EvidenceOut:
    opens = may_open(principal, review, action)
    download = (
        f"/api/v1/reviews/{review.id}/actions/{action.id}/evidence/{evidence.id}/file"
        if opens and stored is not None
        else None
    )
    return EvidenceOut(
        id=evidence.id,
        review_id=evidence.review_id,
        action_id=evidence.action_id,
        agency_id=evidence.agency_id,
        kind=evidence.kind,
        note=evidence.note if opens else None,
        url=evidence.url if opens else None,
        file=None if stored is None else documents.file_out(stored, opens=opens),
        download=download,
        status=evidence.status,
        submitted_by_type=evidence.submitted_by_type,
        submitted_by_id=evidence.submitted_by_id,
        decision_comment=evidence.decision_comment if opens else None,
        decided_by_type=evidence.decided_by_type,
        decided_by_id=evidence.decided_by_id,
        decided_at=evidence.decided_at,
        details_withheld=not opens,
        created_at=evidence.created_at,
        updated_at=evidence.updated_at,
    )


def ensure_opener(principal: Principal, review: Review, action: Action) -> None:
    if not may_open(principal, review, action):
        raise Forbidden("Only the review's managers and the owning agency open this evidence.")


def downloaded(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    evidence: Evidence,
    stored: StoredFile,
) -> None:
    audit.record(
        session,
        "evidence.downloaded",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type="evidence",
        record_id=evidence.id,
        details={"action_id": str(evidence.action_id), "sha256": stored.sha256},
    )
