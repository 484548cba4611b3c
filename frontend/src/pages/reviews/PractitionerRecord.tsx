/** One practitioner of an agency on a review: add, read (with the contact log), change and
 * withdraw. Names and contact details are personal data: the API answers only those entitled
 * to them and audits every read. */
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { ContactKind, Practitioner, SupportStatus } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateText, DateTimeText, SummaryList, WarningText, dateOrNone, formatDate } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, DateInput, ErrorSummary, Radios, Select, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, emptyDate, isoToDateParts, useForm, type DateParts } from "../../forms/useForm";
import { todayIso } from "./dates";
import { CONTACT_KIND, PractitionerStatusTag, SUPPORT_STATUS } from "./Practitioners";
import { useReview } from "./ReviewLayout";

const listUrl = (reviewId: string) => `/reviews/${reviewId}/practitioners`;
const recordUrl = (reviewId: string, id: string) => `${listUrl(reviewId)}/${id}`;

async function loadPractitioner(reviewId: string, id: string) {
  const r = await call(api.GET("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}", { params: { path: { review_id: reviewId, practitioner_id: id } } }));
  return { practitioner: r.data, etag: r.etag ?? r.data.etag };
}

interface PractitionerValues {
  [key: string]: string | boolean | DateParts;
  name: string;
  job_title: string;
  team: string;
  work_email: string;
  phone: string;
  line_manager: string;
  involvement: string;
  involved_from: DateParts;
  involved_to: DateParts;
  consent_to_contact: boolean;
  support_status: string;
}

function valuesOf(p: Practitioner | null): PractitionerValues {
  return {
    name: p?.name ?? "",
    job_title: p?.job_title ?? "",
    team: p?.team ?? "",
    work_email: p?.work_email ?? "",
    phone: p?.phone ?? "",
    line_manager: p?.line_manager ?? "",
    involvement: p?.involvement ?? "",
    involved_from: isoToDateParts(p?.involved_from),
    involved_to: isoToDateParts(p?.involved_to),
    consent_to_contact: p?.consent_to_contact ?? false,
    support_status: p?.support_status ?? "",
  };
}

function dateError(parts: DateParts, what: string): string | undefined {
  const iso = datePartsToIso(parts);
  return iso === null ? `The date ${what} must be a real date` : undefined;
}

function bodyOf(v: PractitionerValues) {
  const text = (s: string) => s.trim() || null;
  return {
    name: v.name.trim(),
    job_title: v.job_title.trim(),
    team: text(v.team),
    work_email: text(v.work_email),
    phone: text(v.phone),
    line_manager: text(v.line_manager),
    involvement: text(v.involvement),
    involved_from: datePartsToIso(v.involved_from) || null,
    involved_to: datePartsToIso(v.involved_to) || null,
    consent_to_contact: v.consent_to_contact,
    support_status: (v.support_status || null) as SupportStatus | null,
  };
}

