"""Publication-plan requests and answers over HTTP: who may ask, answer and withdraw; what
each kind of request takes as an answer; bad input refused as a problem that changes
nothing; the list's filters; the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from tests.api.reports.helpers import agency, answer, ask, later, plan_url
from tests.api.reviews.fixtures import Callers, Scenario


def requests(client: TestClient, callers: Callers, scenario: Scenario, **params: str) -> Any:
    listed = client.get(plan_url(scenario), headers=callers.headers("viewer"), params=params)
    assert listed.status_code == 200, listed.text
    return listed.json()["items"]


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 201),
        ("lead", 403),  # reads the plan; the partnership runs it
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
def test_who_may_ask(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    one = ask(client, callers, scenario, who=who, due_on="2026-05-15")
    everyone = client.post(
        f"{scenario.url}/publication-plan/requests-to-all-agencies",
        headers=callers.headers(who),
        json={"item": "staff_briefed"},
    )
    assert (one.status_code, everyone.status_code) == (status, status), one.text
    if status == 201:
        assert one.json()["answered"] is False and one.json()["latest_answer"] is None
        assert one.headers["Location"].endswith(one.json()["id"])
        sent = everyone.json()["items"]
        assert sorted(r["agency_id"] for r in sent) == sorted(
            agency(callers, a) for a in ("council", "police")
        )
    else:
        assert requests(client, callers, scenario) == []


@pytest.mark.parametrize(
    ("body", "field", "status"),
    [
        ({"item": "other"}, "body.question", 422),
        ({"item": "press_release"}, "body.item", 422),
        ({"to": "health"}, "body.agency_id", 422),  # not on the review
        ({"due_on": "soon"}, "body.due_on", 422),
        ({"colour": "red"}, "body.colour", 422),
        ({}, None, 409),  # the council's comms lead is asked already
    ],
)
def test_bad_requests_are_refused_as_problems_and_change_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    body: dict[str, Any],
    field: str | None,
    status: int,
) -> None:
    assert ask(client, callers, scenario).status_code == 201
    before = requests(client, callers, scenario)
    response = ask(client, callers, scenario, **body)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    if field is not None:
        assert field in [e["field"] for e in response.json()["errors"]]
    else:
        assert response.json()["code"] == "already_requested"
    assert requests(client, callers, scenario) == before


def test_asking_everyone_skips_agencies_already_asked_and_other_questions_repeat(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    ask(client, callers, scenario, "comms_lead", to="police")
    url = f"{scenario.url}/publication-plan/requests-to-all-agencies"

    def headers() -> dict[str, str]:
        return callers.headers("admin")  # a fresh Idempotency-Key each time

    sent = client.post(url, headers=headers(), json={"item": "comms_lead"})
    assert [r["agency_id"] for r in sent.json()["items"]] == [agency(callers, "council")]
    again = client.post(url, headers=headers(), json={"item": "comms_lead"})
    assert again.status_code == 409 and again.json()["code"] == "no_agency_to_ask"
    question = {"item": "other", "question": "Will your press office hold a statement?"}
    for _ in range(2):
        assert len(client.post(url, headers=headers(), json=question).json()["items"]) == 2
    assert len(requests(client, callers, scenario)) == 6


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("member", 201),
        ("police_member", 403),  # another agency's request
        ("lead", 403),
        ("admin", 403),  # the agency answers, not the partnership
        ("viewer", 403),
        ("council_system", 403),  # no agency-system scope names publication planning
        ("health_system", 403),
        ("other_lead", 404),
        ("health_member", 404),
        ("outsider", 404),
    ],
)
def test_who_may_answer(
    client: TestClient, callers: Callers, scenario: Scenario, who: str, status: int
) -> None:
    sent = ask(client, callers, scenario).json()
    response = answer(client, callers, scenario, sent["id"], who, text="Robin Example")
    assert response.status_code == status, response.text
    shown = client.get(plan_url(scenario, f"/{sent['id']}"), headers=callers.headers("lead"))
    assert shown.json()["answered"] is (status == 201)


@pytest.mark.parametrize(
    ("item", "body", "field"),
    [
        ("comms_lead", {}, "body.text"),
        ("comms_lead", {"text": "Robin Example", "done_on": "2026-03-01"}, "body.done_on"),
        ("comms_lead", {"text": "Robin Example", "not_applicable": True}, "body.not_applicable"),
        ("staff_briefed", {"text": "Yes"}, "body.done_on"),
        ("family_informed", {}, "body.done_on"),
        ("family_informed", {"not_applicable": True}, "body.text"),
        (
            "family_informed",
            {"not_applicable": True, "text": "No contact", "done_on": "2026-03-01"},
            "body.done_on",
        ),
        ("other", {"done_on": "2026-03-01"}, "body.text"),
        ("staff_briefed", {"done_on": "2026-13-01"}, "body.done_on"),
    ],
)
def test_each_kind_of_request_takes_its_own_answer(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    item: str,
    body: dict[str, Any],
    field: str,
) -> None:
    sent = ask(client, callers, scenario, item, question="Anything else?").json()
    refused = answer(client, callers, scenario, sent["id"], **body)
    assert refused.status_code == 422, refused.text
    assert field in [e["field"] for e in refused.json()["errors"]]
    listed = client.get(
        plan_url(scenario, f"/{sent['id']}/answers"), headers=callers.headers("admin")
    )
    assert listed.json()["items"] == []


def test_answers_accepted_the_latest_counts_and_a_withdrawn_request_takes_none(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    comms = ask(client, callers, scenario, "comms_lead").json()
    later(1)
    family = ask(client, callers, scenario, "family_informed").json()
    later(2)
    briefed = ask(client, callers, scenario, "staff_briefed", to="police").json()
    later(3)
    first = answer(client, callers, scenario, comms["id"], text="Robin Example")
    assert first.status_code == 201, first.text
    later(4)
    second = answer(client, callers, scenario, comms["id"], text="Sam Example (fictional)")
    na = answer(
        client, callers, scenario, family["id"], not_applicable=True, text="Family declined"
    )
    assert na.status_code == 201, na.text
    assert (
        answer(
            client, callers, scenario, briefed["id"], "police_member", done_on="2026-05-20"
        ).status_code
        == 201
    )
    shown = client.get(plan_url(scenario, f"/{comms['id']}"), headers=callers.headers("viewer"))
    assert shown.json()["latest_answer"]["id"] == second.json()["id"]
    history = client.get(
        plan_url(scenario, f"/{comms['id']}/answers"), headers=callers.headers("viewer")
    )
    assert [a["text"] for a in history.json()["items"]] == [
        "Robin Example",
        "Sam Example (fictional)",
    ]

    withdraw = plan_url(scenario, f"/{family['id']}/withdraw")
    assert (
        client.post(
            withdraw, headers=callers.headers("lead"), json={"reason": "Not yours"}
        ).status_code
        == 403
    )
    done = client.post(
        withdraw, headers=callers.headers("admin"), json={"reason": "Asked in error"}
    )
    assert done.status_code == 200 and done.json()["withdrawn_on"] == "2026-03-02"
    again = client.post(withdraw, headers=callers.headers("admin"), json={"reason": "Again"})
    assert again.status_code == 409
    refused = answer(client, callers, scenario, family["id"], done_on="2026-03-01")
    assert refused.status_code == 409 and refused.json()["code"] == "request_withdrawn"

    def ids(**params: str) -> list[str]:
        return [r["id"] for r in requests(client, callers, scenario, **params)]

    assert ids(agency_id=agency(callers, "police")) == [briefed["id"]]
    assert ids(answered="true") == [comms["id"], family["id"], briefed["id"]]
    assert ids(answered="false") == []
    assert ids(withdrawn="false") == [comms["id"], briefed["id"]]
    assert ids(item="family_informed") == [family["id"]]
    actions = list(
        db.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.action.like("publication_plan.%"))
            .order_by(AuditEvent.occurred_at)
        )
    )
    assert actions.count("publication_plan.requested") == 3
    assert actions.count("publication_plan.answered") == 4
    assert actions.count("publication_plan.withdrawn") == 1
