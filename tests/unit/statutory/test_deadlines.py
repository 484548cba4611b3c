"""Table tests for compute_deadlines with a pinned ``today``.

The reference review (hand-worked):

* became aware Thu 2 Apr 2026. Good Friday (3 Apr) and Easter Monday (6 Apr) are bank
  holidays, so the SIN (5 working days) is due Mon 13 Apr 2026 and the Rapid Review
  (15 working days) Mon 27 Apr 2026.
* decision to hold an LCSPR on Mon 31 Aug 2026 -> published by Sun 28 Feb 2027 (6 calendar
  months; no 31 Feb, and calendar months are not moved off weekends).
* planned publication Wed 24 Feb 2027 -> final report by Mon 15 Feb 2027 (7 working days
  before: Tue 23, Mon 22, Fri 19, Thu 18, Wed 17, Tue 16, Mon 15).
* published Thu 24 Feb 2028 -> kept published until at least Sat 24 Feb 2029.
"""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import asdict, fields
from datetime import date, datetime
from typing import Any

import pytest

from api.statutory import (
    RULE_SETS,
    WT2023,
    Deadline,
    DeadlineStatus,
    IncidentKind,
    ReviewDates,
    RuleSet,
    compute_deadlines,
    rule_set_as_dict,
    with_overrides,
)

D = date
MET, DUE, OVERDUE, NA = (
    DeadlineStatus.MET,
    DeadlineStatus.DUE,
    DeadlineStatus.OVERDUE,
    DeadlineStatus.NOT_APPLICABLE,
)

AWARE = D(2026, 4, 2)
SIN_DUE = D(2026, 4, 13)
RR_DUE = D(2026, 4, 27)
DECIDED = D(2026, 8, 31)
LCSPR_DUE = D(2027, 2, 28)
PLANNED = D(2027, 2, 24)
FINAL_DUE = D(2027, 2, 15)


def _deadline(dates: ReviewDates, rule: str, today: date, rule_set: RuleSet = WT2023) -> Deadline:
    by_rule = {d.rule: d for d in compute_deadlines(dates, rule_set, today)}
    return by_rule[rule]


def _death(**kwargs: Any) -> ReviewDates:
    return ReviewDates(incident_kind=IncidentKind.DEATH, **kwargs)


