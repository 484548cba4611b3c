/**
 * The review's date checks, as the API makes them (api/reviews/service.py `_check_dates`),
 * with the same words, so the error summary links to the field before anything is sent.
 */
import type { FieldErrors } from "../../forms/errors";

/** Dates of things that have happened, with the words staff know them by. */
export const PAST_DATES: Readonly<Record<string, string>> = {
  incident_on: "The date of the incident",
  became_aware_on: "The date the local authority became aware",
  sin_sent_on: "The date the notification was sent",
  rapid_review_sent_on: "The date the Rapid Review was sent to the Panel",
  decision_on: "The date of the decision",
  final_report_sent_on: "The date the final report was sent",
  published_on: "The publication date",
  care_leaver_notified_on: "The date the Secretary of State and Ofsted were notified",
};

/** Today in the UK as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/**
 * Errors for dates (ISO strings; "" or null when empty or not a real date, which the form
 * reports itself) that are in the future or out of order. Fields that already have an
 * error in `existing` are left alone.
 */
export function reviewDateErrors(dates: Readonly<Record<string, string | null | undefined>>, existing: FieldErrors = {}, today = todayIso()): FieldErrors {
  const errors: FieldErrors = {};
  const set = (field: string, message: string) => {
    if (!existing[field] && !errors[field]) errors[field] = message;
  };
  for (const [field, label] of Object.entries(PAST_DATES)) {
    const value = dates[field];
    if (value && value > today) set(field, `${label} must be today or in the past`);
  }
  const { incident_on: incident, became_aware_on: aware, sin_sent_on: sent, period_start: start, period_end: end } = dates;
  if (incident && aware && aware < incident) set("became_aware_on", `${PAST_DATES.became_aware_on} must be on or after the date of the incident`);
  if (aware && sent && sent < aware) set("sin_sent_on", `${PAST_DATES.sin_sent_on} must be on or after the date the local authority became aware`);
  if (start && end && end < start) set("period_end", "The end of the period the review covers must be on or after its start");
  return errors;
}
