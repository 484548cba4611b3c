"""The publication hold: while a proceeding holds publication and is not concluded, a review
moves neither to publication nor to published (409, the proceeding named in ``unmet``),
unless an administrator overrides with a reason (recorded and audited)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.reviews.schemas import TransitionRefused
from tests.api.reviews.fixtures import Callers, Driver, Scenario

HELD = "publication_held_by_proceedings"


def to_drafting(d: Driver) -> None:
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
    )
    for to in ("rapid_review", "awaiting_decision", "scoping", "in_review", "drafting"):
        d.moved(to)


def hold(client: TestClient, callers: Callers, scenario: Scenario, who: str, **body: Any) -> Any:
    response = client.post(
        f"{scenario.url}/proceedings",
        headers=callers.headers(who),
        json={"kind": "criminal_trial", "holds_publication": True, **body},
    )
    assert response.status_code == 201, response.text
    return response.json()


def change(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    proceeding: Any,
    who: str = "member",
    **body: Any,
) -> None:
    url = f"{scenario.url}/proceedings/{proceeding['id']}"
    etag = client.get(url, headers=callers.headers(who)).headers["ETag"]
    response = client.patch(url, headers={**callers.headers(who), "If-Match": etag}, json=body)
    assert response.status_code == 200, response.text


def test_a_holding_proceeding_refuses_publication_naming_it(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    d = Driver(client, callers, scenario.id)
    to_drafting(d)
    trial = hold(client, callers, scenario, "member")
    # Ones that do not hold publication, or have concluded, do not count.
    hold(client, callers, scenario, "police_member", kind="inquest", holds_publication=False)
    hold(client, callers, scenario, "police_member", kind="disciplinary", status="concluded")
    response = d.move("publication")
    assert response.status_code == 409, response.text
    body = response.json()
    assert body["type"] == "/problems/transition-refused"
    (unmet,) = body["unmet"]
    assert unmet["code"] == HELD and unmet["overridable"] is True
    assert unmet["proceedings"] == [
        {
            "id": trial["id"],
            "kind": "criminal_trial",
            "agency_id": str(callers.world.agencies["council"].id),
        }
    ]
    assert "criminal trial" in unmet["message"]
    # It is the refusal the OpenAPI document declares for the operation's 409.
    declared = client.app.openapi()["components"]["schemas"]["TransitionRefused"]
    assert set(declared["required"]) >= {"unmet", "allowed_from_here", "title", "status"}
    assert TransitionRefused.model_validate(body).unmet[0].proceedings is not None
    # Concluding it lifts the hold.
    change(client, callers, scenario, trial, status="concluded")
    d.moved("publication")
    # Flagged again on another: published is refused too, alongside the other preconditions.
    police_hold = hold(client, callers, scenario, "police_member", kind="inquest")
    assert d.refused("published") == ["published_on_missing", "panel_notice_not_met", HELD]
    d.patch(final_report_sent_on="2026-03-02", published_on="2026-03-02")
    assert d.refused("published") == [HELD]
    # No longer holding it (still active) lifts it as well.
    change(client, callers, scenario, police_hold, "police_member", holds_publication=False)
    d.moved("published")


def test_only_an_administrator_overrides_the_hold_with_a_reason_and_it_is_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    d = Driver(client, callers, scenario.id)
    to_drafting(d)
    hold(client, callers, scenario, "member")
    refused = d.move("publication", override=True)  # the lead
    assert refused.status_code == 403, refused.text
    assert client.get(scenario.url, headers=callers.headers("admin")).json()["status"] == (
        "drafting"
    )
    assert d.move("publication", who="admin", override=True, reason="").status_code == 422
    moved = d.moved(
        "publication",
        who="admin",
        override=True,
        reason="The trial judge agreed publication with redactions",
    )
    assert moved["overridden"] == [HELD]
    assert moved["reason"] == "The trial judge agreed publication with redactions"
    event = db.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == "review.transition", AuditEvent.outcome == "success")
        .order_by(AuditEvent.seq.desc())
    ).first()
    assert event is not None and event.details["overridden"] == [HELD]
    assert event.actor_id == str(callers.world.users["admin"].id)
    # The next step is held again: each override is for one transition.
    d.patch(final_report_sent_on="2026-03-02", published_on="2026-03-02")
    assert d.refused("published") == [HELD]
    assert d.moved("published", who="admin", override=True)["overridden"] == [HELD]
