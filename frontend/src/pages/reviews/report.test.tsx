/** A draft report's file on the report sign-off page: circulated with the draft, attached later
 * to a draft that has none, refusals (type, size, another file) in the page's error summary and
 * on the field, downloaded by those who may open it, and only its facts for the others. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Draft } from "../../api/types";
import { json, routeFetch, type Route } from "../../test/http";
import { LEAD_ID, makeAgency, makeDraft, makeReview } from "../../test/fixtures";
import { makeMe, renderApp } from "../../test/render";

const REVIEW = makeReview();
const TEAM = {
  review_id: "r1",
  completion: { done: 0, total: 13 },
  members: [{ member_id: "m1", user_id: "u-me", name: "Pat", agency_id: "ag-police", agency_name: "Demoshire Constabulary", deputy: false, joined_on: "2026-11-06", completion: { done: 0, total: 13 }, can_view_checklist: true, outstanding: [] }],
};

const LEAD = () => makeMe({ id: LEAD_ID, role: "lead_reviewer", name: "Lee Lead" });
const MEMBER = () => makeMe({ id: "u-me", role: "member", agency: makeAgency("ag-police", "Demoshire Constabulary", "police") as never });
const VIEWER = () => makeMe({ id: "u-viewer", role: "viewer" });

const PDF = { media_type: "application/pdf", size_bytes: 180 * 1024, sha256: "ab".repeat(32) };
const DOWNLOAD = "/api/v1/reviews/r1/drafts/d1/file";

const draft = (id: string, version_label: string, extra: Partial<Draft> = {}) => makeDraft(id, version_label, "2026-11-20", extra);

const problem = (status: number, detail: string) => json(status, { type: "about:blank", title: "Refused", status, detail });

let stub: ReturnType<typeof routeFetch>;
let uploads: Request[];
/** The JSON routes, and `upload` answering every file sent (its body is a file, not JSON). */
function useRoutes(drafts: () => Draft[], routes: Route[] = [], upload: (req: Request) => Response = () => json(599, {})) {
  uploads = [];
  stub = routeFetch([
    ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
    ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
    ["GET", /^\/api\/v1\/reviews\/r1\/drafts\/[^/]+\/responses/, () => json(200, { items: [], next_cursor: null })],
    ["GET", /^\/api\/v1\/reviews\/r1\/drafts/, () => json(200, { items: drafts(), next_cursor: null })],
    ...routes,
  ]);
  vi.stubGlobal("fetch", async (input: Request) => {
    if (input.method === "POST" && input.url.endsWith("/file")) {
      uploads.push(input);
      return upload(input);
    }
    return stub.fetch(input);
  });
}
afterEach(() => vi.unstubAllGlobals());

const pdf = (name = "overview report v0.3.pdf") => new File(["%PDF-1.4 fictional"], name, { type: "application/pdf" });

