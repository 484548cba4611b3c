"""The application factory: routers, middleware, error handlers, docs and the web front end."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

import swagger_ui_bundle
from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp

from api import health, idempotency
from api.actions.router import plan_router as action_plan_router
from api.actions.router import router as actions_router
from api.admission import AdmissionMiddleware
from api.audit.router import router as audit_router
from api.bench_floor import bench_routers
from api.clients.router import router as clients_router
from api.config import Settings, get_settings
from api.db import get_engine
from api.documents.router import router as documents_router
from api.errors import (
    PROBLEM_MODELS,
    ProblemError,
    install_error_handlers,
    method_not_allowed,
    problem_responses,
)
from api.figures.router import router as figures_router
from api.learning.router import router as learning_router
from api.learning.router import themes_router as learning_themes_router
from api.meetings.router import router as meetings_router
from api.members.router import router as members_router
from api.middleware import (
    ProblemCORSMiddleware,
    RequestGuardMiddleware,
    SecurityHeadersMiddleware,
)
from api.partnerships.router import router as agencies_router
from api.partnerships.settings_router import router as settings_router
from api.practitioners.router import router as practitioners_router
from api.proceedings.router import router as proceedings_router
from api.publication.router import router as publication_router
from api.reports.router import router as reports_router
from api.reviews.family_router import router as family_router
from api.reviews.router import router as reviews_router
from api.reviews.rules_router import router as rules_router
from api.schemas import Problem
from api.security import callers
from api.security.router import jwks_router
from api.security.router import router as auth_router
from api.security.scopes import SCOPE_DESCRIPTIONS
from api.subjects.router import router as subjects_router
from api.users.me_router import router as me_router
from api.users.router import router as users_router

STATIC = Path(__file__).parent / "static"
API_VERSION = "1.0.0"
DESCRIPTION = """\
CSPR Hub runs Child Safeguarding Practice Reviews for local safeguarding children partnerships:
reviews and their statutory deadlines, each agency's review team member and their duty
checklist, practitioner contacts, and the learning action plan with its evidence.

**Authentication.** `POST /api/v1/auth/token` (OAuth 2.0, form-encoded). Staff use the password
grant (plus `totp` once enrolled); agencies' own systems use client credentials issued by their
partnership's administrator. Send the access token as `Authorization: Bearer …`. Public keys
for verifying tokens are at `/.well-known/jwks.json`.

**Conventions.** Errors are RFC 9457 `application/problem+json`. Lists are cursor-paginated
(`limit` ≤ 200, `cursor`, `next_cursor`, `updated_since`). Reads return an `ETag`; `PATCH`
needs `If-Match`. `POST` honours `Idempotency-Key` (agency systems must send one): a retry
with the same key and body runs nothing again and answers the first request's status with the
record it made as you may read it now; an answer that carried a secret is not shown again
(409). A record outside your reach answers 404.
"""

log = logging.getLogger("cspr")


def _documented_routers() -> list[Any]:
    """The API's routers, in the order the OpenAPI document lists their paths."""
    return [
        auth_router,
        jwks_router,
        me_router,
        agencies_router,
        users_router,
        clients_router,
        audit_router,
        reviews_router,
        family_router,
        subjects_router,
        members_router,
        proceedings_router,
        practitioners_router,
        meetings_router,
        reports_router,
        publication_router,
        documents_router,
        learning_themes_router,
        learning_router,
        actions_router,
        action_plan_router,
        figures_router,
        rules_router,
        settings_router,
        health.router,
    ]


# Matched first. Routes are matched in order, and FastAPI walks every route of each router it
# passes (measured: 40-60 us to reach a review's routes behind the others), so the busiest
# come first. No two routers' paths overlap, so the order changes nothing else.
_BUSIEST = (reviews_router, members_router, practitioners_router, subjects_router)


