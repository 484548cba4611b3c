import { useNavigate, useParams } from "react-router";
import { api, ifMatch, unwrap } from "../../api/client";
import type { Decision, Review } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink } from "../../components/ui";
import { check, collect, type FieldErrors } from "../../forms/errors";
import { Button, DateInput, ErrorSummary, Radios, Select, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, isoToDateParts, useForm, type DateParts } from "../../forms/useForm";
import { loadReview, loadUsersByRole } from "./data";
import { reviewDateErrors } from "./dates";
import { canManage } from "./ReviewOverview";

const DATE_FIELDS = [
  "incident_on",
  "became_aware_on",
  "sin_sent_on",
  "rapid_review_meeting_on",
  "rapid_review_sent_on",
  "decision_on",
  "care_leaver_notified_on",
  "final_report_sent_on",
  "planned_publication_on",
  "published_on",
  "period_start",
  "period_end",
] as const;
type DateField = (typeof DATE_FIELDS)[number];

type Values = Record<DateField, DateParts> & {
  child_pseudonym: string;
  sin_reference: string;
  lead_reviewer_id: string;
  decision: string;
  key_lines_of_enquiry: string;
  methodology: string;
  not_published_reasons: string;
  improvements_published: string;
};

const FIELD_ORDER = [
  "child_pseudonym",
  "sin_reference",
  "lead_reviewer_id",
  "incident_on",
  "became_aware_on",
  "sin_sent_on",
  "rapid_review_meeting_on",
  "rapid_review_sent_on",
  "decision",
  "decision_on",
  "care_leaver_notified_on",
  "period_start",
  "period_end",
  "key_lines_of_enquiry",
  "methodology",
  "final_report_sent_on",
  "planned_publication_on",
  "published_on",
  "not_published_reasons",
  "improvements_published",
];

function initialValues(r: Review): Values {
  const tor = r.terms_of_reference;
  return {
    child_pseudonym: r.child_pseudonym,
    sin_reference: r.sin_reference ?? "",
    lead_reviewer_id: r.lead_reviewer_id ?? "",
    decision: r.decision ?? "",
    key_lines_of_enquiry: tor.key_lines_of_enquiry.join("\n"),
    methodology: tor.methodology ?? "",
    not_published_reasons: r.not_published_reasons ?? "",
    improvements_published: r.improvements_published ?? "",
    incident_on: isoToDateParts(r.incident_on),
    became_aware_on: isoToDateParts(r.became_aware_on),
    sin_sent_on: isoToDateParts(r.sin_sent_on),
    rapid_review_meeting_on: isoToDateParts(r.rapid_review_meeting_on),
    rapid_review_sent_on: isoToDateParts(r.rapid_review_sent_on),
    decision_on: isoToDateParts(r.decision_on),
    care_leaver_notified_on: isoToDateParts(r.care_leaver_notified_on),
    final_report_sent_on: isoToDateParts(r.final_report_sent_on),
    planned_publication_on: isoToDateParts(r.planned_publication_on),
    published_on: isoToDateParts(r.published_on),
    period_start: isoToDateParts(tor.period_start),
    period_end: isoToDateParts(tor.period_end),
  };
}

export function EditReviewPage() {
  const { id = "" } = useParams();
  const loaded = useLoad(() => loadReview(id), [id]);
  const me = useMe();
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <ProblemPage problem={loaded.problem} />;
  if (!canManage(loaded.data.review, me)) return <NoAccess />;
  return <EditReviewForm review={loaded.data.review} etag={loaded.data.etag} isAdmin={me.role === "partnership_admin"} />;
}

/** Only what changed is sent (PATCH), with If-Match from the read. */
export function diffReview(before: Values, v: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const text = (k: keyof Values, nullable = true) => {
    const now = (v[k] as string).trim();
    if (now !== (before[k] as string).trim()) body[k] = now === "" && nullable ? null : now;
  };
  text("child_pseudonym", false);
  text("sin_reference");
  text("not_published_reasons");
  text("improvements_published");
  if (v.lead_reviewer_id !== before.lead_reviewer_id) body.lead_reviewer_id = v.lead_reviewer_id || null;
  if (v.decision !== before.decision) body.decision = (v.decision || null) as Decision | null;
  for (const f of DATE_FIELDS) {
    if (f === "period_start" || f === "period_end") continue;
    const now = datePartsToIso(v[f]);
    if (now !== datePartsToIso(before[f])) body[f] = now || null;
  }
  const tor: Record<string, unknown> = {};
  for (const f of ["period_start", "period_end"] as const) {
    const now = datePartsToIso(v[f]);
    if (now !== datePartsToIso(before[f])) tor[f] = now || null;
  }
  const lines = (s: string) => s.split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines(v.key_lines_of_enquiry).join("\n") !== lines(before.key_lines_of_enquiry).join("\n")) tor.key_lines_of_enquiry = lines(v.key_lines_of_enquiry);
  if (v.methodology.trim() !== before.methodology.trim()) tor.methodology = v.methodology.trim() || null;
  if (Object.keys(tor).length) body.terms_of_reference = tor;
  return body;
}

