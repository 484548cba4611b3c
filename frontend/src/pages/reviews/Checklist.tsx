import type { ReactNode } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { ChecklistEvidence, ChecklistItem, ItemStatus } from "../../api/types";
import type { components } from "../../api/schema";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateText, DateTimeText, SummaryList, formatDate, formatDateTime } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, Checkboxes, ErrorSummary, Radios, TextInput, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { ItemStatusTag, TaskList } from "./components";
import { loadAgencies } from "./data";
import { DOCUMENT_STATUS, DRAFT_RESPONSE, ITEM_STATUS, PLAN_ITEM, PROCEEDING_KIND } from "./labels";

/** What a member declares now, and parallel proceedings (recorded at /proceedings). */
type FormKind = components["schemas"]["DeclarableKind"] | "parallel_proceedings";

/** Derived duties completed by a declaration of this kind (proceedings: by records, or none). */
const DECLARED_BY: Record<string, FormKind> = {
  confidentiality: "confidentiality",
  voice_of_the_child: "voice_of_the_child",
  performance_leads: "performance_lead",
  parallel_proceedings: "parallel_proceedings",
  identify_practitioners: "no_practitioners",
};

/** Where the records a derived duty rests on are kept, with the link's words for the member
 * themself and for anyone else. */
const RECORDS_PAGE: Record<string, { path: string; own: string; other: string }> = {
  record_alerts: { path: "subjects", own: "Confirm the alerts on your agency's records", other: "See the alerts by subject and agency" },
  share_learning: { path: "learning", own: "Record how your agency shared the learning", other: "See the review's learning" },
  identify_practitioners: { path: "practitioners", own: "Add your agency's practitioners", other: "See the practitioners by agency" },
};

function practitionersCount(count: number): string {
  return `${count} practitioner${count === 1 ? "" : "s"}`;
}

function learningCount(count: number): string {
  return `${count} learning item${count === 1 ? "" : "s"}`;
}

/** Where a learning item stands in the member's agency, in words. */
const UNSHARED_LEARNING: Record<string, string> = {
  not_shared: "not shared yet",
  not_checked: "shared, not yet checked that it landed",
  not_landed: "checked and found not to have landed: share it again",
};

function proceedingsCount(count: number): string {
  return count ? `${count} proceeding${count === 1 ? "" : "s"}` : "none";
}

/** One line on what a derived item rests on, for the task list. */
export function evidenceSummary(item: ChecklistItem): string {
  const e = item.evidence;
  if (!e) return "";
  switch (e.kind) {
    case "alert_confirmations": {
      const missing = e.missing.length ? ` (waiting for ${e.missing.join(", ")})` : "";
      return e.subjects === 0 ? "no subjects recorded yet" : `alerts confirmed for ${e.confirmed} of ${e.subjects} subjects${missing}`;
    }
    case "performance_lead":
      return `declared ${formatDateTime(e.declared_at)} (${e.lead_name})`;
    case "parallel_proceedings":
      if (e.none_declared_on) return `none declared ${formatDate(e.none_declared_on)}`;
      return `${proceedingsCount(e.proceedings)} recorded (${e.open} open${e.holding_publication ? `, ${e.holding_publication} holding publication` : ""})`;
    case "voice_of_the_child":
    case "confidentiality":
      return `declared ${formatDateTime(e.declared_at)}`;
    case "practitioners":
      if (e.active) return `${practitionersCount(e.active)} identified`;
      if (e.declared_at) return `no practitioners involved, declared ${formatDateTime(e.declared_at)}`;
      return `none active (${e.withdrawn} withdrawn)`;
    case "attendance":
      if (!e.meetings) return `no review team meeting held yet (threshold ${e.threshold_percent}%)`;
      return `attended ${e.attended} of ${e.meetings} review team meetings (${e.rate_percent}%, threshold ${e.threshold_percent}%)`;
    case "practitioner_contact": {
      const due = e.aftercare_due ? `, aftercare due ${e.aftercare_due}` : "";
      return `${e.contacted_within_interval} of ${practitionersCount(e.practitioners)} contacted in the last ${e.interval_days} days${due}`;
    }
    case "report_signoff":
      return e.response ? `${DRAFT_RESPONSE[e.response]?.text.toLowerCase() ?? e.response} on draft ${e.version_label}` : `no response yet to draft ${e.version_label}`;
    case "publication_plan":
      return `${e.answered} of ${e.requests} publication-plan requests answered`;
    case "documents":
      return `${e.accepted} of ${e.requested} requested documents accepted`;
    case "action_plan":
      return e.outstanding.length ? `${e.outstanding.length} of ${e.actions} actions overdue without evidence` : `${e.actions} actions in date or evidenced`;
    case "learning":
      return `${e.landed} of ${learningCount(e.items)} landed in the agency (${e.shared} shared)`;
    default:
      return unknownEvidence(e);
  }
}

