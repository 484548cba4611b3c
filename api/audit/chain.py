"""The audit log's hash chains: appending to them and checking them.

Each partnership's events form one chain, and events with no partnership one more (the
deployment's). An event's ``hash`` is the SHA-256 of a canonical serialisation of its columns,
its ``seq`` and the previous event's hash, so editing, deleting or reordering rows with SQL
breaks the chain at that point; ``audit_chain_heads`` keeps each chain's last seq and hash,
which also shows events deleted from the end.

Appending locks the chain's head row in the appending transaction, so concurrent writers to
one chain (several workers, several requests) take turns for the few statements it takes.

A read's events (a safe request's: who saw whose details) are written unchained, ``seq`` and
``hash`` empty, in one statement and without the chain's lock: taking the head, appending and
moving the head on every audited read serialised a partnership's readers behind one row.
The chain's next append (any write in the partnership) chains them first, oldest first, and
``cspr audit seal`` chains them all; until then ``cspr audit verify`` counts them as pending.
The chain proves nothing about an event before it is chained, so the window is kept short:
every write closes it for its partnership.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    Connection,
    Insert,
    RowMapping,
    Table,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from api.audit.models import AuditChainHead, AuditEvent
from api.db import AUDIT_UNCHAINED

GENESIS = "0" * 64
DEPLOYMENT = "deployment"
# Every column of an event but ``hash`` itself; a column added to AuditEvent belongs here.
HASHED_COLUMNS = (
    "id",
    "partnership_id",
    "seq",
    "occurred_at",
    "actor_type",
    "actor_id",
    "action",
    "outcome",
    "record_type",
    "record_id",
    "review_id",
    "ip_address",
    "request_id",
    "details",
)

_events = cast(Table, AuditEvent.__table__)
_heads = cast(Table, AuditChainHead.__table__)
# The columns an unchained event is written with (all but seq and hash).
UNCHAINED_COLUMNS = tuple(name for name in HASHED_COLUMNS if name != "seq")
# How many unchained events one append chains before its own: bounds what a write pays for
# the reads before it (``seal`` chains any backlog in batches of this size).
CHAIN_BATCH = 1000


def chain_key(partnership_id: uuid.UUID | None) -> str:
    return str(partnership_id) if partnership_id is not None else DEPLOYMENT


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        # SQLite gives timestamps back without their zone; they are stored in UTC.
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.isoformat(timespec="microseconds")
    return value


def event_hash(values: Mapping[Any, Any], previous: str) -> str:
    """The hash of one event given its column values and the previous event's hash."""
    content = {name: _plain(values[name]) for name in HASHED_COLUMNS}
    content["previous"] = previous
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _take_head(connection: Connection, key: str) -> tuple[int, str]:
    """Lock the chain's head row (creating it at the chain's start) and read it, in one
    statement: an upsert whose update changes nothing but takes the row lock."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(_heads)
        .values(chain_key=key, last_seq=0, last_hash=GENESIS)
        .on_conflict_do_update(
            index_elements=[_heads.c.chain_key], set_={"last_seq": _heads.c.last_seq}
        )
        .returning(_heads.c.last_seq, _heads.c.last_hash)
    )
    seq, last = connection.execute(statement).one()
    return int(seq), str(last)


def append(session: Session, events: Sequence[AuditEvent]) -> None:
    """Write ``events``, in the session's transaction: a read's unchained (``AUDIT_UNCHAINED``,
    and any session in autocommit, which only reads use), anything else at the ends of
    their chains.

    Called as the transaction commits, so a chain's head stays locked only for these few
    statements and the commit.
    """
    session.flush()  # the request's own changes first, outside the chain's lock
    connection = session.connection()
    autocommit = connection.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
    if autocommit or session.info.get(AUDIT_UNCHAINED):
        _insert_unchained(connection, events, autocommit=autocommit)
    else:
        _append(connection, events)


def _unchained_insert(relaxed: bool) -> Insert:
    """The insert of one unchained event. ``relaxed`` (PostgreSQL, in autocommit): the
    statement is its own transaction, and its commit does not wait for the WAL flush. Only
    a crash of the database server itself within its WAL writer's delay could lose such an
    event; waiting for the flush on every audited read cost more than the read. The setting
    is made inside the statement (a CTE that RETURNING reads, so it runs) because
    ``SET LOCAL`` needs a transaction of its own and two more round trips."""
    statement = insert(_events).values({name: bindparam(name) for name in UNCHAINED_COLUMNS})
    if not relaxed:
        return statement
    setting = func.set_config(
        literal_column("'synchronous_commit'"), literal_column("'off'"), true()
    ).label("setting")
    cte = select(setting).cte("relaxed_commit")
    return statement.add_cte(cte).returning(select(cte.c.setting).scalar_subquery())


_UNCHAINED_INSERTS = {relaxed: _unchained_insert(relaxed) for relaxed in (False, True)}


def _insert_unchained(
    connection: Connection, events: Sequence[AuditEvent], *, autocommit: bool
) -> None:
    relaxed = autocommit and connection.dialect.name == "postgresql"
    statement = _UNCHAINED_INSERTS[relaxed]
    for event in events:
        event.seq, event.hash = None, None
        result = connection.execute(statement, {n: getattr(event, n) for n in UNCHAINED_COLUMNS})
        if relaxed:
            result.all()


def _append(connection: Connection, events: Sequence[AuditEvent]) -> None:
    chains: dict[str, list[AuditEvent]] = {}
    for event in events:
        chains.setdefault(chain_key(event.partnership_id), []).append(event)
    # Always in the same order, so two transactions appending to the same chains never wait
    # for each other crosswise.
    for key in sorted(chains):
        seq, previous = _take_head(connection, key)
        seq, previous, _ = _chain_unchained(connection, key, seq, previous)
        rows = []
        for event in chains[key]:
            seq += 1
            event.seq = seq
            values = {name: getattr(event, name) for name in HASHED_COLUMNS}
            event.hash = previous = event_hash(values, previous)
            rows.append({**values, "hash": event.hash})
        connection.execute(insert(_events), rows)
        _move_head(connection, key, seq, previous)


def _move_head(connection: Connection, key: str, seq: int, last: str) -> None:
    """Record the chain's new end on its head row (locked by ``_take_head``)."""
    connection.execute(
        update(_heads).where(_heads.c.chain_key == key).values(last_seq=seq, last_hash=last)
    )


