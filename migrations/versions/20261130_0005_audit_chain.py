"""audit: hash chains (seq, hash on each event; a head row per chain)

Each partnership's audit events, and the deployment's (those with no partnership), are chained:
an event's hash covers its columns, its sequence number and the previous event's hash. The
events already present are chained here in timestamp/id order, so ``cspr audit verify``
passes right after the upgrade. The index on partnership_id alone goes: the chain's unique
index (partnership_id, seq) serves the same lookups.

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-30 09:00:00
"""

import hashlib
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
PAGE = 5000

# The hash as this revision defines it (api.audit.chain.event_hash computes the same): kept
# here so that this migration goes on chaining the same way whatever the app does later.
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

events = sa.table(
    "audit_events",
    sa.column("id", sa.Uuid()),
    sa.column("partnership_id", sa.Uuid()),
    sa.column("occurred_at", sa.DateTime(timezone=True)),
    sa.column("actor_type", sa.String()),
    sa.column("actor_id", sa.String()),
    sa.column("action", sa.String()),
    sa.column("outcome", sa.String()),
    sa.column("record_type", sa.String()),
    sa.column("record_id", sa.String()),
    sa.column("review_id", sa.Uuid()),
    sa.column("ip_address", sa.String()),
    sa.column("request_id", sa.String()),
    sa.column("details", sa.JSON()),
    sa.column("seq", sa.BigInteger()),
    sa.column("hash", sa.String()),
)
heads = sa.table(
    "audit_chain_heads",
    sa.column("chain_key", sa.String()),
    sa.column("last_seq", sa.BigInteger()),
    sa.column("last_hash", sa.String()),
)


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return moment.isoformat(timespec="microseconds")
    return value


def _hash(values: dict[str, Any], previous: str) -> str:
    content = {name: _plain(values[name]) for name in HASHED_COLUMNS}
    content["previous"] = previous
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _chain_existing_events() -> None:
    """Give every event present its seq and hash, a page at a time in timestamp/id order."""
    bind = op.get_bind()
    ends: dict[str, tuple[int, str]] = {}
    columns = [events.c[name] for name in HASHED_COLUMNS if name != "seq"]
    fill = (
        sa.update(events)
        .where(events.c.id == sa.bindparam("event_id"))
        .values(seq=sa.bindparam("event_seq"), hash=sa.bindparam("event_hash"))
    )
    after: tuple[datetime, uuid.UUID] | None = None
    while True:
        page = sa.select(*columns).order_by(events.c.occurred_at, events.c.id).limit(PAGE)
        if after is not None:
            page = page.where(
                sa.or_(
                    events.c.occurred_at > after[0],
                    sa.and_(events.c.occurred_at == after[0], events.c.id > after[1]),
                )
            )
        rows = bind.execute(page).mappings().all()
        if not rows:
            break
        updates = []
        for row in rows:
            key = str(row["partnership_id"]) if row["partnership_id"] else "deployment"
            seq, previous = ends.get(key, (0, GENESIS))
            values = {**row, "seq": seq + 1}
            digest = _hash(values, previous)
            ends[key] = (seq + 1, digest)
            updates.append({"event_id": row["id"], "event_seq": seq + 1, "event_hash": digest})
        bind.execute(fill, updates)
        after = (rows[-1]["occurred_at"], rows[-1]["id"])
    if ends:
        bind.execute(
            sa.insert(heads),
            [{"chain_key": k, "last_seq": s, "last_hash": h} for k, (s, h) in ends.items()],
        )


def upgrade() -> None:
    op.create_table(
        "audit_chain_heads",
        sa.Column("chain_key", sa.String(length=40), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain_key", name=op.f("pk_audit_chain_heads")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_events()
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.drop_index(batch_op.f("ix_audit_events_partnership_id"))
        batch_op.create_index("ix_audit_events_chain", ["partnership_id", "seq"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_chain")
        batch_op.create_index(
            batch_op.f("ix_audit_events_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.drop_column("hash")
        batch_op.drop_column("seq")
    op.drop_table("audit_chain_heads")
