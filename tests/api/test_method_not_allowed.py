"""A wrong method on an API path answers 405 with the methods the path supports, whether or
not the front end's catch-all (GET only) would otherwise have taken the request."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from tests.conftest import World

Auth = Callable[[str], dict[str, str]]


def allowed(response: object) -> set[str]:
    header: str = response.headers["allow"]  # type: ignore[attr-defined]
    return {method.strip() for method in header.split(",")}


@pytest.mark.parametrize(
    ("method", "path", "methods"),
    [
        ("GET", "/api/v1/auth/token", {"POST"}),
        ("GET", "/api/v1/auth/revoke", {"POST"}),
        ("GET", "/api/v1/auth/session/refresh", {"POST"}),
        ("PUT", "/api/v1/auth/session", {"POST", "DELETE"}),
        ("DELETE", "/api/v1/reviews", {"GET", "POST"}),
        ("PUT", "/api/v1/me", {"GET", "PATCH"}),
    ],
)
def test_a_wrong_method_answers_405_with_allow(
    client: TestClient, world: World, auth: Auth, method: str, path: str, methods: set[str]
) -> None:
    response = client.request(method, path, headers=auth("admin"))
    assert response.status_code == 405, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"] == "/problems/method-not-allowed"
    assert allowed(response) >= methods
    assert method not in allowed(response)


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "PATCH", "DELETE"])
def test_an_unknown_api_path_is_still_404(
    client: TestClient, world: World, auth: Auth, method: str
) -> None:
    response = client.request(method, "/api/v1/no-such-thing", headers=auth("admin"))
    assert response.status_code == 404, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "allow" not in response.headers
