"""Request plumbing: correlation ids, body limits, media types, security headers, CORS."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterable, Sequence

from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import problem_document, send_problem

MAX_JSON_BODY = 1024 * 1024
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


# Routes whose request or answer is a file, streamed: a file upload (POST) has its own size
# limit and takes any media type (the route sniffs the bytes), a download (GET) streams its
# answer. Neither is read ahead nor holds an admission slot while the bytes move (the route
# takes one for its database work: ``api.admission.phase``), and an upload takes no
# Idempotency-Key (the service recognises a file sent again by its SHA-256). An action plan's
# export (XLSX or CSV) is a download too: it reads the rows and writes its file in a slot,
# and a slow client then takes as long as it likes to fetch the bytes without holding one.
_STREAMED = {
    "POST": re.compile(
        r"/api/v1/reviews/[^/]+/"
        r"(documents/[^/]+/versions|actions/[^/]+/evidence/files|drafts/[^/]+/file)"
    ),
    "GET": re.compile(
        r"/api/v1/reviews/[^/]+/"
        r"((documents/[^/]+/versions|actions/[^/]+/evidence)/[^/]+|drafts/[^/]+)/file"
        r"|/api/v1/(reviews/[^/]+/)?actions/export"
    ),
}


def streamed(method: str, path: str) -> bool:
    """Whether ``method`` on ``path`` (a URL path or a route's template) moves a file: an
    upload, a stored file's download, or an action plan's export (made in a slot, then sent
    without one, so a slow client never holds the worker)."""
    pattern = _STREAMED.get(method)
    return pattern is not None and pattern.fullmatch(path) is not None


def has_body(headers: Headers) -> bool:
    """Whether a request says it carries a body (a length other than 0, or chunks)."""
    return headers.get("content-length", "0") != "0" or "transfer-encoding" in headers


class RequestGuardMiddleware:
    """Gives each request an id, refuses oversized bodies (413) and wrong media types (415)."""

    def __init__(
        self, app: ASGIApp, form_paths: Iterable[str] = (), trusted_proxy_hops: int = 0
    ) -> None:
        self.app = app
        self.form_paths = tuple(form_paths)
        self.trusted_proxy_hops = trusted_proxy_hops

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        incoming = headers.get("x-request-id", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        state["client_ip"] = self._client_ip(scope, headers)
        state["started"] = time.perf_counter()
        path: str = scope["path"]

        query: bytes = scope.get("query_string", b"")
        if "\x00" in path or b"\x00" in query or b"%00" in query:
            # No text column in PostgreSQL can hold NUL, nor can a file name: refuse it here
            # rather than let it surface as a database or file-system error.
            await send_problem(
                send,
                400,
                "bad-request",
                "The URL contains a NUL character.",
                instance=path.replace("\x00", ""),
                request_id=request_id,
            )
            return

        if (
            scope["method"] in {"POST", "PUT", "PATCH"}
            and path.startswith("/api/")
            # A file upload's path takes any body (the route sniffs it); another method there
            # is answered 405 by the routing, without its body being read.
            and not streamed("POST", path)
        ):
            length = headers.get("content-length")
            if length is not None and (not length.isdigit() or int(length) > MAX_JSON_BODY):
                await send_problem(
                    send,
                    413,
                    "payload-too-large",
                    f"Request bodies are limited to {MAX_JSON_BODY} bytes.",
                    instance=path,
                    request_id=request_id,
                )
                return
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            expected = (
                ("application/x-www-form-urlencoded",)
                if path in self.form_paths
                else ("application/json", "application/merge-patch+json")
            )
            if has_body(headers) and media not in expected:
                await send_problem(
                    send,
                    415,
                    "unsupported-media-type",
                    f"Send the body as {expected[0]}.",
                    instance=path,
                    request_id=request_id,
                )
                return
            receive = _limited(receive, MAX_JSON_BODY)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["x-request-id"] = request_id
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except _TooLarge:
            await send_problem(
                send,
                413,
                "payload-too-large",
                f"Request bodies are limited to {MAX_JSON_BODY} bytes.",
                instance=path,
                request_id=request_id,
            )

    def _client_ip(self, scope: Scope, headers: Headers) -> str | None:
        if self.trusted_proxy_hops > 0:
            forwarded = [p.strip() for p in headers.get("x-forwarded-for", "").split(",") if p]
            if len(forwarded) >= self.trusted_proxy_hops:
                return forwarded[-self.trusted_proxy_hops]
        client = scope.get("client")
        return client[0] if client else None


class _TooLarge(StarletteHTTPException):
    """An HTTP exception, so FastAPI's body reader re-raises it (it turns any other error
    while reading into a 400) and the app's handlers answer 413."""

    def __init__(self) -> None:
        super().__init__(413, f"Request bodies are limited to {MAX_JSON_BODY} bytes.")


def _limited(receive: Receive, limit: int) -> Receive:
    seen = 0

    async def wrapped() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > limit:
            raise _TooLarge
        return message

    return wrapped


class SecurityHeadersMiddleware:
    """The one place the security headers are set, for every response: it runs outside every
    other layer (``main.CsprApp.outermost``), so the request guard's refusals and the
    last-resort 500 carry them too. A response may set its own Content-Security-Policy (the
    API documentation's); the SPA's one inline script is allowed by its hash."""

    def __init__(self, app: ASGIApp, script_hashes: Iterable[str] = ()) -> None:
        self.app = app
        hashes = " ".join(f"'{h}'" for h in script_hashes)
        self.csp = (
            f"default-src 'self'; script-src 'self' {hashes}".rstrip() + "; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "no-referrer")
                headers.setdefault("x-frame-options", "DENY")
                headers.setdefault("cross-origin-opener-policy", "same-origin")
                headers.setdefault("permissions-policy", "camera=(), microphone=(), geolocation=()")
                headers.setdefault("content-security-policy", self.csp)
                if path.startswith("/api/") or path.startswith("/.well-known/"):
                    headers.setdefault("cache-control", "no-store")
            await send(message)

        await self.app(scope, receive, send_with_headers)


# What a page on a listed origin may send and read. No cookies (``allow_credentials`` off):
# the browser session's cookie and its X-CSPR-Session header stay with the front end served
# from the API's own origin, so another origin's preflight for them is refused.
CORS_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
CORS_REQUEST_HEADERS = (
    "authorization",
    "content-type",
    "if-match",
    "idempotency-key",
    "x-request-id",
)
CORS_EXPOSED_HEADERS = ("etag", "location", "retry-after", "x-request-id", "www-authenticate")


class ProblemCORSMiddleware(CORSMiddleware):
    """CORS for the origins of ``CSPR_CORS_ORIGINS`` only (bearer tokens, no credentials); a
    refused preflight is a problem document like every other error."""

    def __init__(self, app: ASGIApp, origins: Sequence[str]) -> None:
        super().__init__(
            app,
            allow_origins=list(origins),
            allow_methods=CORS_METHODS,
            allow_headers=CORS_REQUEST_HEADERS,
            expose_headers=CORS_EXPOSED_HEADERS,
            allow_credentials=False,
            max_age=600,
        )

    def preflight_response(self, request_headers: Headers) -> Response:
        response = super().preflight_response(request_headers)
        if response.status_code < 400:
            return response
        refused = bytes(response.body).decode()  # "Disallowed CORS origin, headers"
        body, media_type = problem_document(
            response.status_code, "cors-refused", f"{refused}.", instance=None, request_id=None
        )
        headers = {
            k: v for k, v in response.headers.items() if k not in {"content-type", "content-length"}
        }
        return Response(body, response.status_code, headers=headers, media_type=media_type)