def _of_chain(key: str) -> Any:
    if key == DEPLOYMENT:
        return _events.c.partnership_id.is_(None)
    return _events.c.partnership_id == uuid.UUID(key)


_CHAIN_FILL = (
    update(_events)
    .where(_events.c.id == bindparam("event_id"), _events.c.seq.is_(None))
    .values(seq=bindparam("event_seq"), hash=bindparam("event_hash"))
)


def _chain_unchained(
    connection: Connection, key: str, seq: int, previous: str
) -> tuple[int, str, int]:
    """Chain up to ``CHAIN_BATCH`` of the chain's unchained events after (seq, previous),
    oldest first, with the head held; the new end, and how many were chained. Each event's
    hash is computed from the row as stored, as ``verify`` reads it."""
    rows = connection.execute(
        select(*(_events.c[name] for name in UNCHAINED_COLUMNS))
        .where(_of_chain(key), _events.c.seq.is_(None))
        .order_by(_events.c.occurred_at, _events.c.id)
        .limit(CHAIN_BATCH)
    ).mappings()
    fills = []
    for row in rows:
        seq += 1
        previous = event_hash({**row, "seq": seq}, previous)
        fills.append({"event_id": row["id"], "event_seq": seq, "event_hash": previous})
    if fills:
        connection.execute(_CHAIN_FILL, fills)
    return seq, previous, len(fills)