def _routers(settings: Settings) -> list[Any]:
    """The routers in the order they are matched. The benchmark's floor, when mounted at all,
    comes first: it must not pay for walking past the others."""
    rest = [router for router in _documented_routers() if router not in _BUSIEST]
    return [*bench_routers(settings), *_BUSIEST, *rest]


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    # Documented in their own order, whatever order they are matched in.
    documented = {id(router): n for n, router in enumerate(_documented_routers())}
    schema = get_openapi(
        title="CSPR Hub API",
        version=API_VERSION,
        description=DESCRIPTION,
        routes=sorted(
            app.routes,
            key=lambda route: documented.get(id(getattr(route, "original_router", None)), -1),
        ),
        openapi_version="3.1.0",
        tags=[
            {"name": t}
            for t in (
                "auth",
                "me",
                "agencies",
                "users",
                "clients",
                "audit",
                "reviews",
                "subjects",
                "members",
                "practitioners",
                "partnership",
                "health",
            )
        ],
    )
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    problem_schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, sub in problem_schema.pop("$defs", {}).items():
        schemas[name] = sub
    schemas["Problem"] = problem_schema
    for name, model in PROBLEM_MODELS.items():
        own = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for sub_name, sub in own.pop("$defs", {}).items():
            schemas.setdefault(sub_name, sub)
        schemas[name] = own
    components["securitySchemes"] = {
        "OAuth2": {
            "type": "oauth2",
            "flows": {
                "password": {
                    "tokenUrl": "/api/v1/auth/token",
                    "scopes": SCOPE_DESCRIPTIONS,
                    "refreshUrl": "/api/v1/auth/token",
                },
                "clientCredentials": {
                    "tokenUrl": "/api/v1/auth/token",
                    "scopes": SCOPE_DESCRIPTIONS,
                },
            },
        },
        "BearerToken": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
    }
    public = {
        "/api/v1/auth/token",
        "/api/v1/auth/revoke",
        "/api/v1/auth/session",
        "/api/v1/auth/session/refresh",
        "/healthz",
        "/readyz",
        "/.well-known/jwks.json",
    }
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            operation["security"] = [] if path in public else [{"OAuth2": []}, {"BearerToken": []}]
            _declare_request_headers(path, method, operation)
            _drop_json_for_errors(operation)
            _path_parameters_in_path_order(path, operation)
    _link_creations(schema["paths"])
    app.openapi_schema = schema
    return schema


IF_MATCH_PARAMETER: dict[str, Any] = {
    "name": "If-Match",
    "in": "header",
    "required": True,
    "description": "The ETag you last read of the record this changes (or `*`, to change it "
    "whatever its version). Without it: 428; naming another version: 412, with the current "
    "ETag.",
    "schema": {"type": "string", "minLength": 1},
}
IF_MATCH_WHEN_IT_EXISTS: dict[str, Any] = {
    **IF_MATCH_PARAMETER,
    "required": False,
    "description": "Send none to create the record; to replace it once it exists, the ETag "
    "you last read (or `*`). Without it then: 428; naming another version: 412, with the "
    "current ETag; `*` or an ETag for a record that does not exist yet: 412.",
}
IDEMPOTENCY_KEY_PARAMETER: dict[str, Any] = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": "A key of your choosing, new for each request you mean (a UUID serves). A "
    "retry with the same key and body runs nothing again and answers as the first request "
    "did; with another body: 422; while the first still runs, or when its answer carried a "
    "secret shown once: 409. Agency systems must send one (400 otherwise).",
    # Visible ASCII, spaces inside only (an edge space does not survive HTTP header parsing).
    "schema": {
        "type": "string",
        "minLength": 1,
        "maxLength": idempotency.MAX_KEY_LENGTH,
        "pattern": idempotency.KEY_PATTERN,
    },
}


def _declare_request_headers(path: str, method: str, operation: dict[str, Any]) -> None:
    """Declare the headers the API reads outside the endpoints' signatures, and what they
    answer: If-Match where a change checks the version it was made against (every such
    operation declares 428, ``api.concurrency.check_if_match``), and Idempotency-Key on the
    POSTs it applies to (``api.idempotency``)."""
    responses = operation.setdefault("responses", {})
    parameters = operation.setdefault("parameters", [])
    if "428" in responses:
        # A create-or-replace (a PUT that can answer 201) needs If-Match only once the
        # record exists.
        creates = method == "put" and "201" in responses
        parameters.append(IF_MATCH_WHEN_IT_EXISTS if creates else IF_MATCH_PARAMETER)
        responses.update(_problems(412, 428))
    if method == "post" and idempotency.applies_to(path):
        parameters.append(IDEMPOTENCY_KEY_PARAMETER)
        _add_problems(responses, _problems(400, 409, 422))
    if not parameters:
        del operation["parameters"]
    operation["responses"] = dict(sorted(responses.items()))


