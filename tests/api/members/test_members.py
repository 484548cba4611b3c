"""The review team: seats, one active member per agency, leaving with a reason, checklists
(derived and manual items, who may change what) and the team view."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.members.duties import DEFAULT_TEMPLATE_VERSION, DUTIES, default_template_duties
from api.members.models import ChecklistTemplate
from api.members.schemas import ChecklistItemOut, ChecklistOut
from tests.api.reviews.fixtures import Callers, Scenario, make_scenario, new_review

# Every duty of the seed document is derived; a duty the partnership adds to its own
# template has no data to derive from and is set by hand.
LOCAL = "local_induction"


@pytest.fixture
def local_scenario(client: TestClient, callers: Callers, db: Session) -> Scenario:
    """The scenario, in a partnership whose template adds a duty of its own."""
    db.add(
        ChecklistTemplate(
            partnership_id=callers.world.partnership.id,
            version=DEFAULT_TEMPLATE_VERSION,
            duties=[*default_template_duties(), {"duty": LOCAL, "title": "Local induction"}],
        )
    )
    db.commit()
    return make_scenario(client, callers)


def add(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    user: str,
    who: str = "admin",
    **extra: Any,
) -> Any:
    return client.post(
        f"{scenario.url}/members",
        headers=callers.headers(who),
        json={"user_id": str(callers.world.users[user].id), **extra},
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 201),
        ("other_lead", 404),
        ("member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("health_system", 403),
        ("outsider", 404),
    ],
)
def test_who_may_seat_a_member(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = add(client, callers, scenario, "health_member", who=who)
    assert response.status_code == status, response.text
    if status == 201:
        assert response.json()["agency_id"] == str(callers.world.agencies["health"].id)
        assert response.json()["checklist_template_version"] == 1


def test_one_active_member_per_agency(
    client: TestClient, callers: Callers, scenario: Scenario, db: Any
) -> None:
    from api.security.roles import Role
    from api.users.models import User
    from tests.conftest import _PASSWORD_HASH

    second = User(
        partnership_id=callers.world.partnership.id,
        agency_id=callers.world.agencies["council"].id,
        email="second@tscp.invalid",
        name="Second Council",
        role=Role.member,
        password_hash=_PASSWORD_HASH,
    )
    db.add(second)
    db.commit()
    callers.world.users["second"] = second
    assert add(client, callers, scenario, "second").status_code == 409
    assert add(client, callers, scenario, "member").status_code == 409  # already sits
    deputy = add(client, callers, scenario, "second", deputy=True)
    assert deputy.status_code == 201 and deputy.json()["checklist_template_version"] is None
    # The deputy reads the review and acts on the member's checklist.
    member_id = scenario.members["member"]["id"]
    item = client.get(
        f"{scenario.url}/members/{member_id}/checklist/share_learning",
        headers=callers.headers("second"),
    )
    assert item.status_code == 200
    team = client.get(f"{scenario.url}/team", headers=callers.headers("second")).json()
    assert {m["name"]: m["can_view_checklist"] for m in team["members"]} == {
        "Member Tester": True,  # the agency's member, whom the deputy stands in for
        "Police_Member Tester": False,
        "Second Council": True,  # themselves
    }
    # Leaving frees the seat, recorded with the reason, never deleted.
    left = client.post(
        f"{scenario.url}/members/{member_id}/leave",
        headers=callers.headers("lead"),
        json={"reason": "Retired"},
    )
    assert left.status_code == 200
    assert left.json()["left_reason"] == "Retired" and left.json()["active"] is False
    assert (
        client.post(
            f"{scenario.url}/members/{member_id}/leave",
            headers=callers.headers("lead"),
            json={"reason": "Again"},
        ).status_code
        == 409
    )
    assert add(client, callers, scenario, "member").status_code == 201  # may come back
    seats = client.get(f"{scenario.url}/members", headers=callers.headers("viewer")).json()
    assert len(seats["items"]) == 4  # council (left), police, deputy, council again
    active = client.get(
        f"{scenario.url}/members", headers=callers.headers("viewer"), params={"active": "false"}
    ).json()
    assert [m["id"] for m in active["items"]] == [member_id]


@pytest.mark.parametrize(("user", "status"), [("viewer", 422), ("lead", 422), ("admin", 422)])
def test_only_member_users_sit(
    client: TestClient, callers: Callers, scenario: Scenario, user: str, status: int
) -> None:
    assert add(client, callers, scenario, user).status_code == status


def test_a_user_of_another_partnership_cannot_sit(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    response = client.post(
        f"{scenario.url}/members",
        headers=callers.headers("admin"),
        json={"user_id": str(callers.other_world.users["member"].id)},
    )
    assert response.status_code == 422


def checklist_url(scenario: Scenario, key: str = "member") -> str:
    return f"{scenario.url}/members/{scenario.members[key]['id']}/checklist"


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("member", 200),
        ("council_system", 200),
        ("police_member", 404),
        ("viewer", 404),
        ("health_member", 404),
        ("health_system", 404),
        ("other_lead", 404),
        ("outsider", 404),
    ],
)
def test_who_reads_a_checklist(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = client.get(checklist_url(scenario), headers=callers.headers(who))
    assert response.status_code == status


def test_checklist_has_every_duty_and_says_which_are_derived(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    body = client.get(checklist_url(scenario), headers=callers.headers("member")).json()
    items = {i["duty"]: i for i in body["items"]}
    assert list(items) == [d.code for d in DUTIES] and len(items) == 13
    assert all(i["derived"] and not i["derivable_later"] for i in items.values())
    assert body["completion"] == {"done": 0, "total": 13}


def test_a_duty_the_partnership_adds_is_set_by_hand(
    client: TestClient, callers: Callers, local_scenario: Scenario
) -> None:
    body = client.get(checklist_url(local_scenario), headers=callers.headers("member")).json()
    items = {i["duty"]: i for i in body["items"]}
    assert list(items) == [*(d.code for d in DUTIES), LOCAL]
    local = items[LOCAL]
    assert (local["title"], local["derived"], local["evidence"]) == ("Local induction", False, None)
    assert "the member marks it done" in local["done_when"]
    assert body["completion"] == {"done": 0, "total": 14}


def test_derived_items_follow_the_data(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    url = checklist_url(scenario)
    headers = callers.headers("member")

    def items() -> dict[str, dict[str, Any]]:
        return {i["duty"]: i for i in client.get(url, headers=headers).json()["items"]}

    for subject in ("child", "mother"):
        response = client.post(
            f"{scenario.url}/alerts",
            headers=callers.headers("member"),
            json={"subject_id": scenario.subjects[subject]["id"], "confirmed_on": "2026-02-20"},
        )
        assert response.status_code == 201
        if subject == "child":
            assert items()["record_alerts"]["status"] == "in_progress"
    alerts = items()["record_alerts"]
    assert alerts["status"] == "done"
    assert alerts["evidence"] == {
        "kind": "alert_confirmations",
        "subjects": 2,
        "confirmed": 2,
        "missing": [],
    }
    member_id = scenario.members["member"]["id"]
    declare = f"{scenario.url}/members/{member_id}/declarations"
    for body in (
        {"kind": "confidentiality"},
        {"kind": "voice_of_the_child", "note": "Child's words quoted in chronology"},
        {"kind": "performance_lead", "lead_name": "Pat Lead", "lead_role": "QA"},
    ):
        response = client.post(declare, headers=callers.headers("member"), json=body)
        assert response.status_code == 201, response.text
    assert items()["parallel_proceedings"]["status"] == "not_started"
    none = client.post(f"{scenario.url}/no-proceedings", headers=callers.headers("member"), json={})
    assert none.status_code == 201, none.text
    now = items()
    assert now["voice_of_the_child"]["evidence"]["note"] == "Child's words quoted in chronology"
    assert now["parallel_proceedings"]["evidence"] == {
        "kind": "parallel_proceedings",
        "proceedings": 0,
        "kinds": [],
        "open": 0,
        "holding_publication": 0,
        "none_declared_on": "2026-03-02",
    }
    assert {d for d, i in now.items() if i["status"] == "done"} == {
        "record_alerts",
        "confidentiality",
        "voice_of_the_child",
        "performance_leads",
        "parallel_proceedings",
    }
    # The police member's alerts item is unaffected by the council's confirmations.
    police = client.get(
        checklist_url(scenario, "police_member"), headers=callers.headers("police_member")
    ).json()
    assert {i["duty"]: i["status"] for i in police["items"]}["record_alerts"] == "not_started"
    # Declarations need their fields.
    assert (
        client.post(
            declare, headers=callers.headers("member"), json={"kind": "voice_of_the_child"}
        ).status_code
        == 422
    )
    assert (
        client.post(
            declare, headers=callers.headers("police_member"), json={"kind": "confidentiality"}
        ).status_code
        == 404
    )
    assert (
        client.post(
            declare, headers=callers.headers("admin"), json={"kind": "confidentiality"}
        ).status_code
        == 403
    )


def test_a_checklist_page_writes_each_item_as_the_item_itself_does(
    client: TestClient, callers: Callers, local_scenario: Scenario, db: Session
) -> None:
    """The checklist page is laid out from JSON the database builds (``api.wire.json_rows``),
    not from models: every item must carry the same fields, in the same order, with the same
    bytes, as the item's own answer (read through the ORM and the models), whatever state
    the item is in, and the page must be what ``ChecklistOut`` would write."""
    scenario = local_scenario
    member_id = scenario.members["member"]["id"]
    client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers("member"),
        json={"subject_id": scenario.subjects["child"]["id"], "confirmed_on": "2026-02-20"},
    )
    client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers("police_member"),
        json={"subject_id": scenario.subjects["mother"]["id"], "confirmed_on": "2026-02-21"},
    )
    declare = f"{scenario.url}/members/{member_id}/declarations"
    for body in (
        {"kind": "voice_of_the_child", "note": 'Zo\u00eb\'s words, "quoted" \u2014 in full'},
        {"kind": "voice_of_the_child", "note": "A later attestation replaces the first"},
    ):
        declared = client.post(declare, headers=callers.headers("member"), json=body)
        assert declared.status_code == 201, declared.text
    recorded = client.post(
        f"{scenario.url}/proceedings",
        headers=callers.headers("member"),
        json={"kind": "criminal_investigation", "holds_publication": True},
    )
    assert recorded.status_code == 201, recorded.text
    manual = checklist_url(scenario) + f"/{LOCAL}"
    current = client.get(manual, headers=callers.headers("member"))
    changed = client.patch(
        manual,
        headers={**callers.headers("member"), "If-Match": current.headers["ETag"]},
        json={"status": "not_applicable", "note": "Caf\u00e9 meeting \u2014 notes \u00e0 suivre"},
    )
    assert changed.status_code == 200, changed.text
    fields = list(ChecklistItemOut.model_fields)
    for who in ("member", "admin", "lead", "council_system"):
        page = client.get(checklist_url(scenario), headers=callers.headers(who))
        assert page.status_code == 200, page.text
        assert list(page.json()) == list(ChecklistOut.model_fields)
        # What the model writes for the same content, byte for byte.
        assert ChecklistOut.model_validate_json(page.content).model_dump_json().encode() == (
            page.content
        )
        for item in page.json()["items"]:
            assert list(item) == fields, who
            alone = client.get(
                checklist_url(scenario) + "/" + item["duty"], headers=callers.headers(who)
            )
            assert alone.status_code == 200, alone.text
            assert item == alone.json(), (who, item["duty"])
    items = {i["duty"]: i for i in page.json()["items"]}
    assert items["record_alerts"]["status"] == "in_progress"
    assert items["record_alerts"]["evidence"] == {
        "kind": "alert_confirmations",
        "subjects": 2,
        "confirmed": 1,
        "missing": [scenario.subjects["mother"]["pseudonym"]],
    }
    # The latest attestation counts (by time, then id: the clock is pinned in tests).
    declared = client.get(declare, headers=callers.headers("member")).json()["items"]
    latest = max(
        (d for d in declared if d["kind"] == "voice_of_the_child"),
        key=lambda d: (d["declared_at"], d["id"]),
    )
    voice = items["voice_of_the_child"]["evidence"]
    assert (voice["declaration_id"], voice["note"]) == (latest["id"], latest["payload"]["note"])
    assert items["parallel_proceedings"]["evidence"] == {
        "kind": "parallel_proceedings",
        "proceedings": 1,
        "kinds": ["criminal_investigation"],
        "open": 1,
        "holding_publication": 1,
        "none_declared_on": None,
    }
    assert items[LOCAL]["note"] == "Caf\u00e9 meeting \u2014 notes \u00e0 suivre"
    assert items[LOCAL]["updated_by_id"] == str(callers.world.users["member"].id)
    assert page.json()["completion"] == {"done": 3, "total": 14}  # two declared, one n/a


def test_a_checklist_of_an_unreached_review_is_an_audited_miss(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """The checklist reads its review's reach in its own statement; a caller who does not
    reach the review gets the review's 404, audited as ``get_review`` audits it, and one who
    does but names no seat of the review gets the member's 404."""
    for who in ("health_member", "outsider", "other_lead"):
        response = client.get(checklist_url(scenario), headers=callers.headers(who))
        assert response.status_code == 404
        assert response.json()["detail"] == "No such review."
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "access.not_found")).all()
    assert [(e.record_type, e.record_id) for e in events] == [("review", scenario.id)] * 3
    other = new_review(client, callers)
    wrong = client.get(  # a seat of another review, named under this one
        f"/api/v1/reviews/{other['id']}/members/{scenario.members['member']['id']}/checklist",
        headers=callers.headers("admin"),
    )
    assert wrong.status_code == 404 and wrong.json()["detail"] == "No such member."
    nowhere = client.get(
        f"{scenario.url}/members/{uuid.uuid4()}/checklist", headers=callers.headers("admin")
    )
    assert nowhere.status_code == 404 and nowhere.json()["detail"] == "No such member."


