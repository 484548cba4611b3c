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

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.clock import clock
from api.domain_errors import Conflict, Forbidden, Invalid, Invalidity
from api.members import repository as members
from api.members.models import ReviewMember
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import ensure_manager, manages, own_agency
from api.security.crypto import get_cipher
from api.security.principal import Principal
from api.security.roles import Role
from api.subjects import repository
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
    return members.active_seat(session, principal, review, principal.agency_id)


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


def present(
    session: Session,
    principal: Principal,
    request: RequestContext | None,
    review: Review,
    subjects: list[Subject],
) -> list[SubjectOut]:
    """Subjects as the caller may see them; audits every read of identifying details."""
    grant = entitlement(session, principal, review)
    records = (
        repository.records_by_subject(session, principal, review)
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


def _check_agencies(
    session: Session, principal: Principal, references: list[RecordReferenceIn]
) -> None:
    ids = {r.agency_id for r in references}
    if len(ids) != len(references):
        raise Invalid(
            "One reference per agency.",
            [Invalidity("body.record_references", "one reference per agency", "duplicate")],
        )
    if not ids:
        return
    if ids - repository.known_agencies(session, principal, ids):
        raise Invalid(
            "Record references must name agencies of this partnership.",
            [Invalidity("body.record_references.agency_id", "unknown agency", "unknown_agency")],
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
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: SubjectCreate,
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
    request: RequestContext,
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
        existing = repository.records_of(session, principal, subject)
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


def confirm_alert(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: AlertCreate,
) -> tuple[AlertConfirmation, bool]:
    """Record that an agency's record carries the alert for a subject.

    Returns the confirmation and whether it was created. One confirmation per subject per
    agency: sending the same one again returns it unchanged (safe to retry); sending another
    date for one already confirmed is a conflict (the first confirmation stands).
    """
    if principal.is_admin:
        if body.agency_id is None:
            raise Invalid(
                "Name the agency the alert is confirmed for.",
                [Invalidity("body.agency_id", "required", "missing")],
            )
        agency_id = body.agency_id
        if not repository.agency_sits_on(session, principal, review, agency_id):
            raise Invalid(
                "That agency does not sit on this review.",
                [Invalidity("body.agency_id", "agency not on the review", "not_on_review")],
            )
    else:
        if principal.agency_id is None or (
            body.agency_id is not None and not own_agency(principal, body.agency_id)
        ):
            raise Forbidden("You can confirm alerts only for your own agency.")
        agency_id = principal.agency_id
        if principal.role == Role.member and active_seat(session, principal, review) is None:
            raise Forbidden("Only a current member of the review team confirms alerts.")
    if body.confirmed_on > clock.today():
        raise Invalid(
            "confirmed_on cannot be in the future.",
            [Invalidity("body.confirmed_on", "future date", "future_date")],
        )
    subject = repository.get_subject(session, principal, review, body.subject_id)

    def existing() -> AlertConfirmation | None:
        return repository.alert_of(session, principal, review, subject.id, agency_id)

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
