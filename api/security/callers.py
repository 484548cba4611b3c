"""The caller's account, re-read on every request so a disabled account, a moved user or a
changed role takes effect on the very next one.

On PostgreSQL the read runs on the event loop, through a small pool of autocommit connections
the app opens at start-up (``open_pool``/``close_pool`` in its lifespan): an authenticated
request then costs no worker-thread trip and no ORM load before its endpoint runs. Where
there is no pool (SQLite, or an app started without its lifespan) the same statement runs
on the request's session in a worker thread. Both paths answer the same ``Caller`` and are
tested alike: the suite runs on both databases.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from psycopg.rows import tuple_row
from psycopg_pool import AsyncConnectionPool
from sqlalchemy import URL, bindparam, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from api.clients.models import ApiClient
from api.pagination import AnySelect
from api.users.models import User

# The pool serves one short query per request and holds a connection only for it.
POOL_MAX = 4
POOL_WAIT_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class Caller:
    """What the request needs of the account behind a token; ``None`` when it is gone."""

    active: bool
    partnership_id: uuid.UUID
    agency_id: uuid.UUID | None
    role: str | None  # users
    totp_enrolled_at: datetime | None  # users
    scopes: tuple[str, ...]  # clients


_USER: AnySelect = select(
    User.active, User.partnership_id, User.agency_id, User.role, User.totp_enrolled_at
).where(User.id == bindparam("id"))
_CLIENT: AnySelect = select(
    ApiClient.active, ApiClient.partnership_id, ApiClient.agency_id, ApiClient.scopes
).where(ApiClient.id == bindparam("id"))

_PG = postgresql.psycopg.dialect()  # type: ignore[no-untyped-call]
_USER_SQL = str(_USER.compile(dialect=_PG))
_CLIENT_SQL = str(_CLIENT.compile(dialect=_PG))


def _from_user(row: Any) -> Caller:
    active, partnership_id, agency_id, role, enrolled_at = row
    return Caller(active, partnership_id, agency_id, str(role), enrolled_at, ())


def _from_client(row: Any) -> Caller:
    active, partnership_id, agency_id, scopes = row
    return Caller(active, partnership_id, agency_id, None, None, tuple(scopes or ()))


async def load(
    kind: str, subject: uuid.UUID, session: Session, pool: AsyncConnectionPool[Any] | None
) -> Caller | None:
    """The account ``subject`` of ``kind`` ("user" or "client") as it is now."""
    convert = _from_user if kind == "user" else _from_client
    if pool is not None:
        async with pool.connection() as conn:
            cursor = conn.cursor(row_factory=tuple_row)
            await cursor.execute(_USER_SQL if kind == "user" else _CLIENT_SQL, {"id": subject})
            row = await cursor.fetchone()
    else:
        statement = _USER if kind == "user" else _CLIENT
        row = await run_in_threadpool(lambda: session.execute(statement, {"id": subject}).first())
    return None if row is None else convert(row)


async def open_pool(url: URL) -> AsyncConnectionPool[Any] | None:
    """A pool for ``load`` where the database (the engine's ``url``) is PostgreSQL; ``None``
    elsewhere."""
    if url.get_backend_name() != "postgresql":
        return None
    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    pool: AsyncConnectionPool[Any] = AsyncConnectionPool(
        conninfo,
        min_size=1,
        max_size=POOL_MAX,
        kwargs={"autocommit": True},
        # A request waits this long for a connection before it fails (the database is down
        # or overloaded); the pool's default, 30 s, would hold the caller far too long.
        timeout=POOL_WAIT_SECONDS,
        open=False,
        name="cspr-callers",
    )
    await pool.open()
    return pool


async def close_pool(pool: AsyncConnectionPool[Any] | None) -> None:
    if pool is not None:
        await pool.close()
