import { useState } from "react";
import { api, unwrap } from "../api/client";
import type { TotpEnrolment } from "../api/types";
import { useAuth, useMe } from "../auth/AuthContext";
import { PageHeading } from "../components/Page";
import { Banner, SummaryList, Tag } from "../components/ui";
import { check, collect } from "../forms/errors";
import { Button, ErrorSummary, TextInput } from "../forms/fields";
import { useForm } from "../forms/useForm";
import { ROLE_LABELS } from "../labels";

/** Your account: details, two-factor authentication (TOTP) enrolment, password. */
export function AccountPage() {
  const me = useMe();
  const { reloadMe } = useAuth();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const start = useForm<Record<string, string>>({}, { fields: [] });
  const confirm = useForm({ code: "" }, { validate: (v) => collect([["code", check.required(v.code, "Enter the 6-digit code from your authenticator app") ?? check.totp(v.code)]]) });
  const password = useForm(
    { current_password: "", new_password: "" },
    {
      validate: (v) =>
        collect([
          ["current_password", check.required(v.current_password, "Enter your current password")],
          ["new_password", check.required(v.new_password, "Enter a new password") ?? (v.new_password.length < 12 ? "Your new password must be 12 characters or more" : undefined)],
        ]),
    },
  );

  const mustEnrol = me.totp_enrolment_required && !me.totp_enrolled;

  const onStart = start.handleSubmit(async () => {
    setDone(null);
    setEnrolment(await unwrap(api.POST("/api/v1/me/totp")));
  });

  const onConfirm = confirm.handleSubmit(async (v) => {
    await unwrap(api.POST("/api/v1/me/totp/confirm", { body: { code: v.code.replace(/\s+/g, "") } }));
    setEnrolment(null);
    confirm.setValue("code", "");
    setDone("Two-factor authentication is set up. You will need a code from your authenticator app each time you sign in.");
    await reloadMe();
  });

  const onPassword = password.handleSubmit(async (v) => {
    await unwrap(api.POST("/api/v1/me/password", { body: v }));
    password.setValues({ current_password: "", new_password: "" });
    setDone("Your password has been changed.");
  });

  const anyErrors = start.hasErrors || confirm.hasErrors || password.hasErrors;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {done ? <Banner success heading={done} /> : null}
        {mustEnrol && !done ? (
          <Banner heading="Set up two-factor authentication to continue">
            <p className="govuk-body">Your partnership requires administrators to use a second factor. Until you set it up you can only use this page.</p>
          </Banner>
        ) : null}
        <PageHeading hasError={anyErrors}>Your account</PageHeading>
        <SummaryList
          rows={[
            { key: "Name", value: me.name },
            { key: "Email address", value: me.email },
            { key: "Role", value: ROLE_LABELS[me.role] },
            { key: "Partnership", value: me.partnership.name },
            { key: "Agency", value: me.agency ? me.agency.name : "None (partnership staff)" },
            {
              key: "Two-factor authentication",
              value: me.totp_enrolled ? <Tag colour="green">Set up</Tag> : <Tag colour={mustEnrol ? "red" : "grey"}>Not set up</Tag>,
            },
          ]}
        />

        <h2 className="govuk-heading-m" id="two-factor">
          Two-factor authentication
        </h2>
        {me.totp_enrolled && !enrolment ? (
          <p className="govuk-body">You sign in with your password and a code from your authenticator app. If you lose your device, ask your partnership's business co-ordinator to reset it.</p>
        ) : null}
        {!me.totp_enrolled && !enrolment ? (
          <form noValidate onSubmit={onStart}>
            <ErrorSummary items={start.summary} attempt={start.attempt} />
            <p className="govuk-body">Use an authenticator app on your work phone (for example Microsoft Authenticator). Each time you sign in you will type the 6-digit code it shows.</p>
            <Button>Set up two-factor authentication</Button>
          </form>
        ) : null}
        {enrolment ? (
          <form noValidate onSubmit={onConfirm}>
            <ErrorSummary items={confirm.summary} attempt={confirm.attempt} />
            <ol className="govuk-list govuk-list--number">
              <li>
                In your authenticator app, choose to add an account and enter this key by hand:
                <p className="govuk-body govuk-!-font-weight-bold app-code" aria-label="Setup key">
                  {enrolment.secret.replace(/(.{4})/g, "$1 ").trim()}
                </p>
                <details className="govuk-details">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">Your app asks for a link instead</span>
                  </summary>
                  <div className="govuk-details__text">
                    <p className="govuk-body">Copy this link into the app:</p>
                    <p className="govuk-body app-code">{enrolment.otpauth_uri}</p>
                  </div>
                </details>
              </li>
              <li>Enter the 6-digit code the app now shows.</li>
            </ol>
            <TextInput {...confirm.field("code")} label="Code from your authenticator app" autoComplete="one-time-code" inputMode="numeric" width="5" spellCheck={false} maxLength={8} />
            <Button>Confirm code</Button>
          </form>
        ) : null}

        {!mustEnrol ? (
          <>
            <h2 className="govuk-heading-m">Change your password</h2>
            <form noValidate onSubmit={onPassword}>
              <ErrorSummary items={password.summary} attempt={password.attempt} />
              {/* Lets password managers pair the new password with the account. */}
              <input type="text" name="username" autoComplete="username" value={me.email} readOnly hidden />
              <TextInput {...password.field("current_password")} label="Current password" type="password" autoComplete="current-password" />
              <TextInput {...password.field("new_password")} label="New password" hint="12 characters or more. A few unrelated words make a strong password." type="password" autoComplete="new-password" />
              <Button secondary>Change password</Button>
            </form>
          </>
        ) : null}
      </div>
    </div>
  );
}
