from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    ColumnElement,
    ForeignKey,
    Index,
    String,
    Text,
    Uuid,
    cast,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, utcnow
from api.security.reach import Reach


class AuditEvent(IdMixin, Base):
    """Append-only record of who did what to which record, when, from where, with what outcome.

    A failed sign-in for an unknown e-mail has no partnership, hence the nullable column.
    Each partnership's events (and the deployment's, those with none) form a hash chain:
    ``seq`` counts from 1 within the chain and ``hash`` covers every other column and the
    previous event's hash (``api.audit.chain``), so an edit, a deletion or a reordering done
    with SQL shows in ``cspr audit verify``. A read's events are written without them and
    chained at the chain's next append. A column added here belongs in that hash too.
    """

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_chain", "partnership_id", "seq", unique=True),)
    __scoping__ = Reach.partnership

    # Typed here, not through the foreign key, so the chain reads it right in a process that
    # has not loaded the partnerships table (``cspr audit verify``). Looked up through the
    # chain's index (partnership_id, seq).
    partnership_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid(), ForeignKey("partnerships.id", ondelete="RESTRICT")
    )
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_type: Mapped[str] = mapped_column(String(16))  # user, client, anonymous, system
    actor_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # success, failure, denied
    record_type: Mapped[str | None] = mapped_column(String(64))
    record_id: Mapped[str | None] = mapped_column(String(64))
    review_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    ip_address: Mapped[str | None] = mapped_column(String(64))
    request_id: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Empty while the event waits to be chained (a read's: ``api.audit.chain``).
    seq: Mapped[int | None] = mapped_column(BigInteger)
    hash: Mapped[str | None] = mapped_column(String(64))


def naming(record_id: str) -> ColumnElement[bool]:
    """Events about ``record_id``: those naming it in ``record_id``, and those naming it
    among several (a read of a page of records lists their ids in ``details.records``).
    Matched as the quoted id in the details' JSON text, on either database; ids are UUIDs
    or agency references, so a quoted match is that record."""
    quoted = '"' + record_id.replace("\\", "\\\\").replace('"', '\\"') + '"'
    escaped = quoted.replace("!", "!!").replace("%", "!%").replace("_", "!_")
    return or_(
        AuditEvent.record_id == record_id,
        cast(AuditEvent.details, Text).like(f"%{escaped}%", escape="!"),
    )


class AuditChainHead(Base):
    """The end of one audit chain: its last sequence number and hash.

    Appending locks this row (in the appending transaction), so concurrent writers to one
    chain take turns; it also lets ``cspr audit verify`` see events deleted from the end.
    Infrastructure, not tenant data: ``chain_key`` is the partnership id, or ``deployment``.
    """

    __tablename__ = "audit_chain_heads"
    __scoping__ = Reach.not_read

    chain_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))
