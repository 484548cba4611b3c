/** Documents asked of a review's agencies: the upload's headers, sizes in words, the list for a
 * member and a manager, the manager's request form with the API's refusal on its fields, and
 * the document page's upload, download and decision, and a manager changing a request (only
 * what changed, with If-Match; a 412 explained). */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createAuthFetch } from "../../api/client";
import { json, routeFetch, scriptedFetch, type Route } from "../../test/http";
import { LEAD_ID, makeAgency, makeReview } from "../../test/fixtures";
import { makeMe, renderApp } from "../../test/render";
import { contentDisposition, downloadFile, fileNameFrom, fileTypeText, formatSize, uploadFile, uploadRequest } from "./files";

const REVIEW = makeReview({ reference: "DSCP-2026-003", child_pseudonym: "Child C" });

const AGENCY = (id: string, name: string) => makeAgency(id, name);
const AGENCIES = [AGENCY("ag-police", "Demoshire Constabulary"), AGENCY("ag-health", "Demoshire ICB")];
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
const MEMBER = () => makeMe({ id: "u-me", role: "member", agency: AGENCY("ag-police", "Demoshire Constabulary") as never });
const VIEWER = () => makeMe({ id: "u-viewer", role: "viewer" });

const DOC = (id: string, agency: string, over: Record<string, unknown> = {}) => ({
  id,
  review_id: "r1",
  agency_id: agency,
  kind: "chronology",
  title: "Chronology of involvement",
  due_on: "2026-12-01",
  note: null,
  status: "requested",
  overdue: false,
  versions: 0,
  latest_version: null,
  requested_by_type: "user",
  requested_by_id: LEAD_ID,
  withdrawn_on: null,
  withdrawn_reason: null,
  created_at: "2026-11-10T10:00:00Z",
  updated_at: "2026-11-10T10:00:00Z",
  ...over,
});

const VERSION = (number: number, over: Record<string, unknown> = {}) => ({
  id: `v${number}`,
  review_id: "r1",
  document_id: "d-police",
  agency_id: "ag-police",
  number,
  file: { file_name: `chronology-v${number}.pdf`, media_type: "application/pdf", size_bytes: 2048, sha256: "ab".repeat(32) },
  download: `/api/v1/reviews/r1/documents/d-police/versions/v${number}/file`,
  superseded: false,
  submitted_by_type: "user",
  submitted_by_id: "u-me",
  submitted_at: "2026-11-12T10:00:00Z",
  decision: null,
  decision_comment: null,
  decided_by_type: null,
  decided_by_id: null,
  decided_at: null,
  details_withheld: false,
  ...over,
});

let stub: ReturnType<typeof routeFetch>;
function useRoutes(routes: Route[]) {
  stub = routeFetch([
    ["GET", /^\/api\/v1\/reviews\/r1$/, () => json(200, REVIEW)],
    ["GET", /^\/api\/v1\/reviews\/r1\/team$/, () => json(200, TEAM)],
    ["GET", /^\/api\/v1\/agencies/, () => page(AGENCIES)],
    ...routes,
  ]);
  vi.stubGlobal("fetch", stub.fetch);
}
afterEach(() => vi.unstubAllGlobals());

const page = (items: unknown[]) => json(200, { items, next_cursor: null });
const posts = () => stub.calls.filter((c) => c.method === "POST");

function fakeSession(token: string) {
  return { getAccessToken: () => token, refresh: vi.fn(async () => false), expire: vi.fn() };
}

