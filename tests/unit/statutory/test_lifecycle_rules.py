"""Where in the lifecycle each rule is pursued (``Rule.applies_in``): the WT2023 data as a
table, and properties of the interpreter over random review dates and statuses."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.reviews.lifecycle import TERMINAL, TRANSITIONS
from api.reviews.models import ReviewStatus
from api.statutory import (
    WT2023,
    Counting,
    DeadlineStatus,
    IncidentKind,
    ReviewDates,
    Rule,
    compute_deadlines,
)
from api.statutory.rules import LIFECYCLE_STATUSES

MET, DUE, OVERDUE, NA = (
    DeadlineStatus.MET,
    DeadlineStatus.DUE,
    DeadlineStatus.OVERDUE,
    DeadlineStatus.NOT_APPLICABLE,
)

# The statuses each WT2023 rule is pursued in, written out (PRODUCT.md sections 3 and 5).
_UNTIL_DECISION = {"notified", "rapid_review", "awaiting_decision"}
_UNTIL_PUBLICATION = _UNTIL_DECISION | {"scoping", "in_review", "drafting", "publication"}
APPLIES_IN = {
    "sin_to_panel": _UNTIL_DECISION,
    "rapid_review_to_panel": _UNTIL_DECISION,
    "lcspr_published": _UNTIL_PUBLICATION,
    "final_report_to_panel_and_secretary_of_state": _UNTIL_PUBLICATION | {"published"},
    "report_kept_published": {"published", "monitoring", "closed"},
    "care_leaver_death_notification": {"notified"},
}


def test_lifecycle_statuses_are_the_review_statuses() -> None:
    assert tuple(status.value for status in ReviewStatus) == LIFECYCLE_STATUSES


def test_wt2023_states_where_each_rule_applies() -> None:
    assert {rule.name: set(rule.applies_in) for rule in WT2023.rules} == APPLIES_IN


def test_terminal_statuses_pursue_nothing_that_can_fall_overdue() -> None:
    """Only a hold period (nothing to send, never overdue) may go on in a terminal status."""
    for rule in WT2023.rules:
        if rule.met_by is not None:
            assert not {status.value for status in TERMINAL} & rule.applies_in, rule.name


def test_every_status_the_lifecycle_reaches_is_known_to_the_rules() -> None:
    reached = {t.source.value for t in TRANSITIONS} | {t.target.value for t in TRANSITIONS}
    assert reached == set(LIFECYCLE_STATUSES)


def _rule(**changes: Any) -> Rule:
    fields: dict[str, Any] = {
        "name": "example",
        "title": "Example",
        "source": "Example",
        "counting": Counting.WORKING_DAYS_AFTER,
        "anchor": WT2023.rule("sin_to_panel").anchor,
        "params": {"working_days": 5},
        "met_by": WT2023.rule("sin_to_panel").met_by,
        "applies_to": frozenset({IncidentKind.DEATH}),
        "applies_in": frozenset({"notified"}),
    }
    return Rule(**{**fields, **changes})


@pytest.mark.parametrize("applies_in", [frozenset(), frozenset({"notified", "archived"})])
def test_a_rule_applies_in_known_statuses_only(applies_in: frozenset[str]) -> None:
    assert _rule().applies_in == {"notified"}
    with pytest.raises(ValueError, match="lifecycle status"):
        _rule(applies_in=applies_in)


def test_an_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="archived"):
        ReviewDates(incident_kind=IncidentKind.DEATH, status="archived")


# An LCSPR with every date up to a planned publication, never published, on a day when the
# SIN, the Rapid Review, the final report and the publication are all past due.
UNPUBLISHED: dict[str, Any] = {
    "incident_kind": IncidentKind.SERIOUS_HARM,
    "became_aware_on": date(2026, 2, 16),
    "decision": "lcspr",
    "decision_on": date(2026, 2, 27),
    "planned_publication_on": date(2026, 8, 20),
}
LATE = date(2026, 9, 15)
LCSPR_OVERDUE = {
    "sin_to_panel": OVERDUE,
    "rapid_review_to_panel": OVERDUE,
    "lcspr_published": OVERDUE,
    "final_report_to_panel_and_secretary_of_state": OVERDUE,
}


@pytest.mark.parametrize("status", LIFECYCLE_STATUSES)
def test_nothing_sent_is_overdue_only_where_pursued(status: str) -> None:
    deadlines = compute_deadlines(ReviewDates(**UNPUBLISHED, status=status), WT2023, LATE)
    expected = {
        rule: (LCSPR_OVERDUE.get(rule, NA) if status in APPLIES_IN[rule] else NA)
        for rule in APPLIES_IN
    }
    assert {d.rule: d.status for d in deadlines} == expected


@pytest.mark.parametrize("status", LIFECYCLE_STATUSES)
def test_what_was_done_stays_met_in_every_status(status: str) -> None:
    dates = ReviewDates(
        **UNPUBLISHED,
        status=status,
        sin_sent_on=date(2026, 2, 18),
        rapid_review_sent_on=date(2026, 2, 25),
        final_report_sent_on=date(2026, 8, 3),
        published_on=date(2026, 8, 20),
    )
    by_rule = {d.rule: d for d in compute_deadlines(dates, WT2023, LATE)}
    for rule in LCSPR_OVERDUE:
        assert by_rule[rule].status == MET and not by_rule[rule].late
    kept = by_rule["report_kept_published"]
    assert kept.status == (DUE if status in APPLIES_IN["report_kept_published"] else NA)
    # Once the year has run it is met, whatever the status.
    later = {d.rule: d for d in compute_deadlines(dates, WT2023, date(2027, 8, 20))}
    assert later["report_kept_published"].status == MET


settings.register_profile("statutory_lifecycle", database=None, max_examples=300)
PROFILE = settings.get_profile("statutory_lifecycle")

days = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
maybe_day = st.none() | days


@st.composite
def review_dates(draw: st.DrawFn) -> dict[str, Any]:
    aware = draw(days)
    return {
        "incident_kind": draw(st.sampled_from(list(IncidentKind))),
        "became_aware_on": aware,
        "incident_on": aware - timedelta(days=draw(st.integers(0, 30))),
        "decision": draw(st.none() | st.sampled_from(["lcspr", "no_review", "national_review"])),
        **{
            name: draw(maybe_day)
            for name in (
                "sin_sent_on",
                "rapid_review_sent_on",
                "decision_on",
                "planned_publication_on",
                "final_report_sent_on",
                "published_on",
                "care_leaver_notified_on",
            )
        },
    }


@PROFILE
@given(review_dates(), st.sampled_from(LIFECYCLE_STATUSES), days)
def test_the_status_only_takes_away_what_is_owed(
    fields: dict[str, Any], status: str, today: date
) -> None:
    """In a status a rule applies in, the deadline is what the dates alone say; elsewhere a
    deadline that would be due or overdue is not applicable, and every other answer stands."""
    alone = compute_deadlines(ReviewDates(**fields), WT2023, today)
    placed = compute_deadlines(ReviewDates(**fields, status=status), WT2023, today)
    for rule, by_dates, in_status in zip(WT2023.rules, alone, placed, strict=True):
        if status in rule.applies_in or by_dates.status not in (DUE, OVERDUE):
            assert in_status == by_dates
        else:
            assert in_status.status == NA
            assert (in_status.due_on, in_status.met_on) == (None, None)
