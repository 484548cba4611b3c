"""The web front end's session: the refresh token lives only in a __Host- cookie."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import PASSWORD, World

SESSION = "/api/v1/auth/session"
COOKIE = "__Host-cspr_refresh"
BROWSER = {"X-CSPR-Session": "1"}


def set_cookie_attributes(response: Any) -> dict[str, str | bool]:
    headers = [v for k, v in response.headers.multi_items() if k.lower() == "set-cookie"]
    assert len(headers) == 1, headers
    parts = [p.strip() for p in headers[0].split(";")]
    name, _, value = parts[0].partition("=")
    attributes: dict[str, str | bool] = {"name": name, "value": value}
    for part in parts[1:]:
        key, eq, val = part.partition("=")
        attributes[key.lower()] = val if eq else True
    return attributes


def start(client: TestClient, world: World) -> Any:
    response = client.post(
        SESSION, json={"email": world.users["member"].email, "password": PASSWORD}, headers=BROWSER
    )
    assert response.status_code == 200, response.text
    return response


def test_sign_in_sets_a_host_only_strict_httponly_cookie(client: TestClient, world: World) -> None:
    response = start(client, world)
    body = response.json()
    assert "refresh_token" not in body
    assert body["access_token"] and body["token_type"] == "Bearer"
    cookie = set_cookie_attributes(response)
    assert cookie["name"] == COOKIE
    assert cookie["value"]
    assert cookie["httponly"] is True
    assert cookie["secure"] is True
    assert str(cookie["samesite"]).lower() == "strict"
    assert cookie["path"] == "/"
    assert "domain" not in cookie  # __Host- forbids it
    assert (
        client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"}
        ).status_code
        == 200
    )


def test_bad_credentials_are_401_without_a_cookie(client: TestClient, world: World) -> None:
    response = client.post(
        SESSION,
        json={"email": world.users["member"].email, "password": "wrong-password-x"},
        headers=BROWSER,
    )
    assert response.status_code == 401
    assert "set-cookie" not in response.headers
    assert response.headers["content-type"] == "application/problem+json"


def test_sign_in_needs_a_json_body(client: TestClient, world: World) -> None:
    # A cross-site HTML form can only send form encodings: refused before anything runs.
    response = client.post(
        SESSION, data={"email": world.users["member"].email, "password": PASSWORD}
    )
    assert response.status_code == 415
    assert "set-cookie" not in response.headers


def test_refresh_and_sign_out_need_the_session_header(client: TestClient, world: World) -> None:
    signed_in = start(client, world)
    access = signed_in.json()["access_token"]
    assert client.cookies.get(COOKIE)
    response = client.post(f"{SESSION}/refresh")
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    response = client.post(f"{SESSION}/refresh", headers={"X-CSPR-Session": "yes"})
    assert response.status_code == 400
    response = client.delete(SESSION, headers={"Authorization": f"Bearer {access}"})
    assert response.status_code == 400
    # Nothing was spent or revoked by the refused calls.
    assert client.post(f"{SESSION}/refresh", headers=BROWSER).status_code == 200


def test_refresh_rotates_the_cookie(client: TestClient, world: World) -> None:
    start(client, world)
    first = client.cookies.get(COOKIE)
    response = client.post(f"{SESSION}/refresh", headers=BROWSER)
    assert response.status_code == 200, response.text
    cookie = set_cookie_attributes(response)
    assert cookie["name"] == COOKIE
    assert cookie["value"] != first
    assert cookie["httponly"] is True and cookie["secure"] is True
    assert (
        client.get(
            "/api/v1/me", headers={"Authorization": f"Bearer {response.json()['access_token']}"}
        ).status_code
        == 200
    )
    # The spent cookie replayed: refused, and the whole family with it.
    second = client.cookies.get(COOKIE)
    client.cookies.clear()
    client.cookies.set(COOKIE, first or "", domain="testserver", path="/")
    assert client.post(f"{SESSION}/refresh", headers=BROWSER).status_code == 401
    client.cookies.clear()
    client.cookies.set(COOKIE, second or "", domain="testserver", path="/")
    assert client.post(f"{SESSION}/refresh", headers=BROWSER).status_code == 401


def test_refresh_without_a_cookie(client: TestClient, world: World) -> None:
    response = client.post(f"{SESSION}/refresh", headers=BROWSER)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_sign_out_revokes(client: TestClient, world: World) -> None:
    signed_in = start(client, world)
    cookie = client.cookies.get(COOKIE)
    access = signed_in.json()["access_token"]
    response = client.delete(SESSION, headers={**BROWSER, "Authorization": f"Bearer {access}"})
    assert response.status_code == 204
    cleared = set_cookie_attributes(response)
    assert cleared["name"] == COOKIE
    assert cleared["value"] in {"", '""'}
    assert cleared.get("max-age") == "0" or "expires" in cleared
    client.cookies.clear()
    client.cookies.set(COOKIE, cookie or "", domain="testserver", path="/")
    assert client.post(f"{SESSION}/refresh", headers=BROWSER).status_code == 401


def test_sign_out_works_after_the_access_token_expired(client: TestClient, world: World) -> None:
    start(client, world)
    cookie = client.cookies.get(COOKIE)
    response = client.delete(SESSION, headers=BROWSER)  # no access token at all
    assert response.status_code == 204
    client.cookies.clear()
    client.cookies.set(COOKIE, cookie or "", domain="testserver", path="/")
    assert client.post(f"{SESSION}/refresh", headers=BROWSER).status_code == 401


def test_sign_out_without_the_browser_header_is_refused(client: TestClient, world: World) -> None:
    start(client, world)
    assert client.delete(SESSION).status_code == 400
    assert client.post(f"{SESSION}/refresh", headers=BROWSER).status_code == 200
