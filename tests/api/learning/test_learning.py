"""Learning over HTTP: the partnership's themes kept by its administrators; learning items
recorded, changed and withdrawn by the review's managers; each seated agency sharing the
learning and checking that it landed (its member, or its system with an Idempotency-Key);
what a viewer may not read; bad input refused with nothing changed; the share-learning duty;
the audit trail."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.audit.models import AuditEvent
from api.learning.models import DEFAULT_THEMES, Dissemination, LearningItem, LearningTheme
from tests.api.practitioners.helpers import system
from tests.api.reports.helpers import agency
from tests.api.reviews.fixtures import Callers, Scenario, if_match

THEMES = "/api/v1/learning-themes"
SHARED = {"method": "seven_minute_briefing", "on": "2026-02-10", "audience_size": 24}
CHECKED = {"on": "2026-02-27", "method": "case_audit", "outcome": "landed"}


def a_theme(client: TestClient, callers: Callers) -> str:
    themes = client.get(THEMES, headers=callers.headers("admin"), params={"active": "true"})
    return str(themes.json()["items"][0]["id"])


def record(
    client: TestClient, callers: Callers, scenario: Scenario, who: str = "lead", **body: Any
) -> Any:
    return client.post(
        f"{scenario.url}/learning",
        headers=callers.headers(who),
        json={
            "theme_id": a_theme(client, callers),
            "title": "Children were not seen alone at home visits",
            "description": "Visits were arranged through the parent (fictional).",
            "emerged_on": "2026-02-02",
            **body,
        },
    )


def share(
    client: TestClient, callers: Callers, item: dict[str, Any], who: str = "member", **body: Any
) -> Any:
    url = f"/api/v1/reviews/{item['review_id']}/learning/{item['id']}/disseminations"
    return client.post(url, headers=callers.headers(who), json={**SHARED, **body})


def audited(db: Session) -> list[str]:
    db.expire_all()
    return list(
        db.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.record_type.in_(["learning_theme", "learning_item", "dissemination"]))
            .order_by(AuditEvent.occurred_at, AuditEvent.id)
        )
    )


def count(db: Session, model: Any) -> int:
    db.expire_all()
    return int(db.scalar(select(func.count(model.id))) or 0)


def test_a_partnership_starts_with_the_default_themes_and_its_admins_keep_them(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    listed = client.get(THEMES, headers=callers.headers("member"), params={"limit": 200})
    assert listed.status_code == 200
    assert sorted(t["name"] for t in listed.json()["items"]) == sorted(DEFAULT_THEMES)
    made = client.post(
        THEMES, headers=callers.headers("admin"), json={"name": "Children missing education"}
    )
    assert made.status_code == 201, made.text
    again = client.post(
        THEMES, headers=callers.headers("admin"), json={"name": "Children missing education"}
    )
    assert again.status_code == 409
    assert (
        client.post(THEMES, headers=callers.headers("lead"), json={"name": "X"}).status_code == 403
    )
    url = f"{THEMES}/{made.json()['id']}"
    retired = client.patch(
        url, headers={**callers.headers("admin"), **if_match(made)}, json={"active": False}
    )
    assert retired.status_code == 200 and retired.json()["active"] is False
    # A retired theme stays listed but new learning cannot use it.
    refused = record(client, callers, scenario, theme_id=made.json()["id"])
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["field"] == "body.theme_id"
    active = client.get(
        THEMES, headers=callers.headers("lead"), params={"active": "true", "limit": 200}
    ).json()["items"]
    assert "Children missing education" not in {t["name"] for t in active}
    # Another partnership's administrator neither sees nor changes it.
    assert client.get(url, headers=callers.headers("outsider")).status_code == 404
    assert audited(db) == ["learning_theme.created", "learning_theme.changed"]


def test_managers_record_change_and_withdraw_learning(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    for who, status in (("member", 403), ("viewer", 403), ("other_lead", 404)):
        assert record(client, callers, scenario, who).status_code == status
    made = record(client, callers, scenario)
    assert made.status_code == 201, made.text
    item = made.json()
    assert item["theme"] == sorted(DEFAULT_THEMES)[0] and item["sharing"] == []
    url = f"{scenario.url}/learning/{item['id']}"
    assert (
        client.patch(url, headers=callers.headers("lead"), json={"title": "X y z"}).status_code
        == 428
    )
    changed = client.patch(
        url,
        headers={**callers.headers("lead"), **if_match(made)},
        json={"title": "Children were rarely seen alone"},
    )
    assert (
        changed.status_code == 200 and changed.json()["title"] == "Children were rarely seen alone"
    )
    unchanged = client.patch(
        url,
        headers={**callers.headers("lead"), **if_match(changed)},
        json={"title": "Children were rarely seen alone"},
    )
    assert unchanged.status_code == 200 and unchanged.headers["ETag"] == changed.headers["ETag"]
    withdrawn = client.post(
        f"{url}/withdraw", headers=callers.headers("lead"), json={"reason": "Recorded twice"}
    )
    assert withdrawn.status_code == 200
    assert withdrawn.json()["withdrawn_reason"] == "Recorded twice"
    assert withdrawn.json()["withdrawn_on"] == "2026-03-02"
    again = client.patch(
        url, headers={**callers.headers("lead"), **if_match(withdrawn)}, json={"title": "Later"}
    )
    assert again.status_code == 409
    assert share(client, callers, item).status_code == 409
    current = client.get(
        f"{scenario.url}/learning", headers=callers.headers("viewer"), params={"withdrawn": "false"}
    )
    assert current.json()["items"] == []
    assert audited(db) == ["learning.recorded", "learning.changed", "learning.withdrawn"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"emerged_on": "2026-03-03"}, "body.emerged_on"),  # the future (today is 2 March)
        ({"emerged_on": "02/02/2026"}, "body.emerged_on"),
        ({"title": ""}, "body.title"),
        ({"theme_id": "00000000-0000-4000-8000-000000000000"}, "body.theme_id"),
        ({"sharing": []}, "body.sharing"),  # derived, never typed in
    ],
)
def test_bad_learning_is_refused_and_changes_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    body: dict[str, Any],
    field: str,
) -> None:
    response = record(client, callers, scenario, **body)
    assert response.status_code == 422, response.text
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert field in [e["field"] for e in response.json()["errors"]]
    assert count(db, LearningItem) == 0


def test_another_partnerships_theme_cannot_be_used(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    db.expire_all()
    theirs = db.scalar(
        select(LearningTheme.id).where(
            LearningTheme.partnership_id == callers.other_world.partnership.id
        )
    )
    response = record(client, callers, scenario, theme_id=str(theirs))
    assert response.status_code == 422 and response.json()["errors"][0]["field"] == "body.theme_id"


def test_each_seated_agency_shares_learning_and_checks_it_landed(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    item = record(client, callers, scenario).json()
    for who, status in (("lead", 403), ("admin", 403), ("viewer", 403), ("health_member", 404)):
        assert share(client, callers, item, who).status_code == status, who
    council = share(client, callers, item, note="Briefing to the locality teams (fictional).")
    assert council.status_code == 201, council.text
    shown = council.json()
    assert shown["agency_id"] == agency(callers, "council") and shown["landed_on"] is None
    police = share(client, callers, item, "police_member", method="training", audience_size=40)
    assert police.status_code == 201, police.text
    landed = council.headers["Location"] + "/landed"
    # The police member checks only their own agency's sharing.
    assert (
        client.post(landed, headers=callers.headers("police_member"), json=CHECKED).status_code
        == 403
    )
    early = client.post(
        landed, headers=callers.headers("member"), json={**CHECKED, "on": "2026-02-09"}
    )
    assert early.status_code == 422 and early.json()["errors"][0]["field"] == "body.on"
    checked = client.post(
        landed,
        headers=callers.headers("member"),
        json={**CHECKED, "note": "18 of 20 visit records show time alone with the child."},
    )
    assert checked.status_code == 200, checked.text
    assert (checked.json()["landed_on"], checked.json()["landed_outcome"]) == (
        "2026-02-27",
        "landed",
    )
    twice = client.post(landed, headers=callers.headers("member"), json=CHECKED)
    assert twice.status_code == 409 and twice.json()["code"] == "already_checked"
    again = client.get(
        f"{scenario.url}/learning/{item['id']}", headers=callers.headers("viewer")
    ).json()
    assert sorted(again["sharing"], key=lambda s: s["checked"]) == sorted(
        [
            {
                "agency_id": agency(callers, "council"),
                "disseminations": 1,
                "checked": 1,
                "landed": True,
            },
            {
                "agency_id": agency(callers, "police"),
                "disseminations": 1,
                "checked": 0,
                "landed": False,
            },
        ],
        key=lambda s: s["checked"],
    )
    # Viewers read the sharing without the notes, which may name people.
    listed = client.get(
        f"{scenario.url}/learning/{item['id']}/disseminations",
        headers=callers.headers("viewer"),
        params={"agency_id": agency(callers, "council")},
    ).json()["items"]
    assert [(d["note"], d["landed_note"], d["notes_withheld"]) for d in listed] == [
        (None, None, True)
    ]
    lead = client.get(council.headers["Location"], headers=callers.headers("lead")).json()
    assert (
        lead["note"] == "Briefing to the locality teams (fictional)." and not lead["notes_withheld"]
    )
    assert audited(db) == [
        "learning.recorded",
        "dissemination.recorded",
        "dissemination.recorded",
        "dissemination.landed_checked",
    ]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"on": "2026-02-01"}, "body.on"),  # before the learning emerged
        ({"on": "2026-03-03"}, "body.on"),  # the future
        ({"audience_size": 0}, "body.audience_size"),
        ({"method": "poster"}, "body.method"),
        ({"agency_id": "00000000-0000-4000-8000-000000000000"}, "body.agency_id"),
    ],
)
def test_bad_sharing_is_refused_and_changes_nothing(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    db: Session,
    body: dict[str, Any],
    field: str,
) -> None:
    item = record(client, callers, scenario).json()
    response = share(client, callers, item, **body)
    assert response.status_code == 422, response.text
    assert field in [e["field"] for e in response.json()["errors"]]
    assert count(db, Dissemination) == 0


def test_an_agency_system_shares_once_per_idempotency_key(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    item = record(client, callers, scenario).json()
    headers = system(client, callers, "council", ["reviews:read", "actions:read", "evidence:write"])
    del headers["Idempotency-Key"]
    url = f"{scenario.url}/learning/{item['id']}/disseminations"
    assert client.post(url, headers=headers, json=SHARED).status_code == 400
    keyed = {**headers, "Idempotency-Key": "learning-2026-02-10-1"}
    first = client.post(url, headers=keyed, json=SHARED)
    again = client.post(url, headers=keyed, json=SHARED)
    assert first.status_code == 201, first.text
    assert again.status_code == 201 and again.json()["id"] == first.json()["id"]
    assert first.json()["recorded_by_type"] == "client"
    assert count(db, Dissemination) == 1


def test_the_share_learning_duty_is_done_when_every_item_landed_in_the_agency(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    url = f"{scenario.url}/members/{scenario.members['member']['id']}/checklist/share_learning"
    headers = callers.headers("member")
    assert client.get(url, headers=headers).json()["status"] == "not_started"
    items = [record(client, callers, scenario).json() for _ in range(2)]
    for item in items:
        shared = share(client, callers, item)
        assert client.get(url, headers=headers).json()["status"] == "in_progress"
        landed = shared.headers["Location"] + "/landed"
        checked = client.post(landed, headers=callers.headers("member"), json=CHECKED)
        assert checked.status_code == 200, checked.text
    done = client.get(url, headers=headers).json()
    assert done["status"] == "done"
    assert (done["evidence"]["items"], done["evidence"]["landed"]) == (2, 2)
    # The police member's duty is not done by the council's sharing.
    police = f"{scenario.url}/members/{scenario.members['police_member']['id']}/checklist"
    theirs = client.get(f"{police}/share_learning", headers=callers.headers("police_member"))
    assert theirs.json()["status"] == "not_started" and theirs.json()["evidence"]["shared"] == 0
    # New learning reopens it.
    record(client, callers, scenario)
    assert client.get(url, headers=headers).json()["status"] == "in_progress"


def test_learning_that_did_not_land_is_shared_again_and_awaits_its_own_check(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    url = f"{scenario.url}/members/{scenario.members['member']['id']}/checklist/share_learning"
    item = record(client, callers, scenario).json()

    def outstanding() -> list[str]:
        evidence = client.get(url, headers=callers.headers("member")).json()["evidence"]
        return [i["status"] for i in evidence["outstanding"]]

    first = share(client, callers, item)
    assert outstanding() == ["not_checked"]
    checked = client.post(
        first.headers["Location"] + "/landed",
        headers=callers.headers("member"),
        json={**CHECKED, "outcome": "not_landed"},
    )
    assert checked.status_code == 200
    assert outstanding() == ["not_landed"]
    again = share(client, callers, item, on="2026-02-28", method="training")
    assert again.status_code == 201
    assert outstanding() == ["not_checked"]
    # Withdrawn learning takes no more checks.
    withdrawn = client.post(
        f"{scenario.url}/learning/{item['id']}/withdraw",
        headers=callers.headers("lead"),
        json={"reason": "Merged into another item"},
    )
    assert withdrawn.status_code == 200
    late = client.post(
        again.headers["Location"] + "/landed",
        headers=callers.headers("member"),
        json={**CHECKED, "on": "2026-03-01"},
    )
    assert late.status_code == 409 and late.json()["code"] == "withdrawn"
