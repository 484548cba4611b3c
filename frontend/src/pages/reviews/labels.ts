/** Words and tag colours for review codes (the words carry the meaning; colour only helps). */
import type { TagColour } from "../../components/ui";

type Labelled = { text: string; colour: TagColour };

export const REVIEW_STATUS: Record<string, Labelled> = {
  notified: { text: "Notified", colour: "grey" },
  rapid_review: { text: "Rapid Review", colour: "blue" },
  awaiting_decision: { text: "Awaiting decision", colour: "yellow" },
  no_review: { text: "No review (closed)", colour: "grey" },
  national_review: { text: "Referred for national review", colour: "purple" },
  scoping: { text: "Scoping", colour: "light-blue" },
  in_review: { text: "In review", colour: "blue" },
  drafting: { text: "Drafting", colour: "turquoise" },
  publication: { text: "Publication", colour: "orange" },
  published: { text: "Published", colour: "green" },
  not_published: { text: "Not published", colour: "pink" },
  monitoring: { text: "Monitoring", colour: "teal" },
  closed: { text: "Closed", colour: "grey" },
};

export const REVIEW_STATUS_ORDER = Object.keys(REVIEW_STATUS);

export const INCIDENT_KIND: Record<string, string> = {
  death: "Death of a child",
  serious_harm: "Serious harm to a child",
  care_leaver_death: "Death of a care leaver (up to age 24)",
};

export const INCIDENT_KIND_HINT: Record<string, string> = {
  death: "Abuse or neglect is known or suspected",
  serious_harm: "Abuse or neglect is known or suspected",
  care_leaver_death: "Notify the Secretary of State and Ofsted; no Rapid Review or LCSPR",
};

export const DEADLINE_STATUS: Record<string, Labelled> = {
  met: { text: "Met", colour: "green" },
  due: { text: "Due", colour: "blue" },
  overdue: { text: "Overdue", colour: "red" },
  not_applicable: { text: "Not applicable", colour: "grey" },
};

export const ITEM_STATUS: Record<string, Labelled> = {
  done: { text: "Completed", colour: "green" },
  in_progress: { text: "In progress", colour: "light-blue" },
  not_started: { text: "Not yet started", colour: "blue" },
  not_applicable: { text: "Not applicable", colour: "grey" },
};

export const SUBJECT_ROLE: Record<string, string> = {
  child: "Child",
  sibling: "Sibling",
  parent: "Parent",
  carer: "Carer",
  other: "Other",
};

export function labelOf(map: Record<string, Labelled>, code: string | null | undefined): Labelled {
  if (!code) return { text: "Unknown", colour: "grey" };
  return map[code] ?? { text: code.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase()), colour: "grey" };
}

/** Kinds of parallel proceeding (PRODUCT.md §2). */
export const PROCEEDING_KIND: Record<string, string> = {
  criminal_investigation: "Criminal investigation",
  criminal_trial: "Criminal trial",
  inquest: "Inquest",
  family_court: "Family court proceedings",
  disciplinary: "Disciplinary process",
  domestic_homicide_review: "Domestic homicide review",
  safeguarding_adult_review: "Safeguarding adult review",
  other: "Other",
};

export const PROCEEDING_STATUS: Record<string, Labelled> = {
  planned: { text: "Planned", colour: "blue" },
  active: { text: "Active", colour: "orange" },
  concluded: { text: "Concluded", colour: "grey" },
};

/** A factual-accuracy response to a draft report. */
export const DRAFT_RESPONSE: Record<string, Labelled> = {
  signed_off: { text: "Signed off", colour: "green" },
  comments: { text: "Comments returned", colour: "yellow" },
};

/** What a publication-plan request asks an agency to confirm. */
export const PLAN_ITEM: Record<string, string> = {
  comms_lead: "Name of the comms lead",
  staff_briefed: "Date staff were briefed",
  family_informed: "Date the family was informed",
  other: "Other question",
};

/** Where a document asked of an agency stands. */
export const DOCUMENT_STATUS: Record<string, string> = {
  requested: "not sent yet",
  submitted: "sent, awaiting the lead reviewer",
  accepted: "accepted",
  returned: "returned for changes",
  withdrawn: "withdrawn",
};

/** What kind of document is asked for. */
export const DOCUMENT_KIND: Record<string, string> = {
  chronology: "Chronology",
  agency_report: "Agency report",
  other: "Other document",
};
