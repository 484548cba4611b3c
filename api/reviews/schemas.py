from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from api.reviews.models import Decision, ReviewStatus
from api.schemas import IsoDate, PatchModel, Problem, RequestModel, ResponseModel
from api.statutory import MAX_PARAM_VALUE, RULE_SETS, IncidentKind

Text = Field(default=None, max_length=20_000)


class TermsOfReference(ResponseModel):
    period_start: date | None
    period_end: date | None
    key_lines_of_enquiry: list[str]
    methodology: str | None


class TermsOfReferenceUpdate(PatchModel):
    nullable = frozenset({"period_start", "period_end", "methodology"})

    period_start: IsoDate | None = None
    period_end: IsoDate | None = None
    key_lines_of_enquiry: list[str] | None = Field(default=None, max_length=50)
    methodology: str | None = Text


class LeadReviewerOut(ResponseModel):
    id: uuid.UUID
    name: str


class ReviewSummary(ResponseModel):
    """What every caller who reaches the review may see (viewers included)."""

    id: uuid.UUID
    reference: str = Field(examples=["SSCB-2026-007"])
    child_pseudonym: str = Field(examples=["Child A"])
    incident_kind: IncidentKind
    status: ReviewStatus
    lead_reviewer_id: uuid.UUID | None
    lead_reviewer: LeadReviewerOut | None = Field(
        description="The appointed lead reviewer, with their name (null until appointed)"
    )
    became_aware_on: date
    decision: Decision | None
    next_deadline_on: date | None = Field(
        description="Earliest due date of a statutory deadline still to be met that the "
        "review's status pursues (each rule's `applies_in`); none in a terminal status"
    )
    overdue: bool = Field(description="next_deadline_on has passed")
    created_at: datetime
    updated_at: datetime


class ReviewOut(ReviewSummary):
    sin_reference: str | None
    incident_on: date
    sin_sent_on: date | None
    rapid_review_meeting_on: date | None
    rapid_review_sent_on: date | None
    decision_on: date | None
    final_report_sent_on: date | None
    planned_publication_on: date | None
    published_on: date | None
    care_leaver_notified_on: date | None
    not_published_reasons: str | None
    improvements_published: str | None
    terms_of_reference: TermsOfReference
    next_statuses: list[ReviewStatus] = Field(
        description="Where the lifecycle allows the review to go next (before preconditions)"
    )


class ReviewCreate(RequestModel):
    """A review opens from a serious incident notification."""

    incident_kind: IncidentKind
    incident_on: IsoDate
    became_aware_on: IsoDate = Field(description="When the local authority became aware")
    child_pseudonym: str = Field(min_length=1, max_length=100, examples=["Child A"])
    sin_reference: str | None = Field(default=None, max_length=64)
    sin_sent_on: IsoDate | None = None
    lead_reviewer_id: uuid.UUID | None = None
    # The dates' order (incident, then awareness, then notification) and that none is in
    # the future are checked by the service, which names the field in its 422.


class ReviewUpdate(PatchModel):
    """Change a review's dates, decision and terms of reference; only an administrator may
    change the lead reviewer."""

    nullable = frozenset(
        {
            "sin_reference",
            "lead_reviewer_id",
            "sin_sent_on",
            "rapid_review_meeting_on",
            "rapid_review_sent_on",
            "decision",
            "decision_on",
            "final_report_sent_on",
            "planned_publication_on",
            "published_on",
            "care_leaver_notified_on",
            "not_published_reasons",
            "improvements_published",
        }
    )

    child_pseudonym: str | None = Field(default=None, min_length=1, max_length=100)
    sin_reference: str | None = Field(default=None, max_length=64)
    lead_reviewer_id: uuid.UUID | None = None
    incident_on: IsoDate | None = None
    became_aware_on: IsoDate | None = None
    sin_sent_on: IsoDate | None = None
    rapid_review_meeting_on: IsoDate | None = None
    rapid_review_sent_on: IsoDate | None = None
    decision: Decision | None = None
    decision_on: IsoDate | None = None
    final_report_sent_on: IsoDate | None = None
    planned_publication_on: IsoDate | None = None
    published_on: IsoDate | None = None
    care_leaver_notified_on: IsoDate | None = None
    not_published_reasons: str | None = Text
    improvements_published: str | None = Text
    terms_of_reference: TermsOfReferenceUpdate | None = None

    def flat_changes(self) -> dict[str, Any]:
        """Changes keyed by column (terms of reference fields become ``tor_*``)."""
        changes = self.changes()
        tor = changes.pop("terms_of_reference", None)
        if tor is not None:
            changes.update({f"tor_{k}": v for k, v in tor.items()})
        return changes


