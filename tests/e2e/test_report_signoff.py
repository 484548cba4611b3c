"""Report sign-off and the publication plan in the browser: the lead reviewer circulates a
draft and sees each agency's response; a member returns comments, then signs off; the
administrator asks every agency for its comms lead and a member answers. Each screen is
checked with axe at desktop width and at 375 px, where nothing scrolls sideways."""

from __future__ import annotations

import re
import uuid

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
    api_as,
    check_accessibility,
    check_widths,
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


def test_lead_withdraws_a_draft_with_a_reason(
    open_page: OpenPage, admin_api: Api, server: str
) -> None:
    review = admin_api.review_id("Child A")
    label = f"v9.{uuid.uuid4().hex[:4]}"
    lead_api = api_as(server, LEAD)
    try:
        lead_api.post(
            f"/api/v1/reviews/{review}/drafts",
            {"title": "Child A overview report (fictional)", "version_label": label},
        )
    finally:
        lead_api.client.close()

    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/report")
    current = f"Responses to draft {label} (current)"
    expect(member.get_by_role("table", name=current)).to_be_visible()
    expect(member.get_by_role("link", name=re.compile("^Withdraw"))).to_have_count(0)

    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/report")
    versions = lead.get_by_role("table", name="All versions")
    expect(versions.locator("tr", has_text=label)).to_contain_text("Current")
    versions.get_by_role("link", name=f"Withdraw draft {label}").click()
    form = lead.get_by_role("form", name=f"Withdraw draft {label}")
    expect(form).to_be_visible()
    check_widths(lead, "report-withdraw")
    form.get_by_role("button", name="Withdraw draft").click()
    expect(lead.locator(".govuk-error-summary")).to_contain_text("Enter why the draft is withdrawn")
    check_widths(lead, "report-withdraw-error")
    form.get_by_label("Why are you withdrawing it?").fill("Circulated in error")
    form.get_by_label(f"I want to withdraw draft {label}").check()
    form.get_by_role("button", name="Withdraw draft").click()
    expect(lead.get_by_text(f"Draft {label} withdrawn.")).to_be_visible()
    row = lead.get_by_role("table", name="All versions").locator("tr", has_text=label)
    expect(row).to_contain_text("Withdrawn")
    expect(row).to_contain_text("Circulated in error")
    expect(lead.get_by_role("table", name=current)).to_have_count(0)
    check_widths(lead, "report-withdrawn")


def test_admin_withdraws_a_publication_plan_request(
    open_page: OpenPage, admin_api: Api, server: str
) -> None:
    review = admin_api.review_id("Child A")
    question = f"Confirm the press statement (fictional) {uuid.uuid4().hex[:4]}"
    admin_api.post(
        f"/api/v1/reviews/{review}/publication-plan/requests",
        {"agency_id": _agency_id(admin_api, COUNCIL), "item": "other", "question": question},
    )

    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/publication-plan")
    expect(lead.locator("tr", has_text=question)).to_contain_text("Waiting")
    expect(lead.get_by_role("link", name=re.compile("^Withdraw"))).to_have_count(0)

    admin = open_page(ADMIN)
    admin.goto(f"/reviews/{review}/publication-plan")
    admin.locator("tr", has_text=question).get_by_role("link", name=re.compile("^Withdraw")).click()
    form = admin.get_by_role("form", name=f"Withdraw the request to {COUNCIL}")
    expect(form).to_be_visible()
    check_widths(admin, "publication-plan-withdraw")
    form.get_by_role("button", name="Withdraw request").click()
    expect(admin.locator(".govuk-error-summary")).to_contain_text(
        "Enter why the request is withdrawn"
    )
    check_widths(admin, "publication-plan-withdraw-error")
    form.get_by_label("Why are you withdrawing it?").fill("Asked in error")
    form.get_by_label("I want to withdraw this request").check()
    form.get_by_role("button", name="Withdraw request").click()
    expect(admin.get_by_text(f"Request to {COUNCIL} withdrawn.")).to_be_visible()
    row = admin.locator("tr", has_text=question)
    expect(row).to_contain_text("Withdrawn")
    expect(row).to_contain_text("Asked in error")
    check_widths(admin, "publication-plan-withdrawn")
