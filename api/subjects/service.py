"""Subjects and alert confirmations: who may see identifying details, and who may confirm.

Identifying details (names, date of birth, each agency's record reference) are encrypted at
rest with AES-GCM, each value bound to its row and field, so a ciphertext copied to another
row does not decrypt. Entitlement, decided here and only here:

* names and date of birth: partnership administrators, the review's lead reviewer, and
  members holding an active seat on the review whose agency holds a record reference for
  that person (an agency that knows the person already); the seat counts only for the
  agency the member belongs to now (``User.agency_id``, re-read on every request);
* record references: administrators and the lead reviewer see all; a member with an active
  seat, or the agency's own system, sees its own agency's reference only;
* viewers, and members of agencies with no record, see pseudonym and role only.

Every response carrying identifying details writes one ``subject.identifying_read`` audit
event per subject, naming the fields, in the request's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.domain_errors import Conflict, NotFound
from api.errors import FieldError, ProblemError
from api.members.models import ReviewMember
from api.partnerships.models import Agency
from api.reviews import access  # noqa: F401  (registers the record rules)
from api.reviews.models import Review
from api.reviews.policy import ensure_manager, manages, own_agency
from api.security.crypto import get_cipher
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scoping import readable
from api.subjects.models import AlertConfirmation, Subject, SubjectRecord
from api.subjects.schemas import (
    AlertCreate,
    IdentifyingDetails,
    RecordReferenceIn,
    RecordReferenceOut,
    SubjectCreate,
    SubjectOut,
    SubjectUpdate,
)


def _names_ctx(subject_id: uuid.UUID) -> str:
    return f"subjects.names:{subject_id}"


def _dob_ctx(subject_id: uuid.UUID) -> str:
    return f"subjects.date_of_birth:{subject_id}"


def _ref_ctx(record_id: uuid.UUID) -> str:
    return f"subject_records.reference:{record_id}"


def active_seat(session: Session, principal: Principal, review: Review) -> ReviewMember | None:
    """The caller's own active seat on ``review`` (as member or deputy), if any, for the
    agency they belong to now: a seat kept for an agency the user has since left entitles
    them to nothing of that agency's."""
    if principal.role != Role.member or principal.agency_id is None:
        return None
    statement = readable(select(ReviewMember), ReviewMember, principal).where(
        ReviewMember.review_id == review.id,
        ReviewMember.user_id == principal.id,
        ReviewMember.agency_id == principal.agency_id,
        ReviewMember.left_on.is_(None),
    )
    return session.scalars(statement).first()


@dataclass(frozen=True)
class Entitlement:
    everything: bool
    agency_id: uuid.UUID | None  # may see this agency's references (and names if it holds one)
    names_if_record: bool


def entitlement(session: Session, principal: Principal, review: Review) -> Entitlement:
    if manages(principal, review):
        return Entitlement(True, None, False)
    if principal.is_agency_system:
        return Entitlement(False, principal.agency_id, False)
    seat = active_seat(session, principal, review)
    if seat is not None:
        return Entitlement(False, seat.agency_id, True)
    return Entitlement(False, None, False)


def _subjects_statement(principal: Principal, review: Review) -> Any:
    return readable(select(Subject), Subject, principal).where(Subject.review_id == review.id)


def _records_by_subject(
    session: Session, principal: Principal, review: Review
) -> dict[uuid.UUID, list[SubjectRecord]]:
    statement = readable(select(SubjectRecord), SubjectRecord, principal).where(
        SubjectRecord.review_id == review.id
    )
    out: dict[uuid.UUID, list[SubjectRecord]] = {}
    for record in session.scalars(statement):
        out.setdefault(record.subject_id, []).append(record)
    return out


