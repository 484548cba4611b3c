/** Records as the API answers them, for the screens' unit tests. */
import type { Draft } from "../api/types";

export const LEAD_ID = "u-lead";

/** Review r1, led by LEAD_ID, with `overrides`. */
export function makeReview(overrides: Record<string, unknown> = {}) {
  return {
    id: "r1",
    reference: "DSCP-2026-001",
    child_pseudonym: "Child A",
    incident_kind: "death",
    status: "review",
    lead_reviewer_id: LEAD_ID,
    lead_reviewer: { id: LEAD_ID, name: "Lee Lead" },
    became_aware_on: "2026-11-05",
    decision: null,
    next_deadline_on: null,
    overdue: false,
    created_at: "2026-11-05T10:00:00Z",
    updated_at: "2026-11-05T10:00:00Z",
    terms_of_reference: { period_start: null, period_end: null, key_lines_of_enquiry: [], methodology: null },
    next_statuses: [],
    ...overrides,
  };
}

export function makeAgency(id: string, name: string, kind = "other") {
  return { id, name, kind, active: true, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" };
}

/** Draft `version_label` of review r1, circulated by LEAD_ID on `circulated_on`, without a file. */
export function makeDraft(id: string, version_label: string, circulated_on = "2026-11-20", extra: Partial<Draft> = {}): Draft {
  return {
    id,
    review_id: "r1",
    title: "Child A overview report (fictional)",
    version_label,
    circulated_on,
    note: null,
    current: false,
    withdrawn_on: null,
    withdrawn_reason: null,
    circulated_by_type: "user",
    circulated_by_id: LEAD_ID,
    file: null,
    download: null,
    created_at: `${circulated_on}T10:00:00Z`,
    updated_at: `${circulated_on}T10:00:00Z`,
    ...extra,
  };
}
