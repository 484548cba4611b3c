"""Every response carries the same security headers, whichever layer answers it: an endpoint,
FastAPI's error handlers, the request guard in front of everything (413, 415, 400), or the
last-resort answer to an unexpected error (500)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.middleware import MAX_JSON_BODY
from tests.conftest import World

Auth = Callable[[str], dict[str, str]]

SECURITY_HEADERS = (
    "x-content-type-options",
    "content-security-policy",
    "cache-control",
    "referrer-policy",
    "x-frame-options",
    "cross-origin-opener-policy",
    "permissions-policy",
)


@pytest.fixture(scope="module")
def failing_app() -> object:
    """The app with one endpoint that fails unexpectedly, ahead of the front end's route."""
    app = create_app()

    def boom() -> None:
        raise RuntimeError("an unexpected failure")

    app.add_api_route("/api/v1/test-boom", boom, methods=["GET"])
    app.router.routes.insert(0, app.router.routes.pop())
    return app


@pytest.fixture
def lenient_client(failing_app: object) -> Iterator[TestClient]:
    with TestClient(
        failing_app,  # type: ignore[arg-type]
        base_url="https://testserver",
        raise_server_exceptions=False,
    ) as test_client:
        yield test_client


def security(response: object) -> dict[str, str | None]:
    headers = response.headers  # type: ignore[attr-defined]
    return {name: headers.get(name) for name in SECURITY_HEADERS}


def test_every_answer_carries_the_same_security_headers(
    lenient_client: TestClient, world: World, auth: Auth
) -> None:
    client = lenient_client
    normal = client.get("/api/v1/me", headers=auth("member"))
    assert normal.status_code == 200
    expected = security(normal)
    assert all(expected.values()), expected

    def stream() -> Iterator[bytes]:
        for _ in range(20):
            yield b" " * (64 * 1024)
        yield b"{}"

    answers = {
        "413 (declared length)": client.post(
            "/api/v1/agencies",
            content=b"{}",
            headers={
                **auth("admin"),
                "content-type": "application/json",
                "content-length": str(MAX_JSON_BODY + 1),
            },
        ),
        "413 (streamed)": client.post(
            "/api/v1/agencies",
            content=stream(),
            headers={**auth("admin"), "content-type": "application/json"},
        ),
        "415": client.post(
            "/api/v1/agencies",
            content=b"name=x",
            headers={**auth("admin"), "content-type": "text/plain"},
        ),
        "400 (guard)": client.get("/api/v1/agencies?kind=%00", headers=auth("admin")),
        "405": client.delete("/api/v1/me", headers=auth("member")),
        "404": client.get("/api/v1/no-such-thing", headers=auth("member")),
        "500": client.get("/api/v1/test-boom", headers=auth("member")),
    }
    statuses = {name: response.status_code for name, response in answers.items()}
    assert statuses == {
        "413 (declared length)": 413,
        "413 (streamed)": 413,
        "415": 415,
        "400 (guard)": 400,
        "405": 405,
        "404": 404,
        "500": 500,
    }
    for name, response in answers.items():
        assert security(response) == expected, name