def present(
    session: Session,
    principal: Principal,
    request: Request | None,
    review: Review,
    subjects: list[Subject],
) -> list[SubjectOut]:
    """Subjects as the caller may see them; audits every read of identifying details."""
    grant = entitlement(session, principal, review)
    records = (
        _records_by_subject(session, principal, review)
        if grant.everything or grant.agency_id
        else {}
    )
    cipher = get_cipher()
    out = []
    for subject in subjects:
        mine = records.get(subject.id, [])
        visible = [r for r in mine if grant.everything or r.agency_id == grant.agency_id]
        identifying = None
        fields: list[str] = []
        if grant.everything or (grant.names_if_record and visible):
            names = (
                cipher.decrypt(subject.names_enc, _names_ctx(subject.id))
                if subject.names_enc
                else None
            )
            dob = (
                date.fromisoformat(cipher.decrypt(subject.date_of_birth_enc, _dob_ctx(subject.id)))
                if subject.date_of_birth_enc
                else None
            )
            identifying = IdentifyingDetails(names=names, date_of_birth=dob)
            fields += ["names", "date_of_birth"]
        references = [
            RecordReferenceOut(
                agency_id=r.agency_id, reference=cipher.decrypt(r.reference_enc, _ref_ctx(r.id))
            )
            for r in visible
        ]
        if references:
            fields.append("record_references")
        if fields:
            audit.record(
                session,
                "subject.identifying_read",
                principal=principal,
                request=request,
                record_type="subject",
                record_id=subject.id,
                review_id=review.id,
                details={"fields": fields},
            )
        out.append(
            SubjectOut(
                id=subject.id,
                review_id=subject.review_id,
                role=subject.role,
                pseudonym=subject.pseudonym,
                identifying=identifying,
                record_references=references,
                created_at=subject.created_at,
                updated_at=subject.updated_at,
            )
        )
    return out


def subjects_statement(principal: Principal, review: Review) -> Any:
    return _subjects_statement(principal, review)


def get_subject(
    session: Session, principal: Principal, review: Review, subject_id: uuid.UUID
) -> Subject:
    subject: Subject | None = session.scalars(
        _subjects_statement(principal, review).where(Subject.id == subject_id)
    ).first()
    if subject is None:
        raise NotFound("subject")
    return subject


def _check_agencies(
    session: Session, principal: Principal, references: list[RecordReferenceIn]
) -> None:
    ids = {r.agency_id for r in references}
    if len(ids) != len(references):
        raise ProblemError(
            422,
            "One reference per agency.",
            slug="validation",
            errors=[
                FieldError(
                    field="body.record_references",
                    message="one reference per agency",
                    code="duplicate",
                )
            ],
        )
    if not ids:
        return
    known = set(
        session.scalars(readable(select(Agency.id), Agency, principal).where(Agency.id.in_(ids)))
    )
    if ids - known:
        raise ProblemError(
            422,
            "Record references must name agencies of this partnership.",
            slug="validation",
            errors=[
                FieldError(
                    field="body.record_references.agency_id",
                    message="unknown agency",
                    code="unknown_agency",
                )
            ],
        )


def _set_references(
    session: Session,
    review: Review,
    subject: Subject,
    references: list[RecordReferenceIn],
    existing: list[SubjectRecord],
) -> None:
    cipher = get_cipher()
    for record in existing:
        session.delete(record)
    session.flush()
    for ref in references:
        record = SubjectRecord(
            id=uuid.uuid4(),
            partnership_id=review.partnership_id,
            review_id=review.id,
            subject_id=subject.id,
            agency_id=ref.agency_id,
            reference_enc="",
        )
        record.reference_enc = cipher.encrypt(ref.reference, _ref_ctx(record.id))
        session.add(record)


def create_subject(
    session: Session, principal: Principal, request: Request, review: Review, body: SubjectCreate
) -> Subject:
    ensure_manager(principal, review)
    _check_agencies(session, principal, body.record_references)
    cipher = get_cipher()
    subject = Subject(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        role=body.role,
        pseudonym=body.pseudonym,
    )
    if body.names is not None:
        subject.names_enc = cipher.encrypt(body.names, _names_ctx(subject.id))
    if body.date_of_birth is not None:
        subject.date_of_birth_enc = cipher.encrypt(
            body.date_of_birth.isoformat(), _dob_ctx(subject.id)
        )
    session.add(subject)
    session.flush()
    _set_references(session, review, subject, body.record_references, [])
    session.flush()
    audit.record(
        session,
        "subject.create",
        principal=principal,
        request=request,
        record_type="subject",
        record_id=subject.id,
        review_id=review.id,
    )
    return subject


