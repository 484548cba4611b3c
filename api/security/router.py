"""The token endpoint (OAuth 2.0), revocation, the browser session and the JWKS."""

from __future__ import annotations

import base64
import binascii
from typing import Annotated, Any
from urllib.parse import unquote

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import JSONResponse

from api.config import get_settings
from api.deps import DbSession, client_ip
from api.errors import ProblemError, problem_responses
from api.security import service
from api.security.schemas import SessionRequest, SessionResponse, TokenResponse
from api.security.scopes import parse_scope
from api.security.tokens import get_key_store

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])
jwks_router = APIRouter(tags=["auth"])

COOKIE_NAME = "__Host-cspr_refresh"
# Without Secure the cookie cannot keep the __Host- prefix (browsers refuse it): only where
# ``cookie_secure`` is off, for a trial over plain HTTP.
INSECURE_COOKIE_NAME = "cspr_refresh"
SESSION_HEADER = "x-cspr-session"
# The OpenAPI declaration of that header, on the operations that check it (``_check_browser``).
SESSION_HEADER_PARAMETER: dict[str, Any] = {
    "parameters": [
        {
            "name": "X-CSPR-Session",
            "in": "header",
            "required": True,
            "description": "Always `1`: a header no other site's page may send, so a request "
            "carrying the browser session's cookie came from the web front end.",
            "schema": {"type": "string", "enum": ["1"]},
        }
    ]
}

_OAUTH_STATUS = {"invalid_client": 401, "rate_limited": 429, "totp_required": 401}
# RFC 6749 section 5.2: a client that failed to authenticate is asked for its credentials the
# way a client authenticates here (HTTP Basic), not for a bearer token.
CLIENT_CHALLENGE = {"WWW-Authenticate": 'Basic realm="cspr-hub"'}


def _failure(exc: service.AuthFailure, *, browser: bool = False) -> ProblemError:
    status = _OAUTH_STATUS.get(exc.reason, 401 if browser else 400)
    headers: dict[str, str] = {}
    if exc.retry_after is not None:
        headers["Retry-After"] = str(exc.retry_after)
    if exc.reason == "invalid_client":
        headers.update(CLIENT_CHALLENGE)
    elif status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="cspr-hub"'
    slug = {"totp_required": "totp-required", "rate_limited": "too-many-requests"}.get(
        exc.reason, "invalid-credentials"
    )
    error = "invalid_grant" if exc.reason in {"totp_required", "rate_limited"} else exc.reason
    return ProblemError(status, exc.detail, slug=slug, headers=headers, error=error)


def _basic_client(request: Request) -> tuple[str, str] | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise ProblemError(
            401,
            "Malformed Basic credentials.",
            slug="invalid-credentials",
            error="invalid_client",
            headers=CLIENT_CHALLENGE,
        ) from exc
    client_id, _, secret = decoded.partition(":")
    client_id, secret = unquote(client_id), unquote(secret)
    if "\x00" in client_id or "\x00" in secret:
        raise ProblemError(
            401,
            "Malformed Basic credentials.",
            slug="invalid-credentials",
            error="invalid_client",
            headers=CLIENT_CHALLENGE,
        )
    return client_id, secret


@router.post(
    "/token",
    response_model=TokenResponse,
    response_model_exclude_none=True,
    summary="Get an access token (OAuth 2.0)",
    description=(
        "Form-encoded OAuth 2.0 token endpoint.\n\n"
        "- `grant_type=password`: `username` (e-mail), `password`, and `totp` once the account "
        "has a second factor. Returns a refresh token too.\n"
        "- `grant_type=client_credentials`: an agency system's `client_id` and `client_secret` "
        "(form fields or HTTP Basic).\n"
        "- `grant_type=refresh_token`: `refresh_token`; the old one is spent, and reusing a spent "
        "one revokes every token descended from the same sign-in.\n\n"
        "`scope` (space-separated) narrows what the token may do."
    ),
    responses=problem_responses(400, 401, 413, 415, 422, 429),
)
def token(
    request: Request,
    session: DbSession,
    grant_type: Annotated[str, Form(pattern="^(password|client_credentials|refresh_token)$")],
    username: Annotated[str | None, Form(max_length=320)] = None,
    password: Annotated[str | None, Form(max_length=1024)] = None,
    totp: Annotated[str | None, Form(max_length=16)] = None,
    scope: Annotated[str | None, Form(max_length=1000)] = None,
    client_id: Annotated[str | None, Form(max_length=64)] = None,
    client_secret: Annotated[str | None, Form(max_length=256)] = None,
    refresh_token: Annotated[str | None, Form(max_length=512)] = None,
) -> TokenResponse:
    settings = get_settings()
    fields = (username, password, totp, scope, client_id, client_secret, refresh_token)
    if any(value and "\x00" in value for value in fields):
        raise ProblemError(
            400,
            "Form fields must not contain NUL characters.",
            slug="invalid-request",
            error="invalid_request",
        )
    try:
        if grant_type == "password":
            if not username or not password:
                raise ProblemError(
                    400,
                    "username and password are required.",
                    slug="invalid-request",
                    error="invalid_request",
                )
            user = service.authenticate_user(
                session,
                request,
                settings,
                email=username,
                password=password,
                code=totp,
                ip=client_ip(request),
            )
            issued = service.issue_for_user(session, user, settings, parse_scope(scope))
        elif grant_type == "client_credentials":
            basic = _basic_client(request)
            cid, secret = basic if basic else (client_id, client_secret)
            if not cid or not secret:
                raise ProblemError(
                    401,
                    "Client credentials are required.",
                    slug="invalid-credentials",
                    error="invalid_client",
                    headers=CLIENT_CHALLENGE,
                )
            issued = service.authenticate_client(
                session,
                request,
                settings,
                client_id=cid,
                secret=secret,
                ip=client_ip(request),
                requested=parse_scope(scope),
            )
        else:
            if not refresh_token:
                raise ProblemError(
                    400,
                    "refresh_token is required.",
                    slug="invalid-request",
                    error="invalid_request",
                )
            issued = service.rotate_refresh_token(session, request, settings, refresh_token)
    except service.AuthFailure as exc:
        raise _failure(exc) from exc
    return TokenResponse(
        access_token=issued.access.token,
        expires_in=issued.access.expires_in,
        scope=" ".join(issued.scopes),
        refresh_token=issued.refresh_token,
        totp_enrolment_required=issued.totp_enrolment_required,
    )


