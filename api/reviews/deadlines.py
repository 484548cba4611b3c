"""The statutory clock applied to stored reviews: the partnership's rule set in force (with its
overrides), each review's deadlines, and the stored ``next_deadline_on`` behind "overdue"."""

from __future__ import annotations

from datetime import date

from api.partnerships.models import Partnership
from api.reviews.models import Review
from api.statutory import (
    RULE_SETS,
    Deadline,
    DeadlineStatus,
    ReviewDates,
    RuleSet,
    compute_deadlines,
    with_overrides,
)


def rule_set_for(partnership: Partnership) -> RuleSet:
    """The rule set in force for ``partnership``, with its overrides applied."""
    return with_overrides(RULE_SETS[partnership.rule_set], partnership.rule_overrides or {})


def review_dates(review: Review) -> ReviewDates:
    return ReviewDates(
        incident_kind=review.incident_kind,
        status=review.status.value,
        incident_on=review.incident_on,
        became_aware_on=review.became_aware_on,
        sin_sent_on=review.sin_sent_on,
        rapid_review_sent_on=review.rapid_review_sent_on,
        decision_on=review.decision_on,
        decision=review.decision.value if review.decision else None,
        planned_publication_on=review.planned_publication_on,
        final_report_sent_on=review.final_report_sent_on,
        published_on=review.published_on,
        care_leaver_notified_on=review.care_leaver_notified_on,
    )


def deadlines_of(review: Review, rule_set: RuleSet, today: date) -> list[Deadline]:
    return compute_deadlines(review_dates(review), rule_set, today)


def next_deadline_on(review: Review, rule_set: RuleSet, today: date) -> date | None:
    """The earliest due date of a deadline still to be met, or None.

    The deadlines are the review's own (``deadlines_of``), so a rule its status does not
    pursue (``Rule.applies_in``) is not among them: the review's page, this date, the overdue
    filter and the dashboard all follow the one rule set. Only deadlines met by doing
    something count (a hold period is never overdue). Whether such a deadline is open does
    not depend on ``today``, so the stored value stays right as days pass; "overdue" is then
    ``next_deadline_on < today``, an indexed comparison.
    """
    open_dates = [
        d.due_on
        for d in deadlines_of(review, rule_set, today)
        if d.status in (DeadlineStatus.DUE, DeadlineStatus.OVERDUE)
        and d.due_on is not None
        and rule_set.rule(d.rule).met_by is not None
    ]
    return min(open_dates, default=None)
