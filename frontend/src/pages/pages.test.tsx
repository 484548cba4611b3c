import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { json, routeFetch, type Route } from "../test/http";
import { makeMe, renderApp } from "../test/render";
import type { ChecklistEvidence } from "../api/types";
import { SummaryList } from "../components/ui";
import { evidenceRows, evidenceSummary } from "./reviews/Checklist";
import { correctionsAfter } from "./reviews/PractitionerRecord";

const AGENCIES = {
  items: [
    { id: "ag-police", name: "Demoshire Constabulary", kind: "police", active: true, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" },
    { id: "ag-health", name: "Demoshire ICB", kind: "health", active: true, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" },
  ],
  next_cursor: null,
};

/** A review team of the police (the signed-in member, u-me) and health. */
const TEAM = {
  review_id: "r1",
  completion: { done: 0, total: 26 },
  members: [
    { member_id: "m1", user_id: "u-me", name: "Pat", agency_id: "ag-police", agency_name: "Demoshire Constabulary", deputy: false, joined_on: "2026-11-06", completion: { done: 0, total: 13 }, can_view_checklist: true, outstanding: [] },
    { member_id: "m2", user_id: "u9", name: "Harper", agency_id: "ag-health", agency_name: "Demoshire ICB", deputy: false, joined_on: "2026-11-06", completion: { done: 1, total: 13 }, can_view_checklist: false, outstanding: [] },
  ],
};

const REVIEW = {
  id: "r1",
  reference: "DSCP-2026-001",
  child_pseudonym: "Child A",
  incident_kind: "death",
  status: "notified",
  lead_reviewer_id: null,
  lead_reviewer: null,
  became_aware_on: "2026-11-05",
  decision: null,
  next_deadline_on: "2026-11-12",
  overdue: true,
  created_at: "2026-11-05T10:00:00Z",
  updated_at: "2026-11-05T10:00:00Z",
  sin_reference: null,
  incident_on: "2026-11-03",
  sin_sent_on: null,
  rapid_review_meeting_on: null,
  rapid_review_sent_on: null,
  decision_on: null,
  final_report_sent_on: null,
  planned_publication_on: null,
  published_on: null,
  care_leaver_notified_on: null,
  not_published_reasons: null,
  improvements_published: null,
  terms_of_reference: { period_start: null, period_end: null, key_lines_of_enquiry: [], methodology: null },
  next_statuses: ["rapid_review"],
};

const DEADLINES = {
  review_id: "r1",
  rule_set: "WT2023",
  today: "2026-11-25",
  deadlines: [
    { rule: "sin_to_panel", title: "Serious Incident Notification sent to the Panel", source: "Working Together 2023", due_on: "2026-11-12", status: "overdue", met_on: null, late: false, working_days_left: -9 },
    { rule: "rapid_review_to_panel", title: "Rapid Review sent to the Panel", source: "Working Together 2023", due_on: "2026-11-26", status: "due", met_on: null, late: false, working_days_left: 1 },
  ],
};

let stub: ReturnType<typeof routeFetch>;
function useRoutes(routes: Route[]) {
  stub = routeFetch(routes);
  vi.stubGlobal("fetch", stub.fetch);
}

beforeEach(() => {
  document.title = "";
});
afterEach(() => vi.unstubAllGlobals());

describe("review overview", () => {
  it("shows the statutory deadlines with their status in words and the rule", async () => {
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW, { ETag: '"1"' })],
      ["GET", /^\/api\/v1\/reviews\/r1\/deadlines$/, () => json(200, DEADLINES)],
      ["GET", /^\/api\/v1\/users/, () => json(200, { items: [], next_cursor: null })],
    ]);
    renderApp("/reviews/r1", { status: "authenticated", me: makeMe() });
    expect(await screen.findByRole("heading", { level: 1, name: "Review overview" })).toBeTruthy();
    await screen.findByText("Serious Incident Notification sent to the Panel");
    expect(screen.getByText("Overdue", { selector: ".app-timeline .govuk-tag" })).toBeTruthy();
    expect(screen.getByText("sin_to_panel")).toBeTruthy();
    expect(screen.getByText(/9 working days late/)).toBeTruthy();
    expect(screen.getByText(/1 working day left/)).toBeTruthy();
  });

  it("lists the unmet preconditions when a transition is refused, and offers an admin override only when all can be overridden", async () => {
    const user = userEvent.setup();
    let unmet = [{ code: "sin_sent_on_missing", message: "Record the date the Serious Incident Notification was sent.", overridable: false }];
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW, { ETag: '"1"' })],
      ["GET", /^\/api\/v1\/reviews\/r1\/deadlines$/, () => json(200, DEADLINES)],
      ["GET", /^\/api\/v1\/users/, () => json(200, { items: [], next_cursor: null })],
      ["POST", /^\/api\/v1\/reviews\/r1\/transitions$/, () => json(409, { type: "/problems/transition-refused", title: "Transition refused", status: 409, detail: "The review cannot move yet.", unmet, allowed_from_here: ["rapid_review"] })],
    ]);
    renderApp("/reviews/r1", { status: "authenticated", me: makeMe() });
    const form = await screen.findByRole("form", { name: "Move the review on" });
    await user.click(within(form).getByLabelText("Rapid Review"));
    await user.type(within(form).getByLabelText("Reason"), "Meeting arranged");
    await user.click(within(form).getByRole("button", { name: "Move the review on" }));
    expect(await within(form).findByText(/Record the date the Serious Incident Notification was sent/)).toBeTruthy();
    expect(within(form).queryByLabelText("Override these preconditions")).toBeNull();
    expect((within(form).getByLabelText("Reason") as HTMLTextAreaElement).value).toBe("Meeting arranged");
    const post = stub.calls.find((c) => c.method === "POST")!;
    expect(post.body).toEqual({ to: "rapid_review", reason: "Meeting arranged" });
    expect(post.headers.get("Idempotency-Key")).toBeTruthy();

    unmet = [{ code: "panel_notice", message: "Send the final report 7 working days before publication.", overridable: true }];
    await user.click(within(form).getByRole("button", { name: "Move the review on" }));
    expect(await within(form).findByLabelText("Override these preconditions")).toBeTruthy();
  });

  it("does not offer transitions to people who cannot move the review on", async () => {
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/deadlines$/, () => json(200, DEADLINES)],
    ]);
    renderApp("/reviews/r1", { status: "authenticated", me: makeMe({ role: "viewer" }) });
    expect(await screen.findByText(/From here the review can go to/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Move the review on" })).toBeNull();
    expect(screen.queryByText(/Change the review's details/)).toBeNull();
  });

  it("shows a plain not-found page for a review outside the caller's reach (404)", async () => {
    useRoutes([["GET", /^\/api\/v1\/reviews\/r9$/, () => json(404, { type: "/problems/not-found", title: "Not Found", status: 404 })]]);
    renderApp("/reviews/r9", { status: "authenticated", me: makeMe({ role: "member" }) });
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
  });
});

