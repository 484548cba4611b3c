"""Shared helpers for the practitioners tests: bodies, an agency system signed in with the
scopes a test names, and reads of the audit trail."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent, naming
from tests.api.reviews.fixtures import Callers, Scenario

JO = {
    "name": "Jo Example",
    "job_title": "Social worker",
    "team": "North team",
    "work_email": "jo.example@council.example",
    "phone": "01632 960123",
    "line_manager": "Sam Manager",
    "involvement": "Allocated social worker",
    "consent_to_contact": True,
    "support_status": "offered",
}


def url(scenario: Scenario, tail: str = "") -> str:
    return f"{scenario.url}/practitioners{tail}"


def add(
    client: TestClient, callers: Callers, scenario: Scenario, who: str = "member", **body: Any
) -> dict[str, Any]:
    response = client.post(url(scenario), headers=callers.headers(who), json={**JO, **body})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


def system(client: TestClient, callers: Callers, agency: str, scopes: list[str]) -> dict[str, str]:
    """Headers for a new client of ``agency`` holding ``scopes``, signed in."""
    created = client.post(
        "/api/v1/clients",
        headers=callers.headers("admin"),
        json={
            "name": f"{agency} sync {uuid.uuid4().hex[:6]}",
            "agency_id": str(callers.world.agencies[agency].id),
            "scopes": scopes,
        },
    )
    assert created.status_code == 201, created.text
    body = created.json()
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": body["client_id"],
            "client_secret": body["client_secret"],
        },
    )
    assert token.status_code == 200, token.text
    return {
        "Authorization": f"Bearer {token.json()['access_token']}",
        "Idempotency-Key": uuid.uuid4().hex,
    }


def events(db: Session, action: str, record_id: str | None = None) -> list[AuditEvent]:
    db.expire_all()
    statement = select(AuditEvent).where(AuditEvent.action == action)
    if record_id is not None:
        statement = statement.where(naming(record_id))
    return list(db.scalars(statement))


def count_by_action(db: Session) -> dict[str, int]:
    db.expire_all()
    rows = db.execute(select(AuditEvent.action, func.count()).group_by(AuditEvent.action))
    return {str(row[0]): int(row[1]) for row in rows}
