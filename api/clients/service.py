"""Rules for API clients: each is bound to one active agency of the partnership, holds only
scopes an agency system may have, and has a secret shown once (only its hash is kept).

Services never commit: the request does. Every change is audited in the same transaction
(``api.records``)."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from api import records
from api.clients.models import ApiClient
from api.clients.schemas import ClientCreate, ClientUpdate
from api.partnerships.service import ensure_active_agency
from api.request_context import RequestContext
from api.security.passwords import hash_password
from api.security.principal import Principal


def _new_secret() -> str:
    return "cspr_s_" + secrets.token_urlsafe(32)


def create_client(
    session: Session, principal: Principal, request: RequestContext | None, body: ClientCreate
) -> tuple[ApiClient, str]:
    """Register an agency's system; returns it with its secret, which is not kept."""
    ensure_active_agency(session, principal, body.agency_id)
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
    records.create(
        session,
        principal,
        request,
        client,
        action="client.create",
        record_type="api_client",
        details={"scopes": client.scopes},
    )
    return client, secret


def update_client(
    session: Session,
    principal: Principal,
    request: RequestContext,
    client: ApiClient,
    body: ClientUpdate,
) -> ApiClient:
    changes = body.changes()
    if "scopes" in changes:
        changes["scopes"] = sorted(set(changes["scopes"]))
    return records.change(
        session,
        principal,
        request,
        client,
        changes,
        action="client.update",
        record_type="api_client",
    )


def rotate_secret(
    session: Session, principal: Principal, request: RequestContext, client: ApiClient
) -> tuple[ApiClient, str]:
    """A new secret; the old one stops working at once."""
    secret = _new_secret()
    client.secret_hash = hash_password(secret)
    records.touched(
        session,
        principal,
        request,
        client,
        action="client.secret_rotated",
        record_type="api_client",
    )
    return client, secret