describe("family involvement", () => {
  it("is read only on its own page, opened from the overview by those who manage the review", async () => {
    const user = userEvent.setup();
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW, { ETag: '"v4"' })],
      ["GET", /^\/api\/v1\/reviews\/r1\/deadlines$/, () => json(200, DEADLINES)],
      ["GET", /^\/api\/v1\/reviews\/r1\/family-involvement$/, () => json(200, { review_id: "r1", notes: "Mother met the reviewer." }, { ETag: '"v4"' })],
      ["PUT", /^\/api\/v1\/reviews\/r1\/family-involvement$/, (_r, body) => json(200, { review_id: "r1", ...(body as object) }, { ETag: '"v5"' })],
    ]);
    renderApp("/reviews/r1", { status: "authenticated", me: makeMe() });
    const link = await screen.findByRole("link", { name: "Read or change the family involvement notes" });
    expect(stub.calls.some((c) => c.path.endsWith("/family-involvement"))).toBe(false);
    await user.click(link);
    const notes = (await screen.findByLabelText("Family involvement notes")) as HTMLTextAreaElement;
    expect(notes.value).toBe("Mother met the reviewer.");
    await user.clear(notes);
    await user.type(notes, "Father asked for an evening meeting.");
    await user.click(screen.getByRole("button", { name: "Save the notes" }));
    expect(await screen.findByText("The family involvement notes were saved.")).toBeTruthy();
    const put = stub.calls.find((c) => c.method === "PUT")!;
    expect(put.body).toEqual({ notes: "Father asked for an evening meeting." });
    expect(put.headers.get("If-Match")).toBe('"v4"');
  });

  it("is not offered to members, and the page says no access if they go there", async () => {
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/deadlines$/, () => json(200, DEADLINES)],
      ["GET", /^\/api\/v1\/reviews\/r1\/family-involvement$/, () => json(403, { type: "/problems/forbidden", title: "Forbidden", status: 403 })],
    ]);
    const view = renderApp("/reviews/r1", { status: "authenticated", me: makeMe({ role: "member" }) });
    await screen.findByRole("heading", { level: 1, name: "Review overview" });
    expect(screen.queryByText(/family involvement notes/)).toBeNull();
    view.unmount();
    renderApp("/reviews/r1/family-involvement", { status: "authenticated", me: makeMe({ role: "member" }) });
    expect(await screen.findByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeTruthy();
  });
});

