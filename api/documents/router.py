"""HTTP for the documents a review asks of its agencies, their versions and their files."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from api.concurrency import check_if_match, set_etag
from api.deps import DbSession, ReviewsReader, ReviewsWriter
from api.documents import repository, service
from api.documents.models import DocumentKind, DocumentRequest, DocumentVersion, StoredFile
from api.documents.schemas import (
    DecisionCreate,
    DocumentCreate,
    DocumentOut,
    DocumentPatch,
    DocumentToAll,
    DocumentWithdraw,
    VersionOut,
)
from api.errors import problem_responses
from api.files import transfer
from api.files.transfer import Received
from api.pagination import Page, Pagination, paginate
from api.reviews.deps import ManagedReview, ReviewForDuties, ReviewToRead
from api.reviews.models import Review
from api.security.principal import Principal

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}/documents",
    tags=["documents"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

WHO_OPENS = (
    "Every caller who reaches the review sees what was asked and where it stands; a file's "
    "name, the file and the lead reviewer's comment only the review's managers and the "
    "requested agency's own people and system (`details_withheld` for the rest)."
)


def _page_out(
    session: Session, principal: Principal, review: Review, rows: list[DocumentRequest]
) -> list[DocumentOut]:
    latest = repository.latest_versions(session, principal, review, [r.id for r in rows])
    return [service.document_out(principal, review, r, latest.get(r.id)) for r in rows]


@router.get(
    "",
    response_model=Page[DocumentOut],
    summary="The documents asked of the review's agencies, oldest first",
    description="Each with its status and latest version. " + WHO_OPENS,
)
def list_documents(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
    kind: DocumentKind | None = None,
    withdrawn: bool | None = None,
) -> Page[DocumentOut]:
    statement = repository.requests_statement(session, principal, review)
    if agency_id is not None:
        statement = statement.where(DocumentRequest.agency_id == agency_id)
    if kind is not None:
        statement = statement.where(DocumentRequest.kind == kind)
    if withdrawn is not None:
        column = DocumentRequest.withdrawn_on
        statement = statement.where(column.is_not(None) if withdrawn else column.is_(None))
    rows, cursor = paginate(
        session,
        statement,
        page,
        repository.LIST_KEYS,
        updated_column=DocumentRequest.updated_at,
    )
    return Page(items=_page_out(session, principal, review, rows), next_cursor=cursor)


@router.post(
    "",
    response_model=DocumentOut,
    status_code=201,
    summary="Ask an agency for a document",
    description="The review's managers (administrators and its lead reviewer), of an agency "
    "with a current seat on the review (422 otherwise); due today or later.",
    responses=problem_responses(409, 413, 415),
)
def ask(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    body: DocumentCreate,
) -> DocumentOut:
    document = service.ask(session, principal, request, review, body)
    set_etag(response, document.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/documents/{document.id}"
    return service.document_out(principal, review, document, None)


@router.post(
    "/requests-to-all-agencies",
    response_model=list[DocumentOut],
    status_code=201,
    summary="Ask every seated agency for the same document",
    description="The review's managers: one request to each agency with a current seat "
    "(409 when none has one).",
    responses=problem_responses(409, 413, 415),
)
def ask_all(
    request: Request,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    body: DocumentToAll,
) -> list[DocumentOut]:
    documents = service.ask_all(session, principal, request, review, body)
    return [service.document_out(principal, review, d, None) for d in documents]


@router.get("/{document_id:uuid}", response_model=DocumentOut, summary="One document request")
def get_document(
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    document_id: uuid.UUID,
) -> DocumentOut:
    document = repository.get_request(session, principal, review, document_id)
    set_etag(response, document.version)
    return service.present(session, principal, review, document)


@router.patch(
    "/{document_id:uuid}",
    response_model=DocumentOut,
    summary="Change a request's title, due date or note",
    description="The review's managers, with If-Match (428 without, 412 when stale); a "
    "withdrawn request does not change (409).",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def change_document(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    document_id: uuid.UUID,
    body: DocumentPatch,
) -> DocumentOut:
    document = repository.get_request(session, principal, review, document_id, for_update=True)
    check_if_match(request, document.version)
    service.change(session, principal, request, review, document, body)
    set_etag(response, document.version)
    return service.present(session, principal, review, document)


@router.post(
    "/{document_id:uuid}/withdraw",
    response_model=DocumentOut,
    summary="Withdraw a request",
    description="The review's managers. Kept with its versions, never deleted; a withdrawn "
    "request takes no files (409 once withdrawn).",
    responses=problem_responses(409, 413, 415),
)
def withdraw_document(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    document_id: uuid.UUID,
    body: DocumentWithdraw,
) -> DocumentOut:
    document = repository.get_request(session, principal, review, document_id, for_update=True)
    service.withdraw(session, principal, request, review, document, body)
    set_etag(response, document.version)
    return service.present(session, principal, review, document)


@router.get(
    "/{document_id:uuid}/versions",
    response_model=Page[VersionOut],
    summary="The files submitted against a request, first first",
    description=WHO_OPENS,
)
def list_versions(
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    document_id: uuid.UUID,
    page: Pagination,
) -> Page[VersionOut]:
    document = repository.get_request(session, principal, review, document_id)
    latest = repository.next_number(session, principal, review, document.id) - 1
    statement = repository.versions_statement(session, principal, review, document.id)
    rows, cursor = paginate(
        session,
        statement,
        page,
        repository.VERSION_KEYS,
        updated_column=DocumentVersion.submitted_at,
    )
    # ``paginate`` reads ORM entities: the first of each row is the version.
    files = {
        f.id: f
        for f in session.scalars(
            repository.versions_statement(session, principal, review, document.id)
            .with_only_columns(StoredFile)
            .where(DocumentVersion.id.in_([v.id for v in rows]))
        )
    }
    return Page(
        items=[
            service.version_out(principal, review, v, files[v.file_id], latest_number=latest)
            for v in rows
        ],
        next_cursor=cursor,
    )


@router.post(
    "/{document_id:uuid}/versions",
    response_model=VersionOut,
    status_code=201,
    summary="Submit a file against a request (a new version)",
    description="A member with a current seat on the review, for their own agency's "
    "request, while it is neither withdrawn nor accepted (409). The body is the file itself, "
    "streamed: at most the service's upload limit (50 MiB unless configured; 413 as soon as "
    "it is passed), of a type found in its bytes: PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG, TXT "
    "or CSV (415 otherwise, or when the name's extension says another type). Its SHA-256 is "
    "recorded. The same file sent again while its version awaits a decision answers 200 with "
    "that version instead of adding another; an Idempotency-Key is not used here.",
    responses=problem_responses(409, 411, 413, 415),
    openapi_extra=transfer.UPLOAD_BODY,
)
async def submit_version(
    request: Request,
    response: Response,
    session: DbSession,
    review: ReviewForDuties,
    document_id: uuid.UUID,
) -> VersionOut:
    principal: Principal = request.state.principal

    def prepare() -> uuid.UUID:
        """Refuse before a byte is read; hand the connection back while the file streams."""
        document = repository.get_request(session, principal, review, document_id)
        service.ensure_submitter(session, principal, review, document)
        partnership_id = review.partnership_id
        session.commit()
        return partnership_id

    def record(received: Received) -> tuple[tuple[DocumentVersion, StoredFile], bool]:
        """The next version (checked again: the request may have changed meanwhile), or the
        version whose file this repeats."""
        document = repository.get_request(session, principal, review, document_id, for_update=True)
        latest = service.ensure_submitter(session, principal, review, document)
        again = service.resubmitted(latest, received.sha256)
        created = again is None
        if again is None:
            again = service.add_version(session, principal, request, review, document, received)
        session.commit()
        return again, created

    (version, stored), created = await transfer.receive(request, prepare, record)
    if not created:
        response.status_code = 200
    response.headers["Location"] = (
        f"/api/v1/reviews/{review.id}/documents/{document_id}/versions/{version.id}"
    )
    return service.version_out(principal, review, version, stored, latest_number=version.number)


@router.get(
    "/{document_id:uuid}/versions/{version_id}",
    response_model=VersionOut,
    summary="One submitted version",
    description=WHO_OPENS,
)
def get_version(
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    document_id: uuid.UUID,
    version_id: uuid.UUID,
) -> VersionOut:
    version, stored = repository.get_version(session, principal, review, document_id, version_id)
    set_etag(response, version.version)
    latest = repository.next_number(session, principal, review, document_id) - 1
    return service.version_out(principal, review, version, stored, latest_number=latest)


@router.post(
    "/{document_id:uuid}/versions/{version_id}/decision",
    response_model=VersionOut,
    summary="Accept a version, or return it with a comment",
    description="The review's managers, on the latest version only (409 `not_latest`), "
    "once (409 `already_decided`). Returning needs a comment saying what to change; "
    "accepting takes none. An accepted document takes no more versions.",
    responses=problem_responses(409, 413, 415),
)
def decide(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsWriter,
    review: ManagedReview,
    document_id: uuid.UUID,
    version_id: uuid.UUID,
    body: DecisionCreate,
) -> VersionOut:
    document = repository.get_request(session, principal, review, document_id, for_update=True)
    version, stored = repository.get_version(
        session, principal, review, document_id, version_id, for_update=True
    )
    service.decide(session, principal, request, review, document, version, body)
    set_etag(response, version.version)
    return service.version_out(principal, review, version, stored, latest_number=version.number)


@router.get(
    "/{document_id:uuid}/versions/{version_id}/file",
    summary="Download a version's file",
    description="The review's managers and the submitting agency's own people and system "
    "(403 for the rest who reach the review). Streamed as an attachment with the type found "
    "in its bytes; every download is audited.",
    response_class=StreamingResponse,
    responses=transfer.DOWNLOAD_RESPONSES,
)
async def download(
    request: Request,
    session: DbSession,
    principal: ReviewsReader,
    review: ReviewToRead,
    document_id: uuid.UUID,
    version_id: uuid.UUID,
) -> StreamingResponse:
    def prepare() -> transfer.Outgoing:
        """Refuse, or audit the download; hand the connection back before the bytes move."""
        version, stored = repository.get_version(
            session, principal, review, document_id, version_id
        )
        service.ensure_opener(principal, review, version)
        service.downloaded(session, principal, request, review, version, stored)
        session.commit()
        return service.outgoing(stored)

    return await transfer.send(request, prepare)
