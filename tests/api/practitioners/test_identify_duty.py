"""The "identify practitioners" duty, derived from the data: done with an active practitioner
of the seat's agency, or the member's dated "no practitioners involved" declaration; the
declaration is refused while the agency has active practitioners, and a practitioner added
after it supersedes it."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.clock import clock
from api.members.models import ChecklistItem, ItemStatus
from tests.api.practitioners.helpers import add, url
from tests.api.reviews.fixtures import TODAY, Callers, Scenario

DUTY = "identify_practitioners"


def _item(client: TestClient, callers: Callers, scenario: Scenario, who: str = "member") -> Any:
    member_id = scenario.members["member"]["id"]
    base = f"{scenario.url}/members/{member_id}/checklist"
    alone = client.get(f"{base}/{DUTY}", headers=callers.headers(who)).json()
    page = {i["duty"]: i for i in client.get(base, headers=callers.headers(who)).json()["items"]}
    assert page[DUTY] == alone  # the checklist's one statement says the same
    return alone


def _declare(client: TestClient, callers: Callers, scenario: Scenario) -> Any:
    member_id = scenario.members["member"]["id"]
    return client.post(
        f"{scenario.url}/members/{member_id}/declarations",
        headers=callers.headers("member"),
        json={"kind": "no_practitioners"},
    )


def _later(minutes: int) -> None:
    clock.pin(TODAY + timedelta(minutes=minutes))


def test_the_duty_follows_the_practitioners_and_the_declaration(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    item = _item(client, callers, scenario)
    assert item["derived"] is True and item["derivable_later"] is False
    assert (item["status"], item["evidence"]) == ("not_started", None)

    # Another agency's practitioner does nothing for the council's member.
    add(client, callers, scenario, who="police_member")
    assert _item(client, callers, scenario)["status"] == "not_started"

    _later(1)
    jo = add(client, callers, scenario)
    item = _item(client, callers, scenario)
    assert item["status"] == "done"
    assert item["evidence"] == {
        "kind": "practitioners",
        "active": 1,
        "withdrawn": 0,
        "declaration_id": None,
        "declared_at": None,
    }
    # Refused while the agency has an active practitioner.
    refused = _declare(client, callers, scenario)
    assert refused.status_code == 409, refused.text
    assert refused.json()["code"] == "has_practitioners"

    _later(2)
    withdrawn = client.post(
        url(scenario, f"/{jo['id']}/withdraw"),
        headers=callers.headers("member"),
        json={"reason": "Not involved in the period"},
    )
    assert withdrawn.status_code == 200
    item = _item(client, callers, scenario)
    assert item["status"] == "not_started"
    assert (item["evidence"]["active"], item["evidence"]["withdrawn"]) == (0, 1)

    _later(3)
    declared = _declare(client, callers, scenario)
    assert declared.status_code == 201, declared.text
    item = _item(client, callers, scenario)
    assert item["status"] == "done"
    assert item["evidence"]["declaration_id"] == declared.json()["id"]
    assert item["evidence"]["declared_at"] == declared.json()["declared_at"]

    # A practitioner added later supersedes the declaration...
    _later(4)
    lee = add(client, callers, scenario, name="Lee Example")
    item = _item(client, callers, scenario)
    assert item["status"] == "done"
    assert item["evidence"]["active"] == 1 and item["evidence"]["declaration_id"] is None
    # ... so withdrawing them leaves the duty to do again, not done by the old declaration.
    _later(5)
    response = client.post(
        url(scenario, f"/{lee['id']}/withdraw"),
        headers=callers.headers("member"),
        json={"reason": "Added in error"},
    )
    assert response.status_code == 200
    item = _item(client, callers, scenario)
    assert item["status"] == "not_started"
    assert item["evidence"]["declaration_id"] is None

    # The team view, read by anyone who reaches the review, agrees.
    team = client.get(f"{scenario.url}/team", headers=callers.headers("viewer")).json()
    council = next(m for m in team["members"] if m["member_id"] == scenario.members["member"]["id"])
    assert DUTY in {o["duty"] for o in council["outstanding"]}
    # Admin and lead read it too, alike.
    assert _item(client, callers, scenario, "admin") == _item(client, callers, scenario, "lead")


def test_the_status_cannot_be_set_by_hand_and_a_hand_set_one_is_kept(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    member_id = scenario.members["member"]["id"]
    # As a checklist kept from before the duty was derived: ticked by hand, with a note.
    row = db.scalars(
        select(ChecklistItem).where(
            ChecklistItem.member_id == uuid.UUID(member_id), ChecklistItem.duty == DUTY
        )
    ).one()
    row.status = ItemStatus.done
    row.note = "List e-mailed to the business unit"
    db.commit()
    item = _item(client, callers, scenario)
    assert item["status"] == "not_started"  # derived from the data, which holds nothing yet
    assert item["note"] == "List e-mailed to the business unit"
    assert item["hand_set_status"] == "done"  # shown beside the derived one, as history
    refused = client.patch(
        f"{scenario.url}/members/{member_id}/checklist/{DUTY}",
        headers={**callers.headers("member"), "If-Match": item["etag"]},
        json={"status": "done"},
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "derived_item"
    add(client, callers, scenario)
    assert _item(client, callers, scenario)["status"] == "done"
    db.expire_all()
    kept = db.get(ChecklistItem, row.id)
    assert kept is not None
    assert (kept.status, kept.note) == (ItemStatus.done, "List e-mailed to the business unit")
