"""audit: a read's events may wait unchained (seq and hash empty until chained)

A safe request's audit events (who read whose details) are written without taking the
chain's head, and the chain's next append chains them (``api.audit.chain``). No row changes
here; ``seq`` and ``hash`` only become nullable. The chain's unique index (partnership_id,
seq) still holds: empty sequence numbers are distinct, and the index finds them.

Going back needs every event chained, so the downgrade refuses while some wait: run
``cspr audit seal`` first (deleting or inventing sequence numbers would lose the record).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 12:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _nullable(nullable: bool) -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=nullable)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=nullable)


def upgrade() -> None:
    _nullable(True)


def downgrade() -> None:
    waiting = op.get_bind().scalar(sa.text("SELECT count(*) FROM audit_events WHERE seq IS NULL"))
    if waiting:
        raise RuntimeError(
            f"{waiting} audit events are not yet chained; run `cspr audit seal`, then downgrade"
        )
    _nullable(False)
