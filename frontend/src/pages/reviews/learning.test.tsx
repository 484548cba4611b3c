/** Learning and its dissemination: the sharing in words; the list for a member, a lead reviewer
 * and a viewer; the forms' validation, error summaries and the API's refusals; the landed
 * check; changing learning with If-Match; the admin's themes; the checklist's evidence. */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SummaryList } from "../../components/ui";
import { json, routeFetch, type Route } from "../../test/http";
import { makeMe, renderApp } from "../../test/render";
import { evidenceRows, evidenceSummary } from "./Checklist";
import { sharingText } from "./learning";

const LEAD_ID = "u-lead";
const REVIEW = {
  id: "r1",
  reference: "DSCP-2026-003",
  child_pseudonym: "Child C",
  incident_kind: "death",
  status: "drafting",
  lead_reviewer_id: LEAD_ID,
  lead_reviewer: { id: LEAD_ID, name: "Lee Lead" },
  became_aware_on: "2026-05-05",
  decision: null,
  next_deadline_on: null,
  overdue: false,
  created_at: "2026-05-05T10:00:00Z",
  updated_at: "2026-05-05T10:00:00Z",
  terms_of_reference: { period_start: null, period_end: null, key_lines_of_enquiry: [], methodology: null },
  next_statuses: [],
};

