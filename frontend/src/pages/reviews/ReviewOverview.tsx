import { useState } from "react";
import { Link, useLocation } from "react-router";
import { api, unwrap } from "../../api/client";
import { ApiError } from "../../api/problem";
import type { Review, ReviewStatus } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, SummaryList, Tag, WarningText, dateOrNone } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, ErrorSummary, Radios, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { DeadlineTimeline, ReviewStatusTag } from "./components";
import { holdsPublication, leadReviewerText, loadDeadlines, loadProceedings } from "./data";
import { PROCEEDING_KIND } from "./labels";
import { INCIDENT_KIND, REVIEW_STATUS, labelOf } from "./labels";
import { useReview } from "./ReviewLayout";

interface Unmet {
  code: string;
  message: string;
  overridable: boolean;
}

const DECISION: Record<string, string> = {
  lcspr: "Hold a local child safeguarding practice review",
  no_review: "No review",
  national_review: "Refer for a national review",
};

export function canManage(review: Review, me: { id: string; role: string }): boolean {
  return me.role === "partnership_admin" || review.lead_reviewer_id === me.id;
}

export function ReviewOverviewPage() {
  const { review } = useReview();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const deadlines = useLoad(() => loadDeadlines(review.id), [review.id, review.status, review.updated_at]);
  const proceedings = useLoad(() => loadProceedings(review.id), [review.id, review.updated_at]);
  const holding = proceedings.status === "ok" ? proceedings.data.filter(holdsPublication) : [];
  const manage = canManage(review, me);
  const tor = review.terms_of_reference;

  return (
    <>
      {saved ? <Banner success heading={saved} /> : null}
      <PageHeading title={`${review.reference} – Overview`}>Review overview</PageHeading>
      {holding.length ? <PublicationHold reviewId={review.id} kinds={holding.map((p) => PROCEEDING_KIND[p.kind] ?? p.kind)} isAdmin={me.role === "partnership_admin"} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: "Reference", value: review.reference },
              { key: "Child", value: review.child_pseudonym },
              { key: "Status", value: <ReviewStatusTag status={review.status} /> },
              { key: "Incident", value: <>{INCIDENT_KIND[review.incident_kind] ?? review.incident_kind}, <DateText iso={review.incident_on} /></> },
              { key: "Local authority became aware", value: dateOrNone(review.became_aware_on) },
              { key: "Serious incident notification", value: review.sin_sent_on ? <>Sent <DateText iso={review.sin_sent_on} />{review.sin_reference ? ` (${review.sin_reference})` : ""}</> : review.sin_reference ? `Reference ${review.sin_reference}, not sent yet` : "Not sent yet" },
              { key: "Lead reviewer", value: leadReviewerText(review, me.id) },
              review.incident_kind !== "care_leaver_death" && { key: "Rapid Review meeting", value: dateOrNone(review.rapid_review_meeting_on) },
              review.incident_kind !== "care_leaver_death" && { key: "Rapid Review sent to the Panel", value: dateOrNone(review.rapid_review_sent_on) },
              review.incident_kind !== "care_leaver_death" && { key: "Decision", value: review.decision ? <>{DECISION[review.decision] ?? review.decision}{review.decision_on ? <>, <DateText iso={review.decision_on} /></> : null}</> : null },
              review.incident_kind === "care_leaver_death" && { key: "Secretary of State and Ofsted notified", value: dateOrNone(review.care_leaver_notified_on) },
              { key: "Final report to the Panel", value: dateOrNone(review.final_report_sent_on) },
              { key: "Planned publication", value: dateOrNone(review.planned_publication_on) },
              { key: "Published", value: dateOrNone(review.published_on) },
              review.status === "not_published" && { key: "Why not published", value: review.not_published_reasons },
              review.status === "not_published" && { key: "Improvements published instead", value: review.improvements_published },
            ]}
          />
          {manage ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${review.id}/edit`}>
                Change the review's details, dates and terms of reference
              </Link>
            </p>
          ) : null}

          {review.incident_kind !== "care_leaver_death" ? (
            <>
              <h2 className="govuk-heading-m">Terms of reference</h2>
              <SummaryList
                rows={[
                  { key: "Period", value: tor.period_start || tor.period_end ? <><DateText iso={tor.period_start} /> to <DateText iso={tor.period_end} /></> : null },
                  {
                    key: "Key lines of enquiry",
                    value: tor.key_lines_of_enquiry.length ? (
                      <ul className="govuk-list govuk-list--bullet">
                        {tor.key_lines_of_enquiry.map((k, i) => (
                          <li key={i}>{k}</li>
                        ))}
                      </ul>
                    ) : null,
                  },
                  { key: "Methodology", value: tor.methodology },
                ]}
              />
            </>
          ) : null}
          {manage ? (
            <>
              <h2 className="govuk-heading-m">Family involvement</h2>
              <p className="govuk-body">
                <Link className="govuk-link" to={`/reviews/${review.id}/family-involvement`}>
                  Read or change the family involvement notes
                </Link>
              </p>
              <p className="govuk-body-s">The notes may identify the family: each time they are opened is recorded.</p>
            </>
          ) : null}

          <h2 className="govuk-heading-m" id="deadlines">
            Statutory deadlines
          </h2>
          {deadlines.status === "loading" ? <Loading /> : null}
          {deadlines.status === "error" ? <ProblemBanner problem={deadlines.problem} /> : null}
          {deadlines.status === "ok" ? (
            <>
              <p className="govuk-body-s">
                Rule set <span className="app-code">{deadlines.data.rule_set}</span>, as at <DateText iso={deadlines.data.today} />. Working days exclude weekends and England's bank holidays.
              </p>
              <DeadlineTimeline
                deadlines={deadlines.data.deadlines.map((d) => ({
                  key: d.rule,
                  title: d.title,
                  rule: d.rule,
                  source: d.source,
                  dueOn: d.due_on,
                  status: d.status,
                  metOn: d.met_on,
                  workingDaysLeft: d.working_days_left,
                  note: d.status === "met" && d.late ? <Tag colour="orange">Met late</Tag> : undefined,
                }))}
              />
            </>
          ) : null}
        </div>
        <div className="govuk-grid-column-one-third">
          <TransitionPanel review={review} manage={manage} isAdmin={me.role === "partnership_admin"} />
        </div>
      </div>
    </>
  );
}

/** Shown while a parallel proceeding holds publication: the publication and published steps
 * are refused until it is concluded (an administrator may override, with a reason). */
function PublicationHold({ reviewId, kinds, isAdmin }: { reviewId: string; kinds: string[]; isAdmin: boolean }) {
  return (
    <div className="govuk-inset-text app-publication-hold" id="publication-hold">
      <WarningText>Publication is on hold: {kinds.length === 1 ? "a parallel proceeding holds" : `${kinds.length} parallel proceedings hold`} it ({kinds.join(", ").toLowerCase()}).</WarningText>
      <p className="govuk-body">
        The review cannot move to publication or be published until {kinds.length === 1 ? "it is" : "they are"} concluded or no longer {kinds.length === 1 ? "holds" : "hold"} publication.
        {isAdmin ? " As an administrator you may override the hold when moving the review on, giving your reason; the override is recorded." : null}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <Link className="govuk-link" to={`/reviews/${reviewId}/proceedings`}>
          See the parallel proceedings
        </Link>
      </p>
    </div>
  );
}

function TransitionPanel({ review, manage, isAdmin }: { review: Review; manage: boolean; isAdmin: boolean }) {
  const { reload } = useReview();
  const [refused, setRefused] = useState<{ to: string; unmet: Unmet[] } | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const form = useForm(
    { to: "", reason: "", override: false },
    {
      validate: (v) =>
        collect([
          ["to", check.required(v.to, "Select where the review goes next")],
          ["reason", check.required(v.reason, "Give the reason for this step") ?? (v.reason.trim().length < 3 ? "The reason must be 3 characters or more" : undefined)],
        ]),
    },
  );
  const next = review.next_statuses;

  const onSubmit = form.handleSubmit(async (v) => {
    setRefused(null);
    setMoved(null);
    try {
      await unwrap(api.POST("/api/v1/reviews/{review_id}/transitions", { params: { path: { review_id: review.id } }, body: { to: v.to as ReviewStatus, reason: v.reason.trim(), ...(v.override ? { override: true } : {}) } }));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && Array.isArray(e.problem.unmet)) {
        const unmet = e.problem.unmet as Unmet[];
        setRefused({ to: v.to, unmet });
        form.showProblem({ ...e.problem, errors: [{ field: "to", message: `${labelOf(REVIEW_STATUS, v.to).text} needs ${unmet.length === 1 ? "one thing" : `${unmet.length} things`} first: see below` }] });
        return;
      }
      throw e;
    }
    form.setValues({ to: "", reason: "", override: false });
    setMoved(`The review is now ${labelOf(REVIEW_STATUS, v.to).text.toLowerCase()}.`);
    await reload();
  });

  if (next.length === 0) {
    return (
      <>
        <h2 className="govuk-heading-m">Next step</h2>
        <p className="govuk-body">This review has reached the end of its lifecycle.</p>
      </>
    );
  }
  if (!manage) {
    return (
      <>
        <h2 className="govuk-heading-m">Next step</h2>
        <p className="govuk-body">From here the review can go to:</p>
        <ul className="govuk-list govuk-list--bullet">
          {next.map((s) => (
            <li key={s}>{labelOf(REVIEW_STATUS, s).text}</li>
          ))}
        </ul>
        <p className="govuk-body-s">The partnership's administrators and the review's lead reviewer move it on.</p>
      </>
    );
  }
  const allOverridable = refused !== null && refused.unmet.length > 0 && refused.unmet.every((u) => u.overridable);
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="move-on" id="transition">
      <h2 className="govuk-heading-m" id="move-on">
        Move the review on
      </h2>
      {moved ? <Banner success heading={moved} /> : null}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios {...form.field("to")} legend="Where next?" legendSize="s" options={next.map((s) => ({ value: s, text: labelOf(REVIEW_STATUS, s).text }))} small />
      {refused ? (
        <div className="govuk-inset-text" id="unmet">
          <h3 className="govuk-heading-s">Before it can move to {labelOf(REVIEW_STATUS, refused.to).text.toLowerCase()}</h3>
          <ul className="govuk-list govuk-list--bullet">
            {refused.unmet.map((u) => (
              <li key={u.code}>
                {u.message} {u.overridable ? <Tag colour="yellow">Can be overridden</Tag> : null}
              </li>
            ))}
          </ul>
          {refused.unmet.some((u) => u.code !== "publication_held_by_proceedings") ? (
            <p className="govuk-body-s">
              <Link className="govuk-link" to={`/reviews/${review.id}/edit`}>
                Record the missing details
              </Link>
            </p>
          ) : null}
          {refused.unmet.some((u) => u.code === "publication_held_by_proceedings") ? (
            <p className="govuk-body-s">
              <Link className="govuk-link" to={`/reviews/${review.id}/proceedings`}>
                See the proceedings holding publication
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <Textarea {...form.field("reason")} label="Reason" labelClassName="govuk-label--s" hint="Recorded in the review's history and the audit trail." rows={3} />
      {isAdmin && allOverridable ? <Checkbox {...form.field("override")} label="Override these preconditions" hint="Administrators only. The override and your reason are recorded." /> : null}
      <Button>Move the review on</Button>
    </form>
  );
}
