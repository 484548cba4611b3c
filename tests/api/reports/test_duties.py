"""The report-quality and publication-planning duties, derived from the data: each changes
as drafts are circulated and answered and as requests are sent, answered and withdrawn; a
status set by hand before they were derived is kept, as history, and cannot be set again."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.members.models import ChecklistItem, ItemStatus
from tests.api.reports.helpers import answer, ask, circulate, item, later, plan_url, respond
from tests.api.reviews.fixtures import Callers, Scenario


def state(
    client: TestClient, callers: Callers, scenario: Scenario, seat: str = "member"
) -> tuple[str, str | None, str | None]:
    shown = item(client, callers, scenario, "report_quality", seat)
    evidence = shown["evidence"]
    if evidence is None:
        return shown["status"], None, None
    assert evidence["kind"] == "report_signoff"
    return shown["status"], evidence["version_label"], evidence["response"]


def test_report_quality_follows_the_current_draft_and_the_agencys_latest_response(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    shown = item(client, callers, scenario, "report_quality")
    assert shown["derived"] is True and shown["derivable_later"] is False
    assert state(client, callers, scenario) == ("not_started", None, None)

    v1 = circulate(client, callers, scenario, "v1").json()
    assert state(client, callers, scenario) == ("not_started", "v1", None)
    later(1)
    respond(client, callers, scenario, v1["id"], "member", response="comments", comments="Para 4.2")
    assert state(client, callers, scenario) == ("in_progress", "v1", "comments")
    later(2)
    signed = respond(client, callers, scenario, v1["id"], "member").json()
    assert state(client, callers, scenario) == ("done", "v1", "signed_off")
    evidence = item(client, callers, scenario, "report_quality")["evidence"]
    assert evidence == {
        "kind": "report_signoff",
        "draft_id": v1["id"],
        "version_label": "v1",
        "response": "signed_off",
        "responded_at": signed["responded_at"],
    }
    # Another agency's sign-off does nothing for the police, who have not responded.
    assert state(client, callers, scenario, "police_member") == ("not_started", "v1", None)

    # A new draft makes the sign-off of the old one insufficient.
    later(3)
    v2 = circulate(client, callers, scenario, "v2").json()
    assert state(client, callers, scenario) == ("in_progress", "v2", None)
    assert state(client, callers, scenario, "police_member") == ("not_started", "v2", None)
    later(4)
    respond(client, callers, scenario, v2["id"], "member")
    assert state(client, callers, scenario) == ("done", "v2", "signed_off")

    # Withdrawn, v2 is no longer current: v1 is again, and the council's sign-off of it counts.
    client.post(
        f"{scenario.url}/drafts/{v2['id']}/withdraw",
        headers=callers.headers("lead"),
        json={"reason": "Circulated in error"},
    )
    assert state(client, callers, scenario) == ("done", "v1", "signed_off")
    team = client.get(f"{scenario.url}/team", headers=callers.headers("viewer")).json()
    outstanding = {m["member_id"]: {o["duty"] for o in m["outstanding"]} for m in team["members"]}
    assert "report_quality" not in outstanding[scenario.members["member"]["id"]]
    assert "report_quality" in outstanding[scenario.members["police_member"]["id"]]


def plan(
    client: TestClient, callers: Callers, scenario: Scenario
) -> tuple[str, dict[str, object] | None]:
    shown = item(client, callers, scenario, "publication_planning")
    return shown["status"], shown["evidence"]


def test_publication_planning_follows_the_agencys_open_requests_and_their_answers(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    assert plan(client, callers, scenario) == ("not_started", None)
    # A request to another agency asks nothing of the council.
    ask(client, callers, scenario, "comms_lead", to="police")
    assert plan(client, callers, scenario) == ("not_started", None)

    later(1)
    comms = ask(client, callers, scenario, "comms_lead").json()
    later(2)
    briefed = ask(client, callers, scenario, "staff_briefed").json()
    status, evidence = plan(client, callers, scenario)
    assert status == "not_started"
    assert evidence == {
        "kind": "publication_plan",
        "requests": 2,
        "answered": 0,
        "outstanding": [
            {"request_id": comms["id"], "item": "comms_lead", "question": None},
            {"request_id": briefed["id"], "item": "staff_briefed", "question": None},
        ],
    }
    answer(client, callers, scenario, comms["id"], text="Robin Example")
    status, evidence = plan(client, callers, scenario)
    assert (status, evidence and evidence["answered"]) == ("in_progress", 1)
    answer(client, callers, scenario, briefed["id"], done_on="2026-05-20")
    status, evidence = plan(client, callers, scenario)
    assert (status, evidence and evidence["outstanding"]) == ("done", [])

    # A new request opens the duty again; withdrawing it closes it.
    later(3)
    other = ask(client, callers, scenario, "other", question="Statement on the day?").json()
    assert plan(client, callers, scenario)[0] == "in_progress"
    withdrawn = client.post(
        plan_url(scenario, f"/{other['id']}/withdraw"),
        headers=callers.headers("admin"),
        json={"reason": "Asked in error"},
    )
    assert withdrawn.status_code == 200
    status, evidence = plan(client, callers, scenario)
    assert (status, evidence and evidence["requests"]) == ("done", 2)


@pytest.mark.parametrize("duty", ["report_quality", "publication_planning"])
def test_the_status_cannot_be_set_by_hand_and_a_hand_set_one_is_kept(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, duty: str
) -> None:
    member_id = scenario.members["member"]["id"]
    # As a checklist kept from before the duty was derived: ticked by hand, with a note.
    row = db.scalars(
        select(ChecklistItem).where(
            ChecklistItem.member_id == uuid.UUID(member_id), ChecklistItem.duty == duty
        )
    ).one()
    row.status = ItemStatus.done
    row.note = "Confirmed by e-mail to the business unit"
    db.commit()
    shown = item(client, callers, scenario, duty)
    assert shown["status"] == "not_started"  # derived from the data, which holds nothing yet
    assert shown["note"] == "Confirmed by e-mail to the business unit"
    assert shown["hand_set_status"] == "done"  # shown beside the derived one, as history
    refused = client.patch(
        f"{scenario.url}/members/{member_id}/checklist/{duty}",
        headers={**callers.headers("member"), "If-Match": shown["etag"]},
        json={"status": "done"},
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "derived_item"
    db.expire_all()
    kept = db.get(ChecklistItem, row.id)
    assert kept is not None
    assert (kept.status, kept.note) == (ItemStatus.done, "Confirmed by e-mail to the business unit")
