"""The identify-practitioners duty in the browser: the council's member adds a practitioner,
keeps their contact log (a correction is a new entry naming the one it corrects), watches the
checklist item complete, changes and withdraws them; the agency's own system pushes a
practitioner through the API and the member sees it; a viewer sees counts only. Every screen
is checked with axe at desktop width and at 375 px, with no sideways scrolling."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import (
    COUNCIL,
    LEAD,
    MEMBER_COUNCIL,
    MEMBER_POLICE,
    VIEWER,
    Api,
    OpenPage,
    check_widths,
)
from tests.e2e.test_review_flow import banner, fill_date
from tests.support import WAIT

pytestmark = pytest.mark.e2e


def identify_status(page: Page, review_id: str, seat: str) -> str:
    page.goto(f"/reviews/{review_id}/members/{seat}/checklist/identify_practitioners")
    tag = page.locator("main .govuk-tag").first
    expect(tag).to_be_visible()
    return tag.inner_text()


def council_seat(admin_api: Api, review_id: str) -> str:
    members = admin_api.get(f"/api/v1/reviews/{review_id}/team")["members"]
    return str(next(m["member_id"] for m in members if m["agency_name"] == COUNCIL))


def test_a_member_identifies_a_practitioner_and_keeps_in_contact(
    open_page: OpenPage, admin_api: Api
) -> None:
    review_id = admin_api.new_review("Child P", [MEMBER_COUNCIL, MEMBER_POLICE])
    seat = council_seat(admin_api, review_id)
    member = open_page(MEMBER_COUNCIL)
    assert identify_status(member, review_id, seat) == "Not yet started"

    member.goto(f"/reviews/{review_id}/practitioners")
    expect(member.get_by_role("heading", level=1, name="Practitioners")).to_be_visible()
    expect(member.get_by_text("Your agency has not added any practitioners")).to_be_visible()
    # With none added, "no practitioners involved" is the other way to complete the duty.
    expect(member.get_by_role("form", name="No practitioners involved")).to_be_visible()
    check_widths(member, "practitioners-none")

    member.get_by_role("button", name="Add a practitioner").click()
    form = member.get_by_role("form", name="Add a practitioner")
    form.get_by_role("button", name="Add practitioner").click()
    summary = member.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Enter the practitioner's name")
    expect(summary).to_contain_text("Enter the practitioner's job title")
    check_widths(member, "practitioner-add-errors")

    today = date.today()
    form.get_by_label("Name", exact=True).fill("Practitioner Pat Example")
    form.get_by_label("Job title").fill("Social worker")
    form.get_by_label("Team (optional)").fill("North team")
    form.get_by_label("Work email (optional)").fill("pat.example@example.org")
    form.get_by_label("Work phone (optional)").fill("01632 960999")
    form.get_by_label("Line manager (optional)").fill("Manager Jo Example")
    form.get_by_label("Involvement (optional)").fill("Allocated social worker (fictional)")
    fill_date(form, "Involved from (optional)", today - timedelta(days=200))
    form.get_by_label("The practitioner agreed to be contacted").check()
    form.get_by_role("radio", name="Offered").check()
    form.get_by_role("button", name="Add practitioner").click()
    expect(banner(member)).to_contain_text("Practitioner Pat Example added.")
    expect(member.get_by_role("heading", level=1)).to_contain_text("Practitioner Pat Example")
    expect(member.get_by_text("No contacts recorded yet.")).to_be_visible()
    check_widths(member, "practitioner-record")

    contact = member.get_by_role("form", name="Add contact")
    contact.get_by_role("button", name="Add contact").click()
    expect(member.locator(".govuk-error-summary")).to_contain_text("Select the kind of contact")
    contact.get_by_role("radio", name="Introduction").check()
    fill_date(contact, "Date of the contact", today - timedelta(days=2))
    contact.get_by_label("Note (optional)").fill("Met in person to explain the review.")
    contact.get_by_role("button", name="Add contact").click()
    expect(banner(member)).to_contain_text("Contact with Practitioner Pat Example recorded.")
    expect(member.get_by_role("heading", name="Entry 1: Introduction")).to_be_visible()

    # Append-only: the correction is a second entry naming the first.
    contact = member.get_by_role("form", name="Add contact")
    contact.get_by_role("radio", name="Introduction").check()
    fill_date(contact, "Date of the contact", today - timedelta(days=1))
    contact.get_by_label("Note (optional)").fill("Correction: it was by phone, the day after.")
    contact.get_by_label("Corrects an earlier entry (optional)").select_option(index=1)
    contact.get_by_role("button", name="Add contact").click()
    expect(member.get_by_text("Corrects entry 1")).to_be_visible()
    expect(member.get_by_text("Corrected by entry 2")).to_be_visible()
    check_widths(member, "practitioner-contact-log")
    record = member.url

    assert identify_status(member, review_id, seat) == "Completed"
    expect(member.locator("main")).to_contain_text("Active practitioners")

    # Change, with the version read (If-Match).
    member.goto(record)
    member.get_by_role("link", name="Change the practitioner's details").click()
    form = member.get_by_role("form", name="Change Practitioner Pat Example")
    expect(form.get_by_label("Team (optional)")).to_have_value("North team")
    check_widths(member, "practitioner-edit")
    form.get_by_label("Team (optional)").fill("South team")
    form.get_by_role("radio", name="Accepted").check()
    form.get_by_role("button", name="Save changes").click()
    expect(banner(member)).to_contain_text("details were saved")
    expect(member.locator(".govuk-summary-list")).to_contain_text("South team")
    expect(member.locator(".govuk-summary-list")).to_contain_text("Accepted")

    # Withdraw: a reason and a confirmation; the record is kept.
    member.get_by_role("link", name="Withdraw Practitioner Pat Example").click()
    withdraw = member.get_by_role("form", name="Withdraw Practitioner Pat Example")
    withdraw.get_by_label("Why are you withdrawing them?").fill("Added in error")
    withdraw.get_by_role("button", name="Withdraw practitioner").click()
    expect(member.locator(".govuk-error-summary")).to_contain_text(
        "Confirm that you want to withdraw the practitioner"
    )
    check_widths(member, "practitioner-withdraw-errors")
    withdraw.get_by_label("I want to withdraw Practitioner Pat Example").check()
    withdraw.get_by_role("button", name="Withdraw practitioner").click()
    expect(banner(member)).to_contain_text("withdrawn. Their record and contacts are kept.")
    mine = member.get_by_role("table", name="Your agency's practitioners")
    expect(mine.get_by_role("row", name="Practitioner Pat Example")).to_contain_text("Withdrawn")
    check_widths(member, "practitioners-withdrawn")
    assert identify_status(member, review_id, seat) != "Completed"


def test_an_agency_system_pushes_a_practitioner_the_member_sees(
    open_page: OpenPage, admin_api: Api, server: str
) -> None:
    review_id = admin_api.new_review("Child S", [MEMBER_COUNCIL])
    council_id = admin_api.get(f"/api/v1/reviews/{review_id}/team")["members"][0]["agency_id"]
    client = admin_api.post(
        "/api/v1/clients",
        {
            "name": f"Council HR sync {uuid.uuid4().hex[:6]}",
            "agency_id": council_id,
            "scopes": ["reviews:read", "practitioners:read", "practitioners:write"],
        },
    )
    token = httpx.post(
        f"{server}/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": client["client_id"],
            "client_secret": client["client_secret"],
        },
        timeout=WAIT,
    )
    token.raise_for_status()
    headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
    url = f"{server}/api/v1/reviews/{review_id}/practitioners/by-ref/HR-E2E-0001"
    person = {
        "name": "Practitioner Sync Example",
        "job_title": "Family support worker",
        "team": "Early help",
        "work_email": "sync.example@example.org",
        "consent_to_contact": True,
    }
    created = httpx.put(url, json=person, headers=headers, timeout=WAIT)
    assert created.status_code == 201, created.text
    again = httpx.put(url, json=person, headers={**headers, "If-Match": created.headers["ETag"]})
    assert again.status_code == 200, again.text
    assert again.headers["ETag"] == created.headers["ETag"]  # unchanged: the same version

    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review_id}/practitioners")
    mine = member.get_by_role("table", name="Your agency's practitioners")
    expect(mine).to_contain_text("Practitioner Sync Example")
    check_widths(member, "practitioners-pushed")
    mine.get_by_role("link", name="Practitioner Sync Example").click()
    expect(member.locator(".govuk-summary-list")).to_contain_text("HR-E2E-0001")

    # The next night's push changes the team: the member sees it on the next read.
    changed = httpx.put(
        url,
        json={**person, "team": "Family hub"},
        headers={**headers, "If-Match": again.headers["ETag"]},
        timeout=WAIT,
    )
    assert changed.status_code == 200, changed.text
    member.reload()
    expect(member.locator(".govuk-summary-list")).to_contain_text("Family hub")


def test_a_viewer_sees_counts_only_and_the_lead_reviewer_every_agency(
    open_page: OpenPage, admin_api: Api
) -> None:
    child_a = admin_api.review_id("Child A")
    viewer = open_page(VIEWER)
    viewer.goto(f"/reviews/{child_a}/practitioners")
    counts = viewer.get_by_role("table", name="Practitioners by agency")
    # Counted from the API, not the demo's 3: the session's server is shared, and the
    # meetings tests add a council practitioner to Child A's review before this one runs.
    people = admin_api.get(f"/api/v1/reviews/{child_a}/practitioners", limit=200)["items"]
    team = admin_api.get(f"/api/v1/reviews/{child_a}/team")["members"]
    council_id = next(m["agency_id"] for m in team if m["agency_name"] == COUNCIL)
    active = sum(1 for p in people if p["agency_id"] == council_id and p["active"])
    expect(counts.get_by_role("row", name=COUNCIL).get_by_role("cell").first).to_have_text(
        str(active)
    )
    expect(viewer.locator("main table")).to_have_count(1)
    expect(viewer.locator("main")).not_to_contain_text("Practitioner Alex Example")
    expect(viewer.get_by_role("button", name="Add a practitioner")).to_have_count(0)
    check_widths(viewer, "practitioners-viewer")

    lead = open_page(LEAD)
    lead.goto(f"/reviews/{child_a}/practitioners")
    every = lead.get_by_role("table", name="Practitioners", exact=True)
    expect(every).to_contain_text("Practitioner Alex Example")  # the council's
    expect(every).to_contain_text("Practitioner Jordan Placeholder")  # the police's
    expect(lead.get_by_role("button", name="Add a practitioner")).to_have_count(0)
    check_widths(lead, "practitioners-lead")
