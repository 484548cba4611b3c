import { Link, useLocation } from "react-router";
import { api, unwrap } from "../../api/client";
import type { ContactKind, Practitioner, SupportStatus, Team } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, DateTimeText, Tag } from "../../components/ui";
import { collect } from "../../forms/errors";
import { Button, Checkbox, ErrorSummary } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { AftercarePrompts } from "./AftercarePrompts";
import { loadAgencies, loadPractitionerSummary, loadPractitioners, loadTeam } from "./data";
import { useReview } from "./ReviewLayout";

export const SUPPORT_STATUS: Record<SupportStatus, string> = {
  offered: "Offered",
  accepted: "Accepted",
  declined: "Declined",
  not_needed: "Not needed",
};

export const CONTACT_KIND: Record<ContactKind, string> = {
  introduction: "Introduction",
  update: "Update",
  pre_event_briefing: "Briefing before an event",
  aftercare: "Aftercare after an event",
  other: "Other",
};

/** Who reads practitioners' names and contact details (viewers hold no practitioners:read). */
export function readsPractitioners(role: string): boolean {
  return role === "partnership_admin" || role === "lead_reviewer" || role === "member";
}

/** The seat a member declares for: their own, or (a deputy) their agency's member's. */
export function ownSeat(team: Team, me: { id: string; agency?: { id: string } | null }) {
  return team.members.find((m) => m.user_id === me.id && !m.deputy) ?? team.members.find((m) => m.agency_id === me.agency?.id && !m.deputy) ?? null;
}

/** A review's practitioners: counts per agency for everyone; names and contact details for the
 * review's managers (every agency's) and each agency's own member (their agency's), who adds,
 * changes and withdraws them and keeps their contact log (on each practitioner's page). */
export function PractitionersPage() {
  const { review } = useReview();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved ?? null;
  const readsRows = readsPractitioners(me.role);
  const writes = me.role === "member";
  const data = useLoad(async () => {
    const [summary, agencies, practitioners, team] = await Promise.all([
      loadPractitionerSummary(review.id),
      loadAgencies(),
      readsRows ? loadPractitioners(review.id) : Promise.resolve([]),
      writes ? loadTeam(review.id) : Promise.resolve(null),
    ]);
    return { summary, agencyNames: new Map(agencies.map((a) => [a.id, a.name] as const)), practitioners, seat: team ? ownSeat(team, me) : null };
  }, [review.id, readsRows, writes]);

  return (
    <>
      {saved ? <Banner success heading={saved} /> : null}
      <PageHeading title={`${review.reference} – Practitioners`}>Practitioners</PageHeading>
      <p className="govuk-body">Each agency identifies the practitioners involved in the terms-of-reference period, keeps in contact with them, and offers support.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          {/* Section: counts by agency (everyone who reaches the review). */}
          <CountsTable summary={data.data.summary} agencyNames={data.data.agencyNames} />
          {!readsRows ? <p className="govuk-body">Names and contact details are shown only to the review's lead reviewer, the partnership's administrators and each agency's own review team member.</p> : null}

          {/* Section: aftercare owed after events the agency's practitioners attended. */}
          {writes ? <AftercarePrompts reviewId={review.id} practitioners={data.data.practitioners} /> : null}

          {/* Section: the practitioners the caller may see in full. */}
          {readsRows ? <PractitionerTable reviewId={review.id} practitioners={data.data.practitioners} agencyNames={data.data.agencyNames} mine={writes} /> : null}

          {/* Section: what the agency's member does here. */}
          {writes && data.data.seat ? (
            <>
              <p className="govuk-body">
                <Link className="govuk-button govuk-button--secondary" role="button" draggable={false} to={`/reviews/${review.id}/practitioners/new`}>
                  Add a practitioner
                </Link>
              </p>
              {data.data.practitioners.some((p) => p.active) ? null : <NoPractitionersDeclaration reviewId={review.id} memberId={data.data.seat.member_id} onSaved={data.reload} />}
            </>
          ) : null}
          {writes && !data.data.seat ? <p className="govuk-body">You do not sit on this review's team, so you cannot add practitioners to it.</p> : null}
        </>
      ) : null}
    </>
  );
}