# (case id, dates, rule, today, status, due_on, met_on, late, working_days_left)
CASES: list[tuple[str, ReviewDates, str, date, DeadlineStatus, Any, Any, bool, Any]] = [
    # --- SIN to the Panel
    ("sin met on time", _death(became_aware_on=AWARE, sin_sent_on=D(2026, 4, 8)),
     "sin_to_panel", D(2026, 5, 1), MET, SIN_DUE, D(2026, 4, 8), False, None),
    ("sin met on the due date", _death(became_aware_on=AWARE, sin_sent_on=SIN_DUE),
     "sin_to_panel", D(2026, 5, 1), MET, SIN_DUE, SIN_DUE, False, None),
    ("sin met late", _death(became_aware_on=AWARE, sin_sent_on=D(2026, 4, 14)),
     "sin_to_panel", D(2026, 5, 1), MET, SIN_DUE, D(2026, 4, 14), True, None),
    ("sin met before today is even reached", _death(became_aware_on=AWARE, sin_sent_on=AWARE),
     "sin_to_panel", AWARE, MET, SIN_DUE, AWARE, False, None),
    # Tue 7 Apr: Wed 8, Thu 9, Fri 10, Mon 13 left
    ("sin due", _death(became_aware_on=AWARE),
     "sin_to_panel", D(2026, 4, 7), DUE, SIN_DUE, None, False, 4),
    # today is Good Friday: Tue 7 .. Mon 13 are all still to come
    ("sin due, today a bank holiday", _death(became_aware_on=AWARE),
     "sin_to_panel", D(2026, 4, 3), DUE, SIN_DUE, None, False, 5),
    ("sin due today", _death(became_aware_on=AWARE),
     "sin_to_panel", SIN_DUE, DUE, SIN_DUE, None, False, 0),
    ("sin overdue", _death(became_aware_on=AWARE),
     "sin_to_panel", D(2026, 4, 14), OVERDUE, SIN_DUE, None, False, None),
    ("sin for serious harm", ReviewDates(incident_kind=IncidentKind.SERIOUS_HARM,
                                         became_aware_on=AWARE),
     "sin_to_panel", D(2026, 4, 14), OVERDUE, SIN_DUE, None, False, None),
    ("sin, became aware not recorded", _death(),
     "sin_to_panel", D(2026, 4, 14), NA, None, None, False, None),
    ("sin sent, became aware not recorded", _death(sin_sent_on=D(2026, 4, 8)),
     "sin_to_panel", D(2026, 4, 14), MET, None, D(2026, 4, 8), False, None),
    # --- Rapid Review: Mon 20 Apr -> Tue 21, Wed 22, Thu 23, Fri 24, Mon 27
    ("rapid review due", _death(became_aware_on=AWARE),
     "rapid_review_to_panel", D(2026, 4, 20), DUE, RR_DUE, None, False, 5),
    ("rapid review overdue", _death(became_aware_on=AWARE),
     "rapid_review_to_panel", D(2026, 4, 28), OVERDUE, RR_DUE, None, False, None),
    ("rapid review met", _death(became_aware_on=AWARE, rapid_review_sent_on=D(2026, 4, 24)),
     "rapid_review_to_panel", D(2026, 4, 28), MET, RR_DUE, D(2026, 4, 24), False, None),
    # --- LCSPR completed and published
    ("lcspr due, Mon 22 Feb: Tue 23 .. Fri 26 left",
     _death(decision="lcspr", decision_on=DECIDED),
     "lcspr_published", D(2027, 2, 22), DUE, LCSPR_DUE, None, False, 4),
    ("lcspr due on a Sunday, Friday before has 0 working days left",
     _death(decision="lcspr", decision_on=DECIDED),
     "lcspr_published", D(2027, 2, 26), DUE, LCSPR_DUE, None, False, 0),
    ("lcspr overdue", _death(decision="lcspr", decision_on=DECIDED),
     "lcspr_published", D(2027, 3, 1), OVERDUE, LCSPR_DUE, None, False, None),
    ("lcspr published late", _death(decision="lcspr", decision_on=DECIDED,
                                    published_on=D(2027, 3, 5)),
     "lcspr_published", D(2027, 6, 1), MET, LCSPR_DUE, D(2027, 3, 5), True, None),
    ("no lcspr decided", _death(decision="no_review", decision_on=DECIDED),
     "lcspr_published", D(2027, 3, 1), NA, None, None, False, None),
    ("referred for a national review", _death(decision="national_review", decision_on=DECIDED),
     "lcspr_published", D(2027, 3, 1), NA, None, None, False, None),
    ("awaiting decision", _death(became_aware_on=AWARE),
     "lcspr_published", D(2027, 3, 1), NA, None, None, False, None),
    # --- final report to the Panel and the Secretary of State
    ("final report, no planned publication", _death(decision="lcspr", decision_on=DECIDED),
     "final_report_to_panel_and_secretary_of_state", D(2027, 2, 16), NA, None, None, False,
     None),
    ("final report due today", _death(planned_publication_on=PLANNED),
     "final_report_to_panel_and_secretary_of_state", FINAL_DUE, DUE, FINAL_DUE, None, False, 0),
    ("final report overdue", _death(planned_publication_on=PLANNED),
     "final_report_to_panel_and_secretary_of_state", D(2027, 2, 16), OVERDUE, FINAL_DUE, None,
     False, None),
    ("final report met", _death(planned_publication_on=PLANNED,
                                final_report_sent_on=D(2027, 2, 10)),
     "final_report_to_panel_and_secretary_of_state", D(2027, 2, 16), MET, FINAL_DUE,
     D(2027, 2, 10), False, None),
    # --- report kept published (a hold period: never overdue)
    ("not yet published", _death(decision="lcspr", decision_on=DECIDED),
     "report_kept_published", D(2027, 2, 16), NA, None, None, False, None),
    # due Sat 24 Feb 2029; from Mon 19 Feb: Tue 20, Wed 21, Thu 22, Fri 23 = 4 working days
    ("kept published, period running", _death(published_on=D(2028, 2, 24)),
     "report_kept_published", D(2029, 2, 19), DUE, D(2029, 2, 24), None, False, 4),
    ("kept published, period ends today", _death(published_on=D(2028, 2, 24)),
     "report_kept_published", D(2029, 2, 24), MET, D(2029, 2, 24), D(2029, 2, 24), False, None),
    ("kept published, period over", _death(published_on=D(2028, 2, 24)),
     "report_kept_published", D(2030, 1, 1), MET, D(2029, 2, 24), D(2029, 2, 24), False, None),
    # 29 Feb 2028 + 1 year = 28 Feb 2029. (Wed 1 Mar 2028, Wed 28 Feb 2029] is exactly 52
    # weeks = 260 weekdays, minus 8 weekday bank holidays (14 and 17 Apr, 1 and 29 May,
    # 28 Aug, 25 and 26 Dec 2028; Mon 1 Jan 2029) = 252.
    ("published on 29 Feb", _death(published_on=D(2028, 2, 29)),
     "report_kept_published", D(2028, 3, 1), DUE, D(2029, 2, 28), None, False, 252),
]  # fmt: skip


