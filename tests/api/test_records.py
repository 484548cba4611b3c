"""The cycle users, API clients and agencies share (api.records): a clash with a unique rule
answers 409 with its reason and changes and audits nothing; a change names the version it was
made against and moves it on; a refused change leaves the version where it was."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.users.models import User
from tests.conftest import World

Auth = Callable[[str], dict[str, str]]


def actions(db: Session, action: str) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_second_user_with_an_address_answers_409_and_writes_nothing(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    def create(email: str, name: str) -> Response:
        body = {"email": email, "name": name, "role": "viewer", "password": "x" * 12}
        return client.post("/api/v1/users", json=body, headers=auth("admin"))

    assert create("first.person@tscp.example.org", "First Person").status_code == 201
    # Addresses are kept lower-case, so the same one in capitals clashes too.
    response = create("First.Person@TSCP.example.org", "Second Person")
    assert response.status_code == 409
    problem = response.json()
    assert problem["type"] == "/problems/conflict"
    assert problem["detail"] == "A user with this e-mail address already exists."
    assert "etag" not in response.headers and "location" not in response.headers
    assert len(actions(db, "user.create")) == 1
    count = db.scalar(select(func.count()).select_from(User).where(User.name == "Second Person"))
    assert count == 0


def test_renaming_an_agency_to_a_taken_name_answers_409_and_keeps_its_version(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    url = f"/api/v1/agencies/{world.agencies['health'].id}"
    read = client.get(url, headers=auth("admin"))
    etag = read.headers["etag"]
    response = client.patch(
        url,
        json={"name": world.agencies["police"].name},
        headers={**auth("admin"), "If-Match": etag},
    )
    assert response.status_code == 409
    assert response.json()["detail"] == "An agency with this name already exists."
    assert actions(db, "agency.update") == []
    again = client.get(url, headers=auth("admin"))
    assert again.headers["etag"] == etag
    assert again.json()["name"] == world.agencies["health"].name


def test_a_change_moves_the_version_on_and_the_old_one_is_refused(
    client: TestClient, world: World, auth: Auth, db: Session
) -> None:
    url = f"/api/v1/agencies/{world.agencies['health'].id}"
    etag = client.get(url, headers=auth("admin")).headers["etag"]
    changed = client.patch(url, json={"kind": "other"}, headers={**auth("admin"), "If-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["etag"] not in (etag, None)
    [event] = actions(db, "agency.update")
    assert event.details == {"fields": ["kind"]}
    assert event.record_id == str(world.agencies["health"].id)

    stale = client.patch(url, json={"kind": "health"}, headers={**auth("admin"), "If-Match": etag})
    assert stale.status_code == 412
    assert stale.headers["etag"] == changed.headers["etag"]
    assert len(actions(db, "agency.update")) == 1
    missing = client.patch(url, json={"kind": "health"}, headers=auth("admin"))
    assert missing.status_code == 428
    assert client.get(url, headers=auth("admin")).json()["kind"] == "other"
