"""The attendance and contact rules, as plain functions of plain values: the rates route and
the derived duties (``api.members.registry``) compute them alike."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from api.clock import LONDON

# Statuses that count as the agency attending: the member, or the deputy they sent.
ATTENDING = frozenset({"attended", "deputy_sent"})


def meeting_day(held_at: datetime) -> date:
    """The day a meeting is held on, in England."""
    return held_at.astimezone(LONDON).date()


@dataclass(frozen=True)
class Rate:
    meetings: int
    attended: int
    threshold_percent: int

    @property
    def rate_percent(self) -> int | None:
        return None if not self.meetings else round(100 * self.attended / self.meetings)

    @property
    def at_or_above(self) -> bool:
        """Compared exactly, not on the rounded rate: 79.6 % is below 80 %."""
        return bool(self.meetings) and 100 * self.attended >= self.threshold_percent * self.meetings


def rate(
    joined_on: date,
    left_on: date | None,
    held: Iterable[tuple[datetime, str | None]],
    threshold_percent: int,
) -> Rate:
    """A seat's rate at the held review team meetings ``held`` (when, and the seat's status
    there or ``None`` if none was recorded, which counts as not attending) that fell on or
    after the day it joined and, once it left, on or before the day it left."""
    meetings = attended = 0
    for held_at, status in held:
        day = meeting_day(held_at)
        if day < joined_on or (left_on is not None and day > left_on):
            continue
        meetings += 1
        attended += status in ATTENDING
    return Rate(meetings, attended, threshold_percent)


@dataclass(frozen=True)
class ContactState:
    """What the contact duty reads of one active practitioner."""

    contacted: list[date]
    aftercare: list[date]
    events_attended: list[date]


@dataclass(frozen=True)
class ContactCheck:
    practitioners: int
    contacted_within_interval: int
    aftercare_due: int
    missing_contact: list[str]
    missing_aftercare: list[str]

    @property
    def complete(self) -> bool:
        return bool(self.practitioners) and not self.missing_contact and not self.missing_aftercare


def aftercare_due(state: ContactState) -> list[date]:
    """The days of held meetings the practitioner attended with no aftercare contact on or
    after that day."""
    return [day for day in state.events_attended if not any(a >= day for a in state.aftercare)]


def contact_check(states: dict[str, ContactState], today: date, interval_days: int) -> ContactCheck:
    """Every practitioner contacted within ``interval_days`` of ``today``, and aftercare
    recorded on or after each held meeting they attended."""
    since = today - timedelta(days=interval_days)
    missing_contact = sorted(
        pid for pid, state in states.items() if not any(d >= since for d in state.contacted)
    )
    due = {pid: len(aftercare_due(state)) for pid, state in states.items()}
    return ContactCheck(
        practitioners=len(states),
        contacted_within_interval=len(states) - len(missing_contact),
        aftercare_due=sum(due.values()),
        missing_contact=missing_contact,
        missing_aftercare=sorted(pid for pid, n in due.items() if n),
    )