function CountsTable({ summary, agencyNames }: { summary: { agencies: { agency_id: string; active: number; withdrawn: number }[] }; agencyNames: Map<string, string> }) {
  return (
    <div className="app-matrix" role="region" aria-label="Practitioners by agency, counts" tabIndex={0}>
      <table className="govuk-table govuk-table--small-text-until-tablet">
        <caption className="govuk-table__caption govuk-table__caption--m">Practitioners by agency</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Agency</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Active</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Withdrawn</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {summary.agencies.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={3}>
                No practitioners have been identified yet.
              </td>
            </tr>
          ) : (
            summary.agencies.map((a) => (
              <tr className="govuk-table__row" key={a.agency_id}>
                <th scope="row" className="govuk-table__header">
                  {agencyNames.get(a.agency_id) ?? "Another agency"}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{a.active}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{a.withdrawn}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export function PractitionerStatusTag({ practitioner }: { practitioner: Practitioner }) {
  return practitioner.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Withdrawn</Tag>;
}

function PractitionerTable({ reviewId, practitioners, agencyNames, mine }: { reviewId: string; practitioners: Practitioner[]; agencyNames: Map<string, string>; mine: boolean }) {
  if (practitioners.length === 0) return <p className="govuk-body">{mine ? "Your agency has not added any practitioners to this review." : "No practitioners to show."}</p>;
  return (
    <div className="app-matrix" role="region" aria-label="Practitioners and their contact details" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{mine ? "Your agency's practitioners" : "Practitioners"}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Practitioner</th>
            <th scope="col" className="govuk-table__header">Contact</th>
            <th scope="col" className="govuk-table__header">Support</th>
            <th scope="col" className="govuk-table__header">Status</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {practitioners.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/reviews/${reviewId}/practitioners/${p.id}`}>
                  {p.name}
                </Link>
                <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">{[p.job_title, p.team, mine ? null : agencyNames.get(p.agency_id)].filter(Boolean).join(", ")}</span>
              </th>
              <td className="govuk-table__cell">
                {p.work_email ? <span className="govuk-!-display-block app-break-word">{p.work_email}</span> : null}
                {p.phone ? <span className="govuk-!-display-block">{p.phone}</span> : null}
                <span className="govuk-body-s govuk-!-display-block">{p.consent_to_contact ? "Agreed to be contacted" : "Consent to contact not recorded"}</span>
              </td>
              <td className="govuk-table__cell">{p.support_status ? SUPPORT_STATUS[p.support_status] : "Not recorded"}</td>
              <td className="govuk-table__cell">
                <PractitionerStatusTag practitioner={p} />
                {p.active ? null : (
                  <span className="govuk-body-s govuk-!-display-block">
                    <DateText iso={p.withdrawn_on} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The other way to complete the identify duty: the agency declares none were involved. */
function NoPractitionersDeclaration({ reviewId, memberId, onSaved }: { reviewId: string; memberId: string; onSaved(): Promise<void> }) {
  const declared = useLoad(async () => {
    const page = await unwrap(api.GET("/api/v1/reviews/{review_id}/members/{member_id}/declarations", { params: { path: { review_id: reviewId, member_id: memberId }, query: { limit: 200 } } }));
    return page.items.filter((d) => d.kind === "no_practitioners").at(-1) ?? null;
  }, [reviewId, memberId]);
  const form = useForm(
    { ack: false },
    { idPrefix: "none-", validate: (v) => collect([["ack", v.ack ? undefined : "Confirm that no practitioners of your agency were involved"]]) },
  );
  const onSubmit = form.handleSubmit(async () => {
    await unwrap(api.POST("/api/v1/reviews/{review_id}/members/{member_id}/declarations", { params: { path: { review_id: reviewId, member_id: memberId } }, body: { kind: "no_practitioners" } }));
    form.setValues({ ack: false });
    await declared.reload();
    await onSaved();
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="no-practitioners">
      <h2 className="govuk-heading-m" id="no-practitioners">
        No practitioners involved
      </h2>
      {declared.status === "ok" && declared.data ? (
        <p className="govuk-body">
          Your agency declared that no practitioners were involved on <DateTimeText iso={declared.data.declared_at} />. Adding a practitioner later replaces this declaration.
        </p>
      ) : (
        <p className="govuk-body">If none of your agency's practitioners were involved in the terms-of-reference period, declare it here instead of adding practitioners.</p>
      )}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Checkbox {...form.field("ack")} label="No practitioners of my agency were involved with the child or family in the terms-of-reference period" />
      <Button secondary>{declared.status === "ok" && declared.data ? "Declare again" : "Declare no practitioners involved"}</Button>
    </form>
  );
}