def _add_problems(responses: dict[str, Any], problems: dict[str, Any]) -> None:
    """Add plain problem answers; where the operation already answers that status with a
    problem of its own (a refused transition's 409), either may come: ``anyOf`` the two."""
    media = "application/problem+json"
    for status, response in problems.items():
        schema = responses.get(status, {}).get("content", {}).get(media, {}).get("schema")
        plain = response["content"][media]["schema"]
        if schema is None:
            responses[status] = response
        elif schema != plain and "anyOf" not in schema:
            responses[status]["content"][media]["schema"] = {"anyOf": [schema, plain]}


def _problems(*statuses: int) -> dict[str, Any]:
    return {str(status): response for status, response in problem_responses(*statuses).items()}


def _link_creations(paths: dict[str, Any]) -> None:
    """OpenAPI links from each POST that creates a record in a collection (201) to the
    operations on that record and below it, which name it by the ``id`` of the answer; the
    collection's own path parameters pass through from the request. Clients and the contract
    test's stateful phase follow them."""
    for path, operations in paths.items():
        create = operations.get("post")
        if create is None or "201" not in create["responses"] or path.endswith("}"):
            continue
        links: dict[str, Any] = {}
        for target_path, targets in paths.items():
            rest = target_path.removeprefix(path + "/")
            if rest == target_path or not rest.startswith("{"):
                continue
            name = rest[1 : rest.index("}")]
            if "{" in rest[rest.index("}") :]:
                continue  # it names a record the answer does not give
            for target in targets.values():
                parameters = {
                    p["name"]: f"$request.path.{p['name']}"
                    for p in target.get("parameters", [])
                    if p["in"] == "path" and p["name"] != name
                }
                parameters[name] = "$response.body#/id"
                links[target["operationId"]] = {
                    "operationId": target["operationId"],
                    "parameters": parameters,
                }
        if links:
            create["responses"]["201"]["links"] = links


def _path_parameters_in_path_order(path: str, operation: dict[str, Any]) -> None:
    """List path parameters in the order the path names them, whichever of the endpoint and
    its dependencies (``api.reviews.policy``) declares each."""
    parameters = operation.get("parameters")
    if not parameters:
        return

    def place(parameter: dict[str, Any]) -> int:
        found = path.find("{" + parameter["name"] + "}")
        return found if parameter.get("in") == "path" and found >= 0 else len(path)

    parameters.sort(key=place)  # stable: the other parameters keep their order


def _drop_json_for_errors(operation: dict[str, Any]) -> None:
    """Error responses are problem+json only (FastAPI adds application/json for 422)."""
    for status, response in operation.get("responses", {}).items():
        if status.isdigit() and int(status) >= 400:
            content = response.setdefault("content", {})
            content.pop("application/json", None)
            # A problem with members of its own (``problem_responses(models=...)``) keeps
            # its schema.
            content.setdefault(
                "application/problem+json", {"schema": {"$ref": "#/components/schemas/Problem"}}
            )


