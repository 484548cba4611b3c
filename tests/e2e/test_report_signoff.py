"""Report sign-off and the publication plan in the browser: the lead reviewer circulates a
draft and sees each agency's response; a member returns comments, then signs off; the
administrator asks every agency for its comms lead and a member answers. Each screen is
checked with axe at desktop width and at 375 px, where nothing scrolls sideways."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import (
    ADMIN,
    COUNCIL,
    LEAD,
    MEMBER_COUNCIL,
    MEMBER_POLICE,
    Api,
    OpenPage,
    check_accessibility,
    wait_loaded,
)

pytestmark = pytest.mark.e2e


def check_both_widths(page: Page, name: str) -> None:
    """Zero axe violations at desktop width and at 375 px, with no sideways scrolling."""
    check_accessibility(page, name)
    page.set_viewport_size({"width": 375, "height": 800})
    try:
        wait_loaded(page)
        check_accessibility(page, f"{name}-375")
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def council_row(page: Page, caption: str) -> Locator:
    """The council's row of the table with ``caption``."""
    table = page.locator("table", has=page.locator("caption", has_text=caption))
    return table.locator("tr", has=page.locator("th", has_text=COUNCIL))


def test_lead_circulates_a_draft_and_members_respond(open_page: OpenPage, admin_api: Api) -> None:
    review = admin_api.review_id("Child A")
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/report")
    expect(lead.get_by_role("heading", name="Report sign-off", level=1)).to_be_visible()
    expect(lead.get_by_text("No draft has been circulated yet.")).to_be_visible()
    lead.get_by_label("Title").fill("Child A overview report (fictional)")
    lead.get_by_label("Version label").fill("v0.1")
    lead.get_by_role("button", name="Circulate draft").click()
    expect(lead.get_by_text("Draft v0.1 circulated.")).to_be_visible()
    caption = "Responses to draft v0.1"
    row = council_row(lead, caption)
    expect(row).to_contain_text("No response yet")
    check_both_widths(lead, "report-lead")

    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/report")
    member.get_by_label("No, I am returning comments").check()
    member.get_by_role("button", name="Send response").click()
    expect(member.locator(".govuk-error-summary")).to_contain_text("Enter your comments")
    member.get_by_label("Your comments").fill("Paragraph 4.2: the meeting was on 3 March.")
    check_both_widths(member, "report-member-comments")
    member.get_by_role("button", name="Send response").click()
    expect(member.get_by_text("Comments on draft v0.1 returned.")).to_be_visible()
    expect(council_row(member, caption)).to_contain_text("Paragraph 4.2")

    # Another agency's member sees that comments came back, not what they say.
    police = open_page(MEMBER_POLICE)
    police.goto(f"/reviews/{review}/report")
    police_view = council_row(police, caption)
    expect(police_view).to_contain_text("Comments returned")
    expect(police_view).to_contain_text("Shared with the lead reviewer")
    expect(police_view).not_to_contain_text("Paragraph 4.2")

    member.get_by_label("Yes, I sign off its factual accuracy").check()
    member.get_by_role("button", name="Send response").click()
    expect(member.get_by_text("Draft v0.1 signed off.")).to_be_visible()
    check_both_widths(member, "report-member")

    lead.reload()
    expect(council_row(lead, caption)).to_contain_text("Signed off")
    # The member's checklist item is done, from the data.
    checklist = admin_api.get(f"/api/v1/reviews/{review}/members")["items"]
    council_seat = next(s for s in checklist if s["agency_id"] == _agency_id(admin_api, COUNCIL))
    item = admin_api.get(
        f"/api/v1/reviews/{review}/members/{council_seat['id']}/checklist/report_quality"
    )
    assert item["status"] == "done" and item["evidence"]["version_label"] == "v0.1"


def _agency_id(api: Api, name: str) -> str:
    agencies = api.get("/api/v1/agencies", limit=200)["items"]
    return str(next(a["id"] for a in agencies if a["name"] == name))


def test_admin_asks_every_agency_and_a_member_answers(open_page: OpenPage, admin_api: Api) -> None:
    review = admin_api.review_id("Child A")
    admin = open_page(ADMIN)
    admin.goto(f"/reviews/{review}/publication-plan")
    expect(admin.get_by_role("heading", name="Publication plan", level=1)).to_be_visible()
    admin.get_by_label("To").select_option(label="Every agency on the review")
    admin.get_by_label("Name of the comms lead").check()
    admin.get_by_role("button", name="Send request").click()
    expect(admin.get_by_text("Request sent to")).to_be_visible()
    caption = "Requests to agencies"
    expect(council_row(admin, caption)).to_contain_text("Waiting")
    check_both_widths(admin, "publication-plan-admin")

    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/publication-plan")
    member.get_by_role("button", name="Send answer").click()
    expect(member.locator(".govuk-error-summary")).to_contain_text("comms lead")
    member.get_by_label("Name of your comms lead").fill("Robin Example")
    check_both_widths(member, "publication-plan-member")
    member.get_by_role("button", name="Send answer").click()
    expect(member.get_by_text("sent.")).to_be_visible()
    row = council_row(member, caption)
    expect(row).to_contain_text("Answered")
    expect(row).to_contain_text("Robin Example")
