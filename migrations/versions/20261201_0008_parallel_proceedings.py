"""parallel proceedings: records, and agencies' dated "none" declarations

Parallel proceedings were declared by members as free text in a ``member_declarations`` row
(kind ``parallel_proceedings``, payload ``{"proceedings": [{"kind", "description"}]}``; an
empty list declared none). They become records: upgrade copies every such declaration, for the
agency of the seat that declared it,

* each proceeding listed into ``parallel_proceedings`` (status ``active``, not holding
  publication, recorded by whoever declared it, when they did); a kind outside the list of
  PRODUCT.md section 2 becomes ``other`` with the declared kind kept in the note; the same
  proceeding (kind and description) declared again for the agency is copied once;
* each empty list into ``no_proceedings_declarations``, dated the day it was declared.

The declarations themselves are kept, as history (the API lists them; no new ones are taken),
so downgrade drops the new tables and loses nothing.

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-01 09:00:00
"""

import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from api.db import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KINDS = (
    "criminal_investigation",
    "criminal_trial",
    "inquest",
    "family_court",
    "disciplinary",
    "domestic_homicide_review",
    "safeguarding_adult_review",
    "other",
)
WHEN = UTCDateTime()

declarations = sa.table(
    "member_declarations",
    sa.column("id", sa.Uuid()),
    sa.column("partnership_id", sa.Uuid()),
    sa.column("review_id", sa.Uuid()),
    sa.column("member_id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("payload", sa.JSON()),
    sa.column("declared_by_type", sa.String()),
    sa.column("declared_by_id", sa.Uuid()),
    sa.column("declared_at", WHEN),
)
seats = sa.table("review_members", sa.column("id", sa.Uuid()), sa.column("agency_id", sa.Uuid()))
proceedings = sa.table(
    "parallel_proceedings",
    sa.column("id", sa.Uuid()),
    sa.column("partnership_id", sa.Uuid()),
    sa.column("review_id", sa.Uuid()),
    sa.column("agency_id", sa.Uuid()),
    sa.column("kind", sa.String()),
    sa.column("status", sa.String()),
    sa.column("holds_publication", sa.Boolean()),
    sa.column("note", sa.Text()),
    sa.column("recorded_by_type", sa.String()),
    sa.column("recorded_by_id", sa.Uuid()),
    sa.column("version", sa.Integer()),
    sa.column("created_at", WHEN),
    sa.column("updated_at", WHEN),
)
nones = sa.table(
    "no_proceedings_declarations",
    sa.column("id", sa.Uuid()),
    sa.column("partnership_id", sa.Uuid()),
    sa.column("review_id", sa.Uuid()),
    sa.column("agency_id", sa.Uuid()),
    sa.column("declared_on", sa.Date()),
    sa.column("declared_by_type", sa.String()),
    sa.column("declared_by_id", sa.Uuid()),
    sa.column("created_at", WHEN),
)


def _note(declared: str, description: str | None, on: str) -> str:
    """The note a copied proceeding carries: what was declared, and when."""
    parts = [] if declared in KINDS else [f"Declared as: {declared}."]
    if description:
        parts.append(description)
    parts.append(f"(Copied from the member's declaration of {on}.)")
    return " ".join(parts)


def _copy_declarations() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(declarations, seats.c.agency_id)
        .join(seats, seats.c.id == declarations.c.member_id)
        .where(declarations.c.kind == "parallel_proceedings")
        .order_by(declarations.c.declared_at, declarations.c.id)
    ).all()
    seen: set[tuple[Any, ...]] = set()
    for row in rows:
        r = row._mapping
        who = {"partnership_id": r["partnership_id"], "review_id": r["review_id"]}
        who["agency_id"] = r["agency_id"]
        listed = (r["payload"] or {}).get("proceedings") or []
        if not listed:
            bind.execute(
                nones.insert().values(
                    id=uuid.uuid4(),
                    **who,
                    declared_on=r["declared_at"].date(),
                    declared_by_type=r["declared_by_type"],
                    declared_by_id=r["declared_by_id"],
                    created_at=r["declared_at"],
                )
            )
            continue
        for item in listed:
            declared = str(item.get("kind") or "other")
            description = item.get("description")
            key = (r["review_id"], r["agency_id"], declared, description)
            if key in seen:
                continue
            seen.add(key)
            bind.execute(
                proceedings.insert().values(
                    id=uuid.uuid4(),
                    **who,
                    kind=declared if declared in KINDS else "other",
                    status="active",
                    holds_publication=False,
                    note=_note(declared, description, r["declared_at"].date().isoformat()),
                    recorded_by_type=r["declared_by_type"],
                    recorded_by_id=r["declared_by_id"],
                    version=1,
                    created_at=r["declared_at"],
                    updated_at=r["declared_at"],
                )
            )


def upgrade() -> None:
    op.create_table(
        "no_proceedings_declarations",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column("declared_on", sa.Date(), nullable=False),
        sa.Column("declared_by_type", sa.String(length=16), nullable=False),
        sa.Column("declared_by_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_no_proceedings_declarations_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_no_proceedings_declarations_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_no_proceedings_declarations_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_no_proceedings_declarations")),
    )
    with op.batch_alter_table("no_proceedings_declarations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_no_proceedings_declarations_partnership_id"),
            ["partnership_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_no_proceedings_declarations_review",
            ["review_id", "agency_id", "created_at"],
            unique=False,
        )

    op.create_table(
        "parallel_proceedings",
        sa.Column("partnership_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=False),
        sa.Column("agency_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "criminal_investigation",
                "criminal_trial",
                "inquest",
                "family_court",
                "disciplinary",
                "domestic_homicide_review",
                "safeguarding_adult_review",
                "other",
                name="proceedingkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "active",
                "concluded",
                name="proceedingstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("liaison_contact", sa.Text(), nullable=True),
        sa.Column("expected_end_on", sa.Date(), nullable=True),
        sa.Column("concluded_on", sa.Date(), nullable=True),
        sa.Column("holds_publication", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_by_type", sa.String(length=16), nullable=False),
        sa.Column("recorded_by_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"],
            ["agencies.id"],
            name=op.f("fk_parallel_proceedings_agency_id_agencies"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_parallel_proceedings_partnership_id_partnerships"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_parallel_proceedings_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parallel_proceedings")),
    )
    with op.batch_alter_table("parallel_proceedings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_parallel_proceedings_agency", ["review_id", "agency_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_parallel_proceedings_partnership_id"), ["partnership_id"], unique=False
        )
        batch_op.create_index(
            "ix_parallel_proceedings_review", ["review_id", "created_at", "id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_parallel_proceedings_updated_at"), ["updated_at"], unique=False
        )

    _copy_declarations()


def downgrade() -> None:
    with op.batch_alter_table("parallel_proceedings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parallel_proceedings_updated_at"))
        batch_op.drop_index("ix_parallel_proceedings_review")
        batch_op.drop_index(batch_op.f("ix_parallel_proceedings_partnership_id"))
        batch_op.drop_index("ix_parallel_proceedings_agency")

    op.drop_table("parallel_proceedings")
    with op.batch_alter_table("no_proceedings_declarations", schema=None) as batch_op:
        batch_op.drop_index("ix_no_proceedings_declarations_review")
        batch_op.drop_index(batch_op.f("ix_no_proceedings_declarations_partnership_id"))

    op.drop_table("no_proceedings_declarations")
