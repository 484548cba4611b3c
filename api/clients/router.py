"""API clients: agencies' own systems, each bound to one agency, with a secret shown once."""

from __future__ import annotations

import secrets
import uuid

from fastapi import APIRouter, Request, Response
from sqlalchemy import select

from api.audit import service as audit
from api.clients.models import ApiClient
from api.clients.schemas import ClientCreate, ClientCreated, ClientOut, ClientUpdate
from api.concurrency import check_if_match, set_etag
from api.deps import Admin, DbSession
from api.errors import problem_responses
from api.pagination import Page, Pagination, paginate
from api.security.passwords import hash_password
from api.security.roles import Role
from api.security.scoping import get_readable, readable
from api.users.service import check_agency

router = APIRouter(
    prefix="/api/v1/clients", tags=["clients"], responses=problem_responses(400, 401, 403, 422)
)


def _new_secret() -> str:
    return "cspr_s_" + secrets.token_urlsafe(32)


def _created(client: ApiClient, secret: str) -> ClientCreated:
    return ClientCreated(**ClientOut.model_validate(client).model_dump(), client_secret=secret)


@router.get("", response_model=Page[ClientOut], summary="List API clients")
def list_clients(
    session: DbSession, principal: Admin, page: Pagination, agency_id: uuid.UUID | None = None
) -> Page[ClientOut]:
    statement = readable(select(ApiClient), ApiClient, principal)
    if agency_id is not None:
        statement = statement.where(ApiClient.agency_id == agency_id)
    rows, cursor = paginate(
        session,
        statement,
        page,
        [ApiClient.created_at, ApiClient.id],
        updated_column=ApiClient.updated_at,
    )
    return Page(items=[ClientOut.model_validate(c) for c in rows], next_cursor=cursor)


@router.post(
    "",
    response_model=ClientCreated,
    status_code=201,
    summary="Register an agency system",
    description="The response carries `client_secret` once; it cannot be read again.",
    responses=problem_responses(413, 415),
)
def create_client(
    request: Request, response: Response, session: DbSession, principal: Admin, body: ClientCreate
) -> ClientCreated:
    check_agency(session, principal, Role.member, body.agency_id)
    secret = _new_secret()
    client = ApiClient(
        partnership_id=principal.partnership_id,
        agency_id=body.agency_id,
        client_id="cspr_c_" + secrets.token_hex(12),
        name=body.name,
        secret_hash=hash_password(secret),
        scopes=sorted(set(body.scopes)),
        created_by_id=None if principal.is_client else principal.id,
    )
    session.add(client)
    session.flush()
    audit.record(
        session,
        "client.create",
        principal=principal,
        request=request,
        record_type="api_client",
        record_id=client.id,
        details={"scopes": client.scopes},
    )
    set_etag(response, client.version)
    response.headers["Location"] = f"/api/v1/clients/{client.id}"
    return _created(client, secret)


@router.get(
    "/{client_id}",
    response_model=ClientOut,
    summary="One API client",
    responses=problem_responses(404),
)
def get_client(
    request: Request, response: Response, session: DbSession, principal: Admin, client_id: uuid.UUID
) -> ClientOut:
    client = get_readable(session, ApiClient, client_id, principal, request=request)
    set_etag(response, client.version)
    return ClientOut.model_validate(client)


@router.patch(
    "/{client_id}",
    response_model=ClientOut,
    summary="Rename, change scopes or disable an API client",
    responses=problem_responses(404, 412, 413, 415, 428),
)
def update_client(
    request: Request,
    response: Response,
    session: DbSession,
    principal: Admin,
    client_id: uuid.UUID,
    body: ClientUpdate,
) -> ClientOut:
    client = get_readable(
        session, ApiClient, client_id, principal, request=request, for_update=True
    )
    check_if_match(request, client.version)
    changes = body.changes()
    if "scopes" in changes:
        changes["scopes"] = sorted(set(changes["scopes"]))
    for field, value in changes.items():
        setattr(client, field, value)
    session.flush()
    audit.record(
        session,
        "client.update",
        principal=principal,
        request=request,
        record_type="api_client",
        record_id=client.id,
        details={"fields": sorted(changes)},
    )
    set_etag(response, client.version)
    return ClientOut.model_validate(client)


@router.post(
    "/{client_id}/secret",
    response_model=ClientCreated,
    summary="Issue a new secret (the old one stops working at once)",
    responses=problem_responses(404, 412, 428),
)
def rotate_secret(
    request: Request, response: Response, session: DbSession, principal: Admin, client_id: uuid.UUID
) -> ClientCreated:
    client = get_readable(
        session, ApiClient, client_id, principal, request=request, for_update=True
    )
    check_if_match(request, client.version)
    secret = _new_secret()
    client.secret_hash = hash_password(secret)
    session.flush()
    audit.record(
        session,
        "client.secret_rotated",
        principal=principal,
        request=request,
        record_type="api_client",
        record_id=client.id,
    )
    set_etag(response, client.version)
    return _created(client, secret)
