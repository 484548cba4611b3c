from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from tests.conftest import World


def test_health_and_ready(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["migrations"] == "head"


def test_me_for_member(
    client: TestClient, world: World, auth: Callable[[str], dict[str, str]]
) -> None:
    body = client.get("/api/v1/me", headers=auth("member")).json()
    assert body["role"] == "member"
    assert body["agency"]["id"] == str(world.agencies["council"].id)
    assert "admin" not in body["scopes"]
