import { useState } from "react";
import { useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { Role, User } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateTimeText, SummaryList, Tag } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, ErrorSummary, Radios, Select } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { ROLE_LABELS } from "../../labels";
import { loadAllAgencies } from "./Agencies";
import { ROLE_OPTIONS } from "./Users";

export function UserDetailPage() {
  const { userId = "" } = useParams();
  const me = useMe();
  const [etag, setEtag] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const user = useLoad(async () => {
    const r = await call(api.GET("/api/v1/users/{user_id}", { params: { path: { user_id: userId } } }));
    setEtag(r.etag);
    return r.data;
  }, [userId]);
  const agencies = useLoad(loadAllAgencies, []);

  if (user.status === "loading") return <Loading />;
  if (user.status === "error") return <ProblemPage problem={user.problem} />;
  return <UserDetail key={`${user.data.id}:${etag}`} user={user.data} etag={etag} isSelf={user.data.id === me.id} agencies={agencies.status === "ok" ? agencies.data : []} done={done} onSaved={async (message) => { setDone(message); await user.reload(); }} />;
}

function UserDetail({ user, etag, isSelf, agencies, done, onSaved }: { user: User; etag: string | null; isSelf: boolean; agencies: { id: string; name: string; active: boolean }[]; done: string | null; onSaved(message: string): Promise<void> }) {
  const path = { params: { path: { user_id: user.id }, header: ifMatch(etag) } };
  const role = useForm(
    { role: user.role as string, agency_id: user.agency_id ?? "" },
    { validate: (v) => collect([["role", check.required(v.role, "Select a role")], ["agency_id", v.role === "member" ? check.required(v.agency_id, "Select the agency this review team member represents") : undefined]]) },
  );
  const status = useForm<Record<string, string>>({}, { fields: [] });
  const totp = useForm<Record<string, string>>({}, { fields: [] });

  const onRole = role.handleSubmit(async (v) => {
    await unwrap(api.PATCH("/api/v1/users/{user_id}", { ...path, body: { role: v.role as Role, agency_id: v.agency_id || null } }));
    await onSaved(`${user.name} is now a ${ROLE_LABELS[v.role as Role].toLowerCase()}.`);
  });
  const onStatus = status.handleSubmit(async () => {
    await unwrap(api.PATCH("/api/v1/users/{user_id}", { ...path, body: { active: !user.active } }));
    await onSaved(user.active ? `${user.name}'s account is disabled. They cannot sign in or use a token they already have.` : `${user.name}'s account is active again.`);
  });
  const onTotp = totp.handleSubmit(async () => {
    await unwrap(api.POST("/api/v1/users/{user_id}/totp/reset", path));
    await onSaved(`${user.name}'s two-factor authentication was reset. They will set it up again from their account page.`);
  });

  const agencyName = user.agency_id ? (agencies.find((a) => a.id === user.agency_id)?.name ?? "") : "None (partnership staff)";
  const agencyOptions = [{ value: "", text: "None (partnership staff)" }, ...agencies.filter((a) => a.active || a.id === user.agency_id).map((a) => ({ value: a.id, text: a.name }))];
  const anyErrors = role.hasErrors || status.hasErrors || totp.hasErrors;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Users</BackLink>
        {done ? <Banner success heading={done} /> : null}
        <ErrorSummary items={role.summary ?? status.summary ?? totp.summary} attempt={role.attempt + status.attempt + totp.attempt} />
        <PageHeading caption="User" hasError={anyErrors}>
          {user.name}
        </PageHeading>
        <SummaryList
          rows={[
            { key: "Email address", value: user.email },
            { key: "Role", value: ROLE_LABELS[user.role] },
            { key: "Agency", value: agencyName },
            { key: "Status", value: user.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Disabled</Tag> },
            { key: "Two-factor authentication", value: user.totp_enrolled ? <Tag colour="green">Set up</Tag> : <Tag colour="grey">Not set up</Tag> },
            { key: "Added", value: <DateTimeText iso={user.created_at} /> },
          ]}
        />
        {isSelf ? (
          <p className="govuk-inset-text">This is your own account. Another administrator must change your role or disable it.</p>
        ) : (
          <>
            <h2 className="govuk-heading-m">Change role</h2>
            <form noValidate onSubmit={onRole}>
              <Radios {...role.field("role")} legend="Role" legendSize="s" options={ROLE_OPTIONS} />
              <Select {...role.field("agency_id")} label="Agency" options={agencyOptions} />
              <Button>Save role</Button>
            </form>

            <h2 className="govuk-heading-m">{user.active ? "Disable account" : "Enable account"}</h2>
            <form noValidate onSubmit={onStatus}>
              <p className="govuk-body">{user.active ? "A disabled account cannot sign in, and any token it holds stops working at its next request." : "They will be able to sign in again with their existing password."}</p>
              <Button warning={user.active} secondary={!user.active}>
                {user.active ? "Disable account" : "Enable account"}
              </Button>
            </form>

            {user.totp_enrolled ? (
              <>
                <h2 className="govuk-heading-m">Two-factor authentication</h2>
                <form noValidate onSubmit={onTotp}>
                  <p className="govuk-body">Reset it if they lost the device with their authenticator app.</p>
                  <Button secondary>Reset two-factor authentication</Button>
                </form>
              </>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
