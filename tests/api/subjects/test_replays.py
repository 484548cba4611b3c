"""Idempotency-Key replays of what a review's team writes: a replay reads the record again for
the caller as they are now (their scopes, their reach, today's entitlement to identifying
details), audits an identifying read like any read, and nothing identifying is kept in clear
for it."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.users.models import Role, User
from tests.api.reviews.fixtures import Callers, Scenario

NAMES = "Quentin Fictitious-Example"
BORN = "2016-07-14"
REFERENCE = "COUNCIL-REF-QF-80412"


def new_subject(callers: Callers) -> dict[str, Any]:
    return {
        "role": "sibling",
        "pseudonym": "Sibling Q",
        "names": NAMES,
        "date_of_birth": BORN,
        "record_references": [
            {"agency_id": str(callers.world.agencies["council"].id), "reference": REFERENCE}
        ],
    }


def keyed(callers: Callers, who: str, key: str) -> dict[str, str]:
    """The same token and key on every call, as a client retrying."""
    return {"Authorization": f"Bearer {callers.token(who)}", "Idempotency-Key": key}


def events(db: Session, action: str, who_id: object) -> list[AuditEvent]:
    db.expire_all()
    return list(
        db.scalars(
            select(AuditEvent).where(
                AuditEvent.action == action, AuditEvent.actor_id == str(who_id)
            )
        )
    )


def test_an_admin_demoted_to_viewer_gets_no_identifying_details_from_a_replay(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = keyed(callers, "admin", "add-sibling-q")
    url = f"{scenario.url}/subjects"
    first = client.post(url, headers=headers, json=new_subject(callers))
    assert first.status_code == 201, first.text
    assert first.json()["identifying"]["names"] == NAMES

    admin = db.get(User, callers.world.users["admin"].id)
    assert admin is not None
    admin.role = Role.viewer
    db.commit()
    admin_id = callers.world.users["admin"].id
    denied_before = len(events(db, "access.denied", admin_id))
    reads_before = len(events(db, "subject.identifying_read", admin_id))

    replay = client.post(url, headers=headers, json=new_subject(callers))
    assert replay.status_code == 403, replay.text
    assert replay.json()["type"] == "/problems/insufficient-scope"
    for detail in (NAMES, BORN, REFERENCE):
        assert detail not in replay.text
    # Refused like a first request, and audited as a refusal; nothing identifying was read.
    denied = events(db, "access.denied", admin_id)
    assert len(denied) == denied_before + 1
    assert denied[-1].details["path"] == url
    assert len(events(db, "subject.identifying_read", admin_id)) == reads_before


def test_a_replay_reads_the_subject_again_and_audits_the_read(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = keyed(callers, "admin", "add-sibling-q")
    url = f"{scenario.url}/subjects"
    first = client.post(url, headers=headers, json=new_subject(callers))
    assert first.status_code == 201, first.text
    subject_id = first.json()["id"]
    admin_id = callers.world.users["admin"].id

    def reads() -> int:
        return sum(
            e.record_id == subject_id for e in events(db, "subject.identifying_read", admin_id)
        )

    assert reads() == 1  # the first answer's own
    replay = client.post(url, headers=headers, json=new_subject(callers))
    assert replay.status_code == 201
    assert replay.headers["idempotent-replayed"] == "true"
    assert replay.json() == first.json()
    assert replay.headers["location"] == first.headers["location"]
    assert replay.headers["etag"] == first.headers["etag"]
    assert reads() == 2  # each replay that shows identifying details is a read, audited

    # The record as it is now, not as it was: a change since shows in the next replay.
    changed = client.patch(
        f"{url}/{subject_id}",
        headers={**callers.headers("admin"), "If-Match": first.headers["etag"]},
        json={"names": "Quentin Renamed-Example"},
    )
    assert changed.status_code == 200, changed.text
    again = client.post(url, headers=headers, json=new_subject(callers))
    assert again.status_code == 201
    assert again.json()["identifying"]["names"] == "Quentin Renamed-Example"
    assert again.headers["etag"] == changed.headers["etag"]


def test_a_lead_reviewer_replaced_on_the_review_gets_no_identifying_details(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """The scope is still there (a lead reviewer writes reviews), the reach is not."""
    headers = keyed(callers, "lead", "lead-adds-sibling")
    url = f"{scenario.url}/subjects"
    first = client.post(url, headers=headers, json=new_subject(callers))
    assert first.status_code == 201, first.text
    assert first.json()["identifying"]["names"] == NAMES

    etag = client.get(scenario.url, headers=callers.headers("admin")).headers["ETag"]
    moved = client.patch(
        scenario.url,
        headers={**callers.headers("admin"), "If-Match": etag},
        json={"lead_reviewer_id": str(callers.world.users["other_lead"].id)},
    )
    assert moved.status_code == 200, moved.text

    replay = client.post(url, headers=headers, json=new_subject(callers))
    assert replay.status_code == 404, replay.text
    for detail in (NAMES, BORN, REFERENCE):
        assert detail not in replay.text


def test_no_identifying_detail_is_kept_in_clear_for_a_replay(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    # A key an agency's system might well make of its own record reference.
    key = f"subject-{REFERENCE}"
    response = client.post(
        f"{scenario.url}/subjects", headers=keyed(callers, "admin", key), json=new_subject(callers)
    )
    assert response.status_code == 201, response.text
    rows = db.execute(text("SELECT * FROM idempotency_records")).mappings().all()
    assert rows
    stored = " ".join(str(value) for row in rows for value in row.values())
    # Fragments too, each with a letter no UUID, digest or timestamp holds: a bare "80412"
    # turned up by chance in a timestamp's microseconds or a hex digest.
    for detail in (NAMES, BORN, REFERENCE, "Quentin", "QF-80412", key):
        assert detail not in stored


def test_list_items_are_read_again_for_a_replay(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    """Transitions and declarations have no read of their own: a replay finds the record in
    its list, as the caller may read it now."""
    etag = client.get(scenario.url, headers=callers.headers("admin")).headers["ETag"]
    assert (
        client.patch(
            scenario.url,
            headers={**callers.headers("admin"), "If-Match": etag},
            json={"sin_sent_on": "2026-02-17"},
        ).status_code
        == 200
    )
    cases = [
        (
            "lead",
            f"{scenario.url}/transitions",
            {"to": "rapid_review", "reason": "Notification sent to the Panel"},
        ),
        (
            "member",
            f"{scenario.url}/members/{scenario.members['member']['id']}/declarations",
            {"kind": "voice_of_the_child", "note": "Fictional note for the replay test"},
        ),
    ]
    for who, url, body in cases:
        headers = keyed(callers, who, f"list-item-{who}")
        first = client.post(url, headers=headers, json=body)
        assert first.status_code == 201, first.text
        replay = client.post(url, headers=headers, json=body)
        assert replay.status_code == 201, replay.text
        assert replay.headers["idempotent-replayed"] == "true"
        assert replay.json() == first.json()


def test_a_member_who_left_replays_their_seat_as_it_is_now(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    member_id = scenario.members["member"]["id"]
    url = f"{scenario.url}/members/{member_id}/leave"
    headers = keyed(callers, "admin", "member-leaves")
    body = {"reason": "Moved to another team (fictional)"}
    first = client.post(url, headers=headers, json=body)
    assert first.status_code == 200, first.text
    replay = client.post(url, headers=headers, json=body)
    assert (replay.status_code, replay.json()) == (200, first.json())
    assert replay.headers["idempotent-replayed"] == "true"