def test_setting_manual_and_derived_items(
    client: TestClient, callers: Callers, local_scenario: Scenario
) -> None:
    scenario = local_scenario
    url = checklist_url(scenario) + f"/{LOCAL}"
    headers = callers.headers("member")
    current = client.get(url, headers=headers)
    assert current.status_code == 200
    assert client.patch(url, headers=headers, json={"status": "done"}).status_code == 428
    assert (
        client.patch(
            url, headers={**headers, "If-Match": '"v7"'}, json={"status": "done"}
        ).status_code
        == 412
    )
    assert (
        client.patch(
            url,
            headers={**headers, "If-Match": current.headers["ETag"]},
            json={"status": "finished"},
        ).status_code
        == 422
    )
    assert (
        client.patch(
            url,
            headers={**headers, "If-Match": current.headers["ETag"]},
            json={"status": "done", "derived": False},
        ).status_code
        == 422
    )
    done = client.patch(
        url,
        headers={**headers, "If-Match": current.headers["ETag"]},
        json={"status": "done", "note": "Attended all three meetings"},
    )
    assert done.status_code == 200, done.text
    assert done.json()["updated_by_id"] == str(callers.world.users["member"].id)
    assert done.json()["etag"] == done.headers["ETag"]
    assert done.json()["hand_set_status"] is None  # set by hand now: its status is the status
    derived_url = checklist_url(scenario) + "/record_alerts"
    etag = client.get(derived_url, headers=headers).headers["ETag"]
    refused = client.patch(
        derived_url, headers={**headers, "If-Match": etag}, json={"status": "done"}
    )
    assert refused.status_code == 409 and refused.json()["code"] == "derived_item"
    noted = client.patch(
        derived_url,
        headers={**headers, "If-Match": etag},
        json={"note": "Alerts added on 20 February"},
    )
    assert noted.status_code == 200
    assert client.get(checklist_url(scenario) + "/nonsense", headers=headers).status_code == 404


