"""Alert confirmations: a member or agency system only for its own agency, on reviews its
agency sits on; the same confirmation twice is safe; another date conflicts."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient

from tests.api.reviews.fixtures import Callers, Scenario


def confirm(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    who: str,
    subject: str = "child",
    **body: str,
) -> tuple[int, dict[str, object]]:
    response = client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers(who),
        json={"subject_id": scenario.subjects[subject]["id"], "confirmed_on": "2026-02-20", **body},
    )
    return response.status_code, response.json()


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 201),
        ("police_member", 201),
        ("council_system", 201),
        ("health_member", 404),  # not on the review: it is invisible
        ("health_system", 404),  # its agency is not on the review
        ("other_lead", 403),
        ("lead", 403),
        ("viewer", 403),  # no alerts:write scope
        ("outsider", 404),  # another partnership's administrator
    ],
)
def test_who_may_confirm(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    code, body = confirm(client, callers, scenario, who)
    assert code == status, body


def test_member_confirms_only_for_their_own_agency(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    police = str(callers.world.agencies["police"].id)
    council = str(callers.world.agencies["council"].id)
    assert confirm(client, callers, scenario, "member", agency_id=police)[0] == 403
    assert confirm(client, callers, scenario, "council_system", agency_id=police)[0] == 403
    code, body = confirm(client, callers, scenario, "member", agency_id=council)
    assert code == 201 and body["agency_id"] == council
    assert body["confirmed_by_id"] == str(callers.world.users["member"].id)


def test_repeat_is_safe_and_another_date_conflicts(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    first = confirm(client, callers, scenario, "member")
    again = confirm(client, callers, scenario, "member")
    assert (first[0], again[0]) == (201, 200)
    assert again[1]["id"] == first[1]["id"]
    code, body = confirm(client, callers, scenario, "council_system", confirmed_on="2026-02-21")
    assert code == 409 and body["existing_id"] == first[1]["id"]


def test_agency_system_needs_an_idempotency_key_and_gets_replays(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    body = {"subject_id": scenario.subjects["child"]["id"], "confirmed_on": "2026-02-20"}
    token = {"Authorization": f"Bearer {callers.token('council_system')}"}
    assert client.post(f"{scenario.url}/alerts", headers=token, json=body).status_code == 400
    key = {**token, "Idempotency-Key": "alert-1"}
    first = client.post(f"{scenario.url}/alerts", headers=key, json=body)
    replay = client.post(f"{scenario.url}/alerts", headers=key, json=body)
    assert (first.status_code, replay.status_code) == (201, 201)
    assert replay.json() == first.json()


def test_admin_names_an_agency_on_the_review(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    assert confirm(client, callers, scenario, "admin")[0] == 422
    health = str(callers.world.agencies["health"].id)
    assert confirm(client, callers, scenario, "admin", agency_id=health)[0] == 422
    police = str(callers.world.agencies["police"].id)
    assert confirm(client, callers, scenario, "admin", agency_id=police)[0] == 201


def test_subject_must_belong_to_the_review_and_date_not_future(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    url = f"{scenario.url}/alerts"
    headers = callers.headers("member")
    assert (
        client.post(
            url,
            headers=headers,
            json={"subject_id": str(uuid.uuid4()), "confirmed_on": "2026-02-20"},
        ).status_code
        == 404
    )
    assert (
        client.post(
            url,
            headers=headers,
            json={"subject_id": scenario.subjects["child"]["id"], "confirmed_on": "2026-03-03"},
        ).status_code
        == 422
    )


def test_a_member_who_left_cannot_confirm(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    member_id = scenario.members["member"]["id"]
    client.post(
        f"{scenario.url}/members/{member_id}/leave",
        headers=callers.headers("lead"),
        json={"reason": "Long-term sick leave"},
    )
    assert confirm(client, callers, scenario, "member")[0] == 403


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("member", 200),
        ("viewer", 200),
        ("council_system", 200),
        ("health_member", 404),
        ("health_system", 404),
        ("other_lead", 404),
    ],
)
def test_who_lists_alerts(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    confirm(client, callers, scenario, "member")
    response = client.get(f"{scenario.url}/alerts", headers=callers.headers(who))
    assert response.status_code == status
    if status == 200:
        assert len(response.json()["items"]) == 1