def update_subject(
    session: Session,
    principal: Principal,
    request: Request,
    review: Review,
    subject: Subject,
    body: SubjectUpdate,
) -> Subject:
    ensure_manager(principal, review)
    changes = body.changes()
    cipher = get_cipher()
    if "role" in changes:
        subject.role = changes["role"]
    if "pseudonym" in changes:
        subject.pseudonym = changes["pseudonym"]
    if "names" in changes:
        subject.names_enc = (
            cipher.encrypt(body.names, _names_ctx(subject.id)) if body.names is not None else None
        )
    if "date_of_birth" in changes:
        subject.date_of_birth_enc = (
            cipher.encrypt(body.date_of_birth.isoformat(), _dob_ctx(subject.id))
            if body.date_of_birth is not None
            else None
        )
    if body.record_references is not None:
        _check_agencies(session, principal, body.record_references)
        existing = list(
            session.scalars(
                readable(select(SubjectRecord), SubjectRecord, principal).where(
                    SubjectRecord.subject_id == subject.id
                )
            )
        )
        _set_references(session, review, subject, body.record_references, existing)
        subject.updated_at = clock.now()  # a change to its references is a change to it
    session.flush()
    audit.record(
        session,
        "subject.update",
        principal=principal,
        request=request,
        record_type="subject",
        record_id=subject.id,
        review_id=review.id,
        details={"fields": sorted(changes)},
    )
    return subject


def alerts_statement(principal: Principal, review: Review) -> Any:
    return readable(select(AlertConfirmation), AlertConfirmation, principal).where(
        AlertConfirmation.review_id == review.id
    )


def _agency_sits_on(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> bool:
    statement = readable(select(ReviewMember.id), ReviewMember, principal).where(
        ReviewMember.review_id == review.id, ReviewMember.agency_id == agency_id
    )
    return session.scalars(statement.limit(1)).first() is not None


def confirm_alert(
    session: Session, principal: Principal, request: Request, review: Review, body: AlertCreate
) -> tuple[AlertConfirmation, bool]:
    """Record that an agency's record carries the alert for a subject.

    Returns the confirmation and whether it was created. One confirmation per subject per
    agency: sending the same one again returns it unchanged (safe to retry); sending another
    date for one already confirmed is a 409 (the first confirmation stands).
    """
    if principal.is_admin:
        if body.agency_id is None:
            raise ProblemError(
                422,
                "Name the agency the alert is confirmed for.",
                slug="validation",
                errors=[FieldError(field="body.agency_id", message="required", code="missing")],
            )
        agency_id = body.agency_id
        if not _agency_sits_on(session, principal, review, agency_id):
            raise ProblemError(
                422,
                "That agency does not sit on this review.",
                slug="validation",
                errors=[
                    FieldError(
                        field="body.agency_id",
                        message="agency not on the review",
                        code="not_on_review",
                    )
                ],
            )
    else:
        if principal.agency_id is None or (
            body.agency_id is not None and not own_agency(principal, body.agency_id)
        ):
            raise ProblemError(
                403, "You can confirm alerts only for your own agency.", slug="forbidden"
            )
        agency_id = principal.agency_id
        if principal.role == Role.member and active_seat(session, principal, review) is None:
            raise ProblemError(
                403, "Only a current member of the review team confirms alerts.", slug="forbidden"
            )
    if body.confirmed_on > clock.today():
        raise ProblemError(
            422,
            "confirmed_on cannot be in the future.",
            slug="validation",
            errors=[
                FieldError(field="body.confirmed_on", message="future date", code="future_date")
            ],
        )
    subject = get_subject(session, principal, review, body.subject_id)

    def existing() -> AlertConfirmation | None:
        return session.scalars(
            alerts_statement(principal, review).where(
                AlertConfirmation.subject_id == subject.id, AlertConfirmation.agency_id == agency_id
            )
        ).first()

    def settle(found: AlertConfirmation) -> tuple[AlertConfirmation, bool]:
        if found.confirmed_on != body.confirmed_on:
            raise Conflict(
                "This agency already confirmed the alert for this subject, on "
                f"{found.confirmed_on.isoformat()}.",
                existing_id=str(found.id),
            )
        return found, False

    found = existing()
    if found is not None:
        return settle(found)
    alert = AlertConfirmation(
        partnership_id=review.partnership_id,
        review_id=review.id,
        subject_id=subject.id,
        agency_id=agency_id,
        confirmed_on=body.confirmed_on,
        confirmed_by_type=principal.kind,
        confirmed_by_id=principal.id,
    )
    try:
        with session.begin_nested():
            session.add(alert)
            session.flush()
    except IntegrityError:
        found = existing()  # a concurrent confirmation won the race
        if found is None:
            raise
        return settle(found)
    audit.record(
        session,
        "alert.confirm",
        principal=principal,
        request=request,
        record_type="alert_confirmation",
        record_id=alert.id,
        review_id=review.id,
        details={"subject_id": str(subject.id), "agency_id": str(agency_id)},
    )
    return alert, True
