"""Subjects: identifying details encrypted at rest, returned only to those entitled, every
read audited."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.security.crypto import get_cipher
from api.subjects.models import Subject
from tests.api.reviews.fixtures import Callers, Scenario

# caller -> (sees names of child, of mother, record references visible (agency keys))
SEES = {
    "admin": (True, True, {"council", "police"}),
    "lead": (True, True, {"council", "police"}),
    "member": (True, False, {"council"}),  # the council holds the child's record only
    "police_member": (False, True, {"police"}),
    "viewer": (False, False, set()),
    "council_system": (False, False, {"council"}),
}


@pytest.mark.parametrize("who", list(SEES))
def test_identifying_details_by_caller(
    client: TestClient, callers: Callers, scenario: Scenario, who: str
) -> None:
    response = client.get(f"{scenario.url}/subjects", headers=callers.headers(who))
    assert response.status_code == 200
    by_pseudonym = {s["pseudonym"]: s for s in response.json()["items"]}
    child_names, mother_names, agencies = SEES[who]
    agency_ids = {str(callers.world.agencies[a].id): a for a in ("council", "police")}
    for pseudonym, sees, names, dob in (
        ("Child", child_names, "Alex Example", "2015-05-01"),
        ("Mother", mother_names, "Sam Example", "1990-01-31"),
    ):
        subject = by_pseudonym[pseudonym]
        if sees:
            assert subject["identifying"] == {"names": names, "date_of_birth": dob}
        else:
            assert subject["identifying"] is None
        for ref in subject["record_references"]:
            assert agency_ids[ref["agency_id"]] in agencies
    seen_refs = {
        agency_ids[r["agency_id"]] for s in by_pseudonym.values() for r in s["record_references"]
    }
    assert seen_refs == agencies


def test_every_identifying_read_is_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    def reads(who: str) -> list[AuditEvent]:
        return list(
            db.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "subject.identifying_read",
                    AuditEvent.actor_id == str(callers.world.users[who].id),
                )
            )
        )

    client.get(f"{scenario.url}/subjects", headers=callers.headers("viewer"))
    assert reads("viewer") == []  # nothing identifying, nothing to audit
    assert reads("member") == []
    client.get(f"{scenario.url}/subjects", headers=callers.headers("member"))
    after = reads("member")
    member_id = str(callers.world.users["member"].id)
    assert [(e.actor_id, e.record_id) for e in after] == [
        (member_id, scenario.subjects["child"]["id"])
    ]
    assert after[0].details == {"fields": ["names", "date_of_birth", "record_references"]}
    assert "Alex" not in str(after[0].details)


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("other_lead", 404),
        ("health_member", 404),
        ("health_system", 404),
        ("outsider", 404),
    ],
)
def test_callers_off_the_review_get_404(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    subject_id = scenario.subjects["child"]["id"]
    assert (
        client.get(f"{scenario.url}/subjects", headers=callers.headers(who)).status_code == status
    )
    assert (
        client.get(
            f"{scenario.url}/subjects/{subject_id}", headers=callers.headers(who)
        ).status_code
        == status
    )


def test_encrypted_at_rest_and_bound_to_the_row(scenario: Scenario, db: Session) -> None:
    child_id = uuid.UUID(scenario.subjects["child"]["id"])
    mother_id = uuid.UUID(scenario.subjects["mother"]["id"])
    raw = db.execute(text("SELECT names_enc, date_of_birth_enc FROM subjects")).all()
    assert all(row[0].startswith("v1:") and "Example" not in row[0] for row in raw)
    refs = db.execute(text("SELECT reference_enc FROM subject_records")).scalars().all()
    assert all("REF" not in ref for ref in refs)
    child = db.get(Subject, child_id)
    assert child is not None and child.names_enc is not None
    cipher = get_cipher()
    assert cipher.decrypt(child.names_enc, f"subjects.names:{child_id}") == "Alex Example"
    with pytest.raises(Exception):  # noqa: B017 - any failure to authenticate will do
        cipher.decrypt(child.names_enc, f"subjects.names:{mother_id}")


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 201),
        ("other_lead", 404),
        ("member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("outsider", 404),
    ],
)
def test_who_may_add_a_subject(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = client.post(
        f"{scenario.url}/subjects",
        headers=callers.headers(who),
        json={"role": "sibling", "pseudonym": "Sibling 1"},
    )
    assert response.status_code == status, response.text


def test_subject_validation(client: TestClient, callers: Callers, scenario: Scenario) -> None:
    url = f"{scenario.url}/subjects"
    headers = callers.headers("admin")
    council = str(callers.world.agencies["council"].id)
    foreign = str(callers.other_world.agencies["council"].id)
    bad: list[dict[str, Any]] = [
        {"role": "neighbour", "pseudonym": "N"},
        {"role": "other", "pseudonym": "N", "ssn": "x"},
        {
            "role": "other",
            "pseudonym": "N",
            "record_references": [{"agency_id": foreign, "reference": "X"}],
        },
        {
            "role": "other",
            "pseudonym": "N",
            "record_references": [
                {"agency_id": council, "reference": "X"},
                {"agency_id": council, "reference": "Y"},
            ],
        },
    ]
    for body in bad:
        assert client.post(url, headers=headers, json=body).status_code == 422, body


def test_patch_subject(client: TestClient, callers: Callers, scenario: Scenario) -> None:
    url = f"{scenario.url}/subjects/{scenario.subjects['mother']['id']}"
    headers = callers.headers("lead")
    current = client.get(url, headers=headers)
    assert client.patch(url, headers=headers, json={"names": "S. Example"}).status_code == 428
    assert (
        client.patch(
            url, headers={**headers, "If-Match": '"v9"'}, json={"names": "S. Example"}
        ).status_code
        == 412
    )
    assert (
        client.patch(
            url, headers={**headers, "If-Match": current.headers["ETag"]}, json={"pseudonym": None}
        ).status_code
        == 422
    )
    council = str(callers.world.agencies["council"].id)
    ok = client.patch(
        url,
        headers={**headers, "If-Match": current.headers["ETag"]},
        json={
            "names": "S. Example",
            "date_of_birth": None,
            "record_references": [{"agency_id": council, "reference": "C-9"}],
        },
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["identifying"] == {"names": "S. Example", "date_of_birth": None}
    # Now the council holds a record for the mother: its member sees her names; police don't.
    seen = client.get(url, headers=callers.headers("member")).json()
    assert seen["identifying"]["names"] == "S. Example"
    assert client.get(url, headers=callers.headers("police_member")).json()["identifying"] is None
    assert (
        client.patch(
            url, headers={**callers.headers("member"), "If-Match": "*"}, json={"names": "x"}
        ).status_code
        == 403
    )
