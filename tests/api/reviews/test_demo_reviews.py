from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.demo import DEMO_PASSWORD, seed_demo
from api.users.models import User


def signed_in(client: TestClient, email: str) -> dict[str, str]:
    """Headers of a demo login, signed in with its password."""
    token = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": DEMO_PASSWORD},
    ).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


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

    lead = signed_in(client, "lead.reviewer@demoshire.example")
    review = client.get("/api/v1/reviews", headers=lead).json()["items"][0]
    url = f"/api/v1/reviews/{review['id']}/family-involvement"
    notes = client.get(url, headers=lead).json()["notes"]
    assert notes.startswith("FICTIONAL DEMO TEXT")
    member = signed_in(client, "member.council@demoshire.example")
    assert client.get(url, headers=member).status_code == 403


def test_demo_is_made_through_the_services_once(client: TestClient, db: Session) -> None:
    """The seed goes through the services, so each step is in the audit trail as the
    person's who would take it; a second seed changes nothing."""
    assert seed_demo(db) is not None
    db.commit()
    admin = db.scalars(select(User).where(User.email == "admin@demoshire.example")).one()
    member = db.scalars(select(User).where(User.email == "member.council@demoshire.example")).one()
    police = db.scalars(select(User).where(User.email == "member.police@demoshire.example")).one()
    team = {
        str(u.id)
        for u in db.scalars(select(User).where(User.email.like("member.%@demoshire.example")))
    }
    assert len(team) == 4
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
        # Each agency's member adds their agency's practitioners and logs contacts.
        "practitioner.create": team,
        "practitioner_contact.create": team,
        "practitioner.withdraw": {
            str(
                db.scalars(select(User).where(User.email == "member.health@demoshire.example"))
                .one()
                .id
            )
        },
        "proceeding.create": {str(police.id)},
        "proceeding.declare_none": {str(police.id)},
    }
    assert [e.action for e in events].count("user.create") == 6  # the first admin is not audited
    assert all(e.ip_address is None and e.request_id is None for e in events)

    assert seed_demo(db) is None
    db.commit()
    assert db.scalar(select(func.count()).select_from(AuditEvent)) == len(events)
    assert db.scalar(select(func.count()).select_from(User)) == 7


def test_demo_practitioners_and_proceedings_are_fictional_and_hold_publication(
    client: TestClient, db: Session
) -> None:
    """Each agency on Child A's review has invented practitioners with contacts, the police's
    investigation holds its publication, and the police know of none on Young Person B's."""
    assert seed_demo(db) is not None
    db.commit()

    admin = signed_in(client, "admin@demoshire.example")
    reviews = {
        r["child_pseudonym"]: r["id"]
        for r in client.get("/api/v1/reviews", headers=admin).json()["items"]
    }
    child_a = f"/api/v1/reviews/{reviews['Child A']}"
    people = client.get(f"{child_a}/practitioners?limit=200", headers=admin).json()["items"]
    assert len(people) == 9
    assert len({p["agency_id"] for p in people}) == 4
    assert all(p["name"].startswith("Practitioner ") for p in people)
    assert all(p["work_email"].endswith("@example.org") for p in people)
    assert [p["active"] for p in people].count(False) == 1
    corrections = 0
    for person in people:
        log = client.get(f"{child_a}/practitioners/{person['id']}/contacts", headers=admin)
        entries = log.json()["items"]
        assert entries, person["name"]
        ids = {e["id"] for e in entries}
        # Append-only: a correction is a later entry naming one of the same log.
        corrections += sum(1 for e in entries if e["corrects"] in ids)
        assert all(e["corrects"] is None or e["corrects"] in ids for e in entries)
    assert corrections == 4

    held = client.get(f"{child_a}/proceedings", headers=admin).json()["items"]
    assert [(p["kind"], p["holds_publication"]) for p in held] == [("criminal_investigation", True)]
    young_person = f"/api/v1/reviews/{reviews['Young Person B']}"
    assert client.get(f"{young_person}/proceedings", headers=admin).json()["items"] == []
    assert len(client.get(f"{young_person}/no-proceedings", headers=admin).json()["items"]) == 1

    # The council's member completes the identify duty from the data.
    council = signed_in(client, "member.council@demoshire.example")
    seat = next(
        m
        for m in client.get(f"{child_a}/team", headers=council).json()["members"]
        if m["agency_name"].startswith("Demoshire County Council")
    )
    item = client.get(
        f"{child_a}/members/{seat['member_id']}/checklist/identify_practitioners", headers=council
    ).json()
    assert item["status"] == "done"
