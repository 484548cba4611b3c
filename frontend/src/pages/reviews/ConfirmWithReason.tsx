/** A GOV.UK confirmation page for an action that cannot be undone and needs a reason
 * (cancelling a meeting, withdrawing a draft or a request): the record is kept, so the form
 * asks why, and asks the person to confirm before the warning button sends it. */
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { PageHeading } from "../../components/Page";
import { BackLink, DateText, Tag, WarningText } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, ErrorSummary, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import type { Me, Review } from "../../api/types";
import { useReview } from "./ReviewLayout";

/** The success message a confirmation page navigated back with, for the list's banner. It is
 * said once: the browser's history entry forgets it (the router keeps it for this visit), so a
 * reload, or coming back to the page, does not say it again. */
export function useSavedMessage(): string | null {
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved ?? null;
  useEffect(() => {
    const entry = window.history.state as { usr?: unknown } | null;
    if (saved && entry?.usr) window.history.replaceState({ ...entry, usr: null }, "");
  }, [saved, location.key]);
  return saved;
}

/** A review page's success banner, and whether a form on it shows errors (the page's title then
 * starts "Error: "): a form's errors replace the last banner, which no longer says what just
 * happened. `setDone` shows a new banner; the one a confirmation page came back with shows until
 * then. */
export function usePageMessages() {
  const [done, setDone] = useState<string | null>(null);
  const [hasErrors, setHasErrors] = useState(false);
  const onErrors = useCallback((has: boolean) => {
    setHasErrors(has);
    if (has) setDone(null);
  }, []);
  const returned = useSavedMessage();
  return { banner: done ?? (hasErrors ? null : returned), hasErrors, onErrors, setDone };
}

/** Tells the page whether a form on it shows errors (see usePageMessages). */
export function useReportErrors(hasErrors: boolean, onErrors: (has: boolean) => void) {
  useEffect(() => {
    onErrors(hasErrors);
    return () => onErrors(false);
  }, [hasErrors, onErrors]);
}

/** Whether `me` manages `review`: a partnership administrator, or the review's own lead reviewer. */
export function managesReview(me: Pick<Me, "id" | "role">, review: Pick<Review, "lead_reviewer_id">): boolean {
  return me.role === "partnership_admin" || (me.role === "lead_reviewer" && review.lead_reviewer_id === me.id);
}

export interface ConfirmWithReasonProps {
  /** The page's h1 and the form's accessible name, e.g. "Cancel the family meeting on 3 March 2026". */
  heading: string;
  /** Where "back" and the keep link go. */
  backTo: string;
  backText: string;
  /** The link that leaves without doing anything, e.g. "Keep the meeting". */
  keepText: string;
  warning: ReactNode;
  reasonLabel: string;
  reasonHint: string;
  /** Shown when the reason is empty, e.g. "Enter why the meeting is cancelled". */
  reasonMissing: string;
  /** The API's minimum length for the reason. */
  minLength: number;
  confirmLabel: string;
  confirmMissing: string;
  submit: string;
  /** Sends the request with the trimmed reason; throws a problem to show it on the form. */
  onConfirm(reason: string): Promise<void>;
}

export function ConfirmWithReason(props: ConfirmWithReasonProps) {
  const { review } = useReview();
  const form = useForm(
    { reason: "", confirm: false },
    {
      idPrefix: "confirm",
      validate: (v) =>
        collect([
          ["reason", check.required(v.reason, props.reasonMissing) ?? (v.reason.trim().length < props.minLength ? `The reason must be ${props.minLength} characters or more` : undefined)],
          ["confirm", v.confirm ? undefined : props.confirmMissing],
        ]),
    },
  );
  const onSubmit = form.handleSubmit((v) => props.onConfirm(v.reason.trim()));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={props.backTo}>{props.backText}</BackLink>
        <PageHeading caption={review.reference} title={`${props.heading} – ${review.reference}`} hasError={form.hasErrors}>
          {props.heading}
        </PageHeading>
        <form noValidate onSubmit={onSubmit} aria-label={props.heading}>
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <WarningText>{props.warning}</WarningText>
          <Textarea {...form.field("reason")} label={props.reasonLabel} labelClassName="govuk-label--s" hint={props.reasonHint} rows={3} required />
          <Checkbox {...form.field("confirm")} label={props.confirmLabel} />
          <div className="govuk-button-group">
            <Button warning>{props.submit}</Button>
            <Link className="govuk-link" to={props.backTo}>
              {props.keepText}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

/** The page shown instead of the form when the record can no longer take the action. */
export function AlreadyDone({ heading, backTo, backText, children }: { heading: string; backTo: string; backText: string; children: ReactNode }) {
  const { review } = useReview();
  return (
    <>
      <BackLink to={backTo}>{backText}</BackLink>
      <PageHeading caption={review.reference} title={`${heading} – ${review.reference}`}>
        {heading}
      </PageHeading>
      <p className="govuk-body">{children}</p>
    </>
  );
}

/** A "Withdrawn" tag with the date and the reason under it, for a status cell. */
export function WithdrawnStatus({ on, reason }: { on: string; reason: string | null }) {
  return (
    <>
      <Tag colour="grey">Withdrawn</Tag>
      <span className="govuk-body-s govuk-!-display-block app-break-word">
        <DateText iso={on} />
        {reason ? `: ${reason}` : ""}
      </span>
    </>
  );
}

/** A table's action cell: a link to the confirmation page while the record can still take it
 * (`to` null otherwise); `label` names the row for screen readers after the visible `text`. */
export function ActionCell({ to, text, label }: { to: string | null; text: string; label: string }) {
  return (
    <td className="govuk-table__cell">
      {to ? (
        <Link className="govuk-link" to={to}>
          {text}
          <span className="govuk-visually-hidden"> {label}</span>
        </Link>
      ) : null}
    </td>
  );
}
