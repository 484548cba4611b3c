"""Idempotency-Key on POST: a retried request is answered as the first one was, and never runs
twice.

An ASGI middleware, because it must see the finished answer. The key is scoped to the caller
(the token's subject), so two agencies can never collide or read each other's answers. A key
first claims a row ("in flight"), so a concurrent duplicate is refused with 409 instead of
running twice. A request that never reached its route's own code (refused by authentication,
the scope gate or validation) or that failed on our side (5xx) releases the key, so the
client can retry for real.

No copy of a successful answer is kept, and nothing the client sent is kept in clear:

* the key and a fingerprint of the request (method, path, caller, body) are keyed digests, so
  nobody holding the database can test a guess of a name or a date of birth against them;
* a success keeps its status, its Location and a reference to the record it made, as its
  route's rule in ``REPLAYS`` says. A replay reads that record again through the API's own
  GET, for the caller as they are now: their reach, today's entitlement to identifying
  details, and the audit of every identifying read, as on any read (a caller whose scopes
  let it write but not read, an agency system that only pushes, gets the status and Location
  alone);
* an answer that carried a secret (a client secret, a TOTP seed) is not kept at all: its
  replay is a 409 saying the secret was shown once;
* an error the route's own code answered (4xx) is kept encrypted, bound to its row.

A replay first passes through its route, with the route's dependencies (authentication, the
scope gate and its audit of a refusal), exactly as a first request; ``gate`` stops it where the
route's own code would start. So a caller who has lost the authority since gets the route's
refusal, never the first answer.

Records are deleted a day after they were made (``purge_expired``): each worker runs the purge
on a schedule (``purge_every``, started with the app) and ``cspr purge-idempotency`` runs it on
demand.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import json
import logging
import re
import string
import uuid
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.routing import APIRoute
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.clients.models import ApiClient
from api.clock import clock
from api.db import get_sessionmaker
from api.errors import send_problem
from api.infra.models import IdempotencyRecord
from api.middleware import streamed
from api.pagination import MAX_LIMIT
from api.security.crypto import get_cipher
from api.security.tokens import TokenError, verify_access_token
from api.users.models import User

log = logging.getLogger("cspr.idempotency")

HEADER = "idempotency-key"
MAX_KEY_LENGTH = 255
# Visible ASCII, with spaces inside only: what survives a header's parsing unchanged. Declared
# as is in the OpenAPI document (``api.main``).
KEY_PATTERN = "^[!-~]([ -~]*[!-~])?$"
_KEY = re.compile(KEY_PATTERN.removeprefix("^").removesuffix("$"))
IN_FLIGHT = 0
RETENTION = timedelta(hours=24)
EXEMPT_PREFIXES = ("/api/v1/auth/",)
# Headers of a problem answer given again with it; a read's own are given with a re-read.
PROBLEM_HEADERS = ("content-type", "location", "retry-after", "www-authenticate")
# Request headers a replay's read must not carry: they describe the POST's body or ask for a
# conditional answer.
_NOT_FOR_THE_READ = {
    b"content-length",
    b"content-type",
    b"transfer-encoding",
    b"idempotency-key",
    b"if-match",
    b"if-none-match",
    b"if-modified-since",
    b"if-unmodified-since",
}
# A list read for one item stops after this many pages (an item made by one request is found
# long before: lists of a review's transitions, a member's declarations, a subject's alerts).
_MAX_PAGES = 50
_GATED = "__cspr_idempotency_gate__"


class Kind(StrEnum):
    """How a replay answers."""

    read = "read"  # read the record again: its Location, or a path of the route's
    list_item = "list_item"  # read a list and pick the record by the id the first answer had
    empty = "empty"  # the status alone (204, or nothing to read)
    shown_once = "shown_once"  # the answer carried a secret: 409, the secret is not kept
    problem = "problem"  # a 4xx from the route's own code, kept encrypted


@dataclass(frozen=True)
class Replay:
    """A POST route's rule: how its successful answer is given again.

    ``path`` is a template over the route's path parameters (``{review_id}``); without it, the
    answer's Location is read.
    """

    kind: Kind
    path: str | None = None

    def fields(self) -> tuple[str, ...]:
        if self.path is None:
            return ()
        return tuple(name for _, name, _, _ in string.Formatter().parse(self.path) if name)


_REVIEW = "/api/v1/reviews/{review_id}"
_MEMBER = _REVIEW + "/members/{member_id}"
_PRACTITIONER = _REVIEW + "/practitioners/{practitioner_id}"
_DRAFT = _REVIEW + "/drafts/{draft_id}"
_PLAN = _REVIEW + "/publication-plan/requests"
_DOCUMENT = _REVIEW + "/documents/{document_id}"
_ACTION = _REVIEW + "/actions/{action_id}"
_LEARNING = _REVIEW + "/learning/{learning_id}"
_DISSEMINATION = _LEARNING + "/disseminations/{dissemination_id}"

# Every POST route a key applies to has a rule here; ``gate_routes`` refuses a route without
# one, so a new route cannot be added without saying how its answer is given again.
REPLAYS: dict[str, Replay] = {
    "/api/v1/agencies": Replay(Kind.read),
    "/api/v1/users": Replay(Kind.read),
    "/api/v1/users/{user_id}/totp/reset": Replay(Kind.read, "/api/v1/users/{user_id}"),
    "/api/v1/me/password": Replay(Kind.empty),
    "/api/v1/me/totp": Replay(Kind.shown_once),  # the new TOTP seed
    "/api/v1/me/totp/confirm": Replay(Kind.read, "/api/v1/me"),
    "/api/v1/me/totp/remove": Replay(Kind.read, "/api/v1/me"),
    "/api/v1/clients": Replay(Kind.shown_once),  # the client secret
    "/api/v1/clients/{client_id}/secret": Replay(Kind.shown_once, "/api/v1/clients/{client_id}"),
    "/api/v1/reviews": Replay(Kind.read),
    _REVIEW + "/transitions": Replay(Kind.list_item, _REVIEW + "/transitions"),
    _REVIEW + "/subjects": Replay(Kind.read),
    _REVIEW + "/alerts": Replay(Kind.list_item),  # its Location is the subject's alerts
    _REVIEW + "/members": Replay(Kind.read),
    _MEMBER + "/leave": Replay(Kind.read, _MEMBER),
    _MEMBER + "/declarations": Replay(Kind.list_item, _MEMBER + "/declarations"),
    _REVIEW + "/proceedings": Replay(Kind.read),
    _REVIEW + "/no-proceedings": Replay(Kind.list_item, _REVIEW + "/no-proceedings"),
    _REVIEW + "/practitioners": Replay(Kind.read),
    _PRACTITIONER + "/withdraw": Replay(Kind.read, _PRACTITIONER),
    _PRACTITIONER + "/contacts": Replay(Kind.read),
    _REVIEW + "/meetings": Replay(Kind.read),
    _REVIEW + "/meetings/{meeting_id}/cancel": Replay(
        Kind.read, _REVIEW + "/meetings/{meeting_id}"
    ),
    _REVIEW + "/drafts": Replay(Kind.read),
    _DRAFT + "/withdraw": Replay(Kind.read, _DRAFT),
    _DRAFT + "/responses": Replay(Kind.list_item, _DRAFT + "/responses"),
    _PLAN: Replay(Kind.read),
    # Several requests, one per agency, with no one record to read again: the status alone.
    _REVIEW + "/publication-plan/requests-to-all-agencies": Replay(Kind.empty),
    _PLAN + "/{request_id}/withdraw": Replay(Kind.read, _PLAN + "/{request_id}"),
    _PLAN + "/{request_id}/answers": Replay(Kind.list_item, _PLAN + "/{request_id}/answers"),
    _REVIEW + "/documents": Replay(Kind.read),
    # Several requests, one per agency, with no one record to read again: the status alone.
    _REVIEW + "/documents/requests-to-all-agencies": Replay(Kind.empty),
    _DOCUMENT + "/withdraw": Replay(Kind.read, _DOCUMENT),
    _DOCUMENT + "/versions/{version_id}/decision": Replay(
        Kind.read, _DOCUMENT + "/versions/{version_id}"
    ),
    "/api/v1/learning-themes": Replay(Kind.read),
    _REVIEW + "/learning": Replay(Kind.read),
    _LEARNING + "/withdraw": Replay(Kind.read, _LEARNING),
    _LEARNING + "/disseminations": Replay(Kind.read),
    _DISSEMINATION + "/landed": Replay(Kind.read, _DISSEMINATION),
    _REVIEW + "/recommendations": Replay(Kind.read),
    _REVIEW + "/actions": Replay(Kind.read),
    _ACTION + "/sign-off": Replay(Kind.read, _ACTION),
    _ACTION + "/cancel": Replay(Kind.read, _ACTION),
    _ACTION + "/updates": Replay(Kind.list_item, _ACTION + "/updates"),
    _ACTION + "/evidence": Replay(Kind.read),
    _ACTION + "/evidence/{evidence_id}/decision": Replay(
        Kind.read, _ACTION + "/evidence/{evidence_id}"
    ),
}


def applies_to(path: str) -> bool:
    """Whether an Idempotency-Key is honoured on a POST to ``path``."""
    return (
        path.startswith("/api/v1/")
        and not path.startswith(EXEMPT_PREFIXES)
        and not streamed("POST", path)
    )


# --- The gate before a route's own code -------------------------------------------------------


@dataclass
class _Run:
    """One keyed POST's passage through its route, as its gate saw it."""

    replay: bool
    rule: Replay | None = None
    params: dict[str, str] = field(default_factory=dict)
    reached: bool = False  # the route's own code was reached: authorised, body valid


