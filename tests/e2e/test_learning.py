"""Learning and its dissemination in the browser: the lead reviewer records a learning item
(an empty form refused first); the council's member records how the council shared it (a
number of people that is not a number refused first) and then the check that it landed; the
member's duty "Learning acted on and shared..." is then complete; a viewer reads the item
without the notes; the lead withdraws a learning item with a reason; an administrator retires
a theme, which new learning can then no longer choose. Each screen is checked with axe at
desktop width and at 375 px, where nothing scrolls sideways.

The test makes its own review (seating the council's member only) and its own theme, so it
does not depend on what other tests that share the demo server have done."""

from __future__ import annotations

import re
import uuid
from datetime import date

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import (
    ADMIN,
    COUNCIL,
    LEAD,
    MEMBER_COUNCIL,
    VIEWER,
    Api,
    OpenPage,
    check_widths,
    fill_date,
    path_of,
)

pytestmark = pytest.mark.e2e

THEME = "Hearing the voice of the child"
DUTY = "Learning acted on and shared"


def _card(page: Page, title: str) -> Locator:
    return page.locator(".govuk-summary-card", has_text=title)


def _error_summary(page: Page, text: str) -> Locator:
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text(text)
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Error: "))
    return summary


def test_learning_recorded_shared_and_landed(open_page: OpenPage, admin_api: Api) -> None:
    suffix = uuid.uuid4().hex[:6]
    review = admin_api.new_review(f"Child L {suffix}", [MEMBER_COUNCIL])
    title = f"Home visits did not see the child alone {suffix}"
    note = f"Briefing to the locality teams (fictional) {suffix}"
    found = f"Audit of 20 visit records (fictional) {suffix}"
    today = date.today()

    # The lead reviewer records learning: an empty form is refused first.
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}")
    lead.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Learning"
    ).click()
    expect(lead.get_by_role("heading", level=1, name="Learning")).to_be_visible()
    record = lead.get_by_role("form", name="Record learning")
    expect(record).to_be_visible()
    check_widths(lead, "learning-lead")
    record.get_by_role("button", name="Record learning").click()
    summary = _error_summary(lead, "Select the theme of the learning")
    expect(summary.get_by_role("link")).to_have_count(4)
    check_widths(lead, "learning-record-error")
    record.get_by_label("Theme").select_option(label=THEME)
    record.get_by_label("Title").fill(title)
    record.get_by_label("What was learned").fill("Visits were arranged through the parent.")
    fill_date(record, today)
    record.get_by_role("button", name="Record learning").click()
    expect(lead.get_by_text(f'Learning "{title}" recorded.')).to_be_visible()
    expect(lead.locator(".govuk-error-summary")).to_have_count(0)
    card = _card(lead, title)
    expect(card).to_contain_text(THEME)
    expect(card).to_contain_text(COUNCIL)
    expect(card).to_contain_text("Not shared yet")
    card.get_by_role("link").click()
    expect(lead.get_by_role("heading", level=1, name=title)).to_be_visible()
    expect(lead.get_by_role("link", name="Change this learning")).to_be_visible()
    expect(lead.get_by_role("form")).to_have_count(0)
    check_widths(lead, "learning-item-lead")
    item_path = path_of(lead)

    # The council's member sees their agency's state first, and records how it was shared.
    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/learning")
    card = _card(member, title)
    expect(card.locator(".govuk-summary-list__row").nth(2)).to_contain_text(
        f"Your agency ({COUNCIL})Not shared yet"
    )
    expect(member.get_by_role("form", name="Record learning")).to_have_count(0)
    check_widths(member, "learning-member")
    card.get_by_role("link", name=re.compile("^View and record sharing")).click()
    share = member.get_by_role("form", name="Record how your agency shared this")
    share.get_by_label("7-minute briefing").check()
    fill_date(share, today)
    share.get_by_label("How many people did it reach?").fill("twenty")
    share.get_by_role("button", name="Record sharing").click()
    _error_summary(member, "The number of people must be a whole number from 1 to 100,000")
    check_widths(member, "learning-share-error")
    share.get_by_label("How many people did it reach?").fill("18")
    share.get_by_label("Note (optional)").fill(note)
    share.get_by_role("button", name="Record sharing").click()
    expect(
        member.get_by_text(re.compile("^Sharing recorded: 7-minute briefing on"))
    ).to_be_visible()
    shared = member.get_by_role("table", name="Sharing recorded").locator("tbody tr")
    expect(shared).to_have_count(1)
    expect(shared).to_contain_text("Your agency")
    expect(shared).to_contain_text(note)
    expect(shared).to_contain_text("Not checked yet")
    check_widths(member, "learning-item-member")

    # Then the check that it landed: an empty form is refused first.
    shared.get_by_role("link", name=re.compile("^Record whether it landed")).click()
    landed = member.get_by_role("form", name="Record whether it landed")
    landed.get_by_role("button", name="Save check").click()
    _error_summary(member, "Select what the check found")
    check_widths(member, "learning-landed-error")
    fill_date(landed, today)
    landed.get_by_label("Case audit").check()
    landed.get_by_label("Landed", exact=True).check()
    landed.get_by_label("What you found (optional)").fill(found)
    landed.get_by_role("button", name="Save check").click()
    expect(member.get_by_text("Check recorded: landed.")).to_be_visible()
    assert path_of(member) == item_path
    expect(shared).to_contain_text("Landed")
    expect(shared).to_contain_text(found)
    expect(shared.get_by_role("link")).to_have_count(0)
    expect(member.locator("main")).to_contain_text("Shared once, landed")

    # The member's duty to share learning completes from the data.
    team = admin_api.get(f"/api/v1/reviews/{review}/team")["members"]
    seat = next(m["member_id"] for m in team if m["agency_name"] == COUNCIL)
    member.goto(f"/reviews/{review}/members/{seat}/checklist")
    duty = member.locator(".govuk-task-list__item", has_text=DUTY)
    expect(duty.locator(".govuk-task-list__status")).to_have_text("Completed")
    expect(duty).to_contain_text("1 of 1 learning item landed in the agency")
    duty.get_by_role("link").click()
    evidence = member.locator(".govuk-summary-list")
    expect(evidence.locator(".govuk-summary-list__key")).to_have_text(
        [
            "Learning items on the review",
            "Shared in your agency",
            "Checked and landed",
            "Still to share or check",
        ]
    )
    expect(evidence.locator(".govuk-summary-list__value")).to_have_text(["1", "1", "1", "None"])
    check_widths(member, "learning-duty-member")

    # A viewer reads how it was shared, without the notes, and can change nothing.
    viewer = open_page(VIEWER)
    viewer.goto(item_path)
    expect(viewer.get_by_role("heading", level=1, name=title)).to_be_visible()
    table = viewer.get_by_role("table", name="Sharing recorded")
    expect(table).to_contain_text("Landed")
    expect(
        viewer.get_by_text("Notes are not shown to viewers, as they may name people.")
    ).to_be_visible()
    expect(viewer.locator("main")).not_to_contain_text(note)
    expect(viewer.locator("main")).not_to_contain_text(found)
    expect(viewer.get_by_role("form")).to_have_count(0)
    expect(viewer.get_by_role("link", name=re.compile("Change|Withdraw|Record"))).to_have_count(0)
    check_widths(viewer, "learning-item-viewer")
    viewer.goto(f"/reviews/{review}/learning")
    expect(_card(viewer, title)).to_contain_text("Shared once, landed")
    expect(viewer.get_by_role("form")).to_have_count(0)
    check_widths(viewer, "learning-viewer")

    # The lead reviewer withdraws learning recorded twice, giving the reason.
    twice = f"Recorded twice {suffix}"
    theme_id = next(
        t["id"]
        for t in admin_api.get("/api/v1/learning-themes", limit=200)["items"]
        if t["name"] == THEME
    )
    admin_api.post(
        f"/api/v1/reviews/{review}/learning",
        {"theme_id": theme_id, "title": twice, "description": "The same as the first."},
    )
    lead.goto(f"/reviews/{review}/learning")
    _card(lead, twice).get_by_role("link").click()
    lead.get_by_role("link", name="Withdraw this learning").click()
    withdraw = lead.get_by_role("form", name="Withdraw this learning")
    withdraw.get_by_role("button", name="Withdraw learning").click()
    _error_summary(lead, "Enter why the learning is withdrawn")
    check_widths(lead, "learning-withdraw-error")
    withdraw.get_by_label("Why are you withdrawing it?").fill("Recorded twice by mistake")
    withdraw.get_by_label("I want to withdraw this learning").check()
    withdraw.get_by_role("button", name="Withdraw learning").click()
    expect(lead.get_by_text(f'Learning "{twice}" withdrawn.')).to_be_visible()
    expect(_card(lead, twice)).to_contain_text("Withdrawn")
    expect(_card(lead, twice)).to_contain_text("Recorded twice by mistake")


