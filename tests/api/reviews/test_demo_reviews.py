from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.demo import DEMO_PASSWORD, seed_demo
from api.users.models import User


def test_demo_seed_includes_reviews(client: TestClient, db: Session) -> None:
    assert seed_demo(db) is not None
    db.commit()
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "member.council@demoshire.example",
            "password": DEMO_PASSWORD,
        },
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    reviews = client.get("/api/v1/reviews", headers=headers).json()["items"]
    assert [r["reference"] for r in reviews] == ["DSCP-2026-001"]
    team = client.get(f"/api/v1/reviews/{reviews[0]['id']}/team", headers=headers).json()
    assert len(team["members"]) == 4
    subjects = client.get(f"/api/v1/reviews/{reviews[0]['id']}/subjects", headers=headers).json()[
        "items"
    ]
    assert subjects[0]["identifying"]["names"] == "Riley Demo"


def test_demo_family_notes_are_fictional_and_only_for_the_lead_reviewer_and_admins(
    client: TestClient, db: Session
) -> None:
    assert seed_demo(db) is not None
    db.commit()

    def headers(email: str) -> dict[str, str]:
        token = client.post(
            "/api/v1/auth/token",
            data={"grant_type": "password", "username": email, "password": DEMO_PASSWORD},
        ).json()["access_token"]
        return {"Authorization": f"Bearer {token}"}

    lead = headers("lead.reviewer@demoshire.example")
    review = client.get("/api/v1/reviews", headers=lead).json()["items"][0]
    url = f"/api/v1/reviews/{review['id']}/family-involvement"
    notes = client.get(url, headers=lead).json()["notes"]
    assert notes.startswith("FICTIONAL DEMO TEXT")
    member = headers("member.council@demoshire.example")
    assert client.get(url, headers=member).status_code == 403


def test_demo_is_made_through_the_services_once(client: TestClient, db: Session) -> None:
    """The seed goes through the services, so each step is in the audit trail as the
    person's who would take it; a second seed changes nothing."""
    assert seed_demo(db) is not None
    db.commit()
    admin = db.scalars(select(User).where(User.email == "admin@demoshire.example")).one()
    member = db.scalars(select(User).where(User.email == "member.council@demoshire.example")).one()
    events = list(db.scalars(select(AuditEvent)))
    by_action: dict[str, set[str]] = {}
    for event in events:
        by_action.setdefault(event.action, set()).add(str(event.actor_id))
    assert by_action == {
        "agency.create": {str(admin.id)},
        "user.create": {str(admin.id)},
        "review.create": {str(admin.id)},
        "review.update": {str(admin.id)},
        "member.add": {str(admin.id)},
        "subject.create": {str(admin.id)},
        "member.declare": {str(member.id)},
        "alert.confirm": {str(member.id)},
    }
    assert [e.action for e in events].count("user.create") == 6  # the first admin is not audited
    assert all(e.ip_address is None and e.request_id is None for e in events)

    assert seed_demo(db) is None
    db.commit()
    assert db.scalar(select(func.count()).select_from(AuditEvent)) == len(events)
    assert db.scalar(select(func.count()).select_from(User)) == 7
