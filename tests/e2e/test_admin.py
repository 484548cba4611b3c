"""Administration screens: agencies, users (create, change role, disable) and API clients
(created with scopes; the secret is shown once)."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import ADMIN, POLICE, OpenPage, check_accessibility

pytestmark = pytest.mark.e2e


@pytest.fixture
def admin(open_page: OpenPage) -> Page:
    page = open_page(ADMIN)
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Administration").click()
    expect(page.get_by_role("heading", level=1, name="Administration")).to_be_visible()
    return page


def test_agencies(admin: Page) -> None:
    check_accessibility(admin, "admin-index")
    admin.get_by_role("link", name="Agencies").click()
    table = admin.get_by_role("table", name="Agencies in the partnership")
    expect(table.get_by_role("row")).to_have_count(5)
    expect(table).to_contain_text(POLICE)
    check_accessibility(admin, "admin-agencies")

    admin.get_by_role("button", name="Add agency").click()
    summary = admin.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter the agency's name")
    expect(summary).to_contain_text("Select the kind of agency")
    check_accessibility(admin, "admin-agencies-errors")

    admin.get_by_label("Name", exact=True).fill("Demoshire Probation Delivery Unit")
    admin.get_by_role("radio", name="Probation").check()
    admin.get_by_role("button", name="Add agency").click()
    expect(admin.locator(".govuk-notification-banner--success")).to_contain_text(
        "Demoshire Probation Delivery Unit added."
    )
    row = table.get_by_role("row").filter(has_text="Demoshire Probation Delivery Unit")
    expect(row).to_contain_text("Probation")
    expect(row).to_contain_text("Active")


def test_users_create_change_role_and_disable(admin: Page, server: str) -> None:
    admin.get_by_role("link", name="Users").click()
    expect(admin.get_by_role("heading", level=1, name="Users")).to_be_visible()
    expect(admin.get_by_role("table", name="Users")).to_contain_text("Morgan Member")
    check_accessibility(admin, "admin-users")

    admin.get_by_role("button", name="Add a user").click()
    expect(admin.get_by_role("heading", level=1, name="Add a user")).to_be_visible()
    admin.get_by_label("Full name").fill("Robin Newcomer")
    admin.get_by_label("Work email address").fill("robin.newcomer@demoshire.example")
    admin.get_by_role("radio", name="Review team member", exact=True).check()
    admin.get_by_label("First password").fill("too-short")
    admin.get_by_role("button", name="Add user").click()
    summary = admin.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Select the agency this review team member represents")
    expect(summary).to_contain_text("The password must be 12 characters or more")
    expect(admin.get_by_label("Full name")).to_have_value("Robin Newcomer")
    check_accessibility(admin, "admin-user-new-errors")

    admin.get_by_label("Agency", exact=True).select_option(label=POLICE)
    admin.get_by_label("First password").fill("a-long-first-password")
    # The server's problem+json is mapped onto the field it is about (the API refuses
    # special-use domains such as .test), and nothing typed is lost.
    admin.get_by_label("Work email address").fill("robin.newcomer@demoshire.test")
    admin.get_by_role("button", name="Add user").click()
    email_error = summary.get_by_role("link", name="special-use or reserved name")
    expect(email_error).to_be_visible()
    expect(admin.locator("#email-error")).to_contain_text("special-use or reserved name")
    email_error.click()
    expect(admin.get_by_label("Work email address")).to_be_focused()
    expect(admin.get_by_label("Full name")).to_have_value("Robin Newcomer")
    expect(admin.get_by_label("Agency", exact=True)).to_have_value(re.compile(r"^[0-9a-f-]{36}$"))
    expect(admin.get_by_label("First password")).to_have_value("a-long-first-password")
    check_accessibility(admin, "admin-user-new-server-error")

    admin.get_by_label("Work email address").fill("robin.newcomer@demoshire.example")
    admin.get_by_role("button", name="Add user").click()
    expect(admin.get_by_role("heading", level=1, name="Users")).to_be_visible()
    expect(admin.locator(".govuk-notification-banner--success")).to_contain_text(
        "Robin Newcomer can now sign in."
    )

    admin.get_by_role("link", name="Robin Newcomer").click()
    expect(admin.get_by_role("heading", level=1, name="Robin Newcomer")).to_be_visible()
    details = admin.locator(".govuk-summary-list")
    expect(details).to_contain_text("Review team member")
    expect(details).to_contain_text(POLICE)
    check_accessibility(admin, "admin-user-detail")

    admin.get_by_role("radio", name="Viewer", exact=True).check()
    admin.get_by_label("Agency", exact=True).select_option(label="None (partnership staff)")
    admin.get_by_role("button", name="Save role").click()
    expect(admin.locator(".govuk-notification-banner--success")).to_contain_text(
        "Robin Newcomer is now a viewer."
    )
    expect(details).to_contain_text("Viewer")

    admin.get_by_role("button", name="Disable account").click()
    expect(admin.locator(".govuk-notification-banner--success")).to_contain_text(
        "Robin Newcomer's account is disabled."
    )
    expect(details).to_contain_text("Disabled")
    # A disabled account cannot sign in.
    response = httpx.post(
        f"{server}/api/v1/auth/session",
        json={"email": "robin.newcomer@demoshire.example", "password": "a-long-first-password"},
    )
    assert response.status_code == 401


def test_api_client_secret_is_shown_once(admin: Page) -> None:
    admin.get_by_role("link", name="API clients").click()
    expect(admin.get_by_role("heading", level=1, name="API clients")).to_be_visible()
    check_accessibility(admin, "admin-clients")

    admin.get_by_label("Name of the system").fill("Police case management")
    admin.get_by_label("Agency", exact=True).select_option(label=POLICE)
    admin.get_by_role("checkbox", name="Confirm record alerts").check()
    admin.get_by_role("checkbox", name="Read reviews the agency sits on").check()
    admin.get_by_role("button", name="Create API client").click()

    panel = admin.get_by_role("region", name="API client created: Police case management")
    expect(panel).to_be_focused()
    secret = panel.locator("strong").nth(1).inner_text()
    client_id = panel.locator("strong").first.inner_text()
    assert len(secret) >= 20
    expect(admin.get_by_text("It is shown only once")).to_be_visible()
    table = admin.get_by_role("table", name="Clients")
    row = table.get_by_role("row").filter(has_text="Police case management")
    expect(row).to_contain_text(client_id)
    expect(row).to_contain_text("alerts:write")
    expect(row).to_contain_text("reviews:read")
    expect(row).to_contain_text("Never used")
    # The form is ready for the next one.
    expect(admin.get_by_label("Name of the system")).to_have_value("")
    check_accessibility(admin, "admin-clients-secret")

    # Once: after a reload the secret is nowhere on the page (the API never returns it again).
    admin.reload()
    expect(row).to_contain_text(client_id)
    expect(admin.get_by_text(secret)).to_have_count(0)
    assert secret not in admin.content()
