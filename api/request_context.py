"""What the domain reads of the request a change or a read came in on.

Services, repositories and the audit trail take the request only to record where a change
came from (the client's address and the request id, ``api.audit.service``). They name it by
this protocol rather than by the web framework's class, so they import nothing from the web
layer; FastAPI's ``Request`` satisfies it as it is.
"""

from __future__ import annotations

from typing import Any, Protocol


class ClientAddress(Protocol):
    """The connection's peer, as the server saw it."""

    @property
    def host(self) -> str: ...


class RequestContext(Protocol):
    """The request: its per-request ``state`` (``client_ip``, ``request_id``, set by the
    middleware) and its peer address."""

    @property
    def state(self) -> Any: ...

    @property
    def client(self) -> ClientAddress | None: ...
