"""A practitioner's contact log: dated entries, append-only, corrections as new entries."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.clock import clock
from tests.api.practitioners.helpers import add, events, system, url
from tests.api.reviews.fixtures import TODAY, Callers, Scenario


def test_entries_are_added_read_and_never_changed(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    practitioner = add(client, callers, scenario)
    log = url(scenario, f"/{practitioner['id']}/contacts")
    first = client.post(
        log,
        headers=callers.headers("member"),
        json={"kind": "introduction", "contacted_on": "2026-02-20", "note": "Called, left word"},
    )
    assert first.status_code == 201, first.text
    entry = first.json()
    assert first.headers["Location"] == f"{log}/{entry['id']}"
    assert entry["kind"] == "introduction" and entry["contacted_on"] == "2026-02-20"
    assert entry["recorded_by_type"] == "user"
    assert entry["recorded_by_id"] == str(callers.world.users["member"].id)
    assert entry["corrects"] is None
    clock.pin(TODAY + timedelta(minutes=5))  # recorded later: listed after
    correction = client.post(
        log,
        headers=callers.headers("member"),
        json={
            "kind": "introduction",
            "contacted_on": "2026-02-19",
            "note": "The call was the day before",
            "corrects": entry["id"],
        },
    )
    assert correction.status_code == 201, correction.text
    assert correction.json()["corrects"] == entry["id"]
    listed = client.get(log, headers=callers.headers("member")).json()["items"]
    assert [e["id"] for e in listed] == [entry["id"], correction.json()["id"]]
    assert client.get(f"{log}/{entry['id']}", headers=callers.headers("lead")).json() == entry
    assert len(events(db, "practitioner_contact.create")) == 2

    # Append-only: no change, no delete, of an entry or of the log.
    for method in ("PATCH", "PUT", "DELETE"):
        for target in (f"{log}/{entry['id']}", log):
            response = client.request(
                method, target, headers=callers.headers("member"), json={"note": "changed"}
            )
            assert response.status_code == 405, (method, target)
    assert client.get(f"{log}/{entry['id']}", headers=callers.headers("member")).json() == entry


def test_refused_entries_change_nothing(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    practitioner = add(client, callers, scenario)
    other = add(client, callers, scenario, name="Lee Example")
    log = url(scenario, f"/{practitioner['id']}/contacts")
    theirs = client.post(
        url(scenario, f"/{other['id']}/contacts"),
        headers=callers.headers("member"),
        json={"kind": "update", "contacted_on": "2026-03-01"},
    ).json()
    for body, field in (
        ({"kind": "update", "contacted_on": "2026-03-03"}, "body.contacted_on"),  # tomorrow
        ({"kind": "phone_call", "contacted_on": "2026-03-01"}, "body.kind"),
        ({"kind": "update"}, "body.contacted_on"),
        (
            {"kind": "update", "contacted_on": "2026-03-01", "corrects": theirs["id"]},
            "body.corrects",
        ),
        ({"kind": "update", "contacted_on": "2026-03-01", "note": "x" * 2001}, "body.note"),
    ):
        response = client.post(log, headers=callers.headers("member"), json=body)
        assert response.status_code == 422, (body, response.text)
        assert [e["field"] for e in response.json()["errors"]] == [field]
    assert client.get(log, headers=callers.headers("member")).json()["items"] == []
    assert len(events(db, "practitioner_contact.create")) == 1


def test_the_log_is_read_and_written_as_the_practitioner_is(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    practitioner = add(client, callers, scenario)
    log = url(scenario, f"/{practitioner['id']}/contacts")
    body = {"kind": "aftercare", "contacted_on": "2026-03-02"}
    writer = system(
        client, callers, "council", ["reviews:read", "practitioners:read", "practitioners:write"]
    )
    by_system = client.post(log, headers=writer, json=body)
    assert by_system.status_code == 201, by_system.text
    assert by_system.json()["recorded_by_type"] == "client"
    for who, status in (
        ("admin", 403),
        ("lead", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("police_member", 404),
        ("health_member", 404),
        ("outsider", 404),
    ):
        response = client.post(log, headers=callers.headers(who), json=body)
        assert response.status_code == status, who
    for who, status in (
        ("admin", 200),
        ("lead", 200),
        ("member", 200),
        ("council_system", 200),
        ("viewer", 403),
        ("police_member", 404),
        ("health_member", 404),
        ("outsider", 404),
    ):
        response = client.get(log, headers=callers.headers(who))
        assert response.status_code == status, who
        if status == 200:
            assert len(response.json()["items"]) == 1
