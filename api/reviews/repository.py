"""Every query about reviews goes through here, and through ``readable`` for scoping."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, Select, String, bindparam, func, outerjoin, select, type_coerce
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, joinedload, load_only, undefer, with_expression
from sqlalchemy.sql.base import ExecutableOption

from api.db import plain_rows
from api.members.models import ReviewMember
from api.pagination import AnySelect, PageParams, bound_page, page_and_cursor, page_values
from api.request_context import RequestContext
from api.reviews import access  # noqa: F401  (registers the record rules)
from api.reviews.models import Review, ReviewCounter, ReviewStatus, ReviewTransition
from api.security.principal import Principal
from api.security.scoping import caller_params, get_readable, readable, templated
from api.users.models import User
from api.wire import date_text, uuid_text

LEAD_REVIEWER_NAME = (
    select(User.name).where(User.id == Review.lead_reviewer_id).correlate(Review).scalar_subquery()
)

# A list page's columns, in the form the summary's JSON takes (``api.wire``): identifiers,
# enumerations and dates as text, timestamps as datetimes. ``service.summary_items`` lays them
# out; its labels are ``ReviewSummary``'s fields, and ``id``/``updated_at`` are the cursor's.
SUMMARY_WIRE_COLUMNS = (
    uuid_text(Review.id).label("id"),
    Review.reference,
    Review.child_pseudonym,
    type_coerce(Review.incident_kind, String).label("incident_kind"),
    type_coerce(Review.status, String).label("status"),
    uuid_text(Review.lead_reviewer_id).label("lead_reviewer_id"),
    User.name.label("lead_reviewer_name"),  # outer-joined: ``SUMMARY_FROM``
    date_text(Review.became_aware_on).label("became_aware_on"),
    type_coerce(Review.decision, String).label("decision"),
    date_text(Review.next_deadline_on).label("next_deadline_on"),
    Review.created_at,
    Review.updated_at,
)

# The reviews, with their lead reviewer's account outer-joined for the name. A join, not a
# subquery per row: PostgreSQL memoizes a join's lookups by lead reviewer (a page has few),
# which measured 45-55 us less database time per page than fifty subquery probes.
SUMMARY_FROM = outerjoin(Review, User, User.id == Review.lead_reviewer_id)

# Options for ``get_review``: what a read needs besides the review, in the same query.
WITH_LEAD_REVIEWER_NAME = with_expression(Review.lead_reviewer_name, LEAD_REVIEWER_NAME)
WITH_PARTNERSHIP = joinedload(Review.partnership, innerjoin=True)
# The encrypted family involvement notes, which no other read loads (a deferred column).
WITH_FAMILY_NOTES = undefer(Review.family_involvement_notes_enc)


@dataclass(frozen=True)
class ReviewFilters:
    status: list[ReviewStatus] | None = None
    overdue: bool | None = None
    lead_reviewer_id: uuid.UUID | None = None


def list_reviews(
    session: Session, principal: Principal, page: PageParams, filters: ReviewFilters, today: date
) -> tuple[list[Row[Any]], str | None]:
    """One page of the reviews the caller reaches, oldest change first (so `updated_since`
    plus the cursor is a complete change feed).

    Plain rows of ``SUMMARY_WIRE_COLUMNS`` (the lead reviewer's name in the same query, from
    ``SUMMARY_FROM``): a page is read, never changed, so it needs no ORM objects in the
    identity map.

    Built once per shape (which filters, whether there is a cursor, the kind of caller) with
    every value bound (``scoping.templated``): a list read is the commonest request there is."""
    keys = [Review.updated_at, Review.id]
    since = page.updated_since is not None
    overdue = filters.overdue

    def build(stand_in: Principal) -> AnySelect:
        statement = readable(
            select(*SUMMARY_WIRE_COLUMNS).select_from(SUMMARY_FROM),
            Review,
            stand_in,
        )
        if filters.status:
            statement = statement.where(Review.status.in_(bindparam("status", expanding=True)))
        if overdue is True:
            statement = statement.where(Review.next_deadline_on < bindparam("today"))
        elif overdue is False:
            statement = statement.where(
                Review.next_deadline_on.is_(None) | (Review.next_deadline_on >= bindparam("today"))
            )
        if filters.lead_reviewer_id is not None:
            statement = statement.where(Review.lead_reviewer_id == bindparam("lead_reviewer_id"))
        return bound_page(
            statement,
            keys,
            since_column=Review.updated_at if since else None,
            with_cursor=bool(page.cursor),
        )

    shape = (
        "reviews.list",
        bool(filters.status),
        overdue,
        filters.lead_reviewer_id is not None,
        since,
        bool(page.cursor),
    )
    values = page_values(page, keys, since=since)
    statement = templated(shape, principal, build)
    found = plain_rows(
        session,
        statement,
        caller_params(
            principal,
            status=filters.status,
            today=today,
            lead_reviewer_id=filters.lead_reviewer_id,
            **values,
        ),
    ).all()
    return page_and_cursor(list(found), page.limit, keys)


# For reads of a review's children (seats, checklists, declarations, the team): the review's
# columns scoping and the read rules look at, not all forty; reading any other attribute
# raises rather than loading it behind the caller's back.
AS_PARENT = load_only(Review.id, Review.partnership_id, Review.lead_reviewer_id, raiseload=True)


def get_review(
    session: Session,
    principal: Principal,
    review_id: uuid.UUID,
    request: RequestContext | None = None,
    *,
    for_update: bool = False,
    options: Sequence[ExecutableOption] = (),
) -> Review:
    """The review, if the caller reaches it; 404 (audited) otherwise."""
    return get_readable(
        session,
        Review,
        review_id,
        principal,
        request=request,
        what="review",
        for_update=for_update,
        options=options,
    )


def next_reference_number(session: Session, partnership_id: uuid.UUID, year: int) -> int:
    """Take the next number of (partnership, year), atomically.

    An upsert that increments and returns in one statement: on PostgreSQL the counter row
    stays locked until the creating transaction ends, so concurrent creations queue and a
    rolled-back one gives its number back (references stay gapless); SQLite serialises
    writers anyway.
    """
    dialect = session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(ReviewCounter)
        .values(partnership_id=partnership_id, year=year, last_number=1)
        .on_conflict_do_update(
            index_elements=[ReviewCounter.partnership_id, ReviewCounter.year],
            set_={"last_number": ReviewCounter.last_number + 1},
        )
        .returning(ReviewCounter.last_number)
    )
    number: int = session.execute(statement).scalar_one()
    return number


def active_member_count(session: Session, review: Review) -> int:
    count: int = (
        session.scalar(
            select(func.count())
            .select_from(ReviewMember)
            .where(
                ReviewMember.review_id == review.id,
                ReviewMember.left_on.is_(None),
                ReviewMember.deputy.is_(False),
            )
        )
        or 0
    )
    return count


def transitions_statement(principal: Principal, review: Review) -> Select[Any]:
    return readable(select(ReviewTransition), ReviewTransition, principal).where(
        ReviewTransition.review_id == review.id
    )
