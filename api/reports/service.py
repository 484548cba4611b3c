"""Draft reports and the team's factual-accuracy responses: who may do what.

* read drafts and responses: everyone who reaches the review (its team, past and present,
  the lead reviewer, the partnership's administrators and viewers, the seated agencies'
  systems). A response's status is shown to all of them; the text of returned comments only
  to the review's managers (administrators and its lead reviewer, who must act on them) and
  to the responding agency's own callers. Factual-accuracy comments often name what an
  agency did or failed to do: another agency reads the report that comes of them, not the
  comments themselves;
* circulate or withdraw a draft: the review's managers. A draft is withdrawn (superseded),
  never deleted; the current draft is the latest circulated one not withdrawn;
* attach the report's file to a draft (once: another file is another version): the review's
  managers, while the draft is not withdrawn. Open it (its name, the file): the review's
  managers and the people with a current seat (or deputy seat) on its team, who read it to
  sign it off; every download is audited. Viewers and agency systems see that a file is
  attached, its type, size and SHA-256;
* respond: a member with a current seat (or deputy seat) on the review, for their own
  agency, to the current draft only (409 otherwise). Signing off is a person's duty: the
  scope gate is ``checklists:write``, which no agency system holds. Responses are
  append-only; an agency's later response to the same draft supersedes the earlier.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from api import records
from api.audit import service as audit
from api.clock import clock
from api.documents import service as documents
from api.documents.models import StoredFile
from api.domain_errors import Conflict, Forbidden, Invalid
from api.files.transfer import Received
from api.members import repository as members
from api.reports import repository
from api.reports.models import DraftResponse, DraftResponseKind, ReportDraft
from api.reports.schemas import DraftCreate, DraftResponseCreate, DraftResponseOut, DraftWithdraw
from api.request_context import RequestContext
from api.reviews.models import Review
from api.reviews.policy import ensure_manager, manages, own_agency
from api.security.principal import Principal
from api.security.roles import Role


def circulate(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    body: DraftCreate,
) -> ReportDraft:
    """A new draft, which becomes the current one."""
    ensure_manager(principal, review)
    today = clock.today()
    circulated_on = body.circulated_on or today
    if circulated_on > today:
        raise Invalid.field(
            "body.circulated_on", "circulated_on cannot be in the future.", "future_date"
        )
    current = repository.current_draft(session, principal, review)
    if current is not None and circulated_on < current.circulated_on:
        raise Invalid.field(
            "body.circulated_on",
            f"The current draft ({current.version_label}) was circulated on "
            f"{current.circulated_on.isoformat()}; a new one cannot be dated before it.",
            "before_current",
        )
    if repository.versions_taken(session, principal, review, [body.version_label]):
        raise Conflict(
            f"A draft labelled {body.version_label} is already on this review.",
            code="duplicate_version_label",
        )
    now = clock.now()
    draft = ReportDraft(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        title=body.title,
        version_label=body.version_label,
        circulated_on=circulated_on,
        note=body.note,
        circulated_by_type=principal.kind,
        circulated_by_id=principal.id,
        created_at=now,
        updated_at=now,
    )
    records.create(
        session,
        principal,
        request,
        draft,
        action="draft.circulated",
        record_type="report_draft",
        duplicate="A draft with this version label is on this review.",
        details={
            "version_label": draft.version_label,
            "circulated_on": circulated_on.isoformat(),
            "supersedes": None if current is None else str(current.id),
        },
        review_id=review.id,
    )
    return draft


def withdraw(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    draft: ReportDraft,
    body: DraftWithdraw,
) -> ReportDraft:
    """Withdraw (supersede) a draft: kept, with its responses, but no longer answerable."""
    ensure_manager(principal, review)
    if draft.withdrawn_on is not None:
        raise Conflict("This draft is already withdrawn.", code="draft_withdrawn")
    draft.withdrawn_on = clock.today()
    draft.withdrawn_reason = body.reason
    session.flush()
    audit.record(
        session,
        "draft.withdrawn",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type="report_draft",
        record_id=draft.id,
        details={"version_label": draft.version_label},
    )
    return draft


def respond(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    draft: ReportDraft,
    body: DraftResponseCreate,
) -> DraftResponse:
    """The caller's agency's response to ``draft``, which must be the current draft."""
    agency_id = principal.agency_id
    if principal.kind != "user" or principal.role != Role.member or agency_id is None:
        raise Forbidden(
            "Only a member of the review team responds to a draft, for their own agency."
        )
    seat = members.active_seat(session, principal, review, agency_id)
    if seat is None:
        raise Forbidden("Only a current member of the review team responds to a draft.")
    if body.response == DraftResponseKind.comments and not body.comments:
        raise Invalid.field("body.comments", "Write the comments you are returning.", "missing")
    if body.response == DraftResponseKind.signed_off and body.comments is not None:
        raise Invalid.field(
            "body.comments",
            "A sign-off takes no comments: return comments instead.",
            "not_with_sign_off",
        )
    current = repository.current_draft(session, principal, review)
    if current is None or current.id != draft.id:
        raise Conflict(
            f"Draft {draft.version_label} is not the current draft"
            + ("" if current is None else f"; respond to {current.version_label}")
            + ".",
            code="draft_not_current",
            current_draft_id=None if current is None else str(current.id),
        )
    response = DraftResponse(
        id=uuid.uuid4(),
        partnership_id=review.partnership_id,
        review_id=review.id,
        draft_id=draft.id,
        member_id=seat.id,
        agency_id=agency_id,
        response=body.response,
        comments=body.comments,
        responded_by_type=principal.kind,
        responded_by_id=principal.id,
        responded_at=clock.now(),
    )
    records.create(
        session,
        principal,
        request,
        response,
        action="draft.response_recorded",
        record_type="report_draft_response",
        details={
            "draft_id": str(draft.id),
            "agency_id": str(agency_id),
            "response": body.response.value,
        },
        review_id=review.id,
    )
    return response


def may_read_comments(principal: Principal, review: Review, response: DraftResponse) -> bool:
    """The review's managers, and the responding agency's own callers."""
    return manages(principal, review) or own_agency(principal, response.agency_id)


def shown(
    principal: Principal, review: Review, response: DraftResponse, *, superseded: bool
) -> DraftResponseOut:
    """A response as the caller may see it (comments withheld where they may not)."""
    readable = may_read_comments(principal, review, response)
    return DraftResponseOut(
        id=response.id,
        review_id=response.review_id,
        draft_id=response.draft_id,
        member_id=response.member_id,
        agency_id=response.agency_id,
        response=response.response,
        comments=response.comments if readable else None,
        comments_withheld=response.comments is not None and not readable,
        superseded=superseded,
        responded_by_type=response.responded_by_type,
        responded_by_id=response.responded_by_id,
        responded_at=response.responded_at,
    )


# --- The report's file -----------------------------------------------------------------------

FILE_RECORD = "report_draft"


def may_open_file(session: Session, principal: Principal, review: Review) -> bool:
    """The review's managers, and the people of its team (a current seat or deputy seat)."""
    if manages(principal, review):
        return True
    if principal.kind != "user" or principal.role != Role.member or principal.agency_id is None:
        return False
    return members.active_seat(session, principal, review, principal.agency_id) is not None


