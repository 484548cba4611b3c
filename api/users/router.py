from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from api.audit import service as audit
from api.concurrency import check_if_match, set_etag
from api.deps import Admin, DbSession
from api.domain_errors import Conflict
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.security.passwords import hash_password
from api.security.roles import Role
from api.security.scoping import get_readable, readable
from api.security.service import revoke_all_for_user
from api.users.models import User
from api.users.schemas import UserCreate, UserOut, UserUpdate
from api.users.service import check_agency, ensure_an_admin_remains, ensure_no_seat_left_behind

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
    statement = readable(select(User), User, principal)
    if role is not None:
        statement = statement.where(User.role == role)
    if agency_id is not None:
        statement = statement.where(User.agency_id == agency_id)
    if active is not None:
        statement = statement.where(User.active == active)
    rows, cursor = paginate(
        session, statement, page, [User.email, User.id], updated_column=User.updated_at
    )
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
    check_agency(session, principal, body.role, body.agency_id)
    user = User(
        partnership_id=principal.partnership_id,
        agency_id=body.agency_id,
        email=str(body.email).lower(),
        name=body.name,
        role=body.role,
        password_hash=hash_password(body.password),
    )
    session.add(user)
    try:
        session.flush()
    except IntegrityError as exc:
        raise Conflict("A user with this e-mail address already exists.") from exc
    audit.record(
        session,
        "user.create",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
        details={"role": user.role},
    )
    set_etag(response, user.version)
    response.headers["Location"] = f"/api/v1/users/{user.id}"
    return user_out(user)


@router.get(
    "/{user_id}", response_model=UserOut, summary="One user", responses=problem_responses(404)
)
def get_user(
    request: Request, response: Response, session: DbSession, principal: Admin, user_id: uuid.UUID
) -> UserOut:
    user = get_readable(session, User, user_id, principal, request=request)
    set_etag(response, user.version)
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
    user = get_readable(session, User, user_id, principal, request=request, for_update=True)
    check_if_match(request, user.version)
    changes = body.changes()
    role = changes.get("role", user.role)
    agency_id = changes.get("agency_id", user.agency_id)
    if "role" in changes or "agency_id" in changes:
        check_agency(session, principal, role, agency_id)
    role_changed, moved = role != user.role, agency_id != user.agency_id
    disabled = user.active and changes.get("active") is False
    if role_changed or moved:
        ensure_no_seat_left_behind(session, user, role, agency_id)
    losing_admin = user.role == Role.partnership_admin and (
        role != Role.partnership_admin or changes.get("active") is False
    )
    if losing_admin:
        ensure_an_admin_remains(session, user)
    for field, value in changes.items():
        setattr(user, field, value)
    if disabled or role_changed or moved:
        # A refresh token carries no role or agency; it must not outlive the account as it
        # was when signed in (nor come back to life when the account is enabled again).
        revoke_all_for_user(session, user.id)
    session.flush()
    audit.record(
        session,
        "user.update",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
        details={"fields": sorted(changes), **({"role": role} if "role" in changes else {})},
    )
    set_etag(response, user.version)
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
    user = get_readable(session, User, user_id, principal, request=request, for_update=True)
    check_if_match(request, user.version)
    if user.id == principal.id:
        raise Conflict("Ask another administrator to reset your own second factor.")
    user.totp_secret_enc = None
    user.totp_enrolled_at = None
    user.totp_last_step = None
    revoke_all_for_user(session, user.id)
    session.flush()
    audit.record(
        session,
        "user.totp_reset",
        principal=principal,
        request=request,
        record_type="user",
        record_id=user.id,
    )
    set_etag(response, user.version)
    return user_out(user)
