"""Shared helpers for the meetings tests: a meeting scheduled (or held) by the lead reviewer,
its attendance recorded, practitioners and contacts added by their agency's member."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.api.reviews.fixtures import Callers, Scenario

# The scenario's seats joined on 2026-03-02 (the pinned clock's day).
HELD_AT = "2026-03-02T09:00:00Z"


def url(scenario: Scenario, tail: str = "") -> str:
    return f"{scenario.url}/meetings{tail}"


def schedule(
    client: TestClient, callers: Callers, scenario: Scenario, who: str = "lead", **body: Any
) -> Any:
    response = client.post(
        url(scenario),
        headers=callers.headers(who),
        json={"kind": "review_team_meeting", "held_at": HELD_AT, **body},
    )
    assert response.status_code == 201, response.text
    return response


def record(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    meeting: Any,
    members: dict[str, str] | None = None,
    practitioners: dict[str, str] | None = None,
    who: str = "lead",
) -> Any:
    """PUT the attendance (seat id or practitioner id to status) against the meeting's ETag."""
    location = meeting.headers.get("Location")
    target = (location or url(scenario, f"/{meeting.json()['id']}")) + "/attendance"
    return client.put(
        target,
        headers={**callers.headers(who), "If-Match": meeting.headers["ETag"]},
        json={
            "members": [{"member_id": k, "status": v} for k, v in (members or {}).items()],
            "practitioners": [
                {"practitioner_id": k, "status": v} for k, v in (practitioners or {}).items()
            ],
        },
    )


def practitioner(
    client: TestClient, callers: Callers, scenario: Scenario, who: str = "member", **body: Any
) -> dict[str, Any]:
    response = client.post(
        f"{scenario.url}/practitioners",
        headers=callers.headers(who),
        json={"name": "Jo Example", "job_title": "Social worker", **body},
    )
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def contact(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    practitioner_id: str,
    on: str,
    kind: str = "update",
    who: str = "member",
) -> None:
    response = client.post(
        f"{scenario.url}/practitioners/{practitioner_id}/contacts",
        headers=callers.headers(who),
        json={"kind": kind, "contacted_on": on},
    )
    assert response.status_code == 201, response.text


def item(client: TestClient, callers: Callers, scenario: Scenario, duty: str) -> Any:
    """The council member's checklist item, read alone and on the page (they must agree)."""
    member_id = scenario.members["member"]["id"]
    base = f"{scenario.url}/members/{member_id}/checklist"
    alone = client.get(f"{base}/{duty}", headers=callers.headers("member")).json()
    page = {
        i["duty"]: i for i in client.get(base, headers=callers.headers("member")).json()["items"]
    }
    assert page[duty] == alone
    return alone
