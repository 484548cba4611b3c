/** Loaders for the review screens (thin wrappers so screens read as what they show). */
import { api, call, unwrap } from "../../api/client";
import type { Agency, Alert, Meeting, Practitioner, Proceeding, Review, ReviewSummary, Subject, User } from "../../api/types";

export async function loadReview(id: string): Promise<{ review: Review; etag: string | null }> {
  const r = await call(api.GET("/api/v1/reviews/{review_id}", { params: { path: { review_id: id } } }));
  return { review: r.data, etag: r.etag };
}

export function loadDeadlines(id: string) {
  return unwrap(api.GET("/api/v1/reviews/{review_id}/deadlines", { params: { path: { review_id: id } } }));
}

export function loadTeam(id: string) {
  return unwrap(api.GET("/api/v1/reviews/{review_id}/team", { params: { path: { review_id: id } } }));
}

/** Follows next_cursor up to `maxPages` pages of 200. */
export async function collectPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor?: string | null }>, maxPages = 10): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.next_cursor) return { items, complete: true };
    cursor = page.next_cursor;
  }
  return { items, complete: false };
}

export async function loadSubjects(id: string): Promise<Subject[]> {
  return (
    await collectPages((cursor) =>
      unwrap(api.GET("/api/v1/reviews/{review_id}/subjects", { params: { path: { review_id: id }, query: { limit: 200, ...(cursor ? { cursor } : {}) } } })),
    )
  ).items;
}

export async function loadAlerts(id: string): Promise<Alert[]> {
  return (
    await collectPages((cursor) =>
      unwrap(api.GET("/api/v1/reviews/{review_id}/alerts", { params: { path: { review_id: id }, query: { limit: 200, ...(cursor ? { cursor } : {}) } } })),
    )
  ).items;
}

export async function loadAgencies(): Promise<Agency[]> {
  return (await collectPages((cursor) => unwrap(api.GET("/api/v1/agencies", { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } })))).items;
}

/** People who can be named lead reviewer (administrators only can list users). */
export async function loadUsersByRole(role: User["role"]): Promise<User[]> {
  return (
    await collectPages((cursor) => unwrap(api.GET("/api/v1/users", { params: { query: { limit: 200, role, active: true, ...(cursor ? { cursor } : {}) } } })))
  ).items;
}

/** Every review the caller can see (for the dashboard's counts), up to 1,000. */
export async function loadAllReviews(): Promise<{ items: ReviewSummary[]; complete: boolean }> {
  return collectPages((cursor) => unwrap(api.GET("/api/v1/reviews", { params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } } })), 5);
}

/** Statuses where the review team's work is over. Not the statutory clock: the API's next_deadline_on says what is still owed. */
export const FINISHED = new Set(["no_review", "national_review", "closed", "published", "not_published", "monitoring"]);

/** The lead reviewer's name, as the API gives it to everyone who reaches the review. */
export function leadReviewerText(review: Pick<ReviewSummary, "lead_reviewer_id" | "lead_reviewer">, meId: string): string {
  if (!review.lead_reviewer_id) return "Not appointed";
  const name = review.lead_reviewer?.name ?? "Appointed";
  return review.lead_reviewer_id === meId ? `${name} (you)` : name;
}

/** The practitioners the caller may see in full (their agency's, or all for the review's managers). */
export async function loadPractitioners(id: string): Promise<Practitioner[]> {
  return (
    await collectPages((cursor) =>
      unwrap(api.GET("/api/v1/reviews/{review_id}/practitioners", { params: { path: { review_id: id }, query: { limit: 200, ...(cursor ? { cursor } : {}) } } })),
    )
  ).items;
}

/** How many practitioners each agency has on the review (no personal details). */
export function loadPractitionerSummary(id: string) {
  return unwrap(api.GET("/api/v1/reviews/{review_id}/practitioner-counts", { params: { path: { review_id: id } } }));
}

/** A review's meetings, in the order they are held. */
export async function loadMeetings(id: string, query: { status?: Meeting["status"] } = {}): Promise<Meeting[]> {
  return (
    await collectPages((cursor) =>
      unwrap(api.GET("/api/v1/reviews/{review_id}/meetings", { params: { path: { review_id: id }, query: { limit: 200, ...query, ...(cursor ? { cursor } : {}) } } })),
    )
  ).items;
}

/** A review's parallel proceedings, every agency's (up to 2,000). */
export async function loadProceedings(id: string): Promise<Proceeding[]> {
  return (
    await collectPages((cursor) =>
      unwrap(api.GET("/api/v1/reviews/{review_id}/proceedings", { params: { path: { review_id: id }, query: { limit: 200, ...(cursor ? { cursor } : {}) } } })),
    )
  ).items;
}

export function loadAttendance(id: string, meetingId: string) {
  return unwrap(api.GET("/api/v1/reviews/{review_id}/meetings/{meeting_id}/attendance", { params: { path: { review_id: id, meeting_id: meetingId } } }));
}

/** Whether a proceeding holds the review's publication now: flagged and not concluded (the API's rule). */
export function holdsPublication(p: Pick<Proceeding, "holds_publication" | "status">): boolean {
  return p.holds_publication && p.status !== "concluded";
}
