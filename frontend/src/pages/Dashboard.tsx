import { Link } from "react-router";
import { api, unwrap } from "../api/client";
import type { Deadline, ReviewSummary } from "../api/types";
import { useLoad } from "../api/useLoad";
import { useMe } from "../auth/AuthContext";
import { Loading } from "../auth/guards";
import { ProblemBanner } from "../components/Messages";
import { PageHeading } from "../components/Page";
import { DateText, Tag } from "../components/ui";
import { DeadlineStatusTag, ReviewStatusTag } from "./reviews/components";
import { FINISHED, loadAllReviews, loadDeadlines, loadTeam } from "./reviews/data";
import { REVIEW_STATUS, REVIEW_STATUS_ORDER } from "./reviews/labels";
import { todayIso } from "./reviews/Subjects";

const WINDOW_WORKING_DAYS = 10;

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface DeadlineRow {
  review: ReviewSummary;
  deadline: Deadline;
}

/** Deadlines overdue or due within 10 working days, soonest first (checks only reviews whose next deadline is near). */
async function loadUpcoming(reviews: ReviewSummary[]): Promise<DeadlineRow[]> {
  // 10 working days is at most 16 calendar days even across Christmas and Easter.
  const horizon = addDays(todayIso(), 16);
  const near = reviews.filter((r) => r.next_deadline_on && (r.overdue || r.next_deadline_on <= horizon)).slice(0, 25);
  const all = await Promise.all(near.map(async (r) => ({ r, d: await loadDeadlines(r.id) })));
  const rows: DeadlineRow[] = [];
  for (const { r, d } of all) {
    for (const deadline of d.deadlines) {
      if (deadline.status === "overdue" || (deadline.status === "due" && (deadline.working_days_left ?? Infinity) <= WINDOW_WORKING_DAYS)) rows.push({ review: r, deadline });
    }
  }
  return rows.sort((a, b) => (a.deadline.due_on ?? "").localeCompare(b.deadline.due_on ?? ""));
}

