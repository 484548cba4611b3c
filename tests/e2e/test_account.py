"""Your account: setting up two-factor authentication (TOTP), then signing in with a code."""

from __future__ import annotations

import time

import pyotp
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import Api, OpenPage, check_accessibility, sign_out, submit_sign_in

pytestmark = pytest.mark.e2e

STEP = 30  # seconds per TOTP code (api/security/totp.py)


def test_two_factor_enrolment_and_sign_in_with_a_code(open_page: OpenPage, admin_api: Api) -> None:
    # A person of its own: enrolling changes how they sign in from now on.
    email = "toni.totp@demoshire.example"
    admin_api.create_user("Toni Totp", email, role="lead_reviewer")
    page = open_page(email)
    page.get_by_role("navigation", name="Menu").get_by_role("link", name="Account").click()
    expect(page.get_by_role("heading", level=1, name="Your account")).to_be_visible()
    details = page.locator(".govuk-summary-list")
    expect(details).to_contain_text("Lead reviewer")
    expect(details).to_contain_text("Not set up")
    check_accessibility(page, "account")

    page.get_by_role("button", name="Set up two-factor authentication").click()
    key = page.get_by_label("Setup key")
    expect(key).to_be_visible()
    secret = key.inner_text().replace(" ", "")
    totp = pyotp.TOTP(secret, interval=STEP)
    check_accessibility(page, "account-totp")

    # A wrong code is explained next to the field; nothing is enrolled.
    step = int(time.time() // STEP)
    valid = {totp.at((step + d) * STEP) for d in (-1, 0, 1, 2)}
    wrong = next(c for c in ("123456", "654321", "111111", "222222") if c not in valid)
    code_field = page.get_by_label("Code from your authenticator app")
    code_field.fill(wrong)
    page.get_by_role("button", name="Confirm code").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    expect(code_field).to_have_value(wrong)
    check_accessibility(page, "account-totp-error")

    # The code for this time step enrols; the server accepts one step of drift either way.
    code_field.fill(totp.at(step * STEP))
    page.get_by_role("button", name="Confirm code").click()
    expect(page.locator(".govuk-notification-banner--success")).to_contain_text(
        "Two-factor authentication is set up."
    )
    expect(details).to_contain_text("Set up")
    expect(details).not_to_contain_text("Not set up")

    # Signing in again now asks for a code. Each step's code is accepted once, so use the
    # next step's (within the one-step drift the server allows).
    sign_out(page)
    submit_sign_in(page, email)
    code = page.get_by_label("Security code")
    expect(code).to_be_focused()
    expect(page.locator(".govuk-error-summary")).to_have_count(0)
    check_accessibility(page, "sign-in-totp")
    code.fill(totp.at((step + 1) * STEP))
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/sign-in" not in url)
    expect(page.get_by_role("heading", level=1, name="Dashboard")).to_be_visible()
