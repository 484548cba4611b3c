"""The parallel proceedings register in the browser: the police's member records an
investigation that holds publication, the council's member declares they know of none, the
overview warns of the hold, and the lead reviewer concludes the investigation, which lifts it.
Every screen is checked with axe at desktop width and at 375 px, with no sideways scrolling."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import (
    ADMIN,
    COUNCIL,
    LEAD,
    MEMBER_COUNCIL,
    MEMBER_POLICE,
    POLICE,
    Api,
    OpenPage,
    check_widths,
)
from tests.e2e.test_review_flow import banner, fill_date

pytestmark = pytest.mark.e2e

HOLD = "Publication is on hold"


def test_proceedings_are_recorded_hold_publication_and_are_concluded(
    open_page: OpenPage, admin_api: Api
) -> None:
    review_id = admin_api.new_review("Child R", [MEMBER_COUNCIL, MEMBER_POLICE])
    register = f"/reviews/{review_id}/proceedings"

    police = open_page(MEMBER_POLICE)
    police.goto(register)
    expect(police.get_by_role("heading", level=1, name="Parallel proceedings")).to_be_visible()
    expect(police.get_by_text("No parallel proceedings have been recorded.")).to_be_visible()
    expect(police.get_by_role("form", name="Your agency knows of none")).to_be_visible()
    check_widths(police, "proceedings-empty")

    police.get_by_role("button", name="Record a proceeding").click()
    form = police.get_by_role("form", name="Record a parallel proceeding")
    form.get_by_role("button", name="Record proceeding").click()
    summary = police.locator(".govuk-error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Select the kind of proceeding")
    check_widths(police, "proceeding-record-errors")
    form.get_by_role("radio", name="Criminal investigation").check()
    form.get_by_label("Liaison contact (optional)").fill("Major Investigation Team inbox")
    fill_date(form, "Expected end (optional)", date.today() + timedelta(days=90))
    form.get_by_label("Publication of the report must wait for it").check()
    form.get_by_role("button", name="Record proceeding").click()
    expect(banner(police)).to_contain_text("Criminal investigation recorded.")
    table = police.get_by_role("table", name="Proceedings recorded")
    row = table.get_by_role("row", name="Criminal investigation")
    expect(row).to_contain_text(POLICE)
    expect(row).to_contain_text("Holds publication")
    expect(row).to_contain_text("Major Investigation Team inbox")
    expect(police.get_by_text("A proceeding holds the publication of this review")).to_be_visible()
    # Recorded: "none" is no longer on offer to the police.
    expect(police.get_by_role("form", name="Your agency knows of none")).to_have_count(0)
    check_widths(police, "proceedings-held")

    # The council's member cannot change the police's record, and declares none for theirs.
    council = open_page(MEMBER_COUNCIL)
    council.goto(register)
    row = council.get_by_role("table", name="Proceedings recorded").get_by_role(
        "row", name="Criminal investigation"
    )
    expect(row.get_by_role("link")).to_have_count(0)
    none = council.get_by_role("form", name="Your agency knows of none")
    none.get_by_role("button", name="Declare none").click()
    expect(council.locator(".govuk-error-summary")).to_contain_text(
        "Confirm that the agency knows of no parallel proceedings"
    )
    none.get_by_label(f"{COUNCIL} knows of no parallel proceedings").check()
    none.get_by_role("button", name="Declare none").click()
    expect(banner(council)).to_contain_text("knows of no parallel proceedings: declared.")
    expect(council.get_by_text(f"{COUNCIL}: none known as of")).to_be_visible()
    check_widths(council, "proceedings-none-declared")

    # The overview says publication is held, for everyone who reaches the review.
    council.get_by_role("link", name="Overview").click()
    expect(council.get_by_text(HOLD)).to_be_visible()
    check_widths(council, "overview-publication-hold")

    # The lead reviewer concludes it; the hold is lifted.
    lead = open_page(LEAD)
    lead.goto(register)
    lead.get_by_role("link", name="Change or conclude the criminal investigation").click()
    edit = lead.get_by_role("form", name="Change or conclude: Criminal investigation")
    expect(edit.get_by_label("Liaison contact (optional)")).to_have_value(
        "Major Investigation Team inbox"
    )
    check_widths(lead, "proceeding-edit")
    edit.get_by_role("radio", name="Concluded").check()
    edit.get_by_role("button", name="Save changes").click()
    expect(banner(lead)).to_contain_text("Criminal investigation concluded.")
    row = lead.get_by_role("table", name="Proceedings recorded").get_by_role(
        "row", name="Criminal investigation"
    )
    expect(row).to_contain_text("Concluded")
    expect(row).to_contain_text("No longer (concluded)")
    expect(lead.get_by_text("A proceeding holds the publication")).to_have_count(0)
    lead.get_by_role("link", name="Overview").click()
    expect(lead.get_by_role("heading", level=1, name="Review overview")).to_be_visible()
    expect(lead.get_by_text(HOLD)).to_have_count(0)


def test_an_administrator_is_told_the_hold_can_be_overridden(
    open_page: OpenPage, admin_api: Api
) -> None:
    """The demo's Child A has the police's investigation holding publication."""
    child_a = admin_api.review_id("Child A")
    admin = open_page(ADMIN)
    admin.goto(f"/reviews/{child_a}")
    hold = admin.locator("#publication-hold")
    expect(hold).to_contain_text(HOLD)
    expect(hold).to_contain_text("criminal investigation")
    expect(hold).to_contain_text("you may override the hold")
    check_widths(admin, "overview-publication-hold-admin")
    hold.get_by_role("link", name="See the parallel proceedings").click()
    row = admin.get_by_role("table", name="Proceedings recorded").get_by_role(
        "row", name="Criminal investigation"
    )
    expect(row).to_contain_text("Holds publication")
    check_widths(admin, "proceedings-demo")
