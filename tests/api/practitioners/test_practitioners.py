"""Practitioners over HTTP: adding, reading, changing and withdrawing them; who may do each;
personal details encrypted at rest and every read of them audited."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from cryptography.exceptions import InvalidTag
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.pagination import Page
from api.practitioners.models import Practitioner
from api.practitioners.schemas import PractitionerOut
from api.security.crypto import get_cipher
from tests.api.practitioners.helpers import JO, add, count_by_action, events, system, url
from tests.api.reviews.fixtures import Callers, Driver, Scenario, if_match


def test_a_member_adds_reads_changes_and_withdraws_their_agencys_practitioner(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    headers = callers.headers("member")
    created = client.post(url(scenario), headers=headers, json={**JO, "external_ref": "HR-7"})
    assert created.status_code == 201, created.text
    body = created.json()
    assert created.headers["Location"] == url(scenario, f"/{body['id']}")
    assert created.headers["ETag"] == body["etag"] == '"v1"'
    expected = {
        **JO,
        "external_ref": "HR-7",
        "agency_id": str(callers.world.agencies["council"].id),
        "active": True,
        "withdrawn_on": None,
        "withdrawn_reason": None,
        "involved_from": None,
        "involved_to": None,
    }
    assert {k: body[k] for k in expected} == expected
    one = client.get(created.headers["Location"], headers=headers)
    assert one.status_code == 200 and one.json() == body

    # PATCH names the version it was made against.
    change = {"job_title": "Senior social worker", "phone": None}
    missing = client.patch(created.headers["Location"], headers=headers, json=change)
    assert missing.status_code == 428
    stale = client.patch(
        created.headers["Location"], headers={**headers, "If-Match": '"v9"'}, json=change
    )
    assert stale.status_code == 412 and stale.headers["ETag"] == '"v1"'
    changed = client.patch(
        created.headers["Location"], headers={**headers, **if_match(one)}, json=change
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["job_title"] == "Senior social worker"
    assert changed.json()["phone"] is None
    assert changed.headers["ETag"] == '"v2"'

    withdrawn = client.post(
        created.headers["Location"] + "/withdraw",
        headers=callers.headers("member"),
        json={"reason": "Not involved in the period", "withdrawn_on": "2026-03-01"},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["active"] is False
    assert withdrawn.json()["withdrawn_on"] == "2026-03-01"
    # A dated state, not a delete: still read, and listed as withdrawn.
    listed = client.get(url(scenario), headers=headers, params={"active": "false"}).json()
    assert [p["id"] for p in listed["items"]] == [body["id"]]
    assert (
        client.get(url(scenario), headers=headers, params={"active": "true"}).json()["items"] == []
    )
    again = client.post(
        created.headers["Location"] + "/withdraw",
        headers=callers.headers("member"),
        json={"reason": "Twice"},
    )
    assert again.status_code == 409
    kept = client.patch(
        created.headers["Location"],
        headers={**headers, **if_match(withdrawn)},
        json={"job_title": "Changed after"},
    )
    assert kept.status_code == 409


def test_the_same_external_ref_twice_is_a_conflict(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    add(client, callers, scenario, external_ref="HR-1")
    response = client.post(
        url(scenario), headers=callers.headers("member"), json={**JO, "external_ref": "HR-1"}
    )
    assert response.status_code == 409
    # Another agency may use the same id for its own practitioner.
    add(client, callers, scenario, who="police_member", external_ref="HR-1")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"job_title": None}, "job_title"),
        ({"name": "J"}, "name"),
        ({"work_email": "not an address"}, "work_email"),
        ({"support_status": "maybe"}, "support_status"),
        ({"involved_from": "2025-06-01", "involved_to": "2025-01-01"}, None),
        ({"involved_from": "01/06/2025"}, "involved_from"),
        ({"surprise": 1}, "surprise"),
    ],
)
def test_invalid_bodies_are_refused_with_the_field_and_change_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    change: dict[str, Any],
    field: str | None,
) -> None:
    before = count_by_action(db)
    body = {k: v for k, v in {**JO, **change}.items() if v is not None}
    response = client.post(url(scenario), headers=callers.headers("member"), json=body)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    if field is not None:
        assert any(field in e["field"] for e in problem["errors"]), problem
    assert client.get(url(scenario), headers=callers.headers("admin")).json()["items"] == []
    after = count_by_action(db)
    assert after.get("practitioner.create", 0) == before.get("practitioner.create", 0) == 0


def test_involvement_dates_must_fall_within_the_terms_of_reference_period(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    Driver(client, callers, scenario.id).patch(
        terms_of_reference={"period_start": "2025-01-01", "period_end": "2025-12-31"}
    )
    headers = callers.headers("member")
    early = client.post(url(scenario), headers=headers, json={**JO, "involved_from": "2024-12-31"})
    assert early.status_code == 422, early.text
    assert [e["field"] for e in early.json()["errors"]] == ["body.involved_from"]
    assert early.json()["errors"][0]["code"] == "outside_period"
    late = client.post(
        url(scenario), headers=callers.headers("member"), json={**JO, "involved_to": "2026-01-01"}
    )
    assert late.status_code == 422
    assert [e["field"] for e in late.json()["errors"]] == ["body.involved_to"]
    inside = add(client, callers, scenario, involved_from="2025-01-01", involved_to="2025-12-31")
    assert (inside["involved_from"], inside["involved_to"]) == ("2025-01-01", "2025-12-31")
    # A change is checked against the stored dates too.
    stored = client.get(url(scenario, f"/{inside['id']}"), headers=headers)
    moved = client.patch(
        url(scenario, f"/{inside['id']}"),
        headers={**headers, **if_match(stored)},
        json={"involved_to": "2026-02-01"},
    )
    assert moved.status_code == 422
    assert client.get(url(scenario), headers=headers).json()["items"] == [inside]


def test_who_sees_which_practitioners(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    council = add(client, callers, scenario)
    police = add(client, callers, scenario, who="police_member", name="Lee Example")
    withdrawn = add(client, callers, scenario, who="police_member", name="Ash Example")
    response = client.post(
        url(scenario, f"/{withdrawn['id']}/withdraw"),
        headers=callers.headers("police_member"),
        json={"reason": "Added in error"},
    )
    assert response.status_code == 200

    def listed(who: str) -> set[str] | int:
        response = client.get(url(scenario), headers=callers.headers(who))
        if response.status_code != 200:
            return response.status_code
        return {p["name"] for p in response.json()["items"]}

    assert listed("admin") == listed("lead") == {"Jo Example", "Lee Example", "Ash Example"}
    assert listed("member") == listed("council_system") == {"Jo Example"}
    assert listed("police_member") == {"Lee Example", "Ash Example"}
    assert listed("viewer") == 403  # no practitioners:read: counts only
    for who in ("other_lead", "health_member", "health_system", "outsider"):
        assert listed(who) == 404, who

    # One practitioner: the other agency's member does not learn it exists.
    for who, status in (
        ("admin", 200),
        ("lead", 200),
        ("member", 200),
        ("council_system", 200),
        ("police_member", 404),
        ("viewer", 403),
        ("health_member", 404),
        ("outsider", 404),
    ):
        got = client.get(url(scenario, f"/{council['id']}"), headers=callers.headers(who))
        assert got.status_code == status, who
    assert police["agency_id"] == str(callers.world.agencies["police"].id)

    # Counts, without personal details, for everyone who reaches the review.
    council_id = str(callers.world.agencies["council"].id)
    police_id = str(callers.world.agencies["police"].id)
    for who in ("viewer", "police_member", "member", "lead", "admin", "council_system"):
        summary = client.get(f"{scenario.url}/practitioner-counts", headers=callers.headers(who))
        assert summary.status_code == 200, who
        counts = {a["agency_id"]: (a["active"], a["withdrawn"]) for a in summary.json()["agencies"]}
        assert counts == {council_id: (1, 0), police_id: (1, 1)}
        assert summary.json()["active"] == 2
        assert "Example" not in summary.text
    for who in ("other_lead", "health_member", "outsider"):
        assert (
            client.get(
                f"{scenario.url}/practitioner-counts", headers=callers.headers(who)
            ).status_code
            == 404
        )


def test_who_may_change_practitioners(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    council = add(client, callers, scenario)
    location = url(scenario, f"/{council['id']}")
    etag = {"If-Match": council["etag"]}
    for who, status in (
        ("admin", 403),  # reads, but does not change an agency's list
        ("lead", 403),  # no practitioners:write
        ("viewer", 403),
        ("council_system", 403),  # its client holds practitioners:read only
        ("police_member", 404),  # another agency's practitioner is out of reach
        ("health_member", 404),
        ("outsider", 404),
    ):
        response = client.patch(
            location, headers={**callers.headers(who), **etag}, json={"team": "Changed"}
        )
        assert response.status_code == status, (who, response.text)
        response = client.post(
            location + "/withdraw", headers=callers.headers(who), json={"reason": "Not mine"}
        )
        assert response.status_code == status, (who, response.text)
    for who, status in (("admin", 403), ("lead", 403), ("viewer", 403), ("health_member", 404)):
        response = client.post(url(scenario), headers=callers.headers(who), json=JO)
        assert response.status_code == status, who
    assert client.get(location, headers=callers.headers("admin")).json() == council


def test_a_member_who_left_the_review_no_longer_sees_or_adds_practitioners(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    council = add(client, callers, scenario)
    member_id = scenario.members["member"]["id"]
    left = client.post(
        f"{scenario.url}/members/{member_id}/leave",
        headers=callers.headers("admin"),
        json={"reason": "Moved to another post"},
    )
    assert left.status_code == 200, left.text
    assert client.get(url(scenario), headers=callers.headers("member")).json()["items"] == []
    got = client.get(url(scenario, f"/{council['id']}"), headers=callers.headers("member"))
    assert got.status_code == 404
    response = client.post(url(scenario), headers=callers.headers("member"), json=JO)
    assert response.status_code == 403


def test_an_agency_system_with_the_scopes_acts_for_its_agency_only(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    writer = system(client, callers, "council", ["reviews:read", "practitioners:write"])
    reader = system(client, callers, "council", ["reviews:read", "practitioners:read"])
    both = system(
        client, callers, "council", ["reviews:read", "practitioners:read", "practitioners:write"]
    )
    neither = system(client, callers, "council", ["reviews:read"])
    outsider = system(
        client, callers, "health", ["reviews:read", "practitioners:read", "practitioners:write"]
    )
    created = client.post(url(scenario), headers=both, json=JO)
    assert created.status_code == 201, created.text
    assert created.json()["agency_id"] == str(callers.world.agencies["council"].id)
    assert client.post(url(scenario), headers=writer, json=JO).status_code == 201
    assert client.post(url(scenario), headers=reader, json=JO).status_code == 403
    assert client.post(url(scenario), headers=outsider, json=JO).status_code == 404
    assert client.get(url(scenario), headers=writer).status_code == 403
    assert client.get(url(scenario), headers=neither).status_code == 403
    assert client.get(f"{scenario.url}/practitioner-counts", headers=neither).status_code == 200
    assert len(client.get(url(scenario), headers=reader).json()["items"]) == 2
    assert client.get(url(scenario), headers=outsider).status_code == 404
    police = add(client, callers, scenario, who="police_member")
    assert client.get(url(scenario, f"/{police['id']}"), headers=reader).status_code == 404


def test_personal_details_are_encrypted_at_rest_and_every_read_is_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    council = add(client, callers, scenario)
    row = db.scalars(select(Practitioner)).one()
    for field in ("name", "work_email", "phone", "line_manager", "involvement"):
        sealed = getattr(row, f"{field}_enc")
        assert JO[field] not in sealed
        assert get_cipher().decrypt(sealed, f"practitioners.{field}:{row.id}") == JO[field]
    # Bound to its row: copied to another, it does not decrypt.
    with pytest.raises(InvalidTag):
        get_cipher().decrypt(row.name_enc, f"practitioners.name:{scenario.id}")

    created = events(db, "practitioner.identifying_read", council["id"])
    assert len(created) == 1  # the create's own answer carried the details
    for who in ("admin", "lead", "member", "council_system"):
        assert client.get(url(scenario), headers=callers.headers(who)).status_code == 200
        assert (
            client.get(url(scenario, f"/{council['id']}"), headers=callers.headers(who)).status_code
            == 200
        )
    reads = events(db, "practitioner.identifying_read", council["id"])
    assert len(reads) == 1 + 4 * 2
    assert all(e.review_id is not None and str(e.review_id) == scenario.id for e in reads)
    assert {
        e.details["fields"] == ["name", "work_email", "phone", "line_manager"] for e in reads
    } == {True}
    assert all("Jo" not in str(e.details) for e in reads)
    # Counts and refusals read nothing personal, and audit no read.
    client.get(f"{scenario.url}/practitioner-counts", headers=callers.headers("viewer"))
    client.get(url(scenario), headers=callers.headers("police_member"))
    client.get(url(scenario), headers=callers.headers("viewer"))
    assert len(events(db, "practitioner.identifying_read", council["id"])) == 9
    assert len(events(db, "practitioner.create", council["id"])) == 1


def test_a_page_read_is_one_audit_event_naming_every_practitioner_in_it(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    added = [add(client, callers, scenario, name=f"Practitioner Test {n}") for n in range(3)]
    before = {e.id for e in events(db, "practitioner.identifying_read")}
    listed = client.get(url(scenario), headers=callers.headers("lead"))
    assert listed.status_code == 200
    assert len(listed.json()["items"]) == 3
    # The events come in no particular order: the new one is the one not there before.
    (read,) = [e for e in events(db, "practitioner.identifying_read") if e.id not in before]
    assert read.record_id is None
    assert sorted(read.details["records"]) == sorted(p["id"] for p in added)
    assert read.details["fields"] == ["name", "work_email", "phone", "line_manager"]
    # The trail, filtered by one practitioner, finds the page read as well as its own events.
    trail = client.get(
        "/api/v1/audit",
        headers=callers.headers("admin"),
        params={"record_id": added[1]["id"], "action": "practitioner.identifying_read"},
    )
    assert trail.status_code == 200
    ids = {e["id"] for e in trail.json()["items"]}
    assert str(read.id) in ids
    assert len(ids) == 2  # its create's answer, and the page
    # Another practitioner's id finds neither of this one's single reads.
    other = client.get(
        "/api/v1/audit",
        headers=callers.headers("admin"),
        params={"record_id": added[0]["id"], "action": "practitioner.identifying_read"},
    )
    assert {e["record_id"] for e in other.json()["items"]} == {added[0]["id"], None}


def test_a_list_page_writes_each_practitioner_as_the_single_read_does(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """A list page is laid out from text columns (``repository.WIRE_COLUMNS``), not from
    ``PractitionerOut`` models: each item must carry the same fields, in the same order, with
    the same bytes, as the practitioner's own answer, for every shape an item takes."""
    headers = callers.headers("member")
    full = add(
        client,
        callers,
        scenario,
        external_ref="HR-7",
        team='North "Q" \\ \u00e9',
        involved_from="2025-02-03",
        involved_to="2025-11-30",
    )
    sparse = add(
        client,
        callers,
        scenario,
        name="Ali \u2014 Example",
        work_email=None,
        phone=None,
        line_manager=None,
        involvement=None,
        team=None,
        consent_to_contact=False,
        support_status="not_needed",
    )
    withdrawn = add(client, callers, scenario)
    assert (
        client.post(
            url(scenario, f"/{withdrawn['id']}/withdraw"),
            headers=headers,
            json={"reason": "Not involved", "withdrawn_on": "2026-03-01"},
        ).status_code
        == 200
    )
    # A timestamp on the second, which the models write without a fraction.
    db.execute(
        update(Practitioner)
        .where(Practitioner.id == uuid.UUID(sparse["id"]))
        .values(created_at=datetime(2026, 2, 16, 9, 30, tzinfo=UTC))
    )
    db.commit()
    fields = list(PractitionerOut.model_fields)
    for who in ("admin", "lead", "member"):
        page = client.get(url(scenario), headers=callers.headers(who), params={"limit": 200})
        assert page.status_code == 200, page.text
        listed = {item["id"]: item for item in page.json()["items"]}
        assert set(listed) == {full["id"], sparse["id"], withdrawn["id"]}, who
        for practitioner_id, item in listed.items():
            assert list(item) == fields, who
            single = client.get(url(scenario, f"/{practitioner_id}"), headers=callers.headers(who))
            assert single.status_code == 200, single.text
            assert item == single.json(), who
        assert listed[sparse["id"]]["created_at"] == "2026-02-16T09:30:00Z"
        assert listed[withdrawn["id"]]["withdrawn_on"] == "2026-03-01"
        assert listed[full["id"]]["involved_to"] == "2025-11-30"
    # The whole page, byte for byte as the models write it, on page 1 and after a cursor.
    first = client.get(url(scenario), headers=headers, params={"limit": 2})
    later = client.get(
        url(scenario), headers=headers, params={"limit": 2, "cursor": first.json()["next_cursor"]}
    )
    for page in (first, later):
        assert page.status_code == 200, page.text
        rewritten = Page[PractitionerOut].model_validate_json(page.content).model_dump_json()
        assert page.content == rewritten.encode()
    assert len(first.json()["items"]) + len(later.json()["items"]) == 3
