"""draft report files: a circulated draft carries the report's file

One nullable column on report_drafts (the drafts and their responses are kept: foreign keys
are off while the batch copies the table, see ``env.py``). The downgrade refuses while any
draft has a file, since dropping the column would lose which file the team signed off.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 17:35:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report_drafts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_report_drafts_file_id_stored_files"),
            "stored_files",
            ["file_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    connection = op.get_bind()
    attached = sa.text("SELECT 1 FROM report_drafts WHERE file_id IS NOT NULL LIMIT 1")
    if connection.execute(attached).first() is not None:
        raise RuntimeError(
            "report_drafts holds files: downgrading past 0015 would lose which file each "
            "draft circulated. Remove them first."
        )
    with op.batch_alter_table("report_drafts", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_report_drafts_file_id_stored_files"), type_="foreignkey"
        )
        batch_op.drop_column("file_id")
