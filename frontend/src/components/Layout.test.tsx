import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeMe, renderApp } from "../test/render";

afterEach(() => vi.unstubAllGlobals());

describe("app shell", () => {
  it("moves focus to the new page's h1 after a route change", async () => {
    const user = userEvent.setup();
    renderApp("/account", { status: "authenticated", me: makeMe() });
    await user.click(screen.getByRole("link", { name: "Administration" }));
    await waitFor(() => expect(document.activeElement?.tagName).toBe("H1"));
    expect(document.activeElement?.textContent).toContain("Administration");
    expect(document.title).toBe("Administration – CSPR Hub");
  });

  it("leaves focus in a field someone is already typing in when the heading would take it", async () => {
    // The heading takes focus on the next frame; here the frame comes late, after a fast user
    // has already clicked into the new page's first field.
    let framed = false;
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) =>
      setTimeout(() => {
        cb(0);
        framed = true;
      }, 50),
    );
    const user = userEvent.setup();
    renderApp("/admin", { status: "authenticated", me: makeMe() });
    await user.click(screen.getByRole("link", { name: "Account" }));
    const field = await screen.findByLabelText("Current password");
    await user.click(field);
    await waitFor(() => expect(framed).toBe(true));
    expect(document.activeElement).toBe(field);
  });

  it("marks the current section in the navigation without relying on colour", () => {
    renderApp("/admin/users", { status: "authenticated", me: makeMe() });
    const nav = screen.getByRole("navigation", { name: "Menu" });
    const link = within(nav).getByRole("link", { name: "Administration" });
    expect(link.getAttribute("aria-current")).toBe("true");
    expect(link.querySelector("strong")).toBeTruthy();
  });

  it("has a skip link to the main content", () => {
    renderApp("/account", { status: "authenticated", me: makeMe() });
    const skip = screen.getByRole("link", { name: "Skip to main content" });
    expect(skip.getAttribute("href")).toBe("#main-content");
    expect(document.getElementById("main-content")?.tagName).toBe("MAIN");
  });

  it("signs out through the auth context", async () => {
    const user = userEvent.setup();
    const { auth } = renderApp("/account", { status: "authenticated", me: makeMe({ role: "viewer" }) });
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(auth.signOut).toHaveBeenCalled();
  });

  it("keeps an administrator who must enrol TOTP on the account page", () => {
    renderApp("/reviews", { status: "authenticated", me: makeMe({ totp_enrolment_required: true, totp_enrolled: false }) });
    expect(screen.getByTestId("location").textContent).toBe("/account");
    expect(screen.getByText("Set up two-factor authentication to continue")).toBeTruthy();
  });
});
