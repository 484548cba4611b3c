"""reviews: family involvement notes encrypted at rest

The notes are identifying details about a child's family (who took part, what they said,
where they live). Upgrade encrypts each review's notes into ``family_involvement_notes_enc``
with the field key, bound to the review (AES-GCM, as subjects' details), and drops the clear
column; downgrade decrypts them back.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-30 09:00:00
"""

import uuid
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

from api.security.crypto import get_cipher

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLEAR = "family_involvement_notes"
SEALED = "family_involvement_notes_enc"


def _context(review_id: object) -> str:
    # The id as the app writes it (SQLite keeps 32 hex digits, PostgreSQL a uuid).
    return f"reviews.family_involvement_notes:{uuid.UUID(str(review_id))}"


def _copy(source: str, target: str, convert: Callable[[str, str], str]) -> None:
    """Fill ``target`` from ``source`` for every review with notes, row by row."""
    reviews = sa.table("reviews", sa.column("id"), sa.column(source), sa.column(target))
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(reviews.c.id, reviews.c[source]).where(reviews.c[source].is_not(None))
    ).all()
    for review_id, value in rows:
        bind.execute(
            reviews.update()
            .where(reviews.c.id == review_id)
            .values({target: convert(value, _context(review_id))})
        )


def upgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column(SEALED, sa.Text(), nullable=True))
    _copy(CLEAR, SEALED, lambda text, context: get_cipher().encrypt(text, context))
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column(CLEAR)


def downgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column(CLEAR, sa.Text(), nullable=True))
    _copy(SEALED, CLEAR, lambda token, context: get_cipher().decrypt(token, context))
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_column(SEALED)
