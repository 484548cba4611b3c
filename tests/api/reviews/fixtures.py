"""Shared fixtures for the review, subject and member tests (loaded by each package's
conftest.py): a review with a team and subjects, built through the API, and callers for every
role, including agency systems and a lead reviewer who does not lead the review."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlalchemy.orm import Session

from api.clock import clock
from api.db import Base, get_engine, get_sessionmaker
from api.security.roles import Role
from api.users.models import User
from tests.conftest import _PASSWORD_HASH, World, make_partnership, password_token

# A Monday, so working-day arithmetic in the tests is easy to follow.
TODAY = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

USER_CALLERS = ["admin", "lead", "other_lead", "member", "police_member", "health_member", "viewer"]
CLIENT_CALLERS = ["council_system", "health_system"]
ALL_CALLERS = [*USER_CALLERS, *CLIENT_CALLERS, "outsider"]
CLIENT_SCOPES = ["reviews:read", "alerts:write", "practitioners:read"]
# The scenario review's family involvement notes (fictional, naming no one).
FAMILY_NOTES = "Mother met the reviewer."


@pytest.fixture(autouse=True)
def pinned_clock() -> Iterator[None]:
    clock.pin(TODAY)
    yield
    clock.pin(None)


@dataclass
class Callers:
    """Headers for every kind of caller, made on first use."""

    client: TestClient
    world: World
    other_world: World
    tokens: dict[str, str] = field(default_factory=dict)
    client_ids: dict[str, str] = field(default_factory=dict)

    def token(self, who: str) -> str:
        if who not in self.tokens:
            self.tokens[who] = self._issue(who)
        return self.tokens[who]

    def _issue(self, who: str) -> str:
        if who == "outsider":
            email = self.other_world.users["admin"].email
            return str(password_token(self.client, email)["access_token"])
        if who in CLIENT_CALLERS:
            agency = self.world.agencies[who.removesuffix("_system")]
            created = self.client.post(
                "/api/v1/clients",
                headers=self.headers("admin"),
                json={
                    "name": f"{who} integration",
                    "agency_id": str(agency.id),
                    "scopes": CLIENT_SCOPES,
                },
            )
            assert created.status_code == 201, created.text
            body = created.json()
            self.client_ids[who] = body["id"]
            response = self.client.post(
                "/api/v1/auth/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": body["client_id"],
                    "client_secret": body["client_secret"],
                },
            )
            assert response.status_code == 200, response.text
            return str(response.json()["access_token"])
        return str(password_token(self.client, self.world.users[who].email)["access_token"])

    def headers(self, who: str, **extra: str) -> dict[str, str]:
        """Authorization (plus a fresh Idempotency-Key, which agency systems need on POST)."""
        return {
            "Authorization": f"Bearer {self.token(who)}",
            "Idempotency-Key": uuid.uuid4().hex,
            **extra,
        }


@pytest.fixture
def callers(client: TestClient, world: World, other_world: World, db: Session) -> Callers:
    return make_callers(client, world, other_world, db)


def make_callers(client: TestClient, world: World, other_world: World, db: Session) -> Callers:
    """Callers for ``world``, which gains a lead reviewer, 'other_lead', who leads nothing."""
    other_lead = User(
        partnership_id=world.partnership.id,
        agency_id=None,
        email="other_lead@tscp.invalid",
        name="Other Lead",
        role=Role.lead_reviewer,
        password_hash=_PASSWORD_HASH,
    )
    db.add(other_lead)
    db.commit()
    world.users["other_lead"] = other_lead
    return Callers(client, world, other_world)


def new_review(client: TestClient, callers: Callers, **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "incident_kind": "serious_harm",
        "incident_on": "2026-02-10",
        "became_aware_on": "2026-02-16",
        "child_pseudonym": "Child A",
        "sin_reference": "SIN-123",
        "lead_reviewer_id": str(callers.world.users["lead"].id),
    }
    body.update(overrides)
    response = client.post("/api/v1/reviews", headers=callers.headers("admin"), json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


@dataclass
class Scenario:
    """A review led by 'lead', with council ('member') and police ('police_member') seated;
    the health agency is not on it. Subjects: the child (council holds a record) and the
    mother (police holds a record)."""

    review: dict[str, Any]
    members: dict[str, dict[str, Any]]
    subjects: dict[str, dict[str, Any]]

    @property
    def id(self) -> str:
        return str(self.review["id"])

    @property
    def url(self) -> str:
        return f"/api/v1/reviews/{self.id}"


@pytest.fixture
def scenario(client: TestClient, callers: Callers) -> Scenario:
    return make_scenario(client, callers)


def make_scenario(client: TestClient, callers: Callers) -> Scenario:
    """The ``Scenario``, built through the API."""
    world = callers.world
    review = new_review(client, callers)
    url = f"/api/v1/reviews/{review['id']}"
    members = {}
    for key in ("member", "police_member"):
        response = client.post(
            f"{url}/members",
            headers=callers.headers("admin"),
            json={"user_id": str(world.users[key].id)},
        )
        assert response.status_code == 201, response.text
        members[key] = response.json()
    subjects = {}
    for key, role, names, dob, agency in (
        ("child", "child", "Alex Example", "2015-05-01", "council"),
        ("mother", "parent", "Sam Example", "1990-01-31", "police"),
    ):
        response = client.post(
            f"{url}/subjects",
            headers=callers.headers("admin"),
            json={
                "role": role,
                "pseudonym": key.title(),
                "names": names,
                "date_of_birth": dob,
                "record_references": [
                    {
                        "agency_id": str(world.agencies[agency].id),
                        "reference": f"{agency.upper()}-REF-{key}",
                    }
                ],
            },
        )
        assert response.status_code == 201, response.text
        subjects[key] = response.json()
    noted = client.put(
        f"{url}/family-involvement",
        headers={**callers.headers("admin"), "If-Match": '"v1"'},
        json={"notes": FAMILY_NOTES},
    )
    assert noted.status_code == 200, noted.text
    review = client.get(url, headers=callers.headers("admin"))
    assert review.status_code == 200, review.text
    return Scenario(review.json(), members, subjects)


def if_match(response: Any) -> dict[str, str]:
    return {"If-Match": response.headers["ETag"]}


HeadersFor = Callable[[str], dict[str, str]]


class Driver:
    """Changes and lifecycle moves of one review, as its callers make them."""

    def __init__(
        self, client: TestClient, callers: Callers, review_id: str, who: str = "lead"
    ) -> None:
        self.client, self.callers, self.who = client, callers, who
        self.id = review_id
        self.url = f"/api/v1/reviews/{review_id}"

    def patch(self, **changes: Any) -> dict[str, Any]:
        etag = self.client.get(self.url, headers=self.callers.headers("admin")).headers["ETag"]
        response = self.client.patch(
            self.url, headers={**self.callers.headers("admin"), "If-Match": etag}, json=changes
        )
        assert response.status_code == 200, response.text
        result: dict[str, Any] = response.json()
        return result

    def move(self, to: str, *, who: str | None = None, **extra: Any) -> Any:
        return self.client.post(
            f"{self.url}/transitions",
            headers=self.callers.headers(who or self.who),
            json={"to": to, "reason": f"Moving to {to}", **extra},
        )

    def refused(self, to: str, **extra: Any) -> list[str]:
        response = self.move(to, **extra)
        assert response.status_code == 409, response.text
        body = response.json()
        assert body["type"] == "/problems/transition-refused"
        assert all(u["message"] for u in body["unmet"])
        return [u["code"] for u in body["unmet"]]

    def moved(self, to: str, **extra: Any) -> dict[str, Any]:
        response = self.move(to, **extra)
        assert response.status_code == 201, response.text
        result: dict[str, Any] = response.json()
        return result


@dataclass
class ModuleWorld:
    """One seeded world a whole module's tests share (``module_world``)."""

    client: TestClient
    world: World
    callers: Callers
    scenario: Scenario
    spare_client_id: str = field(repr=False)


@contextmanager
def module_world(app: FastAPI, roles: Iterable[str]) -> Iterator[ModuleWorld]:
    """Today pinned; two partnerships, their callers (signed in as ``roles``), a review with
    its team and subjects, and an API client no test signs in with (for the routes that
    change or rotate one). Every table is emptied when the module is done with it."""
    clock.pin(TODAY)
    try:
        with TestClient(app, base_url="https://testserver") as client, get_sessionmaker()() as db:
            world = make_partnership(db, "TSCP")
            callers = make_callers(client, world, make_partnership(db, "OSCP"), db)
            scenario = make_scenario(client, callers)
            for role in roles:
                callers.token(role)
            spare = client.post(
                "/api/v1/clients",
                headers=callers.headers("admin"),
                json={
                    "name": "Spare integration",
                    "agency_id": str(world.agencies["health"].id),
                    "scopes": ["reviews:read"],
                },
            )
            assert spare.status_code == 201, spare.text
            yield ModuleWorld(client, world, callers, scenario, spare.json()["id"])
    finally:
        clock.pin(None)
        with get_engine().begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(delete(table))
