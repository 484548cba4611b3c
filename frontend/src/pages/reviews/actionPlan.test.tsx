/** The action plan: RAG and status words and colours, the filters in the URL, the evidence
 * upload's request, the plan for a lead reviewer and a viewer, the add-action form's date check,
 * the sign-off refusal shown in the error summary, and the managers' pages that change a
 * recommendation or an action (only what changed, with If-Match; a 412 and a 409 explained). */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BrowserRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { json, routeFetch, type Route } from "../../test/http";
import { makeMe, renderApp } from "../../test/render";
import { ACTION_STATUS, RAG, RAG_RULE, evidenceFilesPath, filtersFrom, filtersToSearch, isOpen, ragLabel, statusLabel } from "./actions";
import { useSavedMessage } from "./ConfirmWithReason";
import { uploadRequest } from "./files";

const LEAD_ID = "u-lead";
const REVIEW = {
  id: "r1",
  reference: "DSCP-2026-004",
  child_pseudonym: "Child D",
  incident_kind: "death",
  status: "publication",
  lead_reviewer_id: LEAD_ID,
  lead_reviewer: { id: LEAD_ID, name: "Lee Lead" },
  became_aware_on: "2026-01-05",
  decision: null,
  next_deadline_on: null,
  overdue: false,
  created_at: "2026-01-05T10:00:00Z",
  updated_at: "2026-01-05T10:00:00Z",
  terms_of_reference: { period_start: null, period_end: null, key_lines_of_enquiry: [], methodology: null },
  next_statuses: [],
};
const AGENCY = (id: string, name: string) => ({ id, name, kind: "other", active: true, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" });
const AGENCIES = [AGENCY("ag-council", "Demoshire Council"), AGENCY("ag-police", "Demoshire Constabulary")];
const SEAT = (n: number, agency: string, name: string, deputy = false) => ({ member_id: `m${n}`, user_id: `u${n}`, name: `Person ${n}`, agency_id: agency, agency_name: name, deputy, joined_on: "2026-01-06", completion: { done: 0, total: 13 }, can_view_checklist: false, outstanding: [] });
const TEAM = { review_id: "r1", completion: { done: 0, total: 26 }, members: [SEAT(1, "ag-council", "Demoshire Council"), SEAT(2, "ag-police", "Demoshire Constabulary", true)] };
const RECOMMENDATION = { id: "rec1", review_id: "r1", label: "R1", text: "Hear the child's voice at every visit (fictional).", created_at: "2026-05-01T10:00:00Z", updated_at: "2026-05-01T10:00:00Z" };
const ACTION = (over: Record<string, unknown> = {}) => ({
  id: "a1",
  review_id: "r1",
  recommendation_id: "rec1",
  agency_id: "ag-council",
  title: "Quote the child in home-visit records",
  lead_name: "Jordan Example",
  lead_withheld: false,
  due_on: "2026-09-30",
  expected_outcome: "Every record quotes the child.",
  measure_of_success: "18 of 20 audited records.",
  status: "in_progress",
  rag: "amber",
  last_update_on: null,
  evidence: { submitted: 1, accepted: 0, returned: 0 },
  closed_on: null,
  closed_reason: null,
  override_reason: null,
  created_at: "2026-05-01T10:00:00Z",
  updated_at: "2026-05-01T10:00:00Z",
  ...over,
});
const EVIDENCE = (over: Record<string, unknown> = {}) => ({
  id: "e1",
  review_id: "r1",
  action_id: "a1",
  agency_id: "ag-council",
  kind: "note",
  note: "Template changed (fictional).",
  url: null,
  file: null,
  download: null,
  status: "submitted",
  submitted_by_type: "user",
  submitted_by_id: "u1",
  decision_comment: null,
  decided_by_type: null,
  decided_by_id: null,
  decided_at: null,
  details_withheld: false,
  created_at: "2026-06-01T10:00:00Z",
  updated_at: "2026-06-01T10:00:00Z",
  ...over,
});

const LEAD = () => makeMe({ id: LEAD_ID, role: "lead_reviewer", name: "Lee Lead" });
const VIEWER = () => makeMe({ id: "u-viewer", role: "viewer" });

const page = (items: unknown[]) => json(200, { items, next_cursor: null });
let stub: ReturnType<typeof routeFetch>;
function useRoutes(routes: Route[]) {
  stub = routeFetch([
    ...routes,
    ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
    ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
    ["GET", /^\/api\/v1\/agencies/, () => page(AGENCIES)],
    ["GET", /^\/api\/v1\/reviews\/r1\/recommendations\/rec1$/, () => json(200, RECOMMENDATION)],
    ["GET", /^\/api\/v1\/reviews\/r1\/recommendations/, () => page([RECOMMENDATION])],
    ["GET", /^\/api\/v1\/reviews\/r1\/actions\/a1$/, () => json(200, ACTION())],
    ["GET", /^\/api\/v1\/reviews\/r1\/actions\/a1\/updates/, () => page([])],
    ["GET", /^\/api\/v1\/reviews\/r1\/actions\/a1\/evidence/, () => page([EVIDENCE()])],
    ["GET", /^\/api\/v1\/reviews\/r1\/actions/, () => page([ACTION()])],
  ]);
  vi.stubGlobal("fetch", stub.fetch);
}
afterEach(() => vi.unstubAllGlobals());

describe("RAG and status in words", () => {
  it("maps each RAG status to its words and tag colour, amber as GOV.UK's yellow", () => {
    expect(RAG.red).toEqual({ text: "Red", colour: "red" });
    expect(RAG.amber).toEqual({ text: "Amber", colour: "yellow" });
    expect(RAG.green).toEqual({ text: "Green", colour: "green" });
    expect(RAG.closed).toEqual({ text: "Closed", colour: "grey" });
    expect(ragLabel("nonsense")).toEqual({ text: "Unknown", colour: "grey" });
    expect(ragLabel(null)).toEqual({ text: "Unknown", colour: "grey" });
    expect(RAG_RULE.map((r) => r.rag)).toEqual(["red", "amber", "green", "closed"]);
    expect(RAG_RULE.find((r) => r.rag === "amber")!.text).toContain("28 days");
  });

  it("names every action status and tells open actions from closed ones", () => {
    expect(Object.keys(ACTION_STATUS)).toEqual(["not_started", "in_progress", "completed", "signed_off", "cancelled"]);
    expect(statusLabel("signed_off").text).toBe("Signed off");
    expect(statusLabel("something_new")).toEqual({ text: "something new", colour: "grey" });
    expect(isOpen({ status: "completed" })).toBe(true);
    expect(isOpen({ status: "signed_off" })).toBe(false);
    expect(isOpen({ status: "cancelled" })).toBe(false);
  });
});

describe("filters in the URL", () => {
  it("keeps only values the API takes, and leaves empty ones out of the URL", () => {
    expect(filtersFrom(new URLSearchParams("agency_id=ag1&rag=amber&status=in_progress"))).toEqual({ agency_id: "ag1", rag: "amber", status: "in_progress" });
    expect(filtersFrom(new URLSearchParams("rag=purple&status=done"))).toEqual({});
    expect(filtersToSearch({ agency_id: "", rag: "red" })).toBe("?rag=red");
    expect(filtersToSearch({ agency_id: "", rag: "" })).toBe("");
  });
});

describe("sending an evidence file", () => {
  it("posts the raw bytes to the action's evidence files, named in Content-Disposition", async () => {
    const path = evidenceFilesPath("r1", "a 1");
    expect(path).toBe("/api/v1/reviews/r1/actions/a%201/evidence/files");
    const file = new File(["%PDF-1.4\nfictional"], "Audit – Zoë.pdf", { type: "application/pdf" });
    const request = uploadRequest(`http://localhost${path}`, file);
    expect(request.method).toBe("POST");
    expect(request.headers.get("Content-Type")).toBe("application/octet-stream");
    expect(request.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''Audit%20%E2%80%93%20Zo%C3%AB.pdf");
    expect(await request.text()).toBe("%PDF-1.4\nfictional");
  });
});

describe("the action plan tab", () => {
  it("shows each recommendation's actions with status and RAG in words, and managers' forms", async () => {
    useRoutes([]);
    renderApp("/reviews/r1/actions", { status: "authenticated", me: LEAD() });
    const table = await screen.findByRole("table", { name: "Actions for R1" });
    const row = within(table).getByRole("row", { name: /Quote the child/ });
    expect(row.textContent).toContain("Demoshire Council");
    expect(row.textContent).toContain("In progress");
    expect(within(row).getByText("Amber").className).toContain("govuk-tag--yellow");
    expect(screen.getByRole("form", { name: "Add a recommendation" })).toBeTruthy();
    // Only agencies with a (non-deputy) seat may own an action.
    const add = screen.getByRole("form", { name: "Add an action" });
    expect(within(add).getByLabelText("Demoshire Council")).toBeTruthy();
    expect(within(add).queryByLabelText("Demoshire Constabulary")).toBeNull();
  });

  it("checks the due date before sending, and the summary takes focus", async () => {
    useRoutes([]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions", { status: "authenticated", me: LEAD() });
    const add = await screen.findByRole("form", { name: "Add an action" });
    await user.click(within(add).getByLabelText("R1"));
    await user.click(within(add).getByLabelText("Demoshire Council"));
    await user.type(within(add).getByLabelText("Action"), "Brief team managers");
    await user.type(within(add).getByLabelText("Named lead"), "Jordan Example");
    await user.type(within(add).getByLabelText("Day"), "31");
    await user.type(within(add).getByLabelText("Month"), "2");
    await user.type(within(add).getByLabelText("Year"), "2027");
    await user.type(within(add).getByLabelText("Expected outcome"), "Managers know it.");
    await user.type(within(add).getByLabelText("Measure of success"), "All attend.");
    await user.click(within(add).getByRole("button", { name: "Add action" }));
    const summary = await within(add).findByRole("alert");
    expect(summary.textContent).toContain("The due date must be a real date");
    await waitFor(() => expect(document.activeElement?.className).toContain("govuk-error-summary"));
    expect(stub.calls.filter((c) => c.method === "POST")).toHaveLength(0);
  });

  it("gives a viewer the plan without any forms", async () => {
    useRoutes([]);
    renderApp("/reviews/r1/actions", { status: "authenticated", me: VIEWER() });
    await screen.findByRole("table", { name: "Actions for R1" });
    expect(screen.queryByRole("form", { name: "Add an action" })).toBeNull();
    expect(screen.queryByRole("form", { name: "Add a recommendation" })).toBeNull();
  });
});

describe("an action's page", () => {
  it("shows a viewer the action without the named lead or the evidence's contents", async () => {
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1\/actions\/a1$/, () => json(200, ACTION({ lead_name: null, lead_withheld: true }))],
      ["GET", /^\/api\/v1\/reviews\/r1\/actions\/a1\/evidence/, () => page([EVIDENCE({ note: null, details_withheld: true })])],
    ]);
    renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: VIEWER() });
    await screen.findByRole("heading", { level: 1, name: /Quote the child/ });
    expect(screen.getByText("Withheld from viewers")).toBeTruthy();
    expect(screen.getByText("Shared with the review's managers and the owning agency only")).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });

  it("shows the API's refusal to sign off without accepted evidence in the error summary", async () => {
    useRoutes([
      [
        "POST",
        /^\/api\/v1\/reviews\/r1\/actions\/a1\/sign-off$/,
        () =>
          json(409, {
            type: "https://cspr.example/problems/precondition-unmet",
            title: "Conflict",
            status: 409,
            detail: "An action is signed off once evidence of it is accepted (an administrator may override, with the reason).",
            unmet: [{ code: "accepted_evidence", detail: "No evidence of this action is accepted." }],
          }),
      ],
    ]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Sign off the action" });
    expect(within(form).queryByLabelText(/override/)).toBeNull();
    await user.type(within(form).getByLabelText("Why can it be signed off?"), "Audit done.");
    await user.click(within(form).getByRole("button", { name: "Sign off action" }));
    const summary = await within(form).findByRole("alert");
    expect(summary.textContent).toContain("signed off once evidence of it is accepted");
    expect(stub.calls.find((c) => c.method === "POST")!.body).toEqual({ reason: "Audit done." });
  });

  it("lets an administrator override, and sends the override with the reason", async () => {
    useRoutes([["POST", /^\/api\/v1\/reviews\/r1\/actions\/a1\/sign-off$/, () => json(200, ACTION({ status: "signed_off", rag: "closed" }))]]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: makeMe() });
    const form = await screen.findByRole("form", { name: "Sign off the action" });
    await user.type(within(form).getByLabelText("Why can it be signed off?"), "Held by the audit team.");
    await user.click(within(form).getByLabelText("Sign off without accepted evidence (override)"));
    await user.click(within(form).getByRole("button", { name: "Sign off action" }));
    await screen.findByText("Action signed off.");
    expect(stub.calls.find((c) => c.method === "POST")!.body).toEqual({ reason: "Held by the audit team.", override: true });
  });

  it("asks for a comment before returning evidence", async () => {
    useRoutes([["POST", /\/decision$/, () => json(200, EVIDENCE({ status: "returned", decision_comment: "Add the sample." }))]]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Decision on Evidence 1: note" });
    await user.click(within(form).getByLabelText("Return it to the agency"));
    await user.click(within(form).getByRole("button", { name: "Save decision" }));
    expect((await within(form).findByRole("alert")).textContent).toContain("Say what the agency should add or change");
    await user.type(within(form).getByLabelText("What should the agency add or change?"), "Add the sample.");
    await user.click(within(form).getByRole("button", { name: "Save decision" }));
    await screen.findByText("Evidence 1: note returned to the agency.");
    expect(stub.calls.find((c) => c.method === "POST")!.body).toEqual({ decision: "returned", comment: "Add the sample." });
  });
});

