import { useState } from "react";
import { api, unwrap } from "../../api/client";
import type { ContactKind, Practitioner, SupportStatus } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, DateInput, ErrorSummary, Radios, Select, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, emptyDate, useForm } from "../../forms/useForm";
import { AftercarePrompts } from "./AftercarePrompts";
import { loadAgencies, loadPractitionerSummary, loadPractitioners } from "./data";
import { todayIso } from "./dates";
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

/** A review's practitioners: counts per agency for everyone; names and contact details for the
 * review's managers and each agency's own member, who adds, withdraws and records contacts. */
export function PractitionersPage() {
  const { review } = useReview();
  const me = useMe();
  // Viewers hold no practitioners:read: counts only.
  const readsRows = me.role === "partnership_admin" || me.role === "lead_reviewer" || me.role === "member";
  const writes = me.role === "member";
  const [done, setDone] = useState<string | null>(null);
  const data = useLoad(async () => {
    const [summary, agencies, practitioners] = await Promise.all([loadPractitionerSummary(review.id), loadAgencies(), readsRows ? loadPractitioners(review.id) : Promise.resolve([])]);
    return { summary, agencyNames: new Map(agencies.map((a) => [a.id, a.name] as const)), practitioners };
  }, [review.id, readsRows]);

  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };

  return (
    <>
      {done ? <Banner success heading={done} /> : null}
      <PageHeading title={`${review.reference} – Practitioners`}>Practitioners</PageHeading>
      <p className="govuk-body">Each agency identifies the practitioners involved in the terms-of-reference period, keeps in contact with them, and offers support.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Practitioners by agency</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Agency</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Active</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Withdrawn</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {data.data.summary.agencies.length === 0 ? (
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={3}>
                    No practitioners have been identified yet.
                  </td>
                </tr>
              ) : (
                data.data.summary.agencies.map((a) => (
                  <tr className="govuk-table__row" key={a.agency_id}>
                    <th scope="row" className="govuk-table__header">
                      {data.data.agencyNames.get(a.agency_id) ?? "Another agency"}
                    </th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{a.active}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{a.withdrawn}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          {writes ? <AftercarePrompts reviewId={review.id} practitioners={data.data.practitioners} /> : null}
          {readsRows ? <PractitionerTable practitioners={data.data.practitioners} agencyNames={data.data.agencyNames} mine={writes} /> : null}
          {writes ? (
            <>
              <AddPractitioner reviewId={review.id} onSaved={saved} />
              {data.data.practitioners.some((p) => p.active) ? (
                <>
                  <AddContact reviewId={review.id} practitioners={data.data.practitioners.filter((p) => p.active)} onSaved={saved} />
                  <Withdraw reviewId={review.id} practitioners={data.data.practitioners.filter((p) => p.active)} onSaved={saved} />
                </>
              ) : null}
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function PractitionerTable({ practitioners, agencyNames, mine }: { practitioners: Practitioner[]; agencyNames: Map<string, string>; mine: boolean }) {
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
                {p.name}
                <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">{[p.job_title, p.team, mine ? null : agencyNames.get(p.agency_id)].filter(Boolean).join(", ")}</span>
              </th>
              <td className="govuk-table__cell">
                {p.work_email ? <span className="govuk-!-display-block app-break-word">{p.work_email}</span> : null}
                {p.phone ? <span className="govuk-!-display-block">{p.phone}</span> : null}
                <span className="govuk-body-s govuk-!-display-block">{p.consent_to_contact ? "Agreed to be contacted" : "Consent to contact not recorded"}</span>
              </td>
              <td className="govuk-table__cell">{p.support_status ? SUPPORT_STATUS[p.support_status] : "Not recorded"}</td>
              <td className="govuk-table__cell">
                {p.active ? (
                  <Tag colour="green">Active</Tag>
                ) : (
                  <>
                    <Tag colour="grey">Withdrawn</Tag>
                    <span className="govuk-body-s govuk-!-display-block">
                      <DateText iso={p.withdrawn_on} />
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AddPractitioner({ reviewId, onSaved }: { reviewId: string; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { name: "", job_title: "", team: "", work_email: "", phone: "", consent_to_contact: false, support_status: "" },
    {
      idPrefix: "add-",
      validate: (v) =>
        collect([
          ["name", check.required(v.name, "Enter the practitioner's name")],
          ["job_title", check.required(v.job_title, "Enter the practitioner's job title")],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const created = await unwrap(
      api.POST("/api/v1/reviews/{review_id}/practitioners", {
        params: { path: { review_id: reviewId } },
        body: {
          name: v.name.trim(),
          job_title: v.job_title.trim(),
          team: v.team.trim() || null,
          work_email: v.work_email.trim() || null,
          phone: v.phone.trim() || null,
          consent_to_contact: v.consent_to_contact,
          support_status: (v.support_status || null) as SupportStatus | null,
        },
      }),
    );
    form.setValues({ name: "", job_title: "", team: "", work_email: "", phone: "", consent_to_contact: false, support_status: "" });
    await onSaved(`${created.name} added.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Add a practitioner">
      <h2 className="govuk-heading-m">Add a practitioner</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <TextInput {...form.field("name")} label="Name" autoComplete="off" width="two-thirds" />
      <TextInput {...form.field("job_title")} label="Job title" width="two-thirds" />
      <TextInput {...form.field("team")} label="Team (optional)" width="two-thirds" />
      <TextInput {...form.field("work_email")} label="Work email (optional)" type="email" autoComplete="off" spellCheck={false} width="two-thirds" />
      <TextInput {...form.field("phone")} label="Work phone (optional)" type="tel" autoComplete="off" width="20" />
      <Checkbox {...form.field("consent_to_contact")} label="The practitioner agreed to be contacted about the review" />
      <Select {...form.field("support_status")} label="Support (optional)" options={[{ value: "", text: "Not recorded" }, ...Object.entries(SUPPORT_STATUS).map(([value, text]) => ({ value, text }))]} />
      <Button secondary>Add practitioner</Button>
    </form>
  );
}

function AddContact({ reviewId, practitioners, onSaved }: { reviewId: string; practitioners: Practitioner[]; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { practitioner: practitioners[0]?.id ?? "", kind: "", contacted_on: emptyDate(), note: "" },
    {
      idPrefix: "contact-",
      dateFields: ["contacted_on"],
      validate: (v) => {
        const on = datePartsToIso(v.contacted_on);
        return collect([
          ["kind", check.required(v.kind, "Select the kind of contact")],
          ["contacted_on", on === "" ? "Enter the date of the contact" : on === null ? "The date of the contact must be a real date" : on > todayIso() ? "The date of the contact must be today or in the past" : undefined],
        ]);
      },
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/contacts", {
        params: { path: { review_id: reviewId, practitioner_id: v.practitioner } },
        body: { kind: v.kind as ContactKind, contacted_on: datePartsToIso(v.contacted_on)!, note: v.note.trim() || null },
      }),
    );
    const who = practitioners.find((p) => p.id === v.practitioner)?.name ?? "the practitioner";
    form.setValues({ kind: "", contacted_on: emptyDate(), note: "" });
    await onSaved(`Contact with ${who} recorded.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Record a contact">
      <h2 className="govuk-heading-m">Record a contact</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Select {...form.field("practitioner")} label="Practitioner" options={practitioners.map((p) => ({ value: p.id, text: p.name }))} />
      <Radios {...form.field("kind")} legend="Kind of contact" legendSize="s" small options={Object.entries(CONTACT_KIND).map(([value, text]) => ({ value, text }))} />
      <DateInput {...form.field("contacted_on")} legend="Date of the contact" legendSize="s" hint="For example, 27 3 2026" />
      <Textarea {...form.field("note")} label="Note (optional)" labelClassName="govuk-label--s" hint="Entries are never changed: to correct one, record another" rows={3} />
      <Button secondary>Record contact</Button>
    </form>
  );
}

function Withdraw({ reviewId, practitioners, onSaved }: { reviewId: string; practitioners: Practitioner[]; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { practitioner: practitioners[0]?.id ?? "", reason: "" },
    {
      idPrefix: "withdraw-",
      validate: (v) => collect([["reason", check.required(v.reason, "Say why the practitioner is withdrawn") ?? (v.reason.trim().length < 3 ? "The reason must be 3 characters or more" : undefined)]]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const withdrawn = await unwrap(
      api.POST("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/withdraw", {
        params: { path: { review_id: reviewId, practitioner_id: v.practitioner } },
        body: { reason: v.reason.trim() },
      }),
    );
    form.setValues({ reason: "" });
    await onSaved(`${withdrawn.name} withdrawn. Their record and contacts are kept.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Withdraw a practitioner">
      <h2 className="govuk-heading-m">Withdraw a practitioner</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Select {...form.field("practitioner")} label="Practitioner" options={practitioners.map((p) => ({ value: p.id, text: p.name }))} />
      <Textarea {...form.field("reason")} label="Why" labelClassName="govuk-label--s" hint="For example, added in error" rows={2} />
      <Button secondary>Withdraw</Button>
    </form>
  );
}
