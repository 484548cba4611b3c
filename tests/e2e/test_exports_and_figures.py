"""Exports and annual figures in the browser: the lead reviewer downloads Child D's action plan
as XLSX through its page and the file holds the demo's actions in real cells; a viewer
downloads the partnership's plan as CSV with no lead named; a viewer opens Annual figures and
sees the API's numbers and the charts. Each screen is checked with axe at desktop width and at
375 px."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from playwright.sync_api import Page, expect

from api.figures.demo import ACTIONS
from tests.e2e.conftest import LEAD, MEMBER_COUNCIL, VIEWER, Api, OpenPage, api_as, check_widths

pytestmark = pytest.mark.e2e

TITLES = [title for _, _, title, _, _ in ACTIONS]


def download(page: Page, button: str) -> tuple[str, bytes]:
    """Click ``button`` and return the file the browser saved: its name and bytes."""
    with page.expect_download() as info:
        page.get_by_role("button", name=button).click()
    saved = info.value
    return saved.suggested_filename, Path(saved.path()).read_bytes()


def test_a_lead_downloads_a_reviews_action_plan_as_xlsx(
    open_page: OpenPage, admin_api: Api
) -> None:
    review = admin_api.review_id("Child D")
    reference = admin_api.review_reference(review)
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/actions")
    expect(lead.get_by_role("heading", name="Download this action plan")).to_be_visible()
    check_widths(lead, "action-plan-downloads")

    name, content = download(lead, "Download as spreadsheet (XLSX)")
    assert name == f"{reference}-action-plan.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["Review", "Recommendation", "Action", "Owner agency", "Lead"]
    assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith("A1:")
    by_title = {r[2]: r for r in rows[1:]}
    for title in TITLES:
        assert title in by_title, title
        assert by_title[title][0] == reference
        assert by_title[title][4] == "Jordan Example (fictional)"
        assert isinstance(by_title[title][5], datetime)  # the due date, a date cell
    assert {by_title[t][7] for t in TITLES} == {"red", "amber", "green"}


def test_a_viewer_downloads_the_partnerships_plan_as_csv_with_no_lead(open_page: OpenPage) -> None:
    viewer = open_page(VIEWER)
    viewer.goto("/actions?rag=red")
    expect(viewer.get_by_role("button", name="Download as CSV")).to_be_visible()
    name, content = download(viewer, "Download as CSV")
    assert name == "DSCP-action-plan.csv"
    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline="")))
    assert rows[0][4] == "Lead"
    assert rows[1:], "the demo has a red action"
    assert all(r[7] == "red" and r[4] == "" for r in rows[1:])
    assert b"Jordan Example" not in content


def test_a_viewer_reads_the_annual_figures(open_page: OpenPage, server: str) -> None:
    viewer_api = api_as(server, VIEWER)
    try:
        figures = viewer_api.get("/api/v1/figures")
    finally:
        viewer_api.client.close()
    viewer = open_page(VIEWER)
    viewer.goto("/")
    viewer.get_by_role("link", name="Annual figures").click()
    expect(viewer.get_by_role("heading", name="Annual figures", level=1)).to_be_visible()
    start = figures["period_from"][:4]
    expect(viewer.get_by_label("Reporting year")).to_have_value(start)

    def value(key: str) -> str:
        row = viewer.locator(".govuk-summary-list__row", has=viewer.locator("dt", has_text=key))
        return str(row.first.locator("dd").first.inner_text()).strip()

    rapid = figures["rapid_reviews"]
    assert value("Sent to the Panel") == str(rapid["sent"])
    assert value(f"Sent within {rapid['working_days']} working days") == str(
        rapid["within_deadline"]
    )
    assert value("All notifications") == str(figures["notifications"]["total"])
    assert value("Started") == str(figures["lcsprs"]["started"])

    chart = viewer.get_by_role("table", name="Actions by RAG status")
    expect(chart).to_be_visible()
    for count in figures["actions"]["by_rag"]:
        label = {"red": "Red", "amber": "Amber", "green": "Green", "closed": "Closed"}[count["key"]]
        expect(chart.get_by_role("row", name=f"{label} {count['count']}")).to_be_visible()
    expect(chart.locator("svg rect")).to_have_count(4)
    check_widths(viewer, "annual-figures")

    # Another year, chosen on the page.
    viewer.get_by_label("Reporting year").select_option(str(int(start) - 1))
    viewer.get_by_role("button", name="Show figures").click()
    expect(
        viewer.get_by_role("heading", name=f"1 April {int(start) - 1} to", level=2)
    ).to_be_visible()


def test_a_member_has_no_annual_figures(open_page: OpenPage) -> None:
    member = open_page(MEMBER_COUNCIL)
    member.goto("/")
    expect(member.get_by_role("link", name="Action plans")).to_be_visible()
    expect(member.get_by_role("link", name="Annual figures")).to_have_count(0)
