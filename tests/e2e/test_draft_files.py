"""A draft report's file, in the browser: the lead reviewer circulates a draft with a real PDF
chosen on the page; a second draft's file, a program renamed .pdf, is refused after the draft
went out, in the error summary at the top of the page and on the new draft's attach form, where
the lead then attaches the right file. A member of the review team downloads the files through
their links (the same bytes come back); a viewer sees that a file is attached, without a link.
Each screen is checked with axe at desktop width and at 375 px, where nothing scrolls sideways.

The test makes its own review, so it does not depend on what other tests sharing the demo
server have done."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import (
    LEAD,
    MEMBER_COUNCIL,
    VIEWER,
    Api,
    OpenPage,
    check_widths,
    fictional_pdf,
)

pytestmark = pytest.mark.e2e


def _circulate(page: Page, label: str, upload: Path) -> None:
    form = page.get_by_role("form", name="Circulate a draft")
    form.get_by_label("Title").fill("Overview report (fictional)")
    form.get_by_label("Version label").fill(label)
    form.get_by_label("The report's file (optional)").set_input_files(str(upload))
    form.get_by_role("button", name="Circulate draft").click()


def _download(page: Page, name: str) -> bytes:
    """Downloads the file through the first link for ``name``; its bytes."""
    with page.expect_download() as downloading:
        page.get_by_role("link", name=re.compile(f"^Download {re.escape(name)} ")).first.click()
    download = downloading.value
    assert download.suggested_filename == name
    return Path(download.path()).read_bytes()


def test_lead_circulates_with_a_file_member_downloads_viewer_sees_no_link(
    open_page: OpenPage, admin_api: Api, tmp_path: Path
) -> None:
    suffix = uuid.uuid4().hex[:6]
    review = admin_api.new_review(f"Child D {suffix}", [MEMBER_COUNCIL])
    first = fictional_pdf(f"draft v0.1 {suffix}")
    name = "Overview report \u2013 Zo\u00eb v0.1.pdf"
    upload = tmp_path / name
    upload.write_bytes(first)

    # The lead reviewer circulates v0.1 with its file.
    lead = open_page(LEAD)
    lead.goto(f"/reviews/{review}/report")
    expect(lead.get_by_role("heading", name="Report sign-off", level=1)).to_be_visible()
    _circulate(lead, "v0.1", upload)
    expect(lead.get_by_text(f"Draft v0.1 circulated with {name}.")).to_be_visible()
    current = lead.locator(".govuk-summary-list__row", has_text="Report file")
    expect(current.get_by_role("link")).to_have_text(f"Download {name} (PDF, {len(first)} bytes)")
    check_widths(lead, "report-file-lead")

    # v0.2 goes out, but its file is a program: the draft's attach form says why.
    program = tmp_path / "overview v0.2.pdf"
    program.write_bytes(b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 120)
    _circulate(lead, "v0.2", program)
    summary = lead.locator(".govuk-error-summary")
    expect(summary).to_contain_text(
        "Draft v0.2 was circulated, but its file was not attached. This file is a program"
    )
    expect(summary).to_be_focused()
    expect(summary.get_by_role("link")).to_have_attribute("href", "#attach-file")
    expect(lead).to_have_title(re.compile("^Error: "))
    attach = lead.get_by_role("form", name="Attach the report file to draft v0.2")
    expect(attach.locator(".govuk-error-message")).to_contain_text("a program")
    check_widths(lead, "report-file-refused")
    second = fictional_pdf(f"draft v0.2 {suffix}")
    fixed = tmp_path / "overview v0.2 fixed.pdf"
    fixed.write_bytes(second)
    attach.get_by_label("The report's file").set_input_files(str(fixed))
    attach.get_by_role("button", name="Attach file").click()
    expect(lead.get_by_text("overview v0.2 fixed.pdf attached to draft v0.2.")).to_be_visible()
    expect(lead.locator(".govuk-error-summary")).to_have_count(0)
    expect(lead.get_by_role("link", name=re.compile("^Attach the report file"))).to_have_count(0)

    # A member of the review team downloads both through their links: the same bytes.
    member = open_page(MEMBER_COUNCIL)
    member.goto(f"/reviews/{review}/report")
    expect(member.get_by_role("table", name="Responses to draft v0.2 (current)")).to_be_visible()
    assert _download(member, "overview v0.2 fixed.pdf") == second
    assert _download(member, name) == first
    expect(member.get_by_role("link", name=re.compile("^Attach"))).to_have_count(0)
    check_widths(member, "report-file-member")

    # A viewer sees that each draft has its file, without a name or a link.
    viewer = open_page(VIEWER)
    viewer.goto(f"/reviews/{review}/report")
    versions = viewer.get_by_role("table", name="All versions")
    expect(versions.get_by_text("Report file attached (PDF, ")).to_have_count(2)
    expect(viewer.get_by_role("link", name=re.compile("^(Download|Attach)"))).to_have_count(0)
    expect(viewer.locator("main")).not_to_contain_text(".pdf")
    check_widths(viewer, "report-file-viewer")
