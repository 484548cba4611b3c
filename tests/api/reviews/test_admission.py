"""A worker handles at most ``concurrent_requests`` requests at once (``api.admission``); the
rest wait their turn. The bound is on whole requests, so requests that wait on each other's
locks still finish."""

from __future__ import annotations

import threading
from typing import Any

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from starlette.types import Message, Receive, Scope, Send

from api.admission import AdmissionMiddleware
from api.config import Settings
from api.main import create_app
from api.middleware import MAX_JSON_BODY
from tests.api.reviews.fixtures import Callers


def test_no_more_requests_run_at_once_than_the_bound() -> None:
    running = peak = 0
    release = anyio.Event()

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        nonlocal running, peak
        if scope["path"] != "/healthz":
            running += 1
            peak = max(peak, running)
            await release.wait()
            running -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    app = AdmissionMiddleware(endpoint, concurrent_requests=2)

    async def scenario() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            statuses: list[int] = []

            async def get(path: str) -> None:
                statuses.append((await client.get(path)).status_code)

            async with anyio.create_task_group() as tasks:
                for _ in range(6):
                    tasks.start_soon(get, "/api/v1/reviews")
                await anyio.wait_all_tasks_blocked()
                assert running == 2  # two admitted, four waiting
                with anyio.fail_after(5):  # a health check is never held back
                    await get("/healthz")
                release.set()
            return statuses

    assert anyio.run(scenario) == [200] * 7
    assert peak == 2


@pytest.mark.parametrize("bound", [1, 2])
def test_requests_waiting_on_each_others_locks_all_finish(callers: Callers, bound: int) -> None:
    """Concurrent creations queue on the partnership's reference counter (a row lock held
    until commit): with one or two requests admitted at a time, every one still finishes."""
    callers.token("admin")
    results: list[Any] = []
    with TestClient(create_app(Settings(concurrent_requests=bound))) as client:

        def create() -> None:
            for _ in range(2):
                results.append(
                    client.post(
                        "/api/v1/reviews",
                        headers=callers.headers("admin"),
                        json={
                            "incident_kind": "death",
                            "incident_on": "2026-02-01",
                            "became_aware_on": "2026-02-02",
                            "child_pseudonym": "Child D",
                        },
                    )
                )

        threads = [threading.Thread(target=create, daemon=True) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not any(thread.is_alive() for thread in threads), "requests deadlocked"
    assert [r.status_code for r in results] == [201] * 8, [r.text for r in results]
    references = sorted(r.json()["reference"] for r in results)
    assert references == [f"TSCP-2026-{n:03d}" for n in range(1, 9)]


@pytest.mark.parametrize("bound", [0, 257])
def test_the_bound_is_checked(bound: int) -> None:
    with pytest.raises(ValidationError):
        Settings(concurrent_requests=bound)


def _probe_app(bound: int, seen: dict[str, bytes]) -> AdmissionMiddleware:
    """An app that reads each request's whole body, behind admission of ``bound``."""

    async def endpoint(scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        seen[scope["path"]] = body
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})

    return AdmissionMiddleware(endpoint, concurrent_requests=bound)


def _scope(path: str, method: str = "POST", length: int | None = None) -> Scope:
    headers = [(b"transfer-encoding", b"chunked")] if length is None else []
    if length is not None:
        headers.append((b"content-length", str(length).encode()))
    return {"type": "http", "method": method, "path": path, "headers": headers}


def test_a_slow_upload_holds_no_slot_and_its_body_arrives_whole() -> None:
    seen: dict[str, bytes] = {}
    app = _probe_app(1, seen)
    chunks = [b'{"note": "first half, ', b'second half"}']

    async def scenario() -> list[str]:
        finished: list[str] = []
        more = anyio.Event()
        sent = iter(chunks)

        async def slow_receive() -> Message:
            chunk = next(sent)
            if chunk is chunks[1]:
                await more.wait()  # the client stalls mid-body
            return {"type": "http.request", "body": chunk, "more_body": chunk is chunks[0]}

        async def quick_receive() -> Message:
            return {"type": "http.request", "body": b"", "more_body": False}

        def sender(name: str) -> Send:
            async def send(message: Message) -> None:
                if message["type"] == "http.response.body":
                    finished.append(name)

            return send

        async with anyio.create_task_group() as tasks:
            tasks.start_soon(app, _scope("/slow"), slow_receive, sender("slow"))
            await anyio.wait_all_tasks_blocked()
            with anyio.fail_after(5):  # the only slot is free while the upload stalls
                await app(_scope("/quick", "GET", 0), quick_receive, sender("quick"))
            more.set()
        return finished

    assert anyio.run(scenario) == ["quick", "slow"]
    assert seen["/slow"] == b"".join(chunks)


def test_read_ahead_holds_a_bounded_part_of_a_larger_body() -> None:
    """Past MAX_JSON_BODY bytes the rest streams to the app: the body still arrives whole and
    in order, and admission held no more than the bound and one message of it."""
    seen: dict[str, bytes] = {}
    app = _probe_app(1, seen)
    size = 256 * 1024
    total = MAX_JSON_BODY // size + 3
    delivered = 0
    read_when_admitted = 0

    async def receive() -> Message:
        nonlocal delivered
        delivered += 1
        body = bytes([64 + delivered]) * size  # A..., B..., C...: order shows
        return {"type": "http.request", "body": body, "more_body": delivered < total}

    async def send(message: Message) -> None:
        pass

    endpoint = app.app

    async def admitted(scope: Scope, receive_: Receive, send_: Send) -> None:
        nonlocal read_when_admitted
        read_when_admitted = delivered
        await endpoint(scope, receive_, send_)

    app.app = admitted
    anyio.run(app, _scope("/upload"), receive, send)
    assert seen["/upload"] == b"".join(bytes([64 + n]) * size for n in range(1, total + 1))
    assert read_when_admitted == MAX_JSON_BODY // size + 1 < total
