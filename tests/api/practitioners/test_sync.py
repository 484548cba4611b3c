"""An agency system pushes its practitioners by its own id (``PUT .../by-ref/{ref}``): a
nightly sync creates each once, and pushed again unchanged changes nothing."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.practitioners.models import Practitioner
from tests.api.practitioners.helpers import JO, count_by_action, events, system, url
from tests.api.reviews.fixtures import Callers, Scenario

SCOPES = ["reviews:read", "practitioners:read", "practitioners:write"]


def _person(n: int) -> dict[str, Any]:
    return {
        "name": f"Practitioner {n:03d}",
        "job_title": "Family support worker" if n % 2 else "Health visitor",
        "team": f"Team {n % 7}",
        "work_email": f"p{n:03d}@council.example",
        "consent_to_contact": bool(n % 3),
        "support_status": ("offered", "accepted", "declined", "not_needed")[n % 4],
    }


def test_a_sync_of_500_pushed_twice_changes_nothing_the_second_time(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = system(client, callers, "council", SCOPES)
    etags: dict[str, str] = {}
    for n in range(500):
        ref = f"HR-{n:04d}"
        response = client.put(url(scenario, f"/by-ref/{ref}"), headers=headers, json=_person(n))
        assert response.status_code == 201, response.text
        etags[ref] = response.headers["ETag"]
    assert set(etags.values()) == {'"v1"'}
    first = count_by_action(db)
    assert first["practitioner.create"] == 500
    versions = dict(db.execute(select(Practitioner.external_ref, Practitioner.version)).all())
    updated = dict(db.execute(select(Practitioner.external_ref, Practitioner.updated_at)).all())

    for n in range(500):
        ref = f"HR-{n:04d}"
        response = client.put(
            url(scenario, f"/by-ref/{ref}"),
            headers={**headers, "If-Match": etags[ref]},
            json=_person(n),
        )
        assert response.status_code == 200, response.text
        assert response.headers["ETag"] == etags[ref]

    db.expire_all()
    assert db.scalar(select(func.count(Practitioner.id))) == 500
    assert dict(db.execute(select(Practitioner.external_ref, Practitioner.version)).all()) == (
        versions
    )
    assert (
        dict(db.execute(select(Practitioner.external_ref, Practitioner.updated_at)).all())
        == updated
    )
    second = count_by_action(db)
    # Only the reads of the answers: no create, no update.
    grown = {action: second[action] - first.get(action, 0) for action in second}
    assert {a: n for a, n in grown.items() if n} == {"practitioner.identifying_read": 500}


def test_a_push_replaces_every_field_and_names_the_version(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = system(client, callers, "council", SCOPES)
    ref_url = url(scenario, "/by-ref/HR-1")
    stale_new = client.put(ref_url, headers={**headers, "If-Match": '"v1"'}, json=JO)
    assert stale_new.status_code == 412  # If-Match names a version of nothing
    created = client.put(ref_url, headers=headers, json=JO)
    assert created.status_code == 201, created.text
    assert created.headers["Location"] == url(scenario, f"/{created.json()['id']}")
    assert created.json()["external_ref"] == "HR-1"

    assert client.put(ref_url, headers=headers, json=JO).status_code == 428
    stale = client.put(ref_url, headers={**headers, "If-Match": '"v7"'}, json=JO)
    assert stale.status_code == 412
    # Fields left out are cleared: the push is the whole practitioner.
    slimmer = {"name": "Jo Example", "job_title": "Team manager"}
    replaced = client.put(
        ref_url, headers={**headers, "If-Match": created.headers["ETag"]}, json=slimmer
    )
    assert replaced.status_code == 200, replaced.text
    body = replaced.json()
    assert replaced.headers["ETag"] == '"v2"'
    assert (body["job_title"], body["phone"], body["work_email"], body["consent_to_contact"]) == (
        "Team manager",
        None,
        None,
        False,
    )
    assert body["id"] == created.json()["id"]
    updates = events(db, "practitioner.update", body["id"])
    assert len(updates) == 1
    cleared = ["team", "work_email", "phone", "line_manager", "involvement", "support_status"]
    assert updates[0].details["fields"] == sorted(["job_title", "consent_to_contact", *cleared])
    # The member of the same agency sees the pushed practitioner; another agency's does not.
    mine = client.get(url(scenario), headers=callers.headers("member")).json()["items"]
    assert [p["external_ref"] for p in mine] == ["HR-1"]
    theirs = client.get(url(scenario), headers=callers.headers("police_member")).json()["items"]
    assert theirs == []
    # The same id from another agency is another practitioner.
    police = client.put(ref_url, headers=callers.headers("police_member"), json=JO)
    assert police.status_code == 201
    assert police.json()["id"] != body["id"]


def test_a_push_is_refused_without_the_write_scope_or_a_seat(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    reader = system(client, callers, "council", ["reviews:read", "practitioners:read"])
    health = system(client, callers, "health", SCOPES)
    ref_url = url(scenario, "/by-ref/HR-1")
    assert client.put(ref_url, headers=reader, json=JO).status_code == 403
    assert client.put(ref_url, headers=health, json=JO).status_code == 404
    assert client.put(ref_url, headers=callers.headers("admin"), json=JO).status_code == 403
    assert client.put(ref_url, headers=callers.headers("lead"), json=JO).status_code == 403
    bad = client.put(url(scenario, "/by-ref/has space"), headers=callers.headers("member"), json=JO)
    assert bad.status_code == 422
    assert client.get(url(scenario), headers=callers.headers("admin")).json()["items"] == []


def test_a_retried_post_with_the_same_key_adds_one_practitioner(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    headers = system(client, callers, "council", SCOPES)
    first = client.post(url(scenario), headers=headers, json=JO)
    again = client.post(url(scenario), headers=headers, json=JO)
    assert (first.status_code, again.status_code) == (201, 201), again.text
    assert again.json()["id"] == first.json()["id"]
    assert len(events(db, "practitioner.create")) == 1
    contact = {"kind": "introduction", "contacted_on": "2026-03-01"}
    log = url(scenario, f"/{first.json()['id']}/contacts")
    keyed = {**headers, "Idempotency-Key": "contact-1"}
    entries = [client.post(log, headers=keyed, json=contact) for _ in range(2)]
    assert [e.status_code for e in entries] == [201, 201]
    assert entries[0].json() == entries[1].json()
    assert len(client.get(log, headers=headers).json()["items"]) == 1


def test_a_system_that_only_writes_gets_a_replay_that_shows_nothing_it_may_not_read(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """Its first answer shows what it sent; the replay re-reads through the GET, which its
    scopes do not open: the replay says it was done (201, Location) and shows no details."""
    headers = system(client, callers, "council", ["practitioners:write"])
    first = client.post(url(scenario), headers=headers, json=JO)
    assert first.status_code == 201, first.text
    assert client.get(url(scenario), headers=headers).status_code == 403
    again = client.post(url(scenario), headers=headers, json=JO)
    assert again.status_code == 201, again.text
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.headers["Location"] == first.headers["Location"]
    assert again.content == b""
    assert len(events(db, "practitioner.create")) == 1
