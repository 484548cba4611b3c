"""The review lifecycle (PRODUCT.md section 5) as a table of transitions and preconditions.

A transition is allowed when it is in ``TRANSITIONS`` from the review's current status and
every precondition holds. Preconditions marked ``overridable`` may be waived by a partnership
administrator who gives a reason (the waiver is recorded with the transition). Who may ask
at all (the administrator and the review's lead reviewer) is checked in the service.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from api.reviews.models import Decision, Review, ReviewStatus
from api.statutory import DeadlineStatus, IncidentKind, ReviewDates, RuleSet, compute_deadlines

S = ReviewStatus
FINAL_REPORT_RULE = "final_report_to_panel_and_secretary_of_state"


@dataclass(frozen=True)
class Holding:
    """A parallel proceeding holding the review's publication (flagged, not concluded)."""

    id: uuid.UUID
    kind: str
    agency_id: uuid.UUID


@dataclass(frozen=True)
class Facts:
    """What preconditions may look at beyond the review's own columns."""

    review: Review
    rule_set: RuleSet
    today: date
    active_members: int
    holding: tuple[Holding, ...] = ()


@dataclass(frozen=True)
class Precondition:
    code: str
    message: str
    holds: Callable[[Facts], bool]
    overridable: bool = False


@dataclass(frozen=True)
class Transition:
    source: ReviewStatus
    target: ReviewStatus
    preconditions: tuple[Precondition, ...] = ()


def _panel_notice_met(facts: Facts) -> bool:
    r = facts.review
    dates = ReviewDates(
        incident_kind=r.incident_kind,
        planned_publication_on=r.planned_publication_on,
        final_report_sent_on=r.final_report_sent_on,
    )
    deadline = next(
        d
        for d in compute_deadlines(dates, facts.rule_set, facts.today)
        if d.rule == FINAL_REPORT_RULE
    )
    # Met with a due date (both dates known) and not late: sent in time before publication.
    return (
        deadline.status == DeadlineStatus.MET
        and deadline.due_on is not None
        and (not deadline.late)
    )


def _tor_complete(facts: Facts) -> bool:
    r = facts.review
    return (
        r.tor_period_start is not None
        and r.tor_period_end is not None
        and bool(r.tor_key_lines_of_enquiry)
        and bool(r.tor_methodology)
    )


NOT_CARE_LEAVER = Precondition(
    "care_leaver_path",
    "The death of a care leaver is notified only: it has no Rapid Review or LCSPR.",
    lambda f: f.review.incident_kind != IncidentKind.CARE_LEAVER_DEATH,
)
IS_CARE_LEAVER = Precondition(
    "not_care_leaver_death",
    "Only the death of a care leaver closes straight from notification.",
    lambda f: f.review.incident_kind == IncidentKind.CARE_LEAVER_DEATH,
)
CARE_LEAVER_NOTIFIED = Precondition(
    "care_leaver_notified_on_missing",
    "Record the date the Secretary of State and Ofsted were notified.",
    lambda f: f.review.care_leaver_notified_on is not None,
)
SIN_SENT = Precondition(
    "sin_sent_on_missing",
    "Record the date the Serious Incident Notification was sent.",
    lambda f: f.review.sin_sent_on is not None,
)
RAPID_REVIEW_MET = Precondition(
    "rapid_review_meeting_on_missing",
    "Record the date of the Rapid Review meeting.",
    lambda f: f.review.rapid_review_meeting_on is not None,
)
RAPID_REVIEW_SENT = Precondition(
    "rapid_review_sent_on_missing",
    "Record the date the Rapid Review was sent to the Panel.",
    lambda f: f.review.rapid_review_sent_on is not None,
)
DECISION_ON = Precondition(
    "decision_on_missing",
    "Record the date of the decision.",
    lambda f: f.review.decision_on is not None,
)


# How staff name each status (as the review pages do), for messages people read.
STATUS_WORDS = {
    S.notified: "Notified",
    S.rapid_review: "Rapid Review",
    S.awaiting_decision: "Awaiting decision",
    S.no_review: "No review (closed)",
    S.national_review: "Referred for national review",
    S.scoping: "Scoping",
    S.in_review: "In review",
    S.drafting: "Drafting",
    S.publication: "Publication",
    S.published: "Published",
    S.not_published: "Not published",
    S.monitoring: "Monitoring",
    S.closed: "Closed",
}

# How staff name each decision (as the review pages do).
DECISION_WORDS = {
    Decision.lcspr: "a local child safeguarding practice review",
    Decision.national_review: "a national review",
    Decision.no_review: "no review",
}


def _decision_is(decision: Decision) -> Precondition:
    return Precondition(
        f"decision_not_{decision.value}",
        f"Record the decision as '{DECISION_WORDS[decision]}' first.",
        lambda f: f.review.decision == decision,
    )


