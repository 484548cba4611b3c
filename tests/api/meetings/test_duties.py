"""The attendance and practitioner-contact duties, derived from the data as it changes
(meetings held and attended, contacts ageing past the interval, aftercare after an event,
the partnership's settings), and the partnership's settings themselves."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.clock import clock
from api.members.models import ChecklistItem, ItemStatus
from tests.api.meetings.helpers import contact, item, practitioner, record, schedule
from tests.api.practitioners.helpers import events, system
from tests.api.reviews.fixtures import TODAY, Callers, Scenario

SETTINGS = "/api/v1/partnership/settings"


def _later(callers: Callers, by: timedelta) -> None:
    """Move the clock on; the callers sign in again (their tokens would have expired)."""
    clock.pin(TODAY + by)
    callers.tokens.clear()


def _set(client: TestClient, callers: Callers, **changes: int) -> None:
    current = client.get(SETTINGS, headers=callers.headers("admin"))
    changed = client.patch(
        SETTINGS,
        headers={**callers.headers("admin"), "If-Match": current.headers["ETag"]},
        json=changes,
    )
    assert changed.status_code == 200, changed.text


def test_attendance_follows_the_meetings_and_the_threshold(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    council = scenario.members["member"]["id"]
    first = item(client, callers, scenario, "attendance")
    assert first["derived"] is True and first["derivable_later"] is False
    assert first["status"] == "not_started"
    assert first["evidence"] == {
        "kind": "attendance",
        "meetings": 0,
        "attended": 0,
        "rate_percent": None,
        "threshold_percent": 80,
    }
    # A scheduled meeting is not held: nothing to count yet.
    planned = schedule(client, callers, scenario, held_at="2026-03-09T10:00:00Z")
    assert item(client, callers, scenario, "attendance")["status"] == "not_started"
    held = schedule(client, callers, scenario, status="held")
    assert record(client, callers, scenario, held, {council: "attended"}).status_code == 200
    done = item(client, callers, scenario, "attendance")
    assert done["status"] == "done" and done["evidence"]["rate_percent"] == 100
    # The planned one is held in its time, and the member sent apologies: 50 %.
    _later(callers, timedelta(days=7, hours=1))
    marked = client.patch(
        planned.headers["Location"],
        headers={**callers.headers("lead"), "If-Match": planned.headers["ETag"]},
        json={"status": "held"},
    )
    assert marked.status_code == 200, marked.text
    assert record(client, callers, scenario, marked, {council: "apologies"}).status_code == 200
    below = item(client, callers, scenario, "attendance")
    assert below["status"] == "in_progress"
    assert (below["evidence"]["meetings"], below["evidence"]["attended"]) == (2, 1)
    assert below["evidence"]["rate_percent"] == 50
    # The partnership lowers its threshold: the same rate now completes the duty.
    _set(client, callers, attendance_threshold_percent=50)
    after = item(client, callers, scenario, "attendance")
    assert (after["status"], after["evidence"]["threshold_percent"]) == ("done", 50)
    # The team view says the same (it reads the whole review in one statement).
    team = client.get(f"{scenario.url}/team", headers=callers.headers("lead")).json()
    seat = next(m for m in team["members"] if m["member_id"] == council)
    assert "attendance" not in {o["duty"] for o in seat["outstanding"]}
    # A meeting held before the seat joined does not count against it.
    police = scenario.members["police_member"]["id"]
    police_item = client.get(
        f"{scenario.url}/members/{police}/checklist/attendance",
        headers=callers.headers("police_member"),
    ).json()
    assert police_item["evidence"]["meetings"] == 2 and police_item["status"] == "in_progress"


def test_contact_ages_past_the_interval_and_aftercare_is_owed_after_an_event(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    duty = "practitioner_contact"
    nothing = item(client, callers, scenario, duty)
    assert (nothing["status"], nothing["evidence"]) == ("not_started", None)
    # Another agency's practitioner does nothing for the council's member.
    practitioner(client, callers, scenario, who="police_member")
    assert item(client, callers, scenario, duty)["evidence"] is None
    jo = practitioner(client, callers, scenario)
    never = item(client, callers, scenario, duty)
    assert never["status"] == "not_started"
    assert never["evidence"]["missing_contact"] == [jo["id"]]
    contact(client, callers, scenario, jo["id"], "2026-03-02", kind="introduction")
    done = item(client, callers, scenario, duty)
    assert done["status"] == "done"
    assert done["evidence"] == {
        "kind": "practitioner_contact",
        "practitioners": 1,
        "contacted_within_interval": 1,
        "interval_days": 28,
        "aftercare_due": 0,
        "missing_contact": [],
        "missing_aftercare": [],
    }
    # 29 days on, the contact is older than the interval.
    _later(callers, timedelta(days=29))
    aged = item(client, callers, scenario, duty)
    assert aged["status"] == "in_progress"
    assert aged["evidence"]["missing_contact"] == [jo["id"]]
    # A longer interval, set by the partnership, covers it again.
    _set(client, callers, contact_interval_days=30)
    assert item(client, callers, scenario, duty)["status"] == "done"
    _set(client, callers, contact_interval_days=28)
    contact(client, callers, scenario, jo["id"], "2026-03-30")
    assert item(client, callers, scenario, duty)["status"] == "done"
    # Jo attends a learning event: aftercare is owed after it, until recorded.
    event = schedule(
        client,
        callers,
        scenario,
        kind="practitioner_learning_event",
        held_at="2026-03-31T09:00:00Z",
        status="held",
    )
    assert record(client, callers, scenario, event, {}, {jo["id"]: "attended"}).status_code == 200
    owed = item(client, callers, scenario, duty)
    assert owed["status"] == "in_progress"
    assert (owed["evidence"]["aftercare_due"], owed["evidence"]["missing_aftercare"]) == (
        1,
        [jo["id"]],
    )
    # Aftercare dated before the event does not count; on or after it does.
    contact(client, callers, scenario, jo["id"], "2026-03-30", kind="aftercare")
    assert item(client, callers, scenario, duty)["status"] == "in_progress"
    contact(client, callers, scenario, jo["id"], "2026-03-31", kind="aftercare")
    assert item(client, callers, scenario, duty)["status"] == "done"
    # A practitioner only invited, or who declined, is owed nothing.
    lee = practitioner(client, callers, scenario, name="Lee Example")
    contact(client, callers, scenario, lee["id"], "2026-03-31")
    fresh = client.get(event.headers["Location"], headers=callers.headers("lead"))
    assert (
        record(
            client, callers, scenario, fresh, {}, {jo["id"]: "attended", lee["id"]: "declined"}
        ).status_code
        == 200
    )
    assert item(client, callers, scenario, duty)["status"] == "done"


def test_hand_set_statuses_are_kept_as_history(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    member_id = uuid.UUID(scenario.members["member"]["id"])
    rows = db.scalars(
        select(ChecklistItem).where(
            ChecklistItem.member_id == member_id,
            ChecklistItem.duty.in_(["attendance", "practitioner_contact"]),
        )
    ).all()
    for row in rows:  # as ticked by hand before these duties were derived
        row.status = ItemStatus.done
        row.note = "Ticked by hand"
    db.commit()
    for duty in ("attendance", "practitioner_contact"):
        shown = item(client, callers, scenario, duty)
        assert (shown["status"], shown["note"]) == ("not_started", "Ticked by hand")
        assert shown["hand_set_status"] == "done"  # shown beside the derived one, as history
        refused = client.patch(
            f"{scenario.url}/members/{member_id}/checklist/{duty}",
            headers={**callers.headers("member"), "If-Match": shown["etag"]},
            json={"status": "done"},
        )
        assert refused.status_code == 409 and refused.json()["code"] == "derived_item"
    db.expire_all()
    for row in rows:
        kept = db.get(ChecklistItem, row.id)
        assert kept is not None and kept.status == ItemStatus.done


def test_partnership_settings_who_reads_and_who_changes(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    for who in ("admin", "lead", "member", "viewer"):
        got = client.get(SETTINGS, headers=callers.headers(who))
        assert got.status_code == 200
        assert got.json() == {"attendance_threshold_percent": 80, "contact_interval_days": 28}
    agency = system(client, callers, "council", ["reviews:read"])
    assert client.get(SETTINGS, headers=agency).status_code == 403
    current = client.get(SETTINGS, headers=callers.headers("admin"))
    for who in ("lead", "member", "viewer"):
        refused = client.patch(
            SETTINGS,
            headers={**callers.headers(who), "If-Match": current.headers["ETag"]},
            json={"attendance_threshold_percent": 10},
        )
        assert refused.status_code == 403
    assert client.patch(SETTINGS, headers=callers.headers("admin"), json={}).status_code == 428
    for bad in (
        {"attendance_threshold_percent": 0},
        {"attendance_threshold_percent": 101},
        {"contact_interval_days": 366},
        {"contact_interval_days": None},
        {"contact_interval_days": 2.5},
    ):
        response = client.patch(
            SETTINGS,
            headers={**callers.headers("admin"), "If-Match": current.headers["ETag"]},
            json=bad,
        )
        assert response.status_code == 422, (bad, response.text)
    changed = client.patch(
        SETTINGS,
        headers={**callers.headers("admin"), "If-Match": current.headers["ETag"]},
        json={"attendance_threshold_percent": 75},
    )
    assert changed.status_code == 200
    assert changed.json() == {"attendance_threshold_percent": 75, "contact_interval_days": 28}
    assert changed.headers["ETag"] != current.headers["ETag"]
    stale = client.patch(
        SETTINGS,
        headers={**callers.headers("admin"), "If-Match": current.headers["ETag"]},
        json={"contact_interval_days": 14},
    )
    assert stale.status_code == 412
    (event,) = events(db, "partnership.settings_changed")
    assert event.details == {
        "before": {"attendance_threshold_percent": 80, "contact_interval_days": 28},
        "after": {"attendance_threshold_percent": 75, "contact_interval_days": 28},
    }
    # Another partnership's administrator changes their own settings, not these.
    assert (
        client.get(SETTINGS, headers=callers.headers("outsider")).json()[
            "attendance_threshold_percent"
        ]
        == 80
    )