_RUN: ContextVar[_Run | None] = ContextVar("cspr_idempotent_run", default=None)


def _gated(endpoint: Callable[..., Any], rule: Replay) -> Callable[..., Any]:
    """``endpoint`` behind the gate: run as before, except in a replay, which stops here with
    every dependency of the route (authentication, scope gate, validation) already passed."""
    names = rule.fields()

    def proceed(values: dict[str, Any]) -> bool:
        run = _RUN.get()
        if run is None:
            return True
        run.rule = rule
        # A path parameter a route resolves through a dependency (a review loaded by its
        # policy) is not among the endpoint's values: the request's own path has it.
        request = next((v for v in values.values() if isinstance(v, Request)), None)
        path_params = dict(request.path_params) if request is not None else {}
        path_params.update(values)
        run.params = {name: str(path_params[name]) for name in names if name in path_params}
        run.reached = True
        return not run.replay

    gated: Callable[..., Any]
    if inspect.iscoroutinefunction(endpoint):

        @functools.wraps(endpoint)
        async def gated_async(**values: Any) -> Any:
            if not proceed(values):
                return Response(status_code=204)
            return await endpoint(**values)

        gated = gated_async
    else:

        @functools.wraps(endpoint)
        def gated_sync(**values: Any) -> Any:
            if not proceed(values):
                return Response(status_code=204)
            return endpoint(**values)

        gated = gated_sync
    setattr(gated, _GATED, True)
    return gated


