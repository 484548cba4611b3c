import { useState } from "react";
import { api, call, ifMatch } from "../../api/client";
import type { PartnershipSettings } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { Loading } from "../../auth/guards";
import { ProblemBanner } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner } from "../../components/ui";
import { collect } from "../../forms/errors";
import { Button, ErrorSummary, TextInput } from "../../forms/fields";
import { useForm } from "../../forms/useForm";

/** A whole number within [min, max], or the message saying what is wanted. */
export function wholeNumberError(value: string, min: number, max: number, what: string): string | undefined {
  if (!value.trim()) return `Enter the ${what}`;
  if (!/^[0-9]+$/.test(value.trim())) return `The ${what} must be a whole number`;
  const n = Number(value);
  return n < min || n > max ? `The ${what} must be between ${min} and ${max}` : undefined;
}

/** The partnership's settings for review work: the attendance threshold and the contact interval. */
export function SettingsPage() {
  const loaded = useLoad(() => call(api.GET("/api/v1/partnership/settings")), []);
  return (
    <>
      <BackLink to="/admin">Administration</BackLink>
      {loaded.status === "loading" ? <Loading /> : null}
      {loaded.status === "error" ? <ProblemBanner problem={loaded.problem} /> : null}
      {loaded.status === "ok" ? <SettingsForm settings={loaded.data.data} etag={loaded.data.etag} /> : null}
    </>
  );
}

function SettingsForm({ settings, etag }: { settings: PartnershipSettings; etag: string | null }) {
  const [done, setDone] = useState<string | null>(null);
  const [current, setCurrent] = useState(etag);
  const form = useForm(
    { attendance_threshold_percent: String(settings.attendance_threshold_percent), contact_interval_days: String(settings.contact_interval_days) },
    {
      validate: (v) =>
        collect([
          ["attendance_threshold_percent", wholeNumberError(v.attendance_threshold_percent, 1, 100, "attendance threshold")],
          ["contact_interval_days", wholeNumberError(v.contact_interval_days, 1, 365, "contact interval")],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const saved = await call(
      api.PATCH("/api/v1/partnership/settings", {
        params: { header: ifMatch(current) },
        body: { attendance_threshold_percent: Number(v.attendance_threshold_percent), contact_interval_days: Number(v.contact_interval_days) },
      }),
    );
    setCurrent(saved.etag);
    setDone("Settings saved.");
  });
  return (
    <>
      {done ? <Banner success heading={done} /> : null}
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <PageHeading hasError={form.hasErrors}>Review settings</PageHeading>
      <form noValidate onSubmit={onSubmit} aria-label="Review settings">
        <TextInput {...form.field("attendance_threshold_percent")} label="Attendance threshold (%)" hint="A member's attendance at review team meetings at or above this completes their attendance duty" width="3" inputMode="numeric" />
        <TextInput {...form.field("contact_interval_days")} label="Contact interval (days)" hint="Each practitioner is to be contacted at least this often" width="3" inputMode="numeric" />
        <Button>Save settings</Button>
      </form>
    </>
  );
}