/** The page's one error summary: above the h1, focused, its links going to `href`. */
async function pageSummary() {
  const summary = await screen.findByRole("alert");
  const box = summary.closest(".govuk-error-summary")!;
  expect(box.compareDocumentPosition(screen.getByRole("heading", { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(box));
  expect(document.title).toMatch(/^Error: /);
  return summary;
}

describe("circulating a draft with its file", () => {
  it("sends the file right after the draft, named in Content-Disposition", async () => {
    const user = userEvent.setup();
    const drafts: Draft[] = [];
    useRoutes(
      () => drafts,
      [["POST", /^\/api\/v1\/reviews\/r1\/drafts$/, () => (drafts.push(draft("d3", "v0.3", { current: true })), json(201, drafts[0]))]],
      () => json(201, { ...drafts[0], file: { ...PDF, file_name: "Zoë's report.pdf" }, download: DOWNLOAD }),
    );
    renderApp("/reviews/r1/report", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Circulate a draft" });
    await user.type(within(form).getByLabelText("Title"), "Child A overview report (fictional)");
    await user.type(within(form).getByLabelText("Version label"), "v0.3");
    await user.upload(within(form).getByLabelText("The report's file (optional)"), pdf("Zoë's report.pdf"));
    await user.click(within(form).getByRole("button", { name: "Circulate draft" }));
    expect(await screen.findByText("Draft v0.3 circulated with Zoë's report.pdf.")).toBeTruthy();
    expect(stub.calls.filter((c) => c.method === "POST")[0]!.body).toEqual({ title: "Child A overview report (fictional)", version_label: "v0.3", note: null });
    expect(new URL(uploads[0]!.url).pathname).toBe("/api/v1/reviews/r1/drafts/d3/file");
    expect(uploads[0]!.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''Zo%C3%AB%27s%20report.pdf");
    expect(await uploads[0]!.text()).toBe("%PDF-1.4 fictional");
  });

  it("circulates without a file, and refuses an empty one before sending anything", async () => {
    const user = userEvent.setup();
    const drafts: Draft[] = [];
    useRoutes(() => drafts, [["POST", /^\/api\/v1\/reviews\/r1\/drafts$/, () => (drafts.push(draft("d3", "v0.3", { current: true })), json(201, drafts[0]))]]);
    renderApp("/reviews/r1/report", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Circulate a draft" });
    await user.type(within(form).getByLabelText("Title"), "Overview report");
    await user.type(within(form).getByLabelText("Version label"), "v0.3");
    await user.upload(within(form).getByLabelText("The report's file (optional)"), new File([], "empty.pdf"));
    await user.click(within(form).getByRole("button", { name: "Circulate draft" }));
    const summary = await pageSummary();
    expect(within(summary).getByRole("link", { name: "The selected file is empty" }).getAttribute("href")).toBe("#draft-file");
    expect(within(form).getByText("The selected file is empty", { selector: ".govuk-error-message *, .govuk-error-message" })).toBeTruthy();
    expect(stub.calls.filter((c) => c.method === "POST")).toHaveLength(0);

    await user.upload(within(form).getByLabelText("The report's file (optional)"), []);
    await user.click(within(form).getByRole("button", { name: "Circulate draft" }));
    expect(await screen.findByText("Draft v0.3 circulated.")).toBeTruthy();
    expect(document.querySelector(".govuk-error-summary")).toBeNull();
    expect(uploads).toHaveLength(0);
    const current = screen.getByText("Report file", { selector: "dt" }).closest(".govuk-summary-list__row")!;
    expect(within(current as HTMLElement).getByRole("link", { name: "Attach the report file to draft v0.3" })).toBeTruthy();
  });

  it("says when the draft went out but its file was refused, on the new draft's attach form", async () => {
    const user = userEvent.setup();
    const drafts: Draft[] = [];
    let answer = 415;
    useRoutes(
      () => drafts,
      [["POST", /^\/api\/v1\/reviews\/r1\/drafts$/, () => (drafts.push(draft("d3", "v0.3", { current: true })), json(201, drafts[0]))]],
      () => (answer === 415 ? problem(415, "This file is a program, which is not a type we accept.") : json(201, { ...drafts[0], file: { ...PDF, file_name: "fixed.pdf" }, download: DOWNLOAD })),
    );
    renderApp("/reviews/r1/report", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Circulate a draft" });
    await user.type(within(form).getByLabelText("Title"), "Overview report");
    await user.type(within(form).getByLabelText("Version label"), "v0.3");
    await user.upload(within(form).getByLabelText("The report's file (optional)"), pdf("program.pdf"));
    await user.click(within(form).getByRole("button", { name: "Circulate draft" }));

    const message = "Draft v0.3 was circulated, but its file was not attached. This file is a program, which is not a type we accept.";
    const summary = await pageSummary();
    expect(within(summary).getByRole("link", { name: message }).getAttribute("href")).toBe("#attach-file");
    const attach = screen.getByRole("form", { name: "Attach the report file to draft v0.3" });
    expect(within(attach).getByLabelText("The report's file").getAttribute("aria-describedby")).toBe("attach-file-hint attach-file-error");
    expect(attach.querySelector(".govuk-error-message")!.textContent).toContain(message);
    expect(within(form).getByLabelText("Version label")).toHaveProperty("value", "");
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/reviews/r1/report?attach=d3"));

    answer = 201;
    drafts[0] = { ...drafts[0]!, file: { ...PDF, file_name: "fixed.pdf" }, download: DOWNLOAD };
    await user.upload(within(attach).getByLabelText("The report's file"), pdf("fixed.pdf"));
    await user.click(within(attach).getByRole("button", { name: "Attach file" }));
    expect(await screen.findByText("fixed.pdf attached to draft v0.3.")).toBeTruthy();
    expect(screen.queryByRole("form", { name: /^Attach the report file/ })).toBeNull();
    await waitFor(() => expect(screen.getByTestId("location").textContent).toBe("/reviews/r1/report"));
    expect(document.title).not.toMatch(/^Error: /);
  });
});

describe("attaching the file to a draft that has none", () => {
  it.each([
    [413, "A file may be at most 50 MiB (52428800 bytes)."],
    [409, "Draft v0.2 already has its file: circulate a new version to share another."],
  ])("shows a %s in the page's error summary and on the field, keeping the form", async (status, detail) => {
    const user = userEvent.setup();
    useRoutes(() => [draft("d1", "v0.1", { withdrawn_on: "2026-11-21", withdrawn_reason: "Wrong file" }), draft("d2", "v0.2", { current: true })], [], () => problem(status, detail));
    renderApp("/reviews/r1/report", { status: "authenticated", me: LEAD() });
    const versions = await screen.findByRole("table", { name: "All versions" });
    expect(within(versions).queryByRole("link", { name: "Attach the report file to draft v0.1" })).toBeNull();
    expect(within(versions).getByText("No file attached")).toBeTruthy();
    await user.click(within(versions).getByRole("link", { name: "Attach the report file to draft v0.2" }));
    const attach = await screen.findByRole("form", { name: "Attach the report file to draft v0.2" });
    await waitFor(() => expect(document.activeElement).toBe(within(attach).getByRole("heading", { name: "Attach the report file to draft v0.2" })));
    await user.click(within(attach).getByRole("button", { name: "Attach file" }));
    expect(within(await pageSummary()).getByRole("link", { name: "Select the report's file" }).getAttribute("href")).toBe("#attach-file");
    expect(uploads).toHaveLength(0);

    await user.upload(within(attach).getByLabelText("The report's file"), pdf());
    await user.click(within(attach).getByRole("button", { name: "Attach file" }));
    expect(within(await pageSummary()).getByRole("link", { name: detail })).toBeTruthy();
    expect(attach.querySelector(".govuk-error-message")!.textContent).toContain(detail);
    expect(uploads).toHaveLength(1);
    expect(new URL(uploads[0]!.url).pathname).toBe("/api/v1/reviews/r1/drafts/d2/file");
  });
});

describe("opening a draft's file", () => {
  const withFile = () => [draft("d1", "v0.1", { current: true, file: { ...PDF, file_name: "overview v0.1.pdf" }, download: DOWNLOAD })];

  it("gives a member of the team a download link that fetches the file with their session", async () => {
    const user = userEvent.setup();
    const created = vi.fn(() => "blob:fake");
    const kept = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = created;
    URL.revokeObjectURL = vi.fn();
    const saved: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      useRoutes(withFile, [["GET", /^\/api\/v1\/reviews\/r1\/drafts\/d1\/file$/, () => new Response("%PDF-1.4", { status: 200, headers: { "Content-Type": "application/pdf" } })]]);
      renderApp("/reviews/r1/report", { status: "authenticated", me: MEMBER() });
      const links = await screen.findAllByRole("link", { name: "Download overview v0.1.pdf (PDF, 180 KB)" });
      expect(links).toHaveLength(2);
      expect(links[0]!.getAttribute("href")).toBe(DOWNLOAD);
      expect(screen.queryByRole("link", { name: /^Attach/ })).toBeNull();
      await user.click(links[0]!);
      await waitFor(() => expect(saved).toEqual(["overview v0.1.pdf"]));
      expect(stub.calls.at(-1)!.path).toBe(DOWNLOAD);
    } finally {
      click.mockRestore();
      URL.createObjectURL = kept.create;
      URL.revokeObjectURL = kept.revoke;
    }
  });

  it("shows a viewer that the file is attached, without a link", async () => {
    useRoutes(() => [draft("d1", "v0.1", { current: true, file: { ...PDF, file_name: null }, download: null })]);
    renderApp("/reviews/r1/report", { status: "authenticated", me: VIEWER() });
    const versions = await screen.findByRole("table", { name: "All versions" });
    expect(within(versions).getByText("Report file attached (PDF, 180 KB)")).toBeTruthy();
    expect(screen.getAllByText("Report file attached (PDF, 180 KB)")).toHaveLength(2);
    expect(screen.queryByRole("link", { name: /Download|Attach/ })).toBeNull();
  });
});