def gate_routes(routers: Iterable[APIRouter]) -> None:
    """Put the gate before the code of every POST route a key applies to (once per route).
    A route with no rule in ``REPLAYS`` is a programming error, raised at start-up."""
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute) or "POST" not in (route.methods or ()):
                continue
            # Named by its public template, as OpenAPI names it (``{id}``, not ``{id:uuid}``).
            path = route.path_format
            if not applies_to(path) or getattr(route.endpoint, _GATED, False):
                continue
            rule = REPLAYS.get(path)
            if rule is None:
                raise RuntimeError(
                    f"POST {path} has no rule in api.idempotency.REPLAYS: say how a "
                    "retry with the same Idempotency-Key is answered"
                )
            route.endpoint = _gated(route.endpoint, rule)
            # The route as first built calls its dependant; included routes are built from
            # ``endpoint``. Both now call the gate.
            route.dependant.call = route.endpoint


# --- The middleware ---------------------------------------------------------------------------


@dataclass
class _Answer:
    status: int = 500
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        wanted = name.encode()
        for k, v in self.headers:
            if k.lower() == wanted:
                return v.decode("latin-1")
        return None


class IdempotencyMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        headers = Headers(scope=scope)
        key = headers.get(HEADER)
        if key is None or not applies_to(path):
            await self.app(scope, receive, send)
            return
        if len(key) > MAX_KEY_LENGTH or not _KEY.fullmatch(key):
            await send_problem(
                send,
                400,
                "bad-idempotency-key",
                f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} visible ASCII characters "
                "(spaces inside allowed).",
                instance=path,
                request_id=scope.get("state", {}).get("request_id"),
            )
            return
        claims = _claims(headers)
        if claims is None or not await run_in_threadpool(_still_active, claims):
            # Let authentication answer 401 as usual; a disabled caller never gets a replay.
            await self.app(scope, receive, send)
            return

        base = dict(scope)  # as it came, before routing adds to it
        body = await _read_body(receive)
        principal = f"{claims['ptype']}:{claims['sub']}"
        cipher = get_cipher()
        key_digest = cipher.digest(key.encode(), f"idempotency.key:{principal}")
        request_hash = cipher.digest(
            b"\n".join(
                (
                    scope["method"].encode(),
                    path.encode() + b"?" + scope.get("query_string", b""),
                    principal.encode(),
                    body,
                )
            ),
            "idempotency.request",
        )
        outcome = await run_in_threadpool(
            _claim, principal, key_digest, request_hash, path, uuid.UUID(claims["partnership"])
        )
        if isinstance(outcome, IdempotencyRecord):
            if outcome.request_hash != request_hash:
                await send_problem(
                    send,
                    422,
                    "idempotency-key-reused",
                    "This Idempotency-Key was used with a different request.",
                    instance=path,
                    request_id=scope.get("state", {}).get("request_id"),
                )
            elif outcome.status_code == IN_FLIGHT:
                await send_problem(
                    send,
                    409,
                    "idempotency-in-flight",
                    "A request with this Idempotency-Key is still running.",
                    instance=path,
                    request_id=scope.get("state", {}).get("request_id"),
                )
            else:
                await self._replay(base, body, receive, send, outcome)
            return

        run = _Run(replay=False)
        answer = _Answer()
        try:
            await self._dispatch(scope, body, receive, run, answer, forward=send)
        finally:
            await run_in_threadpool(_settle, outcome, run, answer)

    async def _dispatch(
        self,
        scope: Scope,
        body: bytes,
        receive: Receive,
        run: _Run | None,
        answer: _Answer,
        *,
        forward: Send | None = None,
    ) -> None:
        """Run ``scope`` through the app with ``body``, capturing its answer into ``answer``
        (and sending it on to ``forward``, if given)."""
        given = False

        async def body_once() -> Message:
            nonlocal given
            if given:
                return await receive()
            given = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer.status = message["status"]
                answer.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                answer.body += message.get("body", b"")
            if forward is not None:
                await forward(message)

        token = _RUN.set(run)
        try:
            await self.app(scope, body_once, capture)
        finally:
            _RUN.reset(token)

    async def _replay(
        self, base: Scope, body: bytes, receive: Receive, send: Send, record: IdempotencyRecord
    ) -> None:
        # Through the route first, as a first request: its dependencies decide whether this
        # caller may make this request today, and its gate stops it before the route's code.
        run = _Run(replay=True)
        refusal = _Answer()
        await self._dispatch(dict(base), body, receive, run, refusal)
        if not run.reached:
            await _send(send, refusal)
            return
        kind = Kind(record.replay)
        if kind is Kind.problem:
            await _send(send, _problem_kept(record), replayed=True)
            return
        if kind is Kind.shown_once:
            await _send(send, _shown_once(base, record), replayed=True)
            return
        located = [(b"location", record.location.encode())] if record.location else []
        if kind is Kind.empty or record.read_path is None:
            await _send(send, _Answer(record.status_code, located), replayed=True)
            return
        if kind is Kind.list_item:
            read = await self._read_item(base, record.read_path, record.resource_id, receive)
        else:
            read = _Answer()
            await self._dispatch(_read_scope(base, record.read_path), b"", receive, None, read)
        if _scope_refused(read):
            # The caller may make the request but holds no scope to read what it made (an
            # agency system that only writes): the replay says it was done, and where, and
            # shows nothing the caller may not read.
            await _send(send, _Answer(record.status_code, located), replayed=True)
            return
        if not 200 <= read.status < 300:
            # The record as this caller may see it today: not at all, and the read says why.
            await _send(send, read, replayed=True)
            return
        kept = [(k, v) for k, v in read.headers if k.lower() in (b"content-type", b"etag", b"vary")]
        await _send(send, _Answer(record.status_code, kept + located, read.body), replayed=True)

    async def _read_item(
        self, base: Scope, path: str, item_id: uuid.UUID | None, receive: Receive
    ) -> _Answer:
        """The item with ``item_id`` from the list at ``path``, read page by page."""
        cursor: str | None = None
        for _ in range(_MAX_PAGES):
            query = {"limit": str(MAX_LIMIT), **({"cursor": cursor} if cursor else {})}
            joiner = "&" if "?" in path else "?"
            page = _Answer()
            await self._dispatch(
                _read_scope(base, path + joiner + urlencode(query)), b"", receive, None, page
            )
            if page.status != 200:
                return page
            content = json.loads(page.body)
            for item in content.get("items", []):
                if item_id is not None and item.get("id") == str(item_id):
                    return _Answer(
                        200,
                        [(b"content-type", b"application/json")],
                        json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode(),
                    )
            cursor = content.get("next_cursor")
            if not cursor:
                break
        return _problem_answer(
            base, 404, "not-found", "The record this request made is not there to read."
        )


