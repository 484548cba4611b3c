"""The shared helpers over HTTP: cursor pagination, ETag/If-Match, Idempotency-Key."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.partnerships.models import Agency, AgencyKind
from api.security.roles import Role
from api.users.models import User
from tests.conftest import World, password_token

Auth = Callable[[str], dict[str, str]]
# Fixed, so test ids are the same on every xdist worker.
FIXED_ID = "5b0c4a52-3f0e-4d7a-9a43-0c8f2a6f1e11"


def add_agencies(db: Session, world: World, count: int) -> None:
    for i in range(count):
        db.add(
            Agency(
                partnership_id=world.partnership.id, name=f"Agency {i:03d}", kind=AgencyKind.other
            )
        )
    db.commit()


def walk(client: TestClient, path: str, headers: dict[str, str], limit: int) -> list[Any]:
    seen: list[Any] = []
    cursor: str | None = None
    pages = 0
    while True:
        url = f"{path}{'&' if '?' in path else '?'}limit={limit}"
        if cursor:
            url += f"&cursor={quote(cursor)}"
        response = client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        body = response.json()
        assert len(body["items"]) <= limit
        seen.extend(body["items"])
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
        assert pages < 1000


# --- pagination -------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [0, -1, 201, 10_000])
def test_limit_out_of_bounds(client: TestClient, world: World, auth: Auth, limit: int) -> None:
    response = client.get(f"/api/v1/agencies?limit={limit}", headers=auth("admin"))
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "query.limit"


@pytest.mark.parametrize("limit", [1, 200])
def test_limit_bounds_accepted(client: TestClient, world: World, auth: Auth, limit: int) -> None:
    response = client.get(f"/api/v1/agencies?limit={limit}", headers=auth("admin"))
    assert response.status_code == 200
    assert len(response.json()["items"]) == min(limit, len(world.agencies))


def test_default_limit_is_50(client: TestClient, world: World, auth: Auth, db: Session) -> None:
    add_agencies(db, world, 60)
    body = client.get("/api/v1/agencies", headers=auth("admin")).json()
    assert len(body["items"]) == 50 and body["next_cursor"]


@pytest.mark.parametrize("limit", [1, 7, 50, 200])
def test_cursor_round_trip_agencies(
    client: TestClient, world: World, auth: Auth, db: Session, limit: int
) -> None:
    add_agencies(db, world, 57)
    items = walk(client, "/api/v1/agencies", auth("admin"), limit)
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)) == 60
    expected = db.scalars(
        select(Agency.id)
        .where(Agency.partnership_id == world.partnership.id)
        .order_by(Agency.name, Agency.id)
    )
    assert ids == [str(i) for i in expected]


def test_cursor_round_trip_users_with_filter(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    for i in range(33):
        db.add(
            User(
                partnership_id=world.partnership.id,
                email=f"v{i:02d}@tscp.invalid",
                name=f"Viewer {i}",
                role=Role.viewer,
                password_hash="x",
            )
        )
    db.commit()
    items = walk(client, "/api/v1/users?role=viewer", auth("admin"), 4)
    assert len(items) == 34
    assert len({i["id"] for i in items}) == 34
    emails = [i["email"] for i in items]
    assert emails == sorted(emails)


def test_cursor_round_trip_audit_descending(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    for _ in range(12):
        client.get(f"/api/v1/agencies/{uuid.uuid4()}", headers=auth("admin"))
    items = walk(client, "/api/v1/audit?action=access.not_found", auth("admin"), 5)
    assert len(items) == 12 == len({i["id"] for i in items})
    stamps = [i["occurred_at"] for i in items]
    assert stamps == sorted(stamps, reverse=True)


def test_cursor_round_trip_clients_with_equal_timestamps(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    from api.clients.models import ApiClient

    same = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    for i in range(9):
        db.add(
            ApiClient(
                partnership_id=world.partnership.id,
                agency_id=world.agencies["police"].id,
                client_id=f"cspr_c_{i}",
                name=f"System {i}",
                secret_hash="x",
                scopes=["reviews:read"],
                created_at=same,
                updated_at=same,
            )
        )
    db.commit()
    items = walk(client, "/api/v1/clients", auth("admin"), 2)
    assert len(items) == 9 == len({i["id"] for i in items})


def _cursor(values: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "!!!",
        "not-base64-at-all~",
        _cursor({"a": 1}),
        _cursor(["only-one"]),
        _cursor(["a", "b", "c"]),
        _cursor(["x@y.z", "not-a-uuid"]),
        _cursor(["x@y.z", 123]),
        _cursor(["x@y.z", None]),
        _cursor([["nested"], FIXED_ID]),
        _cursor(["x@y.z", [1, 2]]),
        _cursor(["a\u0000b", FIXED_ID]),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
    ],
)
def test_garbage_cursor_is_400(client: TestClient, world: World, auth: Auth, cursor: str) -> None:
    response = client.get(f"/api/v1/users?cursor={quote(cursor)}", headers=auth("admin"))
    assert response.status_code == 400, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "/problems/bad-cursor"


@pytest.mark.parametrize(
    "cursor",
    [
        _cursor(["2026-01-01T00:00:00", FIXED_ID]),
        _cursor(["0001-01-01T00:00:00+05:00", FIXED_ID]),
        _cursor(["yesterday", FIXED_ID]),
        _cursor([17, FIXED_ID]),
    ],
)
def test_garbage_datetime_cursor_is_400(
    client: TestClient, world: World, auth: Auth, cursor: str
) -> None:
    response = client.get(f"/api/v1/clients?cursor={quote(cursor)}", headers=auth("admin"))
    assert response.status_code == 400, response.text


def test_updated_since(client: TestClient, world: World, auth: Auth, db: Session) -> None:
    old = datetime(2026, 1, 1, tzinfo=UTC)
    for agency in db.scalars(select(Agency)):
        agency.updated_at = old
    db.commit()
    cutoff = datetime.now(UTC) - timedelta(seconds=1)
    police = db.get(Agency, world.agencies["police"].id)
    assert police is not None
    police.name = "Renamed Constabulary"
    db.commit()
    since = quote(cutoff.isoformat())
    items = client.get(f"/api/v1/agencies?updated_since={since}", headers=auth("admin")).json()[
        "items"
    ]
    assert [i["id"] for i in items] == [str(police.id)]
    # Inclusive, and any offset is understood.
    exact = quote(police.updated_at.astimezone(UTC).isoformat())
    assert (
        len(
            client.get(f"/api/v1/agencies?updated_since={exact}", headers=auth("admin")).json()[
                "items"
            ]
        )
        == 1
    )
    plus_two = quote(
        cutoff.astimezone(__import__("datetime").timezone(timedelta(hours=2))).isoformat()
    )
    assert (
        len(
            client.get(f"/api/v1/agencies?updated_since={plus_two}", headers=auth("admin")).json()[
                "items"
            ]
        )
        == 1
    )
    everything = client.get(
        f"/api/v1/agencies?updated_since={quote(old.isoformat())}", headers=auth("admin")
    ).json()["items"]
    assert len(everything) == 3
    naive = client.get("/api/v1/agencies?updated_since=2026-01-01T00:00:00", headers=auth("admin"))
    assert naive.status_code == 422
    assert (
        client.get("/api/v1/agencies?updated_since=soon", headers=auth("admin")).status_code == 422
    )


# --- ETag / If-Match --------------------------------------------------------------------------


def test_etag_and_if_match(client: TestClient, world: World, auth: Auth) -> None:
    path = f"/api/v1/agencies/{world.agencies['police'].id}"
    read = client.get(path, headers=auth("admin"))
    etag = read.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')

    missing = client.patch(path, json={"name": "Renamed One"}, headers=auth("admin"))
    assert missing.status_code == 428
    weak = client.patch(
        path, json={"name": "Renamed One"}, headers={**auth("admin"), "If-Match": f"W/{etag}"}
    )
    assert weak.status_code == 412
    ok = client.patch(
        path, json={"name": "Renamed One"}, headers={**auth("admin"), "If-Match": etag}
    )
    assert ok.status_code == 200, ok.text
    new_etag = ok.headers["etag"]
    assert new_etag != etag
    stale = client.patch(
        path, json={"name": "Renamed Two"}, headers={**auth("admin"), "If-Match": etag}
    )
    assert stale.status_code == 412
    assert stale.headers["etag"] == new_etag
    listed = client.patch(
        path,
        json={"name": "Renamed Three"},
        headers={**auth("admin"), "If-Match": f'"nope", {new_etag}'},
    )
    assert listed.status_code == 200
    star = client.patch(
        path, json={"name": "Renamed Four"}, headers={**auth("admin"), "If-Match": "*"}
    )
    assert star.status_code == 200
    assert client.get(path, headers=auth("admin")).json()["name"] == "Renamed Four"


# --- Idempotency-Key --------------------------------------------------------------------------


def _count_agencies(db: Session) -> int:
    db.expire_all()
    return int(db.scalar(select(func.count()).select_from(Agency)) or 0)


def test_replay_returns_the_first_response(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    headers = {**auth("admin"), "Idempotency-Key": "create-probation-1"}
    body = {"name": "Demoshire Probation", "kind": "probation"}
    first = client.post("/api/v1/agencies", json=body, headers=headers)
    assert first.status_code == 201
    count = _count_agencies(db)
    second = client.post("/api/v1/agencies", json=body, headers=headers)
    assert second.status_code == 201
    assert second.content == first.content
    assert second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    for name in ("content-type", "location", "etag"):
        assert second.headers[name] == first.headers[name]
    assert _count_agencies(db) == count


def test_a_disabled_caller_gets_no_replay(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    headers = {**auth("admin"), "Idempotency-Key": "create-probation-2"}
    body = {"name": "Demoshire Probation", "kind": "probation"}
    assert client.post("/api/v1/agencies", json=body, headers=headers).status_code == 201
    admin = db.get(User, world.users["admin"].id)
    assert admin is not None
    admin.active = False
    db.commit()
    replay = client.post("/api/v1/agencies", json=body, headers=headers)
    assert replay.status_code == 401
    assert "idempotent-replayed" not in replay.headers


def test_same_key_other_body_is_422(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    headers = {**auth("admin"), "Idempotency-Key": "key-2"}
    assert (
        client.post(
            "/api/v1/agencies", json={"name": "First Agency", "kind": "other"}, headers=headers
        ).status_code
        == 201
    )
    count = _count_agencies(db)
    other = client.post(
        "/api/v1/agencies", json={"name": "Second Agency", "kind": "other"}, headers=headers
    )
    assert other.status_code == 422
    assert other.headers["content-type"] == "application/problem+json"
    assert _count_agencies(db) == count
    # Same key on another endpoint is another request too.
    elsewhere = client.post(
        "/api/v1/users", json={"name": "First Agency", "kind": "other"}, headers=headers
    )
    assert elsewhere.status_code == 422


def test_errors_are_replayed_too_but_5xx_is_not_stored(
    client: TestClient, world: World, auth: Auth
) -> None:
    headers = {**auth("admin"), "Idempotency-Key": "dup-agency"}
    body = {"name": world.agencies["police"].name, "kind": "police"}
    first = client.post("/api/v1/agencies", json=body, headers=headers)
    assert first.status_code == 409
    again = client.post("/api/v1/agencies", json=body, headers=headers)
    assert again.status_code == 409
    assert again.headers["idempotent-replayed"] == "true"


def test_keys_are_scoped_per_caller(
    client: TestClient, world: World, other_world: World, auth: Auth, db: Session
) -> None:
    body = {"name": "Shared Name Agency", "kind": "other"}
    mine = client.post(
        "/api/v1/agencies", json=body, headers={**auth("admin"), "Idempotency-Key": "shared"}
    )
    other_token = password_token(client, other_world.users["admin"].email)["access_token"]
    theirs = client.post(
        "/api/v1/agencies",
        json=body,
        headers={"Authorization": f"Bearer {other_token}", "Idempotency-Key": "shared"},
    )
    assert mine.status_code == theirs.status_code == 201
    assert "idempotent-replayed" not in theirs.headers
    assert mine.json()["id"] != theirs.json()["id"]


@pytest.mark.parametrize("key", ["", "x" * 256])
def test_bad_keys(client: TestClient, world: World, auth: Auth, key: str) -> None:
    response = client.post(
        "/api/v1/agencies",
        json={"name": "Whatever", "kind": "other"},
        headers={**auth("admin"), "Idempotency-Key": key},
    )
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"


def test_unauthenticated_post_with_a_key_is_401(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/v1/agencies",
        json={"name": "Whatever", "kind": "other"},
        headers={"Idempotency-Key": "k"},
    )
    assert response.status_code == 401


def test_agency_system_with_a_key(client: TestClient, world: World, auth: Auth) -> None:
    created = client.post(
        "/api/v1/clients",
        json={
            "name": "Police system",
            "agency_id": str(world.agencies["police"].id),
            "scopes": ["reviews:read"],
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
    without = client.post("/api/v1/me/totp", headers=headers)
    assert without.status_code == 400
    with_key = client.post("/api/v1/me/totp", headers={**headers, "Idempotency-Key": "a"})
    assert with_key.status_code == 403  # past the key check; agency systems have no account
