/** The partnership's action plan: every action on every review the person reaches, with its
 * review, owner, due date, status and RAG, filterable by RAG and status. */
import { Link, useSearchParams } from "react-router";
import { useLoad } from "../api/useLoad";
import { useMe } from "../auth/AuthContext";
import { Loading } from "../auth/guards";
import { ProblemBanner } from "../components/Messages";
import { PageHeading } from "../components/Page";
import { DateText } from "../components/ui";
import { Button, Select } from "../forms/fields";
import { useForm } from "../forms/useForm";
import { ActionStatusTag, RagRule, RagTag, agencyNameMap } from "./reviews/ActionPlan";
import { ACTION_STATUS, RAG_RULE, filtersFrom, filtersToSearch, loadPartnershipActions, ragLabel } from "./reviews/actions";
import { loadAgencies, loadAllReviews } from "./reviews/data";
import { ExportDownloads, PARTNERSHIP_EXPORT_BASE } from "./reviews/Exports";

export function PartnershipActionsPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filters = filtersFrom(params);
  const filtered = Boolean(filters.rag || filters.status);
  const data = useLoad(async () => {
    const { rag, status } = filtersFrom(new URLSearchParams(search));
    const [actions, reviews, agencies] = await Promise.all([loadPartnershipActions({ ...(rag ? { rag } : {}), ...(status ? { status } : {}) }), loadAllReviews(), loadAgencies()]);
    return { actions, references: new Map(reviews.items.map((r) => [r.id, r.reference] as const)), names: agencyNameMap(agencies) };
  }, [search]);

  return (
    <>
      <PageHeading caption={me.partnership.name}>Action plans</PageHeading>
      <p className="govuk-body">Every action on the reviews you can see, from every review's action plan.</p>
      <RagRule />
      <FilterForm key={search} initial={{ rag: filters.rag ?? "", status: filters.status ?? "" }} onApply={(v) => setParams(new URLSearchParams(filtersToSearch(v)))} />
      {filtered ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/actions">
            Clear filters
          </Link>
        </p>
      ) : null}
      {data.status === "ok" && data.data.actions.length > 0 ? <ExportDownloads base={PARTNERSHIP_EXPORT_BASE} filters={filters} filtered={filtered} /> : null}
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        data.data.actions.length === 0 ? (
          <p className="govuk-body">{filtered ? "No actions match these filters." : "No review has any actions yet."}</p>
        ) : (
          <div className="app-matrix" role="region" aria-label="Actions on every review" tabIndex={0}>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                {data.data.actions.length} {data.data.actions.length === 1 ? "action" : "actions"}
              </caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Action</th>
                  <th scope="col" className="govuk-table__header">Review</th>
                  <th scope="col" className="govuk-table__header">Owner</th>
                  <th scope="col" className="govuk-table__header">Due</th>
                  <th scope="col" className="govuk-table__header">Status</th>
                  <th scope="col" className="govuk-table__header">RAG</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {data.data.actions.map((a) => (
                  <tr className="govuk-table__row" key={a.id}>
                    <th scope="row" className="govuk-table__header app-break-word">
                      <Link className="govuk-link" to={`/reviews/${a.review_id}/actions/${a.id}`}>
                        {a.title}
                      </Link>
                    </th>
                    <td className="govuk-table__cell">{data.data.references.get(a.review_id) ?? "Another review"}</td>
                    <td className="govuk-table__cell">{data.data.names.get(a.agency_id) ?? "Another agency"}</td>
                    <td className="govuk-table__cell">
                      <DateText iso={a.due_on} />
                    </td>
                    <td className="govuk-table__cell">
                      <ActionStatusTag status={a.status} />
                    </td>
                    <td className="govuk-table__cell">
                      <RagTag rag={a.rag} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </>
  );
}

function FilterForm({ initial, onApply }: { initial: { rag: string; status: string }; onApply(v: { rag: string; status: string }): void }) {
  const form = useForm(initial, { idPrefix: "filter" });
  const onSubmit = form.handleSubmit(async (v) => onApply(v));
  return (
    <form noValidate onSubmit={onSubmit} className="app-inline-form govuk-!-margin-bottom-6" role="search" aria-label="Filter actions">
      <Select {...form.field("rag")} label="RAG status" options={[{ value: "", text: "Any RAG status" }, ...RAG_RULE.map((r) => ({ value: r.rag, text: ragLabel(r.rag).text }))]} />
      <Select {...form.field("status")} label="Status" options={[{ value: "", text: "Any status" }, ...Object.entries(ACTION_STATUS).map(([value, l]) => ({ value, text: l.text }))]} />
      <Button secondary>Apply filters</Button>
    </form>
  );
}
