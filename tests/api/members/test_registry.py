"""The derived duties' registry (``api.members.registry``): one registration per derived duty,
in step with the duties' list; the checklist's one statement read by column name; and each
derived duty's evidence, over HTTP, in the shape its ``kind`` names in the OpenAPI document."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any, get_args

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from api.members import derivation, registry, repository
from api.members.duties import DUTIES
from api.members.schemas import ChecklistItemOut
from api.security import scoping
from api.security.principal import Principal
from api.security.roles import Role
from tests.api.reviews.fixtures import Callers, Scenario


def test_every_derived_duty_has_exactly_one_registration_and_no_other_has_one() -> None:
    derived = {d.code: d.derived_from for d in DUTIES if d.derived_from is not None}
    registered = {code: r.derived_from for code, r in registry.DERIVED.items()}
    assert registered == derived
    assert all(code == r.code for code, r in registry.DERIVED.items())
    assert len(derived) == 13


def test_each_registration_has_its_own_evidence_kind_and_the_union_is_theirs() -> None:
    kinds = [r.kind for r in registry.DERIVED.values()]
    assert len(set(kinds)) == len(kinds)
    for r in registry.DERIVED.values():
        assert next(iter(r.evidence.model_fields)) == "kind"
        assert r.evidence.model_fields["kind"].is_required()
    union, discriminator = get_args(registry.DerivedEvidence)
    assert discriminator.discriminator == "kind"
    assert set(get_args(union)) == {r.evidence for r in registry.DERIVED.values()}


def test_registering_a_duty_twice_or_a_kind_twice_is_refused() -> None:
    alerts = registry.DERIVED["record_alerts"]
    with pytest.raises(ValueError, match="registered twice"):
        registry.register(alerts)
    with pytest.raises(ValueError, match="kind alert_confirmations"):
        registry.register(
            registry.DerivedDuty("x", "x", alerts.source, alerts.evidence, alerts.rule)
        )
    assert "x" not in registry.DERIVED


def test_openapi_tells_evidence_apart_by_kind() -> None:
    document: dict[str, Any] = create_app().openapi()
    schemas = document["components"]["schemas"]
    (union, null) = schemas["ChecklistItemOut"]["properties"]["evidence"]["anyOf"]
    assert null == {"type": "null"}
    mapping = union["discriminator"]["mapping"]
    assert union["discriminator"]["propertyName"] == "kind"
    assert mapping == {
        r.kind: f"#/components/schemas/{r.evidence.__name__}" for r in registry.DERIVED.values()
    }
    assert sorted(ref["$ref"] for ref in union["oneOf"]) == sorted(mapping.values())
    for kind, ref in mapping.items():
        model = schemas[ref.rsplit("/", 1)[1]]
        assert model["properties"]["kind"]["const"] == kind
        assert "kind" in model["required"]


def _stand_in() -> Principal:
    return Principal(
        kind="user",
        id=uuid.uuid4(),
        partnership_id=uuid.uuid4(),
        agency_id=None,
        role=Role.partnership_admin,
        scopes=frozenset(),
    )


def test_the_checklist_statement_names_every_column_once() -> None:
    """Every column the checklist reads is labelled (a source's under its own name), and no
    two share a name, so a row is read by name."""
    keys = list(repository._checklist_statement(_stand_in()).selected_columns.keys())
    assert len(keys) == len(set(keys)), keys
    assert {s.name for s in registry.sources()} <= set(keys)
    assert {derivation.ITEMS, "lead_reviewer_id"} <= set(keys)
    assert not [k for k in keys if k.startswith("anon_")]


@pytest.fixture
def columns_reversed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The checklist's and the evidence's columns selected in the opposite order (statement
    templates are built afresh, and dropped afterwards)."""
    checklist_columns = derivation.checklist_columns
    sources = registry.sources

    def reversed_columns(narrow: Any, seat: Any) -> list[Any]:
        return checklist_columns(narrow, seat)[::-1]

    monkeypatch.setattr(scoping, "_TEMPLATES", {})
    monkeypatch.setattr(derivation, "checklist_columns", reversed_columns)
    monkeypatch.setattr(derivation, "sources", lambda: sources()[::-1])
    yield


def _answers(client: TestClient, callers: Callers, scenario: Scenario) -> list[Any]:
    member_id = scenario.members["member"]["id"]
    url = f"{scenario.url}/members/{member_id}/checklist"
    headers = callers.headers("member")
    return [
        client.get(url, headers=headers).json(),
        client.get(url, headers=callers.headers("lead")).json(),  # the lead's reach is read
        client.get(url + "/record_alerts", headers=headers).json(),
        client.get(url + "/confidentiality", headers=headers).json(),
        client.get(f"{scenario.url}/team", headers=headers).json(),
    ]


def test_the_checklist_reads_its_columns_by_name_not_position(
    client: TestClient,
    callers: Callers,
    scenario: Scenario,
    request: pytest.FixtureRequest,
) -> None:
    """Selected in another order, the same columns give the same answers: nothing is
    unpacked by position."""
    _declare_and_confirm(client, callers, scenario)
    before = _answers(client, callers, scenario)
    request.getfixturevalue("columns_reversed")
    assert scoping._TEMPLATES == {}
    after = _answers(client, callers, scenario)
    assert scoping._TEMPLATES, "the reversed statements were built and used"
    assert after == before
    assert before[0]["items"][0]["evidence"]["kind"] == "alert_confirmations"


def _declare(client: TestClient, callers: Callers, scenario: Scenario, body: Any) -> Any:
    member_id = scenario.members["member"]["id"]
    response = client.post(
        f"{scenario.url}/members/{member_id}/declarations",
        headers=callers.headers("member"),
        json=body,
    )
    assert response.status_code == 201, response.text
    return response.json()


def _declare_and_confirm(client: TestClient, callers: Callers, scenario: Scenario) -> None:
    response = client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers("member"),
        json={"subject_id": scenario.subjects["child"]["id"], "confirmed_on": "2026-02-20"},
    )
    assert response.status_code == 201, response.text
    _declare(client, callers, scenario, {"kind": "confidentiality"})