describe("sending a file", () => {
  it("names the file in Content-Disposition as filename*, percent-encoded, and sends the bytes as they are", async () => {
    expect(contentDisposition("Chronologie – Zoë (v2).pdf")).toBe("attachment; filename*=UTF-8''Chronologie%20%E2%80%93%20Zo%C3%AB%20%28v2%29.pdf");
    expect(contentDisposition("it's*.pdf")).toBe("attachment; filename*=UTF-8''it%27s%2A.pdf");
    const file = new File(["%PDF-1.4\nfictional"], "Chronologie – Zoë.pdf", { type: "application/pdf" });
    const request = uploadRequest("http://localhost/api/v1/reviews/r1/documents/d1/versions", file);
    expect(request.method).toBe("POST");
    expect(request.headers.get("Content-Type")).toBe("application/octet-stream");
    expect(request.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''Chronologie%20%E2%80%93%20Zo%C3%AB.pdf");

    const http = scriptedFetch(() => json(201, VERSION(1)));
    const sent = await uploadFile("/api/v1/reviews/r1/documents/d1/versions", file, createAuthFetch({ session: fakeSession("tok-1"), fetch: http.fetch }));
    expect(sent.created).toBe(true);
    expect(sent.data).toMatchObject({ number: 1 });
    const [call] = http.calls;
    expect(new URL(call!.url).pathname).toBe("/api/v1/reviews/r1/documents/d1/versions");
    expect(call!.headers.get("Authorization")).toBe("Bearer tok-1");
    expect(call!.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''Chronologie%20%E2%80%93%20Zo%C3%AB.pdf");
    expect(call!.body).toBe("%PDF-1.4\nfictional");
  });

  it("says when the same file was already the latest version, and turns a refusal into its problem", async () => {
    const file = new File(["%PDF-1.4"], "a.pdf");
    const again = scriptedFetch(() => json(200, VERSION(2)));
    expect((await uploadFile("/x", file, createAuthFetch({ session: fakeSession("t"), fetch: again.fetch }))).created).toBe(false);
    const refused = scriptedFetch(() => json(415, { type: "https://cspr.example/problems/unsupported-file-type", title: "Unsupported file type", status: 415, detail: "The file is a program, not a PDF." }));
    await expect(uploadFile("/x", file, createAuthFetch({ session: fakeSession("t"), fetch: refused.fetch }))).rejects.toMatchObject({ problem: { status: 415, detail: "The file is a program, not a PDF." } });
  });
});

describe("sizes and types in words", () => {
  it("shows bytes, KB and MB", () => {
    expect(formatSize(0)).toBe("0 bytes");
    expect(formatSize(1)).toBe("1 byte");
    expect(formatSize(1023)).toBe("1023 bytes");
    expect(formatSize(1024)).toBe("1 KB");
    expect(formatSize(1536)).toBe("1.5 KB");
    expect(formatSize(10 * 1024)).toBe("10 KB");
    expect(formatSize(320 * 1024 + 300)).toBe("320 KB");
    expect(formatSize(1024 * 1024 - 1)).toBe("1 MB");
    expect(formatSize(2.44 * 1024 * 1024)).toBe("2.4 MB");
    expect(formatSize(50 * 1024 * 1024)).toBe("50 MB");
  });

  it("names the usual types and keeps any other as it is", () => {
    expect(fileTypeText("application/pdf")).toBe("PDF");
    expect(fileTypeText("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("Word (DOCX)");
    expect(fileTypeText("text/csv; charset=utf-8")).toBe("CSV");
    expect(fileTypeText("application/x-unknown")).toBe("application/x-unknown");
  });

  it("reads a download's name from Content-Disposition", () => {
    expect(fileNameFrom("attachment; filename*=UTF-8''Zo%C3%AB.pdf; filename=\"Zoe.pdf\"")).toBe("Zoë.pdf");
    expect(fileNameFrom('attachment; filename="plain.pdf"')).toBe("plain.pdf");
    expect(fileNameFrom(null)).toBeNull();
  });
});

describe("downloading a file", () => {
  it("fetches with the session's token, saves the bytes under the file's name, then lets the object URL go", async () => {
    const kept = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const created = vi.fn(() => "blob:fake");
    const revoked = vi.fn();
    URL.createObjectURL = created;
    URL.revokeObjectURL = revoked;
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.download} ${this.getAttribute("href")}`);
    });
    vi.useFakeTimers();
    try {
      const http = scriptedFetch(() => new Response("%PDF-1.4", { status: 200, headers: { "Content-Type": "application/pdf" } }));
      await downloadFile("/api/v1/reviews/r1/documents/d1/versions/v1/file", "chronology.pdf", createAuthFetch({ session: fakeSession("tok-2"), fetch: http.fetch }));
      expect(http.calls[0]!.headers.get("Authorization")).toBe("Bearer tok-2");
      expect(clicked).toEqual(["chronology.pdf blob:fake"]);
      expect(created).toHaveBeenCalledTimes(1);
      expect(document.querySelector("a[download]")).toBeNull();
      vi.runAllTimers();
      expect(revoked).toHaveBeenCalledWith("blob:fake");
    } finally {
      vi.useRealTimers();
      click.mockRestore();
      URL.createObjectURL = kept.create;
      URL.revokeObjectURL = kept.revoke;
    }
  });
});

describe("the documents tab", () => {
  const documents = [DOC("d-health", "ag-health", { overdue: true, due_on: "2026-11-01" }), DOC("d-police", "ag-police", { status: "submitted", versions: 1 })];

  it("shows a member their own agency's documents first, marked, with overdue ones tagged", async () => {
    useRoutes([["GET", /^\/api\/v1\/reviews\/r1\/documents/, () => page(documents)]]);
    renderApp("/reviews/r1/documents", { status: "authenticated", me: MEMBER() });
    const table = await screen.findByRole("table", { name: "Documents asked of agencies" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]!.textContent).toContain("Demoshire Constabulary");
    expect(rows[0]!.textContent).toContain("Asked of your agency");
    expect(rows[0]!.textContent).toContain("Sent, awaiting the lead reviewer");
    expect(within(rows[0]!).getByRole("link", { name: "Chronology of involvement from Demoshire Constabulary" }).getAttribute("href")).toBe("/reviews/r1/documents/d-police");
    expect(rows[1]!.textContent).toContain("Overdue");
    expect(rows[1]!.textContent).not.toContain("Asked of your agency");
    expect(screen.queryByRole("form", { name: "Ask for a document" })).toBeNull();
    expect(screen.getByRole("link", { name: "Documents" }).getAttribute("aria-current")).toBe("page");
  });

  it("lets the lead reviewer ask every agency, and shows the API's refusal on the due date", async () => {
    const user = userEvent.setup();
    let refuse = true;
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1\/documents/, () => page(documents)],
      [
        "POST",
        /^\/api\/v1\/reviews\/r1\/documents\/requests-to-all-agencies$/,
        () => {
          if (refuse) {
            refuse = false;
            return json(422, { type: "about:blank", title: "There is a problem", status: 422, errors: [{ field: "body.due_on", message: "The due date cannot be in the past." }] });
          }
          return json(201, [DOC("n1", "ag-police"), DOC("n2", "ag-health")]);
        },
      ],
    ]);
    renderApp("/reviews/r1/documents", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Ask for a document" });
    await user.click(within(form).getByRole("button", { name: "Ask for document" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("link", { name: "Select who to ask" }).getAttribute("href")).toBe("#ask-agency");
    expect(within(summary).getByRole("link", { name: "Enter the date the document is due" }).getAttribute("href")).toBe("#ask-due_on-day");
    expect(posts()).toHaveLength(0);

    await user.click(within(form).getByLabelText("Every agency on the review"));
    await user.click(within(form).getByLabelText("Agency report"));
    await user.type(within(form).getByLabelText("Title"), "Agency report");
    await user.type(within(form).getByLabelText("Day"), "1");
    await user.type(within(form).getByLabelText("Month"), "1");
    await user.type(within(form).getByLabelText("Year"), "2020");
    await user.click(within(form).getByRole("button", { name: "Ask for document" }));
    const refused = await screen.findByRole("link", { name: "The due date cannot be in the past." });
    expect(refused.getAttribute("href")).toBe("#ask-due_on-day");
    expect(document.activeElement?.classList.contains("govuk-error-summary")).toBe(true);
    expect(document.title).toMatch(/^Error: /);

    await user.clear(within(form).getByLabelText("Year"));
    await user.type(within(form).getByLabelText("Year"), "2099");
    await user.click(within(form).getByRole("button", { name: "Ask for document" }));
    expect(await screen.findByText('2 agencies asked for "Agency report".')).toBeTruthy();
    await waitFor(() => expect(document.title).not.toMatch(/^Error: /));
    const last = posts().at(-1)!;
    expect(last.path).toBe("/api/v1/reviews/r1/documents/requests-to-all-agencies");
    expect(last.body).toEqual({ kind: "agency_report", title: "Agency report", due_on: "2099-01-01", note: null });
  });

  it("asks one agency with its id", async () => {
    const user = userEvent.setup();
    useRoutes([
      ["GET", /^\/api\/v1\/reviews\/r1\/documents/, () => page([])],
      ["POST", /^\/api\/v1\/reviews\/r1\/documents$/, () => json(201, DOC("n1", "ag-health"))],
    ]);
    renderApp("/reviews/r1/documents", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Ask for a document" });
    await user.click(within(form).getByLabelText("Demoshire ICB"));
    await user.click(within(form).getByLabelText("Other document"));
    await user.type(within(form).getByLabelText("Title"), "Safety plan");
    await user.type(within(form).getByLabelText("Day"), "3");
    await user.type(within(form).getByLabelText("Month"), "4");
    await user.type(within(form).getByLabelText("Year"), "2099");
    await user.type(within(form).getByLabelText("Note to the agency (optional)"), "  The latest one  ");
    await user.click(within(form).getByRole("button", { name: "Ask for document" }));
    expect(await screen.findByText('Demoshire ICB asked for "Safety plan".')).toBeTruthy();
    expect(posts()[0]!.body).toEqual({ agency_id: "ag-health", kind: "other", title: "Safety plan", due_on: "2099-04-03", note: "The latest one" });
  });
});

describe("a document's page", () => {
  function documentRoutes(doc: ReturnType<typeof DOC>, versions: unknown[]): Route[] {
    return [
      ["GET", /^\/api\/v1\/reviews\/r1\/documents\/d-police\/versions/, () => page(versions)],
      ["GET", /^\/api\/v1\/reviews\/r1\/documents\/d-police$/, () => json(200, doc, { ETag: '"3"' })],
    ];
  }

  it("lets the agency's member send a file, showing a refusal's detail against the file input", async () => {
    const user = userEvent.setup();
    const returned = VERSION(1, { decision: "returned", decision_comment: "Add May and June.", decided_at: "2026-11-13T10:00:00Z" });
    useRoutes(documentRoutes(DOC("d-police", "ag-police", { status: "returned", versions: 1 }), [returned]));
    // The upload's body is a file, not JSON: answer it before the JSON router.
    const uploads: Request[] = [];
    const routed = stub.fetch;
    let answer = 415;
    vi.stubGlobal("fetch", async (input: Request) => {
      if (input.method === "POST" && input.url.endsWith("/versions")) {
        uploads.push(input);
        if (answer === 415) return json(415, { type: "about:blank", title: "Unsupported file type", status: 415, detail: "The file is a program, not a PDF." });
        return json(201, VERSION(2));
      }
      return routed(input);
    });
    renderApp("/reviews/r1/documents/d-police", { status: "authenticated", me: MEMBER() });
    expect(await screen.findByRole("heading", { level: 1, name: /Chronology of involvement/ })).toBeTruthy();
    const versions = screen.getByRole("table", { name: "Versions sent" });
    expect(versions.textContent).toContain("Add May and June.");
    expect(versions.textContent).toContain("PDF, 2 KB");
    const form = screen.getByRole("form", { name: "Send a file" });
    await user.click(within(form).getByRole("button", { name: "Send file" }));
    expect(within(await screen.findByRole("alert")).getByRole("link", { name: "Select a file to send" }).getAttribute("href")).toBe("#send-file");

    const input = within(form).getByLabelText("Upload a file") as HTMLInputElement;
    await user.upload(input, new File(["\x7fELF"], "Zoë's chronology.pdf", { type: "application/pdf" }));
    await user.click(within(form).getByRole("button", { name: "Send file" }));
    const refused = await screen.findByRole("link", { name: "The file is a program, not a PDF." });
    expect(refused.getAttribute("href")).toBe("#send-file");
    expect(uploads[0]!.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''Zo%C3%AB%27s%20chronology.pdf");

    answer = 201;
    await user.click(within(form).getByRole("button", { name: "Send file" }));
    expect(await screen.findByText("Zoë's chronology.pdf sent.")).toBeTruthy();
    expect(uploads).toHaveLength(2);
  });

  it("lets the lead reviewer return the latest version with comments, and offers a download", async () => {
    const user = userEvent.setup();
    useRoutes([
      ["POST", /\/versions\/v2\/decision$/, () => json(200, VERSION(2, { decision: "returned" }))],
      ...documentRoutes(DOC("d-police", "ag-police", { status: "submitted", versions: 2 }), [VERSION(1, { superseded: true, decision: "returned", decision_comment: "Add May." }), VERSION(2)]),
    ]);
    renderApp("/reviews/r1/documents/d-police", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Decide on version 2" });
    expect(screen.getAllByRole("button", { name: /^Download version/ })).toHaveLength(2);
    expect(screen.queryByRole("form", { name: "Send a file" })).toBeNull();
    expect(screen.getByRole("link", { name: "Withdraw this request" }).getAttribute("href")).toBe("/reviews/r1/documents/d-police/withdraw");

    await user.click(within(form).getByLabelText("Return with comments"));
    await user.click(within(form).getByRole("button", { name: "Save decision" }));
    expect(within(await screen.findByRole("alert")).getByRole("link", { name: "Enter what the agency should change" }).getAttribute("href")).toBe("#decide-comment");
    await user.type(within(form).getByLabelText("What should the agency change?"), "Add June.");
    await user.click(within(form).getByRole("button", { name: "Save decision" }));
    expect(await screen.findByText("Version 2 returned with comments.")).toBeTruthy();
    const [post] = posts();
    expect(post!.path).toBe("/api/v1/reviews/r1/documents/d-police/versions/v2/decision");
    expect(post!.body).toEqual({ decision: "returned", comment: "Add June." });
  });

  it("shows a viewer where it stands, without file names or downloads", async () => {
    const withheld = VERSION(1, { file: { file_name: null, media_type: "application/pdf", size_bytes: 4096, sha256: "ab".repeat(32) }, download: null, details_withheld: true });
    useRoutes(documentRoutes(DOC("d-police", "ag-police", { status: "submitted", versions: 1 }), [withheld]));
    renderApp("/reviews/r1/documents/d-police", { status: "authenticated", me: VIEWER() });
    const versions = await screen.findByRole("table", { name: "Versions sent" });
    expect(versions.textContent).toContain("Name withheld");
    expect(screen.queryByRole("button", { name: /Download/ })).toBeNull();
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("link", { name: "Withdraw this request" })).toBeNull();
  });
});

describe("changing a request", () => {
  const open = DOC("d-police", "ag-police", { due_on: "2026-11-01", overdue: true, note: "Use the template." });
  function changeRoutes(doc: ReturnType<typeof DOC>, patch: (body: unknown) => Response = (body) => json(200, { ...doc, ...(body as object) })): Route[] {
    return [
      ["GET", /^\/api\/v1\/reviews\/r1\/documents\/d-police\/versions/, () => page([])],
      ["GET", /^\/api\/v1\/reviews\/r1\/documents\/d-police$/, () => json(200, doc, { ETag: '"3"' })],
      ["PATCH", /^\/api\/v1\/reviews\/r1\/documents\/d-police$/, (_r, body) => patch(body)],
      ["GET", /^\/api\/v1\/reviews\/r1\/documents/, () => page([doc, DOC("d-gone", "ag-health", { withdrawn_on: "2026-11-20", withdrawn_reason: "Asked in error" })])],
    ];
  }
  const patches = () => stub.calls.filter((c) => c.method === "PATCH");

  it("offers the review's managers a Change link on each open request, from the list and the document's page", async () => {
    const user = userEvent.setup();
    useRoutes(changeRoutes(open));
    renderApp("/reviews/r1/documents", { status: "authenticated", me: LEAD() });
    const table = await screen.findByRole("table", { name: "Documents asked of agencies" });
    expect(within(table).getAllByRole("link", { name: /^Change/ })).toHaveLength(1);
    const change = within(table).getByRole("link", { name: "Change Chronology of involvement from Demoshire Constabulary" });
    expect(change.getAttribute("href")).toBe("/reviews/r1/documents/d-police/edit");
    await user.click(change);
    const form = await screen.findByRole("form", { name: "Change the request" });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: /Change the request/ })));
    expect(within(form).getByLabelText("Title")).toHaveProperty("value", "Chronology of involvement");
    expect(within(form).getByLabelText("Day")).toHaveProperty("value", "1");
    expect(within(form).getByLabelText("Month")).toHaveProperty("value", "11");
    expect(within(form).getByLabelText("Year")).toHaveProperty("value", "2026");
    expect(within(form).getByLabelText("Note to the agency (optional)")).toHaveProperty("value", "Use the template.");
    expect(within(form).getByText(/^Chronology asked of Demoshire Constabulary\./)).toBeTruthy();
  });

  it("sends only what changed, with If-Match, and says so on the document's page", async () => {
    const user = userEvent.setup();
    useRoutes(changeRoutes(open));
    renderApp("/reviews/r1/documents/d-police/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change the request" });
    await user.clear(within(form).getByLabelText("Year"));
    await user.type(within(form).getByLabelText("Year"), "2099");
    await user.clear(within(form).getByLabelText("Note to the agency (optional)"));
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText('Request to Demoshire Constabulary for "Chronology of involvement" changed.')).toBeTruthy();
    const [patch] = patches();
    expect(patch!.body).toEqual({ due_on: "2099-11-01", note: null });
    expect(patch!.headers.get("If-Match")).toBe('"3"');
    expect(screen.getByTestId("location").textContent).toBe("/reviews/r1/documents/d-police");
  });

  it("keeps a past due date that was not changed, refuses a new one in the past, and sends nothing when nothing changed", async () => {
    const user = userEvent.setup();
    useRoutes(changeRoutes(open));
    renderApp("/reviews/r1/documents/d-police/edit", { status: "authenticated", me: ADMIN() });
    const form = await screen.findByRole("form", { name: "Change the request" });
    await user.clear(within(form).getByLabelText("Day"));
    await user.type(within(form).getByLabelText("Day"), "2");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(within(await screen.findByRole("alert")).getByRole("link", { name: "The due date must be today or later" }).getAttribute("href")).toBe("#change-due_on-day");
    await user.clear(within(form).getByLabelText("Day"));
    await user.type(within(form).getByLabelText("Day"), "1");
    await user.type(within(form).getByLabelText("Note to the agency (optional)"), "  ");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    expect(await screen.findByText("No changes were made.")).toBeTruthy();
    expect(patches()).toHaveLength(0);
  });

  it("explains a 412 in plain English and keeps what was typed", async () => {
    const user = userEvent.setup();
    useRoutes(changeRoutes(open, () => json(412, { type: "about:blank", title: "Precondition Failed", status: 412, detail: "The record has changed; read it again." })));
    renderApp("/reviews/r1/documents/d-police/edit", { status: "authenticated", me: LEAD() });
    const form = await screen.findByRole("form", { name: "Change the request" });
    await user.clear(within(form).getByLabelText("Title"));
    await user.type(within(form).getByLabelText("Title"), "Chronology, March to May");
    await user.click(within(form).getByRole("button", { name: "Save changes" }));
    const summary = await screen.findByRole("alert");
    expect(summary.textContent).toContain("Someone else changed this record since you opened the page.");
    await waitFor(() => expect(document.activeElement).toBe(summary.closest(".govuk-error-summary")));
    expect(document.title).toMatch(/^Error: /);
    expect(within(form).getByLabelText("Title")).toHaveProperty("value", "Chronology, March to May");
    expect(patches()[0]!.body).toEqual({ title: "Chronology, March to May" });
  });

  it("is not offered to a member, and says when the request is withdrawn", async () => {
    useRoutes(changeRoutes(open));
    const first = renderApp("/reviews/r1/documents", { status: "authenticated", me: MEMBER() });
    await screen.findByRole("table", { name: "Documents asked of agencies" });
    expect(screen.queryByRole("link", { name: /^Change/ })).toBeNull();
    first.unmount();
    const second = renderApp("/reviews/r1/documents/d-police/edit", { status: "authenticated", me: MEMBER() });
    expect(await screen.findByRole("heading", { name: "You do not have access to this page" })).toBeTruthy();
    second.unmount();
    useRoutes(changeRoutes(DOC("d-police", "ag-police", { withdrawn_on: "2026-11-20", withdrawn_reason: "Asked in error" })));
    renderApp("/reviews/r1/documents/d-police/edit", { status: "authenticated", me: LEAD() });
    expect(await screen.findByRole("heading", { level: 1, name: /This request is withdrawn/ })).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });
});
