"""HTTP for API clients (agencies' own systems, each bound to one agency, with a secret
shown once): translate requests to the service and results to responses, nothing more."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from api import records
from api.clients import repository, service
from api.clients.models import ApiClient
from api.clients.schemas import ClientCreate, ClientCreated, ClientOut, ClientUpdate
from api.deps import Admin, DbSession
from api.errors import problem_responses
from api.pagination import Page, Pagination

router = APIRouter(
    prefix="/api/v1/clients", tags=["clients"], responses=problem_responses(400, 401, 403, 422)
)


def _created(client: ApiClient, secret: str) -> ClientCreated:
    return ClientCreated(**ClientOut.model_validate(client).model_dump(), client_secret=secret)


@router.get("", response_model=Page[ClientOut], summary="List API clients")
def list_clients(
    session: DbSession, principal: Admin, page: Pagination, agency_id: uuid.UUID | None = None
) -> Page[ClientOut]:
    rows, cursor = repository.list_clients(session, principal, page, agency_id)
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
    client, secret = service.create_client(session, principal, request, body)
    records.answer(response, client, location=f"/api/v1/clients/{client.id}")
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
    client = repository.get_client(session, principal, client_id, request)
    records.answer(response, client)
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
    client = records.for_change(session, ApiClient, client_id, principal, request)
    client = service.update_client(session, principal, request, client, body)
    records.answer(response, client)
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
    client = records.for_change(session, ApiClient, client_id, principal, request)
    client, secret = service.rotate_secret(session, principal, request, client)
    records.answer(response, client)
    return _created(client, secret)