/** Evidence of a kind this build does not know (a newer API): nothing to say about it. */
function unknownEvidence(e: never): string {
  void e;
  return "";
}

export function ChecklistPage() {
  const { id = "", memberId = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const done = (location.state as { saved?: string } | null)?.saved ?? null;
  const data = useLoad(async () => {
    const [review, member, checklist, agencies] = await Promise.all([
      unwrap(api.GET("/api/v1/reviews/{review_id}", { params: { path: { review_id: id } } })),
      unwrap(api.GET("/api/v1/reviews/{review_id}/members/{member_id}", { params: { path: { review_id: id, member_id: memberId } } })),
      unwrap(api.GET("/api/v1/reviews/{review_id}/members/{member_id}/checklist", { params: { path: { review_id: id, member_id: memberId } } })),
      loadAgencies(),
    ]);
    return { review, member, checklist, agencyName: agencies.find((a) => a.id === member.agency_id)?.name ?? "" };
  }, [id, memberId]);

  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { review, member, checklist, agencyName } = data.data;
  const own = member.user_id === me.id && member.active;

  return (
    <>
      <BackLink to={`/reviews/${review.id}/team`}>Team and checklists</BackLink>
      {done ? <Banner success heading={done} /> : null}
      <PageHeading caption={`${review.reference} · ${agencyName}`} title={`${own ? "Your" : `${member.name}'s`} checklist – ${review.reference}`}>
        {own ? "Your duty checklist" : `${member.name}'s duty checklist`}
      </PageHeading>
      <p className="govuk-body">
        {checklist.completion.done} of {checklist.completion.total} duties done.{" "}
        {member.active ? null : (
          <>
            {member.name} left the review on <DateText iso={member.left_on} />
            {member.left_reason ? ` (${member.left_reason})` : ""}.
          </>
        )}
      </p>
      <p className="govuk-body-s">Duties marked “completes from the data” are worked out by CSPR Hub from what has been recorded; the others are set by hand.</p>
      <TaskList
        idPrefix="duty"
        items={checklist.items.map((item) => ({
          key: item.duty,
          title: item.title,
          href: `/reviews/${review.id}/members/${member.id}/checklist/${item.duty}`,
          hint: item.derived ? `Completes from the data${evidenceSummary(item) ? `: ${evidenceSummary(item)}` : ""}` : item.note ? `Set by hand. Note: ${item.note}` : "Set by hand",
          status: item.status,
        }))}
      />
    </>
  );
}

export function ChecklistItemPage() {
  const { id = "", memberId = "", duty = "" } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const data = useLoad(async () => {
    const path = { params: { path: { review_id: id, member_id: memberId, duty } } };
    const [review, member, item] = await Promise.all([
      unwrap(api.GET("/api/v1/reviews/{review_id}", { params: { path: { review_id: id } } })),
      unwrap(api.GET("/api/v1/reviews/{review_id}/members/{member_id}", { params: { path: { review_id: id, member_id: memberId } } })),
      call(api.GET("/api/v1/reviews/{review_id}/members/{member_id}/checklist/{duty}", path)),
    ]);
    return { review, member, item: item.data, etag: item.etag };
  }, [id, memberId, duty]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { review, member, item, etag } = data.data;
  const own = member.user_id === me.id && member.active;
  const back = `/reviews/${review.id}/members/${member.id}/checklist`;
  const onSaved = async (message: string) => navigate(back, { state: { saved: message } });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back}>{own ? "Your duty checklist" : `${member.name}'s duty checklist`}</BackLink>
        <ItemSection item={item} etag={etag} reviewId={review.id} reference={review.reference} memberId={member.id} own={own} onSaved={onSaved} />
      </div>
    </div>
  );
}

/** The rows of what a derived item rests on, by the evidence's kind (`reviewId` links the
 * learning still to share to its page). */
export function evidenceRows(e: ChecklistEvidence, reviewId?: string): { key: string; value: ReactNode }[] {
  const declared = (iso: string) => ({ key: "Declared at", value: <DateTimeText iso={iso} /> });
  switch (e.kind) {
    case "alert_confirmations":
      return [
        { key: "Subjects", value: String(e.subjects) },
        { key: "Confirmed", value: String(e.confirmed) },
        { key: "Missing", value: e.missing.length ? <List items={e.missing} /> : "None" },
      ];
    case "confidentiality":
      return [declared(e.declared_at)];
    case "voice_of_the_child":
      return [declared(e.declared_at), { key: "Note", value: e.note }];
    case "performance_lead":
      return [declared(e.declared_at), { key: "Lead name", value: e.lead_name }, { key: "Lead role", value: e.lead_role ?? null }];
    case "parallel_proceedings":
      if (e.none_declared_on) return [{ key: "None declared on", value: <DateText iso={e.none_declared_on} /> }];
      return [
        { key: "Proceedings", value: String(e.proceedings) },
        { key: "Kinds", value: <List items={e.kinds.map((k) => PROCEEDING_KIND[k] ?? k)} /> },
        { key: "Open", value: String(e.open) },
        { key: "Holding publication", value: String(e.holding_publication) },
      ];
    case "practitioners":
      return [
        { key: "Active practitioners", value: String(e.active) },
        { key: "Withdrawn", value: String(e.withdrawn) },
        ...(e.declared_at ? [{ key: "“No practitioners involved” declared at", value: <DateTimeText iso={e.declared_at} /> }] : []),
      ];
    case "attendance":
      return [
        { key: "Review team meetings held", value: String(e.meetings) },
        { key: "Attended (in person or by a deputy)", value: String(e.attended) },
        { key: "Rate", value: e.rate_percent === null ? "No meeting held yet" : `${e.rate_percent}%` },
        { key: "Threshold", value: `${e.threshold_percent}%` },
      ];
    case "practitioner_contact":
      return [
        { key: "Active practitioners", value: String(e.practitioners) },
        { key: `Contacted in the last ${e.interval_days} days`, value: String(e.contacted_within_interval) },
        { key: "Aftercare due", value: String(e.aftercare_due) },
        { key: "Practitioners needing contact or aftercare", value: String(new Set([...e.missing_contact, ...e.missing_aftercare]).size) },
      ];
    case "report_signoff":
      return [
        { key: "Current draft", value: e.version_label },
        { key: "Your agency's response", value: e.response ? (DRAFT_RESPONSE[e.response]?.text ?? e.response) : "None yet" },
        ...(e.responded_at ? [{ key: "Responded at", value: <DateTimeText iso={e.responded_at} /> }] : []),
      ];
    case "publication_plan":
      return [
        { key: "Requests", value: String(e.requests) },
        { key: "Answered", value: String(e.answered) },
        { key: "Still to answer", value: e.outstanding.length ? <List items={e.outstanding.map((o) => o.question ?? PLAN_ITEM[o.item] ?? o.item)} /> : "None" },
      ];
    case "documents":
      return [
        { key: "Documents requested", value: String(e.requested) },
        { key: "Accepted", value: String(e.accepted) },
        { key: "Still outstanding", value: e.outstanding.length ? <List items={e.outstanding.map((o) => `${o.title} (${DOCUMENT_STATUS[o.status]}, due ${formatDate(o.due_on)})`)} /> : "None" },
      ];
    case "action_plan":
      return [
        { key: "Actions your agency owns", value: String(e.actions) },
        { key: "Signed off or evidenced", value: String(e.evidenced) },
        { key: "Not yet due", value: String(e.in_date) },
        { key: "Overdue without evidence", value: e.outstanding.length ? <List items={e.outstanding.map((o) => `${o.title} (due ${formatDate(o.due_on)})`)} /> : "None" },
      ];
    case "learning":
      return [
        { key: "Learning items on the review", value: String(e.items) },
        { key: "Shared in your agency", value: String(e.shared) },
        { key: "Checked and landed", value: String(e.landed) },
        {
          key: "Still to share or check",
          value: e.outstanding.length ? (
            <ul className="govuk-list">
              {e.outstanding.map((o) => (
                <li key={o.learning_id}>
                  {reviewId ? (
                    <Link className="govuk-link" to={`/reviews/${reviewId}/learning/${o.learning_id}`}>
                      {o.title}
                    </Link>
                  ) : (
                    o.title
                  )}{" "}
                  (emerged {formatDate(o.emerged_on)}; {UNSHARED_LEARNING[o.status] ?? o.status})
                </li>
              ))}
            </ul>
          ) : (
            "None"
          ),
        },
      ];
    default:
      return unknownRows(e);
  }
}

function unknownRows(e: never): { key: string; value: ReactNode }[] {
  void e;
  return [];
}

function List({ items }: { items: string[] }) {
  return (
    <ul className="govuk-list">
      {items.map((x, i) => (
        <li key={i}>{x}</li>
      ))}
    </ul>
  );
}

function EvidenceList({ evidence, reviewId }: { evidence: ChecklistEvidence; reviewId: string }) {
  return <SummaryList rows={evidenceRows(evidence, reviewId)} />;
}

function ItemSection({ item, etag, reviewId, reference, memberId, own, onSaved }: { item: ChecklistItem; etag: string | null; reviewId: string; reference: string; memberId: string; own: boolean; onSaved(message: string): Promise<void> }) {
  const declaration = DECLARED_BY[item.duty];
  return (
    <section id={`item-${item.duty}`}>
      <PageHeading caption={`${reference} · duty checklist`} title={`${item.title} – ${reference}`}>
        {item.title}
      </PageHeading>
      <p className="govuk-body">
        <ItemStatusTag status={item.status} />
      </p>
      <p className="govuk-body">
        <strong>Done when:</strong> {item.done_when}
      </p>
      {item.derived ? (
        <>
          <p className="govuk-body">This duty completes from the data{item.evidence ? ". It rests on:" : "; nothing has been recorded yet."}</p>
          {item.evidence ? <EvidenceList evidence={item.evidence} reviewId={reviewId} /> : null}
          {item.hand_set_status ? (
            <p className="govuk-body-s">
              Before it completed from the data, this was marked “{ITEM_STATUS[item.hand_set_status]?.text ?? item.hand_set_status}” by hand
              {item.note ? <>, with the note: {item.note}</> : null}. That is kept as history.
            </p>
          ) : null}
          {RECORDS_PAGE[item.duty] ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/reviews/${reviewId}/${RECORDS_PAGE[item.duty]!.path}`}>
                {own ? RECORDS_PAGE[item.duty]!.own : RECORDS_PAGE[item.duty]!.other}
              </Link>
            </p>
          ) : null}
          {own && declaration && !(item.evidence?.kind === "practitioners" && item.evidence.active > 0) ? <DeclarationForm kind={declaration} reviewId={reviewId} memberId={memberId} title={item.title} redeclare={item.status === "done"} onSaved={onSaved} /> : null}
        </>
      ) : (
        <>
          {item.note ? (
            <p className="govuk-body app-pre-line">
              <strong>Note:</strong> {item.note}
            </p>
          ) : null}
          {item.updated_by_type ? (
            <p className="govuk-body-s">
              Last changed <DateTimeText iso={item.updated_at} />
            </p>
          ) : null}
          {own ? <ManualItemForm item={item} etag={etag} reviewId={reviewId} memberId={memberId} onSaved={onSaved} /> : null}
        </>
      )}
    </section>
  );
}

function ManualItemForm({ item, etag: readEtag, reviewId, memberId, onSaved }: { item: ChecklistItem; etag: string | null; reviewId: string; memberId: string; onSaved(message: string): Promise<void> }) {
  const form = useForm({ status: item.status as string, note: item.note ?? "" }, {
    idPrefix: `item-${item.duty}`,
    validate: (v) =>
      collect([
        ["status", check.required(v.status, "Select the status")],
        ["note", v.status === "not_applicable" ? check.required(v.note, "Say why this duty does not apply to your agency") : undefined],
      ]),
  });
  const onSubmit = form.handleSubmit(async (v) => {
    if (v.status === item.status && v.note.trim() === (item.note ?? "").trim()) {
      await onSaved("No changes were made.");
      return;
    }
    // The item carries its own ETag (the header of the read is the same).
    const etag = item.etag || readEtag;
    const path = { params: { path: { review_id: reviewId, member_id: memberId, duty: item.duty }, header: ifMatch(etag) } };
    await unwrap(
      api.PATCH("/api/v1/reviews/{review_id}/members/{member_id}/checklist/{duty}", {
        ...path,
        body: { status: v.status as ItemStatus, note: v.note.trim() || null },
      }),
    );
    await onSaved(`“${item.title}” saved.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Update: ${item.title}`}>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios
        {...form.field("status")}
        legend="Status"
        legendSize="s"
        small
        inline
        options={(["not_started", "in_progress", "done", "not_applicable"] as const).map((s) => ({ value: s, text: ITEM_STATUS[s]!.text }))}
      />
      <Textarea {...form.field("note")} label="Note" labelClassName="govuk-label--s" hint="What was done. If the duty does not apply to your agency, say why (required)." rows={3} />
      <Button secondary>Save</Button>
    </form>
  );
}

function DeclarationForm({ kind, reviewId, memberId, title, redeclare, onSaved }: { kind: FormKind; reviewId: string; memberId: string; title: string; redeclare: boolean; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { ack: false, note: "", lead_name: "", lead_role: "", any: "", kinds: [] as string[], details: "", holds: false },
    {
      idPrefix: `declare-${kind}`,
      aliases: { proceedings: "kinds" },
      validate: (v) =>
        collect([
          ["ack", kind === "confidentiality" && !v.ack ? "Confirm you will keep the review's information confidential" : kind === "no_practitioners" && !v.ack ? "Confirm that no practitioners of your agency were involved" : undefined],
          ["note", kind === "voice_of_the_child" ? (check.required(v.note, "Say how the child's voice and lived experience are at the centre of your agency's contribution") ?? (v.note.trim().length < 3 ? "The note must be 3 characters or more" : undefined)) : undefined],
          ["lead_name", kind === "performance_lead" ? check.required(v.lead_name, "Enter the name of your agency's performance or development lead") : undefined],
          ["any", kind === "parallel_proceedings" ? check.required(v.any, "Say whether there are parallel proceedings") : undefined],
          ["kinds", kind === "parallel_proceedings" && v.any === "yes" ? check.required(v.kinds, "Select each kind of proceeding") : undefined],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const note = v.note.trim();
    const details = v.details.trim();
    const path = { params: { path: { review_id: reviewId } } };
    if (kind === "parallel_proceedings") {
      // Proceedings are records of the member's agency (the API takes the agency from the seat).
      if (v.any === "no") {
        await unwrap(api.POST("/api/v1/reviews/{review_id}/no-proceedings", { ...path, body: {} }));
      } else {
        for (const k of v.kinds) {
          const body = { kind: k as components["schemas"]["ProceedingKind"], note: details || null, holds_publication: v.holds };
          await unwrap(api.POST("/api/v1/reviews/{review_id}/proceedings", { ...path, body }));
        }
      }
      await onSaved(`“${title}” is recorded.`);
      return;
    }
    const body = kind === "voice_of_the_child" ? { kind, note } : kind === "performance_lead" ? { kind, lead_name: v.lead_name.trim(), lead_role: v.lead_role.trim() || null } : { kind };
    await unwrap(api.POST("/api/v1/reviews/{review_id}/members/{member_id}/declarations", { params: { path: { review_id: reviewId, member_id: memberId } }, body }));
    await onSaved(`“${title}” is recorded.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Declare: ${title}`}>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      {redeclare && kind === "parallel_proceedings" ? <p className="govuk-body-s">Proceedings you record are added to your agency's; "none" can be declared only while your agency has recorded none.</p> : null}
      {redeclare && kind !== "parallel_proceedings" ? <p className="govuk-body-s">Declaring again replaces what was declared before; the earlier declaration stays in the record.</p> : null}
      {kind === "confidentiality" ? <Checkbox {...form.field("ack")} label="I will keep everything I learn through this review confidential, and share it only as the review's protocols allow" /> : null}
      {kind === "no_practitioners" ? <Checkbox {...form.field("ack")} label="No practitioners of my agency were involved with the child or family in the terms-of-reference period" /> : null}
      {kind === "voice_of_the_child" ? <Textarea {...form.field("note")} label="How is the child's voice at the centre of your agency's contribution?" labelClassName="govuk-label--s" rows={4} /> : null}
      {kind === "performance_lead" ? (
        <>
          <TextInput {...form.field("lead_name")} label="Name of the performance or development lead" labelClassName="govuk-label--s" />
          <TextInput {...form.field("lead_role")} label="Their role (optional)" labelClassName="govuk-label--s" />
        </>
      ) : null}
      {kind === "parallel_proceedings" ? (
        <>
          <Radios
            {...form.field("any")}
            legend="Does your agency know of parallel proceedings?"
            legendSize="s"
            small
            options={[
              { value: "no", text: "No, none" },
              { value: "yes", text: "Yes" },
            ]}
          />
          <Checkboxes {...form.field("kinds")} legend="If yes: which?" legendSize="s" small options={Object.entries(PROCEEDING_KIND).map(([value, text]) => ({ value, text }))} />
          <Checkbox {...form.field("holds")} label="If yes: publication of the report must wait for them" />
          <Textarea {...form.field("details")} label="Details (optional)" labelClassName="govuk-label--s" hint="For example the police liaison contact or the expected end" rows={3} />
        </>
      ) : null}
      <Button secondary>{redeclare ? "Declare again" : "Declare"}</Button>
    </form>
  );
}