export function DashboardPage() {
  const me = useMe();
  const all = useLoad(loadAllReviews, []);
  const mine = useLoad(async () => {
    const query = me.role === "lead_reviewer" ? { lead_reviewer_id: me.id, limit: 10 } : { limit: 10 };
    return (await unwrap(api.GET("/api/v1/reviews", { params: { query } }))).items;
  }, [me.id, me.role]);
  // The API's next deadline already leaves out what a review's status no longer pursues.
  const upcoming = useLoad(async () => (all.status === "ok" ? loadUpcoming(all.data.items) : null), [all.status]);
  const outstanding = useLoad(async () => {
    if (mine.status !== "ok") return null;
    const teams = await Promise.all(mine.data.filter((r) => !FINISHED.has(r.status) || r.status === "monitoring").map(async (r) => ({ r, team: await loadTeam(r.id) })));
    return teams.flatMap(({ r, team }) => team.members.filter((m) => m.user_id === me.id && m.completion).map((m) => ({ review: r, member: m })));
  }, [mine.status]);

  const counts = new Map<string, number>();
  if (all.status === "ok") for (const r of all.data.items) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);

  const myHeading = me.role === "lead_reviewer" ? "Reviews you lead" : me.role === "member" ? "Reviews you sit on" : "Recently changed reviews";

  return (
    <>
      <PageHeading caption={me.partnership.name}>Dashboard</PageHeading>
      <p className="govuk-body-l">Hello, {me.name}.</p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">Deadlines overdue or due in the next {WINDOW_WORKING_DAYS} working days</h2>
          {all.status === "error" ? <ProblemBanner problem={all.problem} /> : null}
          {upcoming.status === "loading" || all.status === "loading" || upcoming.data === null ? <Loading /> : null}
          {upcoming.status === "error" ? <ProblemBanner problem={upcoming.problem} /> : null}
          {upcoming.status === "ok" && upcoming.data ? (
            upcoming.data.length === 0 ? (
              <p className="govuk-body">Nothing is overdue or due in the next {WINDOW_WORKING_DAYS} working days.</p>
            ) : (
              <div className="app-matrix" role="region" aria-label="Deadlines, soonest first" tabIndex={0}>
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">Deadlines, soonest first</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    <th scope="col" className="govuk-table__header">Review</th>
                    <th scope="col" className="govuk-table__header">Deadline</th>
                    <th scope="col" className="govuk-table__header">Due</th>
                    <th scope="col" className="govuk-table__header">Status</th>
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {upcoming.data.map(({ review, deadline }) => (
                    <tr className="govuk-table__row" key={`${review.id}:${deadline.rule}`}>
                      <td className="govuk-table__cell">
                        <Link className="govuk-link" to={`/reviews/${review.id}`}>
                          {review.reference}
                        </Link>
                        <br />
                        <span className="govuk-body-s">{review.child_pseudonym}</span>
                      </td>
                      <td className="govuk-table__cell">
                        {deadline.title}
                        <br />
                        <span className="govuk-body-s app-code">{deadline.rule}</span>
                      </td>
                      <td className="govuk-table__cell">
                        <DateText iso={deadline.due_on} />
                        {typeof deadline.working_days_left === "number" && deadline.status === "due" ? (
                          <>
                            <br />
                            <span className="govuk-body-s">{deadline.working_days_left === 0 ? "today" : `${deadline.working_days_left} working day${deadline.working_days_left === 1 ? "" : "s"} left`}</span>
                          </>
                        ) : null}
                      </td>
                      <td className="govuk-table__cell">
                        <DeadlineStatusTag status={deadline.status} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              </div>
            )
          ) : null}

          {me.role === "member" || me.role === "lead_reviewer" || me.role === "partnership_admin" ? (
            <>
              <h2 className="govuk-heading-m">Your outstanding checklist items</h2>
              {outstanding.status === "loading" || outstanding.data === null ? <Loading /> : null}
              {outstanding.status === "error" ? <ProblemBanner problem={outstanding.problem} /> : null}
              {outstanding.status === "ok" && outstanding.data ? (
                outstanding.data.length === 0 ? (
                  <p className="govuk-body">{me.role === "member" ? "Nothing outstanding on your checklists." : "You do not sit on a review team, so you have no checklist."}</p>
                ) : (
                  outstanding.data.map(({ review, member }) => (
                    <div key={member.member_id} className="govuk-!-margin-bottom-6">
                      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
                        <Link className="govuk-link" to={`/reviews/${review.id}/members/${member.member_id}/checklist`}>
                          {review.reference} ({review.child_pseudonym})
                        </Link>{" "}
                        — {member.completion!.done} of {member.completion!.total} done
                      </h3>
                      {member.outstanding.length === 0 ? (
                        <p className="govuk-body">
                          <Tag colour="green">Complete</Tag>
                        </p>
                      ) : (
                        <ul className="govuk-list govuk-list--bullet">
                          {member.outstanding.map((o) => (
                            <li key={o.duty}>
                              <Link className="govuk-link" to={`/reviews/${review.id}/members/${member.member_id}/checklist/${o.duty}`}>
                                {o.title}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </div>
                  ))
                )
              ) : null}
            </>
          ) : null}

          <h2 className="govuk-heading-m">{myHeading}</h2>
          {mine.status === "loading" ? <Loading /> : null}
          {mine.status === "error" ? <ProblemBanner problem={mine.problem} /> : null}
          {mine.status === "ok" ? (
            mine.data.length === 0 ? (
              <p className="govuk-body">No reviews yet.</p>
            ) : (
              <ul className="govuk-list govuk-list--spaced">
                {mine.data.map((r) => (
                  <li key={r.id}>
                    <Link className="govuk-link" to={`/reviews/${r.id}`}>
                      {r.reference}
                    </Link>{" "}
                    {r.child_pseudonym} <ReviewStatusTag status={r.status} />
                    {r.overdue ? (
                      <>
                        {" "}
                        <Tag colour="red">Overdue</Tag>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            )
          ) : null}
          <p className="govuk-body">
            <Link className="govuk-link" to="/reviews">
              All reviews
            </Link>
          </p>
        </div>

        <div className="govuk-grid-column-one-third">
          <h2 className="govuk-heading-m">Reviews by status</h2>
          {all.status === "loading" ? <Loading /> : null}
          {all.status === "ok" ? (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Number of reviews in each status</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Status</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reviews</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {REVIEW_STATUS_ORDER.filter((s) => counts.get(s)).map((s) => (
                  <tr className="govuk-table__row" key={s}>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`/reviews?status=${s}`}>
                        {REVIEW_STATUS[s]!.text}
                      </Link>
                    </td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{counts.get(s)}</td>
                  </tr>
                ))}
                <tr className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    Total
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {all.data.items.length}
                    {all.data.complete ? "" : "+"}
                  </td>
                </tr>
              </tbody>
            </table>
          ) : null}
        </div>
      </div>
    </>
  );
}
