"""Business rules for reviews: opening one, changing it, moving it through its lifecycle.

Services never commit: the request does. Every change is audited in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NoReturn

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.domain_errors import Forbidden, Invalid, PreconditionUnmet
from api.partnerships.models import Partnership
from api.proceedings import repository as proceedings
from api.request_context import RequestContext
from api.reviews import lifecycle, repository
from api.reviews.deadlines import next_deadline_on, rule_set_for
from api.reviews.models import Review, ReviewStatus, ReviewTransition
from api.reviews.policy import manages
from api.reviews.schemas import (
    FamilyInvolvementOut,
    HoldingProceeding,
    LeadReviewerOut,
    ReviewCreate,
    ReviewOut,
    ReviewSummary,
    ReviewUpdate,
    TermsOfReference,
    TransitionRequest,
    UnmetPrecondition,
)
from api.security.crypto import get_cipher
from api.security.principal import Principal
from api.security.roles import Role
from api.users.models import User

# Dates of things that have happened: they cannot be in the future. Each with the words
# staff know it by, for the messages they read.
PAST_DATES = {
    "incident_on": "The date of the incident",
    "became_aware_on": "The date the local authority became aware",
    "sin_sent_on": "The date the notification was sent",
    "rapid_review_sent_on": "The date the Rapid Review was sent to the Panel",
    "decision_on": "The date of the decision",
    "final_report_sent_on": "The date the final report was sent",
    "published_on": "The publication date",
    "care_leaver_notified_on": "The date the Secretary of State and Ofsted were notified",
}
REFERENCE_ATTEMPTS = 5


def _invalid(field: str, message: str, code: str = "invalid") -> Invalid:
    return Invalid.field(f"body.{field}", message, code)


def partnership_of(session: Session, principal: Principal) -> Partnership:
    partnership = session.get(Partnership, principal.partnership_id)
    assert partnership is not None  # the principal was loaded from it
    return partnership


def _check_lead_reviewer(session: Session, principal: Principal, user_id: uuid.UUID) -> None:
    user = session.get(User, user_id)
    if (
        user is None
        or user.partnership_id != principal.partnership_id
        or user.role != Role.lead_reviewer
        or not user.active
    ):
        raise _invalid("lead_reviewer_id", "Choose an active lead reviewer of this partnership.")


def _check_dates(review: Review, today: date) -> None:
    """Dates of past events are not in the future, and come in order: the incident, the
    local authority becoming aware, the notification being sent."""
    for name, label in PAST_DATES.items():
        value = getattr(review, name)
        if value is not None and value > today:
            raise _invalid(name, f"{label} must be today or in the past.", "future_date")
    if review.became_aware_on < review.incident_on:
        raise _invalid(
            "became_aware_on",
            f"{PAST_DATES['became_aware_on']} must be on or after the date of the incident.",
            "date_order",
        )
    if review.sin_sent_on is not None and review.sin_sent_on < review.became_aware_on:
        raise _invalid(
            "sin_sent_on",
            f"{PAST_DATES['sin_sent_on']} must be on or after the date the local authority "
            "became aware.",
            "date_order",
        )
    if (
        review.tor_period_start
        and review.tor_period_end
        and review.tor_period_end < review.tor_period_start
    ):
        raise _invalid(
            "terms_of_reference.period_end",
            "The end of the period the review covers must be on or after its start.",
            "date_order",
        )


def _check_publication_settled(review: Review, was_published: bool) -> None:
    """Once a review is published or not published, its publication date may be corrected
    but not added or removed: the date is how the statutory rules tell the two paths apart
    in monitoring and after closing (``lifecycle.PUBLICATION_SETTLED``)."""
    if review.status in lifecycle.PUBLICATION_SETTLED and was_published != (
        review.published_on is not None
    ):
        raise _invalid(
            "published_on",
            "Whether the report was published is settled: its publication date can be "
            "corrected but not added or removed.",
            "publication_settled",
        )


def _refresh_deadline(
    session: Session, review: Review, partnership: Partnership, today: date
) -> None:
    review.next_deadline_on = next_deadline_on(review, rule_set_for(partnership), today)


def create_review(
    session: Session, principal: Principal, request: RequestContext, body: ReviewCreate
) -> Review:
    """Open a review from a serious incident notification, with the next reference."""
    today = clock.today()
    partnership = partnership_of(session, principal)
    if body.lead_reviewer_id is not None:
        _check_lead_reviewer(session, principal, body.lead_reviewer_id)
    review = Review(
        id=uuid.uuid4(),
        partnership_id=partnership.id,
        status=ReviewStatus.notified,
        tor_key_lines_of_enquiry=[],
        **body.model_dump(),
    )
    _check_dates(review, today)
    year = today.year
    for attempt in range(REFERENCE_ATTEMPTS):
        number = repository.next_reference_number(session, partnership.id, year)
        review.reference_year, review.reference_number = year, number
        review.reference = f"{partnership.code}-{year}-{number:03d}"
        _refresh_deadline(session, review, partnership, today)
        try:
            with session.begin_nested():
                session.add(review)
                session.flush()
            break
        except IntegrityError:
            # Only a reference taken outside the counter (an import) can collide: take the
            # next number. The savepoint keeps the counter's increment.
            if review in session:
                session.expunge(review)
            if attempt == REFERENCE_ATTEMPTS - 1:
                raise
    audit.record(
        session,
        "review.create",
        principal=principal,
        request=request,
        record_type="review",
        record_id=review.id,
        review_id=review.id,
        details={"reference": review.reference},
    )
    return review


def update_review(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: ReviewUpdate,
) -> Review:
    changes = body.flat_changes()
    if "lead_reviewer_id" in changes:
        if not principal.is_admin:
            raise Forbidden("Only a partnership administrator appoints the lead reviewer.")
        if changes["lead_reviewer_id"] is not None:
            _check_lead_reviewer(session, principal, changes["lead_reviewer_id"])
    if changes.get("tor_key_lines_of_enquiry") is None and "tor_key_lines_of_enquiry" in changes:
        changes["tor_key_lines_of_enquiry"] = []
    was_published = review.published_on is not None
    for field, value in changes.items():
        setattr(review, field, value)
    today = clock.today()
    _check_dates(review, today)
    _check_publication_settled(review, was_published)
    _refresh_deadline(session, review, partnership_of(session, principal), today)
    session.flush()
    audit.record(
        session,
        "review.update",
        principal=principal,
        request=request,
        record_type="review",
        record_id=review.id,
        review_id=review.id,
        details={"fields": sorted(changes)},
    )
    return review


def transition(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: TransitionRequest,
) -> ReviewTransition:
    """Move ``review`` to ``body.to`` if the lifecycle allows it from here, every
    precondition holds (or, for an administrator's override, every non-overridable one),
    and record who, when and why. A refusal (``PreconditionUnmet``) lists what is unmet."""
    if not manages(principal, review):
        raise Forbidden(
            "Only a partnership administrator or the review's lead reviewer moves a review on."
        )
    if body.override and not principal.is_admin:
        raise Forbidden("Only a partnership administrator may override a precondition.")
    source = review.status
    step = lifecycle.find(source, body.to)
    allowed = [s.value for s in lifecycle.targets_from(source, review.incident_kind)]
    if step is None:
        _refuse(
            request,
            principal,
            review,
            body,
            allowed,
            [
                UnmetPrecondition(
                    code="transition_not_allowed",
                    message=f"A review cannot go from '{lifecycle.STATUS_WORDS[source]}' "
                    f"to '{lifecycle.STATUS_WORDS[body.to]}'.",
                    overridable=False,
                )
            ],
        )
    today = clock.today()
    facts = lifecycle.Facts(
        review=review,
        rule_set=rule_set_for(partnership_of(session, principal)),
        today=today,
        active_members=repository.active_member_count(session, review),
        holding=_holding(session, principal, review, step),
    )
    failing = lifecycle.unmet(step, facts)
    overridden = [p.code for p in failing if p.overridable] if body.override else []
    blocking = [p for p in failing if p.code not in overridden]
    if blocking:
        _refuse(
            request,
            principal,
            review,
            body,
            allowed,
            [_unmet_entry(p, facts) for p in blocking],
        )
    record = ReviewTransition(
        partnership_id=review.partnership_id,
        review_id=review.id,
        from_status=source,
        to_status=body.to,
        reason=body.reason,
        overridden=overridden,
        actor_type=principal.kind,
        actor_id=principal.id,
    )
    session.add(record)
    review.status = body.to
    _refresh_deadline(session, review, partnership_of(session, principal), today)
    session.flush()
    audit.record(
        session,
        "review.transition",
        principal=principal,
        request=request,
        record_type="review",
        record_id=review.id,
        review_id=review.id,
        details={"from": source.value, "to": body.to.value, "overridden": overridden},
    )
    return record


def _holding(
    session: Session, principal: Principal, review: Review, step: lifecycle.Transition
) -> tuple[lifecycle.Holding, ...]:
    """The proceedings holding publication, read only for a step that asks."""
    if lifecycle.NOT_HELD not in step.preconditions:
        return ()
    return tuple(
        lifecycle.Holding(p.id, p.kind.value, p.agency_id)
        for p in proceedings.holding_publication(session, principal, review)
    )


def _unmet_entry(p: lifecycle.Precondition, facts: lifecycle.Facts) -> UnmetPrecondition:
    """An unmet precondition as a refusal lists it; the publication hold names each
    proceeding holding it (id, kind, agency)."""
    if p is not lifecycle.NOT_HELD:
        return UnmetPrecondition(code=p.code, message=p.message, overridable=p.overridable)
    kinds = ", ".join(h.kind.replace("_", " ") for h in facts.holding)
    return UnmetPrecondition(
        code=p.code,
        message=f"{p.message} Holding it: {kinds}.",
        overridable=p.overridable,
        proceedings=[
            HoldingProceeding(id=h.id, kind=h.kind, agency_id=h.agency_id) for h in facts.holding
        ],
    )


def _refuse(
    request: RequestContext,
    principal: Principal,
    review: Review,
    body: TransitionRequest,
    allowed: list[str],
    unmet: list[UnmetPrecondition],
) -> NoReturn:
    audit.record_detached(
        "review.transition",
        principal=principal,
        request=request,
        record_type="review",
        record_id=review.id,
        review_id=review.id,
        details={
            "from": review.status.value,
            "to": body.to.value,
            "unmet": [u.code for u in unmet],
        },
    )
    raise PreconditionUnmet(
        f"The review cannot move from '{lifecycle.STATUS_WORDS[review.status]}' "
        f"to '{lifecycle.STATUS_WORDS[body.to]}' yet.",
        # The problem document lists each as the schema writes it; ``proceedings`` only
        # where it names some.
        [u.model_dump(mode="json", exclude_none=True) for u in unmet],
        slug="transition-refused",
        allowed_from_here=allowed,
    )


def summary_of(review: Review, today: date, lead_reviewer_name: str | None) -> ReviewSummary:
    """The summary of a review (a list page is laid out by ``summary_items``).
    ``lead_reviewer_name``: the name of ``review.lead_reviewer_id`` (loaded by the caller)."""
    lead_id = review.lead_reviewer_id
    deadline = review.next_deadline_on
    return ReviewSummary(
        id=review.id,
        reference=review.reference,
        child_pseudonym=review.child_pseudonym,
        incident_kind=review.incident_kind,
        status=review.status,
        lead_reviewer_id=lead_id,
        lead_reviewer=(
            LeadReviewerOut(id=lead_id, name=lead_reviewer_name)
            if lead_id is not None and lead_reviewer_name is not None
            else None
        ),
        became_aware_on=review.became_aware_on,
        decision=review.decision,
        next_deadline_on=deadline,
        overdue=deadline is not None and deadline < today,
        created_at=review.created_at,
        updated_at=review.updated_at,
    )


def summary_items(rows: Iterable[Sequence[Any]], today: date) -> list[dict[str, Any]]:
    """A list page's summaries from ``repository.list_reviews`` rows (``SUMMARY_WIRE_COLUMNS``),
    laid out as ``ReviewSummary`` writes them, by the same rules as ``summary_of`` (a test
    holds the two to the same bytes). Dates are ISO text, so they compare as dates."""
    today_text = today.isoformat()
    return [
        {
            "id": id_,
            "reference": reference,
            "child_pseudonym": pseudonym,
            "incident_kind": kind,
            "status": status,
            "lead_reviewer_id": lead_id,
            "lead_reviewer": (
                {"id": lead_id, "name": lead_name}
                if lead_id is not None and lead_name is not None
                else None
            ),
            "became_aware_on": aware_on,
            "decision": decision,
            "next_deadline_on": deadline,
            "overdue": deadline is not None and deadline < today_text,
            "created_at": created_at,
            "updated_at": updated_at,
        }
        for (
            id_,
            reference,
            pseudonym,
            kind,
            status,
            lead_id,
            lead_name,
            aware_on,
            decision,
            deadline,
            created_at,
            updated_at,
        ) in rows
    ]


def out_after_change(session: Session, review: Review, principal: Principal) -> ReviewOut:
    """The full review after a change, with its lead reviewer's name read afresh (the change
    may have appointed another)."""
    lead_name = (
        session.scalar(select(User.name).where(User.id == review.lead_reviewer_id))
        if review.lead_reviewer_id is not None
        else None
    )
    return out_of(review, principal, clock.today(), lead_name)


def out_of(
    review: Review, principal: Principal, today: date, lead_reviewer_name: str | None
) -> ReviewOut:
    """The full review, leaving out what the caller may not see. ``lead_reviewer_name``:
    loaded with the review (``WITH_LEAD_REVIEWER_NAME``); ``out_after_change`` reads it."""
    return ReviewOut(
        **summary_of(review, today, lead_reviewer_name).model_dump(),
        sin_reference=review.sin_reference,
        incident_on=review.incident_on,
        sin_sent_on=review.sin_sent_on,
        rapid_review_meeting_on=review.rapid_review_meeting_on,
        rapid_review_sent_on=review.rapid_review_sent_on,
        decision_on=review.decision_on,
        final_report_sent_on=review.final_report_sent_on,
        planned_publication_on=review.planned_publication_on,
        published_on=review.published_on,
        care_leaver_notified_on=review.care_leaver_notified_on,
        not_published_reasons=review.not_published_reasons,
        improvements_published=review.improvements_published,
        terms_of_reference=TermsOfReference(
            period_start=review.tor_period_start,
            period_end=review.tor_period_end,
            key_lines_of_enquiry=list(review.tor_key_lines_of_enquiry or []),
            methodology=review.tor_methodology,
        ),
        next_statuses=lifecycle.targets_from(review.status, review.incident_kind),
    )


def refresh_partnership_deadlines(session: Session, partnership: Partnership) -> int:
    """Recompute ``next_deadline_on`` for every review of ``partnership`` (after its rule
    overrides change). Returns how many changed."""
    today = clock.today()
    rule_set = rule_set_for(partnership)
    changed = 0
    for review in session.scalars(select(Review).where(Review.partnership_id == partnership.id)):
        value = next_deadline_on(review, rule_set, today)
        if value != review.next_deadline_on:
            review.next_deadline_on = value
            changed += 1
    session.flush()
    return changed


def refresh_all_deadlines(session: Session) -> int:
    """Recompute ``next_deadline_on`` for every review of every partnership, after the rule
    data in the code has changed (``cspr migrate`` does it). Returns how many changed."""
    return sum(
        refresh_partnership_deadlines(session, partnership)
        for partnership in session.scalars(select(Partnership).order_by(Partnership.code))
    )


def _family_notes_context(review_id: uuid.UUID) -> str:
    return f"reviews.family_involvement_notes:{review_id}"


def seal_family_notes(review: Review, notes: str | None) -> None:
    """Keep ``notes`` on ``review`` encrypted and bound to it (None clears them)."""
    review.family_involvement_notes_enc = (
        get_cipher().encrypt(notes, _family_notes_context(review.id)) if notes else None
    )


def may_see_family_notes(principal: Principal, review: Review) -> bool:
    """Family involvement notes are identifying details, as subjects' names are: for the
    partnership's administrators and the review's lead reviewer only. Not for members (the
    family is not theirs to contact; they see subjects' details only where their agency
    already holds a record), viewers or agency systems."""
    return principal.is_admin or (
        principal.role == Role.lead_reviewer and review.lead_reviewer_id == principal.id
    )


def ensure_family_notes_entitled(
    principal: Principal, review: Review, request: RequestContext | None
) -> None:
    """Forbidden, audited (``access.denied``), for a caller who reaches the review but may not see
    its family involvement notes."""
    if not may_see_family_notes(principal, review):
        audit.record_detached(
            "access.denied",
            principal=principal,
            request=request,
            record_type="review",
            record_id=review.id,
            review_id=review.id,
            details={"field": "family_involvement_notes"},
        )
        raise Forbidden(
            "Only a partnership administrator or the review's lead reviewer may see or change "
            "the family involvement notes."
        )


def family_notes_of(
    session: Session, principal: Principal, request: RequestContext, review: Review
) -> FamilyInvolvementOut:
    """The notes, decrypted, for a caller entitled to them; each read that returns notes is
    audited (``review.family_notes_read``). ``review`` is loaded ``WITH_FAMILY_NOTES``."""
    ensure_family_notes_entitled(principal, review, request)
    sealed = review.family_involvement_notes_enc
    notes = get_cipher().decrypt(sealed, _family_notes_context(review.id)) if sealed else None
    if notes is not None:
        audit.record(
            session,
            "review.family_notes_read",
            principal=principal,
            request=request,
            record_type="review",
            record_id=review.id,
            review_id=review.id,
        )
    return FamilyInvolvementOut(review_id=review.id, notes=notes)


def replace_family_notes(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    notes: str | None,
) -> FamilyInvolvementOut:
    """Replace (or clear, with None or nothing) the notes, encrypted; audited as a change of
    the review naming the field, never its content."""
    ensure_family_notes_entitled(principal, review, request)
    notes = notes or None
    seal_family_notes(review, notes)
    session.flush()
    audit.record(
        session,
        "review.update",
        principal=principal,
        request=request,
        record_type="review",
        record_id=review.id,
        review_id=review.id,
        details={"fields": ["family_involvement_notes"]},
    )
    return FamilyInvolvementOut(review_id=review.id, notes=notes)
