/** Words for the API's codes, as staff say them. */
import type { AgencyKind, Role } from "./api/types";

export const ROLE_LABELS: Record<Role, string> = {
  partnership_admin: "Partnership administrator",
  lead_reviewer: "Lead reviewer",
  member: "Review team member",
  viewer: "Viewer",
};

/** The roles that read the partnership's annual figures (the API refuses members and agency
 * systems: the figures count reviews beyond their reach). */
export const FIGURE_READERS: readonly Role[] = ["partnership_admin", "lead_reviewer", "viewer"];

export const ROLE_HINTS: Record<Role, string> = {
  partnership_admin: "Business co-ordinator or development officer: everything in the partnership, including users, agencies and API clients",
  lead_reviewer: "Independent reviewer: reads and writes the reviews they lead",
  member: "An agency's review team member: reads the reviews they sit on, writes their own checklist and agency's records",
  viewer: "Partnership executive or scrutineer: summaries, deadlines and action plans, no personal details",
};

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  local_authority: "Local authority",
  police: "Police",
  health: "Health",
  education: "Education",
  probation: "Probation",
  other: "Other",
};

export const SCOPE_LABELS: Record<string, string> = {
  "reviews:read": "Read reviews the agency sits on",
  "reviews:write": "Write reviews",
  "checklists:write": "Update checklists",
  "practitioners:read": "Read the agency's practitioners",
  "practitioners:write": "Submit the agency's practitioners and contacts",
  "alerts:write": "Confirm record alerts",
  "actions:read": "Read the learning action plan",
  "actions:write": "Update actions",
  "evidence:write": "Post action evidence",
  "audit:read": "Read the audit log",
  admin: "Administration",
};

export function humanise(code: string | null | undefined): string {
  if (!code) return "";
  const s = code.replace(/_/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}
