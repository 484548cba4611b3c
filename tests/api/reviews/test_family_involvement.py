"""Family involvement notes are identifying details: encrypted at rest, a resource of their
own for the partnership's administrators and the review's lead reviewer only, and every read
that returns them audited. Reading a review neither shows nor audits them."""

from __future__ import annotations

import uuid

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.security.crypto import get_cipher
from tests.api.reviews.fixtures import ALL_CALLERS, FAMILY_NOTES, Callers, Scenario

# The scenario's review: led by 'lead'; council ('member') and police seated; health not.
SEES = {
    "admin": 200,
    "lead": 200,
    "other_lead": 404,  # does not reach the review at all
    "member": 403,
    "police_member": 403,
    "health_member": 404,
    "viewer": 403,
    "council_system": 403,
    "health_system": 404,
    "outsider": 404,
}


def reads(db: Session, review_id: str) -> list[AuditEvent]:
    db.expire_all()
    return list(
        db.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "review.family_notes_read",
                AuditEvent.record_id == review_id,
            )
        )
    )


@pytest.mark.parametrize("who", ALL_CALLERS)
def test_who_reads_the_notes_and_each_read_is_audited(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, who: str
) -> None:
    response = client.get(f"{scenario.url}/family-involvement", headers=callers.headers(who))
    assert response.status_code == SEES[who], response.text
    events = reads(db, scenario.id)
    if response.status_code == 200:
        assert response.json() == {"review_id": scenario.id, "notes": FAMILY_NOTES}
        assert response.headers["ETag"] == '"v2"'
        assert len(events) == 1
        assert events[0].review_id == uuid.UUID(scenario.id)
        assert FAMILY_NOTES not in str(events[0].details)
    else:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert FAMILY_NOTES not in response.text
        assert events == []
    if response.status_code == 403:
        denied = db.scalars(
            select(AuditEvent).where(
                AuditEvent.action == "access.denied", AuditEvent.record_id == scenario.id
            )
        ).all()
        assert [e.details for e in denied] == [{"field": "family_involvement_notes"}]


@pytest.mark.parametrize("who", ALL_CALLERS)
def test_a_review_read_shows_no_notes_and_audits_none(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, who: str
) -> None:
    response = client.get(scenario.url, headers=callers.headers(who))
    assert FAMILY_NOTES not in response.text
    listed = client.get("/api/v1/reviews", headers=callers.headers(who))
    assert FAMILY_NOTES not in listed.text
    assert reads(db, scenario.id) == []


def test_notes_are_encrypted_at_rest(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    stored = db.execute(
        text("SELECT * FROM reviews WHERE reference = :reference"),
        {"reference": scenario.review["reference"]},
    ).one()
    row = stored._mapping
    assert "family_involvement_notes" not in row  # no clear column left
    sealed = row["family_involvement_notes_enc"]
    assert sealed.startswith("v1:") and "Mother" not in sealed
    context = f"reviews.family_involvement_notes:{scenario.id}"
    assert get_cipher().decrypt(sealed, context) == FAMILY_NOTES
    # Bound to its review: the same ciphertext does not open as another review's.
    with pytest.raises(Exception):  # noqa: B017 - AES-GCM's InvalidTag
        get_cipher().decrypt(sealed, f"reviews.family_involvement_notes:{uuid.uuid4()}")


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("other_lead", 404),
        ("member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("outsider", 404),
    ],
)
def test_who_replaces_the_notes(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    url = f"{scenario.url}/family-involvement"
    response = client.put(
        url,
        headers={**callers.headers(who), "If-Match": '"v2"', "Idempotency-Key": "n1"},
        json={"notes": "Father asked for a meeting after school hours."},
    )
    assert response.status_code == status, response.text
    after = client.get(url, headers=callers.headers("admin")).json()["notes"]
    if status == 200:
        assert response.json()["notes"] == "Father asked for a meeting after school hours."
        assert response.headers["ETag"] == '"v3"'
        assert after == "Father asked for a meeting after school hours."
    else:
        assert after == FAMILY_NOTES


def test_replacing_needs_the_current_version_and_can_clear(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    url = f"{scenario.url}/family-involvement"
    headers = callers.headers("lead")
    missing = client.put(url, headers=headers, json={"notes": "x"})
    assert missing.status_code == 428
    stale = client.put(url, headers={**headers, "If-Match": '"v1"'}, json={"notes": "x"})
    assert stale.status_code == 412
    cleared = client.put(url, headers={**headers, "If-Match": '"v2"'}, json={"notes": None})
    assert cleared.status_code == 200, cleared.text
    assert cleared.json() == {"review_id": scenario.id, "notes": None}
    db.expire_all()
    update = db.scalars(
        select(AuditEvent).where(
            AuditEvent.action == "review.update", AuditEvent.record_id == scenario.id
        )
    ).all()[-1]
    assert update.details == {"fields": ["family_involvement_notes"]}
    # No notes: nothing identifying was read, so no read is audited.
    assert client.get(url, headers=headers).json()["notes"] is None
    assert reads(db, scenario.id) == []
    too_long = client.put(
        url, headers={**headers, "If-Match": '"v3"'}, json={"notes": "x" * 20_001}
    )
    assert too_long.status_code == 422


def test_the_review_itself_no_longer_takes_the_notes(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    response = client.patch(
        scenario.url,
        headers={**callers.headers("admin"), "If-Match": '"v2"'},
        json={"family_involvement_notes": "Somewhere else."},
    )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["code"] == "extra_forbidden"
