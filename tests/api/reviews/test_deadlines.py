"""Deadlines through the API with a pinned clock: the working-day table (bank holidays,
substitute days, Easter, the turn of the year, month-end), statuses, and overrides."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.clock import clock
from tests.api.reviews.fixtures import Callers, Scenario, new_review


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
