from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from api.config import Settings
from api.main import create_app
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


def test_the_benchmark_floor_is_mounted_only_for_the_benchmark(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert client.get("/api/v1/_bench/floor").status_code == 404
    monkeypatch.setenv("CSPR_BENCH_FLOOR", "1")
    app = create_app(Settings())
    # Matched first, so the floor does not pay for walking past every other route.
    paths = [
        getattr(route, "path", "")
        for top in app.router.routes
        for route in getattr(getattr(top, "original_router", None), "routes", [top])
    ]
    assert paths.index("/api/v1/_bench/floor") < paths.index("/api/v1/auth/token")
    assert "/api/v1/_bench/floor" not in app.openapi()["paths"]
    # Then the busiest routes, ahead of the ones a client calls once a session.
    busiest = paths.index("/api/v1/reviews/{review_id}/members/{member_id}/checklist")
    assert paths.index("/api/v1/reviews") < busiest < paths.index("/api/v1/auth/token")
    # The document lists paths in its own order, not the order they are matched in.
    documented = list(app.openapi()["paths"])
    assert documented.index("/api/v1/auth/token") < documented.index("/api/v1/reviews")
    with TestClient(app) as bench:
        assert bench.get("/api/v1/_bench/floor").json() == {"ok": True}
        assert bench.get("/api/v1/_bench/floor-authenticated").status_code == 401
