"""The lifecycle over HTTP: each transition's preconditions, who may ask, the history."""

from __future__ import annotations

import re
import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.reviews import lifecycle
from api.reviews.models import Review
from tests.api.reviews.fixtures import Callers, Driver, Scenario, new_review


def test_the_whole_path_of_an_lcspr(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    d = Driver(client, callers, scenario.id)
    assert d.refused("rapid_review") == ["sin_sent_on_missing"]
    d.patch(sin_sent_on="2026-02-18")
    d.moved("rapid_review")
    assert d.refused("awaiting_decision") == [
        "rapid_review_meeting_on_missing",
        "rapid_review_sent_on_missing",
    ]
    d.patch(rapid_review_meeting_on="2026-02-24", rapid_review_sent_on="2026-02-25")
    d.moved("awaiting_decision")
    assert d.refused("scoping") == ["decision_not_lcspr", "decision_on_missing"]
    d.patch(decision="lcspr", decision_on="2026-02-27")
    assert d.refused("no_review") == ["decision_not_no_review"]
    d.moved("scoping")
    assert d.refused("in_review") == ["terms_of_reference_incomplete"]
    d.patch(
        terms_of_reference={
            "period_start": "2025-01-01",
            "period_end": "2026-02-10",
            "key_lines_of_enquiry": ["Information sharing"],
            "methodology": "Systems approach",
        }
    )
    d.moved("in_review")
    d.moved("drafting")
    assert d.refused("publication") == ["planned_publication_on_missing"]
    d.patch(planned_publication_on="2026-08-20")
    d.moved("publication")
    assert d.refused("published") == ["published_on_missing", "panel_notice_not_met"]
    d.patch(final_report_sent_on="2026-03-02", published_on="2026-03-02")
    d.moved("published")
    d.moved("monitoring")
    d.moved("closed")
    assert client.get(scenario.url, headers=callers.headers("admin")).json()["next_statuses"] == []
    history = client.get(f"{scenario.url}/transitions", headers=callers.headers("viewer"))
    assert history.status_code == 200
    steps = [(t["from_status"], t["to_status"]) for t in history.json()["items"]]
    assert steps[0] == ("notified", "rapid_review") and steps[-1] == ("monitoring", "closed")
    assert len(steps) == 9
    assert {t["actor_id"] for t in history.json()["items"]} == {str(callers.world.users["lead"].id)}


def test_panel_notice_late_report_and_the_admin_override(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    d = Driver(client, callers, scenario.id)
    d.patch(
        sin_sent_on="2026-02-18",
        rapid_review_meeting_on="2026-02-24",
        rapid_review_sent_on="2026-02-25",
        decision="lcspr",
        decision_on="2026-02-27",
        terms_of_reference={
            "period_start": "2025-01-01",
            "period_end": "2026-02-10",
            "key_lines_of_enquiry": ["Why"],
            "methodology": "Systems",
        },
        planned_publication_on="2026-03-05",
    )
    for to in (
        "rapid_review",
        "awaiting_decision",
        "scoping",
        "in_review",
        "drafting",
        "publication",
    ):
        d.moved(to)
    # Sent 2 March: 7 working days before 5 March was 24 February. Late.
    d.patch(final_report_sent_on="2026-03-02", published_on="2026-03-02")
    response = d.move("published")
    assert response.status_code == 409
    unmet = response.json()["unmet"]
    assert unmet == [
        {"code": "panel_notice_not_met", "message": unmet[0]["message"], "overridable": True}
    ]
    assert d.move("published", override=True).status_code == 403  # the lead may not override
    overridden = d.moved("published", who="admin", override=True)
    assert overridden["overridden"] == ["panel_notice_not_met"]
    events = db.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "review.transition")
        .order_by(AuditEvent.occurred_at)
    ).all()
    assert events[-1].details["overridden"] == ["panel_notice_not_met"]
    assert any(e.outcome == "denied" for e in events)


