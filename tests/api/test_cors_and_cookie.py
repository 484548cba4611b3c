"""CSPR_CORS_ORIGINS lets the listed origins' pages call the API with a bearer token (and no
cookies); CSPR_COOKIE_SECURE decides whether the browser session's cookie is Secure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from api.config import Settings, get_settings
from api.main import create_app
from tests.conftest import PASSWORD, World

LISTED = "https://tools.police.example"
OTHER = "https://elsewhere.example"


@pytest.fixture(scope="module")
def cors_app() -> Any:
    return create_app(Settings(cors_origins=[LISTED]))


@pytest.fixture
def cors_client(cors_app: Any) -> Iterator[TestClient]:
    with TestClient(cors_app, base_url="https://testserver") as test_client:
        yield test_client


def preflight(client: TestClient, path: str, origin: str, headers: str) -> Any:
    return client.options(
        path,
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": headers,
        },
    )


def bearer(client: TestClient, world: World) -> dict[str, str]:
    response = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": world.users["admin"].email,
            "password": PASSWORD,
        },
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


def test_a_listed_origin_may_call_the_api_with_a_bearer_token(
    cors_client: TestClient, world: World
) -> None:
    allowed = preflight(cors_client, "/api/v1/reviews", LISTED, "authorization")
    assert allowed.status_code == 200, allowed.text
    assert allowed.headers["access-control-allow-origin"] == LISTED
    assert "access-control-allow-credentials" not in allowed.headers
    assert allowed.headers["x-content-type-options"] == "nosniff"

    response = cors_client.get(
        "/api/v1/reviews", headers={**bearer(cors_client, world), "Origin": LISTED}
    )
    assert response.status_code == 200, response.text
    assert response.headers["access-control-allow-origin"] == LISTED
    exposed = response.headers["access-control-expose-headers"].lower()
    assert "etag" in exposed and "x-request-id" in exposed
    assert "access-control-allow-credentials" not in response.headers


def test_another_origin_is_refused(cors_client: TestClient, world: World) -> None:
    refused = preflight(cors_client, "/api/v1/reviews", OTHER, "authorization")
    assert refused.status_code == 400
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["type"] == "/problems/cors-refused"
    assert "access-control-allow-origin" not in refused.headers
    response = cors_client.get(
        "/api/v1/reviews", headers={**bearer(cors_client, world), "Origin": OTHER}
    )
    assert "access-control-allow-origin" not in response.headers


def test_no_origin_may_drive_the_browser_session(cors_client: TestClient) -> None:
    refused = preflight(
        cors_client, "/api/v1/auth/session/refresh", LISTED, "content-type, x-cspr-session"
    )
    assert refused.status_code == 400
    assert "access-control-allow-headers" not in refused.headers or (
        "x-cspr-session" not in refused.headers["access-control-allow-headers"].lower()
    )


def test_without_listed_origins_there_is_no_cors(client: TestClient, world: World) -> None:
    response = client.get("/api/v1/reviews", headers={**bearer(client, world), "Origin": LISTED})
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


# --- the session cookie ---------------------------------------------------------------------


def set_cookie(response: Any) -> tuple[str, str, set[str]]:
    (header,) = [v for k, v in response.headers.multi_items() if k.lower() == "set-cookie"]
    first, *attributes = [part.strip() for part in header.split(";")]
    name, _, value = first.partition("=")
    return name, value, {a.split("=")[0].lower() for a in attributes}


def sign_in(client: TestClient, world: World) -> Any:
    response = client.post(
        "/api/v1/auth/session",
        json={"email": world.users["member"].email, "password": PASSWORD},
    )
    assert response.status_code == 200, response.text
    return response


@pytest.fixture
def insecure_cookie(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CSPR_COOKIE_SECURE", "false")
    get_settings.cache_clear()
    yield
    monkeypatch.delenv("CSPR_COOKIE_SECURE")
    get_settings.cache_clear()


def test_the_session_cookie_is_secure_by_default(client: TestClient, world: World) -> None:
    name, value, attributes = set_cookie(sign_in(client, world))
    assert name == "__Host-cspr_refresh" and value
    assert {"secure", "httponly", "samesite", "path"} <= attributes


def test_cookie_secure_off_sets_a_plain_cookie_that_still_works(
    insecure_cookie: None, world: World
) -> None:
    # Over plain HTTP, as the setting is for.
    with TestClient(create_app(), base_url="http://testserver") as client:
        name, value, attributes = set_cookie(sign_in(client, world))
        assert name == "cspr_refresh" and value
        assert "secure" not in attributes
        assert {"httponly", "samesite"} <= attributes
        assert client.cookies.get("cspr_refresh") == value  # kept over plain HTTP
        refreshed = client.post("/api/v1/auth/session/refresh", headers={"X-CSPR-Session": "1"})
        assert refreshed.status_code == 200, refreshed.text
        assert set_cookie(refreshed)[0] == "cspr_refresh"


def test_cookie_secure_off_is_refused_in_production() -> None:
    with pytest.raises(ValidationError, match="refused in production"):
        Settings(environment="production", cookie_secure=False)
    assert Settings(environment="demo", cookie_secure=False).cookie_secure is False
