"""Keyboard only: sign in and open a review with Tab, Enter and Space (no mouse), and every
control reached on the way shows where the focus is."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Locator, Page, expect

from tests.e2e.conftest import DEMO_PASSWORD, LEAD, Api, check_accessibility, path_of

pytestmark = pytest.mark.e2e

MAX_TABS = 60

# What a focus indicator changes, per GOV.UK Frontend: an outline (inputs), a box-shadow
# (links, buttons, checkbox and radio circles), or the background (links and buttons go yellow).
_STYLE = r"""(el, pseudo) => {
  const s = getComputedStyle(el, pseudo);
  const transparent = (c) => c === "transparent" || /rgba\(.*,\s*0\)$/.test(c);
  return {
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
    outlineDrawn: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0
      && !transparent(s.outlineColor),
    boxShadow: s.boxShadow,
    background: s.backgroundColor,
  };
}"""


def focused(locator: Locator) -> bool:
    return bool(locator.evaluate("el => el === document.activeElement"))


def tab_to(page: Page, target: Locator) -> None:
    """Presses Tab until `target` has the focus, as a keyboard user would."""
    expect(target).to_be_visible()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if focused(target):
            return
    pytest.fail(f"{target} was not reached with {MAX_TABS} presses of Tab")


def style(target: Locator, pseudo: str | None = None) -> dict[str, Any]:
    result: dict[str, Any] = target.evaluate(_STYLE, pseudo)
    return result


def focus_shows(page: Page, target: Locator, *, pseudo_of: Locator | None = None) -> None:
    """Tabs to `target` and checks that its look changed visibly: outline or box-shadow (on the
    element, or on `pseudo_of`'s ::before for GOV.UK's custom checkboxes and radios)."""
    shown = pseudo_of if pseudo_of is not None else target
    pseudo = "::before" if pseudo_of is not None else None
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    before = style(shown, pseudo)
    tab_to(page, target)
    after = style(shown, pseudo)
    changed = {k for k in ("outline", "boxShadow") if before[k] != after[k]}
    assert changed, f"no visible focus on {target}: {before} → {after}"
    # Drawn: a box-shadow, or an outline with a colour (a transparent outline only shows in
    # forced-colours mode, which GOV.UK adds alongside a box-shadow).
    visible = after["boxShadow"] != "none" or after["outlineDrawn"]
    assert visible, f"focus indicator of {target} is not drawn: {after}"


def test_sign_in_and_open_a_review_by_keyboard_alone(page: Page, admin_api: Api) -> None:
    child_a = admin_api.review_id("Child A")
    reference = admin_api.get(f"/api/v1/reviews/{child_a}")["reference"]
    page.goto("/sign-in")
    expect(page.get_by_role("heading", level=1, name="Sign in to CSPR Hub")).to_be_visible()

    # The first Tab reaches the skip link, which appears and moves focus to the content.
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#main-content")).to_be_focused()

    tab_to(page, page.get_by_label("Email address"))
    page.keyboard.type(LEAD)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password")).to_be_focused()
    page.keyboard.type(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/sign-in" not in url)
    expect(page.get_by_role("heading", level=1, name="Dashboard")).to_be_visible()

    # To the reviews list through the service navigation.
    menu = page.get_by_role("navigation", name="Menu")
    tab_to(page, menu.get_by_role("link", name="Reviews"))
    page.keyboard.press("Enter")
    heading = page.get_by_role("heading", level=1, name="Reviews")
    expect(heading).to_be_visible()
    # Focus starts at the new page's heading, as after a full page load.
    expect(heading).to_be_focused()

    # Arrow keys choose in a closed select, Space ticks a checkbox, Enter sends the form.
    status = page.get_by_label("Status")
    tab_to(page, status)
    for _ in range(6):  # Any status → Notified → … → Scoping (the sixth)
        page.keyboard.press("ArrowDown")
    expect(status).to_have_value("scoping")
    overdue = page.get_by_role("checkbox", name="Only overdue")
    tab_to(page, overdue)
    page.keyboard.press("Space")
    expect(overdue).to_be_checked()
    page.keyboard.press("Space")
    expect(overdue).not_to_be_checked()
    tab_to(page, page.get_by_role("button", name="Apply filters"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/reviews?status=scoping")

    # Open the review from the list.
    tab_to(page, page.get_by_role("link", name=reference))
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/reviews/{child_a}")
    overview = page.get_by_role("heading", level=1, name="Review overview")
    expect(overview).to_be_focused()
    expect(page.locator(".govuk-summary-list").first).to_contain_text("Child A")

    # And its sections, by keyboard too.
    sections = page.get_by_role("navigation", name="Review sections")
    tab_to(page, sections.get_by_role("link", name="Team and checklists"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1, name="Team and checklists")).to_be_focused()
    assert path_of(page) == f"/reviews/{child_a}/team"
    check_accessibility(page, "team-demo")


def test_focus_is_visible(page: Page, admin_api: Api) -> None:
    page.goto("/sign-in")
    focus_shows(page, page.get_by_role("link", name="Skip to main content"))
    focus_shows(page, page.get_by_label("Email address"))
    focus_shows(page, page.get_by_role("button", name="Sign in"))

    page.get_by_label("Email address").fill(LEAD)
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_label("Password").press("Enter")
    expect(page.get_by_role("heading", level=1, name="Dashboard")).to_be_visible()
    menu = page.get_by_role("navigation", name="Menu")
    focus_shows(page, menu.get_by_role("link", name="Reviews"))
    focus_shows(page, menu.get_by_role("button", name="Sign out"))

    page.goto("/reviews")
    expect(page.get_by_role("table", name="Reviews, most recently changed first")).to_be_visible()
    overdue = page.get_by_role("checkbox", name="Only overdue")
    focus_shows(page, overdue, pseudo_of=page.locator("label[for='overdue']"))
    focus_shows(page, page.get_by_label("Status"))
    # The scrollable table region takes focus so it can be scrolled by keyboard.
    region = page.get_by_role("region", name="Reviews", exact=True)
    focus_shows(page, region)
    # GOV.UK's focus, not the browser's own ring: a yellow outline and a black box-shadow.
    shown = style(region)
    assert "rgb(255, 221, 0)" in shown["outline"], shown
    assert "rgb(11, 12, 12)" in shown["boxShadow"], shown

    child_a = admin_api.review_id("Child A")
    page.goto(f"/reviews/{child_a}")
    sections = page.get_by_role("navigation", name="Review sections")
    focus_shows(page, sections.get_by_role("link", name="Subjects and alerts"))
    focus_shows(page, page.get_by_role("link", name="All reviews"))