@pytest.mark.parametrize(
    ("who", "body", "status"),
    [
        ("member", {"status": "in_progress"}, 200),
        ("admin", {"note": "Chased by e-mail"}, 200),
        ("admin", {"status": "done"}, 403),
        ("lead", {"note": "x"}, 403),
        ("police_member", {"status": "done"}, 404),  # another member's checklist is unreachable
        ("viewer", {"note": "x"}, 403),  # no checklists:write scope
        ("council_system", {"status": "done"}, 403),  # no checklists:write scope
        ("health_member", {"status": "done"}, 404),
        ("outsider", {"note": "x"}, 404),
    ],
)
def test_who_may_change_a_checklist_item(
    client: TestClient,
    callers: Callers,
    local_scenario: Scenario,
    who: str,
    body: dict[str, str],
    status: int,
) -> None:
    scenario = local_scenario
    url = checklist_url(scenario) + f"/{LOCAL}"
    response = client.patch(url, headers={**callers.headers(who), "If-Match": "*"}, json=body)
    assert response.status_code == status, response.text


def test_a_leavers_checklist_is_frozen(
    client: TestClient, callers: Callers, local_scenario: Scenario
) -> None:
    scenario = local_scenario
    member_id = scenario.members["member"]["id"]
    client.post(
        f"{scenario.url}/members/{member_id}/leave",
        headers=callers.headers("admin"),
        json={"reason": "Moved agency"},
    )
    response = client.patch(
        checklist_url(scenario) + f"/{LOCAL}",
        headers={**callers.headers("member"), "If-Match": "*"},
        json={"status": "done"},
    )
    assert response.status_code == 409


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("member", 200),
        ("police_member", 200),
        ("viewer", 200),
        ("council_system", 200),
        ("health_member", 404),
        ("health_system", 404),
        ("other_lead", 404),
        ("outsider", 404),
    ],
)
def test_team_view(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    client.post(
        f"{scenario.url}/members/{scenario.members['member']['id']}/declarations",
        headers=callers.headers("member"),
        json={"kind": "confidentiality"},
    )
    response = client.get(f"{scenario.url}/team", headers=callers.headers(who))
    assert response.status_code == status
    if status != 200:
        return
    body = response.json()
    by_name = {m["name"]: m for m in body["members"]}
    council = by_name["Member Tester"]
    assert council["completion"] == {"done": 1, "total": 13}
    assert "confidentiality" not in [o["duty"] for o in council["outstanding"]]
    assert len(council["outstanding"]) == 12
    assert by_name["Police_Member Tester"]["completion"] == {"done": 0, "total": 13}
    assert body["completion"] == {"done": 1, "total": 26}


@pytest.mark.parametrize(
    "who", ["admin", "lead", "member", "police_member", "viewer", "council_system"]
)
def test_team_says_whose_checklist_the_caller_may_read(
    client: TestClient, callers: Callers, scenario: Scenario, who: str
) -> None:
    """``can_view_checklist`` agrees with what the checklist endpoint answers."""
    team = client.get(f"{scenario.url}/team", headers=callers.headers(who)).json()
    assert len(team["members"]) == 2
    for seat in team["members"]:
        read = client.get(
            f"{scenario.url}/members/{seat['member_id']}/checklist", headers=callers.headers(who)
        )
        assert read.status_code == (200 if seat["can_view_checklist"] else 404), (who, seat)
    may = {m["name"]: m["can_view_checklist"] for m in team["members"]}
    expected = {
        "admin": (True, True),
        "lead": (True, True),
        "member": (True, False),
        "police_member": (False, True),
        "viewer": (False, False),
        "council_system": (True, False),
    }[who]
    assert (may["Member Tester"], may["Police_Member Tester"]) == expected


def test_not_applicable_needs_the_reason_it_does_not_apply(
    client: TestClient, callers: Callers, local_scenario: Scenario, db: Session
) -> None:
    url = checklist_url(local_scenario) + f"/{LOCAL}"
    headers = callers.headers("member")

    def etag() -> dict[str, str]:
        return {**headers, "If-Match": client.get(url, headers=headers).headers["ETag"]}

    for body in ({"status": "not_applicable"}, {"status": "not_applicable", "note": "  "}):
        refused = client.patch(url, headers=etag(), json=body)
        assert refused.status_code == 422, refused.text
        assert refused.json()["errors"][0]["field"] == "body.note"
        assert refused.json()["errors"][0]["code"] == "reason_required"
    assert client.get(url, headers=headers).json()["status"] == "not_started"
    given = client.patch(
        url, headers=etag(), json={"status": "not_applicable", "note": "Induction is national"}
    )
    assert given.status_code == 200 and given.json()["status"] == "not_applicable"
    # Its reason cannot then be taken away, by the member or by an administrator.
    for who in ("member", "admin"):
        who_headers = callers.headers(who)
        current = client.get(url, headers=who_headers).headers["ETag"]
        cleared = client.patch(
            url, headers={**who_headers, "If-Match": current}, json={"note": None}
        )
        assert cleared.status_code == 422, (who, cleared.text)
    assert client.get(url, headers=headers).json()["note"] == "Induction is national"