class FamilyInvolvementOut(ResponseModel):
    """How the child's family takes part in the review. The notes are identifying details
    (names, where the family lives, what they said): encrypted at rest, only for the
    partnership's administrators and the review's lead reviewer, every read audited."""

    review_id: uuid.UUID
    notes: str | None = Field(description="Null when none are recorded")


class FamilyInvolvementUpdate(RequestModel):
    notes: str | None = Field(
        max_length=20_000, description="Replaces the notes; null (or empty) clears them"
    )


class TransitionRequest(RequestModel):
    to: ReviewStatus
    reason: str = Field(
        min_length=3,
        max_length=2000,
        description="Why: recorded with the transition and in the audit trail",
    )
    override: bool = Field(
        default=False,
        description="Administrators only: waive the "
        "overridable preconditions (Panel notice, publication held), "
        "giving the reason",
    )


class TransitionOut(ResponseModel):
    id: uuid.UUID
    from_status: ReviewStatus
    to_status: ReviewStatus
    reason: str
    overridden: list[str]
    actor_type: str
    actor_id: uuid.UUID
    occurred_at: datetime


class HoldingProceeding(ResponseModel):
    id: uuid.UUID
    kind: str
    agency_id: uuid.UUID


class UnmetPrecondition(ResponseModel):
    code: str
    message: str
    overridable: bool
    proceedings: list[HoldingProceeding] | None = Field(
        default=None,
        description="For `publication_held_by_proceedings`: each proceeding holding publication",
    )


class TransitionRefused(Problem):
    """A refused transition (409, type `/problems/transition-refused`): every precondition
    still unmet, and the statuses the review may move to from where it is."""

    unmet: list[UnmetPrecondition] = Field(
        description="Each unmet precondition, with a machine `code`; an administrator may "
        "waive those marked `overridable` (`override: true` and a reason)"
    )
    allowed_from_here: list[ReviewStatus] = Field(
        description="The statuses the lifecycle allows from the review's current one"
    )


class DeadlineOut(ResponseModel):
    rule: str
    title: str
    source: str
    due_on: date | None
    status: str = Field(description="met, due, overdue or not_applicable")
    met_on: date | None
    late: bool
    working_days_left: int | None


class DeadlinesOut(ResponseModel):
    review_id: uuid.UUID
    rule_set: str
    today: date
    deadlines: list[DeadlineOut]


class RuleSetOut(ResponseModel):
    code: str
    title: str
    rules: list[dict[str, Any]]
    overrides: dict[str, dict[str, int]]


def _overridable() -> dict[str, Any]:
    """The schema of ``overrides``: the rules of the rule sets in force, each with the
    parameters it takes, each a whole number from 1 to ``MAX_PARAM_VALUE`` (as
    ``with_overrides`` checks)."""
    value = {"type": "integer", "minimum": 1, "maximum": MAX_PARAM_VALUE}
    rules: dict[str, dict[str, Any]] = {}
    for rule_set in RULE_SETS.values():
        for rule in rule_set.rules:
            rules.setdefault(rule.name, {}).update({param: dict(value) for param in rule.params})
    return {
        "properties": {
            name: {"type": "object", "properties": params, "additionalProperties": False}
            for name, params in sorted(rules.items())
        },
        "additionalProperties": False,
    }


class RuleOverrides(RequestModel):
    overrides: dict[str, dict[str, int]] = Field(
        description="Rule name → parameter → value; replaces the partnership's overrides",
        examples=[{"sin_to_panel": {"working_days": 3}}],
        json_schema_extra=_overridable(),
    )
