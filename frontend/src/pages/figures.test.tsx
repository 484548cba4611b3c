/** The annual figures page: the reporting year and its period, the numbers in summary lists,
 * the bar charts as tables, who finds it in the menu, and the downloads of an action plan
 * carrying the page's filters. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { json, routeFetch } from "../test/http";
import { makeMe, renderApp } from "../test/render";
import { lastCompleteYear, periodOf, yearText } from "./Figures";
import { PARTNERSHIP_EXPORT_BASE, exportPath, reviewExportBase } from "./reviews/Exports";

const FIGURES = {
  period_from: "2025-04-01",
  period_to: "2026-03-31",
  notifications: { total: 3, by_incident_kind: [{ key: "death", count: 1 }, { key: "serious_harm", count: 1 }, { key: "care_leaver_death", count: 1 }] },
  rapid_reviews: { sent: 3, within_deadline: 2, late: 1, working_days: 15, rule: "rapid_review_to_panel" },
  decisions: { total: 3, by_decision: [{ key: "lcspr", count: 2 }, { key: "no_review", count: 1 }, { key: "national_review", count: 0 }] },
  lcsprs: { started: 2, published: 2 },
  time_to_publication: { unit: "calendar_days", published: 2, median_days: 212.5, max_days: 242, within_deadline: 1, months: 6 },
  actions: {
    as_of: "2026-04-20",
    total: 5,
    by_rag: [{ key: "red", count: 1 }, { key: "amber", count: 1 }, { key: "green", count: 2 }, { key: "closed", count: 1 }],
    by_status: [{ key: "not_started", count: 3 }, { key: "in_progress", count: 1 }, { key: "completed", count: 0 }, { key: "signed_off", count: 0 }, { key: "cancelled", count: 1 }],
  },
  learning: { total: 3, by_theme: [{ theme_id: "t1", name: "Information sharing", count: 2 }, { theme_id: "t2", name: "Neglect", count: 1 }] },
};

afterEach(() => vi.unstubAllGlobals());

function stubFigures() {
  const stub = routeFetch([["GET", /^\/api\/v1\/figures/, () => json(200, FIGURES)]]);
  vi.stubGlobal("fetch", stub.fetch);
  return stub;
}

describe("the reporting year", () => {
  it("is the last complete one (1 April to 31 March), and becomes the API's period", () => {
    expect(lastCompleteYear(new Date(2026, 2, 31))).toBe(2024);
    expect(lastCompleteYear(new Date(2026, 3, 1))).toBe(2025);
    expect(lastCompleteYear(new Date(2026, 11, 2))).toBe(2025);
    expect(periodOf(2025)).toEqual({ from: "2025-04-01", to: "2026-03-31" });
    expect(yearText(2025)).toBe("1 April 2025 to 31 March 2026");
  });
});

describe("the annual figures page", () => {
  it("shows a viewer the numbers and the charts as tables, for the year chosen", async () => {
    const stub = stubFigures();
    const user = userEvent.setup();
    renderApp("/figures?year=2025", { status: "authenticated", me: makeMe({ role: "viewer" }) });
    const rag = await screen.findByRole("table", { name: "Actions by RAG status" });
    expect(within(rag).getByRole("row", { name: /Red 1/ })).toBeTruthy();
    expect(within(rag).getByRole("row", { name: /Green 2/ })).toBeTruthy();
    expect(rag.querySelectorAll("svg[aria-hidden='true'] rect")).toHaveLength(4);
    const learning = screen.getByRole("table", { name: /Learning that emerged in the year, by theme \(3 items\)/ });
    expect(within(learning).getByRole("row", { name: /Information sharing 2/ })).toBeTruthy();
    expect(screen.getByText("Sent within 15 working days").nextElementSibling?.textContent).toBe("2");
    expect(screen.getByText("Median time from decision to publication").nextElementSibling?.textContent).toBe("212.5 calendar days");
    expect(screen.getByText("Published within 6 months of the decision").nextElementSibling?.textContent).toBe("1 of 2");
    expect(stub.calls[0]!.path).toBe("/api/v1/figures?from=2025-04-01&to=2026-03-31");

    await user.selectOptions(screen.getByLabelText("Reporting year"), "2024");
    await user.click(screen.getByRole("button", { name: "Show figures" }));
    await waitFor(() => expect(stub.calls.some((c) => c.path === "/api/v1/figures?from=2024-04-01&to=2025-03-31")).toBe(true));
  });

  it("is in the menu for the executive", async () => {
    stubFigures();
    renderApp("/figures", { status: "authenticated", me: makeMe({ role: "viewer" }) });
    expect(await screen.findByRole("link", { name: "Annual figures" })).toBeTruthy();
  });

  it("is neither in the menu nor open to a member", async () => {
    const stub = stubFigures();
    renderApp("/figures", { status: "authenticated", me: makeMe({ role: "member" }) });
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("link", { name: "Annual figures" })).toBeNull();
    expect(screen.queryByRole("table", { name: "Actions by RAG status" })).toBeNull();
    expect(stub.calls.filter((c) => c.path.startsWith("/api/v1/figures"))).toHaveLength(0);
  });
});

describe("downloading an action plan", () => {
  it("asks for the format with the page's filters", () => {
    expect(exportPath(reviewExportBase("r 1"), "xlsx", { agency_id: "ag1", rag: "amber" })).toBe("/api/v1/reviews/r%201/actions/export?format=xlsx&agency_id=ag1&rag=amber");
    expect(exportPath(PARTNERSHIP_EXPORT_BASE, "csv", { status: "in_progress" })).toBe("/api/v1/actions/export?format=csv&status=in_progress");
    expect(exportPath(PARTNERSHIP_EXPORT_BASE, "csv")).toBe("/api/v1/actions/export?format=csv");
  });

  it("fetches the partnership's file with the filters shown, and saves it under the API's name", async () => {
    const ACTION = { id: "a1", review_id: "r1", recommendation_id: "rec1", agency_id: "ag1", title: "Quote the child", lead_name: null, lead_withheld: true, due_on: "2026-09-30", expected_outcome: "x", measure_of_success: "y", status: "in_progress", rag: "amber", last_update_on: null, evidence: { submitted: 0, accepted: 0, returned: 0 }, closed_on: null, closed_reason: null, override_reason: null, created_at: "2026-05-01T10:00:00Z", updated_at: "2026-05-01T10:00:00Z" };
    const stub = routeFetch([
      ["GET", /^\/api\/v1\/actions\/export/, () => new Response("csv", { status: 200, headers: { "Content-Type": "text/csv", "Content-Disposition": 'attachment; filename="DSCP-action-plan.csv"' } })],
      ["GET", /^\/api\/v1\/actions/, () => json(200, { items: [ACTION], next_cursor: null })],
      ["GET", /^\/api\/v1\/reviews/, () => json(200, { items: [], next_cursor: null })],
      ["GET", /^\/api\/v1\/agencies/, () => json(200, { items: [], next_cursor: null })],
    ]);
    vi.stubGlobal("fetch", stub.fetch);
    const kept = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => "blob:fake");
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      const user = userEvent.setup();
      renderApp("/actions?rag=amber", { status: "authenticated", me: makeMe({ role: "viewer" }) });
      await user.click(await screen.findByRole("button", { name: "Download as CSV" }));
      await waitFor(() => expect(saved).toEqual(["DSCP-action-plan.csv"]));
      expect(stub.calls.map((c) => c.path)).toContain("/api/v1/actions/export?format=csv&rag=amber");
      expect(screen.getByRole("button", { name: "Download as spreadsheet (XLSX)" })).toBeTruthy();
    } finally {
      click.mockRestore();
      URL.createObjectURL = kept.create;
      URL.revokeObjectURL = kept.revoke;
    }
  });
});