@router.post(
    "/revoke",
    status_code=200,
    summary="Revoke a refresh token (RFC 7009)",
    description="Revokes the token and every token rotated from the same sign-in. "
    "Answers 200 whether or not the token was known.",
    responses=problem_responses(400, 413, 415, 422),
)
def revoke(
    request: Request,
    session: DbSession,
    token: Annotated[str, Form(min_length=1, max_length=512)],
    token_type_hint: Annotated[str | None, Form(max_length=32)] = None,
) -> dict[str, Any]:
    if "\x00" not in token:  # no token we issued contains NUL
        service.revoke_refresh_token(session, request, token)
    return {}


def _check_browser(request: Request) -> None:
    """The cookie is SameSite=Strict; the custom header forces a CORS preflight too, which
    this API refuses for every origin (``middleware.CORS_REQUEST_HEADERS`` leaves the header
    out, and no origin may send cookies), so another site cannot drive these endpoints with
    the person's cookie."""
    if request.headers.get(SESSION_HEADER) != "1":
        raise ProblemError(400, f"Send the header {SESSION_HEADER}: 1.", slug="bad-request")


def _cookie_name() -> str:
    return COOKIE_NAME if get_settings().cookie_secure else INSECURE_COOKIE_NAME


def _set_cookie(response: Response, refresh: str) -> None:
    settings = get_settings()
    response.set_cookie(
        _cookie_name(),
        refresh,
        max_age=settings.refresh_token_days * 86400,
        path="/",
        secure=settings.cookie_secure,
        httponly=True,
        samesite="strict",
    )


def _session_response(issued: service.IssuedTokens) -> JSONResponse:
    body = SessionResponse(
        access_token=issued.access.token,
        expires_in=issued.access.expires_in,
        scope=" ".join(issued.scopes),
        totp_enrolment_required=issued.totp_enrolment_required,
    )
    response = JSONResponse(body.model_dump())
    if issued.refresh_token:
        _set_cookie(response, issued.refresh_token)
    return response


@router.post(
    "/session",
    response_model=SessionResponse,
    summary="Sign in from the web front end",
    description="Like the password grant, but the refresh token is set as an HttpOnly, "
    "SameSite=Strict cookie and never exposed to scripts.",
    responses=problem_responses(400, 401, 413, 415, 422, 429),
)
def create_session(request: Request, session: DbSession, body: SessionRequest) -> JSONResponse:
    # No custom header needed here: the body must be application/json, which a cross-site
    # form cannot send without a CORS preflight, and no preflight lets another origin send
    # or receive cookies (``middleware.ProblemCORSMiddleware``).
    settings = get_settings()
    try:
        user = service.authenticate_user(
            session,
            request,
            settings,
            email=body.email,
            password=body.password,
            code=body.totp,
            ip=client_ip(request),
        )
        issued = service.issue_for_user(session, user, settings, None)
    except service.AuthFailure as exc:
        raise _failure(exc, browser=True) from exc
    return _session_response(issued)


@router.post(
    "/session/refresh",
    response_model=SessionResponse,
    summary="Silent refresh for the web front end (cookie)",
    responses=problem_responses(400, 401),
    openapi_extra=SESSION_HEADER_PARAMETER,
)
def refresh_session(request: Request, session: DbSession) -> JSONResponse:
    _check_browser(request)
    cookie = request.cookies.get(_cookie_name())
    if not cookie:
        raise ProblemError(
            401,
            "Not signed in.",
            slug="unauthenticated",
            headers={"WWW-Authenticate": 'Bearer realm="cspr-hub"'},
        )
    try:
        issued = service.rotate_refresh_token(session, request, get_settings(), cookie)
    except service.AuthFailure as exc:
        raise _failure(exc, browser=True) from exc
    return _session_response(issued)


@router.delete(
    "/session",
    status_code=204,
    summary="Sign out of the web front end",
    description="Revokes the sign-in the refresh cookie belongs to and clears the cookie. "
    "Needs no access token, so a person whose token has expired can still sign out.",
    responses=problem_responses(400),
    openapi_extra=SESSION_HEADER_PARAMETER,
)
def delete_session(request: Request, session: DbSession) -> Response:
    _check_browser(request)
    cookie = request.cookies.get(_cookie_name())
    if cookie:
        service.revoke_refresh_token(session, request, cookie)
    response = Response(status_code=204)
    response.delete_cookie(
        _cookie_name(),
        path="/",
        secure=get_settings().cookie_secure,
        httponly=True,
        samesite="strict",
    )
    return response


@jwks_router.get("/.well-known/jwks.json", summary="Public keys that sign access tokens")
def jwks() -> dict[str, Any]:
    return get_key_store().jwks()
