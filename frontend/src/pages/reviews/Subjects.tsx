import { useState } from "react";
import { api, asProblem, unwrap } from "../../api/client";
import type { Problem } from "../../api/problem";
import type { Subject, SubjectRole } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, DateInput, ErrorSummary, Radios, Select, TextInput } from "../../forms/fields";
import { datePartsToIso, emptyDate, isoToDateParts, useForm } from "../../forms/useForm";
import { loadAgencies, loadAlerts, loadSubjects, loadTeam } from "./data";
import { todayIso } from "./dates";
import { SUBJECT_ROLE } from "./labels";
import { canManage } from "./ReviewOverview";
import { useReview } from "./ReviewLayout";

export { todayIso };

export function SubjectsPage() {
  const { review } = useReview();
  const me = useMe();
  const isAdmin = me.role === "partnership_admin";
  const manage = canManage(review, me);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const data = useLoad(async () => {
    const [subjects, alerts, team, agencies] = await Promise.all([loadSubjects(review.id), loadAlerts(review.id), loadTeam(review.id), loadAgencies()]);
    // Columns: the agencies sitting on the review (with their members), then any other agency that confirmed.
    const columns = new Map<string, string>();
    for (const m of team.members) if (!m.deputy) columns.set(m.agency_id, m.agency_name);
    for (const a of alerts) if (!columns.has(a.agency_id)) columns.set(a.agency_id, agencies.find((x) => x.id === a.agency_id)?.name ?? "Another agency");
    const agencyNames = new Map(agencies.map((a) => [a.id, a.name] as const));
    return { subjects, alerts, columns: [...columns.entries()].map(([id, name]) => ({ id, name })), agencyNames };
  }, [review.id]);

  const canConfirmFor = (agencyId: string) => isAdmin || (me.role === "member" && me.agency?.id === agencyId);

  const confirm = async (subject: Subject, agencyId: string, agencyName: string, on: string) => {
    setProblem(null);
    setDone(null);
    try {
      await unwrap(api.POST("/api/v1/reviews/{review_id}/alerts", { params: { path: { review_id: review.id } }, body: { subject_id: subject.id, confirmed_on: on, ...(isAdmin ? { agency_id: agencyId } : {}) } }));
      setDone(`Alert on ${agencyName}'s record for ${subject.pseudonym} confirmed.`);
      await data.reload();
    } catch (e) {
      setProblem(asProblem(e));
    }
  };

  return (
    <>
      {done ? <Banner success heading={done} /> : null}
      {problem ? <ProblemBanner problem={problem} /> : null}
      <PageHeading title={`${review.reference} – Subjects and alerts`}>Subjects and alerts</PageHeading>
      <p className="govuk-body">Each agency confirms that a “subject to a Rapid Review” alert is on its record for the child, siblings, parents and carers.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        data.data.subjects.length === 0 ? (
          <p className="govuk-body">No subjects have been recorded yet.</p>
        ) : data.data.columns.length === 0 ? (
          <p className="govuk-body">No agency sits on this review yet, so there are no alerts to confirm.</p>
        ) : (
          <div className="app-matrix" role="region" aria-label="Alert confirmations by subject and agency" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Alert confirmations</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Subject</th>
                  {data.data.columns.map((c) => (
                    <th scope="col" className="govuk-table__header" key={c.id}>
                      {c.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.data.subjects.map((s) => (
                  <tr className="govuk-table__row" key={s.id}>
                    <th scope="row" className="govuk-table__header">
                      {s.pseudonym}
                      <br />
                      <span className="govuk-body-s govuk-!-font-weight-regular">{SUBJECT_ROLE[s.role] ?? s.role}</span>
                      {s.identifying ? (
                        <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">
                          {s.identifying.names}
                          {s.identifying.date_of_birth ? (
                            <>
                              , born <DateText iso={s.identifying.date_of_birth} />
                            </>
                          ) : null}
                        </span>
                      ) : null}
                      {s.record_references.length ? (
                        <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">
                          {s.record_references.map((r) => `${data.data.agencyNames.get(r.agency_id) ?? "Agency"}: ${r.reference}`).join("; ")}
                        </span>
                      ) : null}
                    </th>
                    {data.data.columns.map((c) => {
                      const alert = data.data.alerts.find((a) => a.subject_id === s.id && a.agency_id === c.id);
                      return (
                        <td className="govuk-table__cell" key={c.id}>
                          {alert ? (
                            <>
                              <Tag colour="green">Confirmed</Tag>
                              <br />
                              <span className="govuk-body-s">
                                <DateText iso={alert.confirmed_on} />
                              </span>
                            </>
                          ) : (
                            <>
                              <Tag colour="grey">Not confirmed</Tag>
                              {canConfirmFor(c.id) ? (
                                <>
                                  <br />
                                  <button type="button" className="app-link-button govuk-link govuk-body-s" onClick={() => void confirm(s, c.id, c.name, todayIso())}>
                                    Confirm added today<span className="govuk-visually-hidden"> for {s.pseudonym}, {c.name}</span>
                                  </button>
                                </>
                              ) : null}
                            </>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
      {data.status === "ok" && data.data.subjects.length > 0 && (isAdmin || me.role === "member") ? (
        <ConfirmEarlier
          subjects={data.data.subjects}
          agencies={isAdmin ? data.data.columns : data.data.columns.filter((c) => canConfirmFor(c.id))}
          isAdmin={isAdmin}
          onConfirm={async (subjectId, agencyId, on) => {
            const subject = data.data.subjects.find((s) => s.id === subjectId)!;
            const agency = data.data.columns.find((c) => c.id === agencyId);
            await unwrap(api.POST("/api/v1/reviews/{review_id}/alerts", { params: { path: { review_id: review.id } }, body: { subject_id: subjectId, confirmed_on: on, ...(isAdmin ? { agency_id: agencyId } : {}) } }));
            setDone(`Alert on ${agency?.name ?? "your agency"}'s record for ${subject.pseudonym} confirmed.`);
            await data.reload();
          }}
        />
      ) : null}
      {manage ? (
        <AddSubject
          reviewId={review.id}
          onDone={async (m) => {
            setDone(m);
            await data.reload();
          }}
        />
      ) : null}
    </>
  );
}

function ConfirmEarlier({ subjects, agencies, isAdmin, onConfirm }: { subjects: Subject[]; agencies: { id: string; name: string }[]; isAdmin: boolean; onConfirm(subjectId: string, agencyId: string, on: string): Promise<void> }) {
  const form = useForm(
    { subject_id: "", agency_id: agencies.length === 1 ? agencies[0]!.id : "", confirmed_on: isoToDateParts(todayIso()) },
    {
      idPrefix: "confirm",
      dateFields: ["confirmed_on"],
      validate: (v) => {
        const on = datePartsToIso(v.confirmed_on);
        return collect([
          ["subject_id", check.required(v.subject_id, "Select the subject")],
          ["agency_id", check.required(v.agency_id, "Select the agency")],
          ["confirmed_on", !on ? "Enter the date the alert was added, as a real date" : on > todayIso() ? "The date the alert was added must be today or in the past" : undefined],
        ]);
      },
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    await onConfirm(v.subject_id, v.agency_id, datePartsToIso(v.confirmed_on)!);
    form.setValues({ subject_id: "" });
  });
  if (agencies.length === 0) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Confirm an alert added on an earlier date</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <Select {...form.field("subject_id")} label="Subject" options={[{ value: "", text: "Select a subject" }, ...subjects.map((s) => ({ value: s.id, text: `${s.pseudonym} (${SUBJECT_ROLE[s.role] ?? s.role})` }))]} />
          {isAdmin || agencies.length > 1 ? <Select {...form.field("agency_id")} label="Agency" options={[{ value: "", text: "Select an agency" }, ...agencies.map((a) => ({ value: a.id, text: a.name }))]} /> : null}
          <DateInput {...form.field("confirmed_on")} legend="Date the alert was added to the record" />
          <Button secondary>Confirm alert</Button>
        </form>
      </div>
    </details>
  );
}

function AddSubject({ reviewId, onDone }: { reviewId: string; onDone(message: string): Promise<void> }) {
  const form = useForm(
    { role: "", pseudonym: "", names: "", date_of_birth: emptyDate() },
    {
      idPrefix: "subject",
      dateFields: ["date_of_birth"],
      validate: (v) =>
        collect([
          ["role", check.required(v.role, "Select the person's role in the case")],
          ["pseudonym", check.required(v.pseudonym, "Enter a pseudonym, for example Mother")],
          ["date_of_birth", datePartsToIso(v.date_of_birth) === null ? "The date of birth must be a real date" : undefined],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const created = await unwrap(
      api.POST("/api/v1/reviews/{review_id}/subjects", {
        params: { path: { review_id: reviewId } },
        body: { role: v.role as SubjectRole, pseudonym: v.pseudonym.trim(), names: v.names.trim() || null, date_of_birth: datePartsToIso(v.date_of_birth) || null },
      }),
    );
    form.setValues({ role: "", pseudonym: "", names: "", date_of_birth: emptyDate() });
    await onDone(`${created.pseudonym} added. Each agency on the review now needs to confirm the alert on its record.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} className="govuk-!-width-two-thirds govuk-!-margin-top-6">
      <h2 className="govuk-heading-m">Add a subject</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios {...form.field("role")} legend="Role in the case" legendSize="s" small inline options={Object.entries(SUBJECT_ROLE).map(([value, text]) => ({ value, text }))} />
      <TextInput {...form.field("pseudonym")} label="Pseudonym" hint="How the review refers to them, for example Child A or Mother" width="20" autoComplete="off" />
      <TextInput {...form.field("names")} label="Names (optional)" hint="Identifying: encrypted, and shown only to those entitled to see it" autoComplete="off" />
      <DateInput {...form.field("date_of_birth")} legend="Date of birth (optional)" />
      <Button secondary>Add subject</Button>
    </form>
  );
}
