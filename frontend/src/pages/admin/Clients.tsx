import { useEffect, useRef, useState } from "react";
import { api, asProblem, call, ifMatch, unwrap } from "../../api/client";
import type { Problem } from "../../api/problem";
import type { ApiClientCreated, ApiClientRecord, ClientScope } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, CursorPagination, DateTimeText, Tag, WarningText } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkboxes, ErrorSummary, Select, TextInput } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { SCOPE_LABELS } from "../../labels";
import { loadAllAgencies } from "./Agencies";
import { useSearchParams } from "react-router";

/** The scopes an agency system may be given (the API refuses any other). */
export const CLIENT_SCOPES: ClientScope[] = ["reviews:read", "practitioners:read", "practitioners:write", "alerts:write", "actions:read", "evidence:write"];

function SecretOnce({ created, rotated }: { created: ApiClientCreated; rotated?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [created.client_secret]);
  return (
    <div className="govuk-panel govuk-panel--confirmation" role="region" aria-labelledby="secret-title" tabIndex={-1} ref={ref}>
      <h2 className="govuk-panel__title govuk-!-font-size-36" id="secret-title">
        {rotated ? "New secret for" : "API client created:"} {created.name}
      </h2>
      <div className="govuk-panel__body govuk-!-font-size-19">
        <p className="govuk-!-margin-bottom-2">
          Client ID: <strong className="app-code">{created.client_id}</strong>
        </p>
        <p className="govuk-!-margin-bottom-0">
          Client secret: <strong className="app-code">{created.client_secret}</strong>
        </p>
      </div>
    </div>
  );
}

export function ClientsPage() {
  const [params] = useSearchParams();
  const cursor = params.get("cursor");
  const agencies = useLoad(loadAllAgencies, []);
  const clients = useLoad(() => unwrap(api.GET("/api/v1/clients", { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })), [cursor]);
  const [created, setCreated] = useState<{ client: ApiClientCreated; rotated: boolean } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [rowProblem, setRowProblem] = useState<Problem | null>(null);

  const form = useForm(
    { name: "", agency_id: "", scopes: [] as string[] },
    {
      validate: (v) =>
        collect([
          ["name", check.required(v.name, "Enter a name for the system, for example Police case management")],
          ["agency_id", check.required(v.agency_id, "Select the agency whose system this is")],
          ["scopes", check.required(v.scopes, "Select at least one thing the system may do")],
        ]),
    },
  );

  const onCreate = form.handleSubmit(async (v) => {
    setDone(null);
    setRowProblem(null);
    const client = await unwrap(api.POST("/api/v1/clients", { body: { name: v.name.trim(), agency_id: v.agency_id, scopes: v.scopes as ClientScope[] } }));
    setCreated({ client, rotated: false });
    form.setValues({ name: "", agency_id: "", scopes: [] });
    await clients.reload();
  });

  const act = async (client: ApiClientRecord, what: "rotate" | "toggle") => {
    setRowProblem(null);
    setDone(null);
    setCreated(null);
    try {
      const path = { params: { path: { client_id: client.id } } };
      const { etag } = await call(api.GET("/api/v1/clients/{client_id}", path));
      const params = { ...path.params, header: ifMatch(etag) };
      if (what === "rotate") {
        const rotated = await unwrap(api.POST("/api/v1/clients/{client_id}/secret", { params }));
        setCreated({ client: rotated, rotated: true });
      } else {
        await unwrap(api.PATCH("/api/v1/clients/{client_id}", { params, body: { active: !client.active } }));
        setDone(client.active ? `${client.name} is disabled: its tokens stop working at their next request.` : `${client.name} is active again.`);
      }
      await clients.reload();
    } catch (e) {
      setRowProblem(asProblem(e));
    }
  };

  const agencyName = (id: string) => (agencies.status === "ok" ? (agencies.data.find((a) => a.id === id)?.name ?? "") : "");
  const agencyOptions = [{ value: "", text: "Select an agency" }, ...(agencies.status === "ok" ? agencies.data.filter((a) => a.active).map((a) => ({ value: a.id, text: a.name })) : [])];

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {created ? (
        <>
          <SecretOnce created={created.client} rotated={created.rotated} />
          <WarningText>Copy the secret into the agency's password vault now. It is shown only once; if it is lost, create a new secret.</WarningText>
        </>
      ) : null}
      {done ? <Banner success heading={done} /> : null}
      {rowProblem ? <ProblemBanner problem={rowProblem} /> : null}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <PageHeading hasError={form.hasErrors}>API clients</PageHeading>
      <p className="govuk-body">Agencies' own systems sign in with a client ID and secret (OAuth 2.0 client credentials) and can only do what their scopes allow, for their own agency, on the reviews their agency sits on.</p>
      {clients.status === "loading" ? <Loading /> : null}
      {clients.status === "error" ? <ProblemBanner problem={clients.problem} /> : null}
      {clients.status === "ok" ? (
        clients.data.items.length === 0 ? (
          <p className="govuk-body">No API clients yet.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Clients</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Name and client ID</th>
                <th scope="col" className="govuk-table__header">Agency</th>
                <th scope="col" className="govuk-table__header">Scopes</th>
                <th scope="col" className="govuk-table__header">Status</th>
                <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {clients.data.items.map((c) => (
                <tr className="govuk-table__row" key={c.id}>
                  <td className="govuk-table__cell">
                    {c.name}
                    <br />
                    <span className="govuk-body-s app-code">{c.client_id}</span>
                  </td>
                  <td className="govuk-table__cell">{agencyName(c.agency_id)}</td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
                      {c.scopes.map((s) => (
                        <li key={s}>
                          <span className="app-code">{s}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell">
                    {c.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Disabled</Tag>}
                    <br />
                    <span className="govuk-body-s">{c.last_used_at ? <>Last used <DateTimeText iso={c.last_used_at} /></> : "Never used"}</span>
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-body-s">
                      <li>
                        <button type="button" className="app-link-button govuk-link" onClick={() => void act(c, "rotate")}>
                          New secret<span className="govuk-visually-hidden"> for {c.name}</span>
                        </button>
                      </li>
                      <li>
                        <button type="button" className="app-link-button govuk-link" onClick={() => void act(c, "toggle")}>
                          {c.active ? "Disable" : "Enable"}
                          <span className="govuk-visually-hidden"> {c.name}</span>
                        </button>
                      </li>
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {clients.status === "ok" ? <CursorPagination nextCursor={clients.data.next_cursor} label="API clients" /> : null}

      <h2 className="govuk-heading-m">Create an API client</h2>
      <form noValidate onSubmit={onCreate} className="govuk-!-width-two-thirds">
        <TextInput {...form.field("name")} label="Name of the system" />
        <Select {...form.field("agency_id")} label="Agency" options={agencyOptions} />
        <Checkboxes {...form.field("scopes")} legend="What may it do?" legendSize="s" hint="Give only what the system needs." options={CLIENT_SCOPES.map((s) => ({ value: s, text: SCOPE_LABELS[s] ?? s, hint: s }))} small />
        <Button>Create API client</Button>
      </form>
    </>
  );
}
