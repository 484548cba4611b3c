"""Who reaches what: plain messages for pages someone may not see, and a 401 that sends the
person to sign-in and then back to the page they wanted."""

from __future__ import annotations

import uuid
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import (
    MEMBER_COUNCIL,
    VIEWER,
    Api,
    OpenPage,
    check_accessibility,
    path_of,
    submit_sign_in,
)

pytestmark = pytest.mark.e2e

NO_ACCESS = "You do not have access to this page"
ADMIN_ONLY = ["/admin", "/admin/agencies", "/admin/users", "/admin/users/new", "/admin/clients"]


def expect_no_access(page: Page, path: str) -> None:
    page.goto(path)
    expect(page.get_by_role("heading", level=1, name=NO_ACCESS)).to_be_visible()
    # Plain: no form, no table, nothing of what an administrator would see there.
    main = page.locator("main")
    expect(main.locator("form, table")).to_have_count(0)
    expect(main.get_by_role("link", name="Go to the dashboard")).to_be_visible()
    assert path_of(page) == path  # no redirect that would hint at what is there


def test_a_member_cannot_reach_administration(open_page: OpenPage, admin_api: Api) -> None:
    member = open_page(MEMBER_COUNCIL)
    menu = member.get_by_role("navigation", name="Menu")
    expect(menu.get_by_role("link", name="Reviews")).to_be_visible()
    expect(menu.get_by_role("link", name="Administration")).to_have_count(0)
    for path in ADMIN_ONLY:
        expect_no_access(member, path)
    check_accessibility(member, "no-access")
    # Creating a review is for administrators too.
    expect_no_access(member, "/reviews/new")
    member.goto("/reviews")
    expect(member.get_by_role("heading", level=1, name="Reviews")).to_be_visible()
    expect(member.get_by_role("button", name="Create a review")).to_have_count(0)
    # Nor can they change a review they sit on (administrators and its lead reviewer do).
    child_a = admin_api.review_id("Child A")
    member.goto(f"/reviews/{child_a}")
    expect(member.get_by_role("heading", level=1, name="Review overview")).to_be_visible()
    expect(member.get_by_role("link", name="Change the review's details")).to_have_count(0)
    expect(member.get_by_role("button", name="Move the review on")).to_have_count(0)
    expect_no_access(member, f"/reviews/{child_a}/edit")


def test_a_viewer_cannot_reach_administration(open_page: OpenPage) -> None:
    viewer = open_page(VIEWER)
    for path in ("/admin", "/admin/users"):
        expect_no_access(viewer, path)


def test_a_review_someone_cannot_see_reads_as_not_found(
    open_page: OpenPage, admin_api: Api
) -> None:
    member = open_page(MEMBER_COUNCIL)
    # The council's member does not sit on Young Person B's review: the API answers 404,
    # exactly as for a review that does not exist, so existence does not leak.
    for review in (admin_api.review_id("Young Person B"), str(uuid.uuid4())):
        member.goto(f"/reviews/{review}")
        expect(member.get_by_role("heading", level=1, name="Page not found")).to_be_visible()
    member.goto("/no-such-page")
    expect(member.get_by_role("heading", level=1, name="Page not found")).to_be_visible()
    check_accessibility(member, "not-found")


def test_signing_in_returns_to_the_page_wanted(page: Page, admin_api: Api) -> None:
    child_a = admin_api.review_id("Child A")
    wanted = f"/reviews/{child_a}/subjects"
    page.goto(wanted)
    page.wait_for_url(f"**/sign-in?next={quote(wanted, safe='')}")
    expect(page.get_by_role("heading", level=1, name="Sign in to CSPR Hub")).to_be_visible()
    submit_sign_in(page, VIEWER)
    page.wait_for_url(f"**{wanted}")
    expect(page.get_by_role("heading", level=1, name="Subjects and alerts")).to_be_visible()
    # A viewer sees pseudonyms and confirmations, never identifying details.
    matrix = page.get_by_role("table", name="Alert confirmations")
    expect(matrix.get_by_role("rowheader").first).to_contain_text("Child A")
    expect(matrix).not_to_contain_text("Riley Demo")


def test_a_query_string_survives_the_trip_through_sign_in(page: Page) -> None:
    page.goto("/reviews?status=scoping")
    page.wait_for_url("**/sign-in?next=%2Freviews%3Fstatus%3Dscoping")
    submit_sign_in(page, VIEWER)
    page.wait_for_url("**/reviews?status=scoping")
    expect(page.get_by_label("Status")).to_have_value("scoping")
    expect(page.get_by_role("link", name="Clear filters")).to_be_visible()


def test_next_never_leaves_the_site(page: Page) -> None:
    page.goto("/sign-in?next=//example.invalid/phish")
    submit_sign_in(page, VIEWER)
    page.wait_for_url(lambda url: url.endswith("/"))
    assert path_of(page) == "/"


def test_a_session_ended_by_the_server_returns_to_sign_in_and_back(
    open_page: OpenPage, admin_api: Api
) -> None:
    """A 401 mid-session (the account was disabled, so the silent refresh fails too) sends the
    person to sign-in with the page they were opening; once allowed back, they land on it."""
    email = "casey.session@demoshire.example"
    user = admin_api.create_user("Casey Session", email)
    child_a = admin_api.review_id("Child A")
    person = open_page(email)
    expect(person.get_by_role("heading", level=1, name="Dashboard")).to_be_visible()
    person.get_by_role("navigation", name="Menu").get_by_role("link", name="Reviews").click()
    # The list itself, loaded: a name matched loosely ("Reviews") is also the dashboard's
    # "Number of reviews in each status" table, and disabling the account while the list was
    # still loading ended the session on the list instead of on the click below.
    link = person.get_by_role("table", name="Reviews, most recently changed first").locator(
        f'a[href="/reviews/{child_a}"]'
    )
    expect(link).to_be_visible()

    admin_api.patch(f"/api/v1/users/{user['id']}", {"active": False})
    # The next request the app makes is refused.
    link.click()
    wanted = f"/reviews/{child_a}"
    person.wait_for_url(f"**/sign-in?next={quote(wanted, safe='')}")
    expect(person.get_by_text("Your session has ended.")).to_be_visible()
    check_accessibility(person, "sign-in-session-ended")

    admin_api.patch(f"/api/v1/users/{user['id']}", {"active": True})
    submit_sign_in(person, email)
    person.wait_for_url(f"**{wanted}")
    expect(person.get_by_role("heading", level=1, name="Review overview")).to_be_visible()
