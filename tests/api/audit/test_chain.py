"""The audit log is tamper-evident: each partnership's events (and the deployment's) form a
hash chain, and `cspr audit verify` names the first link an edit, a deletion or a reordering
broke."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from api.audit import service as audit
from api.audit.chain import DEPLOYMENT, Verification, seal, verify
from api.audit.models import AuditChainHead, AuditEvent
from api.db import get_engine, get_read_sessionmaker, get_sessionmaker
from tests.api.reviews.fixtures import Callers, Scenario
from tests.cli_tools import cspr
from tests.conftest import World


@dataclass
class Log:
    """A partnership's audit chain with events from every kind of writer in it."""

    world: World
    key: str

    def events(self, db: Session) -> list[AuditEvent]:
        db.expire_all()
        return list(
            db.scalars(
                select(AuditEvent)
                .where(AuditEvent.partnership_id == self.world.partnership.id)
                .order_by(AuditEvent.seq)
            )
        )


@pytest.fixture
def log(client: TestClient, callers: Callers, scenario: Scenario) -> Log:
    """Events from writes (the scenario's review, team and subjects), from reads that audit
    (identifying details, written at the end of a read), from refusals written in a
    transaction of their own, and sign-in failures to an unknown address (no partnership)."""
    for who in ("admin", "member"):
        assert (
            client.get(f"{scenario.url}/subjects", headers=callers.headers(who)).status_code == 200
        )
    missing = client.get(f"/api/v1/agencies/{uuid.uuid4()}", headers=callers.headers("admin"))
    assert missing.status_code == 404
    for _ in range(2):
        refused = client.post(
            "/api/v1/auth/token",
            data={
                "grant_type": "password",
                "username": "nobody@unknown.invalid",
                "password": "wrong-password-x",
            },
        )
        assert refused.status_code == 400
    world = callers.world
    return Log(world, str(world.partnership.id))


def chains(result: Verification) -> dict[str, int]:
    return {c.key: c.events for c in result.chains}


def verified(db: Session) -> Verification:
    db.expire_all()
    db.rollback()
    return verify(db)


def test_every_writer_chains_its_events(log: Log, db: Session) -> None:
    events = log.events(db)
    actions = {e.action for e in events}
    assert {"review.create", "subject.identifying_read", "access.not_found"} <= actions
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert len({e.hash for e in events}) == len(events)

    result = verified(db)
    assert result.broken == []
    counts = chains(result)
    assert counts[log.key] == len(events)
    assert counts[DEPLOYMENT] == 2


def test_the_audit_endpoint_shows_each_events_place_in_the_chain(
    client: TestClient, log: Log, callers: Callers, db: Session
) -> None:
    newest = log.events(db)[-1]
    page = client.get("/api/v1/audit", params={"limit": 1}, headers=callers.headers("admin"))
    assert page.status_code == 200
    [item] = page.json()["items"]
    assert (item["seq"], item["hash"]) == (newest.seq, newest.hash)


def _set(event_id: uuid.UUID, **values: object) -> None:
    with get_engine().begin() as conn:
        conn.execute(update(AuditEvent).where(AuditEvent.id == event_id).values(**values))


def _delete(event_id: uuid.UUID) -> None:
    with get_engine().begin() as conn:
        conn.execute(AuditEvent.__table__.delete().where(AuditEvent.id == event_id))


def edit_details(events: list[AuditEvent]) -> tuple[int, str]:
    _set(events[2].id, details={"fields": ["nothing to see"]})
    return events[2].seq, "does not match its hash"


def edit_actor_and_rehash_badly(events: list[AuditEvent]) -> tuple[int, str]:
    # Someone who edits the hash too, without the chain's previous hash, is still caught.
    _set(events[3].id, actor_id=str(uuid.uuid4()), hash="f" * 64)
    return events[3].seq, "does not match its hash"


def delete_one(events: list[AuditEvent]) -> tuple[int, str]:
    _delete(events[4].id)
    return events[5].seq, f"seq {events[4].seq} missing"


def delete_the_newest(events: list[AuditEvent]) -> tuple[int, str]:
    _delete(events[-1].id)
    return events[-1].seq, f"seq {events[-1].seq} missing at the end"


def swap_sequence_numbers(events: list[AuditEvent]) -> tuple[int, str]:
    first, second = events[1], events[2]
    _set(first.id, seq=-1)
    _set(second.id, seq=first.seq)
    _set(first.id, seq=second.seq)
    return first.seq, "does not match its hash"


