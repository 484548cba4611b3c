"""The Meetings tab (schedule, record attendance as a table of radios, rates), the
partnership's review settings, and the aftercare prompts on the Practitioners screen: each
checked with axe at desktop width and at 375 px with no horizontal scrolling."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import (
    ADMIN,
    LEAD,
    MEMBER_COUNCIL,
    Api,
    OpenPage,
    api_as,
    check_accessibility,
    check_widths,
)

pytestmark = pytest.mark.e2e


def check_both_widths(page: Page, name: str) -> None:
    check_accessibility(page, name)
    page.set_viewport_size({"width": 375, "height": 800})
    check_accessibility(page, f"{name}-375")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    page.set_viewport_size({"width": 1280, "height": 900})


def test_the_lead_schedules_a_meeting_and_records_attendance(
    open_page: OpenPage, admin_api: Api
) -> None:
    child_a = admin_api.review_id("Child A")
    page = open_page(LEAD)
    page.goto(f"/reviews/{child_a}/meetings")
    expect(page.get_by_role("heading", name="Meetings", exact=True)).to_be_visible()
    check_both_widths(page, "meetings-empty")

    # Yesterday, so the meeting has certainly taken place and every seat was active.
    day = datetime.now(UTC) - timedelta(days=1)
    form = page.get_by_role("form", name="Schedule a meeting")
    form.get_by_role("radio", name="Review team meeting").check()
    form.get_by_label("Day").fill(str(day.day))
    form.get_by_label("Month").fill(str(day.month))
    form.get_by_label("Year").fill(str(day.year))
    form.get_by_label("Time").fill("10:00")
    form.get_by_label("Held online").check()
    form.get_by_label("This meeting has already taken place").check()
    form.get_by_role("button", name="Schedule meeting").click()
    expect(page.get_by_text("Review team meeting recorded.")).to_be_visible()

    page.get_by_role("button", name="Record attendance").first.click()
    attendance = page.get_by_role("form", name="Record attendance")
    expect(attendance.get_by_role("table").first).to_be_visible()
    check_both_widths(page, "meetings-attendance")
    members = attendance.get_by_role("region", name="Members")
    rows = members.locator("tbody tr")
    for n in range(rows.count()):
        rows.nth(n).get_by_role("radio", name="Attended").check()
    attendance.get_by_role("button", name="Save attendance").click()
    expect(page.get_by_text("Attendance recorded for the review team meeting")).to_be_visible()
    rates = page.get_by_role("list", name="Attendance rates")
    expect(rates.locator("li").first).to_contain_text("attended 1 of 1 (100%)")
    check_both_widths(page, "meetings-recorded")


def test_a_member_sees_their_own_rate_only(open_page: OpenPage, admin_api: Api) -> None:
    child_a = admin_api.review_id("Child A")
    page = open_page(MEMBER_COUNCIL)
    page.goto(f"/reviews/{child_a}/meetings")
    rates = page.get_by_role("list", name="Attendance rates")
    expect(rates.locator("li")).to_have_count(1)
    expect(page.get_by_role("form", name="Schedule a meeting")).to_have_count(0)
    check_both_widths(page, "meetings-member")


def test_the_admin_changes_the_review_settings(open_page: OpenPage) -> None:
    page = open_page(ADMIN)
    page.goto("/admin/settings")
    threshold = page.get_by_label("Attendance threshold (%)")
    expect(threshold).to_have_value("80")
    check_both_widths(page, "admin-settings")
    threshold.fill("101")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_role("alert")).to_contain_text("between 1 and 100")
    check_accessibility(page, "admin-settings-error")
    threshold.fill("75")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Attendance threshold (%)")).to_have_value("75")
    threshold = page.get_by_label("Attendance threshold (%)")
    threshold.fill("80")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()


def test_aftercare_is_prompted_after_an_attended_event(
    open_page: OpenPage, admin_api: Api, server: str
) -> None:
    child_a = admin_api.review_id("Child A")
    member = api_as(server, MEMBER_COUNCIL)
    lead = api_as(server, LEAD)
    try:
        name = f"Robin Example {uuid.uuid4().hex[:4]}"
        added = member.post(
            f"/api/v1/reviews/{child_a}/practitioners",
            {"name": name, "job_title": "Family support worker"},
        )
        held_at = (datetime.now(UTC) - timedelta(hours=2)).isoformat()
        event = lead.post(
            f"/api/v1/reviews/{child_a}/meetings",
            {"kind": "practitioner_learning_event", "held_at": held_at, "status": "held"},
        )
        etag = lead.client.get(f"/api/v1/reviews/{child_a}/meetings/{event['id']}").headers["ETag"]
        put = lead.client.put(
            f"/api/v1/reviews/{child_a}/meetings/{event['id']}/attendance",
            headers={"If-Match": etag},
            json={"practitioners": [{"practitioner_id": added["id"], "status": "attended"}]},
        )
        assert put.status_code == 200, put.text
    finally:
        member.client.close()
        lead.client.close()
    page = open_page(MEMBER_COUNCIL)
    page.goto(f"/reviews/{child_a}/practitioners")
    prompts = page.get_by_label("Aftercare due")
    expect(prompts).to_contain_text(f"{name}: Aftercare due after practitioner learning event on")
    check_both_widths(page, "practitioners-aftercare")


def test_the_lead_cancels_a_meeting_with_a_reason(
    open_page: OpenPage, admin_api: Api, server: str
) -> None:
    child_a = admin_api.review_id("Child A")
    agenda = f"Family meeting (fictional) {uuid.uuid4().hex[:6]}"
    lead = api_as(server, LEAD)
    try:
        held_at = (datetime.now(UTC) + timedelta(days=7)).isoformat()
        lead.post(
            f"/api/v1/reviews/{child_a}/meetings",
            {"kind": "family_meeting", "held_at": held_at, "online": True, "agenda": agenda},
        )
    finally:
        lead.client.close()

    # A member sees the meeting but is not offered to cancel it.
    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{child_a}/meetings")
    expect(member.locator("tr", has_text=agenda)).to_contain_text("Scheduled")
    expect(member.get_by_role("link", name=re.compile("^Cancel meeting"))).to_have_count(0)

    page = open_page(LEAD)
    page.goto(f"/reviews/{child_a}/meetings")
    page.locator("tr", has_text=agenda).get_by_role(
        "link", name=re.compile("^Cancel meeting")
    ).click()
    form = page.get_by_role("form", name=re.compile("^Cancel the family meeting on"))
    expect(form).to_be_visible()
    check_widths(page, "meeting-cancel")
    form.get_by_role("button", name="Cancel meeting").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter why the meeting is cancelled")
    expect(summary).to_be_focused()
    check_widths(page, "meeting-cancel-error")
    form.get_by_label("Why is the meeting cancelled?").fill("Family asked to move it")
    form.get_by_label("I want to cancel this meeting").check()
    form.get_by_role("button", name="Cancel meeting").click()
    expect(page.get_by_text(re.compile(r"^Family meeting on .* cancelled\.$"))).to_be_visible()
    row = page.locator("tr", has_text=agenda)
    expect(row).to_contain_text("Cancelled: Family asked to move it")
    expect(row.get_by_role("link", name=re.compile("^Cancel meeting"))).to_have_count(0)
    check_widths(page, "meetings-cancelled")
