"""HTTP for the learning action plan: recommendations, actions, progress and evidence."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse
from sqlalchemy import select

from api.actions import export, repository, service
from api.actions.export import ExportFormat
from api.actions.models import Action, ActionStatus, ActionUpdate, Evidence, Recommendation
from api.actions.rag import Rag
from api.actions.schemas import (
    ActionCreate,
    ActionOut,
    ActionPatch,
    CloseReason,
    EvidenceCreate,
    EvidenceDecision,
    EvidenceOut,
    RecommendationCreate,
    RecommendationOut,
    RecommendationPatch,
    SignOff,
    UpdateCreate,
    UpdateOut,
)
from api.audit import service as audit
from api.concurrency import check_if_match, set_etag
from api.deps import ActionsReader, ActionsWriter, DbSession, EvidenceWriter
from api.documents import service as documents
from api.documents.models import StoredFile
from api.domain_errors import NotFound
from api.errors import problem_responses
from api.files import transfer
from api.files.transfer import Received
from api.pagination import AnySelect, Page, Pagination, paginate
from api.partnerships.models import Partnership
from api.reviews.deps import ManagedReviewForActions, ReviewForActions, ReviewForEvidence
from api.reviews.models import Review
from api.reviews.repository import AS_PARENT, get_review
from api.reviews.responses import json_body_response
from api.security.principal import Principal
from api.security.scoping import readable

router = APIRouter(
    prefix="/api/v1/reviews/{review_id}",
    tags=["action plan"],
    responses=problem_responses(400, 401, 403, 404, 422),
)
plan_router = APIRouter(
    prefix="/api/v1/actions",
    tags=["action plan"],
    responses=problem_responses(400, 401, 403, 422),
)

ACTION = "/actions/{action_id:uuid}"
EVIDENCE = ACTION + "/evidence/{evidence_id:uuid}"
VIEWERS = (
    "Viewers read the plan without personal data: the named lead and progress notes are "
    "withheld from them."
)


def _filtered(
    statement: AnySelect, agency_id: uuid.UUID | None, status: ActionStatus | None
) -> AnySelect:
    if agency_id is not None:
        statement = statement.where(Action.agency_id == agency_id)
    if status is not None:
        statement = statement.where(Action.status == status)
    return statement


LIST_ORDER = (
    "Oldest first. The RAG status is derived (see `ActionOut.rag`); every filter, `rag` "
    "too, applies before the page is cut. "
)


def _page(
    request: Request,
    session: DbSession,
    principal: Principal,
    page: Pagination,
    *,
    review_id: uuid.UUID | None,
    agency_id: uuid.UUID | None,
    status: ActionStatus | None,
    rag: Rag | None,
    review_route: bool,
) -> Response:
    rows, cursor = repository.list_page(
        session,
        principal,
        page,
        review_id=review_id,
        agency_id=agency_id,
        status=status,
        rag=rag,
    )
    if not rows and review_route and review_id is not None:
        # An action the caller reaches is on a review they reach (the rows' rule says so), so
        # only an empty page needs the review itself: to answer 404 (audited) if it is out
        # of reach. A full page costs no query for it.
        get_review(session, principal, review_id, request, options=[AS_PARENT])
    return json_body_response({"items": service.list_items(principal, rows), "next_cursor": cursor})


@plan_router.get(
    "",
    response_model=Page[ActionOut],
    summary="The partnership's action plan: every action on the reviews the caller reaches",
    description=LIST_ORDER + "Filtered by agency, review, status or RAG. " + VIEWERS,
)
def partnership_plan(
    request: Request,
    session: DbSession,
    principal: ActionsReader,
    page: Pagination,
    review_id: uuid.UUID | None = None,
    agency_id: uuid.UUID | None = None,
    status: ActionStatus | None = None,
    rag: Rag | None = None,
) -> Response:
    return _page(
        request,
        session,
        principal,
        page,
        review_id=review_id,
        agency_id=agency_id,
        status=status,
        rag=rag,
        review_route=False,
    )


# --- Exports ---------------------------------------------------------------------------------

EXPORTED = (
    "The same rows, scoping and filters as the list (every page of it), as a file: XLSX (a "
    "header row with filters, dates as dates, text never as formulas) or CSV (UTF-8 with a "
    "byte order mark; a cell starting with = + - @, a tab or a carriage return gets a "
    "leading apostrophe, so no spreadsheet runs it). Columns: review, recommendation, action, "
    "owner agency, lead (blank for viewers), due date, status, RAG, last update, evidence "
    "submitted / accepted / returned, closed on. Streamed as an attachment, every export "
    "audited. "
)
FORMAT = Annotated[
    ExportFormat,
    Query(alias="format", description="`xlsx` (the default) or `csv`", examples=["xlsx"]),
]
EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The action plan as a file (`Content-Disposition: attachment`)",
        "content": dict.fromkeys(export.MEDIA_TYPES.values(), transfer.BINARY),
    }
}


async def _export(
    request: Request,
    session: DbSession,
    principal: Principal,
    fmt: ExportFormat,
    *,
    statement: Callable[[], AnySelect],
    rag: Rag | None,
    name: Callable[[], str],
    audited: dict[str, Any],
    details: dict[str, Any],
) -> StreamingResponse:
    """Read the rows and write the file in an admission slot, audit it, stream it without."""

    def prepare() -> transfer.Built:
        base = name()
        lines: Iterator[tuple[export.Cell, ...]] = export.rows(session, principal, statement(), rag)
        made, count = export.write(fmt, lines, f"{base}-action-plan.{fmt.value}", base)
        try:
            audit.record(
                session,
                "action_plan.exported",
                principal=principal,
                request=request,
                details={"format": fmt.value, "actions": count, **details},
                **audited,
            )
            session.commit()
        except BaseException:
            made.handle.close()
            raise
        return made

    return await transfer.send_built(request, prepare)


def _filters(**given: Any) -> dict[str, str]:
    return {k: str(v) for k, v in given.items() if v is not None}


@plan_router.get(
    "/export",
    summary="Download the partnership's action plan as XLSX or CSV",
    description="Every action on the reviews the caller reaches, filtered as "
    "`GET /api/v1/actions` is. " + EXPORTED + VIEWERS,
    response_class=StreamingResponse,
    responses=EXPORT_RESPONSES,
)
async def export_partnership_plan(
    request: Request,
    session: DbSession,
    principal: ActionsReader,
    fmt: FORMAT = ExportFormat.xlsx,
    review_id: uuid.UUID | None = None,
    agency_id: uuid.UUID | None = None,
    status: ActionStatus | None = None,
    rag: Rag | None = None,
) -> StreamingResponse:
    def statement() -> AnySelect:
        found = _filtered(repository.plan_statement(principal), agency_id, status)
        return found if review_id is None else found.where(Action.review_id == review_id)

    def name() -> str:
        code = session.scalar(readable(select(Partnership.code), Partnership, principal))
        return str(code)

    return await _export(
        request,
        session,
        principal,
        fmt,
        statement=statement,
        rag=rag,
        name=name,
        audited={"record_type": "partnership", "record_id": principal.partnership_id},
        details=_filters(review_id=review_id, agency_id=agency_id, status=status, rag=rag),
    )


# --- Recommendations -------------------------------------------------------------------------


def _recommendation_out(r: Recommendation) -> RecommendationOut:
    return RecommendationOut.model_validate(r, from_attributes=True)


@router.get(
    "/recommendations",
    response_model=Page[RecommendationOut],
    summary="The review's recommendations, oldest first",
)
def list_recommendations(
    session: DbSession, principal: ActionsReader, review: ReviewForActions, page: Pagination
) -> Page[RecommendationOut]:
    rows, cursor = paginate(
        session,
        repository.recommendations_statement(session, principal, review),
        page,
        [Recommendation.created_at, Recommendation.id],
        updated_column=Recommendation.updated_at,
    )
    return Page(items=[_recommendation_out(r) for r in rows], next_cursor=cursor)


@router.post(
    "/recommendations",
    response_model=RecommendationOut,
    status_code=201,
    summary="Record a recommendation",
    description="The review's managers; the label is unique on the review (409).",
    responses=problem_responses(409, 413, 415),
)
def create_recommendation(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    body: RecommendationCreate,
) -> RecommendationOut:
    made = service.recommend(session, principal, request, review, body)
    set_etag(response, made.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/recommendations/{made.id}"
    return _recommendation_out(made)


@router.get(
    "/recommendations/{recommendation_id:uuid}",
    response_model=RecommendationOut,
    summary="One recommendation",
)
def get_recommendation(
    response: Response,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    recommendation_id: uuid.UUID,
) -> RecommendationOut:
    found = repository.get_recommendation(session, principal, review, recommendation_id)
    set_etag(response, found.version)
    return _recommendation_out(found)


@router.patch(
    "/recommendations/{recommendation_id:uuid}",
    response_model=RecommendationOut,
    summary="Change a recommendation's label or wording",
    description="The review's managers, with If-Match.",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def change_recommendation(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    recommendation_id: uuid.UUID,
    body: RecommendationPatch,
) -> RecommendationOut:
    found = repository.get_recommendation(
        session, principal, review, recommendation_id, for_update=True
    )
    check_if_match(request, found.version)
    service.change_recommendation(session, principal, request, review, found, body)
    set_etag(response, found.version)
    return _recommendation_out(found)


# --- Actions ---------------------------------------------------------------------------------


@router.get(
    "/actions",
    response_model=Page[ActionOut],
    summary="The review's action plan, oldest first",
    description=LIST_ORDER + "Every action with its evidence counts, filtered by agency, status "
    "or RAG. " + VIEWERS,
)
def list_actions(
    request: Request,
    session: DbSession,
    principal: ActionsReader,
    review_id: uuid.UUID,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
    status: ActionStatus | None = None,
    rag: Rag | None = None,
) -> Response:
    return _page(
        request,
        session,
        principal,
        page,
        review_id=review_id,
        agency_id=agency_id,
        status=status,
        rag=rag,
        review_route=True,
    )


@router.get(
    "/actions/export",
    summary="Download the review's action plan as XLSX or CSV",
    description="Filtered as the review's list is. " + EXPORTED + VIEWERS,
    response_class=StreamingResponse,
    responses=EXPORT_RESPONSES,
)
async def export_actions(
    request: Request,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    fmt: FORMAT = ExportFormat.xlsx,
    agency_id: uuid.UUID | None = None,
    status: ActionStatus | None = None,
    rag: Rag | None = None,
) -> StreamingResponse:
    return await _export(
        request,
        session,
        principal,
        fmt,
        statement=lambda: _filtered(
            repository.actions_statement(session, principal, review), agency_id, status
        ),
        rag=rag,
        # The reference of the review the dependency reached (loaded without it).
        name=lambda: str(session.scalar(select(Review.reference).where(Review.id == review.id))),
        audited={"record_type": "review", "record_id": review.id, "review_id": review.id},
        details=_filters(agency_id=agency_id, status=status, rag=rag),
    )


@router.post(
    "/actions",
    response_model=ActionOut,
    status_code=201,
    summary="Add a SMART action to a recommendation",
    description="The review's managers, for an agency with a current seat on the review.",
    responses=problem_responses(409, 413, 415),
)
def create_action(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    body: ActionCreate,
) -> ActionOut:
    action = service.create_action(session, principal, request, review, body)
    set_etag(response, action.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/actions/{action.id}"
    return service.action_out(principal, action, {})


@router.get(ACTION, response_model=ActionOut, summary="One action")
def get_action(
    response: Response,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    action_id: uuid.UUID,
) -> ActionOut:
    action = repository.get_action(session, principal, review, action_id)
    set_etag(response, action.version)
    return service.present(session, principal, [action])[0]


@router.patch(
    ACTION,
    response_model=ActionOut,
    summary="Change an action's wording, lead or due date",
    description="The review's managers, with If-Match; a closed action does not change (409).",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def change_action(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    action_id: uuid.UUID,
    body: ActionPatch,
) -> ActionOut:
    action = repository.get_action(session, principal, review, action_id, for_update=True)
    check_if_match(request, action.version)
    service.change_action(session, principal, request, review, action, body)
    set_etag(response, action.version)
    return service.present(session, principal, [action])[0]


@router.post(
    ACTION + "/sign-off",
    response_model=ActionOut,
    summary="Sign an action off",
    description="The review's managers, with a reason, once evidence of it is accepted (409 "
    "naming `accepted_evidence` otherwise); an administrator may sign off without it with "
    "`override` (the reason is kept as the override's).",
    responses=problem_responses(409, 413, 415),
)
def sign_off(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    action_id: uuid.UUID,
    body: SignOff,
) -> ActionOut:
    action = repository.get_action(session, principal, review, action_id, for_update=True)
    service.sign_off(session, principal, request, review, action, body)
    set_etag(response, action.version)
    return service.present(session, principal, [action])[0]


@router.post(
    ACTION + "/cancel",
    response_model=ActionOut,
    summary="Cancel an action, with the reason",
    description="The review's managers; kept, never deleted.",
    responses=problem_responses(409, 413, 415),
)
def cancel_action(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    action_id: uuid.UUID,
    body: CloseReason,
) -> ActionOut:
    action = repository.get_action(session, principal, review, action_id, for_update=True)
    service.cancel(session, principal, request, review, action, body)
    set_etag(response, action.version)
    return service.present(session, principal, [action])[0]


@router.get(
    ACTION + "/updates",
    response_model=Page[UpdateOut],
    summary="An action's progress updates, oldest first",
    description=VIEWERS,
)
def list_updates(
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    action_id: uuid.UUID,
    page: Pagination,
) -> Page[UpdateOut]:
    action = repository.get_action(session, principal, review, action_id)
    rows, cursor = paginate(
        session,
        repository.updates_statement(session, principal, review, action),
        page,
        [ActionUpdate.recorded_at, ActionUpdate.id],
        updated_column=ActionUpdate.recorded_at,
    )
    return Page(items=[service.update_out(principal, u) for u in rows], next_cursor=cursor)


@router.post(
    ACTION + "/updates",
    response_model=UpdateOut,
    status_code=201,
    summary="Record progress on an action",
    description="The owning agency's member or system (scope `evidence:write`) or the "
    "review's managers: a dated note, optionally moving the action to in progress or "
    "completed. Refused on a closed action (409).",
    responses=problem_responses(409, 413, 415),
)
def record_update(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    action_id: uuid.UUID,
    body: UpdateCreate,
) -> UpdateOut:
    action = repository.get_action(session, principal, review, action_id, for_update=True)
    update = service.record_update(session, principal, request, review, action, body)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/actions/{action.id}/updates"
    return service.update_out(principal, update)


# --- Evidence --------------------------------------------------------------------------------

EVIDENCE_SHOWN = (
    "A piece of evidence's status is shown to everyone who reads the action; its note, link, "
    "file and the decision's comment only to the review's managers and the owning agency "
    "(`details_withheld` for the rest)."
)


@router.get(
    ACTION + "/evidence",
    response_model=Page[EvidenceOut],
    summary="The evidence offered for an action, oldest first",
    description=EVIDENCE_SHOWN,
)
def list_evidence(
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    action_id: uuid.UUID,
    page: Pagination,
) -> Page[EvidenceOut]:
    action = repository.get_action(session, principal, review, action_id)
    rows, cursor = paginate(
        session,
        repository.evidence_statement(session, principal, review, action).with_only_columns(
            Evidence
        ),
        page,
        [Evidence.created_at, Evidence.id],
        updated_column=Evidence.updated_at,
    )
    files = repository.files_of(session, principal, review, [e.file_id for e in rows])
    return Page(
        items=[
            service.evidence_out(
                principal, review, action, e, files.get(e.file_id) if e.file_id else None
            )
            for e in rows
        ],
        next_cursor=cursor,
    )


@router.post(
    ACTION + "/evidence",
    response_model=EvidenceOut,
    status_code=201,
    summary="Offer a note or a link as evidence",
    description="The owning agency's member or system (scope `evidence:write`; agency systems "
    "send an Idempotency-Key). A file is sent to `.../evidence/files`. " + EVIDENCE_SHOWN,
    responses=problem_responses(409, 413, 415),
)
def submit_evidence(
    request: Request,
    response: Response,
    session: DbSession,
    principal: EvidenceWriter,
    review: ReviewForEvidence,
    action_id: uuid.UUID,
    body: EvidenceCreate,
) -> EvidenceOut:
    action = repository.get_action(session, principal, review, action_id, for_update=True)
    evidence = service.submit(session, principal, request, review, action, body)
    response.headers["Location"] = (
        f"/api/v1/reviews/{review.id}/actions/{action.id}/evidence/{evidence.id}"
    )
    return service.evidence_out(principal, review, action, evidence, None)


@router.post(
    ACTION + "/evidence/files",
    response_model=EvidenceOut,
    status_code=201,
    summary="Offer a file as evidence",
    description="The owning agency's member or system (scope `evidence:write`). The body is "
    "the file itself, streamed, as for a document's version (size limit 413, type from its "
    "bytes 415). The same file sent again while it awaits a decision answers 200 with that "
    "evidence instead of adding another; an Idempotency-Key is not used here.",
    responses=problem_responses(409, 411, 413, 415),
    openapi_extra=transfer.UPLOAD_BODY,
)
async def submit_evidence_file(
    request: Request,
    response: Response,
    session: DbSession,
    review: ReviewForEvidence,
    action_id: uuid.UUID,
) -> EvidenceOut:
    principal: Principal = request.state.principal

    def prepare() -> uuid.UUID:
        action = repository.get_action(session, principal, review, action_id)
        service.ensure_submitter(principal, action)
        partnership_id = review.partnership_id
        session.commit()
        return partnership_id

    def record(received: Received) -> tuple[tuple[Evidence, StoredFile, Action], bool]:
        action = repository.get_action(session, principal, review, action_id, for_update=True)
        service.ensure_submitter(principal, action)
        again = service.resubmitted_file(session, principal, review, action, received.sha256)
        created = again is None
        if again is None:
            again = service.submit_file(session, principal, request, review, action, received)
        session.commit()
        return (again[0], again[1], action), created

    (evidence, stored, action), created = await transfer.receive(request, prepare, record)
    if not created:
        response.status_code = 200
    response.headers["Location"] = (
        f"/api/v1/reviews/{review.id}/actions/{action.id}/evidence/{evidence.id}"
    )
    return service.evidence_out(principal, review, action, evidence, stored)


@router.get(EVIDENCE, response_model=EvidenceOut, summary="One piece of evidence")
def get_evidence(
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    action_id: uuid.UUID,
    evidence_id: uuid.UUID,
) -> EvidenceOut:
    action = repository.get_action(session, principal, review, action_id)
    evidence, stored = repository.get_evidence(session, principal, review, action, evidence_id)
    return service.evidence_out(principal, review, action, evidence, stored)


@router.post(
    EVIDENCE + "/decision",
    response_model=EvidenceOut,
    summary="Accept evidence, or return it with a comment",
    description="The review's managers, once per piece of evidence (409 `already_decided`).",
    responses=problem_responses(409, 413, 415),
)
def decide_evidence(
    request: Request,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    action_id: uuid.UUID,
    evidence_id: uuid.UUID,
    body: EvidenceDecision,
) -> EvidenceOut:
    action = repository.get_action(session, principal, review, action_id, for_update=True)
    evidence, stored = repository.get_evidence(
        session, principal, review, action, evidence_id, for_update=True
    )
    service.decide(session, principal, request, review, action, evidence, body)
    return service.evidence_out(principal, review, action, evidence, stored)


@router.get(
    EVIDENCE + "/file",
    summary="Download an evidence file",
    description="The review's managers and the owning agency's people and system (403 for "
    "the rest who read the action); streamed as an attachment, every download audited.",
    response_class=StreamingResponse,
    responses=transfer.DOWNLOAD_RESPONSES,
)
async def download_evidence(
    request: Request,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    action_id: uuid.UUID,
    evidence_id: uuid.UUID,
) -> StreamingResponse:
    def prepare() -> transfer.Outgoing:
        action = repository.get_action(session, principal, review, action_id)
        evidence, stored = repository.get_evidence(session, principal, review, action, evidence_id)
        service.ensure_opener(principal, review, action)
        if stored is None:
            raise NotFound("evidence file")
        service.downloaded(session, principal, request, review, evidence, stored)
        session.commit()
        return documents.outgoing(stored)

    return await transfer.send(request, prepare)
