"""Signing in as each role, and signing out (which revokes the session on the server)."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Cookie, Page, expect

from tests.e2e.conftest import (
    ADMIN,
    LEAD,
    MEMBER_COUNCIL,
    VIEWER,
    OpenPage,
    check_accessibility,
    path_of,
    sign_in,
    sign_out,
)

pytestmark = pytest.mark.e2e

REFRESH_COOKIE = "__Host-cspr_refresh"


def _refresh_cookie(page: Page) -> Cookie | None:
    return next((c for c in page.context.cookies() if c["name"] == REFRESH_COOKIE), None)


def test_sign_in_page_is_accessible_and_wrong_password_is_explained(page: Page) -> None:
    page.goto("/sign-in")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    check_accessibility(page, "sign-in")
    page.get_by_label("Email address").fill("admin@demoshire.example")
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Enter a correct email address and password")
    # What was typed is kept.
    expect(page.get_by_label("Email address")).to_have_value("admin@demoshire.example")
    check_accessibility(page, "sign-in-error")


def test_sign_in_form_hints_before_sending(page: Page) -> None:
    page.goto("/sign-in")
    page.get_by_role("button", name="Sign in").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Enter your email address")
    expect(summary).to_contain_text("Enter your password")
    expect(summary).to_be_focused()
    # Each error links to its field.
    summary.get_by_role("link", name="Enter your password").click()
    expect(page.get_by_label("Password")).to_be_focused()
    expect(page).to_have_title(re.compile(r"^Error: Sign in to CSPR Hub"))


@pytest.mark.parametrize(
    ("email", "name", "role", "admin_nav"),
    [
        (ADMIN, "Ada Admin", "admin", True),
        (LEAD, "Lee Reviewer", "lead", False),
        (MEMBER_COUNCIL, "Morgan Member", "member", False),
        (VIEWER, "Vic Viewer", "viewer", False),
    ],
)
def test_each_role_signs_in_to_the_dashboard(
    page: Page, email: str, name: str, role: str, admin_nav: bool
) -> None:
    sign_in(page, email)
    assert path_of(page) == "/"
    expect(page.get_by_role("heading", level=1, name="Dashboard")).to_be_visible()
    expect(page.get_by_text(f"Hello, {name}.")).to_be_visible()
    expect(page.get_by_role("heading", name="Reviews by status")).to_be_visible()
    menu = page.get_by_role("navigation", name="Menu")
    expect(menu.get_by_role("link", name="Reviews")).to_be_visible()
    expect(menu.get_by_role("link", name="Administration")).to_have_count(1 if admin_nav else 0)
    check_accessibility(page, f"dashboard-{role}")


def test_session_survives_a_reload_without_storing_tokens(page: Page) -> None:
    sign_in(page, ADMIN)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # No token is kept where scripts or other tabs could read it later.
    stored = page.evaluate("() => localStorage.length + sessionStorage.length")
    assert stored == 0
    refresh = _refresh_cookie(page)
    assert refresh and refresh["httpOnly"] and refresh["sameSite"] == "Strict"
    assert page.evaluate("() => document.cookie") == ""
    page.reload()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    expect(page.get_by_role("heading", level=1, name="Dashboard")).to_be_visible()


def test_sign_out_revokes_the_session(page: Page, server: str) -> None:
    sign_in(page, MEMBER_COUNCIL)
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Reviews").click()
    expect(page.get_by_role("heading", level=1, name="Reviews")).to_be_visible()
    spent = _refresh_cookie(page)
    assert spent is not None

    sign_out(page)
    assert path_of(page) == "/sign-in"
    expect(page.get_by_role("button", name="Sign out")).to_have_count(0)
    check_accessibility(page, "sign-in-signed-out")
    # The browser no longer holds the refresh cookie...
    assert _refresh_cookie(page) is None
    # ...and the server revoked it: a stolen copy no longer works.
    response = httpx.post(
        f"{server}/api/v1/auth/session/refresh",
        headers={"X-CSPR-Session": "1", "Cookie": f"{REFRESH_COOKIE}={spent['value']}"},
    )
    assert response.status_code == 401

    # A reload, or going back to a page, lands on sign-in.
    page.reload()
    expect(page.get_by_role("heading", level=1, name="Sign in to CSPR Hub")).to_be_visible()
    assert path_of(page) == "/sign-in"
    page.goto("/reviews")
    page.wait_for_url("**/sign-in?next=%2Freviews")
    expect(page.get_by_label("Email address")).to_be_visible()


def test_signing_out_in_one_tab_ends_the_other(open_page: OpenPage) -> None:
    first = open_page(LEAD)
    second = first.context.new_page()
    second.goto("/reviews")
    expect(second.get_by_role("heading", level=1, name="Reviews")).to_be_visible()
    sign_out(first)
    # The other tab is told (BroadcastChannel) and leaves the signed-in screens.
    second.wait_for_url("**/sign-in")
    expect(second.get_by_role("button", name="Sign out")).to_have_count(0)
