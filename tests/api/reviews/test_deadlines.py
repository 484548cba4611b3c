"""Deadlines through the API with a pinned clock: the working-day table (bank holidays,
substitute days, Easter, the turn of the year, month-end), statuses, overrides, and how each
lifecycle path moves every deadline, the next deadline, the overdue filter and the list the
dashboard counts from."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from api import cli
from api.audit.models import AuditEvent
from api.clock import clock
from api.reviews.models import Decision, Review, ReviewStatus
from tests.api.reviews.fixtures import Callers, Driver, Scenario, new_review


def deadlines(
    client: TestClient, callers: Callers, review_id: str, who: str = "admin"
) -> dict[str, dict[str, Any]]:
    response = client.get(f"/api/v1/reviews/{review_id}/deadlines", headers=callers.headers(who))
    assert response.status_code == 200, response.text
    return {d["rule"]: d for d in response.json()["deadlines"]}


def pin(day: str) -> None:
    clock.pin(datetime.fromisoformat(day).replace(hour=12, tzinfo=UTC))


# became aware -> (SIN due: 5 working days, Rapid Review due: 15 working days)
WORKING_DAY_TABLE = [
    # An ordinary week: Monday + 5 = next Monday.
    ("2026-03-02", "2026-03-09", "2026-03-23"),
    # Easter 2026: Good Friday 3 April, Easter Monday 6 April.
    ("2026-03-31", "2026-04-09", "2026-04-23"),
    # Christmas and Boxing Day 2026 fall on a Friday and Saturday: substitute Monday 28th;
    # New Year's Day 2027 is a Friday.
    ("2026-12-22", "2026-12-31", "2027-01-15"),
    # Christmas 2027 on a Saturday: substitute days 27 and 28 December; New Year's Day on a
    # Saturday too (substitute Monday 3 January 2028).
    ("2027-12-23", "2028-01-04", "2028-01-18"),
    # Early May bank holiday (4 May 2026) and month-end.
    ("2026-04-30", "2026-05-08", "2026-05-22"),
    # Aware on a Saturday: day 1 is the Monday.
    ("2026-02-28", "2026-03-06", "2026-03-20"),
    # Spring bank holiday (25 May 2026) and the turn of the month.
    ("2026-05-22", "2026-06-01", "2026-06-15"),
]


@pytest.mark.parametrize(("aware", "sin_due", "rapid_due"), WORKING_DAY_TABLE)
def test_working_day_deadlines(
    client: TestClient, callers: Callers, aware: str, sin_due: str, rapid_due: str
) -> None:
    pin(aware)
    review = new_review(client, callers, incident_on=aware, became_aware_on=aware)
    table = deadlines(client, callers, review["id"])
    assert table["sin_to_panel"]["due_on"] == sin_due
    assert table["rapid_review_to_panel"]["due_on"] == rapid_due
    assert table["sin_to_panel"]["status"] == "due"
    assert review["next_deadline_on"] == sin_due


@pytest.mark.parametrize(
    ("decision_on", "due"),
    [
        ("2026-08-31", "2027-02-28"),  # no 31 February: the month's last day
        ("2027-08-31", "2028-02-29"),  # a leap year
        ("2026-07-15", "2027-01-15"),  # across the turn of the year
    ],
)
def test_lcspr_six_calendar_months(
    client: TestClient, callers: Callers, decision_on: str, due: str
) -> None:
    pin(decision_on)
    review = new_review(client, callers)
    etag = client.get(f"/api/v1/reviews/{review['id']}", headers=callers.headers("admin")).headers[
        "ETag"
    ]
    response = client.patch(
        f"/api/v1/reviews/{review['id']}",
        headers={**callers.headers("admin"), "If-Match": etag},
        json={
            "decision": "lcspr",
            "decision_on": decision_on,
            "sin_sent_on": "2026-02-18",
            "rapid_review_sent_on": "2026-02-25",
        },
    )
    assert response.status_code == 200, response.text
    assert deadlines(client, callers, review["id"])["lcspr_published"]["due_on"] == due


def test_statuses_met_due_overdue_and_not_applicable(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    # Aware Monday 16 Feb 2026: SIN due 23 Feb, Rapid Review due 9 March; today 2 March.
    table = deadlines(client, callers, scenario.id)
    assert table["sin_to_panel"]["status"] == "overdue"
    assert table["rapid_review_to_panel"] == {
        **table["rapid_review_to_panel"],
        "status": "due",
        "working_days_left": 5,
        "due_on": "2026-03-09",
    }
    assert table["lcspr_published"]["status"] == "not_applicable"
    assert table["care_leaver_death_notification"]["status"] == "not_applicable"
    assert scenario.review["overdue"] is True
    etag = client.get(scenario.url, headers=callers.headers("admin")).headers["ETag"]
    client.patch(
        scenario.url,
        headers={**callers.headers("admin"), "If-Match": etag},
        json={"sin_sent_on": "2026-02-25"},
    )
    table = deadlines(client, callers, scenario.id)
    assert table["sin_to_panel"] | {} == {
        **table["sin_to_panel"],
        "status": "met",
        "met_on": "2026-02-25",
        "late": True,
    }
    review = client.get(scenario.url, headers=callers.headers("admin")).json()
    assert review["next_deadline_on"] == "2026-03-09" and review["overdue"] is False
    pin("2026-03-10")
    callers.tokens.clear()  # tokens count time by the same clock
    review = client.get(scenario.url, headers=callers.headers("admin")).json()
    assert review["overdue"] is True  # the stored date did not change; today did
    assert deadlines(client, callers, scenario.id)["rapid_review_to_panel"]["status"] == "overdue"


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("other_lead", 404),
        ("member", 200),
        ("health_member", 404),
        ("viewer", 200),
        ("council_system", 200),
        ("health_system", 404),
        ("outsider", 404),
    ],
)
def test_who_reads_deadlines(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = client.get(f"{scenario.url}/deadlines", headers=callers.headers(who))
    assert response.status_code == status


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 403),
        ("member", 403),
        ("viewer", 403),
        ("council_system", 403),
    ],
)
def test_only_admins_handle_rule_overrides(
    client: TestClient, callers: Callers, who: str, status: int
) -> None:
    assert (
        client.get("/api/v1/partnership/rules", headers=callers.headers(who)).status_code == status
    )
    response = client.put(
        "/api/v1/partnership/rules",
        headers={**callers.headers(who), "If-Match": "*"},
        json={"overrides": {}},
    )
    assert response.status_code == status


def test_overrides_change_deadlines_and_are_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = callers.headers("admin")
    current = client.get("/api/v1/partnership/rules", headers=headers)
    assert current.json()["code"] == "WT2023" and current.json()["overrides"] == {}
    body = {"overrides": {"rapid_review_to_panel": {"working_days": 10}}}
    assert client.put("/api/v1/partnership/rules", headers=headers, json=body).status_code == 428
    assert (
        client.put(
            "/api/v1/partnership/rules", headers={**headers, "If-Match": '"v99"'}, json=body
        ).status_code
        == 412
    )
    for bad in (
        {"nonsense": {"working_days": 3}},
        {"sin_to_panel": {"months": 3}},
        {"sin_to_panel": {"working_days": 0}},
    ):
        response = client.put(
            "/api/v1/partnership/rules",
            headers={**headers, "If-Match": current.headers["ETag"]},
            json={"overrides": bad},
        )
        assert response.status_code == 422, bad
    response = client.put(
        "/api/v1/partnership/rules",
        headers={**headers, "If-Match": current.headers["ETag"]},
        json=body,
    )
    assert response.status_code == 200, response.text
    assert response.json()["overrides"] == body["overrides"]
    # Aware 16 Feb + 10 working days = 2 March.
    assert (
        deadlines(client, callers, scenario.id)["rapid_review_to_panel"]["due_on"] == "2026-03-02"
    )
    event = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "partnership.rules_update")
    ).one()
    assert event.details["after"] == body["overrides"]
    # The other partnership is untouched.
    assert (
        client.get("/api/v1/partnership/rules", headers=callers.headers("outsider")).json()[
            "overrides"
        ]
        == {}
    )


# --- Deadlines follow the lifecycle: each rule is pursued only in the statuses it applies in
# (``Rule.applies_in``), and the deadlines page, ``next_deadline_on``, the overdue filter and
# the list the dashboard counts from all say the same.

MET, DUE, OVERDUE, NA = "met", "due", "overdue", "not_applicable"
RULES = (
    "sin_to_panel",
    "rapid_review_to_panel",
    "lcspr_published",
    "final_report_to_panel_and_secretary_of_state",
    "report_kept_published",
    "care_leaver_death_notification",
)
# Aware Mon 16 Feb 2026 (``new_review``); decision to hold an LCSPR Fri 27 Feb 2026.
LCSPR_DUE = "2026-08-27"
REFERRAL = {
    "sin_sent_on": "2026-02-18",
    "rapid_review_meeting_on": "2026-02-24",
    "rapid_review_sent_on": "2026-02-25",
    "decision_on": "2026-02-27",
}
TERMS = {
    "period_start": "2025-01-01",
    "period_end": "2026-02-10",
    "key_lines_of_enquiry": ["Information sharing"],
    "methodology": "Systems approach",
}
NOT_PUBLISHED = {
    "not_published_reasons": "A criminal trial is still to be heard.",
    "improvements_published": "Learning briefing on information sharing.",
}


def listed_ids(client: TestClient, callers: Callers, **query: Any) -> list[str]:
    response = client.get(
        "/api/v1/reviews", headers=callers.headers("admin"), params={"limit": 200, **query}
    )
    assert response.status_code == 200, response.text
    assert response.json()["next_cursor"] is None
    return [item["id"] for item in response.json()["items"]]


def assert_clock(
    client: TestClient,
    callers: Callers,
    review_id: str,
    *,
    status: str,
    statuses: dict[str, str],
    next_deadline_on: str | None,
    overdue: bool,
) -> None:
    """Every deadline's status, the review's next deadline and overdue flag, the overdue
    filter, and the list the dashboard counts by status and flags overdue from."""
    table = deadlines(client, callers, review_id)
    assert {rule: d["status"] for rule, d in table.items()} == {
        rule: statuses.get(rule, NA) for rule in RULES
    }
    # The next deadline is the earliest open one of the same table (a hold period aside).
    open_dates = [
        d["due_on"]
        for rule, d in table.items()
        if d["status"] in (DUE, OVERDUE) and rule != "report_kept_published"
    ]
    assert min(open_dates, default=None) == next_deadline_on
    review = client.get(f"/api/v1/reviews/{review_id}", headers=callers.headers("admin")).json()
    assert (review["status"], review["next_deadline_on"], review["overdue"]) == (
        status,
        next_deadline_on,
        overdue,
    )
    response = client.get(
        "/api/v1/reviews", headers=callers.headers("admin"), params={"limit": 200}
    )
    item = next(i for i in response.json()["items"] if i["id"] == review_id)
    assert (item["status"], item["next_deadline_on"], item["overdue"]) == (
        status,
        next_deadline_on,
        overdue,
    )
    assert (review_id in listed_ids(client, callers, overdue="true")) is overdue
    assert (review_id in listed_ids(client, callers, overdue="false")) is not overdue
    by_status = listed_ids(client, callers, status=status, overdue=str(overdue).lower())
    assert review_id in by_status


def later(callers: Callers, day: str) -> None:
    """Move the clock on (tokens count time by the same clock, so they are issued again)."""
    pin(day)
    callers.tokens.clear()


def lcspr_in_drafting(client: TestClient, callers: Callers) -> Driver:
    review = new_review(client, callers)
    seated = client.post(
        f"/api/v1/reviews/{review['id']}/members",
        headers=callers.headers("admin"),
        json={"user_id": str(callers.world.users["member"].id)},
    )
    assert seated.status_code == 201, seated.text
    d = Driver(client, callers, review["id"])
    d.patch(**REFERRAL, decision="lcspr", terms_of_reference=TERMS)
    for to in ("rapid_review", "awaiting_decision", "scoping", "in_review", "drafting"):
        d.moved(to)
    return d


def test_not_published_from_drafting_then_monitoring_then_closed_owes_no_publication(
    client: TestClient, callers: Callers
) -> None:
    d = lcspr_in_drafting(client, callers)
    done = {"sin_to_panel": MET, "rapid_review_to_panel": MET}
    assert_clock(
        client,
        callers,
        d.id,
        status="drafting",
        statuses={**done, "lcspr_published": DUE},
        next_deadline_on=LCSPR_DUE,
        overdue=False,
    )
    d.patch(**NOT_PUBLISHED)
    d.moved("not_published")
    assert_clock(
        client, callers, d.id, status="not_published", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    # Past the six months: a review that is not published is never overdue for publication.
    later(callers, "2026-09-15")
    assert_clock(
        client, callers, d.id, status="not_published", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    d.moved("monitoring")
    assert_clock(
        client, callers, d.id, status="monitoring", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    d.moved("closed")
    assert_clock(
        client, callers, d.id, status="closed", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip


def test_not_published_from_publication_owes_no_final_report(
    client: TestClient, callers: Callers
) -> None:
    d = lcspr_in_drafting(client, callers)
    # Planned Thu 20 Aug 2026: the final report is due 7 working days before, Tue 11 Aug.
    d.patch(planned_publication_on="2026-08-20")
    d.moved("publication")
    done = {"sin_to_panel": MET, "rapid_review_to_panel": MET}
    assert_clock(
        client,
        callers,
        d.id,
        status="publication",
        statuses={
            **done,
            "lcspr_published": DUE,
            "final_report_to_panel_and_secretary_of_state": DUE,
        },
        next_deadline_on="2026-08-11",
        overdue=False,
    )
    d.patch(**NOT_PUBLISHED)
    d.moved("not_published")
    later(callers, "2026-09-15")
    assert_clock(
        client, callers, d.id, status="not_published", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    d.moved("monitoring")
    assert_clock(
        client, callers, d.id, status="monitoring", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip


def test_published_then_monitoring_then_closed(client: TestClient, callers: Callers) -> None:
    d = lcspr_in_drafting(client, callers)
    # Planned Thu 5 Mar 2026: the final report was due Tue 24 Feb and was never sent; an
    # administrator publishes anyway, overriding the Panel notice.
    d.patch(planned_publication_on="2026-03-05")
    d.moved("publication")
    done = {"sin_to_panel": MET, "rapid_review_to_panel": MET}
    late_report = {"final_report_to_panel_and_secretary_of_state": OVERDUE}
    assert_clock(
        client,
        callers,
        d.id,
        status="publication",
        statuses={**done, **late_report, "lcspr_published": DUE},
        next_deadline_on="2026-02-24",
        overdue=True,
    )
    d.patch(published_on="2026-03-02")
    d.moved("published", who="admin", override=True)
    published = {**done, "lcspr_published": MET, "report_kept_published": DUE}
    assert_clock(
        client,
        callers,
        d.id,
        status="published",
        statuses={**published, **late_report},
        next_deadline_on="2026-02-24",
        overdue=True,
    )
    # Monitoring the learning: the publication steps are behind the review.
    d.moved("monitoring")
    assert_clock(
        client, callers, d.id, status="monitoring", statuses=published,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    d.moved("closed")
    assert_clock(
        client, callers, d.id, status="closed", statuses=published,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    kept = deadlines(client, callers, d.id)["report_kept_published"]
    assert kept["due_on"] == "2027-03-02"
    later(callers, "2027-03-02")
    assert_clock(
        client, callers, d.id, status="closed",
        statuses={**published, "report_kept_published": MET},
        next_deadline_on=None, overdue=False,
    )  # fmt: skip


def test_national_review_pursues_nothing_once_referred(
    client: TestClient, callers: Callers
) -> None:
    review = new_review(client, callers)
    d = Driver(client, callers, review["id"])
    d.patch(**REFERRAL, decision="national_review")
    done = {"sin_to_panel": MET, "rapid_review_to_panel": MET}
    for to in ("rapid_review", "awaiting_decision"):
        d.moved(to)
    assert_clock(
        client, callers, d.id, status="awaiting_decision", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    d.moved("national_review")
    assert_clock(
        client, callers, d.id, status="national_review", statuses=done,
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
    # A date taken back after the referral does not reopen the clock on the review's page
    # while the list says nothing is due.
    d.patch(rapid_review_sent_on=None)
    later(callers, "2026-03-10")
    assert_clock(
        client, callers, d.id, status="national_review",
        statuses={"sin_to_panel": MET}, next_deadline_on=None, overdue=False,
    )  # fmt: skip


def test_no_review_closes_the_clock(client: TestClient, callers: Callers) -> None:
    review = new_review(client, callers)
    d = Driver(client, callers, review["id"])
    d.patch(sin_sent_on="2026-02-18")
    d.moved("rapid_review")
    assert_clock(
        client,
        callers,
        d.id,
        status="rapid_review",
        statuses={"sin_to_panel": MET, "rapid_review_to_panel": DUE},
        next_deadline_on="2026-03-09",
        overdue=False,
    )
    d.patch(**REFERRAL, decision="no_review")
    d.moved("awaiting_decision")
    d.moved("no_review")
    later(callers, "2026-09-15")
    assert_clock(
        client, callers, d.id, status="no_review",
        statuses={"sin_to_panel": MET, "rapid_review_to_panel": MET},
        next_deadline_on=None, overdue=False,
    )  # fmt: skip


def test_care_leaver_death_is_notified_only(client: TestClient, callers: Callers) -> None:
    review = new_review(client, callers, incident_kind="care_leaver_death")
    d = Driver(client, callers, review["id"], who="admin")
    # Aware Mon 16 Feb: the notification was due Mon 23 Feb; today is Mon 2 March.
    assert_clock(
        client,
        callers,
        d.id,
        status="notified",
        statuses={"care_leaver_death_notification": OVERDUE},
        next_deadline_on="2026-02-23",
        overdue=True,
    )
    d.patch(care_leaver_notified_on="2026-02-27")
    d.moved("closed")
    assert_clock(
        client,
        callers,
        d.id,
        status="closed",
        statuses={"care_leaver_death_notification": MET},
        next_deadline_on=None,
        overdue=False,
    )
    assert deadlines(client, callers, d.id)["care_leaver_death_notification"]["late"] is True


def test_migrate_brings_stored_next_deadlines_up_to_date(
    client: TestClient, callers: Callers, db: Session
) -> None:
    """A next deadline stored under an earlier rule set (here: a review in monitoring still
    holding the LCSPR's date) is recomputed when the database is migrated."""
    review = new_review(client, callers)
    db.execute(
        update(Review)
        .where(Review.id == uuid.UUID(review["id"]))
        .values(
            status=ReviewStatus.monitoring,
            decision=Decision.lcspr,
            decision_on=date(2026, 2, 27),
            sin_sent_on=date(2026, 2, 18),
            rapid_review_sent_on=date(2026, 2, 25),
            not_published_reasons=NOT_PUBLISHED["not_published_reasons"],
            improvements_published=NOT_PUBLISHED["improvements_published"],
            next_deadline_on=date(2026, 8, 27),
        )
    )
    db.commit()
    later(callers, "2026-09-15")
    assert listed_ids(client, callers, overdue="true") == [review["id"]]
    result = CliRunner().invoke(cli.app, ["migrate"])
    assert result.exit_code == 0, result.output
    assert "next deadline of 1 review brought up to date" in result.output
    assert_clock(
        client, callers, review["id"], status="monitoring",
        statuses={"sin_to_panel": MET, "rapid_review_to_panel": MET},
        next_deadline_on=None, overdue=False,
    )  # fmt: skip
