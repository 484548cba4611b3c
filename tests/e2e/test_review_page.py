"""The review page with a full demo review (team, subjects, alerts): every section checked
with axe, and its render time measured (recorded for the closing note, never asserted)."""

from __future__ import annotations

import statistics
import time

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ADMIN, Api, OpenPage, check_accessibility, record_timing

pytestmark = pytest.mark.e2e


def wait_for_review_data(page: Page, reference: str) -> None:
    """The overview shows the review's own data and its statutory deadlines."""
    overview = page.locator(".govuk-summary-list").first
    expect(overview.locator(".govuk-summary-list__value").first).to_have_text(reference)
    expect(page.locator(".app-timeline__item").first).to_be_visible()


def test_review_page_renders_with_data(open_page: OpenPage, admin_api: Api) -> None:
    child_a = admin_api.review_id("Child A")
    reference = admin_api.get(f"/api/v1/reviews/{child_a}")["reference"]
    page = open_page(ADMIN)

    # A full page load of the review: the app starts, refreshes the session from its cookie,
    # reads who is signed in, then the review and its deadlines.
    loads = []
    in_page = []
    for _ in range(3):
        start = time.monotonic()
        page.goto(f"/reviews/{child_a}")
        wait_for_review_data(page, reference)
        loads.append((time.monotonic() - start) * 1000)
        in_page.append(page.evaluate("() => performance.now()"))
    record_timing("review_page_ms", statistics.median(loads))
    record_timing("review_page_first_load_ms", loads[0])
    record_timing("review_page_in_page_ms", statistics.median(in_page))

    # Within the app (a link from the reviews list): no page load, only the API calls.
    page.get_by_role("link", name="All reviews").click()
    link = page.get_by_role("link", name=reference)
    expect(link).to_be_visible()
    start = time.monotonic()
    link.click()
    wait_for_review_data(page, reference)
    record_timing("review_page_in_app_ms", (time.monotonic() - start) * 1000)


def test_review_sections_of_a_full_review(open_page: OpenPage, admin_api: Api) -> None:
    child_a = admin_api.review_id("Child A")
    page = open_page(ADMIN)
    page.goto(f"/reviews/{child_a}")
    expect(page.get_by_role("heading", name="Statutory deadlines")).to_be_visible()
    expect(page.locator(".app-timeline__item").first).to_contain_text("Rule")
    # Scoping moves on to "In review" only once its preconditions hold: offered, not hidden.
    expect(page.get_by_role("radio", name="In review")).to_be_visible()
    check_accessibility(page, "review-overview-demo")

    page.get_by_role("link", name="Subjects and alerts").click()
    matrix = page.get_by_role("table", name="Alert confirmations")
    expect(matrix.get_by_role("rowheader")).to_have_count(2)
    # Identifying details, decrypted, for the administrator only.
    expect(matrix).to_contain_text("Riley Demo")
    check_accessibility(page, "subjects-demo")

    page.get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", level=1, name="History")).to_be_visible()
    check_accessibility(page, "history-empty")