def swap_contents(events: list[AuditEvent]) -> tuple[int, str]:
    first, second = events[2], events[3]
    _set(first.id, action=second.action, details=second.details, record_id=second.record_id)
    _set(second.id, action=first.action, details=first.details, record_id=first.record_id)
    return first.seq, "does not match its hash"


def move_to_no_partnership(events: list[AuditEvent]) -> tuple[int, str]:
    _set(events[1].id, partnership_id=None)
    return events[2].seq, f"seq {events[1].seq} missing"


Tamper = Callable[[list[AuditEvent]], tuple[int, str]]


@pytest.mark.parametrize(
    "tamper",
    [
        edit_details,
        edit_actor_and_rehash_badly,
        delete_one,
        delete_the_newest,
        swap_sequence_numbers,
        swap_contents,
        move_to_no_partnership,
    ],
)
def test_tampering_with_sql_breaks_the_chain_at_that_event(
    log: Log, db: Session, tamper: Tamper
) -> None:
    events = log.events(db)
    assert len(events) >= 7
    assert verified(db).broken == []

    seq, problem = tamper(events)

    result = verified(db)
    [broken] = [c for c in result.broken if c.key == log.key]
    assert broken.at_seq == seq
    assert problem in (broken.problem or "")


def test_deleting_a_chains_head_is_seen(log: Log, db: Session) -> None:
    with get_engine().begin() as conn:
        conn.execute(AuditChainHead.__table__.delete().where(AuditChainHead.chain_key == log.key))
    [broken] = verified(db).broken
    assert broken.key == log.key and "no head" in (broken.problem or "")


def test_cspr_audit_verify_prints_ok_with_counts(log: Log, db: Session) -> None:
    count = len(log.events(db))
    done = cspr("audit", "verify")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == f"OK: {count + 2} events in 2 chains"
    assert any(
        line.startswith(f"partnership TSCP {log.key}: {count} events, head seq {count} ")
        for line in lines
    ), lines
    assert any(line.startswith("deployment (no partnership): 2 events") for line in lines)


def test_cspr_audit_verify_names_the_first_broken_link(log: Log, db: Session) -> None:
    events = log.events(db)
    _set(events[3].id, outcome="failure")
    _delete(events[5].id)  # after the first break: not the one named

    done = cspr("audit", "verify")
    assert done.returncode == 1, done.stdout + done.stderr
    broken = [line for line in done.stdout.splitlines() if line.startswith("BROKEN")]
    assert broken == [
        f"BROKEN partnership TSCP {log.key} at seq {events[3].seq}, event {events[3].id}: "
        "the event does not match its hash (edited, moved or reordered)"
    ]
    assert "FAILED: 1 of 2 chains broken" in done.stderr


def test_concurrent_writers_keep_one_unbroken_chain(world: World, db: Session) -> None:
    """Writers in request transactions, in reads' autocommit sessions and in transactions of
    their own (refusals), all at once on one chain, leave no gap and no fork."""
    writers, each = 6, 8
    errors: list[Exception] = []
    start = threading.Barrier(writers)

    def write(n: int) -> None:
        try:
            start.wait(timeout=30)
            for i in range(each):
                kind = (n + i) % 3
                if kind == 0:
                    audit.record_detached(
                        "access.denied", partnership_id=world.partnership.id, actor=("system", None)
                    )
                    continue
                maker = get_sessionmaker() if kind == 1 else get_read_sessionmaker()
                with maker() as session:
                    audit.record(
                        session,
                        "test.write",
                        partnership_id=world.partnership.id,
                        actor=("system", None),
                        details={"writer": n, "i": i},
                    )
                    session.commit()
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not errors, errors
    result = verified(db)
    assert result.broken == []
    # Reads after the last write wait unchained; sealed, every event is in the one chain.
    key = str(world.partnership.id)
    assert {c.key: c.events + c.unchained for c in result.chains} == {key: writers * each}
    with get_sessionmaker()() as session:
        seal(session)
    result = verified(db)
    assert result.broken == [] and result.unchained == 0
    assert chains(result) == {key: writers * each}


def test_a_rolled_back_request_writes_no_event(world: World, db: Session) -> None:
    with get_sessionmaker()() as session:
        audit.record(session, "test.undone", partnership_id=world.partnership.id)
        session.rollback()
        session.commit()
    assert db.scalars(select(AuditEvent).where(AuditEvent.action == "test.undone")).all() == []


def _unchained(db: Session) -> list[AuditEvent]:
    db.expire_all()
    return list(db.scalars(select(AuditEvent).where(AuditEvent.seq.is_(None))))


