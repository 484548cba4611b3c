"""The action plan as a file over HTTP: XLSX with real cells (dates as dates, a header row,
filters) and CSV (UTF-8 with a BOM, formula injection made inert), for a review and for the
partnership; the list's scoping, filters and withholding (a viewer's file names no lead); the
headers of a download; every export audited; bad input refused."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.actions import export
from api.audit.models import AuditEvent
from api.middleware import streamed
from tests.api.actions.test_actions import ACTION, add_action
from tests.api.reports.helpers import agency, later
from tests.api.reviews.fixtures import Callers, Scenario, new_review

HEADER = [
    "Review",
    "Recommendation",
    "Action",
    "Owner agency",
    "Lead",
    "Due date",
    "Status",
    "RAG",
    "Last update",
    "Evidence submitted",
    "Evidence accepted",
    "Evidence returned",
    "Closed on",
]
INJECTED = '=HYPERLINK("https://example.invalid","Click")'
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def seed(client: TestClient, callers: Callers, scenario: Scenario) -> list[dict[str, Any]]:
    """Three actions: the council's (green), the police's (due within 28 days with no
    update: amber) and one whose title a spreadsheet would run as a formula."""
    made = [add_action(client, callers, scenario, label="R1")]
    later(1)  # one after another, as the list orders them
    made.append(
        add_action(
            client,
            callers,
            scenario,
            label="R2",
            agency_id=agency(callers, "police"),
            title="-Share police attendance with the school",
            lead_name="Robin Example",
            due_on="2026-03-20",
        )
    )
    later(2)
    made.append(
        add_action(client, callers, scenario, label="R3", title=INJECTED, lead_name="Kim Example")
    )
    assert all(m.status_code == 201 for m in made), [m.text for m in made]
    return [m.json() for m in made]


def xlsx_rows(content: bytes) -> tuple[Any, list[list[Any]]]:
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return sheet, [[c.value for c in row] for row in sheet.iter_rows()]


def csv_rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))


def test_a_review_plan_as_xlsx_has_real_cells_a_header_row_and_filters(
    client: TestClient, callers: Callers, scenario: Scenario, db: Session
) -> None:
    seed(client, callers, scenario)
    response = client.get(
        f"{scenario.url}/actions/export?format=xlsx", headers=callers.headers("lead")
    )
    assert response.status_code == 200, response.text
    reference = scenario.review["reference"]
    assert response.headers["content-type"] == XLSX
    assert response.headers["content-disposition"].startswith(
        f'attachment; filename="{reference}-action-plan.xlsx"'
    )
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert int(response.headers["content-length"]) == len(response.content)

    sheet, rows = xlsx_rows(response.content)
    assert rows[0] == HEADER
    assert sheet.auto_filter.ref == "A1:M4"
    assert sheet.freeze_panes == "A2"
    first = dict(zip(HEADER, rows[1], strict=True))
    assert first["Review"] == reference and first["Recommendation"] == "R1"
    assert (
        first["Action"] == ACTION["title"]
        and first["Owner agency"] == "TSCP Council Children's Services"
    )
    assert first["Lead"] == "Jordan Example"
    assert first["Due date"] == datetime(2026, 5, 29)
    assert sheet["F2"].is_date and sheet["F2"].number_format == "yyyy-mm-dd"
    assert (first["Status"], first["RAG"]) == ("not_started", "green")
    assert first["Evidence submitted"] == 0 and sheet["J2"].data_type == "n"
    assert first["Last update"] is None and first["Closed on"] is None
    assert rows[2][7] == "amber"
    # The formula-looking title is a string cell, never a formula.
    assert rows[3][2] == INJECTED and sheet["C4"].data_type == "s"

    db.expire_all()
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "action_plan.exported")).one()
    assert str(event.review_id) == scenario.id and event.record_type == "review"
    assert event.details == {"format": "xlsx", "actions": 3}


def test_csv_is_utf8_with_a_bom_and_formula_injection_made_inert(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    seed(client, callers, scenario)
    response = client.get(
        f"{scenario.url}/actions/export?format=csv", headers=callers.headers("admin")
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert response.headers["content-disposition"].startswith(
        f'attachment; filename="{scenario.review["reference"]}-action-plan.csv"'
    )
    rows = csv_rows(response.content)
    assert rows[0] == HEADER
    assert [r[2] for r in rows[1:]] == [
        ACTION["title"],
        "'-Share police attendance with the school",
        "'" + INJECTED,
    ]
    assert rows[1][5] == "2026-05-29" and rows[1][9] == "0"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+44 7700 900000", "'+44 7700 900000"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTabbed", "'\tTabbed"),
        ("\rReturn", "'\rReturn"),
        ("Plain", "Plain"),
        (date(2026, 1, 2), "2026-01-02"),
        (7, "7"),
        (None, ""),
    ],
)
def test_the_csv_guard(value: Any, shown: str) -> None:
    assert export.csv_text(value) == shown


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_a_viewers_export_names_no_lead(
    client: TestClient, callers: Callers, scenario: Scenario, fmt: str
) -> None:
    seed(client, callers, scenario)
    for url in (f"{scenario.url}/actions/export", "/api/v1/actions/export"):
        response = client.get(f"{url}?format={fmt}", headers=callers.headers("viewer"))
        assert response.status_code == 200, response.text
        rows = xlsx_rows(response.content)[1] if fmt == "xlsx" else csv_rows(response.content)
        assert len(rows) == 4
        assert all(r[4] in (None, "") for r in rows[1:]), rows
        for name in ("Jordan Example", "Robin Example", "Kim Example"):
            assert name.encode() not in response.content


def test_an_agency_members_partnership_export_holds_what_their_list_shows(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    seed(client, callers, scenario)
    # A second review the council's member does not sit on, with an action of its own.
    other = new_review(client, callers, child_pseudonym="Child B")
    url = f"/api/v1/reviews/{other['id']}"
    seated = client.post(
        f"{url}/members",
        headers=callers.headers("admin"),
        json={"user_id": str(callers.world.users["police_member"].id)},
    )
    assert seated.status_code == 201, seated.text
    recommendation = client.post(
        f"{url}/recommendations",
        headers=callers.headers("lead"),
        json={"label": "R1", "text": "A fictional recommendation."},
    ).json()
    hidden = client.post(
        f"{url}/actions",
        headers=callers.headers("lead"),
        json={
            "recommendation_id": recommendation["id"],
            "agency_id": agency(callers, "police"),
            **ACTION,
            "title": "Only on the second review",
        },
    )
    assert hidden.status_code == 201, hidden.text

    for who, expected in (("member", 3), ("police_member", 4), ("admin", 4)):
        listed = client.get("/api/v1/actions", headers=callers.headers(who)).json()["items"]
        response = client.get("/api/v1/actions/export?format=csv", headers=callers.headers(who))
        assert response.status_code == 200, response.text
        exported = [r[2] for r in csv_rows(response.content)[1:]]
        assert len(exported) == expected == len(listed)
        assert [export.csv_text(i["title"]) for i in listed] == exported
    assert response.headers["content-disposition"].startswith(
        'attachment; filename="TSCP-action-plan.csv"'
    )


def test_the_lists_filters_apply_to_the_file(
    client: TestClient, callers: Callers, scenario: Scenario
) -> None:
    seed(client, callers, scenario)
    police = agency(callers, "police")

    def titles(url: str) -> list[str]:
        response = client.get(url, headers=callers.headers("lead"))
        assert response.status_code == 200, response.text
        return [r[2] for r in csv_rows(response.content)[1:]]

    review_url = f"{scenario.url}/actions/export?format=csv"
    assert titles(f"{review_url}&agency_id={police}") == [
        "'-Share police attendance with the school"
    ]
    assert len(titles(f"{review_url}&status=not_started")) == 3
    assert titles(f"{review_url}&status=completed") == []
    assert titles(f"/api/v1/actions/export?format=csv&review_id={scenario.id}&rag=amber") == [
        "'-Share police attendance with the school"
    ]
    other = new_review(client, callers, child_pseudonym="Child C")
    assert titles(f"/api/v1/actions/export?format=csv&review_id={other['id']}") == []


def test_a_long_plan_is_read_in_batches(
    client: TestClient, callers: Callers, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = seed(client, callers, scenario)
    monkeypatch.setattr(export, "BATCH", 2)
    response = client.get("/api/v1/actions/export?format=xlsx", headers=callers.headers("admin"))
    assert response.status_code == 200, response.text
    rows = xlsx_rows(response.content)[1]
    assert [r[2] for r in rows[1:]] == [m["title"] for m in made]


@pytest.mark.parametrize(
    ("query", "field"),
    [("format=pdf", "query.format"), ("format=csv&status=done", "query.status")],
)
def test_bad_input_is_a_problem_naming_the_field(
    client: TestClient, callers: Callers, scenario: Scenario, query: str, field: str
) -> None:
    for url in (f"{scenario.url}/actions/export", "/api/v1/actions/export"):
        response = client.get(f"{url}?{query}", headers=callers.headers("lead"))
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        assert field in [e["field"] for e in response.json()["errors"]]


def test_exports_are_streamed_downloads() -> None:
    for path in ("/api/v1/reviews/{review_id}/actions/export", "/api/v1/actions/export"):
        assert streamed("GET", path)
    assert not streamed("GET", "/api/v1/reviews/{review_id}/actions")
