"""How many requests a worker process handles at once.

Endpoints run in a thread pool, and their work holds the GIL most of the time: with every
request in flight at once, their threads and the event loop contend for it. Measured with 16
concurrent clients on two worker processes, in alternating rounds: with 4 admitted per worker,
every round served more requests than with all admitted (the floor 3-10% more, a list page
9-26%, a checklist 7-18%); with 2 admitted, more again than with 4 on every endpoint but the
bare floor (a list page 8-22%, a checklist 7-34%, deadlines 9-26%). Requests beyond the bound
wait, in arrival order, before any of their work starts.

The bound is on whole requests, not on threads: a request that waits (for a row lock, say) may
be waiting for another request already admitted, which still gets every thread it needs to
finish (its serialisation, its commit). Bounding the thread pool instead deadlocked exactly
so. ``concurrent_requests`` (``CSPR_CONCURRENT_REQUESTS``) sets it; raise it for a database
with a slow round trip. Health checks are never held back.
"""

from __future__ import annotations

import anyio
from anyio.lowlevel import RunVar
from starlette.types import ASGIApp, Receive, Scope, Send

UNBOUNDED_PATHS = frozenset({"/healthz", "/readyz"})


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
        async with self._slots():
            await self.app(scope, receive, send)