async def _send(send: Send, answer: _Answer, *, replayed: bool = False) -> None:
    headers = [(k, v) for k, v in answer.headers if k.lower() != b"content-length"]
    if replayed:
        headers.append((b"idempotent-replayed", b"true"))
    headers.append((b"content-length", str(len(answer.body)).encode()))
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": answer.body})


def _read_scope(base: Scope, target: str) -> Scope:
    """A GET of ``target`` (a path and query) by the same caller, in the same request."""
    path, _, query = target.partition("?")
    scope = dict(base)
    scope.update(
        method="GET",
        path=path,
        raw_path=path.encode(),
        query_string=query.encode(),
        headers=[(k, v) for k, v in base["headers"] if k.lower() not in _NOT_FOR_THE_READ],
    )
    return scope


def _scope_refused(read: _Answer) -> bool:
    """Whether a re-read was refused by the scope gate alone (``api.deps.require``)."""
    if read.status != 403:
        return False
    try:
        return bool(json.loads(read.body).get("type") == "/problems/insufficient-scope")
    except ValueError:
        return False


def _problem_answer(base: Scope, status: int, slug: str, detail: str, **extra: str) -> _Answer:
    """A problem document in the shape ``api.errors`` gives."""
    document: dict[str, Any] = {
        "type": f"/problems/{slug}",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": base["path"],
    }
    request_id = base.get("state", {}).get("request_id")
    if request_id:
        document["correlation_id"] = request_id
    headers = [(b"content-type", b"application/problem+json")]
    headers += [(k.encode(), v.encode()) for k, v in extra.items()]
    return _Answer(status, headers, json.dumps(document).encode())


