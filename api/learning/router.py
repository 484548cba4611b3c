"""HTTP for learning: the partnership's themes, a review's learning items, and each agency's
disseminations with their landed checks."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api import records
from api.concurrency import check_if_match, set_etag
from api.deps import ActionsReader, ActionsWriter, Admin, DbSession, EvidenceWriter, ReviewsReader
from api.errors import problem_responses
from api.learning import repository, service
from api.learning.models import Dissemination, LearningItem, LearningTheme
from api.learning.schemas import (
    DisseminationCreate,
    DisseminationOut,
    LandedCheck,
    LearningCreate,
    LearningOut,
    LearningPatch,
    ThemeCreate,
    ThemeOut,
    ThemePatch,
    Withdrawal,
)
from api.pagination import Page, Pagination, paginate
from api.reviews.deps import ManagedReviewForActions, ReviewForActions, ReviewForEvidence
from api.security.scoping import get_readable

themes_router = APIRouter(
    prefix="/api/v1/learning-themes",
    tags=["learning"],
    responses=problem_responses(400, 401, 403, 422),
)
router = APIRouter(
    prefix="/api/v1/reviews/{review_id}/learning",
    tags=["learning"],
    responses=problem_responses(400, 401, 403, 404, 422),
)

ITEM = "/{learning_id:uuid}"
DISSEMINATION = ITEM + "/disseminations/{dissemination_id:uuid}"
NOTES = "Viewers read it without the free-text notes (`notes_withheld`)."


# --- Themes ----------------------------------------------------------------------------------


@themes_router.get(
    "",
    response_model=Page[ThemeOut],
    summary="The partnership's learning themes, by name",
    description="Every caller of the partnership; `active=true` gives the themes new learning "
    "may use.",
)
def list_themes(
    session: DbSession,
    principal: ReviewsReader,
    page: Pagination,
    active: Annotated[bool | None, Query()] = None,
) -> Page[ThemeOut]:
    statement = repository.themes_statement(principal)
    if active is not None:
        statement = statement.where(LearningTheme.active == active)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [LearningTheme.name, LearningTheme.id],
        updated_column=LearningTheme.updated_at,
    )
    return Page(items=[ThemeOut.model_validate(t) for t in rows], next_cursor=cursor)


@themes_router.post(
    "",
    response_model=ThemeOut,
    status_code=201,
    summary="Add a learning theme",
    description="Administrators; names are unique in the partnership (409).",
    responses=problem_responses(409, 413, 415),
)
def create_theme(
    request: Request, response: Response, session: DbSession, principal: Admin, body: ThemeCreate
) -> ThemeOut:
    theme = service.create_theme(session, principal, request, body)
    records.answer(response, theme, location=f"/api/v1/learning-themes/{theme.id}")
    return ThemeOut.model_validate(theme)


@themes_router.get(
    "/{theme_id:uuid}",
    response_model=ThemeOut,
    summary="One learning theme",
    responses=problem_responses(404),
)
def get_theme(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ReviewsReader,
    theme_id: uuid.UUID,
) -> ThemeOut:
    theme = get_readable(session, LearningTheme, theme_id, principal, request=request)
    records.answer(response, theme)
    return ThemeOut.model_validate(theme)


@themes_router.patch(
    "/{theme_id:uuid}",
    response_model=ThemeOut,
    summary="Rename, describe or retire a learning theme",
    description="Administrators, with If-Match. A retired theme stays on the learning that "
    "uses it; new learning cannot choose it.",
    responses=problem_responses(404, 409, 412, 413, 415, 428),
)
def change_theme(
    request: Request,
    response: Response,
    session: DbSession,
    principal: Admin,
    theme_id: uuid.UUID,
    body: ThemePatch,
) -> ThemeOut:
    theme = records.for_change(session, LearningTheme, theme_id, principal, request)
    theme = service.change_theme(session, principal, request, theme, body)
    records.answer(response, theme)
    return ThemeOut.model_validate(theme)


# --- Learning items --------------------------------------------------------------------------


@router.get(
    "",
    response_model=Page[LearningOut],
    summary="The review's learning, oldest first",
    description="Every learning item (withdrawn ones too, unless `withdrawn=false`), with how "
    "far each agency has shared it.",
)
def list_learning(
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    page: Pagination,
    theme_id: uuid.UUID | None = None,
    withdrawn: Annotated[bool | None, Query()] = None,
) -> Page[LearningOut]:
    statement = repository.items_statement(session, principal, review)
    if theme_id is not None:
        statement = statement.where(LearningItem.theme_id == theme_id)
    if withdrawn is not None:
        statement = statement.where(
            LearningItem.withdrawn_on.is_not(None)
            if withdrawn
            else LearningItem.withdrawn_on.is_(None)
        )
    rows, cursor = paginate(
        session, statement, page, repository.ITEM_KEYS, updated_column=LearningItem.updated_at
    )
    return Page(items=service.present(session, principal, review, list(rows)), next_cursor=cursor)


@router.post(
    "",
    response_model=LearningOut,
    status_code=201,
    summary="Record learning as it emerges",
    description="The review's managers, under an active theme of the partnership's list.",
    responses=problem_responses(409, 413, 415),
)
def record_learning(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    body: LearningCreate,
) -> LearningOut:
    item = service.record_learning(session, principal, request, review, body)
    set_etag(response, item.version)
    response.headers["Location"] = f"/api/v1/reviews/{review.id}/learning/{item.id}"
    return service.present(session, principal, review, [item])[0]


@router.get(ITEM, response_model=LearningOut, summary="One learning item")
def get_learning(
    response: Response,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    learning_id: uuid.UUID,
) -> LearningOut:
    item = repository.get_item(session, principal, review, learning_id)
    set_etag(response, item.version)
    return service.present(session, principal, review, [item])[0]


@router.patch(
    ITEM,
    response_model=LearningOut,
    summary="Change a learning item's theme, wording or date",
    description="The review's managers, with If-Match; a withdrawn item does not change (409).",
    responses=problem_responses(409, 412, 413, 415, 428),
)
def change_learning(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    learning_id: uuid.UUID,
    body: LearningPatch,
) -> LearningOut:
    item = repository.get_item(session, principal, review, learning_id, for_update=True)
    check_if_match(request, item.version)
    service.change_learning(session, principal, request, review, item, body)
    set_etag(response, item.version)
    return service.present(session, principal, review, [item])[0]


@router.post(
    ITEM + "/withdraw",
    response_model=LearningOut,
    summary="Withdraw a learning item, with the reason",
    description="The review's managers; kept, never deleted, and no longer counted by the "
    "share-learning duty.",
    responses=problem_responses(409, 413, 415),
)
def withdraw_learning(
    request: Request,
    response: Response,
    session: DbSession,
    principal: ActionsWriter,
    review: ManagedReviewForActions,
    learning_id: uuid.UUID,
    body: Withdrawal,
) -> LearningOut:
    item = repository.get_item(session, principal, review, learning_id, for_update=True)
    service.withdraw_learning(session, principal, request, review, item, body)
    set_etag(response, item.version)
    return service.present(session, principal, review, [item])[0]


# --- Disseminations --------------------------------------------------------------------------


@router.get(
    ITEM + "/disseminations",
    response_model=Page[DisseminationOut],
    summary="How the agencies shared a learning item, oldest first",
    description=NOTES,
)
def list_disseminations(
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    learning_id: uuid.UUID,
    page: Pagination,
    agency_id: uuid.UUID | None = None,
) -> Page[DisseminationOut]:
    item = repository.get_item(session, principal, review, learning_id)
    statement = repository.disseminations_statement(session, principal, review, item)
    if agency_id is not None:
        statement = statement.where(Dissemination.agency_id == agency_id)
    rows, cursor = paginate(
        session,
        statement,
        page,
        repository.DISSEMINATION_KEYS,
        updated_column=Dissemination.updated_at,
    )
    return Page(items=[service.dissemination_out(principal, d) for d in rows], next_cursor=cursor)


@router.post(
    ITEM + "/disseminations",
    response_model=DisseminationOut,
    status_code=201,
    summary="Record sharing a learning item in your agency",
    description="A member or system of an agency with a current seat (scope `evidence:write`; "
    "agency systems send an Idempotency-Key), for their own agency: how, when and with how "
    "many. Not before the learning emerged, not in the future; refused on withdrawn "
    "learning (409).",
    responses=problem_responses(409, 413, 415),
)
def disseminate(
    request: Request,
    response: Response,
    session: DbSession,
    principal: EvidenceWriter,
    review: ReviewForEvidence,
    learning_id: uuid.UUID,
    body: DisseminationCreate,
) -> DisseminationOut:
    item = repository.get_item(session, principal, review, learning_id, for_update=True)
    made = service.disseminate(session, principal, request, review, item, body)
    set_etag(response, made.version)
    response.headers["Location"] = (
        f"/api/v1/reviews/{review.id}/learning/{item.id}/disseminations/{made.id}"
    )
    return service.dissemination_out(principal, made)


@router.get(DISSEMINATION, response_model=DisseminationOut, summary="One dissemination")
def get_dissemination(
    response: Response,
    session: DbSession,
    principal: ActionsReader,
    review: ReviewForActions,
    learning_id: uuid.UUID,
    dissemination_id: uuid.UUID,
) -> DisseminationOut:
    item = repository.get_item(session, principal, review, learning_id)
    found = repository.get_dissemination(session, principal, review, item, dissemination_id)
    set_etag(response, found.version)
    return service.dissemination_out(principal, found)


@router.post(
    DISSEMINATION + "/landed",
    response_model=DisseminationOut,
    summary="Record the check that shared learning landed",
    description="The agency that shared it (its member or system, scope `evidence:write`), "
    "once per dissemination (409 `already_checked`; 409 `withdrawn` once the learning is "
    "withdrawn): when, how, and what it found. A check finding it `not_landed` is answered "
    "by sharing it again.",
    responses=problem_responses(409, 413, 415),
)
def record_landed(
    request: Request,
    response: Response,
    session: DbSession,
    principal: EvidenceWriter,
    review: ReviewForEvidence,
    learning_id: uuid.UUID,
    dissemination_id: uuid.UUID,
    body: LandedCheck,
) -> DisseminationOut:
    item = repository.get_item(session, principal, review, learning_id)
    found = repository.get_dissemination(
        session, principal, review, item, dissemination_id, for_update=True
    )
    service.record_landed(session, principal, request, review, item, found, body)
    set_etag(response, found.version)
    return service.dissemination_out(principal, found)
