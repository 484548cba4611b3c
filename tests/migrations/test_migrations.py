"""Alembic migrations on a fresh database: up, down and up again; no drift from the models;
and rows survive an upgrade/downgrade (the SQLite batch-copy cascade trap).

Each test gets its own database: a temporary SQLite file, or, when CSPR_TEST_DB=postgres, a
temporary PostgreSQL database created and dropped around the test.
"""

from __future__ import annotations

import os
import shutil
import textwrap
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, func, inspect, select
from sqlalchemy.engine import Connection, Engine

from api.config import ROOT
from api.db import make_engine
from api.models import Base

TEST_DB = os.environ.get("CSPR_TEST_DB", "sqlite")


def alembic_config(url: str, script_location: Path | None = None) -> Config:
    config = Config(str(ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(script_location or ROOT / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.attributes["configure_logger"] = False
    return config


@pytest.fixture
def fresh_url(tmp_path: Path) -> Iterator[str]:
    if TEST_DB != "postgres":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    import psycopg
    from psycopg import sql

    base = os.environ["CSPR_TEST_POSTGRES_URL"]
    name = f"cspr_migtest_{uuid.uuid4().hex[:12]}"
    admin = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    head, _, _ = base.rpartition("/")
    try:
        yield f"{head}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def engine(fresh_url: str) -> Iterator[Engine]:
    eng = make_engine(fresh_url)  # foreign keys ON, as the app runs
    yield eng
    eng.dispose()


def revisions() -> list[str]:
    """Revision ids from base to head (one linear history)."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = script.get_heads()
    assert len(heads) == 1, f"migrations have several heads: {heads}; merge them"
    return [r.revision for r in reversed(list(script.walk_revisions("base", "heads")))]


def tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def current(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def test_history_is_linear() -> None:
    assert revisions()[0] == "0001"


def test_upgrade_downgrade_upgrade(fresh_url: str, engine: Engine) -> None:
    config = alembic_config(fresh_url)
    model_tables = set(Base.metadata.tables)

    command.upgrade(config, "head")
    assert current(engine) == set(ScriptDirectory.from_config(config).get_heads())
    assert model_tables <= tables(engine)

    command.downgrade(config, "base")
    assert current(engine) == set()
    assert tables(engine) - {"alembic_version"} == set()

    command.upgrade(config, "head")
    assert model_tables <= tables(engine)


def test_every_step_up_and_down(fresh_url: str, engine: Engine) -> None:
    config = alembic_config(fresh_url)
    chain = revisions()
    for revision in chain:
        command.upgrade(config, revision)
        assert current(engine) == {revision}
    for revision in reversed(chain[:-1]):
        command.downgrade(config, revision)
        assert current(engine) == {revision}
    command.downgrade(config, "base")
    assert current(engine) == set()


def _compare(conn: Connection) -> list[Any]:
    context = MigrationContext.configure(
        conn, opts={"compare_type": True, "compare_server_default": False}
    )
    diff: list[Any] = compare_metadata(context, Base.metadata)
    return diff


def test_models_and_migrations_do_not_drift(fresh_url: str, engine: Engine) -> None:
    command.upgrade(alembic_config(fresh_url), "head")
    with engine.connect() as conn:
        diff = _compare(conn)
    assert diff == [], (
        "The models and the migrations disagree; generate a revision "
        f"(alembic revision --autogenerate): {diff}"
    )


# --- data survives --------------------------------------------------------------------------


def _uid(conn: Connection, value: uuid.UUID) -> Any:
    return value.hex if conn.dialect.name == "sqlite" else value


def insert_foundation_rows(conn: Connection) -> dict[str, int]:
    """Parents and children in the 0001 tables, through reflection (so it works at any later
    revision), with every kind of foreign-key action: RESTRICT, CASCADE, SET NULL."""
    meta = MetaData()
    meta.reflect(
        conn,
        only=[
            "partnerships",
            "agencies",
            "users",
            "api_clients",
            "refresh_tokens",
            "audit_events",
            "idempotency_records",
        ],
    )
    t = meta.tables
    now = datetime.now(UTC)
    p, a, u, c = uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    stamps = {"created_at": now, "updated_at": now}
    conn.execute(
        t["partnerships"]
        .insert()
        .values(
            id=_uid(conn, p),
            code="MIGT",
            name="Migration Test Partnership",
            contact_directory=[],
            rule_set="WT2023",
            rule_overrides={},
            version=1,
            **stamps,
        )
    )
    conn.execute(
        t["agencies"]
        .insert()
        .values(
            id=_uid(conn, a),
            partnership_id=_uid(conn, p),
            name="Migration Police",
            kind="police",
            active=True,
            version=1,
            **stamps,
        )
    )
    conn.execute(
        t["users"]
        .insert()
        .values(
            id=_uid(conn, u),
            partnership_id=_uid(conn, p),
            agency_id=_uid(conn, a),
            email="mig@test.invalid",
            name="Mig Member",
            role="member",
            active=True,
            password_hash="$argon2id$x",
            version=1,
            **stamps,
        )
    )
    conn.execute(
        t["api_clients"]
        .insert()
        .values(
            id=_uid(conn, c),
            partnership_id=_uid(conn, p),
            agency_id=_uid(conn, a),
            client_id="cspr_c_mig",
            name="Mig System",
            secret_hash="$argon2id$x",
            scopes=["reviews:read"],
            active=True,
            created_by_id=_uid(conn, u),
            version=1,
            **stamps,
        )
    )
    for i in range(3):
        conn.execute(
            t["refresh_tokens"]
            .insert()
            .values(
                id=_uid(conn, uuid.uuid4()),
                partnership_id=_uid(conn, p),
                user_id=_uid(conn, u),
                family_id=_uid(conn, uuid.uuid4()),
                token_hash=f"{i:064d}",
                scope="",
                issued_at=now,
                expires_at=now,
            )
        )
    chained = {"seq": 1, "hash": "0" * 64} if "seq" in t["audit_events"].c else {}
    conn.execute(
        t["audit_events"]
        .insert()
        .values(
            id=_uid(conn, uuid.uuid4()),
            partnership_id=_uid(conn, p),
            occurred_at=now,
            actor_type="user",
            actor_id=str(u),
            action="mig.test",
            outcome="success",
            details={},
            **chained,
        )
    )
    idempotency = t["idempotency_records"]
    answer: dict[str, Any] = (
        {"response_body": "{}", "response_headers": {}}  # before 0004: the answer itself
        if "response_body" in idempotency.c
        else {"replay": "read", "read_path": "/x/1"}
    )
    conn.execute(
        idempotency.insert().values(
            id=_uid(conn, uuid.uuid4()),
            partnership_id=_uid(conn, p),
            principal=f"user:{u}",
            key="k",
            method="POST",
            path="/x",
            request_hash="h",
            status_code=201,
            created_at=now,
            **answer,
        )
    )
    return count_rows(conn)


def count_rows(conn: Connection) -> dict[str, int]:
    meta = MetaData()
    meta.reflect(
        conn,
        only=[
            "partnerships",
            "agencies",
            "users",
            "api_clients",
            "refresh_tokens",
            "audit_events",
            "idempotency_records",
        ],
    )
    counts = {
        name: int(conn.scalar(select(func.count()).select_from(table)) or 0)
        for name, table in meta.tables.items()
    }
    counts["clients_with_creator"] = int(
        conn.scalar(
            select(func.count())
            .select_from(meta.tables["api_clients"])
            .where(meta.tables["api_clients"].c.created_by_id.is_not(None))
        )
        or 0
    )
    return counts


def lasting(counts: dict[str, int]) -> dict[str, int]:
    """The counts of records that must survive any revision. Idempotency records are a day's
    cache of answers, not data, and a revision may empty it: 0004 does, as the answers it
    held were in clear and its keys became digests. (A table rebuild must still keep them.)"""
    return {name: n for name, n in counts.items() if name != "idempotency_records"}


def test_rows_survive_the_latest_revision(fresh_url: str, engine: Engine) -> None:
    chain = revisions()
    if len(chain) < 2:
        pytest.skip(
            "only one revision: nothing to carry rows across yet "
            "(test_rows_survive_a_table_rebuild covers the mechanism)"
        )
    config = alembic_config(fresh_url)
    command.upgrade(config, chain[-2])
    with engine.begin() as conn:
        before = lasting(insert_foundation_rows(conn))
    command.upgrade(config, "head")
    with engine.connect() as conn:
        assert lasting(count_rows(conn)) == before
    command.downgrade(config, chain[-2])
    with engine.connect() as conn:
        assert lasting(count_rows(conn)) == before


PROBE = '''\
"""qa probe: rebuild the parent tables (a batch copy on SQLite)

Revision ID: 9999qa
Revises: {down}
"""

import sqlalchemy as sa
from alembic import op

revision = "9999qa"
down_revision = "{down}"
branch_labels = None
depends_on = None

PARENTS = ("partnerships", "agencies", "users")


def _recreate() -> str:
    # SQLite copies the table (the trap); PostgreSQL alters in place.
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    for name in PARENTS:
        with op.batch_alter_table(name, recreate=_recreate()) as batch:
            batch.add_column(sa.Column("qa_probe", sa.String(10), nullable=True))


def downgrade() -> None:
    for name in PARENTS:
        with op.batch_alter_table(name, recreate=_recreate()) as batch:
            batch.drop_column("qa_probe")
'''


def test_rows_survive_a_table_rebuild(fresh_url: str, engine: Engine, tmp_path: Path) -> None:
    """A revision that rebuilds the parent tables (as SQLite batch migrations do) must not
    cascade into their children: env.py switches foreign keys off for migrations."""
    scripts = tmp_path / "migrations"
    shutil.copytree(ROOT / "migrations", scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = revisions()[-1]
    (scripts / "versions" / "29991231_9999qa_probe.py").write_text(
        textwrap.dedent(PROBE).format(down=head)
    )
    config = alembic_config(fresh_url, scripts)

    command.upgrade(config, head)
    with engine.begin() as conn:
        before = insert_foundation_rows(conn)
    assert before["refresh_tokens"] == 3 and before["clients_with_creator"] == 1

    command.upgrade(config, "9999qa")
    assert current(engine) == {"9999qa"}
    with engine.connect() as conn:
        assert count_rows(conn) == before
    command.downgrade(config, head)
    assert current(engine) == {head}  # the version row was kept: the pragma change committed
    with engine.connect() as conn:
        assert count_rows(conn) == before
        # Foreign keys are enforced again on the app's connections afterwards.
        if conn.dialect.name == "sqlite":
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    command.downgrade(config, "base")
    assert tables(engine) - {"alembic_version"} == set()


# --- the audit chain ------------------------------------------------------------------------


def _insert_unchained_events(conn: Connection) -> None:
    """Audit events as they were before the chain: some in the partnership that
    insert_foundation_rows made, some with none, two sharing a timestamp."""
    meta = MetaData()
    meta.reflect(conn, only=["audit_events", "partnerships"])
    t = meta.tables
    partnership = conn.scalar(select(t["partnerships"].c.id))
    start = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    for minute, owner, action in (
        (1, partnership, "review.create"),
        (2, None, "auth.login"),
        (2, partnership, "subject.identifying_read"),
        (3, None, "auth.client"),
        (4, partnership, "member.add"),
    ):
        conn.execute(
            t["audit_events"]
            .insert()
            .values(
                id=_uid(conn, uuid.uuid4()),
                partnership_id=owner,
                occurred_at=start + timedelta(minutes=minute),
                actor_type="anonymous" if owner is None else "user",
                actor_id=None,
                action=action,
                outcome="success" if owner else "failure",
                ip_address="192.0.2.44",
                details={"reason": "bad_credentials"} if owner is None else {"n": minute},
            )
        )


def _verified(engine: Engine) -> dict[str, int]:
    from sqlalchemy.orm import Session

    from api.audit.chain import verify

    with Session(engine) as session:
        result = verify(session)
    assert result.broken == [], [(c.key, c.problem, c.at_seq) for c in result.broken]
    return {c.key: c.events for c in result.chains}


def test_the_audit_chain_migration_chains_existing_events_and_keeps_them(
    fresh_url: str, engine: Engine
) -> None:
    """Events written before the chain existed are chained in timestamp order, so verify
    passes right after the upgrade; nothing is lost down and up again."""
    config = alembic_config(fresh_url)
    before_chain = ScriptDirectory.from_config(config).get_revision("0005").down_revision
    assert isinstance(before_chain, str)
    command.upgrade(config, before_chain)
    with engine.begin() as conn:
        insert_foundation_rows(conn)
        _insert_unchained_events(conn)
        before = count_rows(conn)

    command.upgrade(config, "head")
    with engine.connect() as conn:
        assert count_rows(conn) == before
    chains = _verified(engine)
    assert sorted(chains.values()) == [2, 4]  # the deployment's two, the partnership's four
    with engine.connect() as conn:
        meta = MetaData()
        meta.reflect(conn, only=["audit_events"])
        events = meta.tables["audit_events"]
        order = conn.execute(
            select(events.c.seq, events.c.occurred_at)
            .where(events.c.partnership_id.is_not(None))
            .order_by(events.c.seq)
        ).all()
    assert [seq for seq, _ in order] == [1, 2, 3, 4]
    assert [at for _, at in order] == sorted(at for _, at in order)

    command.downgrade(config, before_chain)
    with engine.connect() as conn:
        assert count_rows(conn) == before
    command.upgrade(config, "head")
    assert _verified(engine) == chains


# --- family involvement notes encrypted (revision 0006) -------------------------------------


def test_family_notes_are_encrypted_by_0006_and_decrypted_back(
    fresh_url: str, engine: Engine
) -> None:
    """Existing notes are encrypted on the way up, bound to their review, and come back as
    they were on the way down; the review's children survive the table's rebuild."""
    from api.security.crypto import get_cipher

    config = alembic_config(fresh_url)
    before = ScriptDirectory.from_config(config).get_revision("0006").down_revision
    assert isinstance(before, str)
    command.upgrade(config, before)
    notes = "Fictional: Mother met the reviewer; Father wrote back."
    with engine.begin() as conn:
        insert_foundation_rows(conn)
        meta = MetaData()
        meta.reflect(conn, only=["partnerships", "reviews", "review_transitions"])
        t = meta.tables
        partnership = conn.execute(select(t["partnerships"].c.id)).scalar_one()
        now = datetime.now(UTC)
        ids = {"noted": uuid.uuid4(), "silent": uuid.uuid4()}
        for n, (key, review_id) in enumerate(ids.items(), start=1):
            conn.execute(
                t["reviews"]
                .insert()
                .values(
                    id=_uid(conn, review_id),
                    partnership_id=partnership,
                    reference=f"MIGT-2026-{n:03d}",
                    reference_year=2026,
                    reference_number=n,
                    child_pseudonym="Child M",
                    incident_kind="serious_harm",
                    status="notified",
                    incident_on=now.date(),
                    became_aware_on=now.date(),
                    tor_key_lines_of_enquiry=[],
                    family_involvement_notes=notes if key == "noted" else None,
                    version=1,
                    created_at=now,
                    updated_at=now,
                )
            )
        conn.execute(
            t["review_transitions"]
            .insert()
            .values(
                id=_uid(conn, uuid.uuid4()),
                partnership_id=partnership,
                review_id=_uid(conn, ids["noted"]),
                from_status="notified",
                to_status="rapid_review",
                reason="Migration test",
                overridden=[],
                actor_type="user",
                actor_id=_uid(conn, uuid.uuid4()),
                occurred_at=now,
            )
        )
        counts = count_rows(conn)

    def columns() -> dict[str, dict[str, Any]]:
        with engine.connect() as conn:
            reviews = _table(conn, "reviews")
            rows = conn.execute(select(reviews)).all()
            return {row._mapping["reference"]: dict(row._mapping) for row in rows}

    command.upgrade(config, "0006")
    after = columns()
    assert "family_involvement_notes" not in after["MIGT-2026-001"]
    sealed = after["MIGT-2026-001"]["family_involvement_notes_enc"]
    assert sealed.startswith("v1:") and "Mother" not in sealed
    context = f"reviews.family_involvement_notes:{ids['noted']}"
    assert get_cipher().decrypt(sealed, context) == notes
    assert after["MIGT-2026-002"]["family_involvement_notes_enc"] is None
    with engine.connect() as conn:
        assert count_rows(conn) == counts
        assert conn.scalar(select(func.count()).select_from(_table(conn, "review_transitions")))

    command.downgrade(config, before)
    back = columns()
    assert "family_involvement_notes_enc" not in back["MIGT-2026-001"]
    assert back["MIGT-2026-001"]["family_involvement_notes"] == notes
    assert back["MIGT-2026-002"]["family_involvement_notes"] is None
    with engine.connect() as conn:
        assert count_rows(conn) == counts
        assert conn.scalar(select(func.count()).select_from(_table(conn, "review_transitions")))


def _table(conn: Connection, name: str) -> Any:
    meta = MetaData()
    meta.reflect(conn, only=[name])
    return meta.tables[name]


# --- parallel proceedings become records (revision 0008) -------------------------------------


def test_declared_proceedings_become_records_with_0008_and_none_is_kept_dated(
    fresh_url: str, engine: Engine
) -> None:
    """Every free-text proceedings declaration made before 0008 is found afterwards: each
    proceeding listed as a record of the seat's agency (an unknown kind as ``other``, the
    declared kind kept in the note; the same one declared twice copied once), each empty list
    as a dated "none"; the declarations stay, so the way down loses nothing."""
    config = alembic_config(fresh_url)
    before = ScriptDirectory.from_config(config).get_revision("0008").down_revision
    assert isinstance(before, str)
    command.upgrade(config, before)
    with engine.begin() as conn:
        insert_foundation_rows(conn)
        meta = MetaData()
        meta.reflect(
            conn,
            only=["partnerships", "agencies", "users", "reviews", "review_members"],
        )
        meta.reflect(conn, only=["member_declarations"])
        t = meta.tables
        partnership = conn.execute(select(t["partnerships"].c.id)).scalar_one()
        agency = conn.execute(select(t["agencies"].c.id)).scalar_one()
        user = conn.execute(select(t["users"].c.id)).scalar_one()
        now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
        review, seat = uuid.uuid4(), uuid.uuid4()
        conn.execute(
            t["reviews"]
            .insert()
            .values(
                id=_uid(conn, review),
                partnership_id=partnership,
                reference="MIGT-2026-001",
                reference_year=2026,
                reference_number=1,
                child_pseudonym="Child M",
                incident_kind="serious_harm",
                status="in_review",
                incident_on=now.date(),
                became_aware_on=now.date(),
                tor_key_lines_of_enquiry=[],
                version=1,
                created_at=now,
                updated_at=now,
            )
        )
        conn.execute(
            t["review_members"]
            .insert()
            .values(
                id=_uid(conn, seat),
                partnership_id=partnership,
                review_id=_uid(conn, review),
                user_id=user,
                agency_id=agency,
                deputy=False,
                joined_on=now.date(),
                version=1,
                created_at=now,
                updated_at=now,
            )
        )
        declared = [
            (now - timedelta(days=9), []),
            (
                now - timedelta(days=5),
                [
                    {"kind": "criminal_investigation", "description": "Fictional: MIT enquiry"},
                    {"kind": "coroner's inquest", "description": None},
                ],
            ),
            (
                now - timedelta(days=1),
                [{"kind": "criminal_investigation", "description": ("Fictional: MIT enquiry")}],
            ),
        ]
        for at, listed in declared:
            conn.execute(
                t["member_declarations"]
                .insert()
                .values(
                    id=_uid(conn, uuid.uuid4()),
                    partnership_id=partnership,
                    review_id=_uid(conn, review),
                    member_id=_uid(conn, seat),
                    kind="parallel_proceedings",
                    payload={"proceedings": listed},
                    declared_by_type="user",
                    declared_by_id=user,
                    declared_at=at,
                )
            )
        conn.execute(
            t["member_declarations"]
            .insert()
            .values(
                id=_uid(conn, uuid.uuid4()),
                partnership_id=partnership,
                review_id=_uid(conn, review),
                member_id=_uid(conn, seat),
                kind="confidentiality",
                payload={},
                declared_by_type="user",
                declared_by_id=user,
                declared_at=now,
            )
        )

    def declarations() -> int:
        with engine.connect() as conn:
            table = _table(conn, "member_declarations")
            return int(conn.scalar(select(func.count()).select_from(table)) or 0)

    command.upgrade(config, "0008")
    with engine.connect() as conn:
        records = (
            conn.execute(select(_table(conn, "parallel_proceedings")).order_by("kind"))
            .mappings()
            .all()
        )
        nones = conn.execute(select(_table(conn, "no_proceedings_declarations"))).mappings().all()
    assert [(r["kind"], r["status"], r["holds_publication"]) for r in records] == [
        ("criminal_investigation", "active", False),
        ("other", "active", False),
    ]
    investigation, other = records
    assert "Fictional: MIT enquiry" in investigation["note"]
    assert "Declared as: coroner's inquest." in other["note"]
    assert {str(uuid.UUID(str(r["agency_id"]))) for r in records} == {str(uuid.UUID(str(agency)))}
    assert {str(uuid.UUID(str(r["review_id"]))) for r in records} == {str(review)}
    assert [str(n["declared_on"]) for n in nones] == [(now - timedelta(days=9)).date().isoformat()]
    assert str(uuid.UUID(str(nones[0]["agency_id"]))) == str(uuid.UUID(str(agency)))
    assert declarations() == 4  # kept as history

    command.downgrade(config, before)
    assert "parallel_proceedings" not in tables(engine)
    assert declarations() == 4


# --- learning themes and draft files ---------------------------------------------------------


def test_0014_gives_every_existing_partnership_the_default_themes(
    fresh_url: str, engine: Engine
) -> None:
    config = alembic_config(fresh_url)
    command.upgrade(config, "0013")
    with engine.begin() as conn:
        insert_foundation_rows(conn)
    command.upgrade(config, "0014")
    with engine.connect() as conn:
        themes = _table(conn, "learning_themes")
        names = conn.scalars(select(themes.c.name).order_by(themes.c.name)).all()
    from api.learning.models import DEFAULT_THEMES

    assert names == sorted(DEFAULT_THEMES)
    command.downgrade(config, "0013")
    assert "learning_themes" not in tables(engine)


def test_0015_keeps_every_draft_and_its_responses(fresh_url: str, engine: Engine) -> None:
    """0015 rebuilds report_drafts on SQLite; the responses that cascade from it stay."""
    config = alembic_config(fresh_url)
    command.upgrade(config, "0014")
    with engine.begin() as conn:
        insert_foundation_rows(conn)
        meta = MetaData()
        meta.reflect(
            conn,
            only=["partnerships", "agencies", "users", "reviews", "review_members"],
        )
        meta.reflect(conn, only=["report_drafts", "report_draft_responses"])
        t = meta.tables
        partnership = conn.execute(select(t["partnerships"].c.id)).scalar_one()
        agency = conn.execute(select(t["agencies"].c.id)).scalar_one()
        user = conn.execute(select(t["users"].c.id)).scalar_one()
        now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
        review, seat, draft = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        stamps = {"version": 1, "created_at": now, "updated_at": now}
        conn.execute(
            t["reviews"]
            .insert()
            .values(
                id=_uid(conn, review),
                partnership_id=partnership,
                reference="MIGT-2026-002",
                reference_year=2026,
                reference_number=2,
                child_pseudonym="Child D",
                incident_kind="serious_harm",
                status="drafting",
                incident_on=now.date(),
                became_aware_on=now.date(),
                tor_key_lines_of_enquiry=[],
                **stamps,
            )
        )
        owned = {"partnership_id": partnership, "review_id": _uid(conn, review)}
        conn.execute(
            t["review_members"]
            .insert()
            .values(
                id=_uid(conn, seat),
                user_id=user,
                agency_id=agency,
                deputy=False,
                joined_on=now.date(),
                **owned,
                **stamps,
            )
        )
        conn.execute(
            t["report_drafts"]
            .insert()
            .values(
                id=_uid(conn, draft),
                title="Overview report (fictional)",
                version_label="v0.1",
                circulated_on=now.date(),
                circulated_by_type="user",
                circulated_by_id=user,
                **owned,
                **stamps,
            )
        )
        for response in ("comments", "signed_off"):
            conn.execute(
                t["report_draft_responses"]
                .insert()
                .values(
                    id=_uid(conn, uuid.uuid4()),
                    draft_id=_uid(conn, draft),
                    member_id=_uid(conn, seat),
                    agency_id=agency,
                    response=response,
                    comments="Fictional comments." if response == "comments" else None,
                    responded_by_type="user",
                    responded_by_id=user,
                    responded_at=now,
                    **owned,
                )
            )

    def kept() -> tuple[int, int]:
        with engine.connect() as conn:
            drafts = _table(conn, "report_drafts")
            responses = _table(conn, "report_draft_responses")
            return (
                int(conn.scalar(select(func.count()).select_from(drafts)) or 0),
                int(conn.scalar(select(func.count()).select_from(responses)) or 0),
            )

    assert kept() == (1, 2)
    command.upgrade(config, "0015")
    assert kept() == (1, 2)
    command.downgrade(config, "0014")
    assert kept() == (1, 2)
