"""Idempotency-Key on POST: a retried request gets the first response back, not a duplicate.

An ASGI middleware, because it must capture the finished response. The key is scoped to the
caller (the token's subject), so two agencies can never collide or read each other's replies.
A key first claims a row ("in flight"), so a concurrent duplicate is refused with 409 instead
of running twice; a 5xx releases the key so the client can retry.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.clients.models import ApiClient
from api.clock import clock
from api.db import get_sessionmaker
from api.errors import send_problem
from api.infra.models import IdempotencyRecord
from api.security.tokens import TokenError, verify_access_token
from api.users.models import User

HEADER = "idempotency-key"
IN_FLIGHT = 0
RETENTION = timedelta(hours=24)
REPLAYED_HEADERS = ("content-type", "location", "etag")
EXEMPT_PREFIXES = ("/api/v1/auth/",)


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
        if key is None or not path.startswith("/api/v1/") or path.startswith(EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        if not key or len(key) > 255 or not key.isprintable():
            await send_problem(
                send,
                400,
                "bad-idempotency-key",
                "Idempotency-Key must be 1 to 255 printable characters.",
                instance=path,
                request_id=scope.get("state", {}).get("request_id"),
            )
            return
        claims = _claims(headers)
        if claims is None or not await run_in_threadpool(_still_active, claims):
            # Let authentication answer 401 as usual; a disabled caller never gets a replay.
            await self.app(scope, receive, send)
            return

        body = await _read_body(receive)
        principal = f"{claims['ptype']}:{claims['sub']}"
        request_hash = hashlib.sha256(
            scope["method"].encode()
            + b" "
            + path.encode()
            + b"?"
            + scope.get("query_string", b"")
            + b"\n"
            + body
        ).hexdigest()
        outcome = await run_in_threadpool(
            _claim, principal, key, request_hash, path, uuid.UUID(claims["partnership"])
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
                await _replay(send, outcome)
            return

        record_id = outcome
        captured: dict[str, Any] = {"status": 500, "headers": [], "body": b""}

        async def replay_receive() -> Message:
            nonlocal body
            chunk, body = body, b""
            return {"type": "http.request", "body": chunk, "more_body": False}

        async def capture_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                captured["status"] = message["status"]
                captured["headers"] = message.get("headers", [])
            elif message["type"] == "http.response.body":
                captured["body"] += message.get("body", b"")
            await send(message)

        try:
            await self.app(scope, replay_receive, capture_send)
        finally:
            await run_in_threadpool(_settle, record_id, captured)


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
            response_body="",
            response_headers={},
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


def _settle(record_id: uuid.UUID, captured: dict[str, Any]) -> None:
    with get_sessionmaker()() as session:
        record = session.get(IdempotencyRecord, record_id)
        if record is None:
            return
        status = int(captured["status"])
        if status >= 500:
            session.delete(record)  # a failure on our side: let the client retry for real
        else:
            keep = {
                k.decode().lower(): v.decode()
                for k, v in captured["headers"]
                if k.decode().lower() in REPLAYED_HEADERS
            }
            record.status_code = status
            record.response_body = captured["body"].decode("utf-8", errors="replace")
            record.response_headers = keep
        session.commit()


async def _replay(send: Send, record: IdempotencyRecord) -> None:
    headers = [(k.encode(), v.encode()) for k, v in record.response_headers.items()]
    headers.append((b"idempotent-replayed", b"true"))
    body = record.response_body.encode()
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": record.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body})