def test_a_reads_event_waits_unchained_until_the_partnerships_next_change(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """A read's event is written without the chain's lock and shown as not yet chained; the
    partnership's next change chains it before its own events, and the chain verifies."""
    admin = callers.headers("admin")
    before = {e.id for e in _unchained(db)}
    assert client.get(f"{scenario.url}/subjects", headers=admin).status_code == 200
    new = [e for e in _unchained(db) if e.id not in before]
    assert new and {(e.action, e.hash) for e in new} == {("subject.identifying_read", None)}
    read = new[0]

    page = client.get(
        "/api/v1/audit", params={"action": "subject.identifying_read"}, headers=admin
    ).json()
    shown = next(item for item in page["items"] if item["id"] == str(read.id))
    assert (shown["seq"], shown["hash"]) == (None, None)
    result = verified(db)
    assert result.broken == []
    key = str(callers.world.partnership.id)
    assert next(c for c in result.chains if c.key == key).unchained >= 1

    added = client.post(
        f"{scenario.url}/subjects",
        headers=admin,
        json={"role": "sibling", "pseudonym": "Sibling Test"},
    )
    assert added.status_code == 201, added.text
    assert [e for e in _unchained(db) if e.partnership_id == callers.world.partnership.id] == []
    db.expire_all()
    chained = db.get(AuditEvent, read.id)
    create = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "subject.create").order_by(AuditEvent.seq)
    ).all()[-1]
    assert chained is not None and chained.seq is not None and create.seq is not None
    assert chained.seq < create.seq  # chained first: the chain keeps the order things happened
    result = verified(db)
    assert result.broken == [] and result.unchained == 0


def test_an_event_edited_while_waiting_is_chained_as_found_and_later_edits_show(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    """The chain vouches for an event from the moment it is chained: an edit after that
    breaks it at that event."""
    admin = callers.headers("admin")
    assert client.get(f"{scenario.url}/subjects", headers=admin).status_code == 200
    [read] = [e for e in _unchained(db) if e.action == "subject.identifying_read"][-1:]
    done = cspr("audit", "seal")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("chained ") and int(done.stdout.split()[1]) >= 1
    assert _unchained(db) == []
    db.expire_all()
    sealed = db.get(AuditEvent, read.id)
    assert sealed is not None and sealed.seq is not None
    _set(read.id, actor_id="someone-else")
    [broken] = verified(db).broken
    assert (broken.at_seq, broken.event_id) == (sealed.seq, read.id)


def test_cspr_audit_verify_counts_the_events_waiting(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    admin = callers.headers("admin")
    cspr("audit", "seal")
    for _ in range(3):
        assert client.get(f"{scenario.url}/subjects", headers=admin).status_code == 200
    waiting = len(_unchained(db))
    assert waiting >= 3  # an event for each subject shown, in each of the three reads
    done = cspr("audit", "verify")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1].startswith("OK: ")
    assert lines[-1].endswith(f"; {waiting} read events not yet chained")
    key = str(callers.world.partnership.id)
    assert any(
        line.startswith(f"partnership TSCP {key}: ")
        and line.endswith(f", {waiting} read events not yet chained")
        for line in lines
    ), lines


def test_a_reads_event_commits_without_waiting_for_the_flush_and_a_writes_wait(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    """On PostgreSQL a read's event is one statement in autocommit whose commit does not wait
    for the WAL flush (so an audited read holds nothing for a disk write); a write's events
    commit with the write, durably. SQLite has no such setting and is left as it is."""
    from sqlalchemy import event

    seen: list[str] = []

    def note(conn: object, cursor: object, statement: str, *_: object) -> None:
        if "audit_events" in statement and statement.lstrip().upper().startswith(("WITH", "INS")):
            seen.append(statement)

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", note)
    try:
        read = client.get(f"{scenario.url}/subjects", headers=callers.headers("admin"))
        assert read.status_code == 200
        on_read, seen[:] = list(seen), []
        added = client.post(
            f"{scenario.url}/subjects",
            headers=callers.headers("admin"),
            json={"role": "sibling", "pseudonym": "Sibling Test"},
        )
        assert added.status_code == 201, added.text
        on_write = list(seen)
    finally:
        event.remove(engine, "before_cursor_execute", note)
    assert on_read and on_write

    def relaxed(statements: list[str]) -> set[bool]:
        return {"set_config('synchronous_commit'" in s.replace('"', "'") for s in statements}

    assert relaxed(on_read) == {engine.dialect.name == "postgresql"}
    assert relaxed(on_write) == {False}
