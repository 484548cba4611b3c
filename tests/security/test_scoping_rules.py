"""Default-deny record scoping: every table declares how its records are reached, and
``readable`` refuses a model that declares nothing, declares a rule nobody registered, or is
declared never read through scoping. A refusal is a programming error, never a 404."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import MetaData, String, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

import api.main  # noqa: F401  (every router, so every model and every registered rule)
from api.db import Base
from api.infra.models import IdempotencyRecord
from api.reviews.models import ReviewChild
from api.security import scoping
from api.security.models import LoginThrottle, RefreshToken
from api.security.principal import Principal
from api.security.reach import Reach
from api.security.roles import Role
from api.security.scopes import ROLE_SCOPES

MEMBER = Principal(
    "user",
    uuid.uuid4(),
    uuid.uuid4(),
    uuid.uuid4(),
    Role.member,
    ROLE_SCOPES[Role.member],
)


def mapped_classes() -> dict[str, list[type[Any]]]:
    """Each table of the metadata, with the classes mapped to it."""
    by_table: dict[str, list[type[Any]]] = {name: [] for name in Base.metadata.tables}
    for mapper in Base.registry.mappers:
        for table in mapper.tables:
            by_table[table.name].append(mapper.class_)
    return by_table


def test_every_table_declares_how_its_records_are_reached() -> None:
    undeclared = []
    for table, classes in mapped_classes().items():
        if not classes:
            undeclared.append(f"{table} (no mapped class to declare a rule on)")
        for model in classes:
            reach = scoping.declared(model)
            if reach is None:
                undeclared.append(f"{table} ({model.__name__} has no __scoping__)")
            elif reach is not Reach.not_read:
                scoping.rule_of(model)  # a declared rule of its own is also registered
    assert not undeclared, "Declare __scoping__ (api.security.reach.Reach) for: " + ", ".join(
        undeclared
    )


def test_infrastructure_tables_are_declared_never_read_through_scoping() -> None:
    for model in (RefreshToken, LoginThrottle, IdempotencyRecord):
        assert scoping.declared(model) is Reach.not_read
        with pytest.raises(scoping.NoRecordRule, match="never read"):
            scoping.readable(select(model), model, MEMBER)


class Elsewhere(DeclarativeBase):
    """Models made up for these tests, kept out of the application's metadata."""

    metadata = MetaData()


class Undeclared(Elsewhere):
    __tablename__ = "undeclared_things"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    partnership_id: Mapped[uuid.UUID] = mapped_column()


class RuleNobodyRegistered(Elsewhere):
    __tablename__ = "unregistered_things"
    __scoping__ = Reach.rule

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    partnership_id: Mapped[uuid.UUID] = mapped_column()


def test_readable_refuses_a_model_with_no_declared_rule() -> None:
    """Not "anything in the partnership": a model nobody thought about is an error."""
    with pytest.raises(scoping.NoRecordRule, match="declares no record rule"):
        scoping.readable(select(Undeclared), Undeclared, MEMBER)
    with pytest.raises(scoping.NoRecordRule, match="none is registered"):
        scoping.readable(select(RuleNobodyRegistered), RuleNobodyRegistered, MEMBER)
    with pytest.raises(scoping.NoRecordRule):
        scoping.register(Undeclared, lambda statement, principal: statement)
    # Loading one record by id refuses it too, before any statement is sent.
    with Session() as session, pytest.raises(scoping.NoRecordRule):
        scoping.get_readable(session, Undeclared, uuid.uuid4(), MEMBER)


class Minute(ReviewChild, Elsewhere):
    """A kind of review record the application does not have (yet)."""

    __tablename__ = "minutes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    note: Mapped[str] = mapped_column(String(100))


def test_a_new_review_child_is_scoped_by_its_review_without_being_listed() -> None:
    assert scoping.declared(Minute) is Reach.rule
    assert {"partnership_id", "review_id"} <= set(Minute.__table__.columns.keys())
    sql = str(
        scoping.readable(select(Minute.id), Minute, MEMBER).compile(dialect=postgresql.dialect())
    )
    # The partnership, then the reviews the caller reaches (for a member: a seat on them).
    assert "minutes.partnership_id = %(partnership_id_1)s" in sql, sql
    assert "minutes.review_id IN (SELECT reviews.id" in sql, sql
    assert "review_members.user_id" in sql, sql
