from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.db import Base, IdMixin, utcnow
from api.security.reach import Reach


class IdempotencyRecord(IdMixin, Base):
    """A POST's Idempotency-Key and how its first answer is given again (``api.idempotency``).

    No copy of a successful answer and nothing the client sent is kept in clear: the key and
    the request are keyed digests, a success is a reference to the record it made (read again
    for the caller at each replay), an error is kept encrypted, a secret is not kept at all.
    Deleted a day after it was made.
    """

    __tablename__ = "idempotency_records"
    # Read by caller and key by the idempotency middleware, never through scoping.
    __scoping__ = Reach.not_read
    __table_args__ = (UniqueConstraint("principal", "key"),)

    partnership_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), index=True
    )
    principal: Mapped[str] = mapped_column(String(80))
    key: Mapped[str] = mapped_column(String(255))  # a keyed digest of the Idempotency-Key
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(500))
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    # How a replay answers: read, list_item, empty, shown_once or problem (empty in flight).
    replay: Mapped[str] = mapped_column(String(16), default="")
    location: Mapped[str | None] = mapped_column(String(500))
    # The path a replay reads the record from (read, list_item), or where it is (shown_once).
    read_path: Mapped[str | None] = mapped_column(String(500))
    resource_id: Mapped[uuid.UUID | None] = mapped_column()
    # A problem answer's headers and document, encrypted and bound to this row.
    problem_enc: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
