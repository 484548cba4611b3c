from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.demo import DEMO_PASSWORD, seed_demo


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