describe("subjects × agencies", () => {
  it("lets a member confirm only for their own agency", async () => {
    const user = userEvent.setup();
    const alerts = [{ id: "al1", review_id: "r1", subject_id: "s1", agency_id: "ag-health", confirmed_on: "2026-11-20", confirmed_by_type: "user", confirmed_by_id: "u9", created_at: "2026-11-20T10:00:00Z" }];
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/subjects/, () => json(200, { items: [{ id: "s1", review_id: "r1", role: "child", pseudonym: "Child A", identifying: null, record_references: [], created_at: "", updated_at: "" }], next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/alerts/, () => json(200, { items: alerts, next_cursor: null })],
      [
        "GET",
        /^\/api\/v1\/reviews\/r1\/team$/,
        () =>
          json(200, {
            review_id: "r1",
            completion: { done: 0, total: 26 },
            members: [
              { member_id: "m1", user_id: "u-me", name: "Pat", agency_id: "ag-police", agency_name: "Demoshire Constabulary", deputy: false, joined_on: "2026-11-06", completion: { done: 0, total: 13 }, outstanding: [] },
              { member_id: "m2", user_id: "u9", name: "Harper", agency_id: "ag-health", agency_name: "Demoshire ICB", deputy: false, joined_on: "2026-11-06", completion: { done: 1, total: 13 }, outstanding: [] },
            ],
          }),
      ],
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
      ["POST", /^\/api\/v1\/reviews\/r1\/alerts$/, (_r, body) => { alerts.push({ ...alerts[0]!, id: "al2", agency_id: "ag-police", confirmed_on: (body as { confirmed_on: string }).confirmed_on }); return json(201, alerts[1]); }],
    ]);
    renderApp("/reviews/r1/subjects", { status: "authenticated", me: makeMe({ id: "u-me", role: "member", agency: { ...AGENCIES.items[0]!, kind: "police" } }) });
    const table = await screen.findByRole("table");
    const row = within(table).getByRole("row", { name: /Child A/ });
    expect(within(row).getByText("Confirmed")).toBeTruthy();
    const buttons = within(row).getAllByRole("button", { name: /Confirm added today/ });
    expect(buttons).toHaveLength(1);
    expect(buttons[0]!.textContent).toContain("Demoshire Constabulary");
    await user.click(buttons[0]!);
    expect(await screen.findByText(/Alert on Demoshire Constabulary's record for Child A confirmed/)).toBeTruthy();
    const post = stub.calls.find((c) => c.method === "POST")!;
    expect(post.body).toMatchObject({ subject_id: "s1" });
    expect((post.body as Record<string, unknown>).agency_id).toBeUndefined();
  });
});

describe("practitioners", () => {
  const JO = {
    id: "p1",
    review_id: "r1",
    agency_id: "ag-police",
    external_ref: null,
    name: "Jo Example",
    job_title: "Detective constable",
    team: "Child protection unit",
    work_email: "jo.example@police.example",
    phone: null,
    line_manager: null,
    involvement: null,
    involved_from: null,
    involved_to: null,
    consent_to_contact: true,
    support_status: "offered",
    active: true,
    withdrawn_on: null,
    withdrawn_reason: null,
    created_at: "2026-11-20T10:00:00Z",
    updated_at: "2026-11-20T10:00:00Z",
    etag: '"v1"',
  };
  const SUMMARY = { review_id: "r1", active: 3, agencies: [{ agency_id: "ag-police", active: 1, withdrawn: 0 }, { agency_id: "ag-health", active: 2, withdrawn: 1 }] };

  const POLICE_MEMBER = () => makeMe({ id: "u-me", role: "member", agency: { ...AGENCIES.items[0]!, kind: "police" } });

  it("shows a member the counts and their agency's practitioners, and adds one on its own page", async () => {
    const user = userEvent.setup();
    const items: unknown[] = [JO];
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioner-counts$/, () => json(200, SUMMARY)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners\/p2\/contacts/, () => json(200, { items: [], next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners\/p2$/, () => json(200, items[1], { ETag: '"v1"' })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners/, () => json(200, { items, next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
      ["POST", /^\/api\/v1\/reviews\/r1\/practitioners$/, (_r, body) => { const made = { ...JO, id: "p2", ...(body as object) }; items.push(made); return json(201, made); }],
    ]);
    renderApp("/reviews/r1/practitioners", { status: "authenticated", me: POLICE_MEMBER() });
    const counts = await screen.findByRole("table", { name: "Practitioners by agency" });
    expect(within(counts).getByRole("row", { name: /Demoshire ICB 2 1/ })).toBeTruthy();
    const mine = screen.getByRole("table", { name: "Your agency's practitioners" });
    expect(within(mine).getByRole("link", { name: "Jo Example" })).toBeTruthy();
    expect(within(mine).getByText("jo.example@police.example")).toBeTruthy();
    // The agency has an active practitioner: no "none involved" declaration on offer.
    expect(screen.queryByRole("form", { name: "No practitioners involved" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Add a practitioner" }));
    const form = await screen.findByRole("form", { name: "Add a practitioner" });
    await user.click(within(form).getByRole("button", { name: "Add practitioner" }));
    expect(await within(form).findAllByText("Enter the practitioner's name")).not.toHaveLength(0);
    expect(stub.calls.some((c) => c.method === "POST")).toBe(false);
    await user.type(within(form).getByLabelText("Name"), "Lee Example");
    await user.type(within(form).getByLabelText("Job title"), "Police sergeant");
    await user.type(within(form).getByLabelText("Line manager (optional)"), "Sam Example");
    await user.click(within(form).getByLabelText(/agreed to be contacted/));
    await user.click(within(form).getByRole("radio", { name: "Offered" }));
    await user.click(within(form).getByRole("button", { name: "Add practitioner" }));
    expect(await screen.findByText("Lee Example added.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1, name: /Lee Example/ })).toBeTruthy();
    const post = stub.calls.find((c) => c.method === "POST")!;
    expect(post.body).toEqual({ name: "Lee Example", job_title: "Police sergeant", team: null, work_email: null, phone: null, line_manager: "Sam Example", involvement: null, involved_from: null, involved_to: null, consent_to_contact: true, support_status: "offered" });
  });

  it("offers the 'no practitioners involved' declaration when the agency has none", async () => {
    const user = userEvent.setup();
    const declarations: unknown[] = [];
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioner-counts$/, () => json(200, { review_id: "r1", active: 0, agencies: [] })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners/, () => json(200, { items: [], next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
      ["GET", /^\/api\/v1\/reviews\/r1\/members\/m1\/declarations/, () => json(200, { items: declarations, next_cursor: null })],
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
      ["POST", /^\/api\/v1\/reviews\/r1\/members\/m1\/declarations$/, (_r, body) => { const made = { id: "d1", review_id: "r1", member_id: "m1", ...(body as object), payload: {}, declared_by_type: "user", declared_by_id: "u-me", declared_at: "2026-11-27T10:00:00Z" }; declarations.push(made); return json(201, made); }],
    ]);
    renderApp("/reviews/r1/practitioners", { status: "authenticated", me: POLICE_MEMBER() });
    const form = await screen.findByRole("form", { name: "No practitioners involved" });
    await user.click(within(form).getByRole("button", { name: "Declare no practitioners involved" }));
    expect(await within(form).findAllByText("Confirm that no practitioners of your agency were involved")).not.toHaveLength(0);
    await user.click(within(form).getByLabelText(/No practitioners of my agency were involved/));
    await user.click(within(form).getByRole("button", { name: "Declare no practitioners involved" }));
    expect(await screen.findByText(/declared that no practitioners were involved on/)).toBeTruthy();
    expect(stub.calls.find((c) => c.method === "POST")!.body).toEqual({ kind: "no_practitioners" });
  });

  it("keeps the contact log append-only: a correction names the entry it corrects", async () => {
    const user = userEvent.setup();
    const contacts: Record<string, unknown>[] = [{ id: "c1", practitioner_id: "p1", kind: "introduction", contacted_on: "2026-11-20", note: "Wrong day", corrects: null, recorded_by_type: "user", recorded_by_id: "u-me", recorded_at: "2026-11-20T10:00:00Z" }];
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners\/p1\/contacts/, () => json(200, { items: contacts, next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners\/p1$/, () => json(200, JO, { ETag: '"v1"' })],
      ["POST", /^\/api\/v1\/reviews\/r1\/practitioners\/p1\/contacts$/, (_r, body) => { const made = { ...contacts[0]!, id: "c2", note: null, ...(body as object) }; contacts.push(made); return json(201, made); }],
    ]);
    renderApp("/reviews/r1/practitioners/p1", { status: "authenticated", me: POLICE_MEMBER() });
    const form = await screen.findByRole("form", { name: "Add contact" });
    await user.click(within(form).getByRole("radio", { name: "Introduction" }));
    const group = within(form).getByRole("group", { name: "Date of the contact" });
    await user.type(within(group).getByLabelText("Day"), "21");
    await user.type(within(group).getByLabelText("Month"), "11");
    await user.type(within(group).getByLabelText("Year"), "2026");
    await user.selectOptions(within(form).getByLabelText("Corrects an earlier entry (optional)"), "c1");
    await user.click(within(form).getByRole("button", { name: "Add contact" }));
    expect(await screen.findByText("Contact with Jo Example recorded.")).toBeTruthy();
    expect(await screen.findByText("Corrects entry 1")).toBeTruthy();
    expect(screen.getByText("Corrected by entry 2")).toBeTruthy();
    expect(stub.calls.find((c) => c.method === "POST")!.body).toEqual({ kind: "introduction", contacted_on: "2026-11-21", note: null, corrects: "c1" });
  });

  it("lists a correction after the entry it corrects, even when recorded in the same instant", () => {
    const log = [
      { id: "a", corrects: "c" },
      { id: "b", corrects: null },
      { id: "c", corrects: null },
    ];
    expect(correctionsAfter(log).map((e) => e.id)).toEqual(["b", "c", "a"]);
    expect(correctionsAfter([{ id: "x", corrects: null }, { id: "y", corrects: "x" }]).map((e) => e.id)).toEqual(["x", "y"]);
  });

  it("changes a practitioner with If-Match, and withdraws only when confirmed", async () => {
    const user = userEvent.setup();
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners\/p1\/contacts/, () => json(200, { items: [], next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners\/p1$/, () => json(200, JO, { ETag: '"v3"' })],
      ["PATCH", /^\/api\/v1\/reviews\/r1\/practitioners\/p1$/, (_r, body) => json(200, { ...JO, ...(body as object) }, { ETag: '"v4"' })],
      ["POST", /^\/api\/v1\/reviews\/r1\/practitioners\/p1\/withdraw$/, () => json(200, { ...JO, active: false, withdrawn_on: "2026-11-27" })],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioner-counts$/, () => json(200, SUMMARY)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioners/, () => json(200, { items: [], next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
      ["GET", /^\/api\/v1\/reviews\/r1\/members\/m1\/declarations/, () => json(200, { items: [], next_cursor: null })],
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
    ]);
    renderApp("/reviews/r1/practitioners/p1/edit", { status: "authenticated", me: POLICE_MEMBER() });
    const form = await screen.findByRole("form", { name: "Change Jo Example" });
    const team = within(form).getByLabelText("Team (optional)");
    await user.clear(team);
    await user.type(team, "Public protection unit");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Jo Example's details were saved.")).toBeTruthy();
    const patch = stub.calls.find((c) => c.method === "PATCH")!;
    expect(patch.headers.get("If-Match")).toBe('"v3"');
    expect(patch.body).toMatchObject({ team: "Public protection unit", name: "Jo Example" });

    await user.click(screen.getByRole("link", { name: "Withdraw Jo Example" }));
    const withdraw = await screen.findByRole("form", { name: "Withdraw Jo Example" });
    await user.type(within(withdraw).getByLabelText("Why are you withdrawing them?"), "Added in error");
    await user.click(within(withdraw).getByRole("button", { name: "Withdraw practitioner" }));
    expect(await within(withdraw).findAllByText("Confirm that you want to withdraw the practitioner")).not.toHaveLength(0);
    expect(stub.calls.some((c) => c.path.endsWith("/withdraw"))).toBe(false);
    await user.click(within(withdraw).getByLabelText("I want to withdraw Jo Example"));
    await user.click(within(withdraw).getByRole("button", { name: "Withdraw practitioner" }));
    expect(await screen.findByText("Jo Example withdrawn. Their record and contacts are kept.")).toBeTruthy();
    expect(stub.calls.find((c) => c.path.endsWith("/withdraw"))!.body).toEqual({ reason: "Added in error" });
  });

  it("shows a viewer the counts only, without asking for anyone's details", async () => {
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
      ["GET", /^\/api\/v1\/reviews\/r1\/practitioner-counts$/, () => json(200, SUMMARY)],
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
    ]);
    renderApp("/reviews/r1/practitioners", { status: "authenticated", me: makeMe({ role: "viewer" }) });
    await screen.findByRole("table", { name: "Practitioners by agency" });
    expect(screen.getAllByRole("table")).toHaveLength(1);
    expect(screen.queryByRole("form")).toBeNull();
    expect(stub.calls.filter((c) => /\/practitioners(\?|$)/.test(c.path))).toHaveLength(0);
  });
});

describe("parallel proceedings", () => {
  const HELD = { id: "pr1", review_id: "r1", agency_id: "ag-police", kind: "criminal_investigation", status: "active", liaison_contact: "Major Investigation Team inbox", expected_end_on: "2027-03-31", concluded_on: null, holds_publication: true, note: null, recorded_by_type: "user", recorded_by_id: "u-me", created_at: "2026-11-20T10:00:00Z", updated_at: "2026-11-20T10:00:00Z" };
  const routes = (proceedings: unknown[], none: unknown[] = []): Route[] => [
    ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
    ["GET", /^\/api\/v1\/reviews\/r1\/proceedings/, () => json(200, { items: proceedings, next_cursor: null })],
    ["GET", /^\/api\/v1\/reviews\/r1\/no-proceedings/, () => json(200, { items: none, next_cursor: null })],
    ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
  ];

  it("lists every agency's proceedings, warns of a publication hold, and lets a member change only their agency's", async () => {
    const health = { ...HELD, id: "pr2", agency_id: "ag-health", kind: "inquest", holds_publication: false, liaison_contact: null, expected_end_on: null };
    useRoutes(routes([HELD, health]));
    renderApp("/reviews/r1/proceedings", { status: "authenticated", me: makeMe({ id: "u-me", role: "member", agency: { ...AGENCIES.items[0]!, kind: "police" } }) });
    const table = await screen.findByRole("table", { name: "Proceedings recorded" });
    const held = within(table).getByRole("row", { name: /Criminal investigation/ });
    expect(within(held).getByText("Holds publication")).toBeTruthy();
    expect(within(held).getByRole("link", { name: /Change or conclude/ })).toBeTruthy();
    const inquest = within(table).getByRole("row", { name: /Inquest/ });
    expect(within(inquest).queryByRole("link")).toBeNull();
    expect(screen.getByText(/A proceeding holds the publication of this review/)).toBeTruthy();
    // The police have recorded one: no "none" declaration on offer to them.
    expect(screen.queryByRole("form", { name: "Your agency knows of none" })).toBeNull();
  });

  it("lets a member declare their agency knows of none", async () => {
    const user = userEvent.setup();
    const none: unknown[] = [];
    useRoutes([
      ...routes([], none),
      ["POST", /^\/api\/v1\/reviews\/r1\/no-proceedings$/, () => { const made = { id: "n1", review_id: "r1", agency_id: "ag-police", declared_on: "2026-11-27", declared_by_type: "user", declared_by_id: "u-me", created_at: "2026-11-27T10:00:00Z" }; none.push(made); return json(201, made); }],
    ]);
    renderApp("/reviews/r1/proceedings", { status: "authenticated", me: makeMe({ id: "u-me", role: "member", agency: { ...AGENCIES.items[0]!, kind: "police" } }) });
    const form = await screen.findByRole("form", { name: "Your agency knows of none" });
    await user.click(within(form).getByLabelText("Demoshire Constabulary knows of no parallel proceedings"));
    await user.click(within(form).getByRole("button", { name: "Declare none" }));
    expect(await screen.findByText("Demoshire Constabulary knows of no parallel proceedings: declared.")).toBeTruthy();
    expect(await screen.findByText(/Demoshire Constabulary: none known as of/)).toBeTruthy();
    expect(stub.calls.find((c) => c.method === "POST")!.body).toEqual({});
  });

  it("shows the publication hold on the review's overview", async () => {
    useRoutes([
      ...routes([HELD]),
      ["GET", /^\/api\/v1\/reviews\/r1\/deadlines$/, () => json(200, { review_id: "r1", rule_set: "england-2023", today: "2026-11-27", deadlines: [] })],
    ]);
    renderApp("/reviews/r1", { status: "authenticated", me: makeMe({ role: "partnership_admin" }) });
    expect(await screen.findByText(/Publication is on hold: a parallel proceeding holds it \(criminal investigation\)/)).toBeTruthy();
    expect(screen.getByText(/you may override the hold/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "See the parallel proceedings" })).toBeTruthy();
  });
});

describe("checklists", () => {
  it("summarises what a derived item rests on, by its kind", () => {
    const base = { id: "i", duty: "record_alerts", title: "t", done_when: "", status: "in_progress", derived: true, derivable_later: false, hand_set_status: null, note: null, updated_by_type: null, updated_by_id: null, updated_at: "", etag: "e" } as const;
    const declared = { declaration_id: "d", declared_at: "2026-11-25T10:00:00Z" } as const;
    expect(evidenceSummary({ ...base, evidence: { kind: "alert_confirmations", subjects: 3, confirmed: 2, missing: ["Mother"] } })).toBe("alerts confirmed for 2 of 3 subjects (waiting for Mother)");
    expect(evidenceSummary({ ...base, evidence: { kind: "alert_confirmations", subjects: 0, confirmed: 0, missing: [] } })).toBe("no subjects recorded yet");
    expect(evidenceSummary({ ...base, evidence: { kind: "practitioners", active: 2, withdrawn: 1, declaration_id: null, declared_at: null } })).toBe("2 practitioners identified");
    expect(evidenceSummary({ ...base, evidence: { kind: "practitioners", active: 0, withdrawn: 1, declaration_id: null, declared_at: null } })).toBe("none active (1 withdrawn)");
    expect(evidenceSummary({ ...base, evidence: { kind: "performance_lead", ...declared, lead_name: "Dr Jones", lead_role: null } })).toMatch(/^declared 25 Nov 2026, 10:00 \(Dr Jones\)$/);
    const none = { proceedings: 0, kinds: [] as string[], open: 0, holding_publication: 0 };
    expect(evidenceSummary({ ...base, evidence: { kind: "parallel_proceedings", ...none, none_declared_on: "2026-11-25" } })).toBe("none declared 25 November 2026");
    expect(evidenceSummary({ ...base, evidence: { kind: "parallel_proceedings", proceedings: 1, kinds: ["inquest"], open: 1, holding_publication: 1, none_declared_on: null } })).toBe("1 proceeding recorded (1 open, 1 holding publication)");
    expect(evidenceSummary({ ...base, evidence: { kind: "voice_of_the_child", ...declared, note: "Her words" } })).toMatch(/^declared 25 Nov 2026, 10:00$/);
    expect(evidenceSummary({ ...base, evidence: { kind: "confidentiality", ...declared } })).toMatch(/^declared 25 Nov 2026, 10:00$/);
    expect(evidenceSummary({ ...base, evidence: null })).toBe("");
  });

  it("lists what a derived item rests on, row by row for its kind", () => {
    const declared = { declaration_id: "d", declared_at: "2026-11-25T10:00:00Z" } as const;
    const keys = (e: ChecklistEvidence) => evidenceRows(e).map((r) => r.key);
    expect(keys({ kind: "alert_confirmations", subjects: 2, confirmed: 2, missing: [] })).toEqual(["Subjects", "Confirmed", "Missing"]);
    expect(keys({ kind: "confidentiality", ...declared })).toEqual(["Declared at"]);
    expect(keys({ kind: "voice_of_the_child", ...declared, note: "n" })).toEqual(["Declared at", "Note"]);
    expect(keys({ kind: "performance_lead", ...declared, lead_name: "P", lead_role: null })).toEqual(["Declared at", "Lead name", "Lead role"]);
    expect(keys({ kind: "parallel_proceedings", proceedings: 0, kinds: [], open: 0, holding_publication: 0, none_declared_on: "2026-11-25" })).toEqual(["None declared on"]);
    const { container } = render(<SummaryList rows={evidenceRows({ kind: "parallel_proceedings", proceedings: 2, kinds: ["criminal_trial", "inquest"], open: 1, holding_publication: 0, none_declared_on: null })} />);
    expect(container.textContent).toContain("Criminal trial");
    expect(container.textContent).toContain("Inquest");
  });
});

describe("administration", () => {
  it("shows a new API client's secret once, with a warning", async () => {
    const user = userEvent.setup();
    const created = { id: "c1", client_id: "cspr_c_1", name: "Police RMS", agency_id: "ag-police", scopes: ["alerts:write"], active: true, created_at: "", updated_at: "", last_used_at: null, client_secret: "cspr_s_SECRET" };
    useRoutes([
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
      ["GET", /^\/api\/v1\/clients/, () => json(200, { items: [], next_cursor: null })],
      ["POST", /^\/api\/v1\/clients$/, () => json(201, created)],
    ]);
    renderApp("/admin/clients", { status: "authenticated", me: makeMe() });
    await screen.findByText("No API clients yet.");
    await user.click(screen.getByRole("button", { name: "Create API client" }));
    expect(await screen.findByRole("link", { name: "Select at least one thing the system may do" })).toBeTruthy();
    await user.type(screen.getByLabelText("Name of the system"), "Police RMS");
    await waitFor(() => expect(screen.getAllByRole("option").length).toBeGreaterThan(1));
    await user.selectOptions(screen.getByLabelText("Agency"), "ag-police");
    await user.click(screen.getByLabelText("Confirm record alerts"));
    await user.click(screen.getByRole("button", { name: "Create API client" }));
    expect(await screen.findByText("cspr_s_SECRET")).toBeTruthy();
    expect(screen.getByText(/It is shown only once/)).toBeTruthy();
    const post = stub.calls.find((c) => c.method === "POST")!;
    expect(post.body).toEqual({ name: "Police RMS", agency_id: "ag-police", scopes: ["alerts:write"] });
  });

  it("sends If-Match from the read when an administrator changes a user's role", async () => {
    const user = userEvent.setup();
    const target = { id: "u2", email: "v@x", name: "Vic Viewer", role: "viewer", agency_id: null, active: true, totp_enrolled: false, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };
    useRoutes([
      ["GET", /^\/api\/v1\/agencies/, () => json(200, AGENCIES)],
      ["GET", /^\/api\/v1\/users\/u2$/, () => json(200, target, { ETag: 'W/"7"' })],
      ["PATCH", /^\/api\/v1\/users\/u2$/, () => json(412, { type: "/problems/precondition-failed", title: "Precondition Failed", status: 412 })],
    ]);
    renderApp("/admin/users/u2", { status: "authenticated", me: makeMe() });
    await screen.findByRole("heading", { level: 1, name: /Vic Viewer/ });
    await user.click(screen.getByLabelText("Lead reviewer"));
    await user.click(screen.getByRole("button", { name: "Save role" }));
    expect(await screen.findByText(/Someone else changed this record since you opened the page/)).toBeTruthy();
    const patch = stub.calls.find((c) => c.method === "PATCH")!;
    expect(patch.headers.get("If-Match")).toBe('W/"7"');
    expect(patch.body).toEqual({ role: "lead_reviewer", agency_id: null });
  });
});
