"""idempotency_records: keep a reference to what a request made, not a copy of its answer

The answers kept so far held secrets (client secrets, TOTP seeds) and identifying details in
clear. A replay now reads the record again for the caller (``api.idempotency``), so the
table keeps how to answer (``replay``), the Location, the path to read, the id of a record
read from a list and, for an error, the problem document encrypted. Keys and request
fingerprints become keyed digests, so the rows kept so far could not be matched again: both
directions empty the table (a day's worth of retries at most), which also removes the
answers in clear.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM idempotency_records"))
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("replay", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("location", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("read_path", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("resource_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("problem_enc", sa.Text(), nullable=True))
        batch_op.drop_column("response_body")
        batch_op.drop_column("response_headers")


def downgrade() -> None:
    # The old code would answer these rows with an empty body: forget them instead.
    op.execute(sa.text("DELETE FROM idempotency_records"))
    with op.batch_alter_table("idempotency_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("response_body", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("response_headers", sa.JSON(), nullable=False, server_default="{}")
        )
        batch_op.drop_column("problem_enc")
        batch_op.drop_column("resource_id")
        batch_op.drop_column("read_path")
        batch_op.drop_column("location")
        batch_op.drop_column("replay")