def _shown_once(base: Scope, record: IdempotencyRecord) -> _Answer:
    where = record.location or record.read_path
    return _problem_answer(
        base,
        409,
        "idempotency-secret-shown-once",
        "This request was already made with this Idempotency-Key. Its answer carried a "
        "secret, which is shown only once and is not kept: ask for a new one with another "
        "Idempotency-Key.",
        **({"location": where} if where else {}),
    )


def _problem_context(record_id: uuid.UUID) -> str:
    return f"idempotency_records.problem:{record_id}"


def _problem_kept(record: IdempotencyRecord) -> _Answer:
    kept = json.loads(get_cipher().decrypt(record.problem_enc or "", _problem_context(record.id)))
    headers = [(k.encode(), v.encode()) for k, v in kept["headers"].items()]
    return _Answer(record.status_code, headers, kept["body"].encode())


# --- Claims, the database ---------------------------------------------------------------------


def _claims(headers: Headers) -> dict[str, Any] | None:
    auth = headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer":
        return None
    try:
        return verify_access_token(token.strip())
    except TokenError:
        return None


def _still_active(claims: dict[str, Any]) -> bool:
    try:
        subject = uuid.UUID(str(claims["sub"]))
    except ValueError:
        return False
    with get_sessionmaker()() as session:
        row: User | ApiClient | None = (
            session.get(User, subject)
            if claims["ptype"] == "user"
            else session.get(ApiClient, subject)
        )
        return row is not None and row.active