/** The add and change form: the same questions, in the same order. */
function PractitionerForm({ initial, idPrefix, label, submit, onSubmit }: { initial: Practitioner | null; idPrefix: string; label: string; submit: string; onSubmit(body: ReturnType<typeof bodyOf>): Promise<void> }) {
  const form = useForm<PractitionerValues>(valuesOf(initial), {
    idPrefix,
    dateFields: ["involved_from", "involved_to"],
    validate: (v) => {
      const from = datePartsToIso(v.involved_from);
      const to = datePartsToIso(v.involved_to);
      return collect([
        ["name", check.required(v.name, "Enter the practitioner's name") ?? (v.name.trim().length < 2 ? "The name must be 2 characters or more" : undefined)],
        ["job_title", check.required(v.job_title, "Enter the practitioner's job title") ?? (v.job_title.trim().length < 2 ? "The job title must be 2 characters or more" : undefined)],
        ["work_email", v.work_email.trim() ? check.email(v.work_email.trim()) : undefined],
        ["phone", v.phone.trim() && v.phone.trim().length < 3 ? "The phone number must be 3 characters or more" : undefined],
        ["line_manager", v.line_manager.trim() && v.line_manager.trim().length < 2 ? "The line manager's name must be 2 characters or more" : undefined],
        ["involved_from", dateError(v.involved_from, "their involvement began")],
        ["involved_to", dateError(v.involved_to, "their involvement ended") ?? (from && to && to < from ? "The date their involvement ended must be on or after the date it began" : undefined)],
      ]);
    },
  });
  return (
    <form noValidate onSubmit={form.handleSubmit((v) => onSubmit(bodyOf(v)))} aria-label={label}>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <TextInput {...form.field("name")} label="Name" autoComplete="off" width="two-thirds" />
      <TextInput {...form.field("job_title")} label="Job title" width="two-thirds" />
      <TextInput {...form.field("team")} label="Team (optional)" width="two-thirds" />
      <TextInput {...form.field("work_email")} label="Work email (optional)" type="email" autoComplete="off" spellCheck={false} width="two-thirds" />
      <TextInput {...form.field("phone")} label="Work phone (optional)" type="tel" autoComplete="off" width="20" />
      <TextInput {...form.field("line_manager")} label="Line manager (optional)" autoComplete="off" width="two-thirds" />
      <Textarea {...form.field("involvement")} label="Involvement (optional)" labelClassName="govuk-label--s" hint="What the practitioner did in the case, within the terms-of-reference period" rows={3} />
      <DateInput {...form.field("involved_from")} legend="Involved from (optional)" legendSize="s" hint="For example, 1 6 2025" />
      <DateInput {...form.field("involved_to")} legend="Involved until (optional)" legendSize="s" hint="For example, 30 11 2025" />
      <Checkbox {...form.field("consent_to_contact")} label="The practitioner agreed to be contacted about the review" />
      <Radios {...form.field("support_status")} legend="Support (optional)" legendSize="s" small options={[{ value: "", text: "Not recorded" }, ...Object.entries(SUPPORT_STATUS).map(([value, text]) => ({ value, text }))]} />
      <Button>{submit}</Button>
    </form>
  );
}

export function AddPractitionerPage() {
  const { review } = useReview();
  const navigate = useNavigate();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={listUrl(review.id)}>Practitioners</BackLink>
        <PageHeading title={`Add a practitioner – ${review.reference}`}>Add a practitioner</PageHeading>
        <p className="govuk-body">Their name and contact details are seen only by your agency's review team members, the lead reviewer and the partnership's administrators.</p>
        <PractitionerForm
          initial={null}
          idPrefix="add"
          label="Add a practitioner"
          submit="Add practitioner"
          onSubmit={async (body) => {
            const created = await unwrap(api.POST("/api/v1/reviews/{review_id}/practitioners", { params: { path: { review_id: review.id } }, body }));
            navigate(recordUrl(review.id, created.id), { state: { saved: `${created.name} added.` } });
          }}
        />
      </div>
    </div>
  );
}

