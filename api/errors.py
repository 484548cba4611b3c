"""RFC 9457 problem details: the one error shape every endpoint answers with."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Mount
from starlette.types import Send

from api.domain_errors import (
    Conflict,
    DomainError,
    Forbidden,
    Invalid,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
    TooManyAttempts,
)
from api.schemas import FieldError, Problem

log = logging.getLogger("cspr.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"


class ProblemError(Exception):
    """Raise anywhere in the request to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str | None = None,
        *,
        slug: str | None = None,
        title: str | None = None,
        headers: Mapping[str, str] | None = None,
        errors: Iterable[FieldError] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or title or HTTPStatus(status).phrase)
        self.status = status
        self.detail = detail
        self.slug = slug
        self.title = title or HTTPStatus(status).phrase
        self.headers = dict(headers or {})
        self.errors = list(errors) if errors is not None else None
        self.extra = extra


# RFC 9110's names where Python's HTTPStatus still has the older ones.
_RFC9110_TITLES = {413: "Content Too Large", 422: "Unprocessable Content"}


def problem_document(
    status: int, slug: str, detail: str, *, instance: str | None, request_id: str | None
) -> tuple[bytes, str]:
    """A problem document's bytes and media type, for answers made outside FastAPI's
    exception handlers, in the same shape the handlers give."""
    document: dict[str, Any] = {
        "type": f"/problems/{slug}",
        "title": _RFC9110_TITLES.get(status, HTTPStatus(status).phrase),
        "status": status,
        "detail": detail,
    }
    if instance is not None:
        document["instance"] = instance
    if request_id:
        document["correlation_id"] = request_id
    return json.dumps(document).encode(), PROBLEM_MEDIA_TYPE


async def send_problem(
    send: Send, status: int, slug: str, detail: str, *, instance: str, request_id: str | None
) -> None:
    """Answer with a problem document straight from ASGI middleware. The security headers
    are added outside (``middleware.SecurityHeadersMiddleware``), as for every answer."""
    body, media_type = problem_document(
        status, slug, detail, instance=instance, request_id=request_id
    )
    headers = [(b"content-type", media_type.encode())]
    if request_id:
        headers.append((b"x-request-id", request_id.encode()))
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# The one place a domain error becomes an HTTP status. Kinds are looked up along the
# exception's class hierarchy, so a subclass of ``Conflict`` answers 409 without an entry.
DOMAIN_STATUSES: dict[type[DomainError], int] = {
    NotFound: 404,
    Forbidden: 403,
    Conflict: 409,
    Invalid: 422,
    PreconditionRequired: 428,
    PreconditionFailed: 412,
    TooManyAttempts: 429,
}


def domain_status(exc: DomainError) -> int:
    for kind in type(exc).__mro__:
        if kind in DOMAIN_STATUSES:
            return DOMAIN_STATUSES[kind]
    raise TypeError(f"{type(exc).__name__} has no status in DOMAIN_STATUSES")


# Problem types whose title is their own rather than the status's phrase.
DOMAIN_TITLES: dict[str, str] = {"transition-refused": "Transition refused"}


def problem_of(exc: DomainError) -> ProblemError:
    """The problem document a domain error answers with."""
    errors = None
    if isinstance(exc, Invalid):
        errors = [
            FieldError(field=i.field, message=i.message, code=i.code) for i in exc.invalidities
        ]
    return ProblemError(
        domain_status(exc),
        exc.detail,
        slug=exc.slug,
        title=DOMAIN_TITLES.get(exc.slug),
        headers=exc.headers,
        errors=errors,
        **exc.extra,
    )


def problem_response(
    request: Request,
    status: int,
    *,
    detail: str | None = None,
    slug: str | None = None,
    title: str | None = None,
    headers: Mapping[str, str] | None = None,
    errors: list[FieldError] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": f"/problems/{slug}" if slug else "about:blank",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "instance": request.url.path,
    }
    if detail:
        body["detail"] = detail
    correlation_id = getattr(request.state, "request_id", None)
    if correlation_id:
        body["correlation_id"] = correlation_id
    if errors is not None:
        body["errors"] = [e.model_dump() for e in errors]
    if extra:
        body.update(extra)
    return JSONResponse(
        body, status_code=status, headers=dict(headers or {}), media_type=PROBLEM_MEDIA_TYPE
    )


