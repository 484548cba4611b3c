"""Compute a review's statutory deadlines from its dates and a rule set.

Pure and deterministic: no database, no clock. ``today`` is always passed in so that the same
inputs give the same answer in the API, in tests and when replaying history.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from enum import StrEnum

from api.statutory.calendar import ENGLAND, WorkingDayCalendar
from api.statutory.rules import LIFECYCLE_STATUSES, Counting, IncidentKind, Rule, RuleSet

__all__ = ["Deadline", "DeadlineStatus", "ReviewDates", "compute_deadlines", "due_date"]


class DeadlineStatus(StrEnum):
    MET = "met"
    DUE = "due"
    OVERDUE = "overdue"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True, kw_only=True)
class ReviewDates:
    """The dates of one review that statutory rules count from or are met by.

    ``decision`` is the outcome of the Rapid Review (e.g. ``"lcspr"``, ``"no_review"``,
    ``"national_review"``); ``decision_on`` is when it was made. ``status`` is the review's
    lifecycle status, which decides the rules still pursued (``Rule.applies_in``); None judges
    the dates alone, for a question about one rule's due date that is not a review's clock.
    """

    incident_kind: IncidentKind
    status: str | None = None
    incident_on: date | None = None
    became_aware_on: date | None = None
    sin_sent_on: date | None = None
    rapid_review_sent_on: date | None = None
    decision_on: date | None = None
    decision: str | None = None
    planned_publication_on: date | None = None
    final_report_sent_on: date | None = None
    published_on: date | None = None
    care_leaver_notified_on: date | None = None

    def __post_init__(self) -> None:
        # Accept the plain string stored in the database, but fail early on an unknown kind.
        object.__setattr__(self, "incident_kind", IncidentKind(self.incident_kind))
        if self.status is not None and self.status not in LIFECYCLE_STATUSES:
            raise ValueError(f"unknown lifecycle status {self.status!r}")
        for f in fields(self):
            value = getattr(self, f.name)
            if not f.name.endswith("_on") or value is None:
                continue
            if isinstance(value, datetime) or not isinstance(value, date):
                raise TypeError(f"{f.name} must be a datetime.date or None, got {value!r}")

    def get(self, field_name: str) -> date | None:
        """The date held in ``field_name`` (a rule's anchor or met_by value)."""
        value = getattr(self, field_name)
        if value is None or isinstance(value, date):
            return value
        raise TypeError(f"{field_name} is not a date field")


@dataclass(frozen=True, kw_only=True)
class Deadline:
    """One computed deadline, naming the rule that produced it.

    ``late`` is true when the deadline was met after its due date; ``working_days_left`` is
    set only while the status is ``due`` (0 when the deadline falls today).
    """

    rule: str
    title: str
    source: str
    due_on: date | None
    status: DeadlineStatus
    met_on: date | None = None
    late: bool = False
    working_days_left: int | None = None


def due_date(rule: Rule, anchor_on: date, calendar: WorkingDayCalendar = ENGLAND) -> date:
    """The date by which ``rule`` must be met, counting from ``anchor_on``."""
    amount = rule.amount
    match rule.counting:
        case Counting.WORKING_DAYS_AFTER | Counting.NOTIFICATION_ONLY:
            return calendar.add_working_days(anchor_on, amount)
        case Counting.WORKING_DAYS_BEFORE:
            return calendar.subtract_working_days(anchor_on, amount)
        case Counting.CALENDAR_MONTHS_AFTER:
            return calendar.add_calendar_months(anchor_on, amount)
        case Counting.YEARS_AFTER:
            return calendar.add_years(anchor_on, amount)


def _deadline(
    dates: ReviewDates, rule: Rule, today: date, calendar: WorkingDayCalendar
) -> Deadline:
    def make(
        status: DeadlineStatus,
        due_on: date | None = None,
        *,
        met_on: date | None = None,
        late: bool = False,
        working_days_left: int | None = None,
    ) -> Deadline:
        return Deadline(
            rule=rule.name,
            title=rule.title,
            source=rule.source,
            due_on=due_on,
            status=status,
            met_on=met_on,
            late=late,
            working_days_left=working_days_left,
        )

    if dates.incident_kind not in rule.applies_to:
        return make(DeadlineStatus.NOT_APPLICABLE)
    if rule.only_when_decision is not None and dates.decision != rule.only_when_decision:
        return make(DeadlineStatus.NOT_APPLICABLE)

    met_on = dates.get(rule.met_by.value) if rule.met_by is not None else None
    anchor_on = dates.get(rule.anchor.value)
    if anchor_on is None:
        # Without the anchor there is no due date; but if the duty has been done it is met
        # (recording the SIN but not when the authority became aware must not hide the SIN).
        if met_on is not None:
            return make(DeadlineStatus.MET, met_on=met_on)
        return make(DeadlineStatus.NOT_APPLICABLE)

    due_on = due_date(rule, anchor_on, calendar)
    if met_on is not None:
        return make(DeadlineStatus.MET, due_on, met_on=met_on, late=met_on > due_on)
    if rule.met_by is None and today >= due_on:
        # A hold period ("kept published until at least"): nothing is sent to meet it; it is
        # met once the period has run, and can never be overdue.
        return make(DeadlineStatus.MET, due_on, met_on=due_on)
    if dates.status is not None and dates.status not in rule.applies_in:
        # Not met, and the review's status no longer (or does not yet) pursue it.
        return make(DeadlineStatus.NOT_APPLICABLE)
    if today > due_on:
        return make(DeadlineStatus.OVERDUE, due_on)
    return make(
        DeadlineStatus.DUE,
        due_on,
        working_days_left=calendar.working_days_between(today, due_on),
    )


def compute_deadlines(
    dates: ReviewDates,
    rule_set: RuleSet,
    today: date,
    calendar: WorkingDayCalendar = ENGLAND,
) -> list[Deadline]:
    """Return one deadline per rule of ``rule_set``, in the rule set's order.

    Every rule yields a deadline, ``not_applicable`` ones included, so a review always shows
    the full statutory picture. Per rule, in order:

    * the rule does not apply to the incident kind, or needs a decision the review has not
      made (the LCSPR deadline without ``decision == "lcspr"``): ``not_applicable``;
    * the anchor date is missing: ``met`` (with no due date) if the met_by date is set,
      otherwise ``not_applicable``;
    * the met_by date is set: ``met`` on that date, ``late`` if after the due date;
    * a hold-period rule (no met_by) whose due date has come: ``met`` on the due date;
    * the review's status is not one the rule applies in (``Rule.applies_in``):
      ``not_applicable``, so only a pursued rule is ever ``due`` or ``overdue``;
    * ``today`` is after the due date: ``overdue``;
    * otherwise ``due``, with the working days left (0 when due today). A calendar-month
      deadline falling on a weekend may show 0 working days left on the Friday before.
    """
    if isinstance(today, datetime) or not isinstance(today, date):
        raise TypeError(f"today must be a datetime.date, got {today!r}")
    return [_deadline(dates, rule, today, calendar) for rule in rule_set.rules]
