"""The learning action plan over HTTP: recommendations and SMART actions written by the
review's managers; progress and evidence from the owning agency (its member, or its system
with an Idempotency-Key); evidence accepted or returned; sign-off only with accepted evidence
unless an administrator overrides; the RAG status derived from dates; what a viewer may not
read; files as evidence; the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.actions.models import Action, Evidence
from api.audit.models import AuditEvent
from tests.api.documents.helpers import PDF, PROGRAM, sha
from tests.api.practitioners.helpers import system
from tests.api.reports.helpers import agency
from tests.api.reviews.fixtures import Callers, Scenario

ACTION = {
    "title": "Add the child's own words to the home-visit template",
    "lead_name": "Jordan Example",
    "due_on": "2026-05-29",
    "expected_outcome": "Every home-visit record quotes the child.",
    "measure_of_success": "18 of 20 audited records quote the child.",
}


def recommend(
    client: TestClient, callers: Callers, scenario: Scenario, who: str = "lead", label: str = "R1"
) -> Any:
    return client.post(
        f"{scenario.url}/recommendations",
        headers=callers.headers(who),
        json={"label": label, "text": "Hear the voice of the child directly (fictional)."},
    )


def add_action(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    who: str = "lead",
    label: str = "R1",
    **body: Any,
) -> Any:
    recommendation = recommend(client, callers, scenario, label=label).json()
    return client.post(
        f"{scenario.url}/actions",
        headers=callers.headers(who),
        json={
            "recommendation_id": recommendation["id"],
            "agency_id": agency(callers, "council"),
            **ACTION,
            **body,
        },
    )


def actions(db: Session) -> list[str]:
    db.expire_all()
    return list(
        db.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.record_type.in_(["action", "evidence", "action_update"]))
            .order_by(AuditEvent.occurred_at, AuditEvent.id)
        )
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 201),
        ("other_lead", 404),
        ("member", 403),
        ("police_member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("outsider", 404),
    ],
)
def test_who_may_add_an_action(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, who: str, status: int
) -> None:
    recommendation = recommend(client, callers, scenario).json()
    response = client.post(
        f"{scenario.url}/actions",
        headers=callers.headers(who),
        json={
            "recommendation_id": recommendation["id"],
            "agency_id": agency(callers, "council"),
            **ACTION,
        },
    )
    assert response.status_code == status, response.text
    db.expire_all()
    assert db.scalar(select(func.count(Action.id))) == (1 if status == 201 else 0)
    if status == 201:
        shown = response.json()
        assert shown["status"] == "not_started" and shown["rag"] == "green"
        assert shown["evidence"] == {"submitted": 0, "accepted": 0, "returned": 0}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"due_on": "31/05/2026"}, "body.due_on"),
        ({"title": ""}, "body.title"),
        ({"agency_id": "00000000-0000-4000-8000-000000000000"}, "body.agency_id"),
        ({"rag": "green"}, "body.rag"),  # derived, never typed in
        ({"status": "completed"}, "body.status"),
    ],
)
def test_bad_actions_are_refused_and_change_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    body: dict[str, Any],
    field: str,
) -> None:
    response = add_action(client, callers, scenario, **body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in [e["field"] for e in response.json()["errors"]]
    db.expire_all()
    assert db.scalar(select(func.count(Action.id))) == 0


def test_an_action_from_recommendation_to_sign_off_with_accepted_evidence(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    action = add_action(client, callers, scenario).json()
    url = f"{scenario.url}/actions/{action['id']}"
    progress = client.post(
        url + "/updates",
        headers=callers.headers("member"),
        json={"note": "Template drafted.", "status": "in_progress"},
    )
    assert progress.status_code == 201, progress.text
    other = client.post(
        url + "/updates", headers=callers.headers("police_member"), json={"note": "Not ours."}
    )
    assert other.status_code == 403
    note = client.post(
        url + "/evidence",
        headers=callers.headers("member"),
        json={"kind": "note", "note": "Audit of 20 records: 12 quote the child."},
    )
    assert note.status_code == 201, note.text
    refused = client.post(
        url + "/sign-off", headers=callers.headers("lead"), json={"reason": "Looks done"}
    )
    assert refused.status_code == 409, refused.text
    assert refused.json()["unmet"][0]["code"] == "accepted_evidence"
    decide = url + "/evidence/{}/decision"
    bare = client.post(
        decide.format(note.json()["id"]),
        headers=callers.headers("lead"),
        json={"decision": "returned"},
    )
    assert bare.status_code == 422
    returned = client.post(
        decide.format(note.json()["id"]),
        headers=callers.headers("lead"),
        json={"decision": "returned", "comment": "12 of 20 is short of the measure."},
    )
    assert returned.status_code == 200 and returned.json()["status"] == "returned"
    link = client.post(
        url + "/evidence",
        headers=callers.headers("member"),
        json={"kind": "link", "url": "https://intranet.example/audits/2026-05"},
    )
    assert link.status_code == 201, link.text
    by_member = client.post(
        decide.format(link.json()["id"]),
        headers=callers.headers("member"),
        json={"decision": "accepted"},
    )
    assert by_member.status_code == 403
    accepted = client.post(
        decide.format(link.json()["id"]),
        headers=callers.headers("lead"),
        json={"decision": "accepted"},
    )
    assert accepted.status_code == 200, accepted.text
    shown = client.get(url, headers=callers.headers("viewer")).json()
    assert shown["evidence"] == {"submitted": 0, "accepted": 1, "returned": 1}
    assert shown["status"] == "in_progress"
    signed = client.post(
        url + "/sign-off", headers=callers.headers("lead"), json={"reason": "Audit shows it."}
    )
    assert signed.status_code == 200, signed.text
    assert signed.json()["status"] == "signed_off" and signed.json()["rag"] == "closed"
    assert signed.json()["override_reason"] is None
    late = client.post(url + "/updates", headers=callers.headers("member"), json={"note": "More"})
    assert late.status_code == 409 and late.json()["code"] == "closed"
    assert actions(db) == [
        "action.created",
        "action.progress_recorded",
        "evidence.submitted",
        "evidence.returned",
        "evidence.submitted",
        "evidence.accepted",
        "action.signed_off",
    ]


def test_only_an_administrator_signs_off_without_evidence_and_says_why(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    action = add_action(client, callers, scenario).json()
    url = f"{scenario.url}/actions/{action['id']}/sign-off"
    body = {"reason": "Evidence held in the agency's audit system.", "override": True}
    by_lead = client.post(url, headers=callers.headers("lead"), json=body)
    assert by_lead.status_code == 403
    by_admin = client.post(url, headers=callers.headers("admin"), json=body)
    assert by_admin.status_code == 200, by_admin.text
    assert by_admin.json()["override_reason"] == body["reason"]


def test_a_viewer_reads_the_plan_without_personal_data(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    action = add_action(client, callers, scenario).json()
    url = f"{scenario.url}/actions/{action['id']}"
    client.post(url + "/updates", headers=callers.headers("member"), json={"note": "Started."})
    client.post(
        url + "/evidence",
        headers=callers.headers("member"),
        json={"kind": "note", "note": "Named staff trained (fictional)."},
    )
    viewer = callers.headers("viewer")
    shown = client.get(url, headers=viewer).json()
    assert shown["lead_name"] is None and shown["lead_withheld"] is True
    updates = client.get(url + "/updates", headers=viewer).json()["items"]
    assert [u["note"] for u in updates] == [None]
    evidence = client.get(url + "/evidence", headers=viewer).json()["items"]
    assert evidence[0]["note"] is None and evidence[0]["details_withheld"] is True
    police = client.get(url + "/evidence", headers=callers.headers("police_member")).json()
    assert police["items"][0]["note"] is None
    lead = client.get(url + "/evidence", headers=callers.headers("lead")).json()
    assert lead["items"][0]["note"] == "Named staff trained (fictional)."
    plan = client.get("/api/v1/actions", headers=viewer).json()["items"]
    assert [a["id"] for a in plan] == [action["id"]] and plan[0]["lead_name"] is None


def test_rag_follows_the_dates_and_progress(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    lead = callers.headers("lead")
    soon = add_action(client, callers, scenario, due_on="2026-03-20").json()
    assert soon["rag"] == "amber"  # due within 28 days, no update yet
    url = f"{scenario.url}/actions/{soon['id']}"
    client.post(url + "/updates", headers=callers.headers("member"), json={"note": "On track."})
    assert client.get(url, headers=lead).json()["rag"] == "green"
    later = add_action(client, callers, scenario, label="R2", due_on="2026-06-30").json()
    assert later["rag"] == "green"  # not due for months
    late = add_action(client, callers, scenario, label="R3", due_on="2026-02-27").json()
    assert late["rag"] == "red"  # past its due date, not completed
    red = client.get(f"{scenario.url}/actions", headers=lead, params={"rag": "red"})
    assert [a["id"] for a in red.json()["items"]] == [late["id"]]
    done = client.post(
        f"{scenario.url}/actions/{late['id']}/updates",
        headers=callers.headers("member"),
        json={"note": "Done.", "status": "completed"},
    )
    assert done.status_code == 201
    shown = client.get(f"{scenario.url}/actions/{late['id']}", headers=lead).json()
    assert (shown["status"], shown["rag"]) == ("completed", "green")


def test_an_agency_system_posts_evidence_once_per_idempotency_key(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    action = add_action(client, callers, scenario).json()
    headers = system(client, callers, "council", ["reviews:read", "actions:read", "evidence:write"])
    del headers["Idempotency-Key"]
    url = f"{scenario.url}/actions/{action['id']}/evidence"
    body = {"kind": "note", "note": "Training completed by 14 of 15 staff (fictional)."}
    unkeyed = client.post(url, headers=headers, json=body)
    assert unkeyed.status_code == 400
    keyed = {**headers, "Idempotency-Key": "evidence-2026-05-01-1"}
    first = client.post(url, headers=keyed, json=body)
    again = client.post(url, headers=keyed, json=body)
    assert first.status_code == 201, first.text
    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
    db.expire_all()
    assert db.scalar(select(func.count(Evidence.id))) == 1


def test_a_file_as_evidence_streams_in_and_out(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    action = add_action(client, callers, scenario).json()
    url = f"{scenario.url}/actions/{action['id']}/evidence/files"
    headers = {
        **callers.headers("member"),
        "Content-Disposition": 'attachment; filename="audit.pdf"',
    }
    sent = client.post(url, headers=headers, content=PDF)
    assert sent.status_code == 201, sent.text
    shown = sent.json()
    assert shown["kind"] == "file" and shown["file"]["sha256"] == sha(PDF)
    again = client.post(url, headers=headers, content=PDF)
    assert again.status_code == 200 and again.json()["id"] == shown["id"]
    program = client.post(url, headers=headers, content=PROGRAM)
    assert program.status_code == 415
    got = client.get(shown["download"], headers=callers.headers("lead"))
    assert got.status_code == 200 and got.content == PDF
    assert got.headers["content-disposition"] == "attachment; filename*=UTF-8''audit.pdf"
    assert client.get(shown["download"], headers=callers.headers("viewer")).status_code == 403
    assert (
        client.get(shown["download"], headers=callers.headers("police_member")).status_code == 403
    )
