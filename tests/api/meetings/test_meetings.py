"""Meetings over HTTP: scheduling, changing and cancelling (the review's managers only),
the attendance table and its refusals, who sees practitioners' names in it, and the
members' attendance rates."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.meetings.models import MemberAttendance
from api.members.models import ReviewMember
from tests.api.meetings.helpers import HELD_AT, practitioner, record, schedule, url
from tests.api.practitioners.helpers import events, system
from tests.api.reviews.fixtures import Callers, Scenario, new_review


def test_the_lead_schedules_changes_and_cancels_a_meeting(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    created = schedule(
        client, callers, scenario, held_at="2026-03-09T10:00:00Z", location="Room 2", agenda="ToR"
    )
    meeting = created.json()
    assert meeting["status"] == "scheduled" and meeting["online"] is False
    assert created.headers["Location"].endswith(f"/meetings/{meeting['id']}")
    # Everyone who reaches the review reads it.
    for who in ("admin", "member", "police_member", "viewer", "council_system"):
        got = client.get(created.headers["Location"], headers=callers.headers(who))
        assert got.status_code == 200 and got.json() == meeting
    for who in ("other_lead", "health_member", "outsider"):
        assert (
            client.get(created.headers["Location"], headers=callers.headers(who)).status_code == 404
        )
    # Changes need If-Match: 428 without, 412 with another version.
    change = {"online": True, "location": None}
    assert (
        client.patch(
            created.headers["Location"], headers=callers.headers("lead"), json=change
        ).status_code
        == 428
    )
    stale = client.patch(
        created.headers["Location"],
        headers={**callers.headers("lead"), "If-Match": '"v99"'},
        json=change,
    )
    assert stale.status_code == 412
    changed = client.patch(
        created.headers["Location"],
        headers={**callers.headers("admin"), "If-Match": created.headers["ETag"]},
        json=change,
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["online"], changed.json()["location"]) == (True, None)
    # A meeting in the future cannot have been held.
    future = client.patch(
        created.headers["Location"],
        headers={**callers.headers("lead"), "If-Match": changed.headers["ETag"]},
        json={"status": "held"},
    )
    assert future.status_code == 422
    assert future.json()["errors"][0]["code"] == "future_meeting"
    # Members, viewers and agency systems may not change it.
    for who in ("member", "viewer", "council_system"):
        refused = client.patch(
            created.headers["Location"],
            headers={**callers.headers(who), "If-Match": changed.headers["ETag"]},
            json={"agenda": "Mine"},
        )
        assert refused.status_code == 403, (who, refused.text)
    cancelled = client.post(
        created.headers["Location"] + "/cancel",
        headers=callers.headers("lead"),
        json={"reason": "Chair unwell"},
    )
    assert cancelled.status_code == 200
    assert (cancelled.json()["status"], cancelled.json()["cancelled_reason"]) == (
        "cancelled",
        "Chair unwell",
    )
    # A cancelled meeting is kept and changes no more; it takes no attendance.
    again = client.patch(
        created.headers["Location"],
        headers={**callers.headers("lead"), "If-Match": cancelled.headers["ETag"]},
        json={"agenda": "Again"},
    )
    assert again.status_code == 409
    assert record(client, callers, scenario, cancelled, {}).status_code == 409
    assert [e.action for e in events(db, "meeting.created", meeting["id"])] == ["meeting.created"]
    assert len(events(db, "meeting.changed", meeting["id"])) == 1
    assert len(events(db, "meeting.cancelled", meeting["id"])) == 1


def test_the_list_filters_and_pages(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    schedule(client, callers, scenario, status="held")
    schedule(client, callers, scenario, kind="family_meeting", held_at="2026-03-10T10:00:00Z")
    schedule(client, callers, scenario, kind="other", held_at="2026-03-11T10:00:00Z")
    headers = callers.headers("viewer")
    first = client.get(url(scenario), headers=headers, params={"limit": 2}).json()
    assert [m["kind"] for m in first["items"]] == ["review_team_meeting", "family_meeting"]
    rest = client.get(
        url(scenario), headers=headers, params={"limit": 2, "cursor": first["next_cursor"]}
    ).json()
    assert [m["kind"] for m in rest["items"]] == ["other"] and rest["next_cursor"] is None
    held = client.get(url(scenario), headers=headers, params={"status": "held"}).json()
    assert [m["status"] for m in held["items"]] == ["held"]
    family = client.get(url(scenario), headers=headers, params={"kind": "family_meeting"}).json()
    assert len(family["items"]) == 1
    since = client.get(
        url(scenario), headers=headers, params={"updated_since": "2099-01-01T00:00:00Z"}
    ).json()
    assert since["items"] == []


@pytest.mark.parametrize(
    "body",
    [
        {"kind": "review_team_meeting", "held_at": "2026-03-09T10:00:00"},  # no timezone
        {"kind": "review_team_meeting", "held_at": "1773050400"},
        {"kind": "standup", "held_at": HELD_AT},
        {"kind": "other", "held_at": "2026-03-09T10:00:00Z", "status": "cancelled"},
        {"kind": "other", "held_at": "2026-03-09T10:00:00Z", "status": "held"},  # future
    ],
)
def test_bad_meetings_are_refused_and_change_nothing(
    client: TestClient, callers: Callers, scenario: Scenario, body: dict[str, str]
) -> None:
    response = client.post(url(scenario), headers=callers.headers("lead"), json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert client.get(url(scenario), headers=callers.headers("lead")).json()["items"] == []


def test_attendance_refuses_whoever_was_not_there_to_be_recorded(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    meeting = schedule(client, callers, scenario, status="held")
    council = scenario.members["member"]["id"]
    police = scenario.members["police_member"]["id"]
    # A seat on another review, a practitioner of another review, a withdrawn practitioner.
    other = new_review(client, callers)
    seated = client.post(
        f"/api/v1/reviews/{other['id']}/members",
        headers=callers.headers("admin"),
        json={"user_id": str(callers.world.users["health_member"].id)},
    )
    assert seated.status_code == 201
    elsewhere = client.post(
        f"/api/v1/reviews/{other['id']}/practitioners",
        headers=callers.headers("health_member"),
        json={"name": "Lee Example", "job_title": "Health visitor"},
    )
    assert elsewhere.status_code == 201, elsewhere.text
    gone = practitioner(client, callers, scenario)
    withdrawn = client.post(
        f"{scenario.url}/practitioners/{gone['id']}/withdraw",
        headers=callers.headers("member"),
        json={"reason": "Not involved"},
    )
    assert withdrawn.status_code == 200
    refused = record(
        client,
        callers,
        scenario,
        meeting,
        {council: "attended", seated.json()["id"]: "attended"},
        {elsewhere.json()["id"]: "attended", gone["id"]: "invited"},
    )
    assert refused.status_code == 422, refused.text
    assert {(e["field"], e["code"]) for e in refused.json()["errors"]} == {
        ("body.members.1.member_id", "not_on_review"),
        ("body.practitioners.0.practitioner_id", "not_on_review"),
        ("body.practitioners.1.practitioner_id", "withdrawn"),
    }
    # A seat that joined after the meeting's day, or left before it.
    earlier = schedule(client, callers, scenario, held_at="2026-02-20T10:00:00Z", status="held")
    late = record(client, callers, scenario, earlier, {council: "absent", police: "absent"})
    assert late.status_code == 422
    assert {e["code"] for e in late.json()["errors"]} == {"not_active"}
    # Listed twice; and a status that is not one of the four.
    twice = record(client, callers, scenario, meeting, {council: "attended"})
    assert twice.status_code == 200
    dup = client.put(
        url(scenario, f"/{meeting.json()['id']}/attendance"),
        headers={**callers.headers("lead"), "If-Match": twice.headers["ETag"]},
        json={
            "members": [
                {"member_id": council, "status": "attended"},
                {"member_id": council, "status": "absent"},
            ]
        },
    )
    assert dup.status_code == 422 and dup.json()["errors"][0]["code"] == "duplicate"
    odd = client.put(
        url(scenario, f"/{meeting.json()['id']}/attendance"),
        headers={**callers.headers("lead"), "If-Match": twice.headers["ETag"]},
        json={"members": [{"member_id": council, "status": "late"}]},
    )
    assert odd.status_code == 422
    # Nothing refused was written: the one good table stands.
    db.expire_all()
    rows = db.scalars(select(MemberAttendance)).all()
    assert [(str(r.member_id), r.status.value) for r in rows] == [(council, "attended")]
    # The table replaces the last: the old ETag is stale now.
    assert record(client, callers, scenario, meeting, {}).status_code == 412
    recorded = events(db, "meeting.attendance_recorded", meeting.json()["id"])
    assert len(recorded) == 1 and recorded[0].details["members"] == {council: "attended"}


def test_practitioners_names_in_the_attendance_follow_the_practitioners_rule(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    jo = practitioner(client, callers, scenario)
    sam = practitioner(client, callers, scenario, who="police_member", name="Sam Example")
    event = schedule(client, callers, scenario, kind="practitioner_learning_event", status="held")
    recorded = record(
        client, callers, scenario, event, {}, {jo["id"]: "attended", sam["id"]: "declined"}
    )
    assert recorded.status_code == 200, recorded.text
    target = url(scenario, f"/{event.json()['id']}/attendance")

    def names(who: str) -> dict[str, str | None]:
        before = {e.id for e in events(db, "practitioner.identifying_read")}
        body = client.get(target, headers=callers.headers(who)).json()
        # One audited read per answer that shows names, naming each practitioner shown.
        new = [e for e in events(db, "practitioner.identifying_read") if e.id not in before]
        shown = [p["practitioner_id"] for p in body["practitioners"] if p["name"]]
        if shown:
            assert [(e.details["records"], e.details["fields"]) for e in new] == [
                (shown, ["name"])
            ], who
        else:
            assert new == [], who
        assert body["practitioner_counts"] == {"invited": 0, "attended": 1, "declined": 1}
        return {p["practitioner_id"]: p["name"] for p in body["practitioners"]}

    assert names("lead") == {jo["id"]: "Jo Example", sam["id"]: "Sam Example"}
    assert names("admin") == {jo["id"]: "Jo Example", sam["id"]: "Sam Example"}
    assert names("member") == {jo["id"]: "Jo Example", sam["id"]: None}
    assert names("police_member") == {jo["id"]: None, sam["id"]: "Sam Example"}
    assert names("council_system") == {jo["id"]: "Jo Example", sam["id"]: None}
    assert names("viewer") == {jo["id"]: None, sam["id"]: None}
    assert client.get(target, headers=callers.headers("health_member")).status_code == 404
    # Each name shown is an audited read; none for the viewer.
    viewer_id = str(callers.world.users["viewer"].id)
    assert all(str(e.actor_id) != viewer_id for e in events(db, "practitioner.identifying_read"))


def test_attendance_rates_each_member_sees_their_own(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    council = scenario.members["member"]["id"]
    police = scenario.members["police_member"]["id"]
    first = schedule(client, callers, scenario, status="held")
    assert (
        record(
            client, callers, scenario, first, {council: "attended", police: "absent"}
        ).status_code
        == 200
    )
    second = schedule(client, callers, scenario, status="held", held_at="2026-03-02T11:00:00Z")
    assert (
        record(
            client, callers, scenario, second, {council: "deputy_sent", police: "apologies"}
        ).status_code
        == 200
    )
    # Neither a scheduled nor another kind of meeting counts.
    schedule(client, callers, scenario, held_at="2026-03-20T10:00:00Z")
    schedule(client, callers, scenario, kind="family_meeting", status="held")
    rates_url = f"{scenario.url}/attendance-rates"

    def rows(who: str) -> dict[str, tuple[int, int, int | None, bool]]:
        response = client.get(rates_url, headers=callers.headers(who))
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["threshold_percent"] == 80
        return {
            r["member_id"]: (r["meetings"], r["attended"], r["rate_percent"], r["at_or_above"])
            for r in body["members"]
        }

    everyone = {council: (2, 2, 100, True), police: (2, 0, 0, False)}
    assert rows("lead") == everyone and rows("admin") == everyone
    assert rows("member") == {council: everyone[council]}
    assert rows("police_member") == {police: everyone[police]}
    assert rows("council_system") == {council: everyone[council]}
    assert client.get(rates_url, headers=callers.headers("viewer")).status_code == 403
    for who in ("other_lead", "health_member", "health_system", "outsider"):
        assert client.get(rates_url, headers=callers.headers(who)).status_code == 404
    # A seat that has left is not listed.
    db.execute(
        ReviewMember.__table__.update()
        .where(ReviewMember.id == uuid.UUID(police))
        .values(left_on=date(2026, 3, 2))
    )
    db.commit()
    assert rows("lead") == {council: everyone[council]}


def test_agency_systems_never_write_meetings(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = system(
        client, callers, "council", ["reviews:read", "practitioners:read", "practitioners:write"]
    )
    refused = client.post(
        url(scenario), headers=headers, json={"kind": "other", "held_at": HELD_AT}
    )
    assert refused.status_code == 403
    meeting = schedule(client, callers, scenario)
    put = client.put(
        url(scenario, f"/{meeting.json()['id']}/attendance"),
        headers={**headers, "If-Match": meeting.headers["ETag"]},
        json={"members": []},
    )
    assert put.status_code == 403
    db.expire_all()
    assert db.scalar(select(func.count()).select_from(MemberAttendance)) == 0