function EditReviewForm({ review, etag, isAdmin }: { review: Review; etag: string | null; isAdmin: boolean }) {
  const navigate = useNavigate();
  const before = initialValues(review);
  const leads = useLoad(async () => (isAdmin ? loadUsersByRole("lead_reviewer") : []), [isAdmin]);
  const form = useForm<Values>(before, {
    fields: FIELD_ORDER,
    dateFields: [...DATE_FIELDS],
    aliases: { "terms_of_reference.period_start": "period_start", "terms_of_reference.period_end": "period_end", "terms_of_reference.key_lines_of_enquiry": "key_lines_of_enquiry", "terms_of_reference.methodology": "methodology" },
    validate: (v) => {
      const errors: FieldErrors = collect([
        ["child_pseudonym", check.required(v.child_pseudonym, "Enter the child's pseudonym, for example Child A")],
        ["incident_on", datePartsToIso(v.incident_on) ? undefined : "Enter the date of the incident as a real date"],
        ["became_aware_on", datePartsToIso(v.became_aware_on) ? undefined : "Enter the date the local authority became aware as a real date"],
      ]);
      for (const f of DATE_FIELDS) if (!errors[f] && datePartsToIso(v[f]) === null) errors[f] = "Enter a real date, for example 27 3 2026";
      const iso = Object.fromEntries(DATE_FIELDS.map((f) => [f, datePartsToIso(v[f])]));
      return { ...errors, ...reviewDateErrors(iso, errors) };
    },
  });
  const careLeaver = review.incident_kind === "care_leaver_death";

  const onSubmit = form.handleSubmit(async (v) => {
    const body = diffReview(before, v);
    if (Object.keys(body).length > 0) {
      await unwrap(api.PATCH("/api/v1/reviews/{review_id}", { params: { path: { review_id: review.id }, header: ifMatch(etag) }, body: body as never }));
    }
    navigate(`/reviews/${review.id}`, { state: { saved: Object.keys(body).length ? "The review's details were saved." : "Nothing was changed." } });
  });

  const leadOptions = [
    { value: "", text: "Not appointed" },
    ...(leads.status === "ok" ? leads.data.map((u) => ({ value: u.id, text: u.name })) : review.lead_reviewer_id ? [{ value: review.lead_reviewer_id, text: "Current lead reviewer" }] : []),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/reviews/${review.id}`}>Back to the review</BackLink>
        <ErrorSummary items={form.summary} attempt={form.attempt} />
        <PageHeading caption={`${review.reference} · ${review.child_pseudonym}`} title={`Change ${review.reference}`} hasError={form.hasErrors}>
          Change the review's details
        </PageHeading>
        <form noValidate onSubmit={onSubmit}>
          <h2 className="govuk-heading-m">The notification</h2>
          <TextInput {...form.field("child_pseudonym")} label="Child's pseudonym" hint="Never the child's real name" width="20" />
          <TextInput {...form.field("sin_reference")} label="Serious incident notification reference (optional)" width="20" />
          {isAdmin ? <Select {...form.field("lead_reviewer_id")} label="Lead reviewer" options={leadOptions} /> : null}
          <DateInput {...form.field("incident_on")} legend="Date of the incident" />
          <DateInput {...form.field("became_aware_on")} legend="Date the local authority became aware" />
          <DateInput {...form.field("sin_sent_on")} legend="Date the notification was sent to the Panel" />
          {careLeaver ? (
            <DateInput {...form.field("care_leaver_notified_on")} legend="Date the Secretary of State and Ofsted were notified" />
          ) : (
            <>
              <h2 className="govuk-heading-m">Rapid Review and decision</h2>
              <DateInput {...form.field("rapid_review_meeting_on")} legend="Date of the Rapid Review meeting" />
              <DateInput {...form.field("rapid_review_sent_on")} legend="Date the Rapid Review was sent to the Panel" />
              <Radios
                {...form.field("decision")}
                legend="Decision"
                legendSize="s"
                small
                options={[
                  { value: "", text: "Not decided yet" },
                  { value: "lcspr", text: "Hold a local child safeguarding practice review" },
                  { value: "no_review", text: "No review" },
                  { value: "national_review", text: "Refer for a national review" },
                ]}
              />
              <DateInput {...form.field("decision_on")} legend="Date of the decision" />

              <h2 className="govuk-heading-m">Terms of reference</h2>
              <DateInput {...form.field("period_start")} legend="Period under review starts" />
              <DateInput {...form.field("period_end")} legend="Period under review ends" />
              <Textarea {...form.field("key_lines_of_enquiry")} label="Key lines of enquiry" hint="One per line" rows={5} />
              <Textarea {...form.field("methodology")} label="Methodology" rows={4} />

              <h2 className="govuk-heading-m">Report and publication</h2>
              <DateInput {...form.field("final_report_sent_on")} legend="Date the final report was sent to the Panel and the Secretary of State" />
              <DateInput {...form.field("planned_publication_on")} legend="Planned publication date" />
              <DateInput {...form.field("published_on")} legend="Date published" />
              <Textarea {...form.field("not_published_reasons")} label="If it will not be published: the reasons" rows={3} />
              <Textarea {...form.field("improvements_published")} label="If it will not be published: the improvements published instead" rows={3} />
            </>
          )}
          <Button>Save changes</Button>
        </form>
      </div>
    </div>
  );
}
