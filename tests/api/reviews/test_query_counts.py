"""Requests cost a fixed number of SQL statements, whatever the page size or the amount of
data (a count, not a timing: counted with a cursor-execute listener on the engine)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event
from sqlalchemy.orm import Session

from api.db import get_engine
from api.users.models import Role, User
from tests.api.reviews.fixtures import Callers, Scenario, new_review
from tests.conftest import _PASSWORD_HASH


@contextmanager
def capturing() -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement the engine sends meanwhile, with its parameters."""
    statements: list[tuple[str, Any]] = []

    def capture(*args: Any) -> None:
        statements.append((args[2], args[3]))

    engine = get_engine()
    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", capture)


def cost(client: TestClient, url: str, headers: dict[str, str], **params: Any) -> int:
    client.get(url, headers=headers, params=params)  # warm caches (token keys, template)
    with capturing() as statements:
        response = client.get(url, headers=headers, params=params)
    assert response.status_code == 200, response.text
    return len(statements)


def grow(client: TestClient, callers: Callers, scenario: Scenario, db: Session) -> None:
    """More reviews, members, subjects and alerts."""
    for _ in range(12):
        new_review(client, callers)
    for n in range(4):
        agency = callers.world.agencies["health"] if n == 0 else None
        if agency is None:
            created = client.post(
                "/api/v1/agencies",
                headers=callers.headers("admin"),
                json={"name": f"School {n}", "kind": "education"},
            )
            agency_id = uuid.UUID(created.json()["id"])
        else:
            agency_id = agency.id
        user = User(
            partnership_id=callers.world.partnership.id,
            agency_id=agency_id,
            email=f"extra{n}@tscp.invalid",
            name=f"Extra {n}",
            role=Role.member,
            password_hash=_PASSWORD_HASH,
        )
        db.add(user)
        db.commit()
        assert (
            client.post(
                f"{scenario.url}/members",
                headers=callers.headers("admin"),
                json={"user_id": str(user.id)},
            ).status_code
            == 201
        )
    for n in range(5):
        subject = client.post(
            f"{scenario.url}/subjects",
            headers=callers.headers("admin"),
            json={"role": "sibling", "pseudonym": f"Sibling {n}"},
        ).json()
        client.post(
            f"{scenario.url}/alerts",
            headers=callers.headers("member"),
            json={"subject_id": subject["id"], "confirmed_on": "2026-02-20"},
        )
    client.post(
        f"{scenario.url}/members/{scenario.members['member']['id']}/declarations",
        headers=callers.headers("member"),
        json={"kind": "confidentiality"},
    )
    for kind in ("inquest", "criminal_trial", "family_court"):
        client.post(
            f"{scenario.url}/proceedings",
            headers=callers.headers("member"),
            json={"kind": kind, "holds_publication": True},
        )
    client.post(f"{scenario.url}/no-proceedings", headers=callers.headers("police_member"), json={})
    for n in range(6):
        add_practitioner(client, callers, scenario, "member" if n % 2 else "police_member", n)
    seats = client.get(f"{scenario.url}/members", headers=callers.headers("admin")).json()
    invited = client.get(f"{scenario.url}/practitioners", headers=callers.headers("admin")).json()
    for n in range(4):
        add_meeting(
            client,
            callers,
            scenario,
            n,
            [s["id"] for s in seats["items"]],
            [p["id"] for p in invited["items"]],
        )
    grow_report_and_plan(client, callers, scenario, 3)


def add_meeting(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    n: int,
    seat_ids: list[str],
    practitioner_ids: list[str],
) -> str:
    """A held meeting (alternately a team meeting and a learning event) with its attendance."""
    kind = "practitioner_learning_event" if n % 2 else "review_team_meeting"
    created = client.post(
        f"{scenario.url}/meetings",
        headers=callers.headers("lead"),
        json={"kind": kind, "held_at": f"2026-03-02T09:0{n}:00Z", "status": "held"},
    )
    assert created.status_code == 201, created.text
    recorded = client.put(
        created.headers["Location"] + "/attendance",
        headers={**callers.headers("lead"), "If-Match": created.headers["ETag"]},
        json={
            "members": [{"member_id": s, "status": "attended"} for s in seat_ids],
            "practitioners": [
                {"practitioner_id": p, "status": "attended"} for p in practitioner_ids
            ],
        },
    )
    assert recorded.status_code == 200, recorded.text
    return str(created.json()["id"])


