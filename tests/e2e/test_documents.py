"""Documents asked of a review's agencies, in the browser: the lead reviewer asks the council for
a document (a past due date refused first); the council's member sends a real PDF, and a program
renamed .pdf is refused; the lead reviewer downloads the file (the same bytes come back),
returns it with a comment; the member sends a second version, which the lead accepts. A viewer
sees where each document stands, but no file names and no downloads. The lead reviewer changes
a request's due date and note (saving nothing changed says so; a change someone else made in the
meantime is explained, the form kept). Each screen is checked with axe at desktop width and at
375 px, where nothing scrolls sideways.

The test makes its own request (a unique title) on the demo's Child C review, so it does not
depend on what other tests that share the demo server have done."""

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
    check_widths,
    fictional_pdf,
    fill_date,
    path_of,
)

pytestmark = pytest.mark.e2e


def _row(page: Page, title: str) -> Locator:
    table = page.get_by_role("table", name="Documents asked of agencies")
    return table.locator("tr", has_text=title)


def _versions(page: Page) -> Locator:
    return page.get_by_role("table", name="Versions sent")


def test_lead_asks_member_sends_and_lead_decides(
    open_page: OpenPage, admin_api: Api, tmp_path: Path
) -> None:
    review = admin_api.review_id("Child C")
    title = f"Safety plan (fictional) {uuid.uuid4().hex[:6]}"

    # The lead reviewer asks the council for a document: a past due date is refused first.
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}")
    lead.get_by_role("navigation", name="Review sections").get_by_role(
        "link", name="Documents"
    ).click()
    expect(lead.get_by_role("heading", level=1, name="Documents")).to_be_visible()
    form = lead.get_by_role("form", name="Ask for a document")
    expect(form).to_be_visible()
    check_widths(lead, "documents-lead")
    form.get_by_label(COUNCIL).check()
    form.get_by_label("Other document").check()
    form.get_by_label("Title").fill(title)
    fill_date(form, date.today() - timedelta(days=30))
    form.get_by_role("button", name="Ask for document").click()
    summary = lead.locator(".govuk-error-summary")
    expect(summary).to_contain_text("The due date cannot be in the past.")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_attribute("href", "#ask-due_on-day")
    expect(lead).to_have_title(re.compile("^Error: "))
    check_widths(lead, "documents-ask-error")
    fill_date(form, date.today() + timedelta(days=14))
    form.get_by_role("button", name="Ask for document").click()
    expect(lead.get_by_text(f'{COUNCIL} asked for "{title}".')).to_be_visible()
    expect(_row(lead, title)).to_contain_text(COUNCIL)
    expect(_row(lead, title)).to_contain_text("Not sent yet")
    expect(lead.locator(".govuk-error-summary")).to_have_count(0)

    # The council's member finds it, marked as theirs, and sends a real PDF.
    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/documents")
    mine = _row(member, title)
    expect(mine).to_contain_text("Asked of your agency")
    mine.get_by_role("link").click()
    expect(member.get_by_role("heading", level=1, name=title)).to_be_visible()
    document_path = path_of(member)
    first = fictional_pdf(f"version 1 {title}")
    name = "Safety plan \u2013 Zo\u00eb.pdf"
    (tmp_path / "v1").mkdir()
    upload = tmp_path / "v1" / name
    upload.write_bytes(first)
    send = member.get_by_role("form", name="Send a file")
    send.get_by_label("Upload a file").set_input_files(str(upload))
    send.get_by_role("button", name="Send file").click()
    expect(member.get_by_text(f"{name} sent.")).to_be_visible()
    expect(_versions(member).locator("tr", has_text=name)).to_contain_text("Awaiting decision")
    expect(member.get_by_role("button", name="Download version 1")).to_be_visible()
    check_widths(member, "document-member")

    # A program renamed .pdf is refused, with the API's words, against the file input.
    program = tmp_path / "chronology.pdf"
    program.write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120)
    send.get_by_label("Upload a file").set_input_files(str(program))
    send.get_by_role("button", name="Send file").click()
    refused = member.locator(".govuk-error-summary")
    expect(refused).to_contain_text("This file is a program, which is not a type we accept.")
    expect(refused).to_be_focused()
    expect(refused.get_by_role("link")).to_have_attribute("href", "#send-file")
    expect(send.locator(".govuk-error-message")).to_contain_text("a program")
    check_widths(member, "document-member-refused")
    expect(_versions(member).locator("tbody tr")).to_have_count(1)

    # The lead reviewer downloads it (the same bytes come back) and returns it with a comment.
    lead.goto(document_path)
    decide = lead.get_by_role("form", name="Decide on version 1")
    expect(decide).to_be_visible()
    check_widths(lead, "document-lead")
    with lead.expect_download() as downloading:
        lead.get_by_role("button", name="Download version 1").click()
    download = downloading.value
    assert download.suggested_filename == name
    assert Path(download.path()).read_bytes() == first
    comment = "Please add the contacts in May (fictional)."
    decide.get_by_label("Return with comments").check()
    decide.get_by_role("button", name="Save decision").click()
    expect(lead.locator(".govuk-error-summary")).to_contain_text(
        "Enter what the agency should change"
    )
    decide.get_by_label("What should the agency change?").fill(comment)
    decide.get_by_role("button", name="Save decision").click()
    expect(lead.get_by_text("Version 1 returned with comments.")).to_be_visible()
    expect(lead.get_by_role("form", name=re.compile("^Decide on version"))).to_have_count(0)

    # The member sees the comment and sends a second version.
    member.reload()
    expect(_versions(member)).to_contain_text(comment)
    expect(member.locator(".govuk-summary-list")).to_contain_text("Returned for changes")
    second = fictional_pdf(f"version 2 {title}")
    (tmp_path / "v2").mkdir()
    upload_2 = tmp_path / "v2" / "safety-plan-v2.pdf"
    upload_2.write_bytes(second)
    send = member.get_by_role("form", name="Send a file")
    send.get_by_label("Upload a file").set_input_files(str(upload_2))
    send.get_by_role("button", name="Send file").click()
    expect(member.get_by_text("safety-plan-v2.pdf sent.")).to_be_visible()
    expect(_versions(member).locator("tbody tr")).to_have_count(2)

    # The lead reviewer accepts it; the request is accepted, and takes no more files.
    lead.reload()
    decide = lead.get_by_role("form", name="Decide on version 2")
    decide.get_by_label("Accept").check()
    decide.get_by_role("button", name="Save decision").click()
    expect(lead.get_by_text("Version 2 accepted.")).to_be_visible()
    expect(lead.locator(".govuk-summary-list")).to_contain_text("Accepted")
    with lead.expect_download() as downloading:
        lead.get_by_role("button", name="Download version 2").click()
    assert Path(downloading.value.path()).read_bytes() == second
    lead.get_by_role("link", name="Documents", exact=True).first.click()
    expect(_row(lead, title)).to_contain_text("Accepted")

    member.reload()
    expect(member.locator(".govuk-summary-list")).to_contain_text("Accepted")
    expect(member.get_by_role("form", name="Send a file")).to_have_count(0)


