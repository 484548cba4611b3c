"""Dependencies every router uses: the database session, the caller, the scope gates."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.audit import service as audit
from api.config import get_settings
from api.db import session_scope
from api.errors import ProblemError
from api.middleware import streamed
from api.security import callers
from api.security.principal import Principal
from api.security.scopes import AGENCY_SYSTEM, ROLE_SCOPES, Scope
from api.security.service import totp_enrolment_required
from api.security.tokens import MAX_TOKEN_BYTES, TokenError, verify_access_token

DbSession = Annotated[Session, Depends(session_scope, scope="function")]


def _unauthenticated(detail: str, *, invalid_token: bool) -> ProblemError:
    challenge = 'Bearer realm="cspr-hub"'
    if invalid_token:
        challenge += ', error="invalid_token"'
    return ProblemError(
        401, detail, slug="unauthenticated", headers={"WWW-Authenticate": challenge}
    )


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header is None:
        return None
    if len(header) > MAX_TOKEN_BYTES:
        raise _unauthenticated("The Authorization header is too large.", invalid_token=True)
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise _unauthenticated("Use a Bearer access token.", invalid_token=True)
    return token.strip()


async def get_principal(request: Request, session: DbSession) -> Principal:
    """Verify the access token and re-check the account, so a disabled account or a changed
    role takes effect on the very next request (``callers.load``: on the event loop where
    the database allows)."""
    token = bearer_token(request)
    if token is None:
        raise _unauthenticated("Sign in to use this endpoint.", invalid_token=False)
    try:
        claims = verify_access_token(token)
    except TokenError as exc:
        raise _unauthenticated("The access token is not valid.", invalid_token=True) from exc
    try:
        subject = uuid.UUID(claims["sub"])
        partnership_id = uuid.UUID(claims["partnership"])
    except ValueError as exc:
        raise _unauthenticated("The access token is not valid.", invalid_token=True) from exc
    token_scopes = frozenset(str(claims["scope"]).split())
    kind = "user" if claims["ptype"] == "user" else "client"
    caller = await callers.load(kind, subject, session, getattr(request.app.state, "callers", None))
    if caller is None or not caller.active or caller.partnership_id != partnership_id:
        what = "account" if kind == "user" else "API client"
        raise _unauthenticated(f"This {what} is not active.", invalid_token=True)
    if caller.role is not None:
        # A token carrying its role's full set follows the role as it is now (a promotion or
        # demotion takes effect at once); a token narrowed at issue (a `scope` request, or an
        # administrator yet to enrol a second factor) never widens.
        issued_role = ROLE_SCOPES.get(str(claims["role"]))
        ceiling = ROLE_SCOPES[caller.role]
        scopes = (
            ceiling
            if issued_role is not None and token_scopes == issued_role
            else (token_scopes & ceiling)
        )
        if totp_enrolment_required(caller.role, caller.totp_enrolled_at, get_settings()):
            scopes = frozenset()  # an administrator without a second factor reaches /me only
        role = caller.role
    else:
        scopes = token_scopes & frozenset(caller.scopes) & ROLE_SCOPES[AGENCY_SYSTEM]
        role = AGENCY_SYSTEM
    principal = Principal(
        kind, subject, caller.partnership_id, caller.agency_id, role, scopes, claims["jti"]
    )
    if (
        principal.is_client
        and request.method == "POST"
        and not streamed("POST", request.url.path)
        and not request.headers.get("idempotency-key")
    ):
        raise ProblemError(
            400,
            "Agency systems must send an Idempotency-Key with every POST, "
            "so a retry never creates a duplicate.",
            slug="idempotency-key-required",
        )
    request.state.principal = principal
    return principal


CurrentPrincipal = Annotated[Principal, Depends(get_principal)]


def require(*scopes: str) -> Callable[..., Awaitable[Principal]]:
    """A dependency admitting callers holding every one of ``scopes``; 403 otherwise."""

    async def dependency(request: Request, session: DbSession) -> Principal:
        # The caller check is called, not declared as a sub-dependency: one level fewer for
        # FastAPI to resolve on every request. async: checking a set needs no worker thread;
        # only a refusal writes (in one).
        principal = await get_principal(request, session)
        missing = [s for s in scopes if s not in principal.scopes]
        if missing:
            await run_in_threadpool(
                partial(
                    audit.record_detached,
                    "access.denied",
                    principal=principal,
                    request=request,
                    details={"path": request.url.path, "missing_scope": missing},
                )
            )
            raise ProblemError(
                403,
                f"This needs the scope {' '.join(missing)}.",
                slug="insufficient-scope",
                headers={
                    "WWW-Authenticate": f'Bearer realm="cspr-hub", '
                    f'error="insufficient_scope", scope="{" ".join(scopes)}"'
                },
            )
        return principal

    dependency.__name__ = "require_" + "_".join(s.replace(":", "_") for s in scopes)
    return dependency


def client_ip(request: Request) -> str | None:
    return getattr(request.state, "client_ip", None) or (
        request.client.host if request.client else None
    )


# The scope gates routers use, one alias per function of PRODUCT.md section 6.
ReviewsReader = Annotated[Principal, Depends(require(Scope.reviews_read))]
ReviewsWriter = Annotated[Principal, Depends(require(Scope.reviews_write))]
ChecklistWriter = Annotated[Principal, Depends(require(Scope.checklists_write))]
AlertWriter = Annotated[Principal, Depends(require(Scope.alerts_write))]
PractitionersReader = Annotated[Principal, Depends(require(Scope.practitioners_read))]
PractitionersWriter = Annotated[Principal, Depends(require(Scope.practitioners_write))]
ActionsReader = Annotated[Principal, Depends(require(Scope.actions_read))]
ActionsWriter = Annotated[Principal, Depends(require(Scope.actions_write))]
EvidenceWriter = Annotated[Principal, Depends(require(Scope.evidence_write))]
AuditReader = Annotated[Principal, Depends(require(Scope.audit_read))]
Admin = Annotated[Principal, Depends(require(Scope.admin))]
