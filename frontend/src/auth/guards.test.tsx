import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { makeMe, renderApp } from "../test/render";
import { safeNext, signInPath } from "./guards";

const location = () => screen.getByTestId("location").textContent;

describe("routing guards", () => {
  it("sends an unauthenticated person to sign-in with the page they wanted", () => {
    renderApp("/reviews/abc/team?tab=1", { status: "anonymous" });
    expect(location()).toBe("/sign-in?next=%2Freviews%2Fabc%2Fteam%3Ftab%3D1");
    expect(screen.getByRole("heading", { level: 1, name: "Sign in to CSPR Hub" })).toBeTruthy();
  });

  it("does not add next for the dashboard", () => {
    renderApp("/", { status: "anonymous" });
    expect(location()).toBe("/sign-in");
  });

  it("shows a waiting message, not the sign-in page, while the silent refresh runs", () => {
    renderApp("/reviews", { status: "loading" });
    expect(location()).toBe("/reviews");
    expect(screen.getByText(/Signing you in/)).toBeTruthy();
  });

  it("tells a session that ended why they are at sign-in", () => {
    renderApp("/reviews", { status: "anonymous", reason: "expired" });
    expect(location()).toBe("/sign-in?next=%2Freviews");
    expect(screen.getByText(/Your session has ended/)).toBeTruthy();
  });

  it.each(["/admin", "/admin/users", "/admin/agencies", "/admin/clients", "/reviews/new"])(
    "%s is for partnership admins only: others see a plain message",
    (path) => {
      for (const role of ["member", "lead_reviewer", "viewer"] as const) {
        const { unmount } = renderApp(path, { status: "authenticated", me: makeMe({ role }) });
        expect(location()).toBe(path);
        expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("You do not have access to this page");
        unmount();
      }
    },
  );

  it("lets a partnership admin into the admin pages", async () => {
    renderApp("/admin/users", { status: "authenticated", me: makeMe() });
    // The admin pages are fetched when first opened: wait for the page's own heading.
    expect((await screen.findByRole("heading", { level: 1, name: /Users/ })).textContent).toMatch(/Users/);
    expect(screen.queryByText("You do not have access to this page")).toBeNull();
  });

  it("shows Administration in the navigation to admins only", () => {
    const { unmount } = renderApp("/account", { status: "authenticated", me: makeMe() });
    expect(screen.getByRole("link", { name: "Administration" })).toBeTruthy();
    unmount();
    renderApp("/account", { status: "authenticated", me: makeMe({ role: "member" }) });
    expect(screen.queryByRole("link", { name: "Administration" })).toBeNull();
    expect(screen.getByRole("button", { name: "Sign out" })).toBeTruthy();
  });

  it("puts the partnership's name in the header and no GOV.UK branding", () => {
    const { container } = renderApp("/account", { status: "authenticated", me: makeMe() });
    expect(container.querySelector("header")?.textContent).toContain("Demoshire Safeguarding Children Partnership");
    expect(container.innerHTML).not.toMatch(/GOV\.UK|govuk-logo|crown|Open Government Licence/i);
  });

  it("sends a signed-in person away from sign-in to next", () => {
    renderApp("/sign-in?next=%2Freviews", { status: "authenticated", me: makeMe() });
    expect(location()).toBe("/reviews");
  });

  it("shows a not-found page for unknown paths", () => {
    renderApp("/no/such/page", { status: "authenticated", me: makeMe() });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Page not found");
  });
});

describe("next= handling", () => {
  it("only follows same-origin app paths", () => {
    expect(safeNext("/reviews/1?x=2")).toBe("/reviews/1?x=2");
    expect(safeNext(null)).toBe("/");
    expect(safeNext("https://evil.example/")).toBe("/");
    expect(safeNext("//evil.example/")).toBe("/");
    expect(safeNext("/\\evil.example/")).toBe("/");
    expect(safeNext("javascript:alert(1)")).toBe("/");
    expect(safeNext("/sign-in?next=/x")).toBe("/");
  });

  it("builds sign-in paths", () => {
    expect(signInPath("/reviews?status=scoping")).toBe("/sign-in?next=%2Freviews%3Fstatus%3Dscoping");
    expect(signInPath("/")).toBe("/sign-in");
  });
});
