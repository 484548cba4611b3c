import { useSearchParams } from "react-router";
import { api, unwrap } from "../../api/client";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { CursorPagination, DateTimeText, Tag } from "../../components/ui";
import { ReviewStatusTag } from "./components";
import { useReview } from "./ReviewLayout";

export function ReviewHistoryPage() {
  const { review } = useReview();
  const me = useMe();
  const [params] = useSearchParams();
  const cursor = params.get("cursor");
  const history = useLoad(
    () => unwrap(api.GET("/api/v1/reviews/{review_id}/transitions", { params: { path: { review_id: review.id }, query: { limit: 50, ...(cursor ? { cursor } : {}) } } })),
    [review.id, review.status, cursor],
  );
  const people = useLoad(async () => {
    if (me.role !== "partnership_admin") return new Map<string, string>();
    const page = await unwrap(api.GET("/api/v1/users", { params: { query: { limit: 200 } } }));
    return new Map(page.items.map((u) => [u.id, u.name] as const));
  }, [me.role]);
  const who = (type: string, id: string) => {
    if (id === me.id) return "You";
    const name = people.status === "ok" ? people.data.get(id) : undefined;
    if (name) return name;
    return type === "agency_system" ? "An agency system" : "A member of staff";
  };

  return (
    <>
      <PageHeading title={`${review.reference} – History`}>History</PageHeading>
      <p className="govuk-body">Every step of the review's lifecycle: who moved it, when and why.</p>
      {history.status === "loading" ? <Loading /> : null}
      {history.status === "error" ? <ProblemBanner problem={history.problem} /> : null}
      {history.status === "ok" ? (
        history.data.items.length === 0 ? (
          <p className="govuk-body">The review has not moved on since it was notified.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Lifecycle steps</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">When</th>
                <th scope="col" className="govuk-table__header">Step</th>
                <th scope="col" className="govuk-table__header">Why</th>
                <th scope="col" className="govuk-table__header">Who</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {history.data.items.map((t) => (
                <tr className="govuk-table__row" key={t.id}>
                  <td className="govuk-table__cell">
                    <DateTimeText iso={t.occurred_at} />
                  </td>
                  <td className="govuk-table__cell">
                    <ReviewStatusTag status={t.from_status} /> <span aria-hidden="true">→</span>
                    <span className="govuk-visually-hidden"> to </span> <ReviewStatusTag status={t.to_status} />
                    {t.overridden.length ? (
                      <>
                        <br />
                        <Tag colour="orange">Overridden</Tag> <span className="govuk-body-s">{t.overridden.join(", ").replace(/_/g, " ")}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell app-pre-line">{t.reason}</td>
                  <td className="govuk-table__cell">{who(t.actor_type, t.actor_id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {history.status === "ok" ? <CursorPagination nextCursor={history.data.next_cursor} label="history" /> : null}
    </>
  );
}
