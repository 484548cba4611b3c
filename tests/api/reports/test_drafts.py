"""Draft report versions and the team's factual-accuracy responses over HTTP: who may
circulate, withdraw and respond; the current draft; bad input refused as a problem that
changes nothing; who reads comments; the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from tests.api.reports.helpers import agency, circulate, later, respond
from tests.api.reviews.fixtures import Callers, Scenario


def drafts(client: TestClient, callers: Callers, scenario: Scenario) -> list[dict[str, Any]]:
    listed = client.get(f"{scenario.url}/drafts", headers=callers.headers("admin"))
    assert listed.status_code == 200, listed.text
    items: list[dict[str, Any]] = listed.json()["items"]
    return items


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 201),
        ("other_lead", 404),  # leads another review
        ("member", 403),
        ("police_member", 403),
        ("health_member", 403),  # no reviews:write
        ("viewer", 403),
        ("council_system", 403),
        ("health_system", 403),
        ("outsider", 404),  # another partnership's administrator
    ],
)
def test_who_may_circulate(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    response = circulate(client, callers, scenario, who=who, note="Sections 4-6 rewritten")
    assert response.status_code == status, response.text
    if status == 201:
        shown = response.json()
        assert shown["current"] is True and shown["circulated_on"] == "2026-03-02"
        assert response.headers["Location"].endswith(shown["id"])
        assert response.headers["ETag"] == '"v1"'
    else:
        assert drafts(client, callers, scenario) == []


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        ({"title": ""}, "body.title", 422),
        ({"circulated_on": "2099-01-01"}, "body.circulated_on", 422),
        ({"circulated_on": "02/03/2026"}, "body.circulated_on", 422),
        ({"version_label": "x" * 51}, "body.version_label", 422),
        ({"file": "report.pdf"}, "body.file", 422),
        ({"version_label": "v1"}, None, 409),  # taken
        ({"circulated_on": "2026-02-01"}, "body.circulated_on", 422),  # before the current
    ],
)
def test_bad_drafts_are_refused_as_problems_and_change_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    body: dict[str, Any],
    field: str | None,
    status: int,
) -> None:
    assert circulate(client, callers, scenario, circulated_on="2026-02-20").status_code == 201
    before = drafts(client, callers, scenario)
    events = db.scalar(select(AuditEvent.id).order_by(AuditEvent.occurred_at.desc()).limit(1))
    label = body.pop("version_label", "v2")
    response = circulate(client, callers, scenario, label, **body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    if field is not None:
        assert field in [e["field"] for e in problem["errors"]], problem
    else:
        assert problem["code"] == "duplicate_version_label"
    assert drafts(client, callers, scenario) == before
    latest = db.scalar(select(AuditEvent.id).order_by(AuditEvent.occurred_at.desc()).limit(1))
    assert latest == events


def test_the_latest_circulated_draft_not_withdrawn_is_current(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    v1 = circulate(client, callers, scenario, "v1", circulated_on="2026-02-20").json()
    later(1)
    v2 = circulate(client, callers, scenario, "v2", who="admin").json()
    assert [(d["version_label"], d["current"]) for d in drafts(client, callers, scenario)] == [
        ("v1", False),
        ("v2", True),
    ]
    url = f"{scenario.url}/drafts/{v2['id']}/withdraw"
    refused = client.post(url, headers=callers.headers("member"), json={"reason": "Mine"})
    assert refused.status_code == 403
    withdrawn = client.post(url, headers=callers.headers("lead"), json={"reason": "In error"})
    assert withdrawn.status_code == 200, withdrawn.text
    assert withdrawn.json()["withdrawn_on"] == "2026-03-02"
    assert withdrawn.json()["current"] is False
    assert withdrawn.headers["ETag"] == '"v2"'
    again = client.post(url, headers=callers.headers("lead"), json={"reason": "Again"})
    assert again.status_code == 409 and again.json()["code"] == "draft_withdrawn"
    one = client.get(f"{scenario.url}/drafts/{v1['id']}", headers=callers.headers("viewer"))
    assert one.json()["current"] is True
    # Kept, never deleted; filtered by whether withdrawn.
    listed = client.get(
        f"{scenario.url}/drafts", headers=callers.headers("viewer"), params={"withdrawn": "true"}
    )
    assert [d["id"] for d in listed.json()["items"]] == [v2["id"]]
    assert (
        client.delete(url.removesuffix("/withdraw"), headers=callers.headers("admin")).status_code
        == 405
    )


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 201),
        ("police_member", 201),
        ("lead", 403),  # no agency: the lead reviewer does not sign off
        ("admin", 403),
        ("viewer", 403),  # no checklists:write
        ("council_system", 403),  # agency systems do not sign off
        ("health_system", 403),
        ("other_lead", 404),
        ("health_member", 404),  # not on the review
        ("outsider", 404),
    ],
)
def test_who_may_respond(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    draft = circulate(client, callers, scenario).json()
    response = respond(client, callers, scenario, draft["id"], who)
    assert response.status_code == status, response.text
    if status == 201:
        own = "council" if who == "member" else "police"
        assert response.json()["agency_id"] == agency(callers, own)
        assert response.json()["member_id"] == scenario.members[who]["id"]


def test_a_member_who_left_no_longer_responds(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    draft = circulate(client, callers, scenario).json()
    left = client.post(
        f"{scenario.url}/members/{scenario.members['member']['id']}/leave",
        headers=callers.headers("admin"),
        json={"reason": "Moved role"},
    )
    assert left.status_code == 200, left.text
    assert respond(client, callers, scenario, draft["id"], "member").status_code == 403


def test_only_the_current_draft_takes_responses_and_bad_ones_change_nothing(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    v1 = circulate(client, callers, scenario, "v1").json()
    later(1)
    v2 = circulate(client, callers, scenario, "v2").json()
    stale = respond(client, callers, scenario, v1["id"], "member")
    assert stale.status_code == 409, stale.text
    assert stale.json()["code"] == "draft_not_current"
    assert stale.json()["current_draft_id"] == v2["id"]
    assert "v2" in stale.json()["detail"]
    for body, field in (
        ({"response": "comments"}, "body.comments"),
        ({"response": "signed_off", "comments": "Fine"}, "body.comments"),
        ({"response": "approved"}, "body.response"),
    ):
        refused = respond(client, callers, scenario, v2["id"], "member", **body)
        assert refused.status_code == 422, refused.text
        assert field in [e["field"] for e in refused.json()["errors"]]
    client.post(
        f"{scenario.url}/drafts/{v2['id']}/withdraw",
        headers=callers.headers("lead"),
        json={"reason": "Pulled"},
    )
    withdrawn = respond(client, callers, scenario, v2["id"], "member")
    assert withdrawn.status_code == 409 and withdrawn.json()["code"] == "draft_not_current"
    for draft in (v1, v2):
        listed = client.get(
            f"{scenario.url}/drafts/{draft['id']}/responses", headers=callers.headers("lead")
        )
        assert listed.json()["items"] == []


COMMENTS = "Paragraph 4.2: the strategy meeting was on 3 March, not 5 March."


@pytest.mark.parametrize(
    ("who", "reads_comments"),
    [
        ("admin", True),
        ("lead", True),
        ("member", True),  # their own agency's
        ("council_system", True),  # the council's own system
        ("police_member", False),  # another agency's
        ("viewer", False),
    ],
)
def test_comments_are_read_by_the_managers_and_the_agency_statuses_by_everyone(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, reads_comments: bool
) -> None:
    draft = circulate(client, callers, scenario).json()
    first = respond(
        client, callers, scenario, draft["id"], "member", response="comments", comments=COMMENTS
    )
    assert first.status_code == 201 and first.json()["comments"] == COMMENTS
    later(1)
    respond(client, callers, scenario, draft["id"], "police_member")
    listed = client.get(
        f"{scenario.url}/drafts/{draft['id']}/responses", headers=callers.headers(who)
    )
    assert listed.status_code == 200, listed.text
    council, police = listed.json()["items"]
    assert (council["response"], police["response"]) == ("comments", "signed_off")
    assert council["comments"] == (COMMENTS if reads_comments else None)
    assert council["comments_withheld"] is (not reads_comments)
    assert police["comments"] is None and police["comments_withheld"] is False


def test_a_later_response_supersedes_the_earlier(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    draft = circulate(client, callers, scenario).json()
    respond(
        client, callers, scenario, draft["id"], "member", response="comments", comments=COMMENTS
    )
    later(1)
    respond(client, callers, scenario, draft["id"], "police_member")
    later(2)
    respond(client, callers, scenario, draft["id"], "member")
    url = f"{scenario.url}/drafts/{draft['id']}/responses"
    listed = client.get(url, headers=callers.headers("lead")).json()["items"]
    assert [(r["response"], r["superseded"]) for r in listed] == [
        ("comments", True),
        ("signed_off", False),
        ("signed_off", False),
    ]
    council = agency(callers, "council")
    only = client.get(
        url,
        headers=callers.headers("lead"),
        params={"agency_id": council, "response": "comments"},
    ).json()["items"]
    assert [r["id"] for r in only] == [listed[0]["id"]]
    actions = list(
        db.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.like("draft.%"))
            .order_by(AuditEvent.occurred_at)
        )
    )
    assert actions == ["draft.circulated", *["draft.response_recorded"] * 3]
    recorded = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "draft.response_recorded")
    ).first()
    assert recorded is not None and COMMENTS not in str(recorded.details)
