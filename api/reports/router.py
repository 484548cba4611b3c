"""HTTP for a review's draft report versions and the team's factual-accuracy responses."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from api.concurrency import set_etag
from api.deps import ChecklistWriter, DbSession, ReviewsReader, ReviewsWriter
from api.documents import repository as files
from api.documents import service as documents
from api.documents.models import StoredFile
from api.domain_errors import Forbidden, NotFound
from api.errors import problem_responses
from api.files import transfer
from api.files.transfer import Received
from api.pagination import Page, Pagination, paginate
from api.reports import repository, service
from api.reports.models import DraftResponse, DraftResponseKind, ReportDraft
from api.reports.schemas import (
    DraftCreate,
    DraftOut,
    DraftResponseCreate,
    DraftResponseOut,
    DraftWithdraw,
)
from api.reviews.deps import ManagedReview, ReviewForDuties, ReviewToRead
from api.reviews.models import Review
from api.security.principal import Principal

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}/drafts",
    tags=["report sign-off"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

FILE_LATER = (
    "A draft is its title, version label and date, and the report's file once attached "
    "(`.../file`): the review's managers and its team's members open it (`download`); the "
    "others see only that it is there."
)
COMMENTS_SHOWN = (
    "Each response's status is shown to everyone who reaches the review; the text of "
    "returned comments only to the review's managers (administrators and its lead reviewer) "
    "and to the responding agency's own callers (`comments_withheld` for the rest)."
)


def _out(
    draft: ReportDraft, current_id: uuid.UUID | None, stored: StoredFile | None, opens: bool
) -> DraftOut:
    shown = {"current", "file", "download"}
    return DraftOut.model_validate(
        {
            **{c: getattr(draft, c) for c in DraftOut.model_fields if c not in shown},
            "current": draft.id == current_id,
            "file": None if stored is None else documents.file_out(stored, opens=opens),
            "download": (
                f"/api/v1/reviews/{draft.review_id}/drafts/{draft.id}/file"
                if stored is not None and opens
                else None
            ),
        }
    )


def _file_of(
    session: Session, principal: Principal, review: Review, draft: ReportDraft
) -> StoredFile | None:
    if draft.file_id is None:
        return None
    return files.files_of(session, principal, review, [draft.file_id]).get(draft.file_id)


def _shown(
    session: Session, principal: Principal, review: Review, drafts: list[ReportDraft]
) -> list[DraftOut]:
    """The drafts as the caller may see them, with their files."""
    stored = files.files_of(session, principal, review, [d.file_id for d in drafts])
    opens = bool(stored) and service.may_open_file(session, principal, review)
    current_id = repository.current_draft_id(session, principal, review)
    return [
        _out(d, current_id, stored.get(d.file_id) if d.file_id else None, opens) for d in drafts
    ]


@router.get(
    "",
    response_model=Page[DraftOut],
    summary="A review's draft report versions, oldest first",
    description="Every version circulated, withdrawn ones included. " + FILE_LATER,
)
def list_drafts(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    withdrawn: bool | None = None,
) -> Page[DraftOut]:
    statement = repository.drafts_statement(session, principal, review)
    if withdrawn is not None:
        statement = statement.where(
            ReportDraft.withdrawn_on.is_not(None)
            if withdrawn
            else ReportDraft.withdrawn_on.is_(None)
        )
    rows, cursor = paginate(
        session,
        statement,
        page,
        [ReportDraft.created_at, ReportDraft.id],
        updated_column=ReportDraft.updated_at,
    )
    return Page(items=_shown(session, principal, review, list(rows)), next_cursor=cursor)


@router.post(
    "",
    response_model=DraftOut,
    status_code=201,
    summary="Circulate a draft report version",
    description="The review's managers (administrators and its lead reviewer). The new "
    "draft becomes the current one: the team's earlier responses no longer complete their "
    "report-quality duty until they respond to it. The version label is unique on the "
    "review (409). " + FILE_LATER,
    responses=problem_responses(409, 413, 415),
)
def circulate_draft(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    body: DraftCreate,
) -> DraftOut:
    draft = service.circulate(session, principal, request, review, body)
    set_etag(response, draft.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/drafts/{draft.id}"
    return _out(draft, draft.id, None, False)


@router.get("/{draft_id}", response_model=DraftOut, summary="One draft report version")
def get_draft(
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    draft_id: uuid.UUID,
) -> DraftOut:
    draft = repository.get_draft(session, principal, review, draft_id)
    set_etag(response, draft.version)
    return _shown(session, principal, review, [draft])[0]


@router.post(
    "/{draft_id}/withdraw",
    response_model=DraftOut,
    summary="Withdraw (supersede) a draft",
    description="The review's managers. A draft is never deleted: withdrawn, it is kept with "
    "its responses, is no longer current, and takes no more responses (409 once withdrawn).",
    responses=problem_responses(409, 413, 415),
)
def withdraw_draft(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    draft_id: uuid.UUID,
    body: DraftWithdraw,
) -> DraftOut:
    draft = repository.get_draft(session, principal, review, draft_id, for_update=True)
    service.withdraw(session, principal, request, review, draft, body)
    set_etag(response, draft.version)
    return _shown(session, principal, review, [draft])[0]


@router.post(
    "/{draft_id}/file",
    response_model=DraftOut,
    status_code=201,
    summary="Attach the report's file to a draft",
    description="The review's managers, once per draft while it is not withdrawn (409 "
    "`file_attached`: another file is another version, circulated anew). The body is the file "
    "itself, streamed, as for a document's version (size limit 413, type from its bytes "
    "415); the same file sent again answers 200 with the draft as it is.",
    responses=problem_responses(409, 411, 413, 415),
    openapi_extra=transfer.UPLOAD_BODY,
)
async def attach_file(
    request: Request,
    response: Response,
    session: DbSession,
    review: ManagedReview,
    draft_id: uuid.UUID,
) -> DraftOut:
    principal: Principal = request.state.principal

    def prepare() -> uuid.UUID:
        draft = repository.get_draft(session, principal, review, draft_id)
        service.ensure_attacher(principal, review, draft)
        partnership_id = review.partnership_id
        session.commit()
        return partnership_id

    def record(received: Received) -> tuple[DraftOut, bool]:
        draft = repository.get_draft(session, principal, review, draft_id, for_update=True)
        attached = _file_of(session, principal, review, draft)
        again = service.attached_again(draft, attached, received.sha256)
        if not again:
            attached = service.attach_file(session, principal, request, review, draft, received)
        shown = _out(draft, repository.current_draft_id(session, principal, review), attached, True)
        session.commit()
        return shown, not again

    shown, created = await transfer.receive(request, prepare, record)
    if not created:
        response.status_code = 200
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/drafts/{draft_id}"
    return shown


@router.get(
    "/{draft_id}/file",
    summary="Download a draft's report file",
    description="The review's managers and its team's members with a current seat (403 for "
    "the rest who read the draft); streamed as an attachment, every download audited.",
    response_class=StreamingResponse,
    responses=transfer.DOWNLOAD_RESPONSES,
)
async def download_file(
    request: Request,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    draft_id: uuid.UUID,
) -> StreamingResponse:
    def prepare() -> transfer.Outgoing:
        draft = repository.get_draft(session, principal, review, draft_id)
        if not service.may_open_file(session, principal, review):
            raise Forbidden("Only the review's managers and its team open the draft report.")
        stored = _file_of(session, principal, review, draft)
        if stored is None:
            raise NotFound("draft file")
        service.file_downloaded(session, principal, request, review, draft, stored)
        session.commit()
        return documents.outgoing(stored)

    return await transfer.send(request, prepare)


@router.get(
    "/{draft_id}/responses",
    response_model=Page[DraftResponseOut],
    summary="The team's responses to a draft, oldest first",
    description="Append-only: an agency's later response supersedes its earlier "
    "(`superseded`). " + COMMENTS_SHOWN,
)
def list_responses(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    draft_id: uuid.UUID,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
    response: DraftResponseKind | None = None,
) -> Page[DraftResponseOut]:
    draft = repository.get_draft(session, principal, review, draft_id)
    statement = repository.responses_statement(session, principal, review, draft)
    if agency_id is not None:
        statement = statement.where(DraftResponse.agency_id == agency_id)
    if response is not None:
        statement = statement.where(DraftResponse.response == response)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [DraftResponse.responded_at, DraftResponse.id],
        updated_column=DraftResponse.responded_at,
    )
    latest = repository.latest_response_ids(session, principal, review, draft)
    return Page(
        items=[service.shown(principal, review, r, superseded=r.id not in latest) for r in rows],
        next_cursor=cursor,
    )


@router.post(
    "/{draft_id}/responses",
    response_model=DraftResponseOut,
    status_code=201,
    summary="Sign off a draft's factual accuracy, or return comments",
    description="A member with a current seat (or deputy seat) on the review, for their own "
    "agency; agency systems do not sign off (it is a person's duty). Only the current draft "
    "takes responses (409 `draft_not_current`, naming the current one). `comments` needs "
    "the comments' text; a sign-off takes none. " + COMMENTS_SHOWN,
    responses=problem_responses(409, 413, 415),
)
def respond(
    request: Request,
    session: DbSession,
    principal: ChecklistWriter,
    review: ReviewForDuties,
    draft_id: uuid.UUID,
    body: DraftResponseCreate,
) -> DraftResponseOut:
    draft = repository.get_draft(session, principal, review, draft_id, for_update=True)
    recorded = service.respond(session, principal, request, review, draft, body)
    return service.shown(principal, review, recorded, superseded=False)
