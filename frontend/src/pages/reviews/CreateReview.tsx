import { useNavigate } from "react-router";
import { api, unwrap } from "../../api/client";
import type { IncidentKind } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { PageHeading } from "../../components/Page";
import { BackLink } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, DateInput, ErrorSummary, Radios, Select, TextInput } from "../../forms/fields";
import { datePartsToIso, emptyDate, useForm } from "../../forms/useForm";
import { loadUsersByRole } from "./data";
import { reviewDateErrors } from "./dates";
import { INCIDENT_KIND, INCIDENT_KIND_HINT } from "./labels";

/** Create a review from a serious incident notification (administrators). */
export function CreateReviewPage() {
  const navigate = useNavigate();
  const leads = useLoad(() => loadUsersByRole("lead_reviewer"), []);
  const form = useForm(
    { incident_kind: "", child_pseudonym: "", incident_on: emptyDate(), became_aware_on: emptyDate(), sin_reference: "", sin_sent_on: emptyDate(), lead_reviewer_id: "" },
    {
      fields: ["incident_kind", "child_pseudonym", "incident_on", "became_aware_on", "sin_reference", "sin_sent_on", "lead_reviewer_id"],
      dateFields: ["incident_on", "became_aware_on", "sin_sent_on"],
      validate: (v) => {
        const incident = datePartsToIso(v.incident_on);
        const aware = datePartsToIso(v.became_aware_on);
        const sent = datePartsToIso(v.sin_sent_on);
        const errors = collect([
          ["incident_kind", check.required(v.incident_kind, "Select what happened")],
          ["child_pseudonym", check.required(v.child_pseudonym, "Enter the child's pseudonym, for example Child A")],
          ["incident_on", incident === "" ? "Enter the date of the incident" : incident === null ? "The date of the incident must be a real date" : undefined],
          ["became_aware_on", aware === "" ? "Enter the date the local authority became aware" : aware === null ? "The date the local authority became aware must be a real date" : undefined],
          ["sin_sent_on", sent === null ? "The date the notification was sent must be a real date" : undefined],
        ]);
        return { ...errors, ...reviewDateErrors({ incident_on: incident, became_aware_on: aware, sin_sent_on: sent }, errors) };
      },
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const review = await unwrap(
      api.POST("/api/v1/reviews", {
        body: {
          incident_kind: v.incident_kind as IncidentKind,
          child_pseudonym: v.child_pseudonym.trim(),
          incident_on: datePartsToIso(v.incident_on)!,
          became_aware_on: datePartsToIso(v.became_aware_on)!,
          sin_reference: v.sin_reference.trim() || null,
          sin_sent_on: datePartsToIso(v.sin_sent_on) || null,
          lead_reviewer_id: v.lead_reviewer_id || null,
        },
      }),
    );
    navigate(`/reviews/${review.id}`, { state: { saved: `Review ${review.reference} created. Its statutory deadlines are below.` } });
  });
  const leadOptions = [{ value: "", text: "Not appointed yet" }, ...(leads.status === "ok" ? leads.data.map((u) => ({ value: u.id, text: u.name })) : [])];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/reviews">Reviews</BackLink>
        <ErrorSummary items={form.summary} attempt={form.attempt} />
        <PageHeading caption="Serious incident notification" hasError={form.hasErrors}>
          Create a review
        </PageHeading>
        <form noValidate onSubmit={onSubmit}>
          <Radios
            {...form.field("incident_kind")}
            legend="What happened?"
            legendSize="s"
            options={(Object.keys(INCIDENT_KIND) as IncidentKind[]).map((k) => ({ value: k, text: INCIDENT_KIND[k]!, hint: INCIDENT_KIND_HINT[k] }))}
          />
          <TextInput {...form.field("child_pseudonym")} label="Child's pseudonym" hint="Never the child's real name, for example Child A" width="20" autoComplete="off" />
          <DateInput {...form.field("incident_on")} legend="Date of the incident" />
          <DateInput {...form.field("became_aware_on")} legend="Date the local authority became aware" hint="The statutory clock starts here. For example, 27 3 2026" />
          <TextInput {...form.field("sin_reference")} label="Notification reference (optional)" hint="The Panel's reference, if you have it" width="20" autoComplete="off" />
          <DateInput {...form.field("sin_sent_on")} legend="Date the notification was sent to the Panel (optional)" />
          <Select {...form.field("lead_reviewer_id")} label="Lead reviewer (optional)" options={leadOptions} />
          <Button>Create review</Button>
        </form>
      </div>
    </div>
  );
}
