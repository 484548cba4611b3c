"""A user moved to another agency: the move waits until their seats are ended, and from the
next request on, what they may see and do follows the agency they belong to now."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import update
from sqlalchemy.orm import Session

from api.users.models import User
from tests.api.reviews.fixtures import Callers, Scenario


def patch_user(client: TestClient, callers: Callers, key: str, body: dict[str, Any]) -> Any:
    url = f"/api/v1/users/{callers.world.users[key].id}"
    current = client.get(url, headers=callers.headers("admin"))
    assert current.status_code == 200, current.text
    return client.patch(
        url, json=body, headers={**callers.headers("admin"), "If-Match": current.headers["etag"]}
    )


def subjects_seen(client: TestClient, callers: Callers, scenario: Scenario, who: str) -> Any:
    response = client.get(f"{scenario.url}/subjects", headers=callers.headers(who))
    assert response.status_code == 200, response.text
    return {s["pseudonym"]: s for s in response.json()["items"]}


def test_moving_a_seated_member_waits_for_the_seat_to_end(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    world = callers.world
    council, health = (str(world.agencies[k].id) for k in ("council", "health"))
    # Seated for the council, whose record the child is on: names and reference shown.
    before = subjects_seen(client, callers, scenario, "member")
    assert before["Child"]["identifying"]["names"] == "Alex Example"
    assert [r["agency_id"] for r in before["Child"]["record_references"]] == [council]

    moved = patch_user(client, callers, "member", {"agency_id": health})
    assert moved.status_code == 409, moved.text
    problem = moved.json()
    reference = scenario.review["reference"]
    assert problem["code"] == "active_seats"
    assert reference in problem["detail"] and "leaving" in problem["detail"]
    assert problem["seats"] == [
        {
            "review_id": scenario.id,
            "review_reference": reference,
            "member_id": scenario.members["member"]["id"],
            "deputy": False,
        }
    ]
    # Leaving the member role would strand the seat just the same.
    assert patch_user(client, callers, "member", {"role": "viewer"}).status_code == 409
    # Nothing changed: still the council's member, still entitled.
    user = client.get(f"/api/v1/users/{world.users['member'].id}", headers=callers.headers("admin"))
    assert user.json()["agency_id"] == council and user.json()["role"] == "member"

    # The co-ordinator records the member leaving the review, then moves them.
    seat = scenario.members["member"]["id"]
    left = client.post(
        f"{scenario.url}/members/{seat}/leave",
        headers=callers.headers("lead"),
        json={"reason": "Moved to the health board"},
    )
    assert left.status_code == 200, left.text
    assert patch_user(client, callers, "member", {"agency_id": health}).status_code == 200

    # The same token, on its very next request, speaks for the health board only.
    me = client.get("/api/v1/me", headers=callers.headers("member")).json()
    assert me["agency"]["id"] == health
    after = subjects_seen(client, callers, scenario, "member")
    assert all(s["identifying"] is None for s in after.values())
    assert all(s["record_references"] == [] for s in after.values())
    # Nor the council seat's checklist (its own agency's work), nor its alerts.
    checklist = client.get(
        f"{scenario.url}/members/{seat}/checklist", headers=callers.headers("member")
    )
    assert checklist.status_code == 404
    alert = client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers("member"),
        json={
            "subject_id": scenario.subjects["child"]["id"],
            "agency_id": council,
            "confirmed_on": "2026-03-01",
        },
    )
    assert alert.status_code == 403


def test_a_seat_kept_for_a_former_agency_entitles_to_nothing(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """A seat left active on the old agency (as a move made before moves were checked left
    it) gives the user nothing of that agency's: entitlement follows the agency they belong
    to now, read again on every request."""
    world = callers.world
    seat = scenario.members["member"]["id"]
    headers = callers.headers("member")
    assert subjects_seen(client, callers, scenario, "member")["Child"]["identifying"] is not None
    item_url = f"{scenario.url}/members/{seat}/checklist/share_learning"
    item = client.get(item_url, headers=headers)
    assert item.status_code == 200

    db.execute(
        update(User)
        .where(User.id == world.users["member"].id)
        .values(agency_id=world.agencies["health"].id)
    )
    db.commit()

    after = subjects_seen(client, callers, scenario, "member")
    assert all(s["identifying"] is None for s in after.values())
    assert all(s["record_references"] == [] for s in after.values())
    assert (
        client.get(f"{scenario.url}/members/{seat}/checklist", headers=headers).status_code == 404
    )
    changed = client.patch(
        item_url,
        headers={**callers.headers("member"), "If-Match": item.headers["etag"]},
        json={"status": "done"},
    )
    assert changed.status_code == 404, changed.text
    declared = client.post(
        f"{scenario.url}/members/{seat}/declarations",
        headers=callers.headers("member"),
        json={"kind": "confidentiality"},
    )
    assert declared.status_code == 404, declared.text
    alert = client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers("member"),
        json={"subject_id": scenario.subjects["child"]["id"], "confirmed_on": "2026-03-01"},
    )
    assert alert.status_code == 403
    team = client.get(f"{scenario.url}/team", headers=headers).json()
    assert not any(m["can_view_checklist"] for m in team["members"])