const AGENCY = (id: string, name: string) => ({ id, name, kind: "other", active: true, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" });
const AGENCIES = [AGENCY("ag-council", "Demoshire Council"), AGENCY("ag-police", "Demoshire Constabulary"), AGENCY("ag-health", "Demoshire ICB")];
const SEAT = (n: number, agency: string, name: string) => ({ member_id: `m${n}`, user_id: `u${n}`, name: `Member ${n}`, agency_id: agency, agency_name: name, deputy: false, joined_on: "2026-05-06", completion: { done: 0, total: 13 }, can_view_checklist: false, outstanding: [] });
const TEAM = { review_id: "r1", completion: { done: 0, total: 39 }, members: [SEAT(1, "ag-council", "Demoshire Council"), SEAT(2, "ag-police", "Demoshire Constabulary"), SEAT(3, "ag-health", "Demoshire ICB")] };

const LEAD = () => makeMe({ id: LEAD_ID, role: "lead_reviewer", name: "Lee Lead" });
const MEMBER = () => makeMe({ id: "u2", role: "member", agency: AGENCY("ag-police", "Demoshire Constabulary") as never });
const VIEWER = () => makeMe({ id: "u-viewer", role: "viewer" });
const ADMIN = () => makeMe({ role: "partnership_admin" });

const THEME = (id: string, name: string, active = true) => ({ id, name, description: null, active, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" });
const THEMES = [THEME("t-voice", "Hearing the voice of the child"), THEME("t-info", "Information sharing")];

const ITEM = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  review_id: "r1",
  theme_id: "t-voice",
  theme: "Hearing the voice of the child",
  title: "Home visits did not include time alone with the child",
  description: "Visits were arranged through the parent (fictional).",
  emerged_on: "2026-06-12",
  recorded_by_type: "user",
  recorded_by_id: LEAD_ID,
  withdrawn_on: null,
  withdrawn_reason: null,
  sharing: [] as unknown[],
  created_at: "2026-06-12T10:00:00Z",
  updated_at: "2026-06-12T10:00:00Z",
  ...over,
});

const SHARED = (id: string, agency: string, over: Record<string, unknown> = {}) => ({
  id,
  review_id: "r1",
  learning_item_id: "l1",
  agency_id: agency,
  method: "seven_minute_briefing",
  on: "2026-07-03",
  audience_size: 24,
  note: "Briefing to the locality teams.",
  recorded_by_type: "user",
  recorded_by_id: "u2",
  landed_on: null,
  landed_method: null,
  landed_outcome: null,
  landed_note: null,
  notes_withheld: false,
  created_at: "2026-07-03T10:00:00Z",
  updated_at: "2026-07-03T10:00:00Z",
  ...over,
});

let stub: ReturnType<typeof routeFetch>;
function useRoutes(routes: Route[]) {
  stub = routeFetch([
    ...routes,
    ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
    ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
    ["GET", /^\/api\/v1\/agencies/, () => page(AGENCIES)],
    ["GET", /^\/api\/v1\/learning-themes\?/, () => page(THEMES)],
  ]);
  vi.stubGlobal("fetch", stub.fetch);
}
afterEach(() => vi.unstubAllGlobals());

const page = (items: unknown[]) => json(200, { items, next_cursor: null });
const sent = (method: string) => stub.calls.filter((c) => c.method === method);
const problem = (field: string, message: string) => json(422, { type: "about:blank", title: "There is a problem", status: 422, errors: [{ field, message }] });

async function fillDate(form: HTMLElement, legend: string, day: string, month: string, year: string) {
  const user = userEvent.setup();
  const group = within(form).getByRole("group", { name: new RegExp(legend) });
  for (const [label, value] of [["Day", day], ["Month", month], ["Year", year]] as const) {
    const input = within(group).getByLabelText(label);
    await user.clear(input);
    await user.type(input, value);
  }
}

describe("how far an agency has shared learning, in words", () => {
  it("says not shared, how often, and whether a check found it landed", () => {
    expect(sharingText(undefined)).toBe("Not shared yet");
    expect(sharingText({ disseminations: 1, checked: 0, landed: false })).toBe("Shared once, not yet checked that it landed");
    expect(sharingText({ disseminations: 2, checked: 1, landed: true })).toBe("Shared 2 times, landed");
    expect(sharingText({ disseminations: 2, checked: 2, landed: false })).toBe("Shared 2 times, did not land: to share again");
  });
});

describe("the learning tab", () => {
  const items = [
    ITEM("l2", { title: "Address changes were not passed on", theme: "Information sharing", emerged_on: "2026-07-01" }),
    ITEM("l1", { sharing: [{ agency_id: "ag-council", disseminations: 2, checked: 1, landed: true }] }),
    ITEM("l3", { title: "Recorded twice", emerged_on: "2026-07-02", withdrawn_on: "2026-07-05", withdrawn_reason: "Duplicate" }),
  ];

  it("shows a member each item in the order it emerged, their own agency's state first and plainly", async () => {
    useRoutes([["GET", /^\/api\/v1\/reviews\/r1\/learning/, () => page(items)]]);
    renderApp("/reviews/r1/learning", { status: "authenticated", me: MEMBER() });
    const headings = await screen.findAllByRole("heading", { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual(["Home visits did not include time alone with the child", "Address changes were not passed on", "Recorded twice"]);
    const first = headings[0]!.closest(".govuk-summary-card") as HTMLElement;
    const keys = [...first.querySelectorAll(".govuk-summary-list__key")].map((k) => k.textContent);
    expect(keys).toEqual(["Theme", "Emerged", "Your agency (Demoshire Constabulary)", "Demoshire Council", "Demoshire ICB"]);
    const values = [...first.querySelectorAll(".govuk-summary-list__value")].map((k) => k.textContent);
    expect(values.slice(1)).toEqual(["12 June 2026", "Not shared yet", "Shared 2 times, landed", "Not shared yet"]);
    expect(first.querySelector("strong:not(.govuk-tag)")?.textContent).toBe("Not shared yet");
    expect(within(first).getByRole("link", { name: "View and record sharing Home visits did not include time alone with the child" }).getAttribute("href")).toBe("/reviews/r1/learning/l1");
    const withdrawn = headings[2]!.closest(".govuk-summary-card") as HTMLElement;
    expect(withdrawn.textContent).toContain("Withdrawn");
    expect(withdrawn.textContent).toContain("Duplicate");
    expect(screen.queryByRole("form", { name: "Record learning" })).toBeNull();
    expect(screen.getByRole("link", { name: "Learning" }).getAttribute("aria-current")).toBe("page");
  });

  it("lets the lead reviewer record learning, checking the form first and showing the API's refusal", async () => {
    const user = userEvent.setup();
    let refuse = true;
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1\/learning/, () => page([])],
      [
        "POST",
        /^\/api\/v1\/reviews\/r1\/learning$/,
        () => {
          if (!refuse) return json(201, ITEM("new", { title: "Strategy meetings missed health" }));
          refuse = false;
          return problem("body.theme_id", "No such active theme in the partnership's list.");
        },
      ],
    ]);
    renderApp("/reviews/r1/learning", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Record learning" });
    expect(screen.getByText("No learning has been recorded on this review yet.")).toBeTruthy();
    expect(within(form).getAllByRole("option").map((o) => o.textContent)).toEqual(["Choose a theme", "Hearing the voice of the child", "Information sharing"]);
    await user.click(within(form).getByRole("button", { name: "Record learning" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Select the theme of the learning", "#record-theme_id"],
      ["Enter a short title for the learning", "#record-title"],
      ["Describe the learning", "#record-description"],
      ["Enter the date the learning emerged", "#record-emerged_on-day"],
    ]);
    expect(document.title).toMatch(/^Error: /);
    expect(sent("POST")).toHaveLength(0);

    await user.selectOptions(within(form).getByLabelText("Theme"), "t-info");
    await user.type(within(form).getByLabelText("Title"), "Strategy meetings missed health");
    await user.type(within(form).getByLabelText("What was learned"), "Health were not invited (fictional).");
    await fillDate(form, "Date the learning emerged", "1", "1", "2999");
    await user.click(within(form).getByRole("button", { name: "Record learning" }));
    expect(await screen.findByRole("link", { name: "The date the learning emerged must be today or in the past" })).toBeTruthy();
    expect(sent("POST")).toHaveLength(0);

    await fillDate(form, "Date the learning emerged", "3", "7", "2026");
    await user.click(within(form).getByRole("button", { name: "Record learning" }));
    const refused = await screen.findByRole("link", { name: "No such active theme in the partnership's list." });
    expect(refused.getAttribute("href")).toBe("#record-theme_id");
    expect(within(form).getByLabelText("Title")).toHaveProperty("value", "Strategy meetings missed health");

    await user.click(within(form).getByRole("button", { name: "Record learning" }));
    expect(await screen.findByText('Learning "Strategy meetings missed health" recorded.')).toBeTruthy();
    await waitFor(() => expect(document.title).not.toMatch(/^Error: /));
    expect(sent("POST").at(-1)!.body).toEqual({ theme_id: "t-info", title: "Strategy meetings missed health", description: "Health were not invited (fictional).", emerged_on: "2026-07-03" });
    expect(within(form).getByLabelText("Title")).toHaveProperty("value", "");
  });
});

describe("a learning item's page", () => {
  function itemRoutes(item: ReturnType<typeof ITEM>, disseminations: unknown[]): Route[] {
    return [
      ["GET", /^\/api\/v1\/reviews\/r1\/learning\/l1\/disseminations/, () => page(disseminations)],
      ["GET", /^\/api\/v1\/reviews\/r1\/learning\/l1$/, () => json(200, item, { ETag: '"4"' })],
    ];
  }
  const sharing = [
    { agency_id: "ag-council", disseminations: 1, checked: 1, landed: true },
    { agency_id: "ag-police", disseminations: 1, checked: 0, landed: false },
  ];
  const disseminations = [
    SHARED("d-council", "ag-council", { landed_on: "2026-10-01", landed_method: "case_audit", landed_outcome: "landed", landed_note: "18 of 20 records." }),
    SHARED("d-police", "ag-police", { method: "team_meeting", audience_size: 1, note: null }),
  ];

  it("lets a member record how their agency shared it, and offers the landed check on their own unchecked sharing only", async () => {
    const user = userEvent.setup();
    useRoutes([["POST", /\/learning\/l1\/disseminations$/, () => json(201, SHARED("d-new", "ag-police"))], ...itemRoutes(ITEM("l1", { sharing }), disseminations)]);
    renderApp("/reviews/r1/learning/l1", { status: "authenticated", me: MEMBER() });
    const table = await screen.findByRole("table", { name: "Sharing recorded" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]!.textContent).toContain("Your agency");
    expect(rows[0]!.textContent).toContain("Team meeting on 3 July 2026");
    expect(rows[0]!.textContent).toContain("To 1 person");
    expect(within(rows[0]!).getByRole("link", { name: "Record whether it landed after the Team meeting on 3 July 2026" }).getAttribute("href")).toBe("/reviews/r1/learning/l1/disseminations/d-police/landed");
    expect(rows[1]!.textContent).toContain("Landed");
    expect(rows[1]!.textContent).toContain("Checked 1 October 2026 by case audit");
    expect(rows[1]!.textContent).toContain("18 of 20 records.");
    expect(within(table).getAllByRole("link")).toHaveLength(1);
    expect(screen.queryByRole("link", { name: "Change this learning" })).toBeNull();

    const form = screen.getByRole("form", { name: "Record how your agency shared this" });
    await user.click(within(form).getByRole("button", { name: "Record sharing" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Select how your agency shared it", "#share-method"],
      ["Enter the date it was shared", "#share-on-day"],
      ["Enter how many people it reached", "#share-audience_size"],
    ]);
    await user.click(within(form).getByLabelText("Training"));
    await fillDate(form, "When was it shared", "11", "6", "2026");
    await user.type(within(form).getByLabelText("How many people did it reach?"), "2.5");
    await user.type(within(form).getByLabelText("Note (optional)"), "x");
    await user.click(within(form).getByRole("button", { name: "Record sharing" }));
    const again = await screen.findByRole("alert");
    expect(within(again).getAllByRole("link").map((a) => a.textContent)).toEqual([
      "The date it was shared must be on or after the date the learning emerged (12 June 2026)",
      "The number of people must be a whole number from 1 to 100,000",
      "The note must be 2 characters or more",
    ]);
    expect(sent("POST")).toHaveLength(0);

    await fillDate(form, "When was it shared", "12", "6", "2026");
    await user.clear(within(form).getByLabelText("How many people did it reach?"));
    await user.type(within(form).getByLabelText("How many people did it reach?"), "30");
    await user.clear(within(form).getByLabelText("Note (optional)"));
    await user.click(within(form).getByRole("button", { name: "Record sharing" }));
    expect(await screen.findByText("Sharing recorded: Training on 12 June 2026.")).toBeTruthy();
    expect(sent("POST")[0]!.path).toBe("/api/v1/reviews/r1/learning/l1/disseminations");
    expect(sent("POST")[0]!.body).toEqual({ method: "training", on: "2026-06-12", audience_size: 30, note: null });
  });

  it("gives the lead reviewer change and withdraw, and no sharing form", async () => {
    useRoutes(itemRoutes(ITEM("l1", { sharing }), disseminations));
    renderApp("/reviews/r1/learning/l1", { status: "authenticated", me: LEAD() });
    expect((await screen.findByRole("link", { name: "Change this learning" })).getAttribute("href")).toBe("/reviews/r1/learning/l1/edit");
    expect(screen.getByRole("link", { name: "Withdraw this learning" }).getAttribute("href")).toBe("/reviews/r1/learning/l1/withdraw");
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("link", { name: /Record whether it landed/ })).toBeNull();
  });

  it("shows a viewer how it was shared without notes, forms or links to act", async () => {
    const withheld = disseminations.map((d) => ({ ...d, note: null, landed_note: null, notes_withheld: true }));
    useRoutes(itemRoutes(ITEM("l1", { sharing }), withheld));
    renderApp("/reviews/r1/learning/l1", { status: "authenticated", me: VIEWER() });
    const table = await screen.findByRole("table", { name: "Sharing recorded" });
    expect(screen.getByText("Notes are not shown to viewers, as they may name people.")).toBeTruthy();
    expect(table.textContent).not.toContain("18 of 20");
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("link", { name: /Change|Withdraw|Record/ })).toBeNull();
    const keys = [...document.querySelectorAll(".govuk-summary-list__key")].map((k) => k.textContent);
    expect(keys).toContain("Demoshire ICB");
  });

  it("records the check that it landed, then goes back to the item", async () => {
    const user = userEvent.setup();
    useRoutes([
      ["POST", /\/disseminations\/d-police\/landed$/, () => json(200, SHARED("d-police", "ag-police", { landed_on: "2026-07-10" }))],
      ["GET", /\/disseminations\/d-police$/, () => json(200, disseminations[1])],
      ...itemRoutes(ITEM("l1", { sharing }), disseminations),
    ]);
    renderApp("/reviews/r1/learning/l1/disseminations/d-police/landed", { status: "authenticated", me: MEMBER() });
    const form = await screen.findByRole("form", { name: "Record whether it landed" });
    await fillDate(form, "When did you check", "2", "7", "2026");
    await user.click(within(form).getByRole("button", { name: "Save check" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getAllByRole("link").map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["The date of the check must be on or after the date it was shared (3 July 2026)", "#landed-on-day"],
      ["Select how your agency checked", "#landed-method"],
      ["Select what the check found", "#landed-outcome"],
    ]);
    await fillDate(form, "When did you check", "10", "7", "2026");
    await user.click(within(form).getByLabelText("Practitioner survey"));
    await user.click(within(form).getByLabelText("Partly landed"));
    await user.click(within(form).getByRole("button", { name: "Save check" }));
    expect(await screen.findByText("Check recorded: partly landed.")).toBeTruthy();
    expect(screen.getByTestId("location").textContent).toBe("/reviews/r1/learning/l1");
    expect(sent("POST")[0]!.body).toEqual({ on: "2026-07-10", method: "practitioner_survey", outcome: "partly_landed", note: null });
  });

  it("refuses the landed check to another agency's member", async () => {
    useRoutes([["GET", /\/disseminations\/d-council$/, () => json(200, disseminations[0])], ...itemRoutes(ITEM("l1", { sharing }), disseminations)]);
    renderApp("/reviews/r1/learning/l1/disseminations/d-council/landed", { status: "authenticated", me: MEMBER() });
    expect(await screen.findByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeTruthy();
  });

  const withdrawn = () => ITEM("l1", { sharing, withdrawn_on: "2026-08-01", withdrawn_reason: "Recorded twice" });

  it("offers no landed check once the learning is withdrawn", async () => {
    useRoutes(itemRoutes(withdrawn(), disseminations));
    renderApp("/reviews/r1/learning/l1", { status: "authenticated", me: MEMBER() });
    expect(await screen.findByRole("table", { name: "Sharing recorded" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: /Record whether it landed/ })).toBeNull();
  });

  it("says on the check's page that withdrawn learning takes no more checks", async () => {
    useRoutes([["GET", /\/disseminations\/d-police$/, () => json(200, disseminations[1])], ...itemRoutes(withdrawn(), disseminations)]);
    renderApp("/reviews/r1/learning/l1/disseminations/d-police/landed", { status: "authenticated", me: MEMBER() });
    expect(await screen.findByRole("heading", { level: 1, name: /This learning was withdrawn$/ })).toBeTruthy();
    expect(sent("POST")).toEqual([]);
  });

  it("changes only what was changed, with the ETag it read", async () => {
    const user = userEvent.setup();
    useRoutes([["PATCH", /\/learning\/l1$/, () => json(200, ITEM("l1", { title: "Children were not seen alone" }))], ...itemRoutes(ITEM("l1", { theme_id: "t-old", theme: "Old theme" }), [])]);
    renderApp("/reviews/r1/learning/l1/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change this learning" });
    expect(within(form).getByLabelText("Theme")).toHaveProperty("value", "t-old");
    expect(within(form).getByRole("option", { name: "Old theme (retired)" })).toBeTruthy();
    const title = within(form).getByLabelText("Title");
    await user.clear(title);
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(within(await screen.findByRole("alert")).getByRole("link", { name: "Enter a short title for the learning" })).toBeTruthy();
    await user.type(title, "Children were not seen alone");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("Learning changed.")).toBeTruthy();
    const [patch] = sent("PATCH");
    expect(patch!.body).toEqual({ title: "Children were not seen alone" });
    expect(patch!.headers.get("If-Match")).toBe('"4"');
  });
});

describe("the learning themes (administrators)", () => {
  it("lists the themes, checks a new one's name and retires one with If-Match", async () => {
    const user = userEvent.setup();
    const themes = [THEME("t-voice", "Hearing the voice of the child"), THEME("t-old", "Old theme", false)];
    useRoutes([
      ["GET", /^\/api\/v1\/learning-themes\?/, () => page(themes)],
      ["GET", /^\/api\/v1\/learning-themes\/t-voice$/, () => json(200, themes[0], { ETag: '"2"' })],
      ["PATCH", /^\/api\/v1\/learning-themes\/t-voice$/, () => json(200, { ...themes[0], active: false })],
      ["POST", /^\/api\/v1\/learning-themes$/, () => json(409, { type: "about:blank", title: "Conflict", status: 409, detail: "The partnership already has a theme with this name." })],
    ]);
    renderApp("/admin/learning-themes", { status: "authenticated", me: ADMIN() });
    const table = await screen.findByRole("table", { name: "Themes in the partnership" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[1]!.textContent).toContain("Retired");
    expect(within(rows[1]!).getByRole("button", { name: "Reinstate Old theme" })).toBeTruthy();
    expect(within(rows[0]!).getByRole("link", { name: "Rename Hearing the voice of the child" }).getAttribute("href")).toBe("/admin/learning-themes/t-voice");

    const form = screen.getByRole("form", { name: "Add a theme" });
    await user.click(within(form).getByRole("button", { name: "Add theme" }));
    expect(within(await screen.findByRole("alert")).getByRole("link", { name: "Enter the theme's name" }).getAttribute("href")).toBe("#theme-name");
    await user.type(within(form).getByLabelText("Name"), "Old theme");
    await user.click(within(form).getByRole("button", { name: "Add theme" }));
    expect(await screen.findByText("The partnership already has a theme with this name.")).toBeTruthy();

    await user.click(within(rows[0]!).getByRole("button", { name: "Retire Hearing the voice of the child" }));
    expect(await screen.findByText('Theme "Hearing the voice of the child" retired.')).toBeTruthy();
    const [patch] = sent("PATCH");
    expect(patch!.body).toEqual({ active: false });
    expect(patch!.headers.get("If-Match")).toBe('"2"');
  });

  it("is only for administrators", async () => {
    useRoutes([]);
    renderApp("/admin/learning-themes", { status: "authenticated", me: LEAD() });
    expect(await screen.findByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeTruthy();
  });
});

describe("the share-learning duty's evidence", () => {
  const evidence = {
    kind: "learning" as const,
    items: 3,
    shared: 2,
    landed: 1,
    outstanding: [
      { learning_id: "l2", title: "Address changes", emerged_on: "2026-07-01", status: "not_checked" as const },
      { learning_id: "l3", title: "New partner", emerged_on: "2026-07-20", status: "not_shared" as const },
    ],
  };

  it("counts what is shared and landed, and links what is outstanding to its learning", () => {
    const base = { duty: "share_learning", title: "Learning shared", done_when: "", derived: true, status: "in_progress", note: null } as never;
    expect(evidenceSummary({ ...(base as object), evidence } as never)).toBe("1 of 3 learning items landed in the agency (2 shared)");
    render(
      <MemoryRouter>
        <SummaryList rows={evidenceRows(evidence, "r1")} />
      </MemoryRouter>,
    );
    expect([...document.querySelectorAll(".govuk-summary-list__key")].map((k) => k.textContent)).toEqual(["Learning items on the review", "Shared in your agency", "Checked and landed", "Still to share or check"]);
    expect(screen.getByRole("link", { name: "Address changes" }).getAttribute("href")).toBe("/reviews/r1/learning/l2");
    expect(screen.getByText(/emerged 20 July 2026; not shared yet/)).toBeTruthy();
  });
});