def test_admin_retires_a_theme(open_page: OpenPage, admin_api: Api) -> None:
    name = f"Children missing education (fictional) {uuid.uuid4().hex[:6]}"

    admin = open_page(ADMIN)
    admin.goto("/admin")
    admin.get_by_role("link", name="Learning themes").click()
    expect(admin.get_by_role("heading", level=1, name="Learning themes")).to_be_visible()
    add = admin.get_by_role("form", name="Add a theme")
    add.get_by_role("button", name="Add theme").click()
    _error_summary(admin, "Enter the theme's name")
    add.get_by_label("Name").fill(name)
    add.get_by_role("button", name="Add theme").click()
    expect(admin.get_by_text(f'Theme "{name}" added.')).to_be_visible()
    row = admin.get_by_role("table", name="Themes in the partnership").locator("tr", has_text=name)
    expect(row).to_contain_text("Active")
    check_widths(admin, "learning-themes")

    row.get_by_role("button", name=f"Retire {name}").click()
    expect(admin.get_by_text(f'Theme "{name}" retired.')).to_be_visible()
    expect(row).to_contain_text("Retired")
    expect(row.get_by_role("button", name=f"Reinstate {name}")).to_be_visible()

    # New learning can no longer choose it.
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{admin_api.review_id('Child C')}/learning")
    themes = lead.get_by_role("form", name="Record learning").get_by_label("Theme")
    expect(themes.locator("option", has_text=THEME)).to_have_count(1)
    expect(themes.locator("option", has_text=name)).to_have_count(0)

    row.get_by_role("link", name=f"Rename {name}").click()
    rename = admin.get_by_role("form", name="Rename a theme")
    rename.get_by_label("Name").fill("")
    rename.get_by_role("button", name="Save").click()
    _error_summary(admin, "Enter the theme's name")
    check_widths(admin, "learning-theme-rename-error")
    rename.get_by_label("Name").fill(f"{name} renamed")
    rename.get_by_role("button", name="Save").click()
    expect(admin.get_by_text(f'Theme renamed to "{name} renamed".')).to_be_visible()
