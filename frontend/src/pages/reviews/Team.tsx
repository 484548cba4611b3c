import { useState } from "react";
import { Link } from "react-router";
import { api, unwrap } from "../../api/client";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, ErrorSummary, Select, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { loadAgencies, loadTeam, loadUsersByRole } from "./data";
import { canManage } from "./ReviewOverview";
import { useReview } from "./ReviewLayout";

export function TeamPage() {
  const { review } = useReview();
  const me = useMe();
  const isAdmin = me.role === "partnership_admin";
  const manage = canManage(review, me);
  const team = useLoad(() => loadTeam(review.id), [review.id]);
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      {done ? <Banner success heading={done} /> : null}
      <PageHeading title={`${review.reference} – Team and checklists`}>Team and checklists</PageHeading>
      {team.status === "loading" ? <Loading /> : null}
      {team.status === "error" ? <ProblemBanner problem={team.problem} /> : null}
      {team.status === "ok" ? (
        team.data.members.length === 0 ? (
          <p className="govuk-body">No agency has a review team member on this review yet.</p>
        ) : (
          <>
            <p className="govuk-body">
              Duties done across the team: <strong>{team.data.completion.done}</strong> of {team.data.completion.total}.
            </p>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">The review team at a glance</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Agency and member</th>
                  <th scope="col" className="govuk-table__header">Checklist</th>
                  <th scope="col" className="govuk-table__header">Outstanding</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {team.data.members.map((m) => (
                  <tr className="govuk-table__row" key={m.member_id}>
                    <td className="govuk-table__cell">
                      <strong>{m.agency_name}</strong>
                      <br />
                      {m.name}
                      {m.user_id === me.id ? " (you)" : ""} {m.deputy ? <Tag colour="grey">Deputy</Tag> : null}
                      <br />
                      <span className="govuk-body-s">
                        Joined <DateText iso={m.joined_on} />
                      </span>
                    </td>
                    <td className="govuk-table__cell">
                      {m.completion ? (
                        <>
                          {m.completion.done} of {m.completion.total} done
                          {m.completion.done === m.completion.total ? (
                            <>
                              {" "}
                              <Tag colour="green">Complete</Tag>
                            </>
                          ) : null}
                          {m.can_view_checklist ? (
                            <>
                              <br />
                              <Link className="govuk-link" to={`/reviews/${review.id}/members/${m.member_id}/checklist`}>
                                {m.user_id === me.id ? "Your checklist" : "View checklist"}
                                <span className="govuk-visually-hidden"> of {m.name}, {m.agency_name}</span>
                              </Link>
                            </>
                          ) : null}
                        </>
                      ) : (
                        "No checklist (deputy)"
                      )}
                    </td>
                    <td className="govuk-table__cell">
                      {m.outstanding.length === 0 ? (
                        "Nothing"
                      ) : (
                        <ul className="govuk-list govuk-body-s">
                          {m.outstanding.map((o) => (
                            <li key={o.duty}>
                              {o.title}
                              {o.derived ? <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-0"> (completes from the data)</span> : null}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )
      ) : null}
      {isAdmin ? <AddMember reviewId={review.id} onDone={async (m) => { setDone(m); await team.reload(); }} /> : null}
      {manage && team.status === "ok" && team.data.members.length > 0 ? (
        <LeaveMember reviewId={review.id} members={team.data.members.map((m) => ({ id: m.member_id, text: `${m.name}, ${m.agency_name}${m.deputy ? " (deputy)" : ""}` }))} onDone={async (m) => { setDone(m); await team.reload(); }} />
      ) : null}
    </>
  );
}

function AddMember({ reviewId, onDone }: { reviewId: string; onDone(message: string): Promise<void> }) {
  const people = useLoad(async () => {
    const [users, agencies] = await Promise.all([loadUsersByRole("member"), loadAgencies()]);
    const names = new Map(agencies.map((a) => [a.id, a.name] as const));
    return users.map((u) => ({ value: u.id, text: `${u.name} — ${u.agency_id ? (names.get(u.agency_id) ?? "") : "no agency"}`, name: u.name }));
  }, []);
  const form = useForm({ user_id: "", deputy: false }, { validate: (v) => collect([["user_id", check.required(v.user_id, "Select the agency's review team member")]]) });
  const onSubmit = form.handleSubmit(async (v) => {
    await unwrap(api.POST("/api/v1/reviews/{review_id}/members", { params: { path: { review_id: reviewId } }, body: { user_id: v.user_id, deputy: v.deputy } }));
    const who = people.status === "ok" ? people.data.find((p) => p.value === v.user_id)?.name : undefined;
    form.setValues({ user_id: "", deputy: false });
    await onDone(`${who ?? "The member"} joined the review team${v.deputy ? " as a deputy" : ""}.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} className="govuk-!-width-two-thirds">
      <h2 className="govuk-heading-m">Add a review team member</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <p className="govuk-body">Each agency names one member who stays for the whole review. Their duty checklist is created when they join.</p>
      <Select {...form.field("user_id")} label="Member" hint="People with the review team member role, with their agency" options={[{ value: "", text: "Select a person" }, ...(people.status === "ok" ? people.data : [])]} />
      <Checkbox {...form.field("deputy")} label="Deputy" hint="Stands in for the agency's member; has no checklist of their own" />
      <Button>Add to the team</Button>
    </form>
  );
}

function LeaveMember({ reviewId, members, onDone }: { reviewId: string; members: { id: string; text: string }[]; onDone(message: string): Promise<void> }) {
  const form = useForm(
    { member_id: "", reason: "" },
    { validate: (v) => collect([["member_id", check.required(v.member_id, "Select who is leaving")], ["reason", check.required(v.reason, "Give the reason they are leaving") ?? (v.reason.trim().length < 3 ? "The reason must be 3 characters or more" : undefined)]]) },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    await unwrap(api.POST("/api/v1/reviews/{review_id}/members/{member_id}/leave", { params: { path: { review_id: reviewId, member_id: v.member_id } }, body: { reason: v.reason.trim() } }));
    const who = members.find((m) => m.id === v.member_id)?.text;
    form.setValues({ member_id: "", reason: "" });
    await onDone(`${who ?? "The member"} has left the review team. The change is recorded in the review's history.`);
  });
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Record that a member is leaving the team</span>
      </summary>
      <div className="govuk-details__text">
        <form noValidate onSubmit={onSubmit}>
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <p className="govuk-body">Members are expected to stay for the whole review. A change is recorded with its reason, never made silently.</p>
          <Select {...form.field("member_id")} label="Who is leaving" options={[{ value: "", text: "Select a member" }, ...members.map((m) => ({ value: m.id, text: m.text }))]} />
          <Textarea {...form.field("reason")} label="Reason" rows={3} />
          <Button secondary>Record leaving</Button>
        </form>
      </div>
    </details>
  );
}
