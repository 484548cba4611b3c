"""How many requests a worker process handles at once.

Endpoints run in a thread pool, and their work holds the GIL most of the time. With two
requests admitted per worker, a request's thread could wait seconds for the GIL while the
event loop and the other request's thread handed it back and forth: each releases it for a
short system call and takes it straight back, before the waiting thread is scheduled, and
CPython's GIL only forces a hand-over when no switch at all happened in 5 ms. Measured with 16
clients on the bench's floor, two workers, six 4-second runs each: with 2 admitted, 14
requests took 0.2-3.9 s (the database had answered them within a millisecond, and each ended
the moment the load stopped); with 1 admitted, none of 44,569 took over 0.2 s, and the
throughput of every endpoint was the same within the machine's noise (alternating rounds).
More admitted was worse still: with 4, and with all, each round served less than with 2.
One request per process is also the classic model of Python web servers (a synchronous
worker); run more worker processes (``cspr serve --workers N``) for more at once. Requests
beyond the bound wait, in arrival order, before any of their work starts.

The bound is on whole requests, not on threads: a request that waits (for a row lock, say) may
be waiting for another request already admitted, which still gets every thread it needs to
finish (its serialisation, its commit). Bounding the thread pool instead deadlocked exactly
so. ``concurrent_requests`` (``CSPR_CONCURRENT_REQUESTS``) sets it; raising it can help
against a database with a slow round trip, at the price of those stalls. Health checks are
never held back.

A request's body is read before it takes a slot, so a client that uploads slowly holds no
slot while it does (the request guard outside caps the body's size as it arrives). A file
upload or download (``middleware.streamed``) takes no slot for the whole request: its bytes
may take minutes to move, and the route takes a slot only around its database work
(``phase``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
from anyio.lowlevel import RunVar
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.middleware import MAX_JSON_BODY, has_body, streamed

UNBOUNDED_PATHS = frozenset({"/healthz", "/readyz"})
# Where a streamed request finds the slots it takes for its database work (``phase``).
_SLOTS = "cspr_admission_slots"


class AdmissionMiddleware:
    def __init__(self, app: ASGIApp, concurrent_requests: int) -> None:
        self.app = app
        self.concurrent_requests = concurrent_requests
        # Per event loop: a worker has one, but tests run an app on several in turn.
        self._per_loop: RunVar[anyio.Semaphore] = RunVar(f"cspr_admission_{id(self)}")

    def _slots(self) -> anyio.Semaphore:
        try:
            return self._per_loop.get()
        except LookupError:
            slots = anyio.Semaphore(self.concurrent_requests, fast_acquire=True)
            self._per_loop.set(slots)
            return slots

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in UNBOUNDED_PATHS:
            await self.app(scope, receive, send)
            return
        if streamed(scope["method"], scope["path"]):
            scope.setdefault("state", {})[_SLOTS] = self._slots()
            await self.app(scope, receive, send)
            return
        if has_body(Headers(scope=scope)):
            receive = await _read_ahead(receive)
        async with self._slots():
            await self.app(scope, receive, send)


@asynccontextmanager
async def phase(request: Request) -> AsyncIterator[None]:
    """A slot for a streamed request's database work, taken as any request's is; nothing to
    take for a request admitted whole (or an app without admission)."""
    slots: anyio.Semaphore | None = request.scope.get("state", {}).get(_SLOTS)
    if slots is None:
        yield
        return
    async with slots:
        yield


async def _read_ahead(receive: Receive) -> Receive:
    """The body (or the disconnect that cut it short), received now and handed to the app as
    it asks. At most ``MAX_JSON_BODY`` bytes and a message are held: the rest of a larger
    body (which the guard refuses on the API's paths) streams to the app as before."""
    read: deque[Message] = deque()
    held = 0
    while held <= MAX_JSON_BODY:
        message = await receive()
        read.append(message)
        held += len(message.get("body", b""))
        if message["type"] != "http.request" or not message.get("more_body", False):
            break

    async def replay() -> Message:
        return read.popleft() if read else await receive()

    return replay
