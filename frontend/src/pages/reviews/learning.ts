/** Learning that emerges during a review and each agency's sharing of it: the types, the words
 * for the API's codes, and the loaders the learning screens use. */
import { api, unwrap } from "../../api/client";
import type { components } from "../../api/schema";
import type { TagColour } from "../../components/ui";
import { collectPages } from "./data";

type S = components["schemas"];
export type LearningItem = S["LearningOut"];
export type Dissemination = S["DisseminationOut"];
export type LearningTheme = S["ThemeOut"];
export type AgencySharing = S["AgencySharing"];
export type DisseminationMethod = S["DisseminationMethod"];
export type LandedMethod = S["LandedMethod"];
export type LandedOutcome = S["LandedOutcome"];

/** How an agency shared the learning. */
export const DISSEMINATION_METHOD: Record<DisseminationMethod, string> = {
  seven_minute_briefing: "7-minute briefing",
  training: "Training",
  team_meeting: "Team meeting",
  supervision: "Supervision",
  newsletter: "Newsletter or bulletin",
  other: "Another way",
};

/** How an agency checked that shared learning landed. */
export const LANDED_METHOD: Record<LandedMethod, string> = {
  case_audit: "Case audit",
  practitioner_survey: "Practitioner survey",
  supervision: "Supervision",
  observation: "Observation of practice",
  feedback: "Feedback from practitioners",
  other: "Another way",
};

/** What the check found (the words carry the meaning, the colour only helps). */
export const LANDED_OUTCOME: Record<LandedOutcome, { text: string; hint: string; colour: TagColour }> = {
  landed: { text: "Landed", hint: "Practice has changed as the learning intended", colour: "green" },
  partly_landed: { text: "Partly landed", hint: "Some practice has changed, not all", colour: "yellow" },
  not_landed: { text: "Not landed", hint: "Practice has not changed: share the learning again", colour: "red" },
};

export const learningListUrl = (reviewId: string) => `/reviews/${reviewId}/learning`;
export const learningUrl = (reviewId: string, learningId: string) => `${learningListUrl(reviewId)}/${learningId}`;

/** How far one agency has shared a learning item, in words: "Shared 2 times, landed". */
export function sharingText(s: Pick<AgencySharing, "disseminations" | "checked" | "landed"> | undefined): string {
  if (!s || s.disseminations === 0) return "Not shared yet";
  const times = s.disseminations === 1 ? "Shared once" : `Shared ${s.disseminations} times`;
  if (s.landed) return `${times}, landed`;
  if (s.checked < s.disseminations) return `${times}, not yet checked that it landed`;
  return `${times}, did not land: to share again`;
}

/** Every page's items (up to 2,000 records). */
async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; next_cursor?: string | null }>): Promise<T[]> {
  return (await collectPages(fetchPage)).items;
}

const paging = (cursor: string | undefined) => ({ limit: 200, ...(cursor ? { cursor } : {}) });

/** The review's learning in the order it emerged (then the order it was recorded). */
export async function loadLearning(reviewId: string): Promise<LearningItem[]> {
  const items = await allPages((cursor) => unwrap(api.GET("/api/v1/reviews/{review_id}/learning", { params: { path: { review_id: reviewId }, query: paging(cursor) } })));
  return [...items].sort((a, b) => a.emerged_on.localeCompare(b.emerged_on));
}

export function loadDisseminations(reviewId: string, learningId: string): Promise<Dissemination[]> {
  return allPages((cursor) =>
    unwrap(api.GET("/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations", { params: { path: { review_id: reviewId, learning_id: learningId }, query: paging(cursor) } })),
  );
}

/** The partnership's themes by name; `active` only those new learning may use. */
export function loadThemes(active?: boolean): Promise<LearningTheme[]> {
  return allPages((cursor) => unwrap(api.GET("/api/v1/learning-themes", { params: { query: { ...paging(cursor), ...(active === undefined ? {} : { active }) } } })));
}
