import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { api, unwrap } from "../../api/client";
import type { Role } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, CursorPagination, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, ErrorSummary, Radios, Select, TextInput } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { ROLE_HINTS, ROLE_LABELS } from "../../labels";
import { loadAllAgencies } from "./Agencies";

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as Role[]).map((r) => ({ value: r, text: ROLE_LABELS[r], hint: ROLE_HINTS[r] }));

export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const role = (params.get("role") ?? "") as Role | "";
  const active = params.get("active") ?? "";
  const cursor = params.get("cursor");
  const created = (location.state as { created?: string } | null)?.created;

  const agencies = useLoad(loadAllAgencies, []);
  const users = useLoad(
    () =>
      unwrap(
        api.GET("/api/v1/users", {
          params: { query: { limit: 50, ...(role ? { role } : {}), ...(active ? { active: active === "true" } : {}), ...(cursor ? { cursor } : {}) } },
        }),
      ),
    [role, active, cursor],
  );
  const agencyName = (id: string | null) => (id && agencies.status === "ok" ? agencies.data.find((a) => a.id === id)?.name : undefined) ?? (id ? "" : "Partnership staff");

  const filters = useForm({ role, active });
  const onFilter = filters.handleSubmit(async (v) => {
    const p = new URLSearchParams();
    if (v.role) p.set("role", v.role);
    if (v.active) p.set("active", v.active);
    setParams(p);
  });

  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {created ? <Banner success heading={`${created} can now sign in.`} /> : null}
      <PageHeading>Users</PageHeading>
      <p className="govuk-body">
        <Link className="govuk-button govuk-!-margin-bottom-0" to="/admin/users/new" role="button" draggable={false}>
          Add a user
        </Link>
      </p>
      <form noValidate onSubmit={onFilter} className="app-inline-form govuk-!-margin-bottom-6" role="search" aria-label="Filter users">
        <Select {...filters.field("role")} label="Role" options={[{ value: "", text: "Any role" }, ...ROLE_OPTIONS.map(({ value, text }) => ({ value, text }))]} />
        <Select
          {...filters.field("active")}
          label="Status"
          options={[
            { value: "", text: "Any status" },
            { value: "true", text: "Active" },
            { value: "false", text: "Disabled" },
          ]}
        />
        <Button secondary>Apply filters</Button>
      </form>
      {users.status === "loading" ? <Loading /> : null}
      {users.status === "error" ? <ProblemBanner problem={users.problem} /> : null}
      {users.status === "ok" ? (
        users.data.items.length === 0 ? (
          <p className="govuk-body">No users match.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m govuk-visually-hidden">Users</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Name</th>
                <th scope="col" className="govuk-table__header">Role</th>
                <th scope="col" className="govuk-table__header">Agency</th>
                <th scope="col" className="govuk-table__header">Status</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {users.data.items.map((u) => (
                <tr className="govuk-table__row" key={u.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/admin/users/${u.id}`}>
                      {u.name}
                    </Link>
                    <br />
                    <span className="govuk-body-s">{u.email}</span>
                  </td>
                  <td className="govuk-table__cell">{ROLE_LABELS[u.role]}</td>
                  <td className="govuk-table__cell">{agencyName(u.agency_id)}</td>
                  <td className="govuk-table__cell">{u.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Disabled</Tag>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : null}
      {users.status === "ok" ? <CursorPagination nextCursor={users.data.next_cursor} label="users" /> : null}
    </>
  );
}

export function NewUserPage() {
  const navigate = useNavigate();
  const agencies = useLoad(loadAllAgencies, []);
  const form = useForm(
    { name: "", email: "", role: "", agency_id: "", password: "" },
    {
      validate: (v) =>
        collect([
          ["name", check.required(v.name, "Enter the person's full name")],
          ["email", check.required(v.email, "Enter their work email address") ?? check.email(v.email)],
          ["role", check.required(v.role, "Select a role")],
          ["agency_id", v.role === "member" ? check.required(v.agency_id, "Select the agency this review team member represents") : undefined],
          ["password", check.required(v.password, "Enter a first password") ?? (v.password.length < 12 ? "The password must be 12 characters or more" : undefined)],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const user = await unwrap(
      api.POST("/api/v1/users", {
        body: { name: v.name.trim(), email: v.email.trim(), role: v.role as Role, agency_id: v.agency_id || null, password: v.password },
      }),
    );
    navigate("/admin/users", { state: { created: user.name } });
  });
  const agencyOptions = [{ value: "", text: "None (partnership staff)" }, ...(agencies.status === "ok" ? agencies.data.filter((a) => a.active).map((a) => ({ value: a.id, text: a.name })) : [])];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Users</BackLink>
        <ErrorSummary items={form.summary} attempt={form.attempt} />
        <PageHeading hasError={form.hasErrors}>Add a user</PageHeading>
        <form noValidate onSubmit={onSubmit}>
          <TextInput {...form.field("name")} label="Full name" autoComplete="off" spellCheck={false} />
          <TextInput {...form.field("email")} label="Work email address" type="email" autoComplete="off" spellCheck={false} />
          <Radios {...form.field("role")} legend="Role" legendSize="s" options={ROLE_OPTIONS} />
          <Select {...form.field("agency_id")} label="Agency" hint="Required for review team members. Partnership staff and lead reviewers have none." options={agencyOptions} />
          <TextInput {...form.field("password")} label="First password" hint="12 characters or more. Give it to them in person or by phone; they can change it under Account." type="password" autoComplete="new-password" />
          <Button>Add user</Button>
        </form>
      </div>
    </div>
  );
}