def ensure_attacher(principal: Principal, review: Review, draft: ReportDraft) -> None:
    ensure_manager(principal, review)
    if draft.withdrawn_on is not None:
        raise Conflict("This draft was withdrawn: circulate a new version.", code="withdrawn")


def attached_again(draft: ReportDraft, stored: StoredFile | None, sha256: str) -> bool:
    """Whether the file sent is the one already attached (a retry, answered as it was)."""
    return stored is not None and draft.file_id == stored.id and stored.sha256 == sha256


def attach_file(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    draft: ReportDraft,
    received: Received,
) -> StoredFile:
    """Attach the file that has arrived to ``draft``, which has none yet."""
    ensure_attacher(principal, review, draft)
    if draft.file_id is not None:
        raise Conflict(
            f"Draft {draft.version_label} already has its file: circulate a new version to "
            "share another.",
            code="file_attached",
        )
    stored = documents.stored_file(principal, review, received)
    session.add(stored)
    session.flush()
    draft.file_id = stored.id
    session.flush()
    audit.record(
        session,
        "draft.file_attached",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type=FILE_RECORD,
        record_id=draft.id,
        details={"sha256": stored.sha256, "media_type": stored.media_type},
    )
    return stored


def file_downloaded(
    session: Session,
    principal: Principal,
    request: RequestContext,
    review: Review,
    draft: ReportDraft,
    stored: StoredFile,
) -> None:
    audit.record(
        session,
        "draft.file_downloaded",
        principal=principal,
        request=request,
        review_id=review.id,
        record_type=FILE_RECORD,
        record_id=draft.id,
        details={"sha256": stored.sha256},
    )
