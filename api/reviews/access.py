"""Which reviews (and which of their children) a caller reaches: registered with the one
record-scoping choke point, ``api.security.scoping``.

* ``partnership_admin`` and ``viewer``: every review of their partnership (a viewer's answers
  leave out personal details, field by field, in the services).
* ``lead_reviewer``: the reviews they lead, and only those (PRODUCT.md section 6: "read and
  write the reviews they lead").
* ``member``: the reviews they sit or sat on (an active or past seat, so a member who has
  left can still read what they contributed to).
* ``agency_system``: the reviews on which its agency has, or had, a seat.

Everything else answers 404. Children of a review (``ReviewChild``: subjects, alerts,
members, checklist items, declarations, transitions) are reachable exactly when their review
is, a rule each registers itself; finer rules (whose checklist, whose identifying details) are
``api.reviews.policy``'s and the services' record- and field-level checks, and also answer
404 or leave the fields out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, false, literal, select
from sqlalchemy.orm import Session

from api.members.models import ReviewMember
from api.pagination import AnySelect
from api.reviews.models import Review
from api.security.principal import Principal
from api.security.roles import Role
from api.security.scopes import AGENCY_SYSTEM
from api.security.scoping import caller_params, readable, register, templated, was_reached


def _seat_exists(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """A seat on the review exists for ``condition``.

    ``OFFSET 0`` keeps PostgreSQL from turning the EXISTS into a hash semi-join over every
    seat the caller has: as a per-row probe of ``ix_review_members_user`` (or ``_agency``),
    a page of the list walks ``ix_reviews_partnership_updated`` in order and stops after
    ``limit`` rows, so page 1 and a deep cursor cost the same. (The statutory partners'
    members sit on nearly every review of their partnership, so the probe rarely misses.)
    """
    return (
        select(literal(1)).where(ReviewMember.review_id == Review.id, condition).offset(0).exists()
    )


def _review_rule(statement: Select[Any], principal: Principal) -> Select[Any]:
    role = principal.role
    if role in (Role.partnership_admin, Role.viewer):
        return statement
    if role == Role.lead_reviewer:
        return statement.where(Review.lead_reviewer_id == principal.id)
    if role == Role.member:
        return statement.where(_seat_exists(ReviewMember.user_id == principal.id))
    if role == AGENCY_SYSTEM and principal.agency_id is not None:
        return statement.where(_seat_exists(ReviewMember.agency_id == principal.agency_id))
    return statement.where(false())


def reachable_review_ids(principal: Principal) -> Select[Any]:
    """The ids of the reviews ``principal`` reaches, as a subquery."""
    return readable(select(Review.id), Review, principal)


def in_review(
    session: Session, statement: AnySelect, model: Any, principal: Principal, review: Review
) -> AnySelect:
    """``statement`` narrowed to the children (``model``) of ``review`` the caller reaches.

    Children are reachable exactly when their review is. If this request loaded ``review``
    through ``get_readable`` for this caller, that is already shown, and the partnership and
    the review's id are the whole condition; otherwise the model's full rule applies (which
    proves the review's reach again, in a subquery).
    """
    reached = was_reached(session, principal, Review, review.id)
    return _narrowed(statement, model, principal, review.id, reached)


def _narrowed(
    statement: AnySelect, model: Any, principal: Principal, review_id: Any, reached: bool
) -> AnySelect:
    statement = statement.where(model.review_id == review_id)
    if reached:
        return statement.where(model.partnership_id == principal.partnership_id)
    return readable(statement, model, principal)


REVIEW_ID = "cspr_review_id"


def in_review_templated(
    session: Session,
    principal: Principal,
    review: Review,
    key: str,
    build: Callable[[Callable[[AnySelect, Any], AnySelect]], AnySelect],
    **values: Any,
) -> tuple[AnySelect, dict[str, Any]]:
    """``in_review`` for a statement read on every request, built once per shape
    (``scoping.templated``): ``build`` gets ``narrow(statement, model)``, which narrows a
    statement on ``model`` to the review's children the caller reaches, and takes every other
    value from a named ``bindparam`` given in ``values``. Returns the statement and its
    parameters."""
    reached = was_reached(session, principal, Review, review.id)

    def make(stand_in: Principal) -> AnySelect:
        return build(
            lambda statement, model: _narrowed(
                statement, model, stand_in, bindparam(REVIEW_ID), reached
            )
        )

    statement = templated((key, reached), principal, make)
    return statement, caller_params(principal, **{REVIEW_ID: review.id}, **values)


register(Review, _review_rule)
