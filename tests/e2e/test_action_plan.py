"""The learning action plan in the browser: the lead reviewer adds a recommendation and an
action the council owns; the council's member records progress and offers a note and a PDF as
evidence; the lead changes the recommendation's wording and the action's due date on their own
pages; the lead returns the note, accepts the file, signs the action off and downloads the
file; signing off without accepted evidence is refused; a viewer reads the plan without the
named lead or the evidence. Each screen is checked with axe at desktop width and at 375 px."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import (
    COUNCIL,
    LEAD,
    MEMBER_COUNCIL,
    VIEWER,
    Api,
    OpenPage,
    api_as,
    check_widths,
    fill_date,
    path_of,
)

pytestmark = pytest.mark.e2e

PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
LEAD_NAME = "Jordan Example, Head of Practice"


def summary_value(page: Page, key: str) -> Locator:
    """The value cell of the page's summary-list row whose key is ``key``."""
    exact = page.locator("dt", has_text=re.compile(f"^{re.escape(key)}$"))
    row = page.locator(".govuk-summary-list__row", has=exact).first
    return row.locator("dd").first


def _agency_id(api: Api, name: str) -> str:
    agencies = api.get("/api/v1/agencies", limit=200)["items"]
    return str(next(a["id"] for a in agencies if a["name"] == name))


