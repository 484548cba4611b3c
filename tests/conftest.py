"""Test harness: a real database (SQLite, or PostgreSQL when CSPR_TEST_DB=postgres), migrated
by Alembic, and the app driven through its HTTP surface.

Each pytest-xdist worker gets its own database and data directory. Tables are emptied after
every test (the app commits in several transactions of its own, so rolling back one
connection could not isolate tests).
"""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")
_TMP = Path(tempfile.mkdtemp(prefix=f"cspr-test-{WORKER}-"))
os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = str(_TMP / "hypothesis")
os.environ["CSPR_ENVIRONMENT"] = "test"
os.environ["CSPR_DATA_DIR"] = str(_TMP / "data")
os.environ["CSPR_LOGIN_LOCKOUT_SECONDS"] = "60"

TEST_DB = os.environ.get("CSPR_TEST_DB", "sqlite")
if TEST_DB == "postgres":
    import psycopg
    from psycopg import sql

    base_url = os.environ.get("CSPR_TEST_POSTGRES_URL")
    if not base_url:
        raise RuntimeError("CSPR_TEST_DB=postgres needs CSPR_TEST_POSTGRES_URL")
    # The process id keeps two runs on one server (a developer's and CI's) apart.
    db_name = f"cspr_test_{WORKER}_{os.getpid()}"
    admin_url = base_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db_name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(db_name)))
    head, _, _ = base_url.rpartition("/")
    os.environ["DATABASE_URL"] = f"{head}/{db_name}"
else:
    os.environ["DATABASE_URL"] = f"sqlite:///{_TMP / 'test.db'}"

from fastapi.testclient import TestClient  # noqa: E402
from sqlalchemy import delete  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from api.clock import clock  # noqa: E402
from api.db import Base, get_engine, get_sessionmaker  # noqa: E402
from api.learning.service import default_themes  # noqa: E402
from api.main import create_app  # noqa: E402
from api.partnerships.models import Agency, AgencyKind, Partnership  # noqa: E402
from api.security.passwords import hash_password  # noqa: E402
from api.security.roles import Role  # noqa: E402
from api.users.models import User  # noqa: E402

PASSWORD = "correct-horse-battery-staple"
_PASSWORD_HASH = hash_password(PASSWORD)


@pytest.fixture(scope="session", autouse=True)
def migrated_database() -> Iterator[None]:
    from alembic import command

    from api.health import alembic_config

    command.upgrade(alembic_config(), "head")
    yield
    get_engine().dispose()
    if TEST_DB == "postgres":
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db_name))
            )


@pytest.fixture(autouse=True)
def _clean_tables() -> Iterator[None]:
    yield
    clock.pin(None)
    with get_engine().begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(delete(table))


@pytest.fixture(scope="session")
def app() -> Any:
    return create_app()


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app, base_url="https://testserver") as test_client:
        yield test_client


@pytest.fixture
def db() -> Iterator[Session]:
    with get_sessionmaker()() as session:
        yield session


@dataclass
class World:
    """A partnership with one agency per kind and one user per role (members per agency)."""

    partnership: Partnership
    agencies: dict[str, Agency]
    users: dict[str, User]
    tokens: dict[str, str] = field(default_factory=dict)


def make_partnership(session: Session, code: str) -> World:
    partnership = Partnership(code=code, name=f"{code} Safeguarding Children Partnership")
    session.add(partnership)
    session.flush()
    default_themes(session, partnership.id)
    agencies = {
        "council": Agency(
            partnership_id=partnership.id,
            name=f"{code} Council Children's Services",
            kind=AgencyKind.local_authority,
        ),
        "police": Agency(
            partnership_id=partnership.id, name=f"{code} Constabulary", kind=AgencyKind.police
        ),
        "health": Agency(
            partnership_id=partnership.id, name=f"{code} Health Board", kind=AgencyKind.health
        ),
    }
    session.add_all(agencies.values())
    session.flush()
    people = {
        "admin": (Role.partnership_admin, None),
        "lead": (Role.lead_reviewer, None),
        "member": (Role.member, "council"),
        "police_member": (Role.member, "police"),
        "health_member": (Role.member, "health"),
        "viewer": (Role.viewer, None),
    }
    users = {}
    for key, (role, agency_key) in people.items():
        users[key] = User(
            partnership_id=partnership.id,
            agency_id=agencies[agency_key].id if agency_key else None,
            email=f"{key}@{code.lower()}.invalid",
            name=f"{key.title()} Tester",
            role=role,
            password_hash=_PASSWORD_HASH,
        )
    session.add_all(users.values())
    session.commit()
    return World(partnership, agencies, users)


@pytest.fixture
def world(db: Session) -> World:
    return make_partnership(db, "TSCP")


@pytest.fixture
def other_world(db: Session) -> World:
    return make_partnership(db, "OSCP")


def password_token(client: TestClient, email: str, **extra: str) -> dict[str, Any]:
    response = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": PASSWORD, **extra},
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
def token_for(client: TestClient, world: World) -> Callable[[str], str]:
    """The access token of one of the world's users, by key ('admin', 'member', …)."""

    def get(key: str) -> str:
        if key not in world.tokens:
            world.tokens[key] = password_token(client, world.users[key].email)["access_token"]
        return world.tokens[key]

    return get


@pytest.fixture
def auth(token_for: Callable[[str], str]) -> Callable[[str], dict[str, str]]:
    """Authorization headers for one of the world's users."""
    return lambda key: {"Authorization": f"Bearer {token_for(key)}"}


def new_id() -> str:
    return str(uuid.uuid4())