TOR_COMPLETE = Precondition(
    "terms_of_reference_incomplete",
    "Complete the terms of reference: period start and end, "
    "at least one key line of enquiry, and the methodology.",
    _tor_complete,
)
LEAD_REVIEWER = Precondition(
    "lead_reviewer_missing",
    "Appoint a lead reviewer.",
    lambda f: f.review.lead_reviewer_id is not None,
)
TEAM_APPOINTED = Precondition(
    "review_team_empty",
    "Add at least one agency's review team member.",
    lambda f: f.active_members > 0,
)
PLANNED_PUBLICATION = Precondition(
    "planned_publication_on_missing",
    "Set the planned publication date.",
    lambda f: f.review.planned_publication_on is not None,
)
PUBLISHED_ON = Precondition(
    "published_on_missing",
    "Record the publication date.",
    lambda f: f.review.published_on is not None,
)
PANEL_NOTICE = Precondition(
    "panel_notice_not_met",
    "The final report must have been sent to the Panel and the "
    "Secretary of State at least 7 working days (as the rule set in force says) before the "
    "planned publication date.",
    _panel_notice_met,
    overridable=True,
)
NOT_HELD = Precondition(
    "publication_held_by_proceedings",
    "A parallel proceeding holds publication: conclude it, or record that it no longer "
    "holds publication.",
    lambda f: not f.holding,
    overridable=True,
)
NOT_PUBLISHED_REASONS = Precondition(
    "not_published_reasons_missing",
    "Record why the report is not published and the improvements published instead.",
    lambda f: bool(f.review.not_published_reasons) and bool(f.review.improvements_published),
)
NO_PUBLICATION_DATE = Precondition(
    "published_on_recorded",
    "A report that is not published has no publication date: clear the publication date first.",
    lambda f: f.review.published_on is None,
)

TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.notified, S.rapid_review, (NOT_CARE_LEAVER, SIN_SENT)),
    Transition(S.notified, S.closed, (IS_CARE_LEAVER, CARE_LEAVER_NOTIFIED)),
    Transition(S.rapid_review, S.awaiting_decision, (RAPID_REVIEW_MET, RAPID_REVIEW_SENT)),
    Transition(S.awaiting_decision, S.no_review, (_decision_is(Decision.no_review), DECISION_ON)),
    Transition(
        S.awaiting_decision,
        S.national_review,
        (_decision_is(Decision.national_review), DECISION_ON),
    ),
    Transition(S.awaiting_decision, S.scoping, (_decision_is(Decision.lcspr), DECISION_ON)),
    Transition(S.scoping, S.in_review, (TOR_COMPLETE, LEAD_REVIEWER, TEAM_APPOINTED)),
    Transition(S.in_review, S.drafting),
    Transition(S.drafting, S.publication, (PLANNED_PUBLICATION, NOT_HELD)),
    Transition(S.drafting, S.not_published, (NOT_PUBLISHED_REASONS, NO_PUBLICATION_DATE)),
    Transition(S.publication, S.published, (PUBLISHED_ON, PANEL_NOTICE, NOT_HELD)),
    Transition(S.publication, S.not_published, (NOT_PUBLISHED_REASONS, NO_PUBLICATION_DATE)),
    Transition(S.published, S.monitoring),
    Transition(S.not_published, S.monitoring),
    Transition(S.monitoring, S.closed),
)

TERMINAL: frozenset[ReviewStatus] = frozenset({S.no_review, S.national_review, S.closed})
"""Statuses with nothing more to do: no statutory deadline can fall overdue in them (the rule
set says where each rule applies; a test holds it to this)."""

PUBLICATION_SETTLED: frozenset[ReviewStatus] = frozenset(
    {S.published, S.not_published, S.monitoring, S.closed}
)
"""Statuses in which whether the report was published is settled: ``published`` is reached
only with a publication date and ``not_published`` only without one, and from then on the
date may be corrected but not added or removed, so that it tells the two paths apart when
the statutory rules ask (monitoring and closed follow either)."""


def find(source: ReviewStatus, target: ReviewStatus) -> Transition | None:
    for transition in TRANSITIONS:
        if transition.source == source and transition.target == target:
            return transition
    return None


def targets_from(source: ReviewStatus, kind: IncidentKind) -> list[ReviewStatus]:
    """Where a review may go next from ``source`` (before preconditions), for its kind."""
    out = []
    for t in TRANSITIONS:
        if t.source != source:
            continue
        if kind == IncidentKind.CARE_LEAVER_DEATH and NOT_CARE_LEAVER in t.preconditions:
            continue
        if kind != IncidentKind.CARE_LEAVER_DEATH and IS_CARE_LEAVER in t.preconditions:
            continue
        out.append(t.target)
    return out


def unmet(transition: Transition, facts: Facts) -> list[Precondition]:
    """The preconditions of ``transition`` that do not hold, in table order."""
    return [p for p in transition.preconditions if not p.holds(facts)]
