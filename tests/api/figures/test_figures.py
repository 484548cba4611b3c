"""The annual figures over HTTP, against a seeded world whose answers are known: notifications
by kind, Rapid Reviews and their timeliness across Easter's bank holidays, decisions, local
reviews started and published, time to publication, actions by RAG (the same rule as the
lists') and learning by theme; who may read them; the period and its refusals."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.clock import clock
from api.figures.service import reporting_year
from api.learning.models import LearningItem, LearningTheme
from api.statutory.calendar import ENGLAND
from tests.api.actions.test_actions import add_action
from tests.api.reviews.fixtures import Callers, Driver, Scenario, new_review

# The figures are read on 20 April 2026: the last complete reporting year is 2025-26.
READ_ON = datetime(2026, 4, 20, 9, 0, tzinfo=UTC)


def review(client: TestClient, callers: Callers, **dates: Any) -> None:
    """A review made through the API, then given its dates as staff record them."""
    created_with = {
        k: dates.pop(k) for k in ("incident_kind", "incident_on", "became_aware_on") if k in dates
    }
    made = new_review(client, callers, **created_with)
    if dates:
        Driver(client, callers, made["id"]).patch(**dates)


def seed_reviews(client: TestClient, callers: Callers) -> None:
    aware = {"incident_on": "2025-04-01", "became_aware_on": "2025-04-02"}
    # Became aware Wednesday 2 April 2025: the 15th working day after is Friday 25 April
    # (Good Friday and Easter Monday are not working days; without them, 23 April).
    review(
        client,
        callers,
        **aware,
        sin_sent_on="2025-04-03",
        rapid_review_sent_on="2025-04-25",  # in time, on the last day
        decision="lcspr",
        decision_on="2025-05-01",
    )
    review(
        client,
        callers,
        incident_kind="death",
        **aware,
        sin_sent_on="2025-04-04",
        rapid_review_sent_on="2025-04-28",  # late: the next working day
        decision="no_review",
        decision_on="2025-05-10",
    )
    review(
        client,
        callers,
        incident_on="2025-03-18",
        became_aware_on="2025-03-20",
        sin_sent_on="2025-03-25",  # before the period: not counted
        rapid_review_sent_on="2025-04-09",  # due 10 April: in time
        decision="lcspr",
        decision_on="2025-04-20",
        published_on="2025-10-20",  # 6 calendar months to the day: in time, 183 days
    )
    review(
        client,
        callers,
        incident_on="2025-03-01",
        became_aware_on="2025-03-03",
        sin_sent_on="2025-03-04",
        rapid_review_sent_on="2025-03-24",  # before the period
        decision="national_review",
        decision_on="2025-03-30",  # before the period
    )
    review(
        client,
        callers,
        incident_kind="care_leaver_death",
        incident_on="2025-05-28",
        became_aware_on="2025-05-30",
        care_leaver_notified_on="2025-06-01",
    )
    review(
        client,
        callers,
        incident_on="2024-07-01",
        became_aware_on="2024-07-02",
        decision="lcspr",
        decision_on="2024-09-01",  # before the period
        published_on="2025-05-01",  # in it: 242 days, past the 6 months
    )
    # In the period, but another partnership's: never counted here.
    other = client.post(
        "/api/v1/reviews",
        headers=callers.headers("outsider"),
        json={
            "incident_kind": "death",
            "incident_on": "2025-04-01",
            "became_aware_on": "2025-04-02",
            "child_pseudonym": "Child Z",
            "sin_sent_on": "2025-04-03",
        },
    )
    assert other.status_code == 201, other.text


def seed_actions(client: TestClient, callers: Callers, scenario: Scenario) -> None:
    """Made on 2 March 2026; read on 20 April: red, amber, green, closed and a fresh one."""
    for label, due in (("R1", "2026-04-01"), ("R2", "2026-05-01"), ("R3", "2026-12-31")):
        made = add_action(client, callers, scenario, label=label, due_on=due)
        assert made.status_code == 201, made.text
    cancelled = add_action(client, callers, scenario, label="R4", due_on="2026-12-31").json()
    response = client.post(
        f"{scenario.url}/actions/{cancelled['id']}/cancel",
        headers=callers.headers("lead"),
        json={"reason": "Superseded (fictional)"},
    )
    assert response.status_code == 200, response.text
    fresh = add_action(client, callers, scenario, label="R5", due_on="2026-05-10").json()
    clock.pin(READ_ON)
    callers.tokens.clear()  # those issued on 2 March have expired
    response = client.post(
        f"{scenario.url}/actions/{fresh['id']}/updates",
        headers=callers.headers("lead"),
        json={"note": "Started (fictional).", "status": "in_progress"},
    )
    assert response.status_code == 201, response.text


def seed_learning(db: Session, callers: Callers, scenario: Scenario) -> None:
    partnership = callers.world.partnership.id
    themes = {
        t.name: t.id
        for t in db.scalars(
            select(LearningTheme).where(LearningTheme.partnership_id == partnership)
        )
    }
    for theme, emerged, withdrawn in (
        ("Information sharing", date(2025, 6, 1), None),
        ("Information sharing", date(2026, 3, 31), None),
        ("Information sharing", date(2025, 7, 1), date(2025, 8, 1)),  # withdrawn
        ("Information sharing", date(2025, 3, 31), None),  # before the period
        ("Neglect", date(2025, 4, 1), None),
    ):
        db.add(
            LearningItem(
                id=uuid.uuid4(),
                partnership_id=partnership,
                review_id=uuid.UUID(scenario.id),
                theme_id=themes[theme],
                title="Learning (fictional)",
                description="Fictional learning.",
                emerged_on=emerged,
                recorded_by_type="user",
                recorded_by_id=callers.world.users["lead"].id,
                withdrawn_on=withdrawn,
                withdrawn_reason="Duplicate (fictional)" if withdrawn else None,
            )
        )
    db.commit()


def counts(items: list[dict[str, Any]]) -> dict[str, int]:
    return {i["key"]: i["count"] for i in items}


def test_the_figures_of_a_seeded_year(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    assert ENGLAND.add_working_days(date(2025, 4, 2), 15) == date(2025, 4, 25)
    seed_actions(client, callers, scenario)
    seed_reviews(client, callers)
    seed_learning(db, callers, scenario)

    response = client.get("/api/v1/figures", headers=callers.headers("viewer"))
    assert response.status_code == 200, response.text
    figures = response.json()
    assert (figures["period_from"], figures["period_to"]) == ("2025-04-01", "2026-03-31")
    assert figures["notifications"]["total"] == 3
    assert counts(figures["notifications"]["by_incident_kind"]) == {
        "death": 1,
        "serious_harm": 1,
        "care_leaver_death": 1,
    }
    assert figures["rapid_reviews"] == {
        "sent": 3,
        "within_deadline": 2,
        "late": 1,
        "working_days": 15,
        "rule": "rapid_review_to_panel",
    }
    assert figures["decisions"]["total"] == 3
    assert counts(figures["decisions"]["by_decision"]) == {
        "lcspr": 2,
        "no_review": 1,
        "national_review": 0,
    }
    assert figures["lcsprs"] == {"started": 2, "published": 2}
    assert figures["time_to_publication"] == {
        "unit": "calendar_days",
        "published": 2,
        "median_days": (183 + 242) / 2,
        "max_days": 242,
        "within_deadline": 1,
        "months": 6,
    }
    actions = figures["actions"]
    assert actions["as_of"] == "2026-04-20" and actions["total"] == 5
    assert counts(actions["by_rag"]) == {"red": 1, "amber": 1, "green": 2, "closed": 1}
    assert counts(actions["by_status"]) == {
        "not_started": 3,
        "in_progress": 1,
        "completed": 0,
        "signed_off": 0,
        "cancelled": 1,
    }
    # The same RAG rule as the lists'.
    listed = client.get("/api/v1/actions", headers=callers.headers("admin")).json()["items"]
    by_list: dict[str, int] = {}
    for item in listed:
        by_list[item["rag"]] = by_list.get(item["rag"], 0) + 1
    assert {k: v for k, v in counts(actions["by_rag"]).items() if v} == by_list
    assert figures["learning"]["total"] == 3
    assert [(t["name"], t["count"]) for t in figures["learning"]["by_theme"]] == [
        ("Information sharing", 2),
        ("Neglect", 1),
    ]

    # Another period: the year before holds the reviews left out above.
    earlier = client.get(
        "/api/v1/figures?from=2024-04-01&to=2025-03-31", headers=callers.headers("admin")
    ).json()
    assert earlier["rapid_reviews"]["sent"] == 1 and earlier["rapid_reviews"]["late"] == 0
    assert counts(earlier["decisions"]["by_decision"])["national_review"] == 1
    assert earlier["lcsprs"] == {"started": 1, "published": 0}
    assert earlier["time_to_publication"]["median_days"] is None
    assert earlier["learning"]["total"] == 1

    # Another partnership's administrator counts their own partnership only.
    theirs = client.get("/api/v1/figures", headers=callers.headers("outsider")).json()
    assert theirs["notifications"]["total"] == 1 and theirs["actions"]["total"] == 0


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("admin", 200),
        ("lead", 200),
        ("other_lead", 200),
        ("viewer", 200),
        ("outsider", 200),
        ("member", 403),
        ("police_member", 403),
        ("health_member", 403),
        ("council_system", 403),
        ("health_system", 403),
    ],
)
def test_who_reads_the_figures(client: TestClient, callers: Callers, who: str, status: int) -> None:
    response = client.get("/api/v1/figures", headers=callers.headers(who))
    assert response.status_code == status, response.text
    if status == 403:
        assert response.headers["content-type"].startswith("application/problem+json")


def test_the_figures_need_a_sign_in(client: TestClient) -> None:
    assert client.get("/api/v1/figures").status_code == 401


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("from=2026-04-01&to=2026-03-31", "query.from"),
        ("from=01/04/2025", "query.from"),
        ("to=2026-02-30", "query.to"),
    ],
)
def test_a_bad_period_is_a_problem_naming_the_field(
    client: TestClient, callers: Callers, query: str, field: str
) -> None:
    response = client.get(f"/api/v1/figures?{query}", headers=callers.headers("admin"))
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert field in [e["field"] for e in response.json()["errors"]]


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (date(2026, 3, 2), (date(2024, 4, 1), date(2025, 3, 31))),
        (date(2026, 3, 31), (date(2024, 4, 1), date(2025, 3, 31))),
        (date(2026, 4, 1), (date(2025, 4, 1), date(2026, 3, 31))),
        (date(2026, 12, 2), (date(2025, 4, 1), date(2026, 3, 31))),
    ],
)
def test_the_default_period_is_the_last_complete_reporting_year(
    today: date, year: tuple[date, date]
) -> None:
    assert reporting_year(today) == year


@pytest.mark.parametrize(
    ("query", "period"),
    [
        ("from=2025-04-01", ("2025-04-01", "2026-03-31")),
        ("to=2025-03-31", ("2024-04-01", "2025-03-31")),
        ("from=2024-02-29", ("2024-02-29", "2025-02-27")),
        ("from=2025-01-01&to=2025-01-01", ("2025-01-01", "2025-01-01")),
    ],
)
def test_one_bound_gives_the_year_from_or_to_it(
    client: TestClient, callers: Callers, query: str, period: tuple[str, str]
) -> None:
    response = client.get(f"/api/v1/figures?{query}", headers=callers.headers("lead"))
    assert response.status_code == 200, response.text
    assert (response.json()["period_from"], response.json()["period_to"]) == period