@pytest.mark.parametrize(
    ("dates", "rule", "today", "status", "due_on", "met_on", "late", "working_days_left"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_compute_deadlines(
    dates: ReviewDates,
    rule: str,
    today: date,
    status: DeadlineStatus,
    due_on: date | None,
    met_on: date | None,
    late: bool,
    working_days_left: int | None,
) -> None:
    deadline = _deadline(dates, rule, today)
    assert deadline.status == status
    assert deadline.due_on == due_on
    assert deadline.met_on == met_on
    assert deadline.late is late
    assert deadline.working_days_left == working_days_left


def test_every_rule_yields_one_deadline_in_rule_set_order() -> None:
    deadlines = compute_deadlines(_death(became_aware_on=AWARE), WT2023, D(2026, 4, 7))
    assert [d.rule for d in deadlines] == list(WT2023.rule_names)
    rule = WT2023.rule("sin_to_panel")
    assert (deadlines[0].title, deadlines[0].source) == (rule.title, rule.source)


def test_care_leaver_death_gets_only_the_notification() -> None:
    dates = ReviewDates(
        incident_kind=IncidentKind.CARE_LEAVER_DEATH,
        became_aware_on=AWARE,
        # Dates a review would have, to show they are ignored for a care leaver.
        sin_sent_on=D(2026, 4, 8),
        decision="lcspr",
        decision_on=DECIDED,
        planned_publication_on=PLANNED,
        published_on=PLANNED,
    )
    deadlines = {d.rule: d for d in compute_deadlines(dates, WT2023, D(2026, 4, 7))}
    notification = deadlines.pop("care_leaver_death_notification")
    assert notification.status == DUE
    assert notification.due_on == SIN_DUE  # 5 working days after, across Easter
    assert notification.working_days_left == 4
    assert {d.status for d in deadlines.values()} == {NA}

    notified = compute_deadlines(
        ReviewDates(
            incident_kind="care_leaver_death",  # type: ignore[arg-type]  # as stored
            became_aware_on=AWARE,
            care_leaver_notified_on=D(2026, 4, 9),
        ),
        WT2023,
        D(2026, 4, 20),
    )
    assert [(d.rule, d.status) for d in notified if d.status != NA] == [
        ("care_leaver_death_notification", MET)
    ]


@pytest.mark.parametrize("kind", [IncidentKind.DEATH, IncidentKind.SERIOUS_HARM])
def test_child_incidents_do_not_get_the_care_leaver_notification(kind: IncidentKind) -> None:
    dates = ReviewDates(incident_kind=kind, became_aware_on=AWARE)
    deadline = _deadline(dates, "care_leaver_death_notification", D(2026, 4, 7))
    assert deadline.status == NA


@pytest.mark.parametrize(
    ("overrides", "dates", "rule", "due_on"),
    [
        # 3 working days after Thu 2 Apr 2026: Tue 7, Wed 8, Thu 9
        ({"sin_to_panel": {"working_days": 3}}, _death(became_aware_on=AWARE),
         "sin_to_panel", D(2026, 4, 9)),
        # 31 Aug 2026 + 9 months = 31 May 2027 (the day exists)
        ({"lcspr_published": {"months": 9}}, _death(decision="lcspr", decision_on=DECIDED),
         "lcspr_published", D(2027, 5, 31)),
        # 10 working days before Wed 24 Feb 2027: ... Mon 15 (7), Fri 12, Thu 11, Wed 10
        ({"final_report_to_panel_and_secretary_of_state": {"working_days": 10}},
         _death(planned_publication_on=PLANNED),
         "final_report_to_panel_and_secretary_of_state", D(2027, 2, 10)),
        ({"report_kept_published": {"years": 2}}, _death(published_on=D(2028, 2, 29)),
         "report_kept_published", D(2030, 2, 28)),
    ],
)  # fmt: skip
def test_overrides_change_due_dates(
    overrides: dict[str, dict[str, int]], dates: ReviewDates, rule: str, due_on: date
) -> None:
    local = with_overrides(WT2023, overrides)
    assert _deadline(dates, rule, D(2026, 1, 1), local).due_on == due_on
    # The shared rule set is untouched, and the rule keeps its name.
    assert _deadline(dates, rule, D(2026, 1, 1)).due_on != due_on
    assert local.rule(rule).name == rule


def test_overrides_accumulate_and_are_serialised() -> None:
    once = with_overrides(WT2023, {"sin_to_panel": {"working_days": 3}})
    twice = with_overrides(once, {"rapid_review_to_panel": {"working_days": 10}})
    assert twice.rule("sin_to_panel").params == {"working_days": 3}
    assert twice.rule("rapid_review_to_panel").params == {"working_days": 10}
    as_dict = rule_set_as_dict(twice)
    assert as_dict["overrides"] == {
        "rapid_review_to_panel": {"working_days": 10},
        "sin_to_panel": {"working_days": 3},
    }
    assert WT2023.rule("sin_to_panel").params == {"working_days": 5}
    assert rule_set_as_dict(WT2023)["overrides"] == {}


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"sin_to_pannel": {"working_days": 3}}, "unknown rule 'sin_to_pannel'"),
        ({"sin_to_panel": {"months": 3}}, "unknown parameter 'months' for rule 'sin_to_panel'"),
        ({"sin_to_panel": {"working_days": 0}}, "at least 1"),
        ({"sin_to_panel": {"working_days": -5}}, "at least 1"),
        ({"sin_to_panel": {"working_days": 1001}}, "at most 1000"),
        ({"lcspr_published": {"months": 2.5}}, "whole number"),
        ({"lcspr_published": {"months": "6"}}, "whole number"),
        ({"lcspr_published": {"months": True}}, "whole number"),
        ({"sin_to_panel": 3}, "must be a mapping"),
    ],
)
def test_bad_overrides_raise(overrides: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        with_overrides(WT2023, overrides)


def test_rule_set_as_dict_is_json_ready() -> None:
    as_dict = rule_set_as_dict(RULE_SETS["WT2023"])
    assert json.loads(json.dumps(as_dict)) == as_dict
    assert as_dict["code"] == "WT2023"
    sin = as_dict["rules"][0]
    assert sin == {
        "name": "sin_to_panel",
        "title": WT2023.rule("sin_to_panel").title,
        "source": WT2023.rule("sin_to_panel").source,
        "counting": "working_days_after",
        "anchor": "became_aware_on",
        "params": {"working_days": 5},
        "met_by": "sin_sent_on",
        "applies_to": ["death", "serious_harm"],
        "applies_in": ["notified", "rapid_review", "awaiting_decision"],
        "only_when_decision": None,
    }
    kept = next(r for r in as_dict["rules"] if r["name"] == "report_kept_published")
    assert kept["met_by"] is None
    assert kept["counting"] == "years_after"


def test_rules_refer_only_to_review_date_fields() -> None:
    # The rule data and the interpreter share field names; a typo would be a silent N/A.
    date_fields = {f.name for f in fields(ReviewDates)} - {"incident_kind", "decision"}
    for rule in WT2023.rules:
        assert rule.anchor.value in date_fields
        assert rule.met_by is None or rule.met_by.value in date_fields
        assert rule.source.startswith("Working Together to Safeguard Children 2023")


def test_unknown_incident_kind_and_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="not_a_kind"):
        ReviewDates(incident_kind="not_a_kind")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="became_aware_on"):
        ReviewDates(
            incident_kind=IncidentKind.DEATH,
            became_aware_on=datetime(2026, 4, 2, 10, 30),
        )
    with pytest.raises(TypeError, match="today"):
        compute_deadlines(_death(), WT2023, datetime(2026, 4, 2, 10, 30))


def test_rule_sets_are_read_only_but_copy_and_pickle() -> None:
    local = with_overrides(WT2023, {"sin_to_panel": {"working_days": 3}})
    with pytest.raises(TypeError, match="read-only"):
        WT2023.rule("sin_to_panel").params["working_days"] = 1  # type: ignore[index]
    with pytest.raises(TypeError, match="read-only"):
        local.overrides["sin_to_panel"]["working_days"] = 1  # type: ignore[index]
    for rule_set in (WT2023, local):
        assert copy.deepcopy(rule_set) == rule_set
        assert pickle.loads(pickle.dumps(rule_set)) == rule_set  # noqa: S301
        assert asdict(rule_set)["rules"][0]["params"] == dict(rule_set.rules[0].params)
    assert WT2023.rule("sin_to_panel").amount == 5