def _spa_csp_hashes(dist: Path) -> list[str]:
    csp_file = dist / "csp.json"
    if csp_file.exists():
        hashes: list[str] = json.loads(csp_file.read_text()).get("script-src-hashes", [])
        return hashes
    return []


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Build what lives as long as the worker (the OpenAPI document), then take everything
    allocated so far out of the garbage collector's sight (``gc.freeze``). A full collection
    then walks only what requests leave behind instead of every module, model and schema:
    measured under load, a worker paused 100-150 ms for each full collection before, and
    5-30 ms after. On PostgreSQL it also opens the pool the caller check reads accounts
    through (``api.security.callers``), and starts the worker's purge of expired
    Idempotency-Key records, which runs off the request path until the worker stops."""
    app.state.callers = await callers.open_pool(get_engine().url)
    purge = asyncio.get_running_loop().create_task(
        idempotency.purge_every(app.state.settings.idempotency_purge_seconds)
    )
    try:
        app.openapi()
        gc.collect()
        gc.freeze()
        yield
    finally:
        purge.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await purge
        await callers.close_pool(app.state.callers)
        app.state.callers = None


class CsprApp(FastAPI):
    """The application, with ``outermost`` layers wrapped around the whole middleware stack,
    Starlette's own error middleware included: what they add reaches every answer, the
    last-resort 500 among them (that middleware answers outside any ``add_middleware``)."""

    outermost: tuple[Callable[[ASGIApp], ASGIApp], ...] = ()

    def build_middleware_stack(self) -> ASGIApp:
        app = super().build_middleware_stack()
        for wrap in reversed(self.outermost):
            app = wrap(app)
        return app


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = CsprApp(
        lifespan=_lifespan,
        title="CSPR Hub API",
        version=API_VERSION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
        description=DESCRIPTION,
    )
    app.state.settings = settings
    install_error_handlers(app)
    routers = _routers(settings)
    idempotency.gate_routes(routers)
    for router in routers:
        app.include_router(router)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]

    _mount_docs(app)
    _mount_spa(app, settings.frontend_dist)

    # Added innermost first: idempotency, then admission, then the guard.
    app.add_middleware(idempotency.IdempotencyMiddleware)
    # A request waiting for its turn has started nothing but reading its body.
    app.add_middleware(AdmissionMiddleware, concurrent_requests=settings.concurrent_requests)
    # A body too large or of the wrong type is refused without waiting for a turn, and one
    # that grows too large while admission reads it is refused as it arrives.
    app.add_middleware(
        RequestGuardMiddleware,
        form_paths=("/api/v1/auth/token", "/api/v1/auth/revoke"),
        trusted_proxy_hops=settings.trusted_proxy_hops,
    )
    # Outside everything: the security headers (on every answer, the guard's and the
    # last-resort 500 included), then CORS for the listed origins, if any.
    outermost: list[Callable[[ASGIApp], ASGIApp]] = [
        partial(SecurityHeadersMiddleware, script_hashes=_spa_csp_hashes(settings.frontend_dist))
    ]
    if settings.cors_origins:
        outermost.append(partial(ProblemCORSMiddleware, origins=settings.cors_origins))
    app.outermost = tuple(outermost)
    return app


def _mount_docs(app: FastAPI) -> None:
    docs_csp = (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
    )
    app.mount(
        "/api/docs/assets",
        StaticFiles(directory=swagger_ui_bundle.swagger_ui_path),
        name="docs-assets",
    )

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(
            (STATIC / "docs" / "index.html").read_text(),
            headers={"content-security-policy": docs_csp},
        )

    @app.get("/api/docs/init.js", include_in_schema=False)
    def docs_init() -> FileResponse:
        return FileResponse(STATIC / "docs" / "init.js", media_type="text/javascript")

    @app.get("/api/docs/oauth2-redirect.html", include_in_schema=False)
    def oauth2_redirect() -> FileResponse:
        return FileResponse(
            Path(swagger_ui_bundle.swagger_ui_path) / "oauth2-redirect.html",
            headers={"content-security-policy": docs_csp},
        )


def _mount_spa(app: FastAPI, dist: Path) -> None:
    """Serve the built front end at /, with index.html for its client-side routes.

    Paths under /api, /.well-known and the health checks are never answered by the SPA.
    """
    reserved = ("api/", "api", ".well-known/", "healthz", "readyz")

    @app.get("/{path:path}", include_in_schema=False)
    def spa(path: str, request: Request) -> Response:
        if path.startswith(reserved):
            # A GET on an API path no GET route answers: 405 if another method would, else 404.
            raise method_not_allowed(request)
        index = dist / "index.html"
        if path:
            candidate = (dist / path).resolve()
            if candidate.is_file() and dist.resolve() in candidate.parents:
                cache = (
                    "public, max-age=31536000, immutable"
                    if path.startswith("assets/")
                    else "no-cache"
                )
                return FileResponse(candidate, headers={"cache-control": cache})
            if "." in path.rsplit("/", 1)[-1]:
                raise ProblemError(404, "No such file.", slug="not-found")
        if not index.exists():
            return HTMLResponse(
                "<!doctype html><html lang=en-GB><title>CSPR Hub</title><h1>CSPR Hub</h1>"
                "<p>The web front end has not been built. Run <code>make run</code>.</p>"
                "<p><a href=/api/docs>API documentation</a></p></html>"
            )
        return FileResponse(index, headers={"cache-control": "no-cache"})


app = create_app()
