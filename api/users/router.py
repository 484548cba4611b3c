"""HTTP for user administration: translate requests to the service and results to
responses, nothing more."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api import records
from api.deps import Admin, DbSession
from api.errors import problem_responses
from api.pagination import Page, Pagination
from api.security.roles import Role
from api.users import repository, service
from api.users.models import User
from api.users.schemas import UserCreate, UserOut, UserUpdate

router = APIRouter(
    prefix="/api/v1/users", tags=["users"], responses=problem_responses(400, 401, 403, 422)
)


def user_out(user: User) -> UserOut:
    return UserOut(
        id=user.id,
        email=user.email,
        name=user.name,
        role=user.role,
        agency_id=user.agency_id,
        active=user.active,
        totp_enrolled=user.totp_enrolled_at is not None,
        created_at=user.created_at,
        updated_at=user.updated_at,
    )


@router.get("", response_model=Page[UserOut], summary="List users")
def list_users(
    session: DbSession,
    principal: Admin,
    page: Pagination,
    role: Role | None = None,
    agency_id: uuid.UUID | None = None,
    active: Annotated[bool | None, Query()] = None,
) -> Page[UserOut]:
    rows, cursor = repository.list_users(session, principal, page, role, agency_id, active)
    return Page(items=[user_out(u) for u in rows], next_cursor=cursor)


@router.post(
    "",
    response_model=UserOut,
    status_code=201,
    summary="Create a user",
    responses=problem_responses(409, 413, 415),
)
def create_user(
    request: Request, response: Response, session: DbSession, principal: Admin, body: UserCreate
) -> UserOut:
    user = service.create_user(session, principal, request, body)
    records.answer(response, user, location=f"/api/v1/users/{user.id}")
    return user_out(user)


@router.get(
    "/{user_id}", response_model=UserOut, summary="One user", responses=problem_responses(404)
)
def get_user(
    request: Request, response: Response, session: DbSession, principal: Admin, user_id: uuid.UUID
) -> UserOut:
    user = repository.get_user(session, principal, user_id, request)
    records.answer(response, user)
    return user_out(user)


@router.patch(
    "/{user_id}",
    response_model=UserOut,
    summary="Change a user's name, role, agency or active flag",
    description="Disabling a user or changing their role or agency takes effect on their next "
    "request, whatever tokens they hold, and ends every sign-in (refresh token) they have. "
    "A user holding an active seat on a review team cannot change agency, nor leave the "
    "member role, until the seat is ended (409 naming the reviews).",
    responses=problem_responses(404, 409, 412, 413, 415, 428),
)
def update_user(
    request: Request,
    response: Response,
    session: DbSession,
    principal: Admin,
    user_id: uuid.UUID,
    body: UserUpdate,
) -> UserOut:
    user = records.for_change(session, User, user_id, principal, request)
    user = service.update_user(session, principal, request, user, body)
    records.answer(response, user)
    return user_out(user)


@router.post(
    "/{user_id}/totp/reset",
    response_model=UserOut,
    summary="Remove a user's second factor (lost device)",
    description="The user must enrol again at their next sign-in.",
    responses=problem_responses(404, 409, 412, 428),
)
def reset_totp(
    request: Request, response: Response, session: DbSession, principal: Admin, user_id: uuid.UUID
) -> UserOut:
    user = records.for_change(session, User, user_id, principal, request)
    user = service.reset_totp(session, principal, request, user)
    records.answer(response, user)
    return user_out(user)
