"""An action's RAG status, derived from its dates and status, never typed in:

* ``closed``: signed off or cancelled (nothing left to track);
* ``green``: completed (awaiting sign-off), or in date and updated recently enough;
* ``red``: past its due date and not completed;
* ``amber``: due within ``SOON_DAYS`` days with no progress update in the last ``SOON_DAYS``
  days (or none at all);
* ``green`` otherwise.

``rag_sql`` is the same rule as a SQL expression, for counting actions by RAG in the
database; a test holds the two to the same answers.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, literal_column, or_

from api.actions.models import ActionStatus

SOON_DAYS = 28


class Rag(StrEnum):
    red = "red"
    amber = "amber"
    green = "green"
    closed = "closed"


def rag(status: ActionStatus, due_on: date, last_update_on: date | None, today: date) -> Rag:
    if status in (ActionStatus.signed_off, ActionStatus.cancelled):
        return Rag.closed
    if status == ActionStatus.completed:
        return Rag.green
    if due_on < today:
        return Rag.red
    soon = today + timedelta(days=SOON_DAYS)
    stale = last_update_on is None or last_update_on < today - timedelta(days=SOON_DAYS)
    if due_on <= soon and stale:
        return Rag.amber
    return Rag.green


def _constant(value: str) -> ColumnElement[str]:
    """A value written into the SQL itself, so a statement built once names every parameter
    it takes (``scoping.templated``)."""
    return literal_column(f"'{value}'", String)


def rag_case(
    status: Any, due_on: Any, last_update_on: Any, *, today: Any, soon: Any, stale_before: Any
) -> ColumnElement[str]:
    """``rag`` as a SQL CASE over the given columns, with the day's three dates given as SQL
    values (literal dates, or named parameters of a statement built once)."""
    return case(
        (
            or_(
                status == _constant(ActionStatus.signed_off),
                status == _constant(ActionStatus.cancelled),
            ),
            _constant(Rag.closed),
        ),
        (status == _constant(ActionStatus.completed), _constant(Rag.green)),
        (due_on < today, _constant(Rag.red)),
        (
            and_(due_on <= soon, or_(last_update_on.is_(None), last_update_on < stale_before)),
            _constant(Rag.amber),
        ),
        else_=_constant(Rag.green),
    )


def rag_dates(today: date) -> tuple[date, date, date]:
    """The three dates the rule compares with: today, ``SOON_DAYS`` ahead and behind."""
    return today, today + timedelta(days=SOON_DAYS), today - timedelta(days=SOON_DAYS)


def rag_sql(status: Any, due_on: Any, last_update_on: Any, today: date) -> ColumnElement[str]:
    """``rag`` as a SQL CASE over the given columns (an action's, or a subquery's), as of
    ``today``."""
    day, soon, stale_before = rag_dates(today)
    return rag_case(status, due_on, last_update_on, today=day, soon=soon, stale_before=stale_before)
