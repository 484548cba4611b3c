import { Link, useSearchParams } from "react-router";
import { api, unwrap } from "../../api/client";
import type { ReviewStatus } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { CursorPagination, DateText, Tag } from "../../components/ui";
import { Button, Checkbox, Select } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { ReviewStatusTag } from "./components";
import { leadReviewerText, loadUsersByRole } from "./data";
import { REVIEW_STATUS, REVIEW_STATUS_ORDER } from "./labels";

export function ReviewsListPage() {
  const me = useMe();
  const isAdmin = me.role === "partnership_admin";
  const [params, setParams] = useSearchParams();
  const status = params.get("status") ?? "";
  const overdue = params.get("overdue") === "true";
  const lead = params.get("lead_reviewer_id") ?? "";
  const cursor = params.get("cursor");

  const leads = useLoad(async () => (isAdmin ? loadUsersByRole("lead_reviewer") : []), [isAdmin]);
  const reviews = useLoad(
    () =>
      unwrap(
        api.GET("/api/v1/reviews", {
          params: {
            query: {
              limit: 25,
              ...(status ? { status: [status as ReviewStatus] } : {}),
              ...(overdue ? { overdue: true } : {}),
              ...(lead ? { lead_reviewer_id: lead } : {}),
              ...(cursor ? { cursor } : {}),
            },
          },
        }),
      ),
    [status, overdue, lead, cursor],
  );

  const filters = useForm({ status, overdue, lead_reviewer_id: lead });
  const onFilter = filters.handleSubmit(async (v) => {
    const p = new URLSearchParams();
    if (v.status) p.set("status", v.status);
    if (v.overdue) p.set("overdue", "true");
    if (v.lead_reviewer_id) p.set("lead_reviewer_id", v.lead_reviewer_id);
    setParams(p);
  });
  const filtered = Boolean(status || overdue || lead);

  return (
    <>
      <PageHeading caption={me.partnership.name}>Reviews</PageHeading>
      {isAdmin ? (
        <Link to="/reviews/new" className="govuk-button" role="button" draggable={false}>
          Create a review
        </Link>
      ) : null}
      {me.role === "member" ? <p className="govuk-body">You see the reviews you sit on for {me.agency?.name ?? "your agency"}.</p> : null}
      <form noValidate onSubmit={onFilter} className="app-inline-form govuk-!-margin-bottom-6" role="search" aria-label="Filter reviews">
        <Select {...filters.field("status")} label="Status" options={[{ value: "", text: "Any status" }, ...REVIEW_STATUS_ORDER.map((s) => ({ value: s, text: REVIEW_STATUS[s]!.text }))]} />
        {isAdmin ? <Select {...filters.field("lead_reviewer_id")} label="Lead reviewer" options={[{ value: "", text: "Anyone" }, ...(leads.status === "ok" ? leads.data.map((u) => ({ value: u.id, text: u.name })) : [])]} /> : null}
        <Checkbox {...filters.field("overdue")} label="Only overdue" />
        <Button secondary>Apply filters</Button>
      </form>
      {filtered ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/reviews">
            Clear filters
          </Link>
        </p>
      ) : null}
      {reviews.status === "loading" ? <Loading /> : null}
      {reviews.status === "error" ? <ProblemBanner problem={reviews.problem} /> : null}
      {reviews.status === "ok" ? (
        reviews.data.items.length === 0 ? (
          <p className="govuk-body">{filtered ? "No reviews match these filters." : "There are no reviews yet."}</p>
        ) : (
          <div className="app-matrix" role="region" aria-label="Reviews" tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Reviews, most recently changed first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Reference</th>
                <th scope="col" className="govuk-table__header">Child</th>
                <th scope="col" className="govuk-table__header">Status</th>
                <th scope="col" className="govuk-table__header">Next deadline</th>
                <th scope="col" className="govuk-table__header">Lead reviewer</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {reviews.data.items.map((r) => (
                <tr className="govuk-table__row" key={r.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/reviews/${r.id}`}>
                      {r.reference}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{r.child_pseudonym}</td>
                  <td className="govuk-table__cell">
                    <ReviewStatusTag status={r.status} />
                  </td>
                  <td className="govuk-table__cell">
                    {r.next_deadline_on ? <DateText iso={r.next_deadline_on} /> : "None"}
                    {r.overdue ? (
                      <>
                        {" "}
                        <Tag colour="red">Overdue</Tag>
                      </>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell">{leadReviewerText(r, me.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )
      ) : null}
      {reviews.status === "ok" ? <CursorPagination nextCursor={reviews.data.next_cursor} label="reviews" /> : null}
    </>
  );
}
