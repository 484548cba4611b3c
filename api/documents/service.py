"""Documents asked of agencies: who may do what.

* read requests and versions: everyone who reaches the review (its team, past and present,
  the lead reviewer, the partnership's administrators and viewers, the seated agencies'
  systems): what was asked, of whom, by when, and where it stands. The file itself, its name
  and the lead reviewer's comment only to the review's managers and to the requested
  agency's own people and system (``may_open``): an agency's chronology is about its own
  staff and the family, and another agency reads the report that comes of it, not the
  chronology;
* ask, change, withdraw, and accept or return a version: the review's managers. A request
  goes to an agency with a current seat on the review; it is withdrawn, never deleted;
* submit a file: a member with a current seat (or deputy seat) on the review, for their own
  agency's request, while it is neither withdrawn nor accepted. Submitting the paperwork is a
  person's duty (the gate is ``checklists:write``, which no agency system holds). Each file
  is a new version; the earlier ones are kept. A file sent again while its version awaits a
  decision (the same SHA-256) is answered with that version rather than added twice, so a
  retried upload never duplicates.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy.orm import Session

from api import records
from api.audit import service as audit
from api.clock import clock
from api.documents import repository
from api.documents.models import (
    DocumentDecision,
    DocumentRequest,
    DocumentVersion,
    StoredFile,
)
from api.documents.schemas import (
    DecisionCreate,
    DocumentCreate,
    DocumentOut,
    DocumentPatch,
    DocumentStatus,
    DocumentToAll,
    DocumentWithdraw,
    FileOut,
    VersionOut,
)
from api.domain_errors import Conflict, Forbidden, Invalid
from api.files.transfer import Outgoing, Received
from api.members import repository as members
from api.publication.repository import seated_agencies
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import ensure_manager, manages, own_agency
from api.security.crypto import get_cipher
from api.security.principal import Principal
from api.security.roles import Role

RECORD = "document_request"
VERSION_RECORD = "document_version"


def _name_context(file_id: uuid.UUID) -> str:
    return f"stored_files.file_name:{file_id}"


def file_name(stored: StoredFile) -> str:
    """The name a file was uploaded under, opened: only for a caller ``may_open`` admits."""
    return get_cipher().decrypt(stored.file_name_enc, _name_context(stored.id))


def file_out(stored: StoredFile, *, opens: bool) -> FileOut:
    """A stored file as an answer shows it: its name only to a caller who may open it."""
    return FileOut(
        file_name=file_name(stored) if opens else None,
        media_type=stored.media_type,
        size_bytes=stored.size_bytes,
        sha256=stored.sha256,
    )


def check_comment(returned: bool, comment: str | None, missing: str) -> None:
    """A decision's comment: required when returning (``missing`` says what to write),
    refused with an acceptance."""
    if returned and not comment:
        raise Invalid.field("body.comment", missing, "missing")
    if not returned and comment is not None:
        raise Invalid.field("body.comment", "Acceptance takes no comment.", "not_taken")


def may_open(principal: Principal, review: Review, agency_id: uuid.UUID) -> bool:
    """Whether the caller may open an agency's submitted files (their names, the files, the
    comments on them): the review's managers, and the agency's own people and system."""
    if manages(principal, review):
        return True
    return own_agency(principal, agency_id) and principal.role != Role.viewer


def status_of(document: DocumentRequest, latest: DocumentVersion | None) -> DocumentStatus:
    if document.withdrawn_on is not None:
        return DocumentStatus.withdrawn
    if latest is None:
        return DocumentStatus.requested
    if latest.decision is None:
        return DocumentStatus.submitted
    return DocumentStatus(latest.decision.value)


def version_out(
    principal: Principal,
    review: Review,
    version: DocumentVersion,
    stored: StoredFile,
    *,
    latest_number: int,
) -> VersionOut:
    opens = may_open(principal, review, version.agency_id)
    return VersionOut(
        id=version.id,
        review_id=version.review_id,
        document_id=version.document_id,
        agency_id=version.agency_id,
        number=version.number,
        file=file_out(stored, opens=opens),
        download=(
            f"/api/v1/reviews/{review.id}/documents/{version.document_id}"
            f"/versions/{version.id}/file"
            if opens
            else None
        ),
        superseded=version.number < latest_number,
        submitted_by_type=version.submitted_by_type,
        submitted_by_id=version.submitted_by_id,
        submitted_at=version.submitted_at,
        decision=version.decision,
        decision_comment=version.decision_comment if opens else None,
        decided_by_type=version.decided_by_type,
        decided_by_id=version.decided_by_id,
        decided_at=version.decided_at,
        details_withheld=not opens,
    )


def document_out(
    principal: Principal,
    review: Review,
    document: DocumentRequest,
    latest: tuple[DocumentVersion, StoredFile, int] | None,
) -> DocumentOut:
    version = None if latest is None else latest[0]
    status = status_of(document, version)
    overdue = status in (DocumentStatus.requested, DocumentStatus.returned) and (
        document.due_on < clock.today()
    )
    return DocumentOut(
        id=document.id,
        review_id=document.review_id,
        agency_id=document.agency_id,
        kind=document.kind,
        title=document.title,
        due_on=document.due_on,
        note=document.note,
        status=status,
        overdue=overdue,
        versions=0 if latest is None else latest[2],
        latest_version=(
            None
            if latest is None
            else version_out(
                principal, review, latest[0], latest[1], latest_number=latest[0].number
            )
        ),
        requested_by_type=document.requested_by_type,
        requested_by_id=document.requested_by_id,
        withdrawn_on=document.withdrawn_on,
        withdrawn_reason=document.withdrawn_reason,
        created_at=document.created_at,
        updated_at=document.updated_at,
    )


def present(
    session: Session, principal: Principal, review: Review, document: DocumentRequest
) -> DocumentOut:
    latest = repository.latest_versions(session, principal, review, [document.id])
    return document_out(principal, review, document, latest.get(document.id))


def _check_due(due_on: date) -> None:
    if due_on < clock.today():
        raise Invalid.field("body.due_on", "The due date cannot be in the past.", "past_date")


def _ask(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    agency_id: uuid.UUID,
    body: DocumentToAll,
) -> DocumentRequest:
    now = clock.now()
    document = DocumentRequest(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        agency_id=agency_id,
        kind=body.kind,
        title=body.title,
        due_on=body.due_on,
        note=body.note,
        requested_by_type=principal.kind,
        requested_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )
    return records.create(
        session,
        principal,
        request,
        document,
        action="document.requested",
        record_type=RECORD,
        details={"agency_id": str(agency_id), "kind": body.kind.value},
        review_id=review.id,
    )


def ask(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: DocumentCreate,
) -> DocumentRequest:
    """One request, to one agency with a current seat on the review."""
    ensure_manager(principal, review)
    _check_due(body.due_on)
    if body.agency_id not in seated_agencies(session, principal, review):
        raise Invalid.field(
            "body.agency_id", "That agency has no current seat on this review.", "not_on_review"
        )
    return _ask(session, principal, request, review, body.agency_id, body)


def ask_all(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: DocumentToAll,
) -> list[DocumentRequest]:
    """The same request to every agency with a current seat; 409 when none has one."""
    ensure_manager(principal, review)
    _check_due(body.due_on)
    agencies = seated_agencies(session, principal, review)
    if not agencies:
        raise Conflict("No agency has a current seat on this review.", code="no_agency_to_ask")
    return [_ask(session, principal, request, review, a, body) for a in agencies]


def change(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    document: DocumentRequest,
    body: DocumentPatch,
) -> DocumentRequest:
    ensure_manager(principal, review)
    if document.withdrawn_on is not None:
        raise Conflict("This request was withdrawn; it cannot change.", code="request_withdrawn")
    changes = records.asked_changes(
        document, body.model_dump(exclude_unset=True), ("title", "due_on")
    )
    if "due_on" in changes:
        _check_due(changes["due_on"])
    if not changes:
        return document
    return records.change(
        session,
        principal,
        request,
        document,
        changes,
        action="document.changed",
        record_type=RECORD,
    )


def withdraw(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    document: DocumentRequest,
    body: DocumentWithdraw,
) -> DocumentRequest:
    ensure_manager(principal, review)
    if document.withdrawn_on is not None:
        raise Conflict("This request is already withdrawn.", code="request_withdrawn")
    return records.change(
        session,
        principal,
        request,
        document,
        {"withdrawn_on": clock.today(), "withdrawn_reason": body.reason},
        action="document.withdrawn",
        record_type=RECORD,
        details={"agency_id": str(document.agency_id)},
    )


def ensure_submitter(
    session: Session, principal: Principal, review: Review, document: DocumentRequest
) -> tuple[DocumentVersion, StoredFile, int] | None:
    """Refuse unless the caller may submit a file against ``document`` now; the request's
    latest version (its file, how many versions there are), if any."""
    if (
        principal.kind != "user"
        or principal.role != Role.member
        or not own_agency(principal, document.agency_id)
    ):
        raise Forbidden("Only a member of the review team submits their own agency's documents.")
    if members.active_seat(session, principal, review, document.agency_id) is None:
        raise Forbidden("Only a current member of the review team submits documents.")
    if document.withdrawn_on is not None:
        raise Conflict("This request was withdrawn; it takes no files.", code="request_withdrawn")
    latest = repository.latest_versions(session, principal, review, [document.id]).get(document.id)
    if latest is not None and latest[0].decision == DocumentDecision.accepted:
        raise Conflict(
            "This document has been accepted; it takes no more versions.",
            code="already_accepted",
        )
    return latest


def resubmitted(
    latest: tuple[DocumentVersion, StoredFile, int] | None, sha256: str
) -> tuple[DocumentVersion, StoredFile] | None:
    """The latest version (``ensure_submitter``'s), when it awaits a decision and holds the
    same bytes."""
    if latest is None or latest[0].decision is not None or latest[1].sha256 != sha256:
        return None
    return latest[0], latest[1]


def stored_file(principal: Principal, review: Review, received: Received) -> StoredFile:
    """What the database keeps of a file that has arrived in the store, its name sealed."""
    return StoredFile(
        id=received.file_id,
        partnership_id=review.partnership_id,
        review_id=review.id,
        store=received.store,
        key=received.key,
        size_bytes=received.size_bytes,
        sha256=received.sha256,
        media_type=received.media_type,
        file_name_enc=get_cipher().encrypt(received.file_name, _name_context(received.file_id)),
        uploaded_by_type=principal.kind,
        uploaded_by_id=principal.id,
        created_at=clock.now(),
    )


def add_version(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    document: DocumentRequest,
    received: Received,
) -> tuple[DocumentVersion, StoredFile]:
    """Record a file that has arrived in the store as the request's next version."""
    now = clock.now()
    stored = stored_file(principal, review, received)
    session.add(stored)
    session.flush()  # the file before the version that refers to it
    version = DocumentVersion(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        document_id=document.id,
        agency_id=document.agency_id,
        number=repository.next_number(session, principal, review, document.id),
        file_id=stored.id,
        submitted_by_type=principal.kind,
        submitted_by_id=principal.id,
        submitted_at=now,
    )
    records.create(
        session,
        principal,
        request,
        version,
        action="document.submitted",
        record_type=VERSION_RECORD,
        details={
            "document_id": str(document.id),
            "number": version.number,
            "media_type": received.media_type,
            "size_bytes": received.size_bytes,
            "sha256": received.sha256,
        },
        review_id=review.id,
        duplicate="Another version of this document was submitted at the same moment; "
        "send the file again.",
    )
    document.updated_at = now  # the request's status moved on
    return version, stored


def decide(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    document: DocumentRequest,
    version: DocumentVersion,
    body: DecisionCreate,
) -> DocumentVersion:
    """Accept or return the latest version, once."""
    ensure_manager(principal, review)
    if document.withdrawn_on is not None:
        raise Conflict("This request was withdrawn.", code="request_withdrawn")
    if version.number != repository.next_number(session, principal, review, document.id) - 1:
        raise Conflict("A later version has been submitted; decide on that one.", code="not_latest")
    if version.decision is not None:
        raise Conflict(
            f"This version was already {version.decision.value}.", code="already_decided"
        )
    check_comment(
        body.decision == DocumentDecision.returned,
        body.comment,
        "Say what the agency should change before it sends it again.",
    )
    now = clock.now()
    version.decision = body.decision
    version.decision_comment = body.comment
    version.decided_by_type = principal.kind
    version.decided_by_id = principal.id
    version.decided_at = now
    document.updated_at = now
    session.flush()
    audit.record(
        session,
        f"document.{body.decision.value}",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type=VERSION_RECORD,
        record_id=version.id,
        details={"document_id": str(document.id), "number": version.number},
    )
    return version


def ensure_opener(principal: Principal, review: Review, version: DocumentVersion) -> None:
    if not may_open(principal, review, version.agency_id):
        raise Forbidden(
            "Only the review's managers and the submitting agency open this document's files."
        )


def outgoing(stored: StoredFile) -> Outgoing:
    return Outgoing(
        key=stored.key,
        media_type=stored.media_type,
        size_bytes=stored.size_bytes,
        sha256=stored.sha256,
        file_name=file_name(stored),
    )


def downloaded(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    version: DocumentVersion,
    stored: StoredFile,
) -> None:
    audit.record(
        session,
        "document.downloaded",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type=VERSION_RECORD,
        record_id=version.id,
        details={"document_id": str(version.document_id), "sha256": stored.sha256},
    )
