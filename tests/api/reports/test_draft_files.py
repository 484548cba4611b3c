"""A draft's report file over HTTP: attached once by the review's managers, streamed in with
its type sniffed and SHA-256 kept; opened by them and the review team's members, every
download audited; seen but not opened by viewers and agency systems; nothing changed by a
refused upload."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.documents.models import StoredFile
from tests.api.documents.helpers import PDF, PROGRAM, docx, sha
from tests.api.reports.helpers import circulate
from tests.api.reviews.fixtures import Callers, Scenario


def attach(
    client: TestClient,
    callers: Callers,
    draft: dict[str, Any],
    data: bytes = PDF,
    who: str = "lead",
    name: str = "overview report v1.pdf",
) -> Any:
    return client.post(
        f"/api/v1/reviews/{draft['review_id']}/drafts/{draft['id']}/file",
        headers={**callers.headers(who), "Content-Disposition": f'attachment; filename="{name}"'},
        content=data,
    )


def stored(db: Session) -> int:
    db.expire_all()
    return int(db.scalar(select(func.count(StoredFile.id))) or 0)


def test_the_lead_attaches_the_report_and_the_team_opens_it(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    draft = circulate(client, callers, scenario).json()
    assert draft["file"] is None and draft["download"] is None
    for who, status in (("member", 403), ("viewer", 403), ("other_lead", 404)):
        assert attach(client, callers, draft, who=who).status_code == status, who
    assert stored(db) == 0
    made = attach(client, callers, draft)
    assert made.status_code == 201, made.text
    shown = made.json()
    assert shown["file"] == {
        "file_name": "overview report v1.pdf",
        "media_type": "application/pdf",
        "size_bytes": len(PDF),
        "sha256": sha(PDF),
    }
    assert shown["download"] == f"{scenario.url}/drafts/{draft['id']}/file"
    # The same file again is a retry; another file is another version.
    again = attach(client, callers, draft)
    assert again.status_code == 200 and again.json()["file"] == shown["file"]
    other = attach(client, callers, draft, docx(), name="overview v1b.docx")
    assert other.status_code == 409 and other.json()["code"] == "file_attached"
    assert stored(db) == 1

    for who in ("member", "police_member", "admin"):
        got = client.get(shown["download"], headers=callers.headers(who))
        assert got.status_code == 200, (who, got.text)
        assert got.content == PDF
        assert got.headers["Content-Disposition"].startswith("attachment")
        assert got.headers["Cache-Control"] == "no-store"
        assert got.headers["X-Content-Type-Options"] == "nosniff"
    for who in ("viewer", "council_system"):
        seen = client.get(f"{scenario.url}/drafts/{draft['id']}", headers=callers.headers(who))
        assert seen.json()["file"]["file_name"] is None and seen.json()["download"] is None
        assert seen.json()["file"]["sha256"] == sha(PDF)
        refused = client.get(shown["download"], headers=callers.headers(who))
        assert refused.status_code == 403, who
    listed = client.get(f"{scenario.url}/drafts", headers=callers.headers("member")).json()
    assert listed["items"][0]["download"] == shown["download"]

    db.expire_all()
    events = db.scalars(
        select(AuditEvent.action)
        .where(AuditEvent.record_type == "report_draft", AuditEvent.record_id == draft["id"])
        .order_by(AuditEvent.occurred_at, AuditEvent.id)
    ).all()
    assert events.count("draft.file_attached") == 1
    assert events.count("draft.file_downloaded") == 3


def test_a_refused_file_changes_nothing(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    draft = circulate(client, callers, scenario).json()
    program = attach(client, callers, draft, PROGRAM, name="report.pdf")
    assert program.status_code == 415
    assert program.headers["Content-Type"].startswith("application/problem+json")
    assert stored(db) == 0
    withdrawn = client.post(
        f"{scenario.url}/drafts/{draft['id']}/withdraw",
        headers=callers.headers("lead"),
        json={"reason": "Circulated in error"},
    )
    assert withdrawn.status_code == 200
    late = attach(client, callers, draft)
    assert late.status_code == 409 and late.json()["code"] == "withdrawn"
    assert stored(db) == 0
    missing = client.get(
        f"{scenario.url}/drafts/{draft['id']}/file", headers=callers.headers("lead")
    )
    assert missing.status_code == 404
