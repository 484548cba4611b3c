"""Browser tests: the real server on a fresh database, driven in Debian's Chromium.

The server is started from its own binary (so it can be stopped by pid), on a free port, with
a brand-new SQLite database migrated and seeded with the fictional demo data. Screenshots go to
test-artifacts/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from axe_playwright_python.sync_playwright import Axe  # type: ignore[import-untyped]
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect, sync_playwright

from tests.support import CSPR, START_UP, WAIT, free_port, serving, wait_until

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
CHROMIUM = os.environ.get("CSPR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
DEMO_PASSWORD = "demo-password-1"
# The demo logins (api/demo.py), by role.
ADMIN = "admin@demoshire.example"
LEAD = "lead.reviewer@demoshire.example"
MEMBER_COUNCIL = "member.council@demoshire.example"
MEMBER_POLICE = "member.police@demoshire.example"
VIEWER = "viewer@demoshire.example"
COUNCIL = "Demoshire County Council Children's Services"
POLICE = "Demoshire Constabulary"
# Web-first assertions and page actions wait this long for the page to catch up (never a fixed
# sleep); a busy machine can be slow to answer, and a wait ends as soon as its condition holds.
PAGE_WAIT_MS = 60_000
expect.set_options(timeout=PAGE_WAIT_MS)
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder runs against the real server, in the browser tier
    (``-m e2e``), never in the API tiers: one its author did not mark is marked here."""
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    dist = ROOT / "frontend" / "dist" / "index.html"
    if not dist.exists():
        pytest.fail("frontend/dist is missing: run `make frontend` first (make test does)")
    tmp = Path(tempfile.mkdtemp(prefix="cspr-e2e-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp / 'e2e.db'}",
        "CSPR_DATA_DIR": str(tmp / "data"),
        "CSPR_ENVIRONMENT": "demo",
    }
    env.pop("CSPR_TEST_DB", None)
    for command in (["migrate"], ["seed-demo"]):
        subprocess.run([str(CSPR), *command], env=env, check=True, capture_output=True)
    port = free_port()
    log = (tmp / "server.log").open("w")
    process = subprocess.Popen(
        [str(CSPR), "serve", "--port", str(port), "--no-migrate"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        ready = serving(process, f"{base}/readyz", tmp / "server.log")
        wait_until(ready, "the server is ready", START_UP, every=0.2, log=tmp / "server.log")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=WAIT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=WAIT)
        log.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _new_page(browser: Browser, server: str, errors: list[str]) -> tuple[BrowserContext, Page]:
    """A fresh browser context (its own cookies) and a page in it that reports script errors."""
    context = browser.new_context(base_url=server, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(PAGE_WAIT_MS)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    return context, page


@pytest.fixture
def page(browser: Browser, server: str) -> Iterator[Page]:
    errors: list[str] = []
    context, page = _new_page(browser, server, errors)
    yield page
    context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


OpenPage = Callable[..., Page]


@pytest.fixture
def open_page(browser: Browser, server: str) -> Iterator[OpenPage]:
    """Opens a page in its own browser context (its own cookies, so its own person), signed in
    as `email` when given: `admin = open_page(ADMIN)`; `member = open_page(MEMBER_COUNCIL)`."""
    errors: list[str] = []
    contexts: list[BrowserContext] = []

    def open_(email: str | None = None, password: str = DEMO_PASSWORD) -> Page:
        context, page = _new_page(browser, server, errors)
        contexts.append(context)
        if email:
            sign_in(page, email, password)
        return page

    yield open_
    for context in contexts:
        context.close()
    assert not errors, f"JavaScript errors on the page: {errors}"


_axe = Axe()


def check_accessibility(page: Page, name: str) -> None:
    """Zero axe violations against WCAG 2.0/2.1/2.2 A and AA; saves a screenshot either way.

    Waits for the screen to finish loading first (no "Loading…" status left), so what is
    checked and photographed is the screen with its data."""
    wait_loaded(page)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations: list[dict[str, Any]] = results.response.get("violations", [])
    report = [
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(n["target"][0] if n["target"] else "?" for n in v["nodes"][:5])
        for v in violations
    ]
    _record("axe", {name: len(violations)})
    assert not violations, f"accessibility violations on {name}:\n" + "\n".join(report)


def _record(kind: str, values: dict[str, Any]) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{kind}.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data.update(values)
    path.write_text(json.dumps(data, indent=2, sort_keys=True))


def record_timing(name: str, milliseconds: float) -> None:
    """Kept for the closing note and for a person to read; never asserted (shared machines)."""
    _record("timings", {name: round(milliseconds, 1)})


def wait_loaded(page: Page) -> None:
    """The app shell is up (an h1 is shown) and no part of the screen is still loading."""
    expect(page.locator("main h1").first).to_be_visible()
    expect(page.locator(".app-loading")).to_have_count(0)


def submit_sign_in(page: Page, email: str, password: str = DEMO_PASSWORD) -> None:
    """Fills in and sends the sign-in form the page is showing."""
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def sign_in(page: Page, email: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/sign-in")
    submit_sign_in(page, email, password)
    page.wait_for_url(lambda url: "/sign-in" not in url)


def sign_out(page: Page) -> None:
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/sign-in")
    expect(page.get_by_text("You have signed out.")).to_be_visible()


def path_of(page: Page) -> str:
    """The current URL's path, query and fragment (what the app routes on)."""
    return str(page.evaluate("() => location.pathname + location.search + location.hash"))


# --- Set-up through the API (for data a test needs but is not about) -------------------------


class ApiError(AssertionError):
    pass


@dataclass
class Api:
    """A signed-in API caller (password grant) for setting up data quickly, outside the UI."""

    client: httpx.Client

    def _check(self, response: httpx.Response) -> Any:
        if response.status_code >= 400:
            raise ApiError(
                f"{response.request.method} {response.request.url.path}: "
                f"{response.status_code} {response.text}"
            )
        return response.json() if response.content else None

    def get(self, path: str, **params: Any) -> Any:
        return self._check(self.client.get(path, params=params))

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        return self._check(self.client.post(path, json=body or {}, headers=headers))

    def patch(self, path: str, body: dict[str, Any]) -> Any:
        etag = self.client.get(path).headers.get("ETag", "*")
        return self._check(self.client.patch(path, json=body, headers={"If-Match": etag}))

    # Shortcuts for what the browser tests set up.
    def review_id(self, pseudonym: str) -> str:
        """A review by its child's pseudonym (the demo has "Child A" and "Young Person B")."""
        reviews = self.get("/api/v1/reviews", limit=200)["items"]
        return str(next(r["id"] for r in reviews if r["child_pseudonym"] == pseudonym))

    def review_reference(self, review_id: str) -> str:
        reviews = self.get("/api/v1/reviews", limit=200)["items"]
        return str(next(r["reference"] for r in reviews if r["id"] == review_id))

    def user_id(self, email: str) -> str:
        users = self.get("/api/v1/users", limit=200)["items"]
        return str(next(u["id"] for u in users if u["email"] == email))

    def new_review(self, pseudonym: str, members: list[str]) -> str:
        """A new review led by the demo's lead reviewer, with `members` (e-mails) seated."""
        today = date.today()
        review = self.post(
            "/api/v1/reviews",
            {
                "incident_kind": "serious_harm",
                "incident_on": (today - timedelta(days=12)).isoformat(),
                "became_aware_on": (today - timedelta(days=10)).isoformat(),
                "child_pseudonym": pseudonym,
                "lead_reviewer_id": self.user_id(LEAD),
            },
        )
        for email in members:
            self.post(f"/api/v1/reviews/{review['id']}/members", {"user_id": self.user_id(email)})
        return str(review["id"])

    def create_user(self, name: str, email: str, role: str = "viewer") -> dict[str, Any]:
        body = {"name": name, "email": email, "role": role, "password": DEMO_PASSWORD}
        user: dict[str, Any] = self.post("/api/v1/users", body)
        return user


def fill_date(form: Locator, on: date) -> None:
    """Types ``on`` into the GOV.UK date input (Day, Month, Year) inside ``form``."""
    form.get_by_label("Day").fill(str(on.day))
    form.get_by_label("Month").fill(str(on.month))
    form.get_by_label("Year").fill(str(on.year))


def fictional_pdf(text: str) -> bytes:
    """A small, real PDF carrying ``text`` (fictional), for uploads through the page."""
    return (
        b"%PDF-1.4\n% FICTIONAL E2E DOCUMENT\n1 0 obj << /Type /Catalog >> endobj\n% "
        + text.encode()
        + b"\n%%EOF\n"
    )


def check_widths(page: Page, name: str) -> None:
    """Zero axe violations at desktop width and at 375 px, where nothing scrolls sideways."""
    check_accessibility(page, name)
    page.set_viewport_size({"width": 375, "height": 800})
    try:
        check_accessibility(page, f"{name}-375")
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 375, f"{name} scrolls sideways at 375 px: {width}"
    finally:
        page.set_viewport_size({"width": 1280, "height": 900})


def api_as(server: str, email: str, password: str = DEMO_PASSWORD) -> Api:
    """An API caller signed in as `email`; close its `client` when done (fixtures do)."""
    response = httpx.post(
        f"{server}/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": password},
        timeout=WAIT,
    )
    response.raise_for_status()
    token = response.json()["access_token"]
    client = httpx.Client(
        base_url=server, headers={"Authorization": f"Bearer {token}"}, timeout=WAIT
    )
    return Api(client)


@pytest.fixture(scope="session")
def admin_api(server: str) -> Iterator[Api]:
    api = api_as(server, ADMIN)
    yield api
    api.client.close()