def grow_report_and_plan(client: TestClient, callers: Callers, scenario: Scenario, n: int) -> None:
    """``n`` more drafts, each answered by both seated agencies, and ``n`` more rounds of
    publication-plan requests to every agency, the council's answered."""
    for k in range(n):
        draft = client.post(
            f"{scenario.url}/drafts",
            headers=callers.headers("lead"),
            json={"title": "Overview report", "version_label": f"grow-{n}-{k}"},
        ).json()
        for who in ("member", "police_member"):
            client.post(
                f"{scenario.url}/drafts/{draft['id']}/responses",
                headers=callers.headers(who),
                json={"response": "comments", "comments": "Paragraph 3"},
            )
        sent = client.post(
            f"{scenario.url}/publication-plan/requests-to-all-agencies",
            headers=callers.headers("admin"),
            json={"item": "other", "question": f"Question {n}-{k}?"},
        ).json()
        for request in sent["items"]:
            client.post(
                f"{scenario.url}/publication-plan/requests/{request['id']}/answers",
                headers=callers.headers("member"),
                json={"text": "An answer"},
            )


def add_practitioner(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, n: int
) -> str:
    created = client.post(
        f"{scenario.url}/practitioners",
        headers=callers.headers(who),
        json={"name": f"Practitioner {n}", "job_title": "Social worker"},
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


def log_contacts(client: TestClient, scenario: Scenario, headers: dict[str, str], pid: str) -> None:
    for n, kind in enumerate(("introduction", "update", "pre_event_briefing", "aftercare")):
        logged = client.post(
            f"{scenario.url}/practitioners/{pid}/contacts",
            headers={**headers, "Idempotency-Key": uuid.uuid4().hex},
            json={"kind": kind, "contacted_on": f"2026-02-1{n + 1}", "note": "Test contact"},
        )
        assert logged.status_code == 201, logged.text


def add_paperwork_and_actions(
    client: TestClient, callers: Callers, scenario: Scenario, n: int
) -> tuple[str, str]:
    """``n`` documents asked of the council, each with a version sent, and ``n`` council
    actions, each with progress and evidence; the first of each, by id."""
    council = str(callers.world.agencies["council"].id)
    made: list[tuple[str, str]] = []
    recommendation = client.post(
        f"{scenario.url}/recommendations",
        headers=callers.headers("lead"),
        json={"label": f"R{uuid.uuid4().hex[:6]}", "text": "A fictional recommendation."},
    ).json()
    for i in range(n):
        document = client.post(
            f"{scenario.url}/documents",
            headers=callers.headers("lead"),
            json={
                "agency_id": council,
                "kind": "chronology",
                "title": f"Chronology {i}",
                "due_on": "2026-04-03",
            },
        ).json()
        sent = client.post(
            f"{scenario.url}/documents/{document['id']}/versions",
            headers={
                **callers.headers("member"),
                "Content-Disposition": 'attachment; filename="c.pdf"',
            },
            content=b"%PDF-1.7\n% " + uuid.uuid4().hex.encode() + b"\n",
        )
        assert sent.status_code == 201, sent.text
        action = client.post(
            f"{scenario.url}/actions",
            headers=callers.headers("lead"),
            json={
                "recommendation_id": recommendation["id"],
                "agency_id": council,
                "title": f"Action {i}",
                "lead_name": "Jordan Example",
                "due_on": "2026-06-30",
                "expected_outcome": "Better.",
                "measure_of_success": "Measured.",
            },
        ).json()
        url = f"{scenario.url}/actions/{action['id']}"
        client.post(url + "/updates", headers=callers.headers("member"), json={"note": "Begun."})
        given = client.post(
            url + "/evidence",
            headers=callers.headers("member"),
            json={"kind": "note", "note": "Done (fictional)."},
        )
        assert given.status_code == 201, given.text
        made.append((document["id"], action["id"]))
    return made[0]


def add_learning(client: TestClient, callers: Callers, scenario: Scenario, n: int) -> str:
    """``n`` learning items, each shared by the council and checked; the first, by id."""
    theme = client.get(
        "/api/v1/learning-themes", headers=callers.headers("lead"), params={"limit": 1}
    ).json()["items"][0]["id"]
    made = []
    for i in range(n):
        item = client.post(
            f"{scenario.url}/learning",
            headers=callers.headers("lead"),
            json={"theme_id": theme, "title": f"Learning {i}", "description": "Fictional."},
        ).json()
        shared = client.post(
            f"{scenario.url}/learning/{item['id']}/disseminations",
            headers=callers.headers("member"),
            json={"method": "training", "on": "2026-03-02", "audience_size": 5},
        )
        assert shared.status_code == 201, shared.text
        checked = client.post(
            shared.headers["Location"] + "/landed",
            headers=callers.headers("member"),
            json={"on": "2026-03-02", "method": "feedback", "outcome": "landed"},
        )
        assert checked.status_code == 200, checked.text
        made.append(item["id"])
    return made[0]


def test_statement_counts_do_not_grow(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    member_id = scenario.members["member"]["id"]
    endpoints = {
        "review": scenario.url,
        "deadlines": f"{scenario.url}/deadlines",
        "checklist": f"{scenario.url}/members/{member_id}/checklist",
        "team": f"{scenario.url}/team",
        "members": f"{scenario.url}/members",
        "alerts": f"{scenario.url}/alerts",
        "proceedings": f"{scenario.url}/proceedings",
        "proceedings_none": f"{scenario.url}/no-proceedings",
        # Every practitioner on the page is an audited read: written in one statement.
        "practitioners": f"{scenario.url}/practitioners",
        "practitioner counts": f"{scenario.url}/practitioner-counts",
        "meetings": f"{scenario.url}/meetings",
        "attendance rates": f"{scenario.url}/attendance-rates",
        "drafts": f"{scenario.url}/drafts",
        "publication plan": f"{scenario.url}/publication-plan/requests",
    }
    callers_to_check = ("admin", "member", "council_system")
    logged = add_practitioner(client, callers, scenario, "member", 99)
    endpoints["contacts"] = f"{scenario.url}/practitioners/{logged}/contacts"
    log_contacts(client, scenario, callers.headers("member"), logged)
    seat_ids = [m["id"] for m in scenario.members.values()]
    meeting_id = add_meeting(client, callers, scenario, 0, seat_ids, [])
    # A meeting's attendance: its practitioners' names are audited reads, one statement.
    endpoints["attendance"] = f"{scenario.url}/meetings/{meeting_id}/attendance"
    grow_report_and_plan(client, callers, scenario, 1)
    draft_id = client.get(f"{scenario.url}/drafts", headers=callers.headers("admin")).json()[
        "items"
    ][0]["id"]
    endpoints["draft responses"] = f"{scenario.url}/drafts/{draft_id}/responses"
    document_id, action_id = add_paperwork_and_actions(client, callers, scenario, 1)
    endpoints["documents"] = f"{scenario.url}/documents"
    endpoints["document versions"] = f"{scenario.url}/documents/{document_id}/versions"
    # The action plan: scope actions:read, which the agency system here does not hold.
    planned = {
        "actions": f"{scenario.url}/actions",
        "action": f"{scenario.url}/actions/{action_id}",
        "recommendations": f"{scenario.url}/recommendations",
        "updates": f"{scenario.url}/actions/{action_id}/updates",
        "evidence": f"{scenario.url}/actions/{action_id}/evidence",
        "partnership action plan": "/api/v1/actions",
    }
    # Learning is read as the action plan is.
    learning_id = add_learning(client, callers, scenario, 1)
    planned["learning"] = f"{scenario.url}/learning"
    planned["disseminations"] = f"{scenario.url}/learning/{learning_id}/disseminations"
    plan_callers = ("admin", "member", "viewer")
    plan_before = {
        (who, name): cost(client, url, callers.headers(who))
        for who in plan_callers
        for name, url in planned.items()
    }
    # The action plan's files (read in batches of ``export.BATCH`` actions) and the annual
    # figures (one GROUP BY per figure), for the executive who reads them.
    reports = {
        "review export": f"{scenario.url}/actions/export?format=xlsx",
        "partnership export": "/api/v1/actions/export?format=csv",
        "figures": "/api/v1/figures?from=2026-01-01&to=2026-12-31",
    }
    reports_before = {
        (who, name): cost(client, url, callers.headers(who))
        for who in ("admin", "viewer")
        for name, url in reports.items()
    }
    before = {
        (who, name): cost(client, url, callers.headers(who))
        for who in callers_to_check
        for name, url in endpoints.items()
    }
    list_small = {
        who: cost(client, "/api/v1/reviews", callers.headers(who), limit=1)
        for who in callers_to_check
    }
    grow(client, callers, scenario, db)
    log_contacts(client, scenario, callers.headers("member"), logged)
    add_paperwork_and_actions(client, callers, scenario, 3)
    add_learning(client, callers, scenario, 3)
    after = {
        (who, name): cost(client, url, callers.headers(who))
        for who in callers_to_check
        for name, url in endpoints.items()
    }
    assert after == before
    plan_after = {
        (who, name): cost(client, url, callers.headers(who))
        for who in plan_callers
        for name, url in planned.items()
    }
    assert plan_after == plan_before
    reports_after = {
        (who, name): cost(client, url, callers.headers(who))
        for who in ("admin", "viewer")
        for name, url in reports.items()
    }
    assert reports_after == reports_before
    assert max(plan_after.values()) <= 8, plan_after
    for who in callers_to_check:
        assert cost(client, "/api/v1/reviews", callers.headers(who), limit=50) == list_small[who]
    # A deep cursor costs what page 1 costs.
    headers = callers.headers("admin")
    first = client.get("/api/v1/reviews", headers=headers, params={"limit": 3}).json()
    second = client.get(
        "/api/v1/reviews", headers=headers, params={"limit": 3, "cursor": first["next_cursor"]}
    ).json()
    assert (
        cost(client, "/api/v1/reviews", headers, limit=3, cursor=second["next_cursor"])
        == list_small["admin"]
    )
    # And the numbers are small: the caller, the review, then each endpoint's own reads.
    assert max(after.values()) <= 8, after
    # A checklist, with its seat, items and the evidence for its derived items, is one
    # statement, as a review is (besides the caller check).
    for who in callers_to_check:
        assert after[(who, "checklist")] == after[(who, "review")], after
    # A page with practitioners on it reads no review (its rows' rule reaches only rows of
    # reviews the caller reaches): the caller, the page, its audit event. An empty page
    # reads the review instead of writing an event, to answer 404 when it is out of reach.
    practitioners = f"{scenario.url}/practitioners"
    for who in ("admin", "member"):
        headers = callers.headers(who)
        with capturing() as statements:
            full = client.get(practitioners, headers=headers)
        assert full.json()["items"], who
        sent = [sql for sql, _ in statements]
        assert not any(sql.startswith("SELECT reviews.") for sql in sent), sent
        assert len(sent) == after[(who, "review")] + 1, (who, sent)
        with capturing() as statements:
            empty = client.get(practitioners, headers=headers, params={"active": "false"})
        assert empty.status_code == 200 and empty.json()["items"] == [], who
        assert any(sql.startswith("SELECT reviews.") for sql, _ in statements), statements


def plan_of(statement: str, parameters: Any) -> str:
    """The database's plan for ``statement``, preferring an index wherever one can serve (so a
    tiny test table still shows which conditions the index takes)."""
    engine = get_engine()
    with engine.connect() as connection:
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        if engine.dialect.name == "postgresql":
            cursor.execute("SET enable_seqscan = off")
            cursor.execute("EXPLAIN " + statement, parameters)
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
        plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
        connection.rollback()
    return plan


def test_a_deep_cursor_seeks_the_index_instead_of_scanning_to_it(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    """Page N starts where the index says the cursor is: on PostgreSQL the cursor's position
    is an index condition (a range the database seeks to), never a filter over the rows
    before it."""
    for _ in range(6):
        new_review(client, callers)
    for who in ("admin", "lead"):  # every review of the partnership; the reviews they lead
        headers = callers.headers(who)
        first = client.get("/api/v1/reviews", headers=headers, params={"limit": 1}).json()
        assert first["next_cursor"], first
        with capturing() as statements:
            response = client.get(
                "/api/v1/reviews",
                headers=headers,
                params={"limit": 1, "cursor": first["next_cursor"]},
            )
        assert response.status_code == 200, response.text
        [(statement, parameters)] = [s for s in statements if "FROM reviews" in s[0]]
        plan = plan_of(statement, parameters)
        if get_engine().dialect.name == "postgresql":
            index_conditions = [line for line in plan.splitlines() if "Index Cond" in line]
            assert any("ROW(updated_at, id) >" in line for line in index_conditions), plan
            assert "Filter: ((updated_at" not in plan, plan
        else:
            # SQLite (the embedded development database) searches the same index by
            # partnership and applies the row comparison as it walks it in order.
            assert "USING INDEX ix_reviews_partnership_updated" in plan, plan
            assert "(reviews.updated_at, reviews.id) > (?, ?)" in statement, statement