def _alerts(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    response = client.post(
        f"{scenario.url}/alerts",
        headers=callers.headers("member"),
        json={"subject_id": scenario.subjects["mother"]["id"], "confirmed_on": "2026-02-20"},
    )
    assert response.status_code == 201, response.text
    child = scenario.subjects["child"]["pseudonym"]
    return {"kind": "alert_confirmations", "subjects": 2, "confirmed": 1, "missing": [child]}


def _declared(body: dict[str, Any], shown: dict[str, Any]) -> Callable[..., dict[str, Any]]:
    def act(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
        declared = _declare(client, callers, scenario, body)
        return {
            "kind": body["kind"],
            "declaration_id": declared["id"],
            "declared_at": declared["declared_at"],
            **shown,
        }

    return act


def _proceedings(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    for kind, status in (("inquest", "planned"), ("criminal_trial", "concluded")):
        response = client.post(
            f"{scenario.url}/proceedings",
            headers=callers.headers("member"),
            json={"kind": kind, "status": status, "holds_publication": True},
        )
        assert response.status_code == 201, response.text
    return {
        "kind": "parallel_proceedings",
        "proceedings": 2,
        "kinds": ["criminal_trial", "inquest"],
        "open": 1,
        "holding_publication": 1,
        "none_declared_on": None,
    }


def _practitioners(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    response = client.post(
        f"{scenario.url}/practitioners",
        headers=callers.headers("member"),
        json={"name": "Jo Example", "job_title": "Social worker"},
    )
    assert response.status_code == 201, response.text
    return {
        "kind": "practitioners",
        "active": 1,
        "withdrawn": 0,
        "declaration_id": None,
        "declared_at": None,
    }


def _attendance(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    member_id = scenario.members["member"]["id"]
    meeting = client.post(
        f"{scenario.url}/meetings",
        headers=callers.headers("lead"),
        json={"kind": "review_team_meeting", "held_at": "2026-03-02T09:00:00Z", "status": "held"},
    )
    assert meeting.status_code == 201, meeting.text
    recorded = client.put(
        meeting.headers["Location"] + "/attendance",
        headers={**callers.headers("lead"), "If-Match": meeting.headers["ETag"]},
        json={"members": [{"member_id": member_id, "status": "deputy_sent"}]},
    )
    assert recorded.status_code == 200, recorded.text
    return {
        "kind": "attendance",
        "meetings": 1,
        "attended": 1,
        "rate_percent": 100,
        "threshold_percent": 80,
    }


def _contact(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    added = client.post(
        f"{scenario.url}/practitioners",
        headers=callers.headers("member"),
        json={"name": "Jo Example", "job_title": "Social worker"},
    )
    assert added.status_code == 201, added.text
    contact = client.post(
        added.headers["Location"] + "/contacts",
        headers=callers.headers("member"),
        json={"kind": "introduction", "contacted_on": "2026-03-01"},
    )
    assert contact.status_code == 201, contact.text
    return {
        "kind": "practitioner_contact",
        "practitioners": 1,
        "contacted_within_interval": 1,
        "interval_days": 28,
        "aftercare_due": 0,
        "missing_contact": [],
        "missing_aftercare": [],
    }


def _signoff(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    draft = client.post(
        f"{scenario.url}/drafts",
        headers=callers.headers("lead"),
        json={"title": "Overview report", "version_label": "v1"},
    )
    assert draft.status_code == 201, draft.text
    signed = client.post(
        f"{scenario.url}/drafts/{draft.json()['id']}/responses",
        headers=callers.headers("member"),
        json={"response": "signed_off"},
    )
    assert signed.status_code == 201, signed.text
    return {
        "kind": "report_signoff",
        "draft_id": draft.json()["id"],
        "version_label": "v1",
        "response": "signed_off",
        "responded_at": signed.json()["responded_at"],
    }


def _plan(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    url = f"{scenario.url}/publication-plan/requests"
    council = str(callers.world.agencies["council"].id)
    sent = [
        client.post(
            url, headers=callers.headers("admin"), json={"agency_id": council, "item": item}
        ).json()
        for item in ("comms_lead", "staff_briefed")
    ]
    answered = client.post(
        f"{url}/{sent[0]['id']}/answers",
        headers=callers.headers("member"),
        json={"text": "Robin Example"},
    )
    assert answered.status_code == 201, answered.text
    return {
        "kind": "publication_plan",
        "requests": 2,
        "answered": 1,
        "outstanding": [{"request_id": sent[1]["id"], "item": "staff_briefed", "question": None}],
    }


def _documents(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    """Two chronologies asked of the council: one accepted, one sent and awaiting."""
    url = f"{scenario.url}/documents"
    council = str(callers.world.agencies["council"].id)
    asked = [
        client.post(
            url,
            headers=callers.headers("lead"),
            json={"agency_id": council, "kind": "chronology", "title": title, "due_on": due},
        ).json()
        for title, due in (("Chronology", "2026-04-03"), ("Agency report", "2026-04-17"))
    ]
    for document in asked:
        sent = client.post(
            f"{url}/{document['id']}/versions",
            headers={
                **callers.headers("member"),
                "Content-Disposition": 'attachment; filename="c.pdf"',
            },
            content=b"%PDF-1.7\n% " + document["title"].encode() + b"\n",
        )
        assert sent.status_code == 201, sent.text
    first = client.get(f"{url}/{asked[0]['id']}", headers=callers.headers("lead")).json()
    decided = client.post(
        f"{url}/{asked[0]['id']}/versions/{first['latest_version']['id']}/decision",
        headers=callers.headers("lead"),
        json={"decision": "accepted"},
    )
    assert decided.status_code == 200, decided.text
    return {
        "kind": "documents",
        "requested": 2,
        "accepted": 1,
        "outstanding": [
            {
                "document_id": asked[1]["id"],
                "kind": "chronology",
                "title": "Agency report",
                "due_on": "2026-04-17",
                "status": "submitted",
            }
        ],
    }


def _actions(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    """Three council actions: one overdue with accepted evidence, one overdue without, one
    not yet due; and a cancelled one, which does not count."""
    council = str(callers.world.agencies["council"].id)

    def lead() -> dict[str, str]:  # a fresh Idempotency-Key each time
        return callers.headers("lead")

    recommendation = client.post(
        f"{scenario.url}/recommendations",
        headers=lead(),
        json={"label": "R1", "text": "A fictional recommendation."},
    ).json()
    made = []
    for title, due in (
        ("Evidenced", "2026-02-27"),
        ("Overdue", "2026-02-28"),
        ("Not yet due", "2026-06-30"),
        ("Cancelled", "2026-02-01"),
    ):
        response = client.post(
            f"{scenario.url}/actions",
            headers=lead(),
            json={
                "recommendation_id": recommendation["id"],
                "agency_id": council,
                "title": title,
                "lead_name": "Jordan Example",
                "due_on": due,
                "expected_outcome": "Better.",
                "measure_of_success": "Measured.",
            },
        )
        assert response.status_code == 201, response.text
        made.append(response.json())
    url = f"{scenario.url}/actions/{made[0]['id']}/evidence"
    given = client.post(
        url, headers=callers.headers("member"), json={"kind": "note", "note": "Done, audited."}
    )
    decided = client.post(
        f"{url}/{given.json()['id']}/decision", headers=lead(), json={"decision": "accepted"}
    )
    assert decided.status_code == 200, decided.text
    cancelled = client.post(
        f"{scenario.url}/actions/{made[3]['id']}/cancel", headers=lead(), json={"reason": "Merged"}
    )
    assert cancelled.status_code == 200, cancelled.text
    return {
        "kind": "action_plan",
        "actions": 3,
        "evidenced": 1,
        "in_date": 1,
        "outstanding": [
            {
                "action_id": made[1]["id"],
                "title": "Overdue",
                "due_on": "2026-02-28",
                "status": "not_started",
            }
        ],
    }


def _learning(client: TestClient, callers: Callers, scenario: Scenario) -> dict[str, Any]:
    """Three learning items: one shared by the council and found landed, one shared and
    checked as not landed, one not shared; and a withdrawn one, not counted."""

    def lead() -> dict[str, str]:  # a fresh Idempotency-Key each time
        return callers.headers("lead")

    theme = client.get(
        "/api/v1/learning-themes", headers=lead(), params={"active": "true", "limit": 1}
    ).json()["items"][0]
    made = []
    for title, emerged in (
        ("Landed", "2026-01-05"),
        ("Not landed", "2026-01-06"),
        ("Not shared", "2026-01-07"),
        ("Withdrawn", "2026-01-08"),
    ):
        response = client.post(
            f"{scenario.url}/learning",
            headers=lead(),
            json={
                "theme_id": theme["id"],
                "title": title,
                "description": "Fictional learning.",
                "emerged_on": emerged,
            },
        )
        assert response.status_code == 201, response.text
        made.append(response.json())
    for item, outcome in ((made[0], "landed"), (made[1], "not_landed")):
        url = f"{scenario.url}/learning/{item['id']}/disseminations"
        shared = client.post(
            url,
            headers=callers.headers("member"),
            json={"method": "team_meeting", "on": "2026-02-02", "audience_size": 12},
        )
        assert shared.status_code == 201, shared.text
        checked = client.post(
            f"{url}/{shared.json()['id']}/landed",
            headers=callers.headers("member"),
            json={"on": "2026-02-20", "method": "case_audit", "outcome": outcome},
        )
        assert checked.status_code == 200, checked.text
    withdrawn = client.post(
        f"{scenario.url}/learning/{made[3]['id']}/withdraw",
        headers=lead(),
        json={"reason": "Recorded twice"},
    )
    assert withdrawn.status_code == 200, withdrawn.text
    return {
        "kind": "learning",
        "items": 3,
        "shared": 2,
        "landed": 1,
        "outstanding": [
            {
                "learning_id": made[1]["id"],
                "title": "Not landed",
                "emerged_on": "2026-01-06",
                "status": "not_landed",
            },
            {
                "learning_id": made[2]["id"],
                "title": "Not shared",
                "emerged_on": "2026-01-07",
                "status": "not_shared",
            },
        ],
    }


# For each derived duty: what makes it show evidence, and the evidence (with its status).
SHOWN: dict[str, tuple[Callable[..., dict[str, Any]], str]] = {
    "record_alerts": (_alerts, "in_progress"),
    "voice_of_the_child": (
        _declared(
            {"kind": "voice_of_the_child", "note": "Her words, in the chronology"},
            {"note": "Her words, in the chronology"},
        ),
        "done",
    ),
    "performance_leads": (
        _declared(
            {"kind": "performance_lead", "lead_name": "Pat Lead"},
            {"lead_name": "Pat Lead", "lead_role": None},
        ),
        "done",
    ),
    "parallel_proceedings": (_proceedings, "done"),
    "confidentiality": (_declared({"kind": "confidentiality"}, {}), "done"),
    "identify_practitioners": (_practitioners, "done"),
    "attendance": (_attendance, "done"),
    "practitioner_contact": (_contact, "done"),
    "report_quality": (_signoff, "done"),
    "publication_planning": (_plan, "in_progress"),
    "methodology_paperwork": (_documents, "in_progress"),
    "action_plan": (_actions, "in_progress"),
    "share_learning": (_learning, "in_progress"),
}


def test_every_derived_duty_has_an_evidence_case_here() -> None:
    assert set(SHOWN) == set(registry.DERIVED)


@pytest.mark.parametrize("code", sorted(SHOWN))
def test_each_derived_duty_shows_its_evidence_in_its_own_shape(
    client: TestClient, callers: Callers, scenario: Scenario, code: str
) -> None:
    member_id = scenario.members["member"]["id"]
    url = f"{scenario.url}/members/{member_id}/checklist"
    headers = callers.headers("member")
    before = client.get(f"{url}/{code}", headers=headers).json()
    assert before["status"] == "not_started"
    if code not in ("record_alerts", "attendance"):
        assert before["evidence"] is None  # nothing declared yet
    act, status = SHOWN[code]
    expected = act(client, callers, scenario)
    registration = registry.DERIVED[code]
    page = {i["duty"]: i for i in client.get(url, headers=headers).json()["items"]}
    alone = client.get(f"{url}/{code}", headers=headers).json()
    for item in (page[code], alone):
        assert item["status"] == status
        assert item["evidence"] == expected
        assert item["evidence"]["kind"] == registration.kind
        assert list(item["evidence"]) == list(registration.evidence.model_fields)
        # The item as the API's model reads it: the evidence is the kind's model.
        read = ChecklistItemOut.model_validate(item)
        assert type(read.evidence) is registration.evidence
    # No other item shows evidence of this kind.
    kinds = {d: (i["evidence"] or {}).get("kind") for d, i in page.items()}
    assert [d for d, kind in kinds.items() if kind == registration.kind] == [code]