def test_viewer_sees_status_without_file_names(open_page: OpenPage, admin_api: Api) -> None:
    review = admin_api.review_id("Child C")
    viewer = open_page(VIEWER)
    viewer.goto(f"/reviews/{review}/documents")
    table = viewer.get_by_role("table", name="Documents asked of agencies")
    council = table.locator("tr", has_text="Chronology of involvement").filter(has_text=COUNCIL)
    expect(council).to_contain_text("Accepted")
    expect(table).not_to_contain_text(".pdf")
    expect(viewer.get_by_role("form", name="Ask for a document")).to_have_count(0)
    check_widths(viewer, "documents-viewer")

    council.get_by_role("link").click()
    expect(viewer.get_by_role("heading", level=1, name="Chronology of involvement")).to_be_visible()
    versions = _versions(viewer)
    expect(versions).to_contain_text("Name withheld")
    expect(versions).to_contain_text("PDF")
    expect(viewer.locator("main")).not_to_contain_text("council-chronology.pdf")
    expect(viewer.get_by_role("button", name=re.compile("Download"))).to_have_count(0)
    expect(viewer.get_by_role("form")).to_have_count(0)
    check_widths(viewer, "document-viewer")


def test_lead_changes_a_request(open_page: OpenPage, admin_api: Api) -> None:
    review = admin_api.review_id("Child C")
    title = f"Health chronology (fictional) {uuid.uuid4().hex[:6]}"
    agencies = admin_api.get("/api/v1/agencies", limit=200)["items"]
    council = next(a["id"] for a in agencies if a["name"] == COUNCIL)
    asked = admin_api.post(
        f"/api/v1/reviews/{review}/documents",
        {
            "agency_id": council,
            "kind": "chronology",
            "title": title,
            "due_on": (date.today() + timedelta(days=14)).isoformat(),
        },
    )
    document_path = f"/api/v1/reviews/{review}/documents/{asked['id']}"

    # From the list, the lead opens the change page; saving it as it is changes nothing.
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/documents")
    _row(lead, title).get_by_role("link", name=f"Change {title} from {COUNCIL}").click()
    form = lead.get_by_role("form", name="Change the request")
    expect(form.get_by_label("Title")).to_have_value(title)
    check_widths(lead, "document-change")
    form.get_by_role("button", name="Save changes").click()
    expect(lead.get_by_text("No changes were made.")).to_be_visible()
    expect(lead.get_by_role("heading", level=1, name=title)).to_be_visible()

    # A new due date and a note: only those are sent, and the page shows them.
    lead.get_by_role("link", name="Change this request").click()
    form = lead.get_by_role("form", name="Change the request")
    due = date.today() + timedelta(days=28)
    fill_date(form, due)
    form.get_by_label("Note to the agency (optional)").fill("Extended by two weeks (fictional).")
    form.get_by_role("button", name="Save changes").click()
    expect(lead.get_by_text(f'Request to {COUNCIL} for "{title}" changed.')).to_be_visible()
    summary = lead.locator(".govuk-summary-list")
    expect(summary).to_contain_text(f"{due.day} {due:%B} {due.year}")
    expect(summary).to_contain_text("Extended by two weeks (fictional).")

    # Someone else changes it while the form is open: said plainly, and what was typed stays.
    lead.get_by_role("link", name="Change this request").click()
    form = lead.get_by_role("form", name="Change the request")
    expect(form.get_by_label("Title")).to_have_value(title)
    admin_api.patch(document_path, {"note": "Changed by the co-ordinator (fictional)."})
    form.get_by_label("Title").fill(f"{title} (revised)")
    form.get_by_role("button", name="Save changes").click()
    stale = lead.locator(".govuk-error-summary")
    expect(stale).to_contain_text("Someone else changed this record since you opened the page.")
    expect(stale).to_be_focused()
    expect(lead).to_have_title(re.compile("^Error: "))
    expect(form.get_by_label("Title")).to_have_value(f"{title} (revised)")
    check_widths(lead, "document-change-stale")