async def _read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _claim(
    principal: str, key: str, request_hash: str, path: str, partnership_id: uuid.UUID
) -> IdempotencyRecord | uuid.UUID:
    """Insert an in-flight row for the key, or return the row already there."""
    with get_sessionmaker()() as session:
        session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.principal == principal,
                IdempotencyRecord.key == key,
                IdempotencyRecord.created_at < clock.now() - RETENTION,
            )
        )
        existing = session.scalars(
            select(IdempotencyRecord).where(
                IdempotencyRecord.principal == principal, IdempotencyRecord.key == key
            )
        ).first()
        if existing is not None:
            session.commit()
            return existing
        record = IdempotencyRecord(
            partnership_id=partnership_id,
            principal=principal,
            key=key,
            method="POST",
            path=path,
            request_hash=request_hash,
            status_code=IN_FLIGHT,
            replay="",
            created_at=clock.now(),
        )
        session.add(record)
        try:
            session.commit()
        except IntegrityError:
            session.rollback()
            again = session.scalars(
                select(IdempotencyRecord).where(
                    IdempotencyRecord.principal == principal, IdempotencyRecord.key == key
                )
            ).one()
            return again
        return record.id


def _settle(record_id: uuid.UUID, run: _Run, answer: _Answer) -> None:
    """Keep what a replay needs of the first answer, or release the key."""
    with get_sessionmaker()() as session:
        record = session.get(IdempotencyRecord, record_id)
        if record is None:
            return
        if answer.status >= 500 or not run.reached or run.rule is None:
            # Refused before the route's own code ran, or failed on our side: nothing was done,
            # so the client may retry for real.
            session.delete(record)
            session.commit()
            return
        record.status_code = answer.status
        record.location = answer.header("location")
        if answer.status >= 400:
            kept = {
                k.decode().lower(): v.decode("latin-1")
                for k, v in answer.headers
                if k.decode().lower() in PROBLEM_HEADERS
            }
            record.replay = Kind.problem
            record.problem_enc = get_cipher().encrypt(
                json.dumps({"headers": kept, "body": answer.body.decode("utf-8", "replace")}),
                _problem_context(record.id),
            )
        else:
            _keep_reference(record, run.rule, run.params, answer)
        session.commit()


def _keep_reference(
    record: IdempotencyRecord, rule: Replay, params: dict[str, str], answer: _Answer
) -> None:
    try:
        own_path = rule.path.format(**params) if rule.path is not None else None
    except KeyError:
        own_path = None
    record.replay = rule.kind
    record.read_path = own_path or record.location
    if rule.kind is Kind.list_item:
        try:
            record.resource_id = uuid.UUID(str(json.loads(answer.body)["id"]))
        except (ValueError, KeyError, TypeError):
            record.resource_id = None
    if rule.kind in (Kind.read, Kind.list_item) and (
        record.read_path is None or (rule.kind is Kind.list_item and record.resource_id is None)
    ):
        log.error("idempotency: no record to read again for %s", record.path)
        record.replay = Kind.empty


def purge_expired(now: datetime | None = None) -> int:
    """Delete every record older than ``RETENTION`` (in flight or not); how many went."""
    cutoff = (now or clock.now()) - RETENTION
    with get_sessionmaker()() as session:
        result = session.execute(
            delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff)
        )
        session.commit()
        return int(getattr(result, "rowcount", 0) or 0)


async def purge_every(seconds: float) -> None:
    """Run ``purge_expired`` every ``seconds``, off the request path, until cancelled. A
    failure is logged and the next round goes ahead."""
    while True:
        await asyncio.sleep(seconds)
        try:
            removed = await run_in_threadpool(purge_expired)
        except Exception:
            log.exception("idempotency purge failed")
        else:
            if removed:
                log.info("idempotency purge deleted %d expired records", removed)
