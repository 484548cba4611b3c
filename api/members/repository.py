"""Every query about the review team (seats, checklists, declarations) goes through here, and
through ``readable`` (or ``in_review``) for scoping. The rules are in ``service``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Row, RowMapping, Select, bindparam, select
from sqlalchemy.orm import Session, aliased

from api.db import plain_rows
from api.domain_errors import NotFound
from api.members import derivation
from api.members.models import ChecklistItem, ChecklistTemplate, MemberDeclaration, ReviewMember
from api.pagination import AnySelect
from api.partnerships.models import Agency
from api.reviews.access import in_review
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.scoping import caller_params, readable, templated
from api.users.models import User


def members_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The seats on ``review`` the caller reaches, current and past."""
    return in_review(session, select(ReviewMember), ReviewMember, principal, review)


def active_members(session: Session, principal: Principal, review: Review) -> list[ReviewMember]:
    """The seats on ``review`` nobody has left yet."""
    return list(
        session.scalars(
            members_statement(session, principal, review).where(ReviewMember.left_on.is_(None))
        )
    )


def names_of(session: Session, user_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The names of the given users, by id."""
    if not user_ids:
        return {}
    rows = session.execute(select(User.id, User.name).where(User.id.in_(user_ids)))
    return {row[0]: row[1] for row in rows}


def newest_template_statement(partnership_id: uuid.UUID) -> Select[ChecklistTemplate]:
    """The partnership's newest checklist template, as a statement."""
    return (
        select(ChecklistTemplate)
        .where(ChecklistTemplate.partnership_id == partnership_id)
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    )


def items_statement(session: Session, principal: Principal, review: Review) -> Any:
    """The checklist items on ``review`` the caller reaches."""
    return in_review(session, select(ChecklistItem), ChecklistItem, principal, review)


def get_item(
    session: Session, principal: Principal, review: Review, member: ReviewMember, duty: str
) -> ChecklistItem:
    """The seat's checklist item for ``duty``; NotFound if it has none."""
    item: ChecklistItem | None = session.scalars(
        items_statement(session, principal, review).where(
            ChecklistItem.member_id == member.id, ChecklistItem.duty == duty
        )
    ).first()
    if item is None:
        raise NotFound("checklist item")
    return item


def declarations_statement(
    session: Session, principal: Principal, review: Review, member: ReviewMember
) -> Any:
    """The seat's declarations the caller reaches."""
    return in_review(
        session, select(MemberDeclaration), MemberDeclaration, principal, review
    ).where(MemberDeclaration.member_id == member.id)


def _checklist_statement(stand_in: Principal) -> AnySelect:
    """The review (if the caller reaches it: ``readable``), the seat (outer-joined: a missing
    seat still shows the review was reached), and the seat's items, subjects with the seat's
    agency's alert confirmations, and the seat's declarations as JSON values."""
    seat = aliased(ReviewMember)  # not correlated into the reach rule's own seat lookup

    def narrow(statement: AnySelect, model: Any) -> AnySelect:
        return statement.where(
            model.review_id == Review.id, model.partnership_id == Review.partnership_id
        )

    columns = (
        Review.lead_reviewer_id.label("lead_reviewer_id"),
        *derivation.checklist_columns(narrow, seat),
    )
    joined = select(*columns).outerjoin(
        seat,
        (seat.review_id == Review.id)
        & (seat.partnership_id == Review.partnership_id)
        & (seat.id == bindparam("member_id")),
    )
    return readable(joined, Review, stand_in).where(Review.id == bindparam("review_id"))


def checklist_row(
    session: Session, principal: Principal, review_id: uuid.UUID, member_id: uuid.UUID
) -> RowMapping | None:
    """A member's checklist in one row of one statement (``_checklist_statement``, built once
    per kind of caller), by column name: the review's lead reviewer, then the columns of
    ``derivation.checklist_columns`` (the seat's columns None when the review has no such
    seat). None when the caller does not reach the review."""
    statement = templated(("checklist",), principal, _checklist_statement)
    return (
        plain_rows(
            session, statement, caller_params(principal, review_id=review_id, member_id=member_id)
        )
        .mappings()
        .first()
    )


def team_rows(
    session: Session, principal: Principal, review: Review
) -> list[Row[ReviewMember, str, str]]:
    """The active seats on ``review`` with their user's and agency's names, by agency, the
    member before deputies, then by joining date."""
    return list(
        session.execute(
            members_statement(session, principal, review)
            .where(ReviewMember.left_on.is_(None))
            .join(User, User.id == ReviewMember.user_id)
            .join(Agency, Agency.id == ReviewMember.agency_id)
            .add_columns(User.name, Agency.name)
            .order_by(Agency.name, ReviewMember.deputy, ReviewMember.joined_on)
        ).all()
    )


def items_by_member(
    session: Session, principal: Principal, review: Review
) -> dict[uuid.UUID, list[derivation.ItemRow]]:
    """Every checklist item on ``review`` (``derivation.ITEM_COLUMNS``), by seat, in order."""
    out: dict[uuid.UUID, list[derivation.ItemRow]] = {}
    for row in session.execute(
        in_review(
            session, select(*derivation.ITEM_COLUMNS), ChecklistItem, principal, review
        ).order_by(ChecklistItem.member_id, ChecklistItem.position)
    ):
        item = derivation.ItemRow(**row._mapping)
        out.setdefault(item.member_id, []).append(item)
    return out


def active_seat(
    session: Session, principal: Principal, review: Review, agency_id: uuid.UUID
) -> ReviewMember | None:
    """The caller's own active seat on ``review`` (as member or deputy) for ``agency_id``:
    their own seat before a deputy one."""
    statement = (
        in_review(session, select(ReviewMember), ReviewMember, principal, review)
        .where(
            ReviewMember.user_id == principal.id,
            ReviewMember.agency_id == agency_id,
            ReviewMember.left_on.is_(None),
        )
        .order_by(ReviewMember.deputy, ReviewMember.joined_on)
    )
    found: ReviewMember | None = session.scalars(statement.limit(1)).first()
    return found
