"""The main flow, as people do it, in the browser only.

The business co-ordinator (admin) opens a review from a serious incident notification, records
its subjects, puts the council's and the police's review team members on it and appoints the
lead reviewer. The council's member confirms the "subject to a Rapid Review" alert on their
records for every subject and watches the derived checklist item complete, then updates one of
their own duties by hand. The lead reviewer tries to move the review on, is told what is
missing, records it, moves it on, and finds the step in the history.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import (
    ADMIN,
    COUNCIL,
    LEAD,
    MEMBER_COUNCIL,
    POLICE,
    Api,
    OpenPage,
    check_accessibility,
    path_of,
)

pytestmark = pytest.mark.e2e

CHILD = "Child Q"
PARENT = "Mother Q"
ALERT_DUTY = "subject to a Rapid Review"
# The demo partnership's own duty (`api.demo.LOCAL_DUTY`), set by hand.
MANUAL_DUTY = "Your agency's senior safeguarding lead briefed on the review"
REVIEW_URL = re.compile(r"/reviews/([0-9a-f-]{36})$")


def fill_date(page: Page | Locator, legend: str, value: date) -> None:
    group = page.get_by_role("group", name=legend, exact=True)
    group.get_by_label("Day").fill(str(value.day))
    group.get_by_label("Month").fill(str(value.month))
    group.get_by_label("Year").fill(str(value.year))


def banner(page: Page) -> Locator:
    return page.locator(".govuk-notification-banner--success")


def task(page: Page, text: str) -> Locator:
    return page.locator(".govuk-task-list__item").filter(has_text=text)


def admin_creates_the_review(admin: Page) -> str:
    admin.get_by_role("navigation", name="Menu").get_by_role("link", name="Reviews").click()
    check_accessibility(admin, "reviews-list")
    admin.get_by_role("button", name="Create a review").click()
    expect(admin.get_by_role("heading", level=1, name="Create a review")).to_be_visible()
    check_accessibility(admin, "create-review")

    # A half-filled form: the errors are summarised and linked, and nothing typed is lost.
    admin.get_by_label("Child's pseudonym").fill(CHILD)
    admin.get_by_role("button", name="Create review").click()
    summary = admin.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Select what happened")
    expect(summary).to_contain_text("Enter the date of the incident")
    expect(summary).to_contain_text("Enter the date the local authority became aware")
    expect(summary).not_to_contain_text("pseudonym")
    expect(admin.get_by_label("Child's pseudonym")).to_have_value(CHILD)
    expect(admin).to_have_title(re.compile(r"^Error: "))
    check_accessibility(admin, "create-review-errors")

    today = date.today()
    admin.get_by_role("radio", name="Serious harm to a child").check()
    fill_date(admin, "Date of the incident", today - timedelta(days=12))
    fill_date(admin, "Date the local authority became aware", today - timedelta(days=10))
    admin.get_by_label("Notification reference (optional)").fill("SIN-E2E-0001")
    # The notification has not gone to the Panel yet: no date sent, no lead reviewer yet.
    admin.get_by_role("button", name="Create review").click()

    admin.wait_for_url(REVIEW_URL)
    match = REVIEW_URL.search(path_of(admin))
    assert match
    expect(banner(admin)).to_contain_text("created. Its statutory deadlines are below.")
    expect(admin.get_by_role("heading", level=1, name="Review overview")).to_be_visible()
    overview = admin.locator(".govuk-summary-list").first
    expect(overview).to_contain_text(CHILD)
    expect(overview).to_contain_text("SIN-E2E-0001, not sent yet")
    expect(admin.locator(".app-timeline")).to_be_visible()
    check_accessibility(admin, "review-overview")
    return match.group(1)


def admin_adds_subjects(admin: Page) -> None:
    admin.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Subjects and alerts"
    ).click()
    expect(admin.get_by_role("heading", level=1, name="Subjects and alerts")).to_be_visible()
    expect(admin.get_by_text("No subjects have been recorded yet.")).to_be_visible()
    for role, pseudonym, names in (("Child", CHILD, "Quinn Example"), ("Parent", PARENT, None)):
        form = admin.locator("form").filter(has=admin.get_by_role("heading", name="Add a subject"))
        form.get_by_role("radio", name=role, exact=True).check()
        form.get_by_label("Pseudonym", exact=True).fill(pseudonym)
        if names:
            form.get_by_label("Names (optional)").fill(names)
            fill_date(form, "Date of birth (optional)", date(2019, 4, 3))
        form.get_by_role("button", name="Add subject").click()
        expect(banner(admin)).to_contain_text(f"{pseudonym} added.")
        # The form is cleared for the next person.
        expect(form.get_by_label("Pseudonym", exact=True)).to_have_value("")


def admin_adds_the_team(admin: Page) -> None:
    admin.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Team and checklists"
    ).click()
    expect(admin.get_by_role("heading", level=1, name="Team and checklists")).to_be_visible()
    expect(
        admin.get_by_text("No agency has a review team member on this review yet.")
    ).to_be_visible()
    for name, agency in (("Morgan Member", COUNCIL), ("Pat Constable", POLICE)):
        admin.get_by_label("Member", exact=True).select_option(label=f"{name} — {agency}")
        admin.get_by_role("button", name="Add to the team").click()
        expect(banner(admin)).to_contain_text(f"{name} joined the review team.")
    team = admin.get_by_role("table", name="The review team at a glance")
    expect(team.get_by_role("row")).to_have_count(3)
    expect(team).to_contain_text(COUNCIL)
    expect(team).to_contain_text(POLICE)
    expect(team).to_contain_text("0 of 14 done")
    check_accessibility(admin, "team")

    # With the team in place, the subjects-by-agencies matrix has a column per agency.
    admin.get_by_role("link", name="Subjects and alerts").click()
    matrix = admin.get_by_role("table", name="Alert confirmations")
    headers = matrix.get_by_role("columnheader")
    expect(headers).to_have_count(3)
    assert sorted(headers.all_inner_texts()) == sorted(["Subject", COUNCIL, POLICE])
    expect(matrix.get_by_role("rowheader")).to_have_count(2)
    # Identifying details are shown to the administrator (the API returns them).
    expect(matrix.get_by_role("rowheader").first).to_contain_text("Quinn Example")
    expect(matrix.get_by_text("Not confirmed")).to_have_count(4)
    check_accessibility(admin, "subjects")


def admin_appoints_the_lead_reviewer(admin: Page) -> None:
    admin.get_by_role("link", name="Overview").click()
    admin.get_by_role(
        "link", name="Change the review's details, dates and terms of reference"
    ).click()
    expect(
        admin.get_by_role("heading", level=1, name="Change the review's details")
    ).to_be_visible()
    check_accessibility(admin, "edit-review")
    admin.get_by_label("Lead reviewer", exact=True).select_option(label="Lee Reviewer")
    admin.get_by_role("button", name="Save changes").click()
    admin.wait_for_url(REVIEW_URL)
    expect(banner(admin)).to_contain_text("The review's details were saved.")
    lead_row = admin.locator(".govuk-summary-list__row").filter(has_text="Lead reviewer")
    expect(lead_row).to_contain_text("Lee Reviewer")


def member_confirms_alerts_and_the_derived_item_completes(member: Page, review_id: str) -> None:
    # The new review's checklist is on the member's dashboard.
    expect(member.get_by_role("heading", name="Your outstanding checklist items")).to_be_visible()
    checklist_link = member.get_by_role("link", name=re.compile(rf"\({CHILD}\)$"))
    checklist_link.click()
    expect(member.get_by_role("heading", level=1, name="Your duty checklist")).to_be_visible()
    alert_item = task(member, ALERT_DUTY)
    expect(alert_item).to_contain_text("Not yet started")
    expect(alert_item).to_contain_text(
        f"Completes from the data: alerts confirmed for 0 of 2 subjects "
        f"(waiting for {CHILD}, {PARENT})"
    )
    checklist_url = path_of(member)

    # From the item, to the matrix where the member confirms for their own agency only.
    alert_item.get_by_role("link").click()
    member.get_by_role("link", name="Confirm the alerts on your agency's records").click()
    expect(member.get_by_role("heading", level=1, name="Subjects and alerts")).to_be_visible()
    matrix = member.get_by_role("table", name="Alert confirmations")
    expect(matrix.get_by_role("button", name=re.compile(POLICE))).to_have_count(0)
    for pseudonym in (CHILD, PARENT):
        # (The visually hidden part of the name says which cell the button is for.)
        name = re.compile(rf"^Confirm added today for {pseudonym}, {re.escape(COUNCIL)}$")
        matrix.get_by_role("button", name=name).click()
        expect(banner(member)).to_contain_text(
            f"Alert on {COUNCIL}'s record for {pseudonym} confirmed."
        )
    expect(matrix.get_by_role("button", name=re.compile("Confirm added today"))).to_have_count(0)
    expect(matrix.get_by_text("Confirmed", exact=True)).to_have_count(2)
    # The police column is still waiting for the police.
    expect(matrix.get_by_text("Not confirmed")).to_have_count(2)
    check_accessibility(member, "subjects-member")

    # Back on the checklist, the derived item is complete and says what it rests on.
    member.goto(checklist_url)
    alert_item = task(member, ALERT_DUTY)
    expect(alert_item.locator(".govuk-task-list__status")).to_have_text("Completed")
    expect(alert_item).to_contain_text(
        "Completes from the data: alerts confirmed for 2 of 2 subjects"
    )
    expect(member.get_by_text("1 of 14 duties done.")).to_be_visible()
    check_accessibility(member, "checklist")

    alert_item.get_by_role("link").click()
    expect(member.get_by_text("This duty completes from the data. It rests on:")).to_be_visible()
    evidence = member.locator(".govuk-summary-list")
    expect(evidence.locator(".govuk-summary-list__key")).to_have_text(
        ["Subjects", "Confirmed", "Missing"]
    )
    expect(evidence.locator(".govuk-summary-list__value")).to_have_text(["2", "2", "None"])
    # A derived duty has no form: it is never ticked by hand.
    expect(member.get_by_role("button", name="Save")).to_have_count(0)
    check_accessibility(member, "checklist-item-derived")


def member_updates_a_manual_item(member: Page, review_id: str, team: dict[str, Any]) -> None:
    member.get_by_role("link", name="Your duty checklist").click()
    task(member, MANUAL_DUTY).get_by_role("link").click()
    expect(member.get_by_role("heading", level=1, name=MANUAL_DUTY)).to_be_visible()
    check_accessibility(member, "checklist-item-manual")
    # Saving it as it is changes nothing, and says so.
    member.get_by_role("button", name="Save").click()
    expect(member.get_by_role("heading", level=1, name="Your duty checklist")).to_be_visible()
    expect(banner(member)).to_contain_text("No changes were made.")
    task(member, MANUAL_DUTY).get_by_role("link").click()
    # "Not applicable" needs the reason it does not apply.
    member.get_by_role("radio", name="Not applicable").check()
    member.get_by_role("button", name="Save").click()
    summary = member.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Say why this duty does not apply to your agency")
    check_accessibility(member, "checklist-item-reason-missing")
    member.get_by_role("radio", name="In progress").check()
    member.get_by_label("Note", exact=True).fill("Chronology requested from the locality team.")
    member.get_by_role("button", name="Save").click()
    expect(member.get_by_role("heading", level=1, name="Your duty checklist")).to_be_visible()
    expect(banner(member)).to_contain_text(f"“{MANUAL_DUTY}” saved.")
    expect(banner(member)).not_to_contain_text("No changes were made.")
    item = task(member, MANUAL_DUTY)
    expect(item.locator(".govuk-task-list__status")).to_have_text("In progress")
    expect(item).to_contain_text("Set by hand. Note: Chronology requested from the locality team.")

    # Another agency's member's checklist is not theirs to read (the API answers 404, and the
    # screen says so plainly, as for any page that is not there).
    # The team page offers a link only to the checklists they may read: their own.
    member.goto(f"/reviews/{review_id}/team")
    rows = member.get_by_role("table", name="The review team at a glance").locator("tbody tr")
    expect(rows.filter(has_text=POLICE)).to_have_count(1)
    expect(rows.filter(has_text=POLICE).get_by_role("link")).to_have_count(0)
    expect(member.get_by_role("link", name=re.compile(r"^Your checklist"))).to_have_count(1)
    expect(member.get_by_role("link", name=re.compile(r"^View checklist"))).to_have_count(0)
    police = next(m for m in team["members"] if m["agency_name"] == POLICE)
    member.goto(f"/reviews/{review_id}/members/{police['member_id']}/checklist")
    expect(member.get_by_role("heading", level=1, name="Page not found")).to_be_visible()


def lead_reads_the_members_checklist(lead: Page, review_id: str) -> None:
    lead.goto(f"/reviews/{review_id}/team")
    lead.get_by_role("link", name=re.compile(r"View checklist\s*of Morgan Member")).click()
    expect(
        lead.get_by_role("heading", level=1, name="Morgan Member's duty checklist")
    ).to_be_visible()
    item = task(lead, MANUAL_DUTY)
    expect(item.locator(".govuk-task-list__status")).to_have_text("In progress")
    item.get_by_role("link").click()
    expect(lead.get_by_text("Chronology requested from the locality team.")).to_be_visible()
    # Only the member sets their own duties.
    expect(lead.get_by_role("button", name="Save")).to_have_count(0)


def lead_moves_the_review_on(lead: Page, review_id: str) -> None:
    lead.goto(f"/reviews/{review_id}")
    expect(lead.get_by_role("heading", level=1, name="Review overview")).to_be_visible()
    panel = lead.locator("#transition")
    panel.get_by_role("radio", name="Rapid Review").check()
    panel.get_by_label("Reason").fill("Rapid Review meeting being arranged.")
    panel.get_by_role("button", name="Move the review on").click()

    # Refused: what is missing is listed, and the choice and reason are kept.
    summary = panel.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Rapid Review needs one thing first: see below")
    unmet = panel.locator("#unmet")
    expect(unmet.get_by_role("heading", name="Before it can move to rapid review")).to_be_visible()
    expect(unmet).to_contain_text("Record the date the Serious Incident Notification was sent.")
    expect(unmet).not_to_contain_text("sin_sent_on")
    expect(panel.get_by_role("radio", name="Rapid Review")).to_be_checked()
    expect(panel.get_by_label("Reason")).to_have_value("Rapid Review meeting being arranged.")
    check_accessibility(lead, "review-overview-refused")

    unmet.get_by_role("link", name="Record the missing details").click()
    expect(lead.get_by_role("heading", level=1, name="Change the review's details")).to_be_visible()
    # Only an administrator changes the lead reviewer.
    expect(lead.get_by_label("Lead reviewer", exact=True)).to_have_count(0)
    fill_date(lead, "Date the notification was sent to the Panel", date.today() - timedelta(days=9))
    lead.get_by_role("button", name="Save changes").click()
    lead.wait_for_url(REVIEW_URL)
    expect(banner(lead)).to_contain_text("The review's details were saved.")
    expect(lead.locator(".govuk-summary-list").first).to_contain_text("(SIN-E2E-0001)")

    panel = lead.locator("#transition")
    panel.get_by_role("radio", name="Rapid Review").check()
    panel.get_by_label("Reason").fill("Notification sent; Rapid Review meeting being arranged.")
    panel.get_by_role("button", name="Move the review on").click()
    expect(panel.locator(".govuk-notification-banner--success")).to_contain_text(
        "The review is now rapid review."
    )
    status_row = lead.locator(".govuk-summary-list__row").filter(
        has=lead.locator("dt", has_text=re.compile(r"^Status$"))
    )
    expect(status_row).to_contain_text("Rapid Review")
    # The next step on offer has moved on too.
    expect(panel.get_by_role("radio", name="Awaiting decision")).to_be_visible()

    lead.get_by_role("link", name="History").click()
    expect(lead.get_by_role("heading", level=1, name="History")).to_be_visible()
    rows = lead.get_by_role("table").locator("tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first.get_by_role("cell")).to_have_text(
        [
            re.compile(r"\S"),
            re.compile(r"Notified\s*→?\s*to\s*Rapid Review"),
            "Notification sent; Rapid Review meeting being arranged.",
            "You",
        ]
    )
    check_accessibility(lead, "history")


def test_review_from_notification_to_rapid_review(open_page: OpenPage, admin_api: Api) -> None:
    admin = open_page(ADMIN)
    review_id = admin_creates_the_review(admin)
    admin_adds_subjects(admin)
    admin_adds_the_team(admin)
    admin_appoints_the_lead_reviewer(admin)

    member = open_page(MEMBER_COUNCIL)
    member_confirms_alerts_and_the_derived_item_completes(member, review_id)
    member_updates_a_manual_item(
        member, review_id, admin_api.get(f"/api/v1/reviews/{review_id}/team")
    )

    lead = open_page(LEAD)
    lead_reads_the_members_checklist(lead, review_id)
    lead_moves_the_review_on(lead, review_id)

    # The administrator sees the team's progress: the derived item done, the manual one begun.
    admin.get_by_role("link", name="Team and checklists").click()
    team = admin.get_by_role("table", name="The review team at a glance")
    council_row = team.get_by_role("row").filter(has_text=COUNCIL)
    expect(council_row).to_contain_text("1 of 14 done")
