"""Circulating drafts, responding, and sending and answering publication-plan requests, as
the tests' callers do."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient

from api.clock import clock
from tests.api.reviews.fixtures import TODAY, Callers, Scenario


def later(minutes: int) -> None:
    """Move the pinned clock on (records made in one test are otherwise made at one instant)."""
    clock.pin(TODAY + timedelta(minutes=minutes))


def circulate(
    client: TestClient, callers: Callers, scenario: Scenario, label: str = "v1", **body: Any
) -> Any:
    return client.post(
        f"{scenario.url}/drafts",
        headers=callers.headers(body.pop("who", "lead")),
        json={"title": "Child A overview report (fictional)", "version_label": label, **body},
    )


def respond(
    client: TestClient, callers: Callers, scenario: Scenario, draft_id: str, who: str, **body: Any
) -> Any:
    return client.post(
        f"{scenario.url}/drafts/{draft_id}/responses",
        headers=callers.headers(who),
        json={"response": "signed_off", **body},
    )


def agency(callers: Callers, name: str) -> str:
    return str(callers.world.agencies[name].id)


def plan_url(scenario: Scenario, rest: str = "") -> str:
    return f"{scenario.url}/publication-plan/requests{rest}"


def ask(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    item: str = "comms_lead",
    to: str = "council",
    who: str = "admin",
    **body: Any,
) -> Any:
    return client.post(
        plan_url(scenario),
        headers=callers.headers(who),
        json={"agency_id": agency(callers, to), "item": item, **body},
    )


def answer(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    request_id: str,
    who: str = "member",
    **body: Any,
) -> Any:
    return client.post(
        plan_url(scenario, f"/{request_id}/answers"), headers=callers.headers(who), json=body
    )


def item(
    client: TestClient, callers: Callers, scenario: Scenario, duty: str, seat: str = "member"
) -> Any:
    """A seat's checklist item, read alone and from the whole checklist (they agree)."""
    member_id = scenario.members[seat]["id"]
    base = f"{scenario.url}/members/{member_id}/checklist"
    headers = callers.headers("admin")
    alone = client.get(f"{base}/{duty}", headers=headers).json()
    page = {i["duty"]: i for i in client.get(base, headers=headers).json()["items"]}
    assert page[duty] == alone
    return alone
