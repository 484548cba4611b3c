"""The Idempotency-Key store: no secret kept, errors kept encrypted, a key released when its
request never reached its route, every POST route with a replay rule, and expired records
purged on a schedule and by `cspr purge-idempotency`, with nobody reusing their keys."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from api.config import Settings
from api.infra.models import IdempotencyRecord
from api.main import create_app
from api.users.models import Role, User
from tests.conftest import World

CSPR = Path(sys.executable).parent / "cspr"
Auth = Callable[[str], dict[str, str]]


def stored_text(db: Session) -> str:
    """Every value of every idempotency record, as the database holds it."""
    rows = db.execute(text("SELECT * FROM idempotency_records")).mappings().all()
    return " ".join(str(value) for row in rows for value in row.values())


def records(db: Session) -> int:
    db.expire_all()
    return int(db.scalar(select(func.count()).select_from(IdempotencyRecord)) or 0)


def test_no_secret_is_kept_and_its_replay_says_it_was_shown_once(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    create = {**auth("admin"), "Idempotency-Key": "register-police-system"}
    body = {
        "name": "Police system",
        "agency_id": str(world.agencies["police"].id),
        "scopes": ["reviews:read"],
    }
    created = client.post("/api/v1/clients", json=body, headers=create)
    assert created.status_code == 201, created.text
    client_id = created.json()["id"]
    rotate = {**auth("admin"), "Idempotency-Key": "rotate-police-system"}
    rotate_url = f"/api/v1/clients/{client_id}/secret"
    rotated = client.post(rotate_url, headers={**rotate, "If-Match": created.headers["etag"]})
    assert rotated.status_code == 200, rotated.text
    enrol = {**auth("member"), "Idempotency-Key": "enrol-authenticator"}
    started = client.post("/api/v1/me/totp", headers=enrol)
    assert started.status_code == 201, started.text

    secrets = {
        created.json()["client_secret"],
        rotated.json()["client_secret"],
        started.json()["secret"],
        started.json()["otpauth_uri"],
    }
    stored = stored_text(db)
    assert records(db) == 3
    for secret in secrets:
        assert secret not in stored

    for url, headers, extra in (
        ("/api/v1/clients", create, {"json": body}),
        (rotate_url, {**rotate, "If-Match": created.headers["etag"]}, {}),
        ("/api/v1/me/totp", enrol, {}),
    ):
        replay = client.post(url, headers=headers, **extra)
        assert replay.status_code == 409, replay.text
        assert replay.headers["content-type"] == "application/problem+json"
        assert replay.json()["type"] == "/problems/idempotency-secret-shown-once"
        assert replay.headers["idempotent-replayed"] == "true"
        for secret in secrets:
            assert secret not in replay.text
        if url != "/api/v1/me/totp":
            assert replay.headers["location"] == f"/api/v1/clients/{client_id}"

    # The replays ran nothing: the rotated secret is still the one that works.
    def token(secret: str) -> int:
        return client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": created.json()["client_id"],
                "client_secret": secret,
            },
        ).status_code

    assert token(rotated.json()["client_secret"]) == 200
    assert token(created.json()["client_secret"]) == 401


def test_an_error_answer_is_kept_encrypted_and_replayed(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    headers = {**auth("admin"), "Idempotency-Key": "duplicate-police"}
    body = {"name": world.agencies["police"].name, "kind": "police"}
    first = client.post("/api/v1/agencies", json=body, headers=headers)
    assert first.status_code == 409
    stored = stored_text(db)
    assert first.json()["detail"] not in stored
    assert world.agencies["police"].name not in stored
    again = client.post("/api/v1/agencies", json=body, headers=headers)
    assert (again.status_code, again.content) == (409, first.content)
    assert again.headers["idempotent-replayed"] == "true"


def test_a_request_refused_before_its_route_ran_keeps_no_key(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    """Nothing was done, so there is nothing to replay: the retry runs for real."""
    headers = {**auth("viewer"), "Idempotency-Key": "viewer-adds-agency"}
    body = {"name": "Demoshire Youth Justice", "kind": "other"}
    assert client.post("/api/v1/agencies", json=body, headers=headers).status_code == 403
    viewer = db.get(User, world.users["viewer"].id)
    assert viewer is not None
    viewer.role = Role.partnership_admin
    db.commit()
    retry = client.post("/api/v1/agencies", json=body, headers=headers)
    assert retry.status_code == 201, retry.text
    assert "idempotent-replayed" not in retry.headers

    headers = {**auth("admin"), "Idempotency-Key": "admin-adds-agency"}
    invalid = client.post("/api/v1/agencies", json={"name": "", "kind": "other"}, headers=headers)
    assert invalid.status_code == 422
    corrected = client.post(
        "/api/v1/agencies", json={"name": "Demoshire Schools", "kind": "other"}, headers=headers
    )
    assert corrected.status_code == 201, corrected.text


def test_every_post_route_says_how_it_is_replayed(app: Any) -> None:
    from api.idempotency import REPLAYS, applies_to, gate_routes

    posts = {
        path
        for path, operations in app.openapi()["paths"].items()
        if "post" in operations and applies_to(path)
    }
    assert posts == set(REPLAYS)

    widgets = APIRouter(prefix="/api/v1/widgets")

    @widgets.post("")
    def make_widget() -> None:
        """A route nobody said how to replay."""

    with pytest.raises(RuntimeError, match="/api/v1/widgets"):
        gate_routes([widgets])


def test_cspr_purge_idempotency_deletes_expired_records(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    body = {"name": "Demoshire Agency", "kind": "other"}
    for key in ("old", "new"):
        response = client.post(
            "/api/v1/agencies",
            json={**body, "name": f"{body['name']} {key}"},
            headers={**auth("admin"), "Idempotency-Key": key},
        )
        assert response.status_code == 201, response.text
    assert records(db) == 2
    db.execute(
        update(IdempotencyRecord)
        .where(IdempotencyRecord.id == db.scalars(select(IdempotencyRecord.id)).first())
        .values(created_at=datetime.now(UTC) - timedelta(hours=25))
    )
    db.commit()

    done = subprocess.run(
        [str(CSPR), "purge-idempotency"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "deleted 1 expired" in done.stdout
    assert records(db) == 1


def test_each_worker_purges_expired_records_on_a_schedule(
    world: World, auth: Auth, db: Session
) -> None:
    app = create_app(Settings(idempotency_purge_seconds=1))
    with TestClient(app, base_url="https://testserver") as client:
        for key in ("old", "new"):
            response = client.post(
                "/api/v1/agencies",
                json={"name": f"Demoshire Agency {key}", "kind": "other"},
                headers={**auth("admin"), "Idempotency-Key": key},
            )
            assert response.status_code == 201, response.text
        old = db.scalars(select(IdempotencyRecord.id)).first()
        db.execute(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.id == old)
            .values(created_at=datetime.now(UTC) - timedelta(hours=25))
        )
        db.commit()
        deadline = time.monotonic() + 60
        while records(db) != 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert records(db) == 1
        db.expire_all()
        assert db.get(IdempotencyRecord, old) is None
