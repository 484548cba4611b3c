"""``plain_rows`` sends a precompiled statement's SQL as it stands on PostgreSQL (``DriverSQL``):
the rows must be those the ordinary execution gives, every value must still pass its type's
bind processor, and what cannot be sent as it stands must run the ordinary way."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from api.db import DriverSQL, plain_rows
from api.users.models import User
from tests.conftest import World

BY_PARTNERSHIP_SINCE = (
    select(User.id, User.email, User.created_at)
    .where(User.partnership_id == bindparam("partnership"))
    .where(User.created_at >= bindparam("since"))
    .order_by(User.email)
)


def test_rows_are_those_of_the_ordinary_execution(world: World, db: Session) -> None:
    params = {"partnership": world.partnership.id, "since": datetime(2000, 1, 1, tzinfo=UTC)}
    precompiled = plain_rows(db, BY_PARTNERSHIP_SINCE, params).all()
    ordinary = db.connection().execute(BY_PARTNERSHIP_SINCE, params).all()
    assert precompiled == ordinary
    assert len(precompiled) == len(world.users) > 0
    assert all(row.created_at.utcoffset() is not None for row in precompiled)
    on_postgresql = db.connection().dialect.name == "postgresql"
    assert (DriverSQL.of(BY_PARTNERSHIP_SINCE, db.connection().dialect) is not None) is (
        on_postgresql
    )


def test_values_still_pass_their_bind_processors(world: World, db: Session) -> None:
    # UTCDateTime refuses a naive datetime in its bind processor, on either path.
    naive = {"partnership": world.partnership.id, "since": datetime(2000, 1, 1)}
    with pytest.raises(Exception, match="naive datetime"):
        plain_rows(db, BY_PARTNERSHIP_SINCE, naive).all()


def test_statements_that_need_sqlalchemy_run_the_ordinary_way(world: World, db: Session) -> None:
    dialect = db.connection().dialect
    expanding = select(User.email).where(User.id.in_(bindparam("ids", expanding=True)))
    assert DriverSQL.of(expanding, dialect) is None
    ids = [u.id for u in world.users.values()][:2]
    assert len(plain_rows(db, expanding, {"ids": ids}).all()) == 2
    # A column its type must process (here an enumeration read back as its member).
    assert DriverSQL.of(select(User.role), dialect) is None
