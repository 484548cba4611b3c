"""Parallel proceedings over HTTP: who may read and record them, for which agency; ending one
is a dated change of status; an agency's dated "none"; the derived duty; the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from tests.api.reviews.fixtures import Callers, Scenario


def record(client: TestClient, callers: Callers, scenario: Scenario, who: str, **body: Any) -> Any:
    return client.post(
        f"{scenario.url}/proceedings",
        headers=callers.headers(who),
        json={"kind": "criminal_investigation", **body},
    )


def agency(callers: Callers, name: str) -> str:
    return str(callers.world.agencies[name].id)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 201),
        ("police_member", 201),
        ("lead", 201),
        ("admin", 201),
        ("viewer", 403),  # no checklists:write
        ("council_system", 403),  # no agency-system scope names proceedings
        ("health_system", 403),
        ("other_lead", 404),  # leads another review
        ("health_member", 404),  # not on the review
        ("outsider", 404),  # another partnership's administrator
    ],
)
def test_who_may_record(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    body = {"agency_id": agency(callers, "police")} if who in ("lead", "admin") else {}
    response = record(client, callers, scenario, who, **body)
    assert response.status_code == status, response.text
    if status == 201:
        shown = response.json()
        own = {"member": "council", "police_member": "police"}.get(who, "police")
        assert shown["agency_id"] == agency(callers, own)
        assert shown["status"] == "active" and shown["holds_publication"] is False
        assert response.headers["Location"].endswith(shown["id"])
        assert response.headers["ETag"] == '"v1"'


def test_members_record_only_their_own_agency_and_managers_name_one_on_the_review(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    police, council, health = (agency(callers, n) for n in ("police", "council", "health"))
    assert record(client, callers, scenario, "member", agency_id=police).status_code == 403
    own = record(client, callers, scenario, "member", agency_id=council)
    assert own.status_code == 201 and own.json()["agency_id"] == council
    missing = record(client, callers, scenario, "admin")
    assert missing.status_code == 422
    assert missing.json()["errors"][0]["field"] == "body.agency_id"
    assert record(client, callers, scenario, "lead", agency_id=health).status_code == 422
    assert record(client, callers, scenario, "member", kind="séance").status_code == 422


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("member", 200),
        ("police_member", 200),  # another agency's member reads the council's too
        ("viewer", 200),
        ("council_system", 200),
        ("other_lead", 404),
        ("health_member", 404),
        ("health_system", 404),
        ("outsider", 404),
    ],
)
def test_everyone_who_reaches_the_review_reads_them(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    made = record(
        client, callers, scenario, "member", liaison_contact="MIT liaison inbox", note="Fictional"
    ).json()
    listed = client.get(f"{scenario.url}/proceedings", headers=callers.headers(who))
    one = client.get(f"{scenario.url}/proceedings/{made['id']}", headers=callers.headers(who))
    assert (listed.status_code, one.status_code) == (status, status), listed.text
    if status == 200:
        assert [p["id"] for p in listed.json()["items"]] == [made["id"]]
        assert one.json() == made
        assert one.json()["liaison_contact"] == "MIT liaison inbox"
        assert one.headers["ETag"] == '"v1"'


def test_the_list_filters_by_agency_kind_and_status(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    record(client, callers, scenario, "member")
    record(client, callers, scenario, "police_member", kind="inquest", status="planned")
    url = f"{scenario.url}/proceedings"
    headers = callers.headers("viewer")

    def kinds(**params: str) -> list[str]:
        response = client.get(url, headers=headers, params=params)
        assert response.status_code == 200, response.text
        return [p["kind"] for p in response.json()["items"]]

    assert kinds() == ["criminal_investigation", "inquest"]
    assert kinds(agency_id=agency(callers, "police")) == ["inquest"]
    assert kinds(kind="criminal_investigation") == ["criminal_investigation"]
    assert kinds(status="planned") == ["inquest"]


def patch(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    who: str,
    proceeding: dict[str, Any],
    **body: Any,
) -> Any:
    url = f"{scenario.url}/proceedings/{proceeding['id']}"
    etag = client.get(url, headers=callers.headers("admin")).headers["ETag"]
    return client.patch(url, headers={**callers.headers(who), "If-Match": etag}, json=body)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 200),
        ("lead", 200),
        ("admin", 200),
        ("police_member", 403),  # sees it, but it is the council's
        ("viewer", 403),
        ("council_system", 403),
        ("health_system", 403),
        ("other_lead", 404),
        ("health_member", 404),
        ("outsider", 404),
    ],
)
def test_who_may_change_one(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    made = record(client, callers, scenario, "member").json()
    response = patch(client, callers, scenario, who, made, holds_publication=True)
    assert response.status_code == status, response.text
    after = client.get(f"{scenario.url}/proceedings/{made['id']}", headers=callers.headers("admin"))
    assert after.json()["holds_publication"] is (status == 200)


def test_ending_one_is_a_dated_status_change_and_changes_need_if_match(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    made = record(client, callers, scenario, "member", expected_end_on="2026-06-30").json()
    url = f"{scenario.url}/proceedings/{made['id']}"
    assert client.patch(url, headers=callers.headers("member"), json={}).status_code == 428
    stale = {**callers.headers("member"), "If-Match": '"v9"'}
    assert client.patch(url, headers=stale, json={"status": "concluded"}).status_code == 412
    ended = patch(client, callers, scenario, "member", made, status="concluded")
    assert ended.status_code == 200, ended.text
    assert (ended.json()["status"], ended.json()["concluded_on"]) == ("concluded", "2026-03-02")
    assert ended.headers["ETag"] == '"v2"'
    cleared = patch(client, callers, scenario, "member", made, expected_end_on=None, note=None)
    assert cleared.status_code == 200 and cleared.json()["expected_end_on"] is None
    assert patch(client, callers, scenario, "member", made, kind=None).status_code == 422
    reopened = patch(client, callers, scenario, "lead", made, status="active")
    assert reopened.json()["concluded_on"] is None
    # Never deleted.
    assert client.delete(url, headers=callers.headers("admin")).status_code == 405


def checklist_item(client: TestClient, callers: Callers, scenario: Scenario, who: str) -> Any:
    member_id = scenario.members[who]["id"]
    url = f"{scenario.url}/members/{member_id}/checklist/parallel_proceedings"
    response = client.get(url, headers=callers.headers(who))
    assert response.status_code == 200, response.text
    return response.json()


def test_none_is_dated_completes_the_duty_and_records_supersede_it(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    none = f"{scenario.url}/no-proceedings"
    before = checklist_item(client, callers, scenario, "member")
    assert (before["status"], before["evidence"], before["derived"]) == ("not_started", None, True)
    future = client.post(
        none, headers=callers.headers("member"), json={"declared_on": "2026-03-03"}
    )
    assert future.status_code == 422
    declared = client.post(
        none, headers=callers.headers("member"), json={"declared_on": "2026-02-27"}
    )
    assert declared.status_code == 201, declared.text
    assert declared.json()["agency_id"] == agency(callers, "council")
    item = checklist_item(client, callers, scenario, "member")
    assert item["status"] == "done"
    assert item["evidence"]["none_declared_on"] == "2026-02-27"
    assert item["evidence"]["proceedings"] == 0
    # The police's duty is its own agency's.
    assert checklist_item(client, callers, scenario, "police_member")["status"] == "not_started"
    listed = client.get(none, headers=callers.headers("viewer"))
    assert [d["declared_on"] for d in listed.json()["items"]] == ["2026-02-27"]
    # A later "none" counts.
    client.post(none, headers=callers.headers("member"), json={})
    assert checklist_item(client, callers, scenario, "member")["evidence"]["none_declared_on"] == (
        "2026-03-02"
    )
    # A proceeding recorded afterwards is the declaration now; "none" is refused from then on.
    record(client, callers, scenario, "member", kind="family_court", holds_publication=True)
    item = checklist_item(client, callers, scenario, "member")
    assert item["status"] == "done"
    assert item["evidence"] == {
        "kind": "parallel_proceedings",
        "proceedings": 1,
        "kinds": ["family_court"],
        "open": 1,
        "holding_publication": 1,
        "none_declared_on": None,
    }
    again = client.post(none, headers=callers.headers("member"), json={})
    assert again.status_code == 409 and again.json()["code"] == "proceedings_recorded"
    # The team view derives it too.
    team = client.get(f"{scenario.url}/team", headers=callers.headers("lead")).json()
    outstanding = {m["agency_id"]: {o["duty"] for o in m["outstanding"]} for m in team["members"]}
    assert "parallel_proceedings" not in outstanding[agency(callers, "council")]
    assert "parallel_proceedings" in outstanding[agency(callers, "police")]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 201),
        ("police_member", 201),
        ("admin", 201),
        ("lead", 201),
        ("viewer", 403),
        ("council_system", 403),
        ("health_system", 403),
        ("other_lead", 404),
        ("health_member", 404),
        ("outsider", 404),
    ],
)
def test_who_may_declare_none(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    body = {"agency_id": agency(callers, "police")} if who in ("lead", "admin") else {}
    response = client.post(
        f"{scenario.url}/no-proceedings", headers=callers.headers(who), json=body
    )
    assert response.status_code == status, response.text
    if who == "member":
        other = client.post(
            f"{scenario.url}/no-proceedings",
            headers=callers.headers(who),
            json={"agency_id": agency(callers, "police")},
        )
        assert other.status_code == 403


def test_a_member_who_left_records_nothing_more(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    seat = scenario.members["member"]["id"]
    left = client.post(
        f"{scenario.url}/members/{seat}/leave",
        headers=callers.headers("admin"),
        json={"reason": "Moved to another post"},
    )
    assert left.status_code == 200, left.text
    assert record(client, callers, scenario, "member").status_code == 403
    # Still reads the review they sat on.
    listed = client.get(f"{scenario.url}/proceedings", headers=callers.headers("member"))
    assert listed.status_code == 200


def test_each_write_is_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    made = record(client, callers, scenario, "member").json()
    patch(client, callers, scenario, "member", made, status="concluded")
    client.post(
        f"{scenario.url}/no-proceedings",
        headers=callers.headers("police_member"),
        json={},
    )
    events = db.scalars(
        select(AuditEvent)
        .where(AuditEvent.action.like("proceeding.%"))
        .order_by(AuditEvent.occurred_at, AuditEvent.seq)
    ).all()
    assert [e.action for e in events] == [
        "proceeding.create",
        "proceeding.update",
        "proceeding.declare_none",
    ]
    assert events[0].record_id == made["id"]
    assert events[1].details == {"fields": ["status"], "status": "concluded"}
    assert events[2].details["agency_id"] == agency(callers, "police")
    assert {e.actor_id for e in events[:2]} == {str(callers.world.users["member"].id)}


def test_a_repeated_post_with_its_key_records_once(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    headers = {**callers.headers("member"), "Idempotency-Key": "proceeding-1"}
    url = f"{scenario.url}/proceedings"
    first = client.post(url, headers=headers, json={"kind": "inquest"})
    again = client.post(url, headers=headers, json={"kind": "inquest"})
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json()["id"] == first.json()["id"]
    assert len(client.get(url, headers=headers).json()["items"]) == 1
    none_headers = {**callers.headers("police_member"), "Idempotency-Key": "none-1"}
    none_url = f"{scenario.url}/no-proceedings"
    first = client.post(none_url, headers=none_headers, json={})
    again = client.post(none_url, headers=none_headers, json={})
    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
    assert len(client.get(none_url, headers=none_headers).json()["items"]) == 1
