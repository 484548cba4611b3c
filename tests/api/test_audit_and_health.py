"""The audit trail records who did what (never a secret); health and readiness checks."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from api import health
from api.audit.models import AuditEvent
from tests.conftest import PASSWORD, World

Auth = Callable[[str], dict[str, str]]
SECRET_WORDS = ("password", "secret", "totp_secret", PASSWORD)


def all_events(db: Session) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).order_by(AuditEvent.occurred_at)))


def assert_no_secrets(event: AuditEvent, *extra: str) -> None:
    text = json.dumps(event.details, default=str)
    for word in (*SECRET_WORDS, *extra):
        assert word not in text, (event.action, text)


def test_admin_changes_are_audited(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    new_password = "a-new-users-password"
    created = client.post(
        "/api/v1/users",
        json={
            "email": "audited@tscp.example.org",
            "name": "Audited Person",
            "role": "viewer",
            "password": new_password,
        },
        headers=auth("admin"),
    )
    assert created.status_code == 201
    user_id = created.json()["id"]
    patched = client.patch(
        f"/api/v1/users/{user_id}",
        json={"name": "Renamed Person"},
        headers={**auth("admin"), "If-Match": created.headers["etag"]},
    )
    assert patched.status_code == 200
    client_created = client.post(
        "/api/v1/clients",
        json={
            "name": "Health system",
            "agency_id": str(world.agencies["health"].id),
            "scopes": ["reviews:read"],
        },
        headers=auth("admin"),
    )
    secret = client_created.json()["client_secret"]
    agency = client.post(
        "/api/v1/agencies",
        json={"name": "Probation Service", "kind": "probation"},
        headers=auth("admin"),
    )
    assert agency.status_code == 201

    events = {e.action: e for e in all_events(db)}
    for action, record_id in (
        ("user.create", user_id),
        ("user.update", user_id),
        ("client.create", client_created.json()["id"]),
        ("agency.create", agency.json()["id"]),
    ):
        event = events[action]
        assert event.outcome == "success"
        assert event.actor_type == "user"
        assert event.actor_id == str(world.users["admin"].id)
        assert event.partnership_id == world.partnership.id
        assert event.record_id == record_id
        assert event.request_id
        assert_no_secrets(event, new_password, secret)
    assert events["user.update"].details["fields"] == ["name"]


def test_failed_change_leaves_no_success_event(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    body = {"name": world.agencies["police"].name, "kind": "police"}
    assert client.post("/api/v1/agencies", json=body, headers=auth("admin")).status_code == 409
    assert [e for e in all_events(db) if e.action == "agency.create"] == []


def test_login_events_and_denials(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": world.users["lead"].email,
            "password": "guessed-password-1",
        },
    )
    client.get("/api/v1/users", headers=auth("lead"))
    client.get(f"/api/v1/agencies/{uuid.uuid4()}", headers=auth("lead"))
    events = all_events(db)
    kinds = [(e.action, e.outcome) for e in events]
    assert ("auth.login", "failure") in kinds
    assert ("auth.login", "success") in kinds
    assert ("access.denied", "denied") in kinds
    assert ("access.not_found", "denied") in kinds
    for event in events:
        assert_no_secrets(event, "guessed-password-1")
        assert event.ip_address


def test_audit_endpoint(
    client: TestClient, world: World, other_world: World, auth: Auth, db: Session
) -> None:
    client.get("/api/v1/users", headers=auth("viewer"))
    response = client.get("/api/v1/audit?action=access.denied", headers=auth("admin"))
    assert response.status_code == 200
    items = response.json()["items"]
    assert len(items) == 1
    assert items[0]["actor_id"] == str(world.users["viewer"].id)
    # Another partnership's admin sees none of it.
    from tests.conftest import password_token

    token = password_token(client, other_world.users["admin"].email)["access_token"]
    theirs = client.get("/api/v1/audit", headers={"Authorization": f"Bearer {token}"}).json()
    assert all(i["actor_id"] != str(world.users["viewer"].id) for i in theirs["items"])


# --- health -------------------------------------------------------------------------------------


def test_healthz(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_at_head(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "migrations": "head"}


@pytest.fixture
def empty_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    yield engine
    engine.dispose()


def test_readyz_not_migrated(
    client: TestClient, empty_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "get_engine", lambda: empty_engine)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == 503
    assert body["current"] == []
    assert body["head"] == sorted(health.head_revisions())


def test_readyz_behind_head(
    client: TestClient, empty_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    with empty_engine.begin() as conn:
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version VALUES ('0000-old')"))
    monkeypatch.setattr(health, "get_engine", lambda: empty_engine)
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["current"] == ["0000-old"]


def test_readyz_unreachable(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "no" / "such" / "dir" / "x.db"
    engine = create_engine(f"sqlite:///{missing}")
    monkeypatch.setattr(health, "get_engine", lambda: engine)
    response = client.get("/readyz")
    engine.dispose()
    assert response.status_code == 503
    body: dict[str, Any] = response.json()
    assert body["database"] == "unreachable"
    assert str(missing) not in response.text
