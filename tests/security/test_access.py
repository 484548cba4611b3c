"""Who may call what: missing tokens, missing scopes, other partnerships' records, live
re-checks of the account on every request, and mass assignment."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.security.roles import Role
from api.security.scopes import ROLE_SCOPES
from api.users.models import User
from tests.conftest import PASSWORD, World, password_token

Auth = Callable[[str], dict[str, str]]


def events(db: Session, action: str) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def admin_patch_user(
    client: TestClient, auth: Auth, user_id: uuid.UUID, body: dict[str, Any], who: str = "admin"
) -> Any:
    current = client.get(f"/api/v1/users/{user_id}", headers=auth(who))
    assert current.status_code == 200, current.text
    return client.patch(
        f"/api/v1/users/{user_id}",
        json=body,
        headers={**auth(who), "If-Match": current.headers["etag"]},
    )


# --- 401 / 403 / 404 -----------------------------------------------------------------------


def test_missing_token(client: TestClient, world: World) -> None:
    for path in (
        "/api/v1/me",
        "/api/v1/users",
        "/api/v1/agencies",
        "/api/v1/clients",
        "/api/v1/audit",
    ):
        response = client.get(path)
        assert response.status_code == 401, path
        challenge = response.headers["www-authenticate"]
        assert challenge.startswith("Bearer")
        assert "error=" not in challenge  # no token at all: a bare challenge (RFC 6750 §3.1)
        assert response.headers["content-type"].startswith("application/problem+json")


def test_missing_scope_is_403_with_insufficient_scope(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    for who, path in (
        ("viewer", "/api/v1/users"),
        ("member", "/api/v1/clients"),
        ("lead", "/api/v1/audit"),
        ("member", "/api/v1/users"),
    ):
        response = client.get(path, headers=auth(who))
        assert response.status_code == 403, (who, path)
        challenge = response.headers["www-authenticate"]
        assert challenge.startswith("Bearer")
        assert 'error="insufficient_scope"' in challenge
        assert response.json()["status"] == 403
    denied = events(db, "access.denied")
    assert len(denied) == 4
    assert {e.actor_id for e in denied} == {
        str(world.users[k].id) for k in ("viewer", "member", "lead")
    }
    assert all(e.outcome == "denied" and e.partnership_id == world.partnership.id for e in denied)


def test_other_partnerships_records_are_404_and_audited(
    client: TestClient, world: World, other_world: World, auth: Auth, db: Session
) -> None:
    other_token = password_token(client, other_world.users["admin"].email)["access_token"]
    created = client.post(
        "/api/v1/clients",
        json={
            "name": "Other police system",
            "agency_id": str(other_world.agencies["police"].id),
            "scopes": ["reviews:read"],
        },
        headers={"Authorization": f"Bearer {other_token}"},
    )
    assert created.status_code == 201, created.text
    targets = [
        f"/api/v1/agencies/{other_world.agencies['police'].id}",
        f"/api/v1/users/{other_world.users['member'].id}",
        f"/api/v1/users/{other_world.users['admin'].id}",
        f"/api/v1/clients/{created.json()['id']}",
    ]
    for path in targets:
        response = client.get(path, headers=auth("admin"))
        assert response.status_code == 404, path
        assert response.headers["content-type"].startswith("application/problem+json")
        # The same answer as for an id that exists nowhere.
        nowhere = client.get(path.rsplit("/", 1)[0] + f"/{uuid.uuid4()}", headers=auth("admin"))
        assert nowhere.status_code == 404
        assert {
            k: v for k, v in response.json().items() if k not in {"instance", "correlation_id"}
        } == {k: v for k, v in nowhere.json().items() if k not in {"instance", "correlation_id"}}
    # Changes are refused the same way.
    patch = client.patch(
        targets[1], json={"name": "Hijacked"}, headers={**auth("admin"), "If-Match": '"v1"'}
    )
    assert patch.status_code == 404
    missed = events(db, "access.not_found")
    assert len(missed) >= 5
    assert {e.record_id for e in missed} >= {
        str(other_world.users["member"].id),
        str(other_world.agencies["police"].id),
    }
    assert all(e.actor_id == str(world.users["admin"].id) for e in missed)
    # Listing never shows the other partnership's rows.
    users = client.get("/api/v1/users?limit=200", headers=auth("admin")).json()["items"]
    assert {u["email"] for u in users} == {u.email for u in world.users.values()}
    agencies = client.get("/api/v1/agencies", headers=auth("member")).json()["items"]
    assert {a["id"] for a in agencies} == {str(a.id) for a in world.agencies.values()}
    assert client.get("/api/v1/clients", headers=auth("admin")).json()["items"] == []


def test_cannot_assign_another_partnerships_agency(
    client: TestClient, world: World, other_world: World, auth: Auth
) -> None:
    response = client.post(
        "/api/v1/users",
        json={
            "email": "new@tscp.invalid",
            "name": "New Member",
            "role": "member",
            "agency_id": str(other_world.agencies["police"].id),
            "password": PASSWORD,
        },
        headers=auth("admin"),
    )
    assert response.status_code == 422
    response = client.post(
        "/api/v1/clients",
        json={
            "name": "Sneaky",
            "agency_id": str(other_world.agencies["police"].id),
            "scopes": ["reviews:read"],
        },
        headers=auth("admin"),
    )
    assert response.status_code == 422


# --- the account is re-checked on every request ---------------------------------------------


def test_disabled_users_live_token_stops_working(
    client: TestClient, world: World, auth: Auth
) -> None:
    member = auth("member")
    assert client.get("/api/v1/me", headers=member).status_code == 200
    response = admin_patch_user(client, auth, world.users["member"].id, {"active": False})
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False
    after = client.get("/api/v1/me", headers=member)
    assert after.status_code == 401
    assert 'error="invalid_token"' in after.headers["www-authenticate"]
    # Nor can they sign in again (the same answer as a wrong password).
    again = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": world.users["member"].email,
            "password": PASSWORD,
        },
    )
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_demotion_takes_effect_on_the_next_request(
    client: TestClient, world: World, auth: Auth
) -> None:
    # A second admin, so the first can be demoted.
    second = client.post(
        "/api/v1/users",
        json={
            "email": "second.admin@tscp.example.org",
            "name": "Second Admin",
            "role": "partnership_admin",
            "password": PASSWORD,
        },
        headers=auth("admin"),
    )
    assert second.status_code == 201, second.text
    second_token = password_token(client, "second.admin@tscp.example.org")["access_token"]
    second_auth = {"Authorization": f"Bearer {second_token}"}
    assert client.get("/api/v1/users", headers=second_auth).status_code == 200

    response = admin_patch_user(client, auth, uuid.UUID(second.json()["id"]), {"role": "viewer"})
    assert response.status_code == 200, response.text
    me = client.get("/api/v1/me", headers=second_auth)
    assert me.status_code == 200
    assert me.json()["role"] == "viewer"
    assert set(me.json()["scopes"]) == set(ROLE_SCOPES[Role.viewer])
    assert client.get("/api/v1/users", headers=second_auth).status_code == 403


def test_member_demoted_and_promoted(client: TestClient, world: World, auth: Auth) -> None:
    member_id = world.users["member"].id
    member = auth("member")
    assert set(client.get("/api/v1/me", headers=member).json()["scopes"]) == set(
        ROLE_SCOPES[Role.member]
    )

    assert admin_patch_user(client, auth, member_id, {"role": "viewer"}).status_code == 200
    me = client.get("/api/v1/me", headers=member).json()
    assert me["role"] == "viewer"
    assert set(me["scopes"]) == set(ROLE_SCOPES[Role.viewer])

    assert (
        admin_patch_user(client, auth, member_id, {"role": "partnership_admin"}).status_code == 200
    )
    me = client.get("/api/v1/me", headers=member).json()
    assert me["role"] == "partnership_admin"
    assert set(me["scopes"]) == set(ROLE_SCOPES[Role.partnership_admin])
    assert client.get("/api/v1/users", headers=member).status_code == 200


def test_narrowed_token_stays_narrow_after_promotion(
    client: TestClient, world: World, auth: Auth
) -> None:
    narrow = password_token(client, world.users["member"].email, scope="reviews:read")
    assert narrow["scope"] == "reviews:read"
    headers = {"Authorization": f"Bearer {narrow['access_token']}"}
    assert (
        admin_patch_user(
            client, auth, world.users["member"].id, {"role": "partnership_admin"}
        ).status_code
        == 200
    )
    me = client.get("/api/v1/me", headers=headers).json()
    assert me["scopes"] == ["reviews:read"]
    assert client.get("/api/v1/users", headers=headers).status_code == 403


def test_scope_beyond_role_is_refused(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": world.users["member"].email,
            "password": PASSWORD,
            "scope": "reviews:read admin",
        },
    )
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_scope"


# --- mass assignment --------------------------------------------------------------------------


def test_member_cannot_make_themself_admin(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    member = world.users["member"]
    response = client.patch(
        "/api/v1/me", json={"role": "partnership_admin"}, headers=auth("member")
    )
    assert response.status_code == 422
    body = response.json()
    assert response.headers["content-type"].startswith("application/problem+json")
    assert any(e["field"] == "body.role" and e["code"] == "extra_forbidden" for e in body["errors"])
    for extra in (
        {"name": "Fine Name", "role": "partnership_admin"},
        {"active": False},
        {"partnership_id": str(uuid.uuid4())},
        {"agency_id": None},
        {"totp_enrolled_at": None},
        {"password_hash": "x"},
    ):
        assert client.patch("/api/v1/me", json=extra, headers=auth("member")).status_code == 422

    response = client.patch(
        f"/api/v1/users/{member.id}",
        json={"role": "partnership_admin"},
        headers={**auth("member"), "If-Match": '"v1"'},
    )
    assert response.status_code == 403
    response = client.post(
        "/api/v1/users",
        json={
            "email": "mine@tscp.invalid",
            "name": "Mine",
            "role": "partnership_admin",
            "password": PASSWORD,
        },
        headers=auth("member"),
    )
    assert response.status_code == 403
    db.expire_all()
    assert db.get(User, member.id).role == Role.member  # type: ignore[union-attr]
    assert client.get("/api/v1/me", headers=auth("member")).json()["role"] == "member"


def test_unknown_body_fields_are_422_with_field_errors(
    client: TestClient, world: World, auth: Auth
) -> None:
    cases = [
        (
            "post",
            "/api/v1/agencies",
            {"name": "Probation", "kind": "probation", "partnership_id": str(uuid.uuid4())},
        ),
        (
            "post",
            "/api/v1/users",
            {
                "email": "x@tscp.invalid",
                "name": "X Person",
                "role": "viewer",
                "password": PASSWORD,
                "active": False,
            },
        ),
        (
            "post",
            "/api/v1/clients",
            {
                "name": "Sys",
                "agency_id": str(world.agencies["police"].id),
                "scopes": ["reviews:read"],
                "secret_hash": "x",
            },
        ),
        ("patch", "/api/v1/me", {"email": "me@evil.invalid"}),
    ]
    for method, path, body in cases:
        response = client.request(method, path, json=body, headers=auth("admin"))
        assert response.status_code == 422, (path, response.text)
        problem = response.json()
        assert problem["status"] == 422
        assert problem["errors"], problem
        assert all({"field", "message", "code"} <= set(e) for e in problem["errors"])
        assert any(e["code"] == "extra_forbidden" for e in problem["errors"])


def test_admin_cannot_demote_or_disable_the_last_admin(
    client: TestClient, world: World, auth: Auth
) -> None:
    admin_id = world.users["admin"].id
    for change in (
        {"role": "viewer"},
        {"active": False},
        {"role": "member", "agency_id": str(world.agencies["police"].id)},
    ):
        response = admin_patch_user(client, auth, admin_id, change)
        assert response.status_code == 409, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
    assert client.get("/api/v1/me", headers=auth("admin")).json()["role"] == "partnership_admin"


def test_an_admin_can_step_down_when_another_remains(
    client: TestClient, world: World, auth: Auth
) -> None:
    created = client.post(
        "/api/v1/users",
        json={
            "email": "second.admin@tscp.example.org",
            "name": "Second Admin",
            "role": "partnership_admin",
            "password": PASSWORD,
        },
        headers=auth("admin"),
    )
    assert created.status_code == 201
    response = admin_patch_user(client, auth, world.users["admin"].id, {"role": "viewer"})
    assert response.status_code == 200, response.text
    # Now the second is the last one.
    second_token = password_token(client, "second.admin@tscp.example.org")["access_token"]
    second = {"Authorization": f"Bearer {second_token}"}
    current = client.get(f"/api/v1/users/{created.json()['id']}", headers=second)
    response = client.patch(
        f"/api/v1/users/{created.json()['id']}",
        json={"active": False},
        headers={**second, "If-Match": current.headers["etag"]},
    )
    assert response.status_code == 409


def test_agency_system_cannot_call_admin_or_me(
    client: TestClient, world: World, auth: Auth
) -> None:
    created = client.post(
        "/api/v1/clients",
        json={
            "name": "Police system",
            "agency_id": str(world.agencies["police"].id),
            "scopes": ["reviews:read", "alerts:write"],
        },
        headers=auth("admin"),
    ).json()
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": created["client_id"],
            "client_secret": created["client_secret"],
        },
    ).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    for path in ("/api/v1/users", "/api/v1/clients", "/api/v1/audit"):
        response = client.get(path, headers=headers)
        assert response.status_code == 403, path
        assert 'error="insufficient_scope"' in response.headers["www-authenticate"]
    response = client.post(
        "/api/v1/agencies",
        json={"name": "Fake", "kind": "other"},
        headers={**headers, "Idempotency-Key": "k1"},
    )
    assert response.status_code == 403
    assert client.get("/api/v1/me", headers=headers).status_code == 403
    assert client.get("/api/v1/agencies", headers=headers).status_code == 200


def test_changing_my_name_needs_if_match(client: TestClient, world: World, auth: Auth) -> None:
    assert (
        client.patch("/api/v1/me", json={"name": "New Name"}, headers=auth("member")).status_code
        == 428
    )
    current = client.get("/api/v1/me", headers=auth("member"))
    stale = client.patch(
        "/api/v1/me", json={"name": "New Name"}, headers={**auth("member"), "If-Match": '"v999"'}
    )
    assert stale.status_code == 412
    changed = client.patch(
        "/api/v1/me",
        json={"name": "New Name"},
        headers={**auth("member"), "If-Match": current.headers["etag"]},
    )
    assert changed.status_code == 200
    assert changed.json()["name"] == "New Name"
    assert changed.headers["etag"] != current.headers["etag"]
