"""API clients: agency systems with a secret shown once and scopes they cannot exceed."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.clients.models import ApiClient
from tests.conftest import World

Auth = Callable[[str], dict[str, str]]
TOKEN = "/api/v1/auth/token"


def create(
    client: TestClient,
    auth: Auth,
    world: World,
    scopes: tuple[str, ...] = ("reviews:read", "alerts:write", "practitioners:read"),
) -> dict[str, Any]:
    response = client.post(
        "/api/v1/clients",
        json={
            "name": "Police case system",
            "agency_id": str(world.agencies["police"].id),
            "scopes": list(scopes),
        },
        headers=auth("admin"),
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def grant(client: TestClient, client_id: str, secret: str, **extra: str) -> Any:
    return client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
            **extra,
        },
    )


def test_secret_shown_once_and_hashed(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    created = create(client, auth, world)
    secret = created["client_secret"]
    assert len(secret) >= 32
    again = client.get(f"/api/v1/clients/{created['id']}", headers=auth("admin"))
    assert again.status_code == 200
    assert "client_secret" not in again.json() and secret not in again.text
    listed = client.get("/api/v1/clients", headers=auth("admin"))
    assert secret not in listed.text and "secret" not in json.dumps(listed.json()["items"])
    row = db.scalars(select(ApiClient)).one()
    assert row.secret_hash.startswith("$argon2id$")
    assert secret not in row.secret_hash
    events = list(db.scalars(select(AuditEvent).where(AuditEvent.action == "client.create")))
    assert len(events) == 1
    assert secret not in json.dumps(events[0].details)
    assert events[0].actor_id == str(world.users["admin"].id)


def test_client_credentials_with_form_fields_and_basic(
    client: TestClient, world: World, auth: Auth
) -> None:
    created = create(client, auth, world)
    response = grant(client, created["client_id"], created["client_secret"])
    assert response.status_code == 200, response.text
    body = response.json()
    assert "refresh_token" not in body
    assert set(body["scope"].split()) == {"reviews:read", "alerts:write", "practitioners:read"}
    me_like = client.get(
        "/api/v1/agencies", headers={"Authorization": f"Bearer {body['access_token']}"}
    )
    assert me_like.status_code == 200

    basic = base64.b64encode(
        f"{quote(created['client_id'])}:{quote(created['client_secret'])}".encode()
    ).decode()
    response = client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {basic}"},
    )
    assert response.status_code == 200, response.text
    wrong = base64.b64encode(f"{created['client_id']}:nope".encode()).decode()
    response = client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": f"Basic {wrong}"},
    )
    assert response.status_code == 401
    assert response.json()["error"] == "invalid_client"
    response = client.post(
        TOKEN,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": "Basic !!!not-base64"},
    )
    assert response.status_code == 401


def test_a_client_that_fails_to_authenticate_is_asked_for_basic_credentials(
    client: TestClient, world: World, auth: Auth
) -> None:
    """RFC 6749 section 5.2: invalid_client is a 401 whose challenge names the scheme clients
    authenticate with here (Basic), whether the secret came in the header or the form."""
    created = create(client, auth, world)
    wrong = base64.b64encode(f"{created['client_id']}:not-the-secret".encode()).decode()
    answers = {
        "basic": client.post(
            TOKEN,
            data={"grant_type": "client_credentials"},
            headers={"Authorization": f"Basic {wrong}"},
        ),
        "form": grant(client, created["client_id"], "not-the-secret"),
        "unknown client": grant(client, "cspr_c_no-such-client", "not-the-secret"),
        "malformed basic": client.post(
            TOKEN,
            data={"grant_type": "client_credentials"},
            headers={"Authorization": "Basic !!!not-base64"},
        ),
        "no secret": client.post(
            TOKEN, data={"grant_type": "client_credentials", "client_id": created["client_id"]}
        ),
    }
    for how, response in answers.items():
        assert response.status_code == 401, (how, response.text)
        assert response.json()["error"] == "invalid_client", how
        assert response.headers["www-authenticate"] == 'Basic realm="cspr-hub"', how


def test_scope_narrowing_and_refusal(client: TestClient, world: World, auth: Auth) -> None:
    created = create(client, auth, world)
    narrow = grant(client, created["client_id"], created["client_secret"], scope="reviews:read")
    assert narrow.status_code == 200
    assert narrow.json()["scope"] == "reviews:read"
    for beyond in ("admin", "reviews:read evidence:write", "audit:read", "made:up"):
        response = grant(client, created["client_id"], created["client_secret"], scope=beyond)
        assert response.status_code == 400, beyond
        assert response.json()["error"] == "invalid_scope"


def test_clients_cannot_be_given_staff_scopes(client: TestClient, world: World, auth: Auth) -> None:
    for scopes in (["admin"], ["audit:read"], ["reviews:write"], []):
        response = client.post(
            "/api/v1/clients",
            json={
                "name": "Greedy",
                "agency_id": str(world.agencies["police"].id),
                "scopes": scopes,
            },
            headers=auth("admin"),
        )
        assert response.status_code == 422, scopes


def test_disabled_client_token_stops_working(client: TestClient, world: World, auth: Auth) -> None:
    created = create(client, auth, world)
    token = grant(client, created["client_id"], created["client_secret"]).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/agencies", headers=headers).status_code == 200
    current = client.get(f"/api/v1/clients/{created['id']}", headers=auth("admin"))
    response = client.patch(
        f"/api/v1/clients/{created['id']}",
        json={"active": False},
        headers={**auth("admin"), "If-Match": current.headers["etag"]},
    )
    assert response.status_code == 200, response.text
    after = client.get("/api/v1/agencies", headers=headers)
    assert after.status_code == 401
    assert 'error="invalid_token"' in after.headers["www-authenticate"]
    assert grant(client, created["client_id"], created["client_secret"]).status_code == 401


def test_narrowed_client_scopes_apply_to_live_tokens(
    client: TestClient, world: World, auth: Auth
) -> None:
    created = create(client, auth, world)
    token = grant(client, created["client_id"], created["client_secret"]).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    current = client.get(f"/api/v1/clients/{created['id']}", headers=auth("admin"))
    response = client.patch(
        f"/api/v1/clients/{created['id']}",
        json={"scopes": ["alerts:write"]},
        headers={**auth("admin"), "If-Match": current.headers["etag"]},
    )
    assert response.status_code == 200
    assert client.get("/api/v1/agencies", headers=headers).status_code == 403


def test_rotated_secret(client: TestClient, world: World, auth: Auth, db: Session) -> None:
    created = create(client, auth, world)
    current = client.get(f"/api/v1/clients/{created['id']}", headers=auth("admin"))
    rotated = client.post(
        f"/api/v1/clients/{created['id']}/secret",
        headers={**auth("admin"), "If-Match": current.headers["etag"]},
    )
    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["client_secret"]
    assert new_secret != created["client_secret"]
    assert grant(client, created["client_id"], created["client_secret"]).status_code == 401
    assert grant(client, created["client_id"], new_secret).status_code == 200
    # Without If-Match the rotation is refused.
    assert (
        client.post(f"/api/v1/clients/{created['id']}/secret", headers=auth("admin")).status_code
        == 428
    )
    events = list(
        db.scalars(select(AuditEvent).where(AuditEvent.action == "client.secret_rotated"))
    )
    assert len(events) == 1 and new_secret not in json.dumps(events[0].details)


def test_agency_system_post_without_idempotency_key(
    client: TestClient, world: World, auth: Auth
) -> None:
    created = create(client, auth, world)
    token = grant(client, created["client_id"], created["client_secret"]).json()["access_token"]
    response = client.post(
        "/api/v1/agencies",
        json={"name": "Whatever", "kind": "other"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 400
    assert response.json()["type"] == "/problems/idempotency-key-required"


def test_only_admins_manage_clients(client: TestClient, world: World, auth: Auth) -> None:
    for who in ("lead", "member", "viewer"):
        response = client.post(
            "/api/v1/clients",
            json={
                "name": "Mine",
                "agency_id": str(world.agencies["police"].id),
                "scopes": ["reviews:read"],
            },
            headers=auth(who),
        )
        assert response.status_code == 403
