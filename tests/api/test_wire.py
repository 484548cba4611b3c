"""The columns read in their JSON form (``api.wire``), on the database under test: what they
read back must be what the ORM reads from the same row, whatever the session's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from api.db import get_engine
from api.users.models import User
from api.wire import json_rows, utc_from_text, uuid_text
from tests.conftest import World


def test_json_rows_read_back_what_the_orm_reads(world: World, db: Session) -> None:
    users = {u.id: u for u in world.users.values()}
    with get_engine().connect() as connection:
        if connection.dialect.name == "postgresql":
            # JSON writes timestamps in the session's zone: read back, they are the same
            # instants.
            connection.execute(text("SET TIME ZONE 'Pacific/Chatham'"))
        rows = connection.execute(
            select(json_rows(uuid_text(User.id), User.created_at, User.agency_id.is_(None))).where(
                User.partnership_id == world.partnership.id
            )
        ).scalar_one()
        none = connection.execute(
            select(json_rows(User.id)).where(User.email == "nobody@tscp.invalid")
        ).scalar_one()
        connection.rollback()
    assert none == []
    assert len(rows) == len(users)
    for user_id, created_at, agencyless in rows:
        user = next(u for u in users.values() if str(u.id) == user_id)
        assert utc_from_text(created_at) == user.created_at
        assert utc_from_text(created_at).tzinfo is UTC
        assert bool(agencyless) is (user.agency_id is None)  # SQLite writes 1 for true


def test_utc_from_text_reads_either_form() -> None:
    instant = datetime(2026, 3, 29, 0, 30, 15, 120000, tzinfo=UTC)
    assert utc_from_text("2026-03-29T00:30:15.12+00:00") == instant  # PostgreSQL's JSON
    assert utc_from_text("2026-03-29T13:15:15.12+12:45") == instant  # another session zone
    assert utc_from_text("2026-03-29 00:30:15.120000") == instant  # SQLite's stored UTC
    assert utc_from_text("2026-03-29T01:30:15.12+01:00").utcoffset() == timedelta(0)
    assert instant.astimezone(timezone(timedelta(hours=1))) == utc_from_text(
        "2026-03-29T01:30:15.120000+01:00"
    )
