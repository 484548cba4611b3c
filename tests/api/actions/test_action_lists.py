"""The action plan's lists (a review's, the partnership's): read in the form their JSON takes
(``repository.WIRE_COLUMNS``), so a test holds every list body to the single read's, for each
kind of caller; the RAG status the database derives to the rule in Python; and every filter,
``rag`` too, applied before the page is cut."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Date, String, literal, select
from sqlalchemy.orm import Session

from api.actions.models import ActionStatus
from api.actions.rag import rag, rag_sql
from api.actions.schemas import ActionOut
from tests.api.actions.test_actions import add_action
from tests.api.reports.helpers import later
from tests.api.reviews.fixtures import TODAY, Callers, Scenario


def test_the_database_derives_the_rag_status_as_the_rule_does(db: Session) -> None:
    today = date(2026, 3, 2)
    days = [today + timedelta(days=n) for n in (-40, -29, -28, -27, -1, 0, 1, 27, 28, 29, 60)]
    cases = list(product(ActionStatus, days, [None, *days]))
    expected = [rag(status, due, last, today).value for status, due, last in cases]
    found = [
        db.scalar(
            select(
                rag_sql(
                    literal(status.value, String),
                    literal(due, Date),
                    literal(last, Date),
                    today,
                )
            )
        )
        for status, due, last in cases
    ]
    assert found == expected


@pytest.mark.parametrize("who", ["admin", "lead", "member", "police_member", "viewer"])
def test_each_list_item_is_the_action_as_its_own_read_writes_it(
    client: TestClient, callers: Callers, scenario: Scenario, who: str
) -> None:
    late = add_action(client, callers, scenario, label="R1", due_on="2026-02-27").json()
    later(1)
    soon = add_action(client, callers, scenario, label="R2", due_on="2026-03-20").json()
    given = client.post(
        f"{scenario.url}/actions/{late['id']}/evidence",
        headers=callers.headers("member"),
        json={"kind": "note", "note": "Audit done (fictional)."},
    )
    assert given.status_code == 201
    decided = client.post(
        f"{scenario.url}/actions/{late['id']}/evidence/{given.json()['id']}/decision",
        headers=callers.headers("lead"),
        json={"decision": "accepted"},
    )
    assert decided.status_code == 200
    progress = client.post(
        f"{scenario.url}/actions/{late['id']}/updates",
        headers=callers.headers("member"),
        json={"note": "Begun.", "status": "in_progress"},
    )
    assert progress.status_code == 201
    headers = callers.headers(who)
    for url in (f"{scenario.url}/actions", "/api/v1/actions"):
        listed = client.get(url, headers=headers)
        assert listed.status_code == 200, listed.text
        items = listed.json()["items"]
        assert [i["id"] for i in items] == [late["id"], soon["id"]]
        for item in items:
            alone = client.get(f"{scenario.url}/actions/{item['id']}", headers=headers).json()
            assert item == alone
            assert list(item) == list(ActionOut.model_fields)
    assert [i["rag"] for i in items] == ["red", "amber"]
    assert items[0]["evidence"] == {"submitted": 0, "accepted": 1, "returned": 0}
    assert (items[0]["lead_name"] is None) == (who == "viewer")


def test_the_rag_filter_applies_before_the_page_is_cut(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    """Three green actions first, then two red: a page of two red ones is the first page."""
    made: list[dict[str, Any]] = []
    for n, due in enumerate(["2026-09-30"] * 3 + ["2026-02-20", "2026-02-21"]):
        later(n)
        made.append(add_action(client, callers, scenario, label=f"R{n}", due_on=due).json())
    headers = callers.headers("lead")
    for url in (f"{scenario.url}/actions", "/api/v1/actions"):
        red = client.get(url, headers=headers, params={"rag": "red", "limit": 2}).json()
        assert [i["id"] for i in red["items"]] == [m["id"] for m in made[3:]]
        assert red["next_cursor"] is None
        green = client.get(url, headers=headers, params={"rag": "green", "limit": 2}).json()
        assert [i["id"] for i in green["items"]] == [m["id"] for m in made[:2]]
        rest = client.get(
            url,
            headers=headers,
            params={"rag": "green", "limit": 2, "cursor": green["next_cursor"]},
        ).json()
        assert [i["id"] for i in rest["items"]] == [made[2]["id"]]
    assert TODAY.date() == date(2026, 3, 2)  # the dates above are read against this day


def test_an_empty_page_of_an_unreached_review_is_its_404(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    assert client.get(f"{scenario.url}/actions", headers=callers.headers("lead")).json() == {
        "items": [],
        "next_cursor": None,
    }
    for who in ("other_lead", "health_member", "outsider"):
        response = client.get(f"{scenario.url}/actions", headers=callers.headers(who))
        assert response.status_code == 404, who
        assert response.json()["detail"] == "No such review."