def seal(session: Session) -> int:
    """Chain every unchained event, a batch a transaction (``cspr audit seal``); how many."""
    total = 0
    keys = session.execute(
        select(_events.c.partnership_id).where(_events.c.seq.is_(None)).distinct()
    ).scalars()
    for key in sorted({chain_key(k) for k in keys}):
        while True:
            connection = session.connection()
            seq, previous = _take_head(connection, key)
            seq, previous, chained = _chain_unchained(connection, key, seq, previous)
            if chained:
                _move_head(connection, key, seq, previous)
            session.commit()
            total += chained
            if chained < CHAIN_BATCH:
                break
    return total


# --- verification ---------------------------------------------------------------------------


@dataclass
class ChainState:
    """What a walk found in one chain."""

    key: str
    events: int = 0
    unchained: int = 0  # read events written since the chain's last append, not yet in it
    last_seq: int = 0
    last_hash: str = GENESIS
    problem: str | None = None
    at_seq: int | None = None
    event_id: uuid.UUID | None = None

    def fail(self, problem: str, seq: int | None, event_id: uuid.UUID | None) -> None:
        if self.problem is None:
            self.problem, self.at_seq, self.event_id = problem, seq, event_id


@dataclass
class Verification:
    chains: list[ChainState] = field(default_factory=list)

    @property
    def broken(self) -> list[ChainState]:
        return [c for c in self.chains if c.problem is not None]

    @property
    def events(self) -> int:
        return sum(c.events for c in self.chains)

    @property
    def unchained(self) -> int:
        return sum(c.unchained for c in self.chains)


def _rows(session: Session) -> Iterator[RowMapping]:
    statement = (
        select(_events)
        .where(_events.c.seq.is_not(None))
        .order_by(_events.c.partnership_id, _events.c.seq, _events.c.id)
    )
    result = session.execute(statement.execution_options(yield_per=1000))
    for row in result:
        yield row._mapping


def verify(session: Session) -> Verification:
    """Walk every chain from its start and record, for each, the first broken link, and
    count the events not yet chained."""
    states: dict[str, ChainState] = {}
    waiting = session.execute(
        select(_events.c.partnership_id, func.count())
        .where(_events.c.seq.is_(None))
        .group_by(_events.c.partnership_id)
    )
    for partnership_id, count in waiting:
        key = chain_key(partnership_id)
        states.setdefault(key, ChainState(key)).unchained = int(count)
    for row in _rows(session):
        key = chain_key(row["partnership_id"])
        state = states.setdefault(key, ChainState(key))
        state.events += 1
        if state.problem is not None:
            continue
        seq, event_id = int(row["seq"]), row["id"]
        expected = state.last_seq + 1
        if seq < expected:
            state.fail(f"seq {seq} appears twice or out of place", seq, event_id)
            continue
        if seq > expected:
            missing = f"seq {expected}" if seq == expected + 1 else f"seqs {expected}-{seq - 1}"
            state.fail(f"{missing} missing before this event (deleted)", seq, event_id)
            continue
        if event_hash(row, state.last_hash) != row["hash"]:
            state.fail(
                "the event does not match its hash (edited, moved or reordered)", seq, event_id
            )
            continue
        state.last_seq, state.last_hash = seq, str(row["hash"])
    heads = {
        str(key): (int(seq), str(last))
        for key, seq, last in session.execute(
            select(_heads.c.chain_key, _heads.c.last_seq, _heads.c.last_hash)
        )
    }
    for key in sorted(set(heads) | set(states)):
        state = states.setdefault(key, ChainState(key))
        if state.problem is not None:
            continue
        head_seq, head_hash = heads.get(key, (0, GENESIS))
        if key not in heads and state.events:
            state.fail("the chain has no head row (deleted)", None, None)
        elif head_seq > state.last_seq:
            missing = (
                f"seq {head_seq}"
                if head_seq == state.last_seq + 1
                else f"seqs {state.last_seq + 1}-{head_seq}"
            )
            state.fail(f"{missing} missing at the end of the chain (deleted)", head_seq, None)
        elif head_seq != state.last_seq or head_hash != state.last_hash:
            state.fail(
                f"the head (seq {head_seq}) does not match the last event", state.last_seq, None
            )
    return Verification(chains=[states[k] for k in sorted(states)])
