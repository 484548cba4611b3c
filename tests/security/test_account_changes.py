"""Disabling an account, or giving it another role or agency, ends every sign-in it has: no
refresh token issued before the change works after it, even once the account is enabled
again, and each refused one is audited to the account's partnership."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.conftest import World, password_token

Auth = Callable[[str], dict[str, str]]
TOKEN = "/api/v1/auth/token"


def refresh(client: TestClient, token: str) -> Any:
    return client.post(TOKEN, data={"grant_type": "refresh_token", "refresh_token": token})


def patch_user(client: TestClient, auth: Auth, world: World, key: str, body: dict[str, Any]) -> Any:
    url = f"/api/v1/users/{world.users[key].id}"
    current = client.get(url, headers=auth("admin"))
    response = client.patch(
        url, json=body, headers={**auth("admin"), "If-Match": current.headers["etag"]}
    )
    assert response.status_code == 200, response.text
    return response


def refused_refreshes(client: TestClient, auth: Auth, world: World, key: str) -> list[Any]:
    """The refused refresh events of one user, as the partnership's administrator reads them."""
    response = client.get(
        "/api/v1/audit",
        headers=auth("admin"),
        params={"action": "auth.refresh", "outcome": "failure", "record_id": world.users[key].id},
    )
    assert response.status_code == 200, response.text
    items: list[Any] = response.json()["items"]
    return items


def test_disable_then_enable_does_not_revive_old_refresh_tokens(
    client: TestClient, world: World, auth: Auth
) -> None:
    email = world.users["member"].email
    phone = password_token(client, email)
    laptop = password_token(client, email)
    rotated = refresh(client, laptop["refresh_token"])
    assert rotated.status_code == 200, rotated.text
    newest = rotated.json()["refresh_token"]

    patch_user(client, auth, world, "member", {"active": False})
    patch_user(client, auth, world, "member", {"active": True})

    for token in (phone["refresh_token"], newest):
        response = refresh(client, token)
        assert response.status_code == 400, response.text
        assert response.json()["error"] == "invalid_grant"
    events = refused_refreshes(client, auth, world, "member")
    assert len(events) == 2
    assert {e["details"]["reason"] for e in events} == {"revoked"}
    assert {e["actor_id"] for e in events} == {str(world.users["member"].id)}
    assert all(phone["refresh_token"] not in str(e["details"]) for e in events)

    # Signing in again gives a sign-in that works.
    fresh = password_token(client, email)
    assert refresh(client, fresh["refresh_token"]).status_code == 200


def test_refresh_while_disabled_is_refused_and_audited(
    client: TestClient, world: World, auth: Auth
) -> None:
    tokens = password_token(client, world.users["member"].email)
    patch_user(client, auth, world, "member", {"active": False})
    assert refresh(client, tokens["refresh_token"]).status_code == 400
    assert [e["details"]["reason"] for e in refused_refreshes(client, auth, world, "member")] == [
        "revoked"
    ]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda w: {"role": "viewer", "agency_id": None}, id="role"),
        pytest.param(lambda w: {"agency_id": str(w.agencies["police"].id)}, id="agency"),
    ],
)
def test_a_role_or_agency_change_ends_every_sign_in(
    client: TestClient, world: World, auth: Auth, change: Callable[[World], dict[str, Any]]
) -> None:
    tokens = password_token(client, world.users["member"].email)
    patch_user(client, auth, world, "member", change(world))
    response = refresh(client, tokens["refresh_token"])
    assert response.status_code == 400, response.text
    assert response.json()["error"] == "invalid_grant"
    assert len(refused_refreshes(client, auth, world, "member")) == 1


def test_a_change_of_name_keeps_sign_ins(client: TestClient, world: World, auth: Auth) -> None:
    tokens = password_token(client, world.users["member"].email)
    member = world.users["member"]
    # The same role and agency sent again is no change either.
    patch_user(
        client,
        auth,
        world,
        "member",
        {"name": "Member Renamed", "role": "member", "agency_id": str(member.agency_id)},
    )
    assert refresh(client, tokens["refresh_token"]).status_code == 200


def test_agency_systems_hold_no_refresh_token(client: TestClient, world: World, auth: Auth) -> None:
    """Clients sign in with their secret each time: disabling one, or rotating its secret,
    leaves no long-lived token behind (their short-lived access tokens stop at the next
    request once disabled, see test_clients)."""
    created = client.post(
        "/api/v1/clients",
        headers=auth("admin"),
        json={
            "name": "Council case system",
            "agency_id": str(world.agencies["council"].id),
            "scopes": ["reviews:read"],
        },
    ).json()
    granted = client.post(
        TOKEN,
        data={
            "grant_type": "client_credentials",
            "client_id": created["client_id"],
            "client_secret": created["client_secret"],
        },
    )
    assert granted.status_code == 200, granted.text
    assert "refresh_token" not in granted.json()