describe("changing a recommendation or an action", () => {
  const REC_URL = /^\/api\/v1\/reviews\/r1\/recommendations\/rec1$/;
  const ACTION_URL = /^\/api\/v1\/reviews\/r1\/actions\/a1$/;
  const patches = () => stub.calls.filter((c) => c.method === "PATCH");
  const location = () => screen.getByTestId("location").textContent;

  it("gives managers the Change links, and others neither the links nor the pages", async () => {
    useRoutes([]);
    const lead = renderApp("/reviews/r1/actions", { status: "authenticated", me: LEAD() });
    expect((await screen.findByRole("link", { name: "Change recommendation R1" })).getAttribute("href")).toBe("/reviews/r1/actions/recommendations/rec1/edit");
    lead.unmount();
    const action = renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: LEAD() });
    expect((await screen.findByRole("link", { name: "Change this action" })).getAttribute("href")).toBe("/reviews/r1/actions/a1/edit");
    action.unmount();
    const viewer = renderApp("/reviews/r1/actions", { status: "authenticated", me: VIEWER() });
    await screen.findByRole("table", { name: "Actions for R1" });
    expect(screen.queryByRole("link", { name: /^Change/ })).toBeNull();
    viewer.unmount();
    const member = makeMe({ id: "u1", role: "member", agency: { id: "ag-council", name: "Demoshire Council" } } as never);
    const page = renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: member });
    await screen.findByRole("heading", { level: 1, name: /Quote the child/ });
    expect(screen.queryByRole("link", { name: "Change this action" })).toBeNull();
    page.unmount();
    const before = stub.calls.length;
    renderApp("/reviews/r1/actions/recommendations/rec1/edit", { status: "authenticated", me: member });
    await screen.findByRole("heading", { name: "You do not have access to this page" });
    expect(stub.calls.slice(before).some((c) => c.path.includes("/recommendations/rec1"))).toBe(false);
  });

  it("checks the recommendation's fields before sending", async () => {
    useRoutes([["GET", REC_URL, () => json(200, RECOMMENDATION, { ETag: '"3"' })]]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/recommendations/rec1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change recommendation R1" });
    await user.clear(within(form).getByLabelText("Label"));
    await user.clear(within(form).getByLabelText("Recommendation"));
    await user.type(within(form).getByLabelText("Recommendation"), "Hear");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Enter the recommendation's label, for example R1");
    expect(summary.textContent).toContain("The recommendation must be 5 characters or more");
    await waitFor(() => expect(document.activeElement?.className).toContain("govuk-error-summary"));
    expect(patches()).toHaveLength(0);
  });

  it("sends only what changed, with the ETag it read, and the plan says so", async () => {
    const wording = "Hear the child's own words at every visit (fictional).";
    useRoutes([
      ["GET", REC_URL, () => json(200, RECOMMENDATION, { ETag: '"3"' })],
      ["PATCH", REC_URL, () => json(200, { ...RECOMMENDATION, text: wording }, { ETag: '"4"' })],
    ]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/recommendations/rec1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change recommendation R1" });
    await user.clear(within(form).getByLabelText("Recommendation"));
    await user.type(within(form).getByLabelText("Recommendation"), `  ${wording} `);
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await screen.findByText("Recommendation R1 was changed.");
    expect(location()).toBe("/reviews/r1/actions");
    const [patch] = patches();
    expect(patch!.body).toEqual({ text: wording });
    expect(patch!.headers.get("If-Match")).toBe('"3"');
  });

  it("says a page's saved message once: the browser's history entry forgets it, so a reload does not repeat it", async () => {
    window.history.replaceState({ usr: { saved: "Recommendation R1 was changed." }, key: "k1", idx: 0 }, "");
    function Said() {
      return <p>{useSavedMessage()}</p>;
    }
    render(
      <BrowserRouter>
        <Said />
      </BrowserRouter>,
    );
    expect(screen.getByText("Recommendation R1 was changed.")).toBeTruthy();
    await waitFor(() => expect((window.history.state as { usr: unknown }).usr).toBeNull());
    expect(screen.getByText("Recommendation R1 was changed.")).toBeTruthy();
  });

  it("sends nothing when nothing changed, and says so", async () => {
    useRoutes([["GET", REC_URL, () => json(200, RECOMMENDATION, { ETag: '"3"' })]]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/recommendations/rec1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change recommendation R1" });
    await user.type(within(form).getByLabelText("Label"), " ");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await screen.findByText("No changes were made.");
    expect(location()).toBe("/reviews/r1/actions");
    expect(patches()).toHaveLength(0);
  });

  it("shows a label already used in the summary and on the field", async () => {
    useRoutes([
      ["GET", REC_URL, () => json(200, RECOMMENDATION, { ETag: '"3"' })],
      ["PATCH", REC_URL, () => json(409, { type: "about:blank", title: "Conflict", status: 409, detail: "Another recommendation on this review has that label." })],
    ]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/recommendations/rec1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change recommendation R1" });
    await user.clear(within(form).getByLabelText("Label"));
    await user.type(within(form).getByLabelText("Label"), "R2");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Another recommendation on this review has that label." }).getAttribute("href")).toBe("#change-label");
    await waitFor(() => expect(document.activeElement?.className).toContain("govuk-error-summary"));
    expect(within(form).getByText("Another recommendation on this review has that label.", { selector: "p" })).toBeTruthy();
    expect((within(form).getByLabelText("Label") as HTMLInputElement).value).toBe("R2");
    expect(document.title).toMatch(/^Error: /);
  });

  it("on a 412 explains it, loads the new version and keeps what was typed", async () => {
    const theirs = { ...RECOMMENDATION, text: "Their new wording of the recommendation (fictional).", updated_at: "2026-06-01T10:00:00Z" };
    let reads = 0;
    let writes = 0;
    useRoutes([
      ["GET", REC_URL, () => (reads++ === 0 ? json(200, RECOMMENDATION, { ETag: '"3"' }) : json(200, theirs, { ETag: '"4"' }))],
      ["PATCH", REC_URL, () => (writes++ === 0 ? json(412, { type: "about:blank", title: "Precondition Failed", status: 412 }) : json(200, { ...theirs, label: "R1a" }))],
    ]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/recommendations/rec1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change recommendation R1" });
    await user.clear(within(form).getByLabelText("Label"));
    await user.type(within(form).getByLabelText("Label"), "R1a");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Someone else changed this recommendation while you were editing. Check the current version");
    expect(screen.getByRole("heading", { name: "The current version" })).toBeTruthy();
    expect(screen.getAllByText(theirs.text).length).toBeGreaterThan(0);
    expect((within(form).getByLabelText("Label") as HTMLInputElement).value).toBe("R1a");
    expect((within(form).getByLabelText("Recommendation") as HTMLTextAreaElement).value).toBe(theirs.text);
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await screen.findByText("Recommendation R1a was changed.");
    const second = patches()[1]!;
    expect(second.body).toEqual({ label: "R1a" });
    expect(second.headers.get("If-Match")).toBe('"4"');
  });

  it("changes an action's due date alone, with If-Match, and the action's page says so", async () => {
    useRoutes([
      ["GET", ACTION_URL, () => json(200, ACTION(), { ETag: '"7"' })],
      ["PATCH", ACTION_URL, () => json(200, ACTION({ due_on: "2026-12-31" }))],
    ]);
    const user = userEvent.setup();
    renderApp("/reviews/r1/actions/a1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change this action" });
    expect((within(form).getByLabelText("Day") as HTMLInputElement).value).toBe("30");
    await user.clear(within(form).getByLabelText("Day"));
    await user.type(within(form).getByLabelText("Day"), "31");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect((await screen.findByRole("alert")).textContent).toContain("The due date must be a real date");
    expect(patches()).toHaveLength(0);
    await user.clear(within(form).getByLabelText("Month"));
    await user.type(within(form).getByLabelText("Month"), "12");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    await screen.findByText('Action "Quote the child in home-visit records" was changed.');
    expect(location()).toBe("/reviews/r1/actions/a1");
    expect(patches()[0]!.body).toEqual({ due_on: "2026-12-31" });
    expect(patches()[0]!.headers.get("If-Match")).toBe('"7"');
  });

  it("shows the refusal to change a closed action in the summary, and a closed action has no form", async () => {
    useRoutes([
      ["GET", ACTION_URL, () => json(200, ACTION(), { ETag: '"7"' })],
      ["PATCH", ACTION_URL, () => json(409, { type: "about:blank", title: "Conflict", status: 409, detail: "This action is signed off.", code: "closed" })],
    ]);
    const user = userEvent.setup();
    const open = renderApp("/reviews/r1/actions/a1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change this action" });
    await user.type(within(form).getByLabelText("Named lead"), ", Head of Practice");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect((await screen.findByRole("alert")).textContent).toContain("This action is signed off.");
    await waitFor(() => expect(document.activeElement?.className).toContain("govuk-error-summary"));
    expect(patches()[0]!.body).toEqual({ lead_name: "Jordan Example, Head of Practice" });
    open.unmount();
    useRoutes([["GET", ACTION_URL, () => json(200, ACTION({ status: "signed_off", rag: "closed", closed_on: "2026-07-01" }))]]);
    const closed = renderApp("/reviews/r1/actions/a1/edit", { status: "authenticated", me: LEAD() });
    await screen.findByRole("heading", { level: 1, name: /This action is closed/ });
    expect(screen.queryByRole("form")).toBeNull();
    closed.unmount();
    renderApp("/reviews/r1/actions/a1", { status: "authenticated", me: LEAD() });
    await screen.findByRole("heading", { level: 1, name: /Quote the child/ });
    expect(screen.queryByRole("link", { name: "Change this action" })).toBeNull();
  });
});
