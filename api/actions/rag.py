"""An action's RAG status, derived from its dates and status, never typed in:

* ``closed``: signed off or cancelled (nothing left to track);
* ``green``: completed (awaiting sign-off), or in date and updated recently enough;
* ``red``: past its due date and not completed;
* ``amber``: due within ``SOON_DAYS`` days with no progress update in the last ``SOON_DAYS``
  days (or none at all);
* ``green`` otherwise.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

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
