import { useEffect, useRef, useState } from "react";
import { Navigate, useLocation, useNavigate, useSearchParams } from "react-router";
import { isProblemType } from "../api/problem";
import { useAuth } from "../auth/AuthContext";
import { safeNext } from "../auth/guards";
import { PageHeading } from "../components/Page";
import { collect, check } from "../forms/errors";
import { Button, ErrorSummary, TextInput } from "../forms/fields";
import { useForm } from "../forms/useForm";

interface SignInValues extends Record<string, string> {
  email: string;
  password: string;
  totp: string;
}

export function SignInPage() {
  const { state, signIn } = useAuth();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = safeNext(params.get("next"));
  const [totpShown, setTotpShown] = useState(false);
  const [totpPrompt, setTotpPrompt] = useState(false);
  const totpRef = useRef<HTMLDivElement>(null);

  const reason =
    (location.state as { reason?: string } | null)?.reason ?? (state.status === "anonymous" ? state.reason : undefined);

  const form = useForm<SignInValues>(
    { email: "", password: "", totp: "" },
    {
      fields: ["email", "password", "totp"],
      validate: (v) =>
        collect([
          ["email", check.required(v.email, "Enter your email address") ?? check.email(v.email)],
          ["password", check.required(v.password, "Enter your password")],
          ["totp", totpShown ? (check.required(v.totp, "Enter the 6-digit code from your authenticator app") ?? check.totp(v.totp)) : undefined],
        ]),
    },
  );

  useEffect(() => {
    if (totpPrompt) totpRef.current?.querySelector("input")?.focus();
  }, [totpPrompt]);

  if (state.status === "authenticated") return <Navigate to={next} replace />;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await signIn({ email: values.email.trim(), password: values.password, totp: totpShown ? values.totp.replace(/\s+/g, "") : undefined });
    if (result.ok) {
      navigate(next, { replace: true });
      return;
    }
    const { problem } = result;
    if (result.totpRequired) {
      const hadCode = totpShown && values.totp.trim() !== "";
      setTotpShown(true);
      if (!hadCode) {
        // First time we learn the account has a second factor: show the field, no error yet.
        form.clearErrors();
        setTotpPrompt(true);
        return;
      }
      form.showProblem({ ...problem, errors: [{ field: "totp", message: "The code is not valid or was already used. Enter the current code from your authenticator app" }] });
      return;
    }
    if (problem.status === 429) {
      const wait = result.retryAfterSeconds ? ` Try again in ${Math.ceil(result.retryAfterSeconds / 60)} minute${result.retryAfterSeconds > 60 ? "s" : ""}.` : " Try again later.";
      form.showProblem({ ...problem, errors: [], detail: `Too many attempts to sign in.${wait}` });
      return;
    }
    if (problem.status === 401 || isProblemType(problem, "invalid-credentials")) {
      form.showProblem({ ...problem, errors: [{ field: "email", message: "Enter a correct email address and password" }] });
      return;
    }
    form.showProblem(problem);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary items={form.summary} attempt={form.attempt} />
        {!form.hasErrors && reason === "expired" ? (
          <div className="govuk-notification-banner" role="region" aria-labelledby="session-banner-title" data-module="govuk-notification-banner">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="session-banner-title">
                Important
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">Your session has ended. Sign in again to continue where you were.</p>
            </div>
          </div>
        ) : null}
        {!form.hasErrors && reason === "signed-out" ? (
          <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="signout-banner-title" data-module="govuk-notification-banner">
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="signout-banner-title">
                Success
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">You have signed out.</p>
            </div>
          </div>
        ) : null}
        <PageHeading hasError={form.hasErrors}>Sign in to CSPR Hub</PageHeading>
        {state.status === "loading" ? null : (
          <form noValidate onSubmit={onSubmit} method="post" action="/sign-in">
            <TextInput {...form.field("email")} label="Email address" type="email" autoComplete="username" spellCheck={false} required />
            <TextInput {...form.field("password")} label="Password" type="password" autoComplete="current-password" required />
            {totpShown ? (
              <div ref={totpRef}>
                <TextInput
                  {...form.field("totp")}
                  label="Security code"
                  hint="Your account has two-factor authentication. Enter the 6-digit code your authenticator app shows now."
                  autoComplete="one-time-code"
                  inputMode="numeric"
                  width="5"
                  spellCheck={false}
                  maxLength={8}
                  required
                />
              </div>
            ) : null}
            <Button>{form.submitting ? "Signing in…" : "Sign in"}</Button>
          </form>
        )}
        <p className="govuk-body">If you cannot sign in, ask your partnership's business co-ordinator.</p>
      </div>
    </div>
  );
}