def _field_errors(exc: RequestValidationError) -> list[FieldError]:
    out = []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ())]
        out.append(
            FieldError(
                field=".".join(loc),
                message=str(err.get("msg", "invalid")),
                code=str(err.get("type", "invalid")),
            )
        )
    return out


_DEFAULT_SLUGS = {
    400: "bad-request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "conflict",
    412: "precondition-failed",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation",
    428: "precondition-required",
    429: "too-many-requests",
    503: "unavailable",
}


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(request: Request) -> list[str]:
    """The methods a route answers at the request's path, for a 405's ``Allow``; none when
    the path is unknown. The front end's catch-all (GET on any path) does not count, and a
    mounted folder of files answers GET and HEAD."""
    allowed = []
    for method in _METHODS:
        scope = {**request.scope, "method": method}
        for route in request.app.routes:
            if getattr(route, "name", "") == "spa":
                continue
            if isinstance(route, Mount) and method not in {"GET", "HEAD"}:
                continue
            if route.matches(scope)[0] == Match.FULL:
                allowed.append(method)
                break
    return allowed


def method_not_allowed(request: Request) -> ProblemError:
    """405 with the path's methods in ``Allow``, or 404 if no route answers the path at all."""
    methods = allowed_methods(request)
    if not methods:
        return ProblemError(404, "No such endpoint.", slug="not-found")
    return ProblemError(
        405,
        f"{request.method} is not allowed here.",
        slug="method-not-allowed",
        headers={"Allow": ", ".join(methods)},
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(
            request,
            exc.status,
            detail=exc.detail,
            slug=exc.slug or _DEFAULT_SLUGS.get(exc.status),
            title=exc.title,
            headers=exc.headers,
            errors=exc.errors,
            extra=exc.extra,
        )

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return await _problem(request, problem_of(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _field_errors(exc)
        if any(e.code in {"json_invalid", "model_attributes_type"} for e in errors) or any(
            e.field == "body" and e.code in {"dict_type", "missing"} for e in errors
        ):
            return problem_response(
                request,
                400,
                detail="The request body is not valid JSON of the expected shape.",
                slug="bad-request",
                errors=errors,
            )
        return problem_response(
            request,
            422,
            detail="Some fields are missing or invalid.",
            slug="validation",
            errors=errors,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 405:
            # The router's Allow names the methods of the first route it found at the path;
            # list every route's, and answer 404 where only the front end's catch-all matched.
            return await _problem(request, method_not_allowed(request))
        detail: str | None = exc.detail if isinstance(exc.detail, str) else None
        if detail == HTTPStatus(exc.status_code).phrase:
            detail = None
        return problem_response(
            request,
            exc.status_code,
            detail=detail,
            slug=_DEFAULT_SLUGS.get(exc.status_code),
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", None) or uuid.uuid4().hex
        request.state.request_id = request_id
        log.error(
            "unhandled error request_id=%s path=%s type=%s",
            request_id,
            request.url.path,
            type(exc).__name__,
            exc_info=exc,
        )
        # This answer is sent by Starlette's error middleware, outside the request guard, so
        # it carries its own request id (the security headers are added outside it).
        return problem_response(
            request,
            500,
            detail="Something went wrong on our side. Quote "
            "the correlation id if you contact support.",
            slug="internal",
            headers={"x-request-id": request_id},
        )


# Problem documents with members of their own (a refused transition's ``unmet``), by schema
# name: the OpenAPI document's components carry each (``api.main``).
PROBLEM_MODELS: dict[str, type[Problem]] = {}


def problem_responses(
    *statuses: int, models: Mapping[int, type[Problem]] | None = None
) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries for the given statuses, all as problem documents: the
    plain ``Problem``, or for a status in ``models`` that problem's own schema."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        model = (models or {}).get(status, Problem)
        if model is not Problem:
            PROBLEM_MODELS[model.__name__] = model
        out[status] = {
            "description": HTTPStatus(status).phrase,
            "content": {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        }
    return out
