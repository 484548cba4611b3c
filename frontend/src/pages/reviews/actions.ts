/** The learning action plan's words, tag colours, filters and loaders, shared by a review's
 * action plan, an action's page and the partnership-wide plan. */
import { api, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import type { TagColour } from "../../components/ui";

type S = components["schemas"];
export type Action = S["ActionOut"];
export type ActionStatus = S["ActionStatus"];
export type Rag = S["Rag"];
export type Recommendation = S["RecommendationOut"];
export type Evidence = S["EvidenceOut"];
export type ProgressUpdate = S["UpdateOut"];

type Labelled = { text: string; colour: TagColour };

/** RAG in words first (the colour only helps): amber is GOV.UK's yellow tag. */
export const RAG: Record<Rag, Labelled> = {
  red: { text: "Red", colour: "red" },
  amber: { text: "Amber", colour: "yellow" },
  green: { text: "Green", colour: "green" },
  closed: { text: "Closed", colour: "grey" },
};

export const ACTION_STATUS: Record<ActionStatus, Labelled> = {
  not_started: { text: "Not started", colour: "blue" },
  in_progress: { text: "In progress", colour: "light-blue" },
  completed: { text: "Completed", colour: "turquoise" },
  signed_off: { text: "Signed off", colour: "green" },
  cancelled: { text: "Cancelled", colour: "grey" },
};

export const EVIDENCE_STATUS: Record<Evidence["status"], Labelled> = {
  submitted: { text: "Awaiting decision", colour: "yellow" },
  accepted: { text: "Accepted", colour: "green" },
  returned: { text: "Returned", colour: "red" },
};

export const EVIDENCE_KIND: Record<Evidence["kind"], string> = { note: "Note", link: "Link", file: "File" };

/** The server's RAG rule (api/actions/rag.py), as staff read it. */
export const RAG_RULE: { rag: Rag; text: string }[] = [
  { rag: "red", text: "past its due date and not completed" },
  { rag: "amber", text: "due within 28 days with no progress update in the last 28 days" },
  { rag: "green", text: "completed and awaiting sign-off, or otherwise on track" },
  { rag: "closed", text: "signed off or cancelled" },
];

export function ragLabel(rag: string | null | undefined): Labelled {
  return (rag && RAG[rag as Rag]) || { text: "Unknown", colour: "grey" };
}

export function statusLabel(status: string | null | undefined): Labelled {
  return (status && ACTION_STATUS[status as ActionStatus]) || { text: status ? status.replace(/_/g, " ") : "Unknown", colour: "grey" };
}

/** Whether the action still takes progress, evidence and decisions. */
export function isOpen(a: Pick<Action, "status">): boolean {
  return a.status !== "signed_off" && a.status !== "cancelled";
}

export interface PlanFilters {
  agency_id?: string;
  rag?: Rag;
  status?: ActionStatus;
  review_id?: string;
}

/** The filters in a page's URL, keeping only values the API takes. */
export function filtersFrom(params: URLSearchParams): PlanFilters {
  const out: PlanFilters = {};
  const agency = params.get("agency_id");
  const rag = params.get("rag");
  const status = params.get("status");
  if (agency) out.agency_id = agency;
  if (rag && rag in RAG) out.rag = rag as Rag;
  if (status && status in ACTION_STATUS) out.status = status as ActionStatus;
  return out;
}

/** The URL search string for `filters` (empty values left out). */
export function filtersToSearch(filters: Record<string, string>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** Where an action's evidence file is sent (the raw bytes, see files.ts). */
export function evidenceFilesPath(reviewId: string, actionId: string): string {
  return `/api/v1/reviews/${encodeURIComponent(reviewId)}/actions/${encodeURIComponent(actionId)}/evidence/files`;
}

/** Follows next_cursor, 200 at a time, up to `maxPages` pages. */
async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor?: string | null }>, maxPages = 10): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return items;
}

const page = (cursor: string | undefined) => ({ limit: 200, ...(cursor ? { cursor } : {}) });

export function loadRecommendations(reviewId: string): Promise<Recommendation[]> {
  return allPages((c) => unwrap(api.GET("/api/v1/reviews/{review_id}/recommendations", { params: { path: { review_id: reviewId }, query: page(c) } })));
}

export function loadActions(reviewId: string, filters: PlanFilters = {}): Promise<Action[]> {
  const { agency_id, rag, status } = filters;
  const query = { ...(agency_id ? { agency_id } : {}), ...(rag ? { rag } : {}), ...(status ? { status } : {}) };
  return allPages((c) => unwrap(api.GET("/api/v1/reviews/{review_id}/actions", { params: { path: { review_id: reviewId }, query: { ...query, ...page(c) } } })));
}

export function loadPartnershipActions(filters: PlanFilters = {}): Promise<Action[]> {
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as PlanFilters;
  return allPages((c) => unwrap(api.GET("/api/v1/actions", { params: { query: { ...query, ...page(c) } } })));
}

export function loadUpdates(reviewId: string, actionId: string): Promise<ProgressUpdate[]> {
  return allPages((c) => unwrap(api.GET("/api/v1/reviews/{review_id}/actions/{action_id}/updates", { params: { path: { review_id: reviewId, action_id: actionId }, query: page(c) } })));
}

export function loadEvidence(reviewId: string, actionId: string): Promise<Evidence[]> {
  return allPages((c) => unwrap(api.GET("/api/v1/reviews/{review_id}/actions/{action_id}/evidence", { params: { path: { review_id: reviewId, action_id: actionId }, query: page(c) } })));
}
