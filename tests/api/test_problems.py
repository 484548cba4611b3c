"""Every error the app can produce is an RFC 9457 problem document."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.clock import clock
from api.main import create_app
from api.middleware import MAX_JSON_BODY
from tests.conftest import PASSWORD, World

Auth = Callable[[str], dict[str, str]]


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].split(";")[0] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert isinstance(body["type"], str)
    assert "Traceback" not in response.text
    return body


def test_400_malformed_json(client: TestClient, world: World, auth: Auth) -> None:
    response = client.post(
        "/api/v1/agencies",
        content=b'{"name": "x", ',
        headers={**auth("admin"), "content-type": "application/json"},
    )
    assert_problem(response, 400)
    response = client.patch(
        "/api/v1/me",
        content=b"[1, 2",
        headers={**auth("member"), "content-type": "application/json"},
    )
    assert_problem(response, 400)


def test_401(client: TestClient) -> None:
    body = assert_problem(client.get("/api/v1/me"), 401)
    assert body["instance"] == "/api/v1/me"


def test_403(client: TestClient, world: World, auth: Auth) -> None:
    assert_problem(client.get("/api/v1/users", headers=auth("viewer")), 403)


def test_404(client: TestClient, world: World, auth: Auth) -> None:
    assert_problem(client.get(f"/api/v1/agencies/{uuid.uuid4()}", headers=auth("admin")), 404)
    assert_problem(client.get("/api/v1/no-such-thing", headers=auth("admin")), 404)
    assert_problem(client.get("/.well-known/no-such-thing"), 404)


def test_405(client: TestClient, world: World, auth: Auth) -> None:
    response = client.delete("/api/v1/me", headers=auth("member"))
    assert_problem(response, 405)
    assert "allow" in response.headers
    assert_problem(client.put("/api/v1/agencies", headers=auth("admin"), json={}), 405)


def test_unknown_api_path_is_404_whatever_the_method(
    client: TestClient, world: World, auth: Auth
) -> None:
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        response = client.request(method, "/api/v1/no-such-thing", headers=auth("admin"))
        assert_problem(response, 404)


def test_409(client: TestClient, world: World, auth: Auth) -> None:
    body = {"name": world.agencies["police"].name, "kind": "police"}
    assert_problem(client.post("/api/v1/agencies", json=body, headers=auth("admin")), 409)
    duplicate = {
        "email": "dup@tscp.example.org",
        "name": "Dup",
        "role": "viewer",
        "password": PASSWORD,
    }
    assert client.post("/api/v1/users", json=duplicate, headers=auth("admin")).status_code == 201
    assert_problem(client.post("/api/v1/users", json=duplicate, headers=auth("admin")), 409)


def test_412_and_428(client: TestClient, world: World, auth: Auth) -> None:
    path = f"/api/v1/agencies/{world.agencies['police'].id}"
    assert_problem(
        client.patch(path, json={"name": "Renamed Constabulary"}, headers=auth("admin")), 428
    )
    stale = client.patch(
        path, json={"name": "Renamed Constabulary"}, headers={**auth("admin"), "If-Match": '"v999"'}
    )
    assert_problem(stale, 412)
    assert stale.headers["etag"] == '"v1"'


def test_413_declared_length(client: TestClient, world: World, auth: Auth) -> None:
    big = b'{"name": "' + b"x" * (MAX_JSON_BODY + 10) + b'", "kind": "other"}'
    response = client.post(
        "/api/v1/agencies",
        content=big,
        headers={**auth("admin"), "content-type": "application/json"},
    )
    body = assert_problem(response, 413)
    assert body["correlation_id"]


def test_413_streamed_body(client: TestClient, world: World, auth: Auth) -> None:
    """Without Content-Length (chunked), the limit still answers 413, not 400 or 500."""

    def chunks() -> Iterator[bytes]:
        yield b'{"name": "'
        for _ in range(20):
            yield b"x" * (64 * 1024)
        yield b'", "kind": "other"}'

    response = client.post(
        "/api/v1/agencies",
        content=chunks(),
        headers={**auth("admin"), "content-type": "application/json"},
    )
    assert_problem(response, 413)


def test_413_form_endpoint(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/token",
        content=b"grant_type=password&username=" + b"a" * (MAX_JSON_BODY + 1),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_problem(response, 413)


def test_415(client: TestClient, world: World, auth: Auth) -> None:
    response = client.post(
        "/api/v1/agencies",
        content=b'{"name": "Probation", "kind": "other"}',
        headers={**auth("admin"), "content-type": "text/plain"},
    )
    assert_problem(response, 415)
    response = client.post(
        "/api/v1/agencies",
        content=b"name=x",
        headers={**auth("admin"), "content-type": "application/x-www-form-urlencoded"},
    )
    assert_problem(response, 415)
    response = client.post("/api/v1/auth/token", json={"grant_type": "password"})
    assert_problem(response, 415)


def test_422(client: TestClient, world: World, auth: Auth) -> None:
    response = client.post(
        "/api/v1/agencies", json={"name": "x", "kind": "spaceship"}, headers=auth("admin")
    )
    body = assert_problem(response, 422)
    fields = {e["field"] for e in body["errors"]}
    assert {"body.name", "body.kind"} <= fields
    body = assert_problem(client.get("/api/v1/agencies?limit=0", headers=auth("admin")), 422)
    assert body["errors"][0]["field"] == "query.limit"
    assert_problem(client.get("/api/v1/users/not-a-uuid", headers=auth("admin")), 422)


def test_429(client: TestClient, world: World) -> None:
    clock.pin(datetime.now(UTC))
    for _ in range(5):
        client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "password",
                "username": world.users["member"].email,
                "password": "wrong-password-x",
            },
        )
    response = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": world.users["member"].email,
            "password": PASSWORD,
        },
    )
    assert_problem(response, 429)
    assert int(response.headers["retry-after"]) >= 1


def test_500_has_a_correlation_id_and_no_traceback() -> None:
    app = create_app()

    def boom() -> None:
        raise RuntimeError("secret internal detail: /etc/cspr/keys")

    app.add_api_route("/api/v1/test-boom", boom, methods=["GET"])
    # Ahead of the front end's catch-all route.
    app.router.routes.insert(0, app.router.routes.pop())

    with TestClient(app, base_url="https://testserver", raise_server_exceptions=False) as c:
        response = c.get("/api/v1/test-boom", headers={"X-Request-ID": "req-12345678"})
    body = assert_problem(response, 500)
    assert body["correlation_id"] == "req-12345678"
    assert "secret internal detail" not in response.text
    assert "RuntimeError" not in response.text
    assert "boom" not in response.text.replace("/api/v1/test-boom", "")
    assert response.headers["x-request-id"] == "req-12345678"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_request_id_is_echoed_or_made(client: TestClient) -> None:
    response = client.get("/api/v1/me", headers={"X-Request-ID": "abc-def-123456"})
    assert response.headers["x-request-id"] == "abc-def-123456"
    assert response.json()["correlation_id"] == "abc-def-123456"
    response = client.get("/api/v1/me", headers={"X-Request-ID": "bad id\twith spaces"})
    assert response.headers["x-request-id"] != "bad id\twith spaces"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/agencies?kind=%00",
        "/api/v1/audit?action=a%00b",
        "/api/v1/users?cursor=%00",
        "/nul%00byte",
        "/assets/x%00.js",
    ],
)
def test_nul_bytes_are_refused_not_a_crash(
    client: TestClient, world: World, auth: Auth, path: str
) -> None:
    response = client.get(path, headers=auth("admin"))
    assert 400 <= response.status_code < 500, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


def test_nul_bytes_in_bodies(client: TestClient, world: World, auth: Auth) -> None:
    response = client.post(
        "/api/v1/agencies", json={"name": "Nul\u0000Agency", "kind": "other"}, headers=auth("admin")
    )
    assert_problem(response, 422)
    response = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "a\u0000@tscp.invalid", "password": "x"},
    )
    assert 400 <= response.status_code < 500
    response = client.post(
        "/api/v1/auth/session", json={"email": "a\u0000@tscp.invalid", "password": "x"}
    )
    assert 400 <= response.status_code < 500
    response = client.post("/api/v1/auth/revoke", data={"token": "a\u0000b"})
    assert response.status_code in {200, 400, 422}


@pytest.mark.parametrize(
    "since",
    [
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:59:59-01:00",
        "2026-01-01T00:00:00",
    ],
)
def test_out_of_range_updated_since(
    client: TestClient, world: World, auth: Auth, since: str
) -> None:
    from urllib.parse import quote

    response = client.get(f"/api/v1/users?updated_since={quote(since)}", headers=auth("admin"))
    assert 400 <= response.status_code < 500 or response.status_code == 200, response.text
    assert response.status_code != 500


def test_security_headers(client: TestClient, world: World, auth: Auth) -> None:
    response = client.get("/api/v1/me", headers=auth("member"))
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


def test_413_streamed_body_with_idempotency_key(
    client: TestClient, world: World, auth: Auth
) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(20):
            yield b" " * (64 * 1024)
        yield b'{"name": "Big Agency", "kind": "other"}'

    headers = {**auth("admin"), "content-type": "application/json", "Idempotency-Key": "big"}
    response = client.post("/api/v1/agencies", content=chunks(), headers=headers)
    assert_problem(response, 413)
    # Nothing was kept for the key: a proper retry goes through.
    retry = client.post(
        "/api/v1/agencies",
        json={"name": "Big Agency", "kind": "other"},
        headers={**auth("admin"), "Idempotency-Key": "big"},
    )
    assert retry.status_code == 201, retry.text


def test_unknown_api_path_with_post_is_404(client: TestClient, world: World, auth: Auth) -> None:
    response = client.post("/api/v1/no-such-thing", json={}, headers=auth("admin"))
    assert response.status_code in {404, 405}
    assert response.headers["content-type"].startswith("application/problem+json")