def test_action_plan_from_recommendation_to_sign_off(
    open_page: OpenPage, admin_api: Api, server: str
) -> None:
    review = admin_api.review_id("Child D")
    reference = admin_api.review_reference(review)
    suffix = uuid.uuid4().hex[:6]
    label = f"R{suffix}"
    wording = "Hear the child's voice at every visit (fictional)."
    title = f"Quote the child in home-visit records {suffix}"
    note = f"Template changed on the case system (fictional) {suffix}"
    pdf_name = f"audit-{suffix}.pdf"

    # The lead reviewer adds a recommendation, then an action the council owns.
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/actions")
    expect(lead.get_by_role("heading", name="Action plan", level=1)).to_be_visible()
    add_recommendation = lead.get_by_role("form", name="Add a recommendation")
    add_recommendation.get_by_label("Label").fill(label)
    add_recommendation.get_by_label("Recommendation").fill(wording)
    add_recommendation.get_by_role("button", name="Add recommendation").click()
    expect(lead.get_by_text(f"Recommendation {label} added.")).to_be_visible()
    expect(lead.get_by_role("heading", name=f"Recommendation {label}")).to_be_visible()

    add_action = lead.get_by_role("form", name="Add an action")
    add_action.get_by_label(label, exact=True).check()
    add_action.get_by_label(COUNCIL).check()
    add_action.get_by_label("Action", exact=True).fill(title)
    add_action.get_by_label("Named lead").fill(LEAD_NAME)
    add_action.get_by_label("Day").fill("31")
    add_action.get_by_label("Month").fill("2")
    add_action.get_by_label("Year").fill(str(date.today().year + 1))
    add_action.get_by_label("Expected outcome").fill("Every home-visit record quotes the child.")
    add_action.get_by_label("Measure of success").fill("18 of 20 audited records quote the child.")
    add_action.get_by_role("button", name="Add action").click()
    summary = add_action.locator(".govuk-error-summary")
    expect(summary).to_contain_text("The due date must be a real date")
    expect(summary).to_be_focused()
    due = date.today() + timedelta(days=90)
    add_action.get_by_label("Day").fill(str(due.day))
    add_action.get_by_label("Month").fill(str(due.month))
    add_action.get_by_label("Year").fill(str(due.year))
    add_action.get_by_role("button", name="Add action").click()
    expect(lead.get_by_text(f'Action "{title}" added.')).to_be_visible()
    row = lead.get_by_role("table", name=f"Actions for {label}").locator("tr", has_text=title)
    expect(row).to_contain_text(COUNCIL)
    expect(row).to_contain_text("Not started")
    expect(row).to_contain_text("Green")
    check_widths(lead, "action-plan-lead")

    # The lead changes the recommendation's wording on its own page. The administrator changes
    # it meanwhile: the page says so, shows their version and keeps the lead's; saved again, the
    # plan says so once.
    reworded = f"Hear the child's own words at every visit (fictional) {suffix}."
    theirs = f"Hear the child's voice at every home visit (fictional) {suffix}."
    lead.get_by_role("link", name=f"Change recommendation {label}").click()
    change = lead.get_by_role("form", name=f"Change recommendation {label}")
    expect(change.get_by_label("Recommendation")).to_have_value(wording)
    check_widths(lead, "change-recommendation")
    recommendation_url = f"/api/v1/reviews/{review}/recommendations/{path_of(lead).split('/')[-2]}"
    admin_api.patch(recommendation_url, {"text": theirs})
    change.get_by_label("Recommendation").fill(reworded)
    change.get_by_role("button", name="Save changes").click()
    stale = lead.locator(".govuk-error-summary")
    expect(stale).to_contain_text("Someone else changed this recommendation while you were editing")
    expect(stale).to_be_focused()
    expect(lead.locator(".govuk-summary-list")).to_contain_text(theirs)
    expect(change.get_by_label("Recommendation")).to_have_value(reworded)
    check_widths(lead, "change-recommendation-stale")
    change.get_by_role("button", name="Save changes").click()
    changed = lead.get_by_text(f"Recommendation {label} was changed.")
    expect(changed).to_be_visible()
    section = lead.get_by_role("region", name=f"Recommendation {label}")
    expect(section).to_contain_text(reworded)
    expect(section).not_to_contain_text(wording)
    lead.reload()
    expect(section).to_contain_text(reworded)
    expect(changed).to_have_count(0)

    # And the action's due date, on the action's own page.
    new_due = due + timedelta(days=30)
    row.get_by_role("link", name=title).click()
    lead.get_by_role("link", name="Change this action").click()
    change = lead.get_by_role("form", name="Change this action")
    expect(change.get_by_label("Action", exact=True)).to_have_value(title)
    check_widths(lead, "change-action")
    fill_date(change, new_due)
    change.get_by_role("button", name="Save changes").click()
    expect(lead.get_by_text(f'Action "{title}" was changed.')).to_be_visible()
    expect(summary_value(lead, "Due").locator("time")).to_have_attribute(
        "datetime", new_due.isoformat()
    )
    lead.get_by_role("link", name="Action plan", exact=True).first.click()
    expect(row.locator("time")).to_have_attribute("datetime", new_due.isoformat())

    # A second action, set up through the API, for the refusal to sign off without evidence.
    recommendation = next(
        r
        for r in admin_api.get(f"/api/v1/reviews/{review}/recommendations", limit=200)["items"]
        if r["label"] == label
    )
    lead_api = api_as(server, LEAD)
    try:
        second = lead_api.post(
            f"/api/v1/reviews/{review}/actions",
            {
                "recommendation_id": recommendation["id"],
                "agency_id": _agency_id(admin_api, COUNCIL),
                "title": f"Brief team managers {suffix}",
                "lead_name": LEAD_NAME,
                "due_on": due.isoformat(),
                "expected_outcome": "Team managers know the new template.",
                "measure_of_success": "Every team manager attends a briefing.",
            },
        )
    finally:
        lead_api.client.close()

    # The council's member records progress and offers a note, then a PDF, as evidence.
    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/actions")
    member.get_by_role("link", name=title).click()
    expect(member.get_by_role("heading", name=title, level=1)).to_be_visible()
    action_path = path_of(member)
    progress = member.get_by_role("form", name="Record progress")
    progress.get_by_label("What has been done").fill("Template changed; training booked.")
    progress.get_by_label("In progress").check()
    progress.get_by_role("button", name="Record progress").click()
    expect(member.get_by_text("Progress recorded.")).to_be_visible()
    expect(summary_value(member, "Status")).to_have_text("In progress")

    evidence = member.get_by_role("form", name="Add evidence")
    evidence.get_by_label("A note").check()
    evidence.get_by_label("Note", exact=True).fill(note)
    evidence.get_by_role("button", name="Add evidence").click()
    expect(member.get_by_text("Note added as evidence.")).to_be_visible()
    evidence.get_by_label("A file").check()
    evidence.get_by_label("Upload a file").set_input_files(
        files=[{"name": pdf_name, "mimeType": "application/pdf", "buffer": PDF}]
    )
    evidence.get_by_role("button", name="Add evidence").click()
    expect(member.get_by_text(f"File {pdf_name} added as evidence.")).to_be_visible()
    expect(member.locator(".govuk-summary-card", has_text=pdf_name)).to_contain_text(
        "Awaiting decision"
    )
    check_widths(member, "action-member")

    # The lead returns the note, accepts the file, signs off and downloads the file.
    lead.goto(action_path)
    note_card = lead.locator(".govuk-summary-card", has_text=note)
    note_card.get_by_label("Return it to the agency").check()
    note_card.get_by_label("What should the agency add or change?").fill("Add the audit sample.")
    note_card.get_by_role("button", name="Save decision").click()
    expect(lead.get_by_text("Evidence 1: note returned to the agency.")).to_be_visible()
    expect(note_card).to_contain_text("Returned")
    expect(note_card).to_contain_text("Add the audit sample.")
    file_card = lead.locator(".govuk-summary-card", has_text=pdf_name)
    file_card.get_by_label("Accept it").check()
    file_card.get_by_role("button", name="Save decision").click()
    expect(lead.get_by_text("Evidence 2: file accepted.")).to_be_visible()
    expect(file_card).to_contain_text("Accepted")
    check_widths(lead, "action-lead")
    sign_off = lead.get_by_role("form", name="Sign off the action")
    sign_off.get_by_label("Why can it be signed off?").fill("The audit shows the change.")
    sign_off.get_by_role("button", name="Sign off action").click()
    expect(lead.get_by_text("Action signed off.")).to_be_visible()
    expect(summary_value(lead, "Status")).to_have_text("Signed off")
    expect(summary_value(lead, "RAG status")).to_have_text("Closed")
    expect(lead.get_by_role("form", name="Sign off the action")).to_have_count(0)
    with lead.expect_download() as download:
        file_card.get_by_role("button", name=f"Download {pdf_name}").click()
    saved = download.value.path()
    assert Path(saved).read_bytes() == PDF
    assert download.value.suggested_filename == pdf_name
    check_widths(lead, "action-lead-signed-off")

    # Signing off an action with no accepted evidence is refused, and the page says why.
    lead.goto(f"/reviews/{review}/actions/{second['id']}")
    refused = lead.get_by_role("form", name="Sign off the action")
    refused.get_by_label("Why can it be signed off?").fill("Briefings done.")
    refused.get_by_role("button", name="Sign off action").click()
    problem = refused.locator(".govuk-error-summary")
    expect(problem).to_contain_text("signed off once evidence of it is accepted")
    expect(problem).to_be_focused()
    expect(summary_value(lead, "Status")).to_have_text("Not started")

    # The partnership-wide plan lists the action with its review, filterable by RAG.
    lead.get_by_role("navigation", name="Menu").get_by_role("link", name="Action plans").click()
    expect(lead.get_by_role("heading", name="Action plans", level=1)).to_be_visible()
    filters = lead.get_by_role("search", name="Filter actions")
    filters.get_by_label("RAG status").select_option(label="Closed")
    filters.get_by_role("button", name="Apply filters").click()
    expect(lead).to_have_url(re.compile(r"rag=closed"))
    closed = lead.get_by_role("table").locator("tr", has_text=title)
    expect(closed).to_contain_text(reference)
    expect(closed).to_contain_text("Signed off")
    expect(closed).to_contain_text("Closed")
    expect(
        lead.get_by_role("table").locator("tr", has_text=f"Brief team managers {suffix}")
    ).to_have_count(0)
    check_widths(lead, "partnership-action-plan")

    # A viewer reads the plan without the named lead or what the evidence says.
    viewer = open_page(VIEWER)
    viewer.goto(f"/reviews/{review}/actions")
    viewer_row = viewer.get_by_role("table", name=f"Actions for {label}").locator(
        "tr", has_text=title
    )
    expect(viewer_row).to_contain_text("Signed off")
    expect(viewer.get_by_role("form", name="Add an action")).to_have_count(0)
    check_widths(viewer, "action-plan-viewer")
    viewer_row.get_by_role("link", name=title).click()
    expect(viewer.get_by_role("heading", name=title, level=1)).to_be_visible()
    expect(summary_value(viewer, "Named lead")).to_have_text("Withheld from viewers")
    main = viewer.locator("main")
    expect(main).to_contain_text("Shared with the review's managers and the owning agency only")
    expect(main).not_to_contain_text(LEAD_NAME)
    expect(main).not_to_contain_text(note)
    expect(main).not_to_contain_text(pdf_name)
    expect(main).not_to_contain_text("Template changed; training booked.")
    expect(viewer.get_by_role("button", name="Download")).to_have_count(0)
    check_widths(viewer, "action-viewer")