export function EditPractitionerPage() {
  const { review } = useReview();
  const { practitionerId = "" } = useParams();
  const navigate = useNavigate();
  const data = useLoad(() => loadPractitioner(review.id, practitionerId), [review.id, practitionerId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { practitioner, etag } = data.data;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={recordUrl(review.id, practitioner.id)}>{practitioner.name}</BackLink>
        <PageHeading caption={review.reference} title={`Change ${practitioner.name} – ${review.reference}`}>
          Change {practitioner.name}
        </PageHeading>
        <PractitionerForm
          initial={practitioner}
          idPrefix="edit"
          label={`Change ${practitioner.name}`}
          submit="Save changes"
          onSubmit={async (body) => {
            const saved = await unwrap(api.PATCH("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}", { params: { path: { review_id: review.id, practitioner_id: practitioner.id }, header: ifMatch(etag) }, body }));
            navigate(recordUrl(review.id, saved.id), { state: { saved: `${saved.name}'s details were saved.` } });
          }}
        />
      </div>
    </div>
  );
}

export function WithdrawPractitionerPage() {
  const { review } = useReview();
  const { practitionerId = "" } = useParams();
  const navigate = useNavigate();
  const data = useLoad(() => loadPractitioner(review.id, practitionerId), [review.id, practitionerId]);
  const form = useForm(
    { reason: "", confirm: false },
    {
      idPrefix: "withdraw",
      validate: (v) =>
        collect([
          ["reason", check.required(v.reason, "Say why the practitioner is withdrawn") ?? (v.reason.trim().length < 3 ? "The reason must be 3 characters or more" : undefined)],
          ["confirm", v.confirm ? undefined : "Confirm that you want to withdraw the practitioner"],
        ]),
    },
  );
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { practitioner } = data.data;
  const onSubmit = form.handleSubmit(async (v) => {
    const withdrawn = await unwrap(api.POST("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/withdraw", { params: { path: { review_id: review.id, practitioner_id: practitioner.id } }, body: { reason: v.reason.trim() } }));
    navigate(listUrl(review.id), { state: { saved: `${withdrawn.name} withdrawn. Their record and contacts are kept.` } });
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={recordUrl(review.id, practitioner.id)}>{practitioner.name}</BackLink>
        <PageHeading caption={review.reference} title={`Withdraw ${practitioner.name} – ${review.reference}`} hasError={form.hasErrors}>
          Withdraw {practitioner.name}
        </PageHeading>
        {practitioner.active ? (
          <form noValidate onSubmit={onSubmit} aria-label={`Withdraw ${practitioner.name}`}>
            <ErrorSummary items={form.summary} attempt={form.attempt} />
            <WarningText>Withdrawing cannot be undone. The practitioner's record and contact log are kept, but they no longer count towards your agency's practitioners.</WarningText>
            <Textarea {...form.field("reason")} label="Why are you withdrawing them?" labelClassName="govuk-label--s" hint="For example, added in error: not involved in the period" rows={3} />
            <Checkbox {...form.field("confirm")} label={`I want to withdraw ${practitioner.name}`} />
            <div className="govuk-button-group">
              <Button warning>Withdraw practitioner</Button>
              <Link className="govuk-link" to={recordUrl(review.id, practitioner.id)}>
                Cancel
              </Link>
            </div>
          </form>
        ) : (
          <p className="govuk-body">
            {practitioner.name} was withdrawn on <DateText iso={practitioner.withdrawn_on} />.
          </p>
        )}
      </div>
    </div>
  );
}

/** The log oldest first, with each correction after the entry it corrects even when both were
 * recorded in the same instant (the API orders ties by id). */
export function correctionsAfter<T extends { id: string; corrects: string | null }>(entries: T[]): T[] {
  const ordered = [...entries];
  for (let i = 0; i < ordered.length; i++) {
    const entry = ordered[i]!;
    const target = entry.corrects ? ordered.findIndex((e) => e.id === entry.corrects) : -1;
    if (target > i) {
      ordered.splice(i, 1);
      ordered.splice(target, 0, entry);
      i--;
    }
  }
  return ordered;
}

/** A practitioner's details and contact log, with "Add contact" for their agency's member. */
export function PractitionerPage() {
  const { review } = useReview();
  const { practitionerId = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const saved = (location.state as { saved?: string } | null)?.saved ?? null;
  const data = useLoad(async () => {
    const [{ practitioner }, contacts] = await Promise.all([
      loadPractitioner(review.id, practitionerId),
      unwrap(api.GET("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/contacts", { params: { path: { review_id: review.id, practitioner_id: practitionerId }, query: { limit: 200 } } })),
    ]);
    return { practitioner, contacts: correctionsAfter(contacts.items) };
  }, [review.id, practitionerId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { practitioner: p, contacts } = data.data;
  const writes = me.role === "member" && me.agency?.id === p.agency_id;
  const base = recordUrl(review.id, p.id);
  const change = writes && p.active ? [{ href: `${base}/edit`, text: "Change", visuallyHiddenText: "the practitioner's details" }] : undefined;
  const number = new Map(contacts.map((c, i) => [c.id, i + 1] as const));
  return (
    <>
      <BackLink to={listUrl(review.id)}>Practitioners</BackLink>
      {saved ? <Banner success heading={saved} /> : null}
      <PageHeading caption={`${review.reference} · practitioner`} title={`${p.name} – ${review.reference}`}>
        {p.name}
      </PageHeading>
      <p className="govuk-body">
        <PractitionerStatusTag practitioner={p} />
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: "Job title", value: p.job_title, actions: change },
              { key: "Team", value: p.team },
              { key: "Work email", value: p.work_email ? <span className="app-break-word">{p.work_email}</span> : null },
              { key: "Work phone", value: p.phone },
              { key: "Line manager", value: p.line_manager },
              { key: "Involvement", value: p.involvement ? <span className="app-pre-line">{p.involvement}</span> : null },
              { key: "Involved", value: p.involved_from || p.involved_to ? <>{dateOrNone(p.involved_from)} to {dateOrNone(p.involved_to)}</> : null },
              { key: "Consent to be contacted", value: p.consent_to_contact ? "Agreed" : "Not recorded" },
              { key: "Support", value: p.support_status ? SUPPORT_STATUS[p.support_status] : null },
              p.external_ref ? { key: "Agency system id", value: <span className="app-code">{p.external_ref}</span> } : null,
              !p.active && { key: "Withdrawn", value: <><DateText iso={p.withdrawn_on} />{p.withdrawn_reason ? `: ${p.withdrawn_reason}` : ""}</> },
            ]}
          />
          {writes && p.active ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`${base}/withdraw`}>
                Withdraw {p.name}
              </Link>
            </p>
          ) : null}

          <h2 className="govuk-heading-m" id="contact-log">
            Contact log
          </h2>
          {contacts.length === 0 ? (
            <p className="govuk-body">No contacts recorded yet.</p>
          ) : (
            <ol className="govuk-list app-contact-log" aria-labelledby="contact-log">
              {contacts.map((c, i) => (
                <li key={c.id} className="govuk-!-margin-bottom-4" id={`contact-${c.id}`}>
                  <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                    Entry {i + 1}: {CONTACT_KIND[c.kind]}, <DateText iso={c.contacted_on} />
                  </h3>
                  {c.corrects ? <p className="govuk-body-s govuk-!-margin-bottom-1">Corrects entry {number.get(c.corrects) ?? "(an earlier entry)"}</p> : null}
                  {contacts.some((later) => later.corrects === c.id) ? <p className="govuk-body-s govuk-!-margin-bottom-1">Corrected by entry {contacts.filter((later) => later.corrects === c.id).map((later) => number.get(later.id)).join(", ")}</p> : null}
                  {c.note ? <p className="govuk-body govuk-!-margin-bottom-1 app-pre-line">{c.note}</p> : null}
                  <p className="govuk-body-s govuk-!-margin-bottom-0">
                    Recorded <DateTimeText iso={c.recorded_at} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          {writes && p.active ? (
            <AddContact
              reviewId={review.id} practitioner={p} contacts={contacts.map((c) => ({ id: c.id, text: `Entry ${number.get(c.id)}: ${CONTACT_KIND[c.kind]}, ${formatDate(c.contacted_on)}` }))} onSaved={async (message) => {
                navigate(base, { replace: true, state: { saved: message } });
                await data.reload();
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}

function AddContact({ reviewId, practitioner, contacts, onSaved }: { reviewId: string; practitioner: Practitioner; contacts: { id: string; text: string }[]; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { kind: "", contacted_on: emptyDate(), note: "", corrects: "" },
    {
      idPrefix: "contact",
      dateFields: ["contacted_on"],
      validate: (v) => {
        const on = datePartsToIso(v.contacted_on);
        return collect([
          ["kind", check.required(v.kind, "Select the kind of contact")],
          ["contacted_on", on === "" ? "Enter the date of the contact" : on === null ? "The date of the contact must be a real date" : on > todayIso() ? "The date of the contact must be today or in the past" : undefined],
        ]);
      },
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/practitioners/{practitioner_id}/contacts", {
        params: { path: { review_id: reviewId, practitioner_id: practitioner.id } },
        body: { kind: v.kind as ContactKind, contacted_on: datePartsToIso(v.contacted_on)!, note: v.note.trim() || null, corrects: v.corrects || null },
      }),
    );
    form.setValues({ kind: "", contacted_on: emptyDate(), note: "", corrects: "" });
    await onSaved(`Contact with ${practitioner.name} recorded.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="add-contact">
      <h2 className="govuk-heading-m" id="add-contact">
        Add contact
      </h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios {...form.field("kind")} legend="Kind of contact" legendSize="s" small options={Object.entries(CONTACT_KIND).map(([value, text]) => ({ value, text }))} />
      <DateInput {...form.field("contacted_on")} legend="Date of the contact" legendSize="s" hint="For example, 27 3 2026" />
      <Textarea {...form.field("note")} label="Note (optional)" labelClassName="govuk-label--s" rows={3} />
      {contacts.length ? <Select {...form.field("corrects")} label="Corrects an earlier entry (optional)" hint="Entries are never changed: to correct one, add a new entry that names it" options={[{ value: "", text: "No, a new contact" }, ...contacts.map((c) => ({ value: c.id, text: c.text }))]} /> : null}
      <Button secondary>Add contact</Button>
    </form>
  );
}
