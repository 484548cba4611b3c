"""Every query about practitioners and their contact log goes through here, and through
``readable`` for scoping: the rows' own rule narrows them by agency (``models``), so these
reads never use ``in_review``, which trusts a reached review for its children. The one
exception is ``counts_by_agency``, which reads no row, only numbers per agency."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row, String, bindparam, case, func, select, type_coerce
from sqlalchemy.orm import Session

from api.db import plain_rows
from api.domain_errors import NotFound
from api.members.models import ReviewMember
from api.pagination import AnySelect, PageParams, bound_page, page_and_cursor, page_values
from api.practitioners.models import Practitioner, PractitionerContact
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import caller_params, readable, templated, was_reached
from api.wire import date_text, uuid_text

# A list page's columns in the form their JSON takes (``api.wire``), the personal fields
# still sealed: ``service.list_items`` opens them and lays the page out as ``PractitionerOut``
# (a test holds the list's bodies to the single read's). ``id`` and ``created_at`` are the
# cursor's.
WIRE_COLUMNS = (
    uuid_text(Practitioner.id).label("id"),
    uuid_text(Practitioner.review_id).label("review_id"),
    uuid_text(Practitioner.agency_id).label("agency_id"),
    Practitioner.external_ref,
    Practitioner.name_enc,
    Practitioner.work_email_enc,
    Practitioner.phone_enc,
    Practitioner.line_manager_enc,
    Practitioner.involvement_enc,
    Practitioner.job_title,
    Practitioner.team,
    date_text(Practitioner.involved_from).label("involved_from"),
    date_text(Practitioner.involved_to).label("involved_to"),
    Practitioner.consent_to_contact,
    type_coerce(Practitioner.support_status, String).label("support_status"),
    date_text(Practitioner.withdrawn_on).label("withdrawn_on"),
    Practitioner.withdrawn_reason,
    Practitioner.created_at,
    Practitioner.updated_at,
    Practitioner.version,
)
# The names a row's values go by, in order (the columns' own, or their labels).
WIRE_NAMES = tuple(column.key for column in WIRE_COLUMNS)
LIST_KEYS = [Practitioner.created_at, Practitioner.id]


def practitioners_statement(principal: Principal, review: Review) -> Any:
    """The practitioners of ``review`` the caller reaches (their own agency's, or all for the
    review's managers)."""
    return readable(select(Practitioner), Practitioner, principal).where(
        Practitioner.review_id == review.id
    )


def list_page(
    session: Session,
    principal: Principal,
    review_id: uuid.UUID,
    page: PageParams,
    *,
    agency_id: uuid.UUID | None,
    active: bool | None,
) -> tuple[list[Row[Any]], str | None]:
    """One page of the review's practitioners the caller reaches, oldest first: rows of
    ``WIRE_COLUMNS``. Built once per shape (filters, cursor, kind of caller) with every value
    bound (``scoping.templated``), as the review list is."""
    since = page.updated_since is not None

    def build(stand_in: Principal) -> AnySelect:
        statement = readable(select(*WIRE_COLUMNS), Practitioner, stand_in).where(
            Practitioner.review_id == bindparam("practitioners_review_id")
        )
        if agency_id is not None:
            statement = statement.where(
                Practitioner.agency_id == bindparam("practitioners_agency_id")
            )
        if active is True:
            statement = statement.where(Practitioner.withdrawn_on.is_(None))
        elif active is False:
            statement = statement.where(Practitioner.withdrawn_on.is_not(None))
        return bound_page(
            statement,
            LIST_KEYS,
            since_column=Practitioner.updated_at if since else None,
            with_cursor=bool(page.cursor),
        )

    shape = ("practitioners.list", agency_id is not None, active, since, bool(page.cursor))
    values = page_values(page, LIST_KEYS, since=since)
    params = caller_params(
        principal, practitioners_review_id=review_id, practitioners_agency_id=agency_id, **values
    )
    rows = plain_rows(session, templated(shape, principal, build), params).all()
    return page_and_cursor(list(rows), page.limit, LIST_KEYS)


def get_practitioner(
    session: Session,
    principal: Principal,
    review: Review,
    practitioner_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Practitioner:
    """A practitioner of ``review`` the caller reaches; NotFound otherwise."""
    statement = practitioners_statement(principal, review).where(Practitioner.id == practitioner_id)
    if for_update:
        statement = statement.with_for_update()
    found: Practitioner | None = session.scalars(statement).first()
    if found is None:
        raise NotFound("practitioner")
    return found


def by_external_ref(
    session: Session,
    principal: Principal,
    review: Review,
    agency_id: uuid.UUID,
    external_ref: str,
    *,
    for_update: bool = False,
) -> Practitioner | None:
    """The agency's practitioner of ``review`` known by ``external_ref``, if any."""
    statement = practitioners_statement(principal, review).where(
        Practitioner.agency_id == agency_id, Practitioner.external_ref == external_ref
    )
    if for_update:
        statement = statement.with_for_update()
    found: Practitioner | None = session.scalars(statement).first()
    return found


def active_count(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> int:
    """How many practitioners of the agency on ``review`` are not withdrawn."""
    statement = (
        readable(select(func.count(Practitioner.id)), Practitioner, principal)
        .where(Practitioner.review_id == review.id, Practitioner.agency_id == agency_id)
        .where(Practitioner.withdrawn_on.is_(None))
    )
    return int(session.scalar(statement) or 0)


def counts_by_agency(
    session: Session, principal: Principal, review: Review
) -> list[tuple[uuid.UUID, int, int]]:
    """(agency id, active, withdrawn) for each agency with practitioners on ``review``.

    Numbers, never rows: they are a fact about the review, shown to everyone who reaches it
    (viewers and other agencies' members included). So the statement is narrowed as a reached
    review's children are (its partnership and id), not by the rows' own agency rule; the
    review must have been loaded for this caller in this request (``get_readable``).
    """
    if not was_reached(session, principal, Review, review.id):
        raise NotFound("review")
    withdrawn = case((Practitioner.withdrawn_on.is_not(None), 1), else_=0)
    rows = session.execute(
        select(
            Practitioner.agency_id,
            func.count(Practitioner.id) - func.sum(withdrawn),
            func.sum(withdrawn),
        )
        .where(
            Practitioner.review_id == review.id,
            Practitioner.partnership_id == principal.partnership_id,
        )
        .group_by(Practitioner.agency_id)
        .order_by(Practitioner.agency_id)
    )
    return [(row[0], int(row[1] or 0), int(row[2] or 0)) for row in rows]


def active_seat_for(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> ReviewMember | None:
    """An active seat (member or deputy) of ``agency_id`` on ``review``: the caller's own when
    the caller is a person, any of the agency's for the agency's system."""
    statement = readable(select(ReviewMember), ReviewMember, principal).where(
        ReviewMember.review_id == review.id,
        ReviewMember.agency_id == agency_id,
        ReviewMember.left_on.is_(None),
    )
    if principal.kind == "user":
        statement = statement.where(ReviewMember.user_id == principal.id)
    return session.scalars(statement.limit(1)).first()


def contacts_statement(principal: Principal, practitioner: Practitioner) -> Any:
    """The practitioner's contact log the caller reaches."""
    return readable(select(PractitionerContact), PractitionerContact, principal).where(
        PractitionerContact.practitioner_id == practitioner.id
    )


def get_contact(
    session: Session, principal: Principal, practitioner: Practitioner, contact_id: uuid.UUID
) -> PractitionerContact | None:
    found: PractitionerContact | None = session.scalars(
        contacts_statement(principal, practitioner).where(PractitionerContact.id == contact_id)
    ).first()
    return found