def test_override_never_waives_a_hard_precondition(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    d = Driver(client, callers, scenario.id, who="admin")
    assert d.refused("rapid_review", override=True) == ["sin_sent_on_missing"]


def test_publication_hold_is_a_precondition_of_publication_and_published() -> None:
    for source, target in (
        (lifecycle.S.drafting, lifecycle.S.publication),
        (lifecycle.S.publication, lifecycle.S.published),
    ):
        transition = lifecycle.find(source, target)
        assert transition is not None
        assert "publication_held_by_proceedings" in [p.code for p in transition.preconditions]


def test_a_transition_not_in_the_lifecycle(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    response = Driver(client, callers, scenario.id).move("published")
    assert response.status_code == 409
    assert response.json()["unmet"][0]["code"] == "transition_not_allowed"
    assert response.json()["allowed_from_here"] == ["rapid_review"]


def test_care_leaver_deaths_are_notified_and_closed(client: TestClient, callers: Callers) -> None:
    review = new_review(client, callers, incident_kind="care_leaver_death")
    d = Driver(client, callers, review["id"], who="admin")
    d.patch(sin_sent_on="2026-02-18")
    assert d.refused("rapid_review") == ["care_leaver_path"]
    assert d.refused("closed") == ["care_leaver_notified_on_missing"]
    d.patch(care_leaver_notified_on="2026-02-20")
    d.moved("closed")
    deadlines = client.get(
        f"/api/v1/reviews/{review['id']}/deadlines", headers=callers.headers("admin")
    ).json()["deadlines"]
    by_rule = {x["rule"]: x for x in deadlines}
    assert by_rule["care_leaver_death_notification"]["status"] == "met"
    assert by_rule["sin_to_panel"]["status"] == "not_applicable"


def test_a_death_closes_only_through_the_path(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    assert Driver(client, callers, scenario.id).refused("closed")[0] == "not_care_leaver_death"


def test_no_review_decision_ends_it(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    d = Driver(client, callers, scenario.id)
    d.patch(
        sin_sent_on="2026-02-18",
        rapid_review_meeting_on="2026-02-24",
        rapid_review_sent_on="2026-02-25",
        decision="no_review",
        decision_on="2026-02-27",
    )
    for to in ("rapid_review", "awaiting_decision", "no_review"):
        d.moved(to)
    body = client.get(scenario.url, headers=callers.headers("admin")).json()
    assert body["status"] == "no_review" and body["next_deadline_on"] is None


def test_scoping_needs_a_team(client: TestClient, callers: Callers) -> None:
    review = new_review(client, callers)
    d = Driver(client, callers, review["id"], who="admin")
    d.patch(
        sin_sent_on="2026-02-18",
        rapid_review_meeting_on="2026-02-24",
        rapid_review_sent_on="2026-02-25",
        decision="lcspr",
        decision_on="2026-02-27",
        lead_reviewer_id=None,
    )
    for to in ("rapid_review", "awaiting_decision", "scoping"):
        d.moved(to)
    assert d.refused("in_review") == [
        "terms_of_reference_incomplete",
        "lead_reviewer_missing",
        "review_team_empty",
    ]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 201),
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
def test_who_may_move_a_review(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    Driver(client, callers, scenario.id).patch(sin_sent_on="2026-02-18")
    response = Driver(client, callers, scenario.id, who=who).move("rapid_review")
    assert response.status_code == status, response.text


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
def test_who_may_read_the_history(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = client.get(f"{scenario.url}/transitions", headers=callers.headers(who))
    assert response.status_code == status


def test_transition_body_is_checked(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    url = f"{scenario.url}/transitions"
    headers = callers.headers("admin")
    assert client.post(url, headers=headers, json={"to": "rapid_review"}).status_code == 422
    assert (
        client.post(url, headers=headers, json={"to": "nowhere", "reason": "because"}).status_code
        == 422
    )
    assert (
        client.post(
            url, headers=headers, json={"to": "rapid_review", "reason": "why", "by": "me"}
        ).status_code
        == 422
    )


def test_precondition_messages_are_plain_english() -> None:
    """Staff read the messages: no field names or status codes in them (the code says that)."""
    messages = {p.message for t in lifecycle.TRANSITIONS for p in t.preconditions}
    assert messages
    for message in messages:
        assert re.search(r"\b[a-z]+_[a-z_]+\b", message) is None, message


def test_a_report_not_published_has_no_publication_date(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """The publication date is what tells the published path from the not-published one in
    monitoring and after closing, so it is settled when the review leaves publication."""
    d = Driver(client, callers, scenario.id)
    d.patch(
        sin_sent_on="2026-02-18",
        rapid_review_meeting_on="2026-02-24",
        rapid_review_sent_on="2026-02-25",
        decision="lcspr",
        decision_on="2026-02-27",
        terms_of_reference={
            "period_start": "2025-01-01",
            "period_end": "2026-02-10",
            "key_lines_of_enquiry": ["Information sharing"],
            "methodology": "Systems approach",
        },
        planned_publication_on="2026-08-20",
        published_on="2026-03-02",
        not_published_reasons="A criminal trial is still to be heard.",
        improvements_published="Learning briefing on information sharing.",
    )
    for to in ("rapid_review", "awaiting_decision", "scoping", "in_review", "drafting"):
        d.moved(to)
    assert d.refused("not_published") == ["published_on_recorded"]
    d.moved("publication")
    assert d.refused("not_published") == ["published_on_recorded"]
    d.patch(published_on=None)
    d.moved("not_published")
    for step in (None, "monitoring", "closed"):
        if step is not None:
            d.moved(step)
        etag = client.get(d.url, headers=callers.headers("admin")).headers["ETag"]
        response = client.patch(
            d.url,
            headers={**callers.headers("admin"), "If-Match": etag},
            json={"published_on": "2026-03-02"},
        )
        assert response.status_code == 422, response.text
        problem = response.json()
        assert problem["errors"] == [
            {
                "field": "body.published_on",
                "message": problem["detail"],
                "code": "publication_settled",
            }
        ]
        db.expire_all()
        stored = db.get(Review, uuid.UUID(d.id))
        assert stored is not None and stored.published_on is None


def test_a_published_report_keeps_a_publication_date(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    d = Driver(client, callers, scenario.id, who="admin")
    d.patch(
        sin_sent_on="2026-02-18",
        rapid_review_meeting_on="2026-02-24",
        rapid_review_sent_on="2026-02-25",
        decision="lcspr",
        decision_on="2026-02-27",
        terms_of_reference={
            "period_start": "2025-01-01",
            "period_end": "2026-02-10",
            "key_lines_of_enquiry": ["Information sharing"],
            "methodology": "Systems approach",
        },
        planned_publication_on="2026-08-20",
        final_report_sent_on="2026-03-02",
        published_on="2026-03-02",
    )
    for to in (
        "rapid_review",
        "awaiting_decision",
        "scoping",
        "in_review",
        "drafting",
        "publication",
        "published",
        "monitoring",
    ):
        d.moved(to)
    etag = client.get(d.url, headers=callers.headers("admin")).headers["ETag"]
    response = client.patch(
        d.url,
        headers={**callers.headers("admin"), "If-Match": etag},
        json={"published_on": None},
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["code"] == "publication_settled"
    # A correction of the date stays possible.
    assert d.patch(published_on="2026-02-27")["published_on"] == "2026-02-27"
