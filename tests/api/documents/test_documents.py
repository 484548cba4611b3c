"""Documents asked of agencies over HTTP: who may ask, submit, decide and download; files
streamed into the store with their type sniffed, their size limited and their SHA-256
recorded; bad input refused as a problem that changes nothing; the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.config import get_settings
from api.documents.models import DocumentVersion, StoredFile
from tests.api.documents.helpers import (
    PDF,
    PNG,
    PROGRAM,
    ask,
    docx,
    send,
    sha,
    stored_files,
    url,
)
from tests.api.reports.helpers import agency
from tests.api.reviews.fixtures import Callers, Scenario
from tests.s3_server import aws_credentials, new_bucket, s3_client, s3_endpoint

__all__ = ["aws_credentials", "s3_endpoint"]  # fixtures


def listed(client: TestClient, callers: Callers, scenario: Scenario, who: str = "admin") -> Any:
    response = client.get(url(scenario), headers=callers.headers(who))
    assert response.status_code == 200, response.text
    return response.json()["items"]


def actions(db: Session, prefix: str) -> list[str]:
    db.expire_all()
    return list(
        db.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.like(f"{prefix}%"))
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
        ("health_member", 403),
        ("viewer", 403),
        ("council_system", 403),
        ("health_system", 403),
        ("outsider", 404),
    ],
)
def test_who_may_ask_for_a_document(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = ask(client, callers, scenario, who=who)
    assert response.status_code == status, response.text
    if status == 201:
        shown = response.json()
        assert shown["status"] == "requested" and shown["versions"] == 0
        assert shown["overdue"] is False and shown["latest_version"] is None
        assert response.headers["Location"].endswith(shown["id"])
    else:
        assert listed(client, callers, scenario) == []


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"due_on": "2026-03-01"}, "body.due_on"),  # in the past
        ({"due_on": "03/04/2026"}, "body.due_on"),
        ({"kind": "statement"}, "body.kind"),
        ({"title": ""}, "body.title"),
        ({"agency_id": None}, "body.agency_id"),
        ({"filename": "x.pdf"}, "body.filename"),
    ],
)
def test_bad_requests_are_refused_and_change_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    body: dict[str, Any],
    field: str,
) -> None:
    response = ask(client, callers, scenario, **body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in [e["field"] for e in response.json()["errors"]]
    assert listed(client, callers, scenario) == []
    assert actions(db, "document.") == []


def test_an_agency_without_a_seat_is_not_asked_and_all_seated_are(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    refused = ask(client, callers, scenario, to="health")
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["code"] == "not_on_review"
    everyone = client.post(
        url(scenario, "/requests-to-all-agencies"),
        headers=callers.headers("admin"),
        json={"kind": "agency_report", "title": "Agency report", "due_on": "2026-04-17"},
    )
    assert everyone.status_code == 201, everyone.text
    assert sorted(d["agency_id"] for d in everyone.json()) == sorted(
        [agency(callers, "council"), agency(callers, "police")]
    )
    assert len(listed(client, callers, scenario, who="viewer")) == 2


def test_a_member_submits_and_the_lead_returns_then_accepts(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    document = ask(client, callers, scenario).json()
    doc_url = url(scenario, f"/{document['id']}")
    first = send(client, callers, document["id"], scenario)
    assert first.status_code == 201, first.text
    v1 = first.json()
    assert v1["number"] == 1 and v1["decision"] is None and v1["superseded"] is False
    assert v1["file"] == {
        "file_name": "chronology.pdf",
        "media_type": "application/pdf",
        "size_bytes": len(PDF),
        "sha256": sha(PDF),
    }
    assert first.headers["Location"].endswith(v1["id"])
    shown = client.get(doc_url, headers=callers.headers("lead")).json()
    assert shown["status"] == "submitted" and shown["versions"] == 1

    # The same bytes again (a retried upload) are the same version, not a second one.
    again = send(client, callers, document["id"], scenario)
    assert again.status_code == 200 and again.json()["id"] == v1["id"]

    second = send(client, callers, document["id"], scenario, data=docx(), name="chrono.docx")
    assert second.status_code == 201, second.text
    v2 = second.json()
    assert v2["number"] == 2
    assert v2["file"]["media_type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    versions = client.get(doc_url + "/versions", headers=callers.headers("lead")).json()["items"]
    assert [(v["number"], v["superseded"]) for v in versions] == [(1, True), (2, False)]

    decide = doc_url + "/versions/{}/decision"
    stale = client.post(
        decide.format(v1["id"]), headers=callers.headers("lead"), json={"decision": "accepted"}
    )
    assert stale.status_code == 409 and stale.json()["code"] == "not_latest"
    bare = client.post(
        decide.format(v2["id"]), headers=callers.headers("lead"), json={"decision": "returned"}
    )
    assert bare.status_code == 422 and bare.json()["errors"][0]["field"] == "body.comment"
    by_member = client.post(
        decide.format(v2["id"]), headers=callers.headers("member"), json={"decision": "accepted"}
    )
    assert by_member.status_code == 403
    returned = client.post(
        decide.format(v2["id"]),
        headers=callers.headers("lead"),
        json={"decision": "returned", "comment": "May 2025 is missing."},
    )
    assert returned.status_code == 200, returned.text
    twice = client.post(
        decide.format(v2["id"]), headers=callers.headers("lead"), json={"decision": "accepted"}
    )
    assert twice.status_code == 409 and twice.json()["code"] == "already_decided"
    shown = client.get(doc_url, headers=callers.headers("member")).json()
    assert shown["status"] == "returned"
    assert shown["latest_version"]["decision_comment"] == "May 2025 is missing."

    third = send(client, callers, document["id"], scenario, data=PDF + b"%% v3\n")
    assert third.status_code == 201 and third.json()["number"] == 3
    accepted = client.post(
        decide.format(third.json()["id"]),
        headers=callers.headers("admin"),
        json={"decision": "accepted"},
    )
    assert accepted.status_code == 200, accepted.text
    assert client.get(doc_url, headers=callers.headers("viewer")).json()["status"] == "accepted"
    closed = send(client, callers, document["id"], scenario, data=PDF + b"%% v4\n")
    assert closed.status_code == 409 and closed.json()["code"] == "already_accepted"
    assert actions(db, "document.") == [
        "document.requested",
        "document.submitted",
        "document.submitted",
        "document.returned",
        "document.submitted",
        "document.accepted",
    ]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 201),
        ("admin", 403),
        ("lead", 403),
        ("police_member", 403),  # another agency's request
        ("viewer", 403),
        ("council_system", 403),  # submitting is a person's duty
        ("health_system", 403),  # no checklists:write, whatever the review
        ("health_member", 404),
        ("other_lead", 404),
        ("outsider", 404),
    ],
)
def test_who_may_submit_a_file(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, who: str, status: int
) -> None:
    document = ask(client, callers, scenario).json()
    before = stored_files()
    response = send(client, callers, document["id"], scenario, who=who)
    assert response.status_code == status, response.text
    db.expire_all()
    count = db.scalar(select(func.count(DocumentVersion.id)))
    assert count == (1 if status == 201 else 0)
    assert len(stored_files() - before) == (1 if status == 201 else 0)


def test_who_opens_the_file_its_name_and_the_comment(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    document = ask(client, callers, scenario).json()
    version = send(client, callers, document["id"], scenario, name="Chronology \u2013 Child A.pdf")
    assert version.status_code == 201, version.text
    file_url = url(scenario, f"/{document['id']}/versions/{version.json()['id']}/file")
    one = url(scenario, f"/{document['id']}/versions/{version.json()['id']}")
    for who in ("admin", "lead", "member", "council_system"):
        shown = client.get(one, headers=callers.headers(who)).json()
        assert shown["file"]["file_name"] == "Chronology \u2013 Child A.pdf", who
        assert shown["download"] == file_url and shown["details_withheld"] is False
        got = client.get(file_url, headers=callers.headers(who))
        assert got.status_code == 200, (who, got.text)
        assert got.content == PDF
        assert got.headers["content-type"] == "application/pdf"
        assert got.headers["content-disposition"] == (
            "attachment; filename*=UTF-8''Chronology%20%E2%80%93%20Child%20A.pdf"
        )
        assert got.headers["x-content-type-options"] == "nosniff"
        assert got.headers["cache-control"] == "no-store"
    for who in ("police_member", "viewer"):
        shown = client.get(one, headers=callers.headers(who)).json()
        assert shown["file"]["file_name"] is None and shown["download"] is None, who
        assert shown["details_withheld"] is True
        assert shown["file"]["sha256"] == sha(PDF)
        assert client.get(file_url, headers=callers.headers(who)).status_code == 403
    for who in ("health_member", "health_system", "other_lead", "outsider"):
        assert client.get(file_url, headers=callers.headers(who)).status_code == 404, who
    assert actions(db, "document.downloaded") == ["document.downloaded"] * 4


@pytest.mark.parametrize(
    ("data", "name", "status", "slug"),
    [
        (PROGRAM, "chronology.pdf", 415, "unsupported-file-type"),  # a program renamed
        (PNG, "chronology.pdf", 415, "unsupported-file-type"),  # the name says another type
        (b"PK\x03\x04" + bytes(100), "report.docx", 415, "unsupported-file-type"),
        (b"", "empty.pdf", 422, "empty-file"),
        (PDF, None, 422, "file-name-required"),
    ],
)
def test_files_of_the_wrong_kind_are_refused_and_nothing_is_kept(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    data: bytes,
    name: str | None,
    status: int,
    slug: str,
) -> None:
    document = ask(client, callers, scenario).json()
    before = stored_files()
    response = send(client, callers, document["id"], scenario, data=data, name=name)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith(slug)
    db.expire_all()
    assert db.scalar(select(func.count(StoredFile.id))) == 0
    assert stored_files() == before
    assert actions(db, "document.submitted") == []


@pytest.fixture
def small_limit() -> Iterator[int]:
    settings = get_settings()
    before = settings.max_upload_bytes
    settings.max_upload_bytes = 64 * 1024
    yield settings.max_upload_bytes
    settings.max_upload_bytes = before


def test_a_file_over_the_limit_is_refused_as_it_streams(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, small_limit: int
) -> None:
    document = ask(client, callers, scenario).json()
    before = stored_files()
    big = PDF + bytes(small_limit)
    declared = send(client, callers, document["id"], scenario, data=big)
    assert declared.status_code == 413, declared.text

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is found while streaming
        yield PDF
        for _ in range(small_limit // 4096 + 2):
            yield bytes(4096)

    streamed = send(client, callers, document["id"], scenario, data=chunks())
    assert streamed.status_code == 413, streamed.text
    assert streamed.json()["limit_bytes"] == small_limit
    db.expire_all()
    assert db.scalar(select(func.count(StoredFile.id))) == 0
    assert stored_files() == before
    fits = send(client, callers, document["id"], scenario, data=PDF)
    assert fits.status_code == 201, fits.text


def test_a_withdrawn_request_takes_no_files_and_changes_need_if_match(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    created = ask(client, callers, scenario)
    document = created.json()
    doc_url = url(scenario, f"/{document['id']}")
    no_match = client.patch(doc_url, headers=callers.headers("lead"), json={"note": "Template"})
    assert no_match.status_code == 428
    changed = client.patch(
        doc_url,
        headers={**callers.headers("lead"), "If-Match": created.headers["ETag"]},
        json={"due_on": "2026-04-10"},
    )
    assert changed.status_code == 200 and changed.json()["due_on"] == "2026-04-10"
    withdrawn = client.post(
        doc_url + "/withdraw", headers=callers.headers("lead"), json={"reason": "Wrong agency"}
    )
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    refused = send(client, callers, document["id"], scenario)
    assert refused.status_code == 409 and refused.json()["code"] == "request_withdrawn"


def test_a_request_past_its_due_date_is_overdue_until_submitted(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    from api.clock import clock
    from tests.api.reviews.fixtures import TODAY

    document = ask(client, callers, scenario, due_on="2026-03-03").json()
    doc_url = url(scenario, f"/{document['id']}")
    clock.pin(TODAY.replace(day=4))
    assert client.get(doc_url, headers=callers.headers("viewer")).json()["overdue"] is True
    assert send(client, callers, document["id"], scenario).status_code == 201
    assert client.get(doc_url, headers=callers.headers("viewer")).json()["overdue"] is False


@pytest.fixture
def s3_files(s3_endpoint: str) -> Iterator[str]:
    """The service's files kept in a fresh bucket of the S3-compatible server."""
    settings = get_settings()
    bucket = new_bucket(s3_endpoint)
    before = (settings.file_store, settings.s3_bucket, settings.s3_endpoint_url)
    settings.file_store, settings.s3_bucket, settings.s3_endpoint_url = "s3", bucket, s3_endpoint
    yield bucket
    settings.file_store, settings.s3_bucket, settings.s3_endpoint_url = before


def test_files_are_kept_in_s3_compatible_storage_when_configured(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session, s3_files: str
) -> None:
    document = ask(client, callers, scenario).json()
    local = stored_files()
    data = docx()
    sent = send(client, callers, document["id"], scenario, data=data, name="chrono.docx")
    assert sent.status_code == 201, sent.text
    assert stored_files() == local  # nothing on the local disk
    db.expire_all()
    key = db.scalar(select(StoredFile.key))
    assert key is not None
    held = s3_client(get_settings().s3_endpoint_url or "").get_object(
        Bucket=s3_files, Key=get_settings().s3_prefix + key
    )
    assert held["Body"].read() == data
    got = client.get(sent.json()["download"], headers=callers.headers("lead"))
    assert got.status_code == 200 and got.content == data
    assert sha(got.content) == sent.json()["file"]["sha256"]
    refused = send(client, callers, document["id"], scenario, data=PROGRAM, name="x.pdf")
    assert refused.status_code == 415
    listed = s3_client(get_settings().s3_endpoint_url or "").list_objects_v2(Bucket=s3_files)
    assert [o["Key"] for o in listed["Contents"]] == [get_settings().s3_prefix + key]
