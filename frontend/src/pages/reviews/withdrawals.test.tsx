/** The confirmation pages that cancel a meeting, withdraw a draft report version and withdraw a
 * publication-plan request: who is offered them, what they refuse before sending, and what
 * they send. */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Draft } from "../../api/types";
import { json, routeFetch, type Route } from "../../test/http";
import { LEAD_ID, makeDraft, makeReview } from "../../test/fixtures";
import { makeMe, renderApp } from "../../test/render";
import { currentAfterWithdrawing } from "./Report";

const REVIEW = makeReview();

const TEAM = {
  review_id: "r1",
  completion: { done: 0, total: 26 },
  members: [
    { member_id: "m1", user_id: "u-me", name: "Pat", agency_id: "ag-police", agency_name: "Demoshire Constabulary", deputy: false, joined_on: "2026-11-06", completion: { done: 0, total: 13 }, can_view_checklist: true, outstanding: [] },
    { member_id: "m2", user_id: "u9", name: "Harper", agency_id: "ag-health", agency_name: "Demoshire ICB", deputy: false, joined_on: "2026-11-06", completion: { done: 1, total: 13 }, can_view_checklist: false, outstanding: [] },
  ],
};

const ADMIN = () => makeMe();
const LEAD = () => makeMe({ id: LEAD_ID, role: "lead_reviewer", name: "Lee Lead" });
const OTHER_LEAD = () => makeMe({ id: "u-other-lead", role: "lead_reviewer", name: "Ola Otherlead" });
const MEMBER = () => makeMe({ id: "u-me", role: "member", agency: { id: "ag-police", name: "Demoshire Constabulary", kind: "police", active: true, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" } });

let stub: ReturnType<typeof routeFetch>;
function useRoutes(routes: Route[]) {
  stub = routeFetch([["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)], ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)], ...routes]);
  vi.stubGlobal("fetch", stub.fetch);
}
afterEach(() => vi.unstubAllGlobals());

const posts = () => stub.calls.filter((c) => c.method === "POST");
const page = (items: unknown[]) => json(200, { items, next_cursor: null });

describe("cancelling a meeting", () => {
  const base = { review_id: "r1", location: null, online: true, created_by_type: "user", created_by_id: LEAD_ID, created_at: "2026-11-20T10:00:00Z", updated_at: "2026-11-20T10:00:00Z", cancelled_reason: null };
  const FAMILY = { ...base, id: "mt1", kind: "family_meeting", status: "scheduled", held_at: "2026-12-03T10:00:00Z", agenda: "Meet the family (fictional)" };
  const HELD = { ...base, id: "mt2", kind: "review_team_meeting", status: "held", held_at: "2026-11-21T10:00:00Z", agenda: null };
  const GONE = { ...base, id: "mt3", kind: "other", status: "cancelled", held_at: "2026-11-22T10:00:00Z", agenda: null, cancelled_reason: "Chair unwell" };

  function meetingRoutes(): Route[] {
    return [
      ["GET", /^\/api\/v1\/reviews\/r1\/meetings\/mt1$/, () => json(200, FAMILY, { ETag: '"v2"' })],
      ["GET", /^\/api\/v1\/reviews\/r1\/meetings\/mt2$/, () => json(200, HELD, { ETag: '"v5"' })],
      ["GET", /^\/api\/v1\/reviews\/r1\/meetings/, () => page([FAMILY, HELD, GONE])],
      ["GET", /^\/api\/v1\/reviews\/r1\/attendance-rates$/, () => json(200, { review_id: "r1", threshold_percent: 80, members: [] })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners/, () => page([])],
      ["POST", /^\/api\/v1\/reviews\/r1\/meetings\/mt1\/cancel$/, (_r, body) => json(200, { ...FAMILY, status: "cancelled", cancelled_reason: (body as { reason: string }).reason })],
    ];
  }

  it("is offered to the review's lead reviewer for a scheduled meeting, needs a reason and a confirmation, and sends the reason", async () => {
    const user = userEvent.setup();
    useRoutes(meetingRoutes());
    renderApp("/reviews/r1/meetings", { status: "authenticated", me: LEAD() });
    const table = await screen.findByRole("table", { name: "Meetings" });
    const links = within(table).getAllByRole("link", { name: /^Cancel meeting/ });
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute("href")).toBe("/reviews/r1/meetings/mt1/cancel");
    expect(within(table).getByText("Cancelled: Chair unwell")).toBeTruthy();

    await user.click(links[0]!);
    const form = await screen.findByRole("form", { name: /^Cancel the family meeting on/ });
    await user.click(within(form).getByRole("button", { name: "Cancel meeting" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Enter why the meeting is cancelled" }).getAttribute("href")).toBe("#confirm-reason");
    expect(within(summary).getByRole("link", { name: "Confirm that you want to cancel the meeting" })).toBeTruthy();
    expect(document.title).toMatch(/^Error: /);
    expect(posts()).toHaveLength(0);

    await user.type(within(form).getByLabelText("Why is the meeting cancelled?"), "  Family asked to move it  ");
    await user.click(within(form).getByLabelText("I want to cancel this meeting"));
    await user.click(within(form).getByRole("button", { name: "Cancel meeting" }));
    expect(await screen.findByText(/^Family meeting on .* cancelled\.$/)).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/reviews/r1/meetings");
    const [post] = posts();
    expect(post!.path).toBe("/api/v1/reviews/r1/meetings/mt1/cancel");
    expect(post!.body).toEqual({ reason: "Family asked to move it" });
    expect(post!.headers.get("Content-Type")).toBe("application/json");
  });

  it("shows the API's refusal on the form, keeping what was typed", async () => {
    const user = userEvent.setup();
    useRoutes([["POST", /\/cancel$/, () => json(409, { type: "about:blank", title: "Conflict", status: 409, detail: "The meeting was held; it cannot be cancelled." })], ...meetingRoutes()]);
    renderApp("/reviews/r1/meetings/mt1/cancel", { status: "authenticated", me: ADMIN() });
    const form = await screen.findByRole("form", { name: /^Cancel the family meeting/ });
    await user.type(within(form).getByLabelText("Why is the meeting cancelled?"), "Chair unwell");
    await user.click(within(form).getByLabelText("I want to cancel this meeting"));
    await user.click(within(form).getByRole("button", { name: "Cancel meeting" }));
    expect(await within(form).findByText("The meeting was held; it cannot be cancelled.")).toBeTruthy();
    expect((within(form).getByLabelText("Why is the meeting cancelled?") as HTMLTextAreaElement).value).toBe("Chair unwell");
  });

  it("says a held meeting cannot be cancelled instead of showing the form", async () => {
    useRoutes(meetingRoutes());
    renderApp("/reviews/r1/meetings/mt2/cancel", { status: "authenticated", me: LEAD() });
    expect(await screen.findByRole("heading", { name: /This meeting cannot be cancelled/ })).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it.each([
    ["a member", MEMBER],
    ["another review's lead reviewer", OTHER_LEAD],
    ["a viewer", () => makeMe({ role: "viewer" })],
  ])("is not offered to %s, and its page says no access without asking for the meeting", async (_who, me) => {
    useRoutes(meetingRoutes());
    const first = renderApp("/reviews/r1/meetings", { status: "authenticated", me: me() });
    await screen.findByRole("table", { name: "Meetings" });
    expect(screen.queryByRole("link", { name: /^Cancel meeting/ })).toBeNull();
    first.unmount();
    renderApp("/reviews/r1/meetings/mt1/cancel", { status: "authenticated", me: me() });
    expect(await screen.findByRole("heading", { name: "You do not have access to this page" })).toBeTruthy();
    expect(stub.calls.some((c) => c.path.startsWith("/api/v1/reviews/r1/meetings/mt1"))).toBe(false);
  });
});

describe("withdrawing a draft report version", () => {
  const V1 = makeDraft("d1", "v0.1", "2026-11-10");
  const V2 = makeDraft("d2", "v0.2", "2026-11-20", { current: true });
  const V0 = makeDraft("d0", "v0.0", "2026-11-01", { withdrawn_on: "2026-11-02", withdrawn_reason: "Circulated in error" });

  function draftRoutes(): Route[] {
    return [
      ["GET", /^\/api\/v1\/reviews\/r1\/drafts\/d2\/responses/, () => page([])],
      ["GET", /^\/api\/v1\/reviews\/r1\/drafts/, () => page([V0, V1, V2])],
      ["POST", /^\/api\/v1\/reviews\/r1\/drafts\/d2\/withdraw$/, (_r, body) => json(200, { ...V2, current: false, withdrawn_on: "2026-11-27", withdrawn_reason: (body as { reason: string }).reason })],
    ];
  }

  it("knows which version becomes current again", () => {
    expect(currentAfterWithdrawing([V0, V1, V2] as Draft[], V2 as Draft)?.version_label).toBe("v0.1");
    expect(currentAfterWithdrawing([V0, V2] as Draft[], V2 as Draft)).toBeNull();
  });

  it("tags the current version, shows why one was withdrawn, and lets the lead reviewer withdraw with a reason", async () => {
    const user = userEvent.setup();
    useRoutes(draftRoutes());
    renderApp("/reviews/r1/report", { status: "authenticated", me: LEAD() });
    expect(await screen.findByRole("table", { name: "Responses to draft v0.2 (current)" })).toBeTruthy();
    const versions = screen.getByRole("table", { name: "All versions" });
    const rows = within(versions).getAllByRole("row");
    expect(rows[3]!.textContent).toContain("Current");
    expect(rows[1]!.textContent).toContain("Circulated in error");
    expect(within(versions).queryByRole("link", { name: "Withdraw draft v0.0" })).toBeNull();
    expect(within(versions).getByRole("link", { name: "Withdraw draft v0.1" })).toBeTruthy();

    await user.click(within(versions).getByRole("link", { name: "Withdraw draft v0.2" }));
    const form = await screen.findByRole("form", { name: "Withdraw draft v0.2" });
    expect(within(form).getByText(/Draft v0\.1 becomes the current draft again/)).toBeTruthy();
    await user.type(within(form).getByLabelText("Why are you withdrawing it?"), "no");
    await user.click(within(form).getByLabelText("I want to withdraw draft v0.2"));
    await user.click(within(form).getByRole("button", { name: "Withdraw draft" }));
    expect(await within(form).findAllByText("The reason must be 3 characters or more")).not.toHaveLength(0);
    expect(posts()).toHaveLength(0);

    await user.type(within(form).getByLabelText("Why are you withdrawing it?"), "t the final text");
    await user.click(within(form).getByRole("button", { name: "Withdraw draft" }));
    expect(await screen.findByText("Draft v0.2 withdrawn.")).toBeTruthy();
    expect(posts()[0]!.path).toBe("/api/v1/reviews/r1/drafts/d2/withdraw");
    expect(posts()[0]!.body).toEqual({ reason: "not the final text" });
  });

  it("asks for the reason when it is left empty", async () => {
    const user = userEvent.setup();
    useRoutes(draftRoutes());
    renderApp("/reviews/r1/report/drafts/d2/withdraw", { status: "authenticated", me: ADMIN() });
    const form = await screen.findByRole("form", { name: "Withdraw draft v0.2" });
    await user.click(within(form).getByLabelText("I want to withdraw draft v0.2"));
    await user.click(within(form).getByRole("button", { name: "Withdraw draft" }));
    expect(await within(form).findAllByText("Enter why the draft is withdrawn")).toHaveLength(2);
    expect(posts()).toHaveLength(0);
  });

  it.each([
    ["a member", MEMBER],
    ["another review's lead reviewer", OTHER_LEAD],
  ])("is not offered to %s", async (_who, me) => {
    useRoutes(draftRoutes());
    const first = renderApp("/reviews/r1/report", { status: "authenticated", me: me() });
    await screen.findByRole("table", { name: "All versions" });
    expect(screen.queryByRole("link", { name: /^Withdraw/ })).toBeNull();
    first.unmount();
    renderApp("/reviews/r1/report/drafts/d2/withdraw", { status: "authenticated", me: me() });
    expect(await screen.findByRole("heading", { name: "You do not have access to this page" })).toBeTruthy();
  });
});

describe("withdrawing a publication-plan request", () => {
  const REQUEST = {
    id: "q1",
    review_id: "r1",
    agency_id: "ag-health",
    item: "comms_lead",
    question: null,
    due_on: null,
    answered: false,
    latest_answer: null,
    withdrawn_on: null,
    withdrawn_reason: null,
    requested_by_type: "user",
    requested_by_id: "u-admin",
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
  };
  const OLD = { ...REQUEST, id: "q0", item: "staff_briefed", withdrawn_on: "2026-11-21", withdrawn_reason: "Asked twice in error" };

  function planRoutes(): Route[] {
    return [
      ["GET", /^\/api\/v1\/reviews\/r1\/publication-plan\/requests\/q1$/, () => json(200, REQUEST)],
      ["GET", /^\/api\/v1\/reviews\/r1\/publication-plan\/requests/, () => page([OLD, REQUEST])],
      ["POST", /^\/api\/v1\/reviews\/r1\/publication-plan\/requests\/q1\/withdraw$/, () => json(200, { ...REQUEST, withdrawn_on: "2026-11-27", withdrawn_reason: "Sent to the wrong agency" })],
    ];
  }

  it("lets an administrator withdraw an open request with a reason", async () => {
    const user = userEvent.setup();
    useRoutes(planRoutes());
    renderApp("/reviews/r1/publication-plan", { status: "authenticated", me: ADMIN() });
    const table = await screen.findByRole("table", { name: "Requests to agencies" });
    expect(within(table).getByText(/Asked twice in error/)).toBeTruthy();
    const links = within(table).getAllByRole("link", { name: /^Withdraw/ });
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toContain("the request to Demoshire ICB");

    await user.click(links[0]!);
    const form = await screen.findByRole("form", { name: "Withdraw the request to Demoshire ICB" });
    await user.click(within(form).getByRole("button", { name: "Withdraw request" }));
    expect(await within(form).findAllByText("Enter why the request is withdrawn")).toHaveLength(2);
    expect(within(form).getAllByText("Confirm that you want to withdraw the request")).toHaveLength(2);
    expect(posts()).toHaveLength(0);

    await user.type(within(form).getByLabelText("Why are you withdrawing it?"), "Sent to the wrong agency");
    await user.click(within(form).getByLabelText("I want to withdraw this request"));
    await user.click(within(form).getByRole("button", { name: "Withdraw request" }));
    expect(await screen.findByText("Request to Demoshire ICB withdrawn.")).toBeTruthy();
    expect(posts()[0]!.path).toBe("/api/v1/reviews/r1/publication-plan/requests/q1/withdraw");
    expect(posts()[0]!.body).toEqual({ reason: "Sent to the wrong agency" });
  });

  it.each([
    ["the review's lead reviewer", LEAD],
    ["a member", MEMBER],
  ])("is not offered to %s (administrators plan publication)", async (_who, me) => {
    useRoutes(planRoutes());
    const first = renderApp("/reviews/r1/publication-plan", { status: "authenticated", me: me() });
    await screen.findByRole("table", { name: "Requests to agencies" });
    expect(screen.queryByRole("link", { name: /^Withdraw/ })).toBeNull();
    first.unmount();
    renderApp("/reviews/r1/publication-plan/requests/q1/withdraw", { status: "authenticated", me: me() });
    expect(await screen.findByRole("heading", { name: "You do not have access to this page" })).toBeTruthy();
    expect(stub.calls.some((c) => c.path.endsWith("/requests/q1"))).toBe(false);
  });
});
