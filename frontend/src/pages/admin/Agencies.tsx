import { useState } from "react";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { Agency, AgencyKind } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, BackLink, Tag } from "../../components/ui";
import { Loading } from "../../auth/guards";
import { check, collect } from "../../forms/errors";
import { Button, ErrorSummary, Radios, TextInput } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { AGENCY_KIND_LABELS } from "../../labels";
import { asProblem } from "../../api/client";
import type { Problem } from "../../api/problem";

export async function loadAllAgencies(): Promise<Agency[]> {
  const page = await unwrap(api.GET("/api/v1/agencies", { params: { query: { limit: 200 } } }));
  return page.items;
}

const KIND_OPTIONS = (Object.keys(AGENCY_KIND_LABELS) as AgencyKind[]).map((k) => ({ value: k, text: AGENCY_KIND_LABELS[k] }));

export function AgenciesPage() {
  const agencies = useLoad(loadAllAgencies, []);
  const [done, setDone] = useState<string | null>(null);
  const [rowProblem, setRowProblem] = useState<Problem | null>(null);
  const form = useForm(
    { name: "", kind: "" },
    { validate: (v) => collect([["name", check.required(v.name, "Enter the agency's name") ?? (v.name.trim().length < 2 ? "The name must be 2 characters or more" : undefined)], ["kind", check.required(v.kind, "Select the kind of agency")]]) },
  );

  const onCreate = form.handleSubmit(async (v) => {
    const created = await unwrap(api.POST("/api/v1/agencies", { body: { name: v.name.trim(), kind: v.kind as AgencyKind } }));
    form.setValues({ name: "", kind: "" });
    setDone(`${created.name} added.`);
    await agencies.reload();
  });

  const setActive = async (agency: Agency, active: boolean) => {
    setRowProblem(null);
    setDone(null);
    try {
      const { etag } = await call(api.GET("/api/v1/agencies/{agency_id}", { params: { path: { agency_id: agency.id } } }));
      await unwrap(api.PATCH("/api/v1/agencies/{agency_id}", { params: { path: { agency_id: agency.id }, header: ifMatch(etag) }, body: { active } }));
      setDone(`${agency.name} ${active ? "reactivated" : "deactivated"}.`);
      await agencies.reload();
    } catch (e) {
      setRowProblem(asProblem(e));
    }
  };

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {done ? <Banner success heading={done} /> : null}
      {rowProblem ? <ProblemBanner problem={rowProblem} /> : null}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <PageHeading hasError={form.hasErrors}>Agencies</PageHeading>
      {agencies.status === "loading" ? <Loading /> : null}
      {agencies.status === "error" ? <ProblemBanner problem={agencies.problem} /> : null}
      {agencies.status === "ok" ? (
        agencies.data.length === 0 ? (
          <p className="govuk-body">No agencies yet.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Agencies in the partnership</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Name</th>
                <th scope="col" className="govuk-table__header">Kind</th>
                <th scope="col" className="govuk-table__header">Status</th>
                <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {agencies.data.map((a) => (
                <tr className="govuk-table__row" key={a.id}>
                  <td className="govuk-table__cell">{a.name}</td>
                  <td className="govuk-table__cell">{AGENCY_KIND_LABELS[a.kind]}</td>
                  <td className="govuk-table__cell">{a.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    <button type="button" className="app-link-button govuk-link" onClick={() => void setActive(a, !a.active)}>
                      {a.active ? "Deactivate" : "Reactivate"}
                      <span className="govuk-visually-hidden"> {a.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}

      <h2 className="govuk-heading-m">Add an agency</h2>
      <form noValidate onSubmit={onCreate} className="govuk-!-width-two-thirds">
        <TextInput {...form.field("name")} label="Name" hint="As staff know it, for example Demoshire Constabulary" />
        <Radios {...form.field("kind")} legend="Kind of agency" legendSize="s" options={KIND_OPTIONS} small />
        <Button>Add agency</Button>
      </form>
    </>
  );
}
