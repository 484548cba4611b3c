import type { Practitioner } from "../../api/types";
import { api, unwrap } from "../../api/client";
import { useLoad } from "../../api/useLoad";
import { formatDate } from "../../components/ui";
import { loadAttendance, loadMeetings } from "./data";
import { MEETING_KIND } from "./Meetings";

export interface AftercareDue {
  practitionerId: string;
  name: string;
  meeting: string;
  on: string;
}

/** The day a meeting was held on, in England (as the API counts it). */
export function londonDay(iso: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(iso));
}

/** Which attended, held meetings still lack an aftercare contact on or after their day. */
export function aftercareDue(attended: { practitionerId: string; meeting: string; on: string }[], aftercare: Map<string, string[]>, names: Map<string, string>): AftercareDue[] {
  return attended
    .filter((a) => !(aftercare.get(a.practitionerId) ?? []).some((d) => d >= a.on))
    .map((a) => ({ ...a, name: names.get(a.practitionerId) ?? "A practitioner" }));
}

/** Prompts for aftercare owed to the caller's practitioners after the events they attended. */
export function AftercarePrompts({ reviewId, practitioners }: { reviewId: string; practitioners: Practitioner[] }) {
  const active = practitioners.filter((p) => p.active);
  const key = active.map((p) => p.id).join(",");
  const due = useLoad(async () => {
    if (!active.length) return [];
    const held = await loadMeetings(reviewId, { status: "held" });
    const mine = new Set(active.map((p) => p.id));
    const attended: { practitionerId: string; meeting: string; on: string }[] = [];
    for (const m of held) {
      const table = await loadAttendance(reviewId, m.id);
      for (const row of table.practitioners) {
        if (row.status === "attended" && mine.has(row.practitioner_id)) attended.push({ practitionerId: row.practitioner_id, meeting: MEETING_KIND[m.kind].toLowerCase(), on: londonDay(m.held_at) });
      }
    }
    const aftercare = new Map<string, string[]>();
    for (const id of new Set(attended.map((a) => a.practitionerId))) {
      const page = await unwrap(api.GET("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/contacts", { params: { path: { review_id: reviewId, practitioner_id: id }, query: { limit: 200 } } }));
      aftercare.set(
        id,
        page.items.filter((c) => c.kind === "aftercare").map((c) => c.contacted_on),
      );
    }
    return aftercareDue(attended, aftercare, new Map(active.map((p) => [p.id, p.name] as const)));
  }, [reviewId, key]);
  if (due.status !== "ok" || due.data.length === 0) return null;
  return (
    <div className="govuk-inset-text" aria-label="Aftercare due">
      <h2 className="govuk-heading-s">Aftercare due</h2>
      <ul className="govuk-list">
        {due.data.map((d) => (
          <li key={`${d.practitionerId}-${d.on}`}>
            {d.name}: Aftercare due after {d.meeting} on {formatDate(d.on)}
          </li>
        ))}
      </ul>
    </div>
  );
}
