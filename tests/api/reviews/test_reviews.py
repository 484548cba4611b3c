"""Reviews over HTTP: who may create, list, read and change them, and what they see."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.pagination import Page
from api.reviews.models import Review
from api.reviews.schemas import ReviewSummary
from tests.api.reviews.fixtures import ALL_CALLERS, Callers, Scenario, if_match, new_review

# Who reaches the scenario's review (led by 'lead'; council and police seated).
REACHES = {
    "admin": True,
    "lead": True,
    "other_lead": False,
    "member": True,
    "police_member": True,
    "health_member": False,
    "viewer": True,
    "council_system": True,
    "health_system": False,
    "outsider": False,
}


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 403),
        ("other_lead", 403),
        ("member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("outsider", 201),
    ],
)
def test_who_may_open_a_review(client: TestClient, callers: Callers, who: str, status: int) -> None:
    response = client.post(
        "/api/v1/reviews",
        headers=callers.headers(who),
        json={
            "incident_kind": "death",
            "incident_on": "2026-02-01",
            "became_aware_on": "2026-02-02",
            "child_pseudonym": "Child B",
        },
    )
    assert response.status_code == status, response.text


def test_reference_format_sequence_and_year(client: TestClient, callers: Callers) -> None:
    first = new_review(client, callers)
    second = new_review(client, callers, incident_kind="care_leaver_death")
    assert (first["reference"], second["reference"]) == ("TSCP-2026-001", "TSCP-2026-002")
    assert first["status"] == "notified"
    assert second["next_statuses"] == ["closed"]
    # Another partnership counts on its own.
    other = client.post(
        "/api/v1/reviews",
        headers=callers.headers("outsider"),
        json={
            "incident_kind": "death",
            "incident_on": "2026-02-01",
            "became_aware_on": "2026-02-02",
            "child_pseudonym": "Child B",
        },
    )
    assert other.json()["reference"] == "OSCP-2026-001"


def test_references_are_unique_and_gapless_under_concurrent_creation(
    client: TestClient, callers: Callers
) -> None:
    callers.token("admin")
    results: list[Any] = []
    errors: list[BaseException] = []

    def create() -> None:
        try:
            for _ in range(3):
                headers = callers.headers("admin")  # a fresh Idempotency-Key each
                results.append(
                    client.post(
                        "/api/v1/reviews",
                        headers=headers,
                        json={
                            "incident_kind": "death",
                            "incident_on": "2026-02-01",
                            "became_aware_on": "2026-02-02",
                            "child_pseudonym": "Child C",
                        },
                    )
                )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=create) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert [r.status_code for r in results] == [201] * 18, [r.text for r in results]
    references = sorted(r.json()["reference"] for r in results)
    assert references == [f"TSCP-2026-{n:03d}" for n in range(1, 19)]


@pytest.mark.parametrize("who", ALL_CALLERS)
def test_list_shows_only_reachable_reviews(
    client: TestClient, callers: Callers, scenario: Scenario, who: str
) -> None:
    response = client.get("/api/v1/reviews", headers=callers.headers(who))
    assert response.status_code == 200
    ids = [r["id"] for r in response.json()["items"]]
    assert (scenario.id in ids) is REACHES[who]


@pytest.mark.parametrize("who", ALL_CALLERS)
def test_read_one_review(
    client: TestClient, callers: Callers, scenario: Scenario, who: str
) -> None:
    response = client.get(scenario.url, headers=callers.headers(who))
    assert response.status_code == (200 if REACHES[who] else 404)
    if response.status_code == 200:
        body = response.json()
        assert response.headers["ETag"] == '"v2"'  # created, then patched once
        # Only on their own resource (test_family_involvement.py), for no one here.
        assert "family_involvement_notes" not in body


def test_a_miss_is_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    assert client.get(scenario.url, headers=callers.headers("health_member")).status_code == 404
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "access.not_found")).all()
    assert [e.record_id for e in events] == [scenario.id]


def test_past_members_still_read_the_review(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    member_id = scenario.members["police_member"]["id"]
    left = client.post(
        f"{scenario.url}/members/{member_id}/leave",
        headers=callers.headers("admin"),
        json={"reason": "Moved to new post"},
    )
    assert left.status_code == 200
    assert client.get(scenario.url, headers=callers.headers("police_member")).status_code == 200


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("other_lead", 404),
        ("member", 403),
        ("police_member", 403),
        ("health_member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("health_system", 403),
        ("outsider", 404),
    ],
)
def test_who_may_change_a_review(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    etag = client.get(scenario.url, headers=callers.headers("admin")).headers["ETag"]
    response = client.patch(
        scenario.url,
        headers={**callers.headers(who), "If-Match": etag},
        json={"sin_sent_on": "2026-02-20"},
    )
    assert response.status_code == status, response.text


def test_patch_needs_if_match_and_refuses_stale_and_unknown_fields(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    headers = callers.headers("lead")
    current = client.get(scenario.url, headers=headers)
    assert (
        client.patch(scenario.url, headers=headers, json={"sin_sent_on": "2026-02-20"}).status_code
        == 428
    )
    assert (
        client.patch(
            scenario.url,
            headers={**headers, "If-Match": '"v1"'},
            json={"sin_sent_on": "2026-02-20"},
        ).status_code
        == 412
    )
    unknown = client.patch(
        scenario.url, headers={**headers, **if_match(current)}, json={"status": "published"}
    )
    assert unknown.status_code == 422
    assert unknown.json()["errors"][0]["code"] == "extra_forbidden"
    ok = client.patch(
        scenario.url,
        headers={**headers, **if_match(current)},
        json={
            "sin_sent_on": "2026-02-20",
            "terms_of_reference": {
                "period_start": "2025-01-01",
                "period_end": "2026-02-10",
                "key_lines_of_enquiry": ["Information sharing"],
            },
        },
    )
    assert ok.status_code == 200, ok.text
    assert ok.headers["ETag"] != current.headers["ETag"]
    assert ok.json()["terms_of_reference"]["key_lines_of_enquiry"] == ["Information sharing"]
    # The stale tag no longer works.
    assert (
        client.patch(
            scenario.url, headers={**headers, **if_match(current)}, json={"sin_reference": "X"}
        ).status_code
        == 412
    )


def test_only_an_admin_appoints_the_lead_reviewer(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    other = str(callers.world.users["other_lead"].id)
    etag = client.get(scenario.url, headers=callers.headers("lead")).headers["ETag"]
    refused = client.patch(
        scenario.url,
        headers={**callers.headers("lead"), "If-Match": etag},
        json={"lead_reviewer_id": other},
    )
    assert refused.status_code == 403
    not_a_lead = client.patch(
        scenario.url,
        headers={**callers.headers("admin"), "If-Match": etag},
        json={"lead_reviewer_id": str(callers.world.users["member"].id)},
    )
    assert not_a_lead.status_code == 422
    moved = client.patch(
        scenario.url,
        headers={**callers.headers("admin"), "If-Match": etag},
        json={"lead_reviewer_id": other},
    )
    assert moved.status_code == 200
    # The reviews follow their lead: the old lead loses it, the new one gains it.
    assert client.get(scenario.url, headers=callers.headers("lead")).status_code == 404
    assert client.get(scenario.url, headers=callers.headers("other_lead")).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"incident_on": "2026-03-03"}, "incident_on"),
        ({"became_aware_on": "2026-01-01"}, "became_aware_on"),
        (
            {"terms_of_reference": {"period_start": "2026-01-02", "period_end": "2026-01-01"}},
            "terms_of_reference.period_end",
        ),
    ],
)
def test_patch_validates_dates(
    client: TestClient, callers: Callers, scenario: Scenario, body: dict[str, Any], field: str
) -> None:
    etag = client.get(scenario.url, headers=callers.headers("admin")).headers["ETag"]
    response = client.patch(
        scenario.url, headers={**callers.headers("admin"), "If-Match": etag}, json=body
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == f"body.{field}"


def test_create_validates(client: TestClient, callers: Callers) -> None:
    headers = callers.headers("admin")
    base = {
        "incident_kind": "death",
        "incident_on": "2026-02-01",
        "became_aware_on": "2026-02-02",
        "child_pseudonym": "Child B",
    }
    assert (
        client.post(
            "/api/v1/reviews", headers=headers, json={**base, "incident_kind": "accident"}
        ).status_code
        == 422
    )
    assert (
        client.post(
            "/api/v1/reviews", headers=headers, json={**base, "became_aware_on": "2026-01-01"}
        ).status_code
        == 422
    )
    assert (
        client.post(
            "/api/v1/reviews", headers=headers, json={**base, "reference": "X-1"}
        ).status_code
        == 422
    )
    assert (
        client.post(
            "/api/v1/reviews",
            headers=headers,
            json={**base, "lead_reviewer_id": str(callers.world.users["viewer"].id)},
        ).status_code
        == 422
    )
    assert (
        client.post(
            "/api/v1/reviews",
            headers=headers,
            json={**base, "incident_on": "2026-04-01", "became_aware_on": "2026-04-01"},
        ).status_code
        == 422
    )


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            {"became_aware_on": "2026-01-01"},
            "became_aware_on",
            "The date the local authority became aware must be on or after the date of the "
            "incident.",
        ),
        (
            {"sin_sent_on": "2026-02-01"},
            "sin_sent_on",
            "The date the notification was sent must be on or after the date the local "
            "authority became aware.",
        ),
        (
            {"incident_on": "2026-04-01", "became_aware_on": "2026-04-01"},
            "incident_on",
            "The date of the incident must be today or in the past.",
        ),
        (
            {"sin_sent_on": "2026-04-01"},
            "sin_sent_on",
            "The date the notification was sent must be today or in the past.",
        ),
    ],
)
def test_create_names_the_field_of_a_date_error(
    client: TestClient, callers: Callers, change: dict[str, Any], field: str, message: str
) -> None:
    base = {
        "incident_kind": "death",
        "incident_on": "2026-02-01",
        "became_aware_on": "2026-02-02",
        "child_pseudonym": "Child B",
    }
    response = client.post(
        "/api/v1/reviews", headers=callers.headers("admin"), json={**base, **change}
    )
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    assert [(e["field"], e["message"]) for e in errors] == [(f"body.{field}", message)]
    assert "_on" not in message


def test_patch_names_the_field_of_a_date_order_error(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    current = client.get(scenario.url, headers=callers.headers("admin"))
    response = client.patch(
        scenario.url,
        headers={**callers.headers("admin"), "If-Match": current.headers["ETag"]},
        json={"sin_sent_on": "2000-01-01"},
    )
    assert response.status_code == 422, response.text
    error = response.json()["errors"][0]
    assert error["field"] == "body.sin_sent_on"
    assert error["message"].startswith("The date the notification was sent must be on or after")


def test_list_filters_and_pagination(client: TestClient, callers: Callers) -> None:
    headers = callers.headers("admin")
    lead_id = str(callers.world.users["lead"].id)
    # Aware long ago and no SIN sent: overdue. Aware today: due.
    overdue = new_review(client, callers, became_aware_on="2026-01-05", incident_on="2026-01-01")
    fresh = [
        new_review(client, callers, became_aware_on="2026-03-02", lead_reviewer_id=None)
        for _ in range(4)
    ]
    assert overdue["overdue"] is True and fresh[0]["overdue"] is False

    def ids(**params: Any) -> list[str]:
        response = client.get("/api/v1/reviews", headers=headers, params=params)
        assert response.status_code == 200, response.text
        return [r["id"] for r in response.json()["items"]]

    assert ids(overdue=True) == [overdue["id"]]
    assert set(ids(overdue=False)) == {r["id"] for r in fresh}
    assert ids(lead_reviewer_id=lead_id) == [overdue["id"]]
    assert len(ids(status="notified")) == 5
    assert ids(status=["closed", "scoping"]) == []
    assert ids(updated_since=fresh[-1]["updated_at"]) == [fresh[-1]["id"]]
    assert (
        client.get(
            "/api/v1/reviews", headers=headers, params={"updated_since": "2026-01-01T00:00:00"}
        ).status_code
        == 422
    )
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/reviews", headers=headers, params=params).json()
        seen += [r["id"] for r in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [overdue["id"], *[r["id"] for r in fresh]]
    assert (
        client.get(
            "/api/v1/reviews", headers=headers, params={"cursor": "not-a-cursor"}
        ).status_code
        == 400
    )


def test_another_partnerships_review_is_a_404(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    for path in ("", "/deadlines", "/transitions", "/subjects", "/alerts", "/members", "/team"):
        response = client.get(scenario.url + path, headers=callers.headers("outsider"))
        assert response.status_code == 404, path


def test_reviews_name_their_lead_reviewer(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    lead = callers.world.users["lead"]
    expected = {"id": str(lead.id), "name": lead.name}
    detail = client.get(scenario.url, headers=callers.headers("viewer")).json()
    assert detail["lead_reviewer"] == expected
    listed = client.get("/api/v1/reviews", headers=callers.headers("viewer")).json()["items"]
    assert {r["id"]: r["lead_reviewer"] for r in listed}[scenario.id] == expected
    unled = new_review(client, callers, lead_reviewer_id=None)
    assert unled["lead_reviewer"] is None


def test_a_list_page_writes_each_summary_as_the_review_itself_does(
    client: TestClient, callers: Callers, db: Session
) -> None:
    """A list page is laid out from text columns (``api.wire``), not from ``ReviewSummary``
    models: each summary must carry the same fields, in the same order, with the same bytes,
    as the review's own answer, for every shape a summary takes, and the page must be
    exactly what the models would write."""
    admin = callers.headers("admin")
    overdue = new_review(client, callers, became_aware_on="2026-01-05", incident_on="2026-01-01")
    unled = new_review(client, callers, lead_reviewer_id=None, child_pseudonym="Child \u00e9")
    quoted = new_review(client, callers, child_pseudonym='Child "Q" \\ \u00e9\u00e8 \u2014 /')
    # A timestamp on the second, which the models write without a fraction.
    db.execute(
        update(Review)
        .where(Review.id == uuid.UUID(quoted["id"]))
        .values(created_at=datetime(2026, 2, 16, 9, 30, tzinfo=UTC))
    )
    db.commit()
    decided = new_review(client, callers)
    current = client.get(f"/api/v1/reviews/{decided['id']}", headers=admin)
    patched = client.patch(
        f"/api/v1/reviews/{decided['id']}",
        headers={**admin, **if_match(current)},
        json={"decision": "lcspr", "decision_on": "2026-02-27"},
    )
    assert patched.status_code == 200, patched.text
    fields = list(ReviewSummary.model_fields)
    for who in ("admin", "lead", "viewer"):
        page = client.get("/api/v1/reviews", headers=callers.headers(who), params={"limit": 200})
        assert page.status_code == 200, page.text
        listed = {item["id"]: item for item in page.json()["items"]}
        assert listed, who
        for review_id, item in listed.items():
            assert list(item) == fields, who
            detail = client.get(f"/api/v1/reviews/{review_id}", headers=callers.headers(who))
            expected = ReviewSummary.model_validate(detail.json()).model_dump_json()
            assert ReviewSummary.model_validate(item).model_dump_json() == expected, who
            assert item == {k: detail.json()[k] for k in fields}, who
        if who == "admin":
            assert listed[overdue["id"]]["overdue"] is True
            assert listed[unled["id"]]["lead_reviewer"] is None
            assert listed[unled["id"]]["child_pseudonym"] == "Child \u00e9"
            assert listed[decided["id"]]["decision"] == "lcspr"
            assert listed[quoted["id"]]["created_at"] == "2026-02-16T09:30:00Z"
    # The whole page, byte for byte as the models write it (compact, in field order, with
    # their escaping and their timestamps), on page 1 and after a cursor.
    first = client.get("/api/v1/reviews", headers=admin, params={"limit": 2})
    later = client.get(
        "/api/v1/reviews",
        headers=admin,
        params={"limit": 200, "cursor": first.json()["next_cursor"]},
    )
    for page in (first, later, client.get("/api/v1/reviews", headers=admin)):
        assert page.status_code == 200, page.text
        rewritten = Page[ReviewSummary].model_validate_json(page.content).model_dump_json()
        assert page.content == rewritten.encode()
    assert b'\\"Q\\" \\\\ ' in later.content  # "Q" and the backslash, escaped once
