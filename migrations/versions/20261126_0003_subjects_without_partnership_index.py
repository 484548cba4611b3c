"""subjects: drop the index on partnership_id alone

Subjects are always read through their review (``ix_subjects_review``). With an index on
partnership_id as well, PostgreSQL's plan for a review's subjects ANDed both bitmaps and read
every index entry of the partnership's subjects (3,000 in the benchmark's largest
partnership) to find a review's three, so a checklist's cost grew with the partnership.
The partnership condition is still applied, as a filter on the review's few rows.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 07:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Dropping an index rebuilds nothing, on SQLite either: no batch operation needed.
    op.drop_index("ix_subjects_partnership_id", table_name="subjects")


def downgrade() -> None:
    op.create_index("ix_subjects_partnership_id", "subjects", ["partnership_id"], unique=False)
