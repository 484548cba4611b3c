/** The review's learning action plan: its recommendations, each with SMART actions an agency
 * owns; an action's page with its progress, evidence, sign-off and cancellation; the managers'
 * pages that change a recommendation or an open action. */
import { useRef, useState, type ReactNode, type Ref } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api/problem";
import { api, asProblem, call, ifMatch, unwrap, type Unwrapped } from "../../api/client";
import type { Agency, TeamMember } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateText, SummaryList, Tag, type SummaryRow } from "../../components/ui";
import { check, collect, type FieldErrors } from "../../forms/errors";
import { Button, Checkbox, DateInput, ErrorSummary, Radios, Select, SubmitOrCancel, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, emptyDate, isoToDateParts, useForm, type DateParts, type Form, type FormValue } from "../../forms/useForm";
import { loadAgencies, loadTeam } from "./data";
import { downloadFile, formatSize, MAX_UPLOAD_BYTES, uploadFile } from "./files";
import { AlreadyDone, ConfirmWithReason, managesReview, useSavedMessage } from "./ConfirmWithReason";
import { useReview } from "./ReviewLayout";
import { ExportDownloads, reviewExportBase } from "./Exports";
import { FileUploadGroup } from "./FileField";
import {
  EVIDENCE_KIND,
  EVIDENCE_STATUS,
  RAG_RULE,
  evidenceFilesPath,
  filtersFrom,
  filtersToSearch,
  isOpen,
  loadActions,
  loadEvidence,
  loadRecommendations,
  loadUpdates,
  ragLabel,
  statusLabel,
  type Action,
  type Evidence,
  type ProgressUpdate,
  type Recommendation,
} from "./actions";

export function RagTag({ rag }: { rag: string }) {
  const l = ragLabel(rag);
  return <Tag colour={l.colour}>{l.text}</Tag>;
}

export function ActionStatusTag({ status }: { status: string }) {
  const l = statusLabel(status);
  return <Tag colour={l.colour}>{l.text}</Tag>;
}

/** The RAG rule in words, under a details summary. */
export function RagRule() {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">How the RAG status is worked out</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">CSPR Hub works the status out from the dates; nobody types it in. An action is:</p>
        <ul className="govuk-list govuk-list--bullet">
          {RAG_RULE.map((r) => (
            <li key={r.rag}>
              <strong>{ragLabel(r.rag).text}</strong> when {r.text}
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

export const planUrl = (reviewId: string) => `/reviews/${reviewId}/actions`;
const actionUrl = (reviewId: string, actionId: string) => `${planUrl(reviewId)}/${actionId}`;

export function agencyNameMap(agencies: Pick<Agency, "id" | "name">[]): Map<string, string> {
  return new Map(agencies.map((a) => [a.id, a.name] as const));
}

/** Agencies with a current (not deputy) seat on the review, in the team's order. */
function seatedAgencies(team: TeamMember[]): [string, string][] {
  return [...new Map(team.filter((m) => !m.deputy).map((m) => [m.agency_id, m.agency_name] as const))];
}

/** A review's action plan: every recommendation with its actions, filterable by owner and RAG. */
export function ActionPlanPage() {
  const { review } = useReview();
  const me = useMe();
  const manages = managesReview(me, review);
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const [done, setDone] = useState<string | null>(null);
  const returned = useSavedMessage();
  const banner = done ?? returned;
  const data = useLoad(async () => {
    const filters = filtersFrom(new URLSearchParams(search));
    const [recommendations, actions, agencies, team] = await Promise.all([loadRecommendations(review.id), loadActions(review.id, filters), loadAgencies(), loadTeam(review.id)]);
    return { recommendations, actions, names: agencyNameMap(agencies), seats: seatedAgencies(team.members) };
  }, [review.id, search]);
  const filters = filtersFrom(params);
  const filtered = Boolean(filters.agency_id || filters.rag);

  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };

  return (
    <>
      {banner ? <Banner success heading={banner} /> : null}
      <PageHeading title={`${review.reference} – Action plan`}>Action plan</PageHeading>
      <p className="govuk-body">Each recommendation of the review has actions that an agency owns. The agency records its progress and offers evidence; the lead reviewer accepts the evidence and signs the action off.</p>
      <RagRule />
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          <PlanFilterForm
            key={search}
            initial={{ agency_id: filters.agency_id ?? "", rag: filters.rag ?? "" }}
            agencies={[...new Map([...data.data.seats, ...data.data.actions.map((a) => [a.agency_id, data.data.names.get(a.agency_id) ?? "Another agency"] as [string, string])])]}
            onApply={(v) => setParams(new URLSearchParams(filtersToSearch(v)))}
          />
          {filtered ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={planUrl(review.id)}>
                Clear filters
              </Link>
            </p>
          ) : null}
          {data.data.actions.length > 0 ? <ExportDownloads base={reviewExportBase(review.id)} filters={filters} filtered={filtered} /> : null}
          {data.data.recommendations.length === 0 ? <p className="govuk-body">No recommendations have been recorded yet.</p> : null}
          {data.data.recommendations.map((r) => (
            <RecommendationSection key={r.id} reviewId={review.id} recommendation={r} actions={data.data.actions.filter((a) => a.recommendation_id === r.id)} names={data.data.names} filtered={filtered} manages={manages} />
          ))}
          {manages ? (
            <>
              <AddRecommendation reviewId={review.id} onSaved={saved} />
              <AddAction reviewId={review.id} recommendations={data.data.recommendations} seats={data.data.seats} onSaved={saved} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function PlanFilterForm({ initial, agencies, onApply }: { initial: { agency_id: string; rag: string }; agencies: [string, string][]; onApply(v: { agency_id: string; rag: string }): void }) {
  const form = useForm(initial, { idPrefix: "filter" });
  const onSubmit = form.handleSubmit(async (v) => onApply(v));
  return (
    <form noValidate onSubmit={onSubmit} className="app-inline-form govuk-!-margin-bottom-6" role="search" aria-label="Filter actions">
      <Select {...form.field("agency_id")} label="Owner" options={[{ value: "", text: "Any agency" }, ...agencies.map(([value, text]) => ({ value, text }))]} />
      <Select {...form.field("rag")} label="RAG status" options={[{ value: "", text: "Any RAG status" }, ...RAG_RULE.map((r) => ({ value: r.rag, text: ragLabel(r.rag).text }))]} />
      <Button secondary>Apply filters</Button>
    </form>
  );
}

function RecommendationSection({ reviewId, recommendation: r, actions, names, filtered, manages }: { reviewId: string; recommendation: Recommendation; actions: Action[]; names: Map<string, string>; filtered: boolean; manages: boolean }) {
  return (
    <section aria-labelledby={`recommendation-${r.id}`}>
      <h2 className="govuk-heading-m govuk-!-margin-bottom-2" id={`recommendation-${r.id}`}>
        Recommendation {r.label}
      </h2>
      <p className="govuk-body app-break-word">{r.text}</p>
      {manages ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`${planUrl(reviewId)}/recommendations/${r.id}/edit`}>
            Change<span className="govuk-visually-hidden"> recommendation {r.label}</span>
          </Link>
        </p>
      ) : null}
      {actions.length === 0 ? (
        <p className="govuk-body govuk-!-margin-bottom-8">{filtered ? "No actions for this recommendation match the filters." : "No actions yet."}</p>
      ) : (
        <div className="app-matrix govuk-!-margin-bottom-6" role="region" aria-label={`Actions for ${r.label}`} tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Actions for {r.label}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Action</th>
                <th scope="col" className="govuk-table__header">Owner</th>
                <th scope="col" className="govuk-table__header">Due</th>
                <th scope="col" className="govuk-table__header">Status</th>
                <th scope="col" className="govuk-table__header">RAG</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {actions.map((a) => (
                <tr className="govuk-table__row" key={a.id}>
                  <th scope="row" className="govuk-table__header app-break-word">
                    <Link className="govuk-link" to={actionUrl(reviewId, a.id)}>
                      {a.title}
                    </Link>
                  </th>
                  <td className="govuk-table__cell">{names.get(a.agency_id) ?? "Another agency"}</td>
                  <td className="govuk-table__cell">
                    <DateText iso={a.due_on} />
                  </td>
                  <td className="govuk-table__cell">
                    <ActionStatusTag status={a.status} />
                  </td>
                  <td className="govuk-table__cell">
                    <RagTag rag={a.rag} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type RecommendationValues = { label: string; text: string };

const recommendationErrors = (v: RecommendationValues): FieldErrors =>
  collect([
    ["label", check.required(v.label, "Enter the recommendation's label, for example R1")],
    ["text", check.required(v.text, "Enter the recommendation") ?? (v.text.trim().length < 5 ? "The recommendation must be 5 characters or more" : undefined)],
  ]);

function RecommendationFields({ form }: { form: Form<RecommendationValues> }) {
  return (
    <>
      <TextInput {...form.field("label")} label="Label" labelClassName="govuk-label--s" hint="Each recommendation on the review has its own label, for example R1" width="10" />
      <Textarea {...form.field("text")} label="Recommendation" labelClassName="govuk-label--s" hint="As worded in the report" rows={3} />
    </>
  );
}

function AddRecommendation({ reviewId, onSaved }: { reviewId: string; onSaved(message: string): Promise<void> }) {
  const form = useForm({ label: "", text: "" }, { idPrefix: "recommendation", validate: recommendationErrors });
  const onSubmit = form.handleSubmit(async (v) => {
    const made = await unwrap(api.POST("/api/v1/reviews/{review_id}/recommendations", { params: { path: { review_id: reviewId } }, body: { label: v.label.trim(), text: v.text.trim() } }));
    form.setValues({ label: "", text: "" });
    await onSaved(`Recommendation ${made.label} added.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Add a recommendation">
      <h2 className="govuk-heading-m">Add a recommendation</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <RecommendationFields form={form} />
      <Button secondary>Add recommendation</Button>
    </form>
  );
}

const MISSING: Record<string, string> = {
  title: "Enter what the agency will do",
  lead_name: "Enter the name of the person who leads the action",
  expected_outcome: "Enter the outcome expected",
  measure_of_success: "Enter how success will be measured",
};

/** An action's own details: what the add and change forms share. */
type ActionValues = { title: string; lead_name: string; due_on: DateParts; expected_outcome: string; measure_of_success: string };

function actionErrors(v: ActionValues): [string, string | undefined][] {
  const due = datePartsToIso(v.due_on);
  const text = (f: "title" | "lead_name" | "expected_outcome" | "measure_of_success", min: number) => check.required(v[f], MISSING[f]!) ?? (v[f].trim().length < min ? `Enter at least ${min} characters` : undefined);
  return [
    ["title", text("title", 3)],
    ["lead_name", text("lead_name", 2)],
    ["due_on", due === "" ? "Enter the due date" : due === null ? "The due date must be a real date" : undefined],
    ["expected_outcome", text("expected_outcome", 3)],
    ["measure_of_success", text("measure_of_success", 3)],
  ];
}

const actionBody = (v: ActionValues) => ({
  title: v.title.trim(),
  lead_name: v.lead_name.trim(),
  due_on: datePartsToIso(v.due_on)!,
  expected_outcome: v.expected_outcome.trim(),
  measure_of_success: v.measure_of_success.trim(),
});

function ActionFields({ form }: { form: Form<ActionValues> }) {
  return (
    <>
      <TextInput {...form.field("title")} label="Action" labelClassName="govuk-label--s" hint="What the agency will do" width="two-thirds" />
      <TextInput {...form.field("lead_name")} label="Named lead" labelClassName="govuk-label--s" hint="The person who leads it, and their role" width="two-thirds" />
      <DateInput {...form.field("due_on")} legend="Due date" legendSize="s" hint="For example, 30 9 2027" />
      <Textarea {...form.field("expected_outcome")} label="Expected outcome" labelClassName="govuk-label--s" rows={3} />
      <Textarea {...form.field("measure_of_success")} label="Measure of success" labelClassName="govuk-label--s" hint="How you will know it worked, for example an audit" rows={3} />
    </>
  );
}

function AddAction({ reviewId, recommendations, seats, onSaved }: { reviewId: string; recommendations: Recommendation[]; seats: [string, string][]; onSaved(message: string): Promise<void> }) {
  const blank = { title: "", lead_name: "", due_on: emptyDate(), expected_outcome: "", measure_of_success: "" };
  const form = useForm(
    { recommendation_id: recommendations.length === 1 ? recommendations[0]!.id : "", agency_id: "", ...blank },
    {
      idPrefix: "action",
      dateFields: ["due_on"],
      validate: (v) =>
        collect([
          ["recommendation_id", check.required(v.recommendation_id, "Select the recommendation")],
          ["agency_id", check.required(v.agency_id, "Select the agency that owns the action")],
          ...actionErrors(v),
        ]),
    },
  );
  if (recommendations.length === 0) return null;
  const onSubmit = form.handleSubmit(async (v) => {
    const made = await unwrap(
      api.POST("/api/v1/reviews/{review_id}/actions", {
        params: { path: { review_id: reviewId } },
        body: { recommendation_id: v.recommendation_id, agency_id: v.agency_id, ...actionBody(v) },
      }),
    );
    form.setValues(blank);
    await onSaved(`Action "${made.title}" added.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Add an action">
      <h2 className="govuk-heading-m">Add an action</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios {...form.field("recommendation_id")} legend="Recommendation" legendSize="s" small options={recommendations.map((r) => ({ value: r.id, text: r.label, hint: r.text.length > 120 ? `${r.text.slice(0, 117)}...` : r.text }))} />
      {seats.length === 0 ? (
        <p className="govuk-body">No agency has a seat on the review yet: an action is owned by an agency on the review team.</p>
      ) : (
        <Radios {...form.field("agency_id")} legend="Agency that owns the action" legendSize="s" hint="Only agencies on the review team" small options={seats.map(([value, text]) => ({ value, text }))} />
      )}
      <ActionFields form={form} />
      <Button secondary>Add action</Button>
    </form>
  );
}

// ---- One action ----------------------------------------------------------------------------

async function loadActionPage(reviewId: string, actionId: string) {
  const action = await unwrap(api.GET("/api/v1/reviews/{review_id}/actions/{action_id}", { params: { path: { review_id: reviewId, action_id: actionId } } }));
  const [recommendation, updates, evidence, agencies] = await Promise.all([
    unwrap(api.GET("/api/v1/reviews/{review_id}/recommendations/{recommendation_id}", { params: { path: { review_id: reviewId, recommendation_id: action.recommendation_id } } })),
    loadUpdates(reviewId, actionId),
    loadEvidence(reviewId, actionId),
    loadAgencies(),
  ]);
  return { action, recommendation, updates, evidence, agency: agencyNameMap(agencies).get(action.agency_id) ?? "Another agency" };
}

/** An action: what it is, its progress and evidence; the forms each person may use on it. */
export function ActionPage() {
  const { review } = useReview();
  const me = useMe();
  const { actionId = "" } = useParams();
  const manages = managesReview(me, review);
  const [done, setDone] = useState<string | null>(null);
  const returned = useSavedMessage();
  const banner = done ?? returned;
  const data = useLoad(() => loadActionPage(review.id, actionId), [review.id, actionId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { action: a, recommendation, updates, evidence, agency } = data.data;
  const owner = me.role === "member" && me.agency?.id === a.agency_id;
  const open = isOpen(a);
  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };
  return (
    <>
      <BackLink to={planUrl(review.id)}>Action plan</BackLink>
      {banner ? <Banner success heading={banner} /> : null}
      <PageHeading caption={`Recommendation ${recommendation.label}`} title={`${a.title} – ${review.reference}`}>
        <span className="app-break-word">{a.title}</span>
      </PageHeading>
      <SummaryList
        rows={[
          { key: "Recommendation", value: <span className="app-break-word">{`${recommendation.label}: ${recommendation.text}`}</span> },
          { key: "Owner", value: agency },
          { key: "Named lead", value: a.lead_withheld ? <span className="govuk-hint govuk-!-margin-0">Withheld from viewers</span> : a.lead_name },
          { key: "Due", value: <DateText iso={a.due_on} /> },
          { key: "Expected outcome", value: <span className="app-break-word">{a.expected_outcome}</span> },
          { key: "Measure of success", value: <span className="app-break-word">{a.measure_of_success}</span> },
          { key: "Status", value: <ActionStatusTag status={a.status} /> },
          { key: "RAG status", value: <RagTag rag={a.rag} /> },
          { key: "Last progress update", value: a.last_update_on ? <DateText iso={a.last_update_on} /> : "None yet" },
          a.closed_on ? { key: a.status === "cancelled" ? "Cancelled" : "Signed off", value: <span className="app-break-word"><DateText iso={a.closed_on} />{a.closed_reason ? `: ${a.closed_reason}` : ""}</span> } : null,
          a.override_reason ? { key: "Signed off without accepted evidence", value: <span className="app-break-word">{a.override_reason}</span> } : null,
        ]}
      />
      {open && manages ? (
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`${actionUrl(review.id, a.id)}/edit`}>
              Change this action
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`${actionUrl(review.id, a.id)}/cancel`}>
              Cancel this action
            </Link>
          </li>
        </ul>
      ) : null}
      <RagRule />
      <h2 className="govuk-heading-m">Progress updates</h2>
      <UpdatesTable updates={updates} />
      {open && (owner || manages) ? <RecordProgress reviewId={review.id} action={a} onSaved={saved} /> : null}
      <h2 className="govuk-heading-m">Evidence</h2>
      {evidence.length === 0 ? <p className="govuk-body">No evidence has been offered yet.</p> : null}
      {evidence.map((e, i) => (
        <EvidenceCard key={e.id} reviewId={review.id} action={a} evidence={e} n={i + 1} decides={manages && open} onSaved={saved} />
      ))}
      {open && owner ? <AddEvidence reviewId={review.id} action={a} onSaved={saved} /> : null}
      {open && manages ? <SignOff reviewId={review.id} action={a} admin={me.role === "partnership_admin"} onSaved={saved} /> : null}
    </>
  );
}

function UpdatesTable({ updates }: { updates: ProgressUpdate[] }) {
  if (updates.length === 0) return <p className="govuk-body">No progress has been recorded yet.</p>;
  return (
    <div className="app-matrix govuk-!-margin-bottom-6" role="region" aria-label="Progress updates" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Progress updates, oldest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Date</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Note</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {updates.map((u) => (
            <tr className="govuk-table__row" key={u.id}>
              <td className="govuk-table__cell">
                <DateText iso={u.on} />
              </td>
              <td className="govuk-table__cell">{u.status ? <ActionStatusTag status={u.status} /> : "No change"}</td>
              <td className="govuk-table__cell app-break-word">{u.note ?? <span className="govuk-hint govuk-!-margin-0">Withheld from viewers</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RecordProgress({ reviewId, action, onSaved }: { reviewId: string; action: Action; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { note: "", on: emptyDate(), status: "" },
    {
      idPrefix: "progress",
      dateFields: ["on"],
      validate: (v) =>
        collect([
          ["note", check.required(v.note, "Enter what has been done") ?? (v.note.trim().length < 3 ? "The note must be 3 characters or more" : undefined)],
          ["on", datePartsToIso(v.on) === null ? "The date must be a real date" : undefined],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const on = datePartsToIso(v.on);
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/actions/{action_id}/updates", {
        params: { path: { review_id: reviewId, action_id: action.id } },
        body: { note: v.note.trim(), ...(on ? { on } : {}), ...(v.status === "in_progress" || v.status === "completed" ? { status: v.status } : {}) },
      }),
    );
    form.setValues({ note: "", on: emptyDate(), status: "" });
    await onSaved("Progress recorded.");
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Record progress">
      <h3 className="govuk-heading-s">Record progress</h3>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Textarea {...form.field("note")} label="What has been done" labelClassName="govuk-label--s" rows={3} />
      <DateInput {...form.field("on")} legend="Date of the update (optional)" legendSize="s" hint="Leave it empty for today. For example, 27 3 2026" />
      <Radios
        {...form.field("status")}
        legend="Status"
        legendSize="s"
        small
        options={[
          { value: "", text: `Leave it as ${statusLabel(action.status).text.toLowerCase()}` },
          { value: "in_progress", text: "In progress" },
          { value: "completed", text: "Completed", hint: "Ready for the lead reviewer to sign off once evidence is accepted" },
        ]}
      />
      <Button secondary>Record progress</Button>
    </form>
  );
}

function EvidenceCard({ reviewId, action, evidence: e, n, decides, onSaved }: { reviewId: string; action: Action; evidence: Evidence; n: number; decides: boolean; onSaved(message: string): Promise<void> }) {
  const [problem, setProblem] = useState<ReturnType<typeof asProblem> | null>(null);
  const status = EVIDENCE_STATUS[e.status];
  const content = e.details_withheld ? (
    <span className="govuk-hint govuk-!-margin-0">Shared with the review's managers and the owning agency only</span>
  ) : e.kind === "note" ? (
    e.note
  ) : e.kind === "link" ? (
    e.url ? (
      <a className="govuk-link" href={e.url} rel="noreferrer noopener" target="_blank">
        {e.url} (opens in new tab)
      </a>
    ) : null
  ) : e.file ? (
    `${e.file.file_name} (${formatSize(e.file.size_bytes)})`
  ) : null;
  const download = async () => {
    setProblem(null);
    try {
      await downloadFile(e.download!, e.file?.file_name ?? null);
    } catch (err) {
      setProblem(asProblem(err));
    }
  };
  const title = `Evidence ${n}: ${EVIDENCE_KIND[e.kind].toLowerCase()}`;
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{title}</h3>
      </div>
      <div className="govuk-summary-card__content">
        {problem ? <ProblemBanner problem={problem} title="The file could not be downloaded" /> : null}
        <SummaryList
          rows={[
            { key: EVIDENCE_KIND[e.kind], value: <span className="app-break-word">{content}</span> },
            { key: "Status", value: <Tag colour={status.colour}>{status.text}</Tag> },
            e.decision_comment ? { key: "Comment", value: <span className="app-break-word">{e.decision_comment}</span> } : null,
          ]}
        />
        {e.download && e.file ? (
          <Button secondary type="button" onClick={() => void download()} preventDoubleClick={false}>
            Download<span className="govuk-visually-hidden"> {e.file.file_name}</span>
          </Button>
        ) : null}
        {decides && e.status === "submitted" ? <DecideEvidence reviewId={reviewId} action={action} evidence={e} title={title} onSaved={onSaved} /> : null}
      </div>
    </div>
  );
}

function DecideEvidence({ reviewId, action, evidence, title, onSaved }: { reviewId: string; action: Action; evidence: Evidence; title: string; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { decision: "", comment: "" },
    {
      idPrefix: `decide-${evidence.id}`,
      validate: (v) =>
        collect([
          ["decision", check.required(v.decision, "Select whether you accept the evidence or return it")],
          ["comment", v.decision === "returned" ? (check.required(v.comment, "Say what the agency should add or change") ?? (v.comment.trim().length < 2 ? "The comment must be 2 characters or more" : undefined)) : undefined],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const returning = v.decision === "returned";
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/actions/{action_id}/evidence/{evidence_id}/decision", {
        params: { path: { review_id: reviewId, action_id: action.id, evidence_id: evidence.id } },
        body: returning ? { decision: "returned", comment: v.comment.trim() } : { decision: "accepted" },
      }),
    );
    await onSaved(returning ? `${title} returned to the agency.` : `${title} accepted.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Decision on ${title}`}>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios
        {...form.field("decision")}
        legend="Your decision"
        legendSize="s"
        small
        inline
        options={[
          { value: "accepted", text: "Accept it" },
          { value: "returned", text: "Return it to the agency" },
        ]}
      />
      {form.values.decision === "returned" ? <Textarea {...form.field("comment")} label="What should the agency add or change?" labelClassName="govuk-label--s" rows={2} /> : null}
      <Button secondary>Save decision</Button>
    </form>
  );
}

/** GOV.UK file upload: the browser's own file chooser, read through ``inputRef``. */
function FileUpload({ id, label, hint, error, inputRef }: { id: string; label: string; hint: string; error?: string | undefined; inputRef: Ref<HTMLInputElement> }) {
  return (
    <FileUploadGroup
      id={id}
      label={label}
      hint={hint}
      error={error}
      input={(className, describedBy) => <input className={className} id={id} name="file" type="file" aria-describedby={describedBy} ref={inputRef} />}
    />
  );
}

function AddEvidence({ reviewId, action, onSaved }: { reviewId: string; action: Action; onSaved(message: string): Promise<void> }) {
  // The chosen file is read from the input when the form is sent (no copy in state to go stale).
  const input = useRef<HTMLInputElement>(null);
  const chosenFile = () => input.current?.files?.[0] ?? null;
  const form = useForm(
    { kind: "", note: "", url: "", file: "" },
    {
      idPrefix: "evidence",
      validate: (v) => {
        const file = chosenFile();
        return collect([
          ["kind", check.required(v.kind, "Select the kind of evidence")],
          ["note", v.kind === "note" ? (check.required(v.note, "Enter the note") ?? (v.note.trim().length < 3 ? "The note must be 3 characters or more" : undefined)) : undefined],
          ["url", v.kind === "link" ? (check.required(v.url, "Enter the link") ?? (/^https:\/\/\S+$/i.test(v.url.trim()) ? undefined : "Enter a link starting https://")) : undefined],
          ["file", v.kind === "file" ? (!file ? "Select a file" : file.size === 0 ? "The selected file is empty" : file.size > MAX_UPLOAD_BYTES ? "The selected file must be smaller than 50 MB" : undefined) : undefined],
        ]);
      },
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    if (v.kind === "file") {
      const chosen = chosenFile()!;
      let created: boolean;
      try {
        created = (await uploadFile<Evidence>(evidenceFilesPath(reviewId, action.id), chosen)).created;
      } catch (e) {
        const p = asProblem(e);
        // The API's words about the file (too large, a type it does not take) go on the field.
        if (e instanceof ApiError && !p.errors?.length && [413, 415, 422].includes(p.status)) {
          form.showProblem({ ...p, errors: [{ field: "file", message: p.detail ?? p.title }] });
          return;
        }
        throw e;
      }
      form.setValues({ kind: "" });
      await onSaved(created ? `File ${chosen.name} added as evidence.` : `File ${chosen.name} is already awaiting a decision.`);
      return;
    }
    const body = v.kind === "note" ? { kind: "note" as const, note: v.note.trim() } : { kind: "link" as const, url: v.url.trim() };
    await unwrap(api.POST("/api/v1/reviews/{review_id}/actions/{action_id}/evidence", { params: { path: { review_id: reviewId, action_id: action.id } }, body }));
    form.setValues({ kind: "", note: "", url: "" });
    await onSaved(v.kind === "note" ? "Note added as evidence." : "Link added as evidence.");
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Add evidence">
      <h3 className="govuk-heading-s">Add evidence</h3>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios
        {...form.field("kind")}
        legend="What kind of evidence?"
        legendSize="s"
        small
        options={[
          { value: "note", text: "A note" },
          { value: "link", text: "A link", hint: "To a document on your organisation's systems" },
          { value: "file", text: "A file", hint: "PDF, Word, Excel, OpenDocument, image, text or CSV, up to 50 MB" },
        ]}
      />
      {form.values.kind === "note" ? <Textarea {...form.field("note")} label="Note" labelClassName="govuk-label--s" rows={3} /> : null}
      {form.values.kind === "link" ? <TextInput {...form.field("url")} label="Link" hint="Starting https://" type="url" spellCheck={false} width="two-thirds" /> : null}
      {form.values.kind === "file" ? <FileUpload id={form.field("file").id} label="Upload a file" hint="The lead reviewer and your agency can download it" error={form.errors.file} inputRef={input} /> : null}
      <Button secondary>Add evidence</Button>
    </form>
  );
}

function SignOff({ reviewId, action, admin, onSaved }: { reviewId: string; action: Action; admin: boolean; onSaved(message: string): Promise<void> }) {
  const form = useForm(
    { reason: "", override: false },
    {
      idPrefix: "sign-off",
      validate: (v) => collect([["reason", check.required(v.reason, "Enter why the action can be signed off") ?? (v.reason.trim().length < 3 ? "The reason must be 3 characters or more" : undefined)]]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/actions/{action_id}/sign-off", {
        params: { path: { review_id: reviewId, action_id: action.id } },
        body: { reason: v.reason.trim(), ...(admin && v.override ? { override: true } : {}) },
      }),
    );
    form.setValues({ reason: "", override: false });
    await onSaved("Action signed off.");
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Sign off the action">
      <h2 className="govuk-heading-m">Sign off the action</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <p className="govuk-body">An action is signed off once some of its evidence is accepted.</p>
      <Textarea {...form.field("reason")} label="Why can it be signed off?" labelClassName="govuk-label--s" hint="For example, the audit shows the change has landed" rows={3} />
      {admin ? <Checkbox {...form.field("override")} label="Sign off without accepted evidence (override)" hint="Only a partnership administrator may; the reason is kept as the override's" /> : null}
      <Button>Sign off action</Button>
    </form>
  );
}

// ---- Changing a recommendation or an action, and cancelling an action ---------------------

type Versioned<T> = Pick<Unwrapped<T>, "data" | "etag">;

const loadRecommendation = (reviewId: string, id: string) => call(api.GET("/api/v1/reviews/{review_id}/recommendations/{recommendation_id}", { params: { path: { review_id: reviewId, recommendation_id: id } } }));
const loadAction = (reviewId: string, id: string) => call(api.GET("/api/v1/reviews/{review_id}/actions/{action_id}", { params: { path: { review_id: reviewId, action_id: id } } }));

/** A manager's page about one record of the plan, read with its ETag: others are told they have
 * no access. `reload` reads the record again. */
function ManagedRecord<T>({ id, load, children }: { id: string; load(reviewId: string, id: string): Promise<Versioned<T>>; children(loaded: Versioned<T>, reload: () => Promise<Versioned<T>>): ReactNode }) {
  const { review } = useReview();
  const manages = managesReview(useMe(), review);
  const data = useLoad(async () => (manages ? load(review.id, id) : null), [review.id, id, manages]);
  if (!manages) return <NoAccess />;
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  return <>{children(data.data!, () => load(review.id, id))}</>;
}

/** An open action for its managers; a closed one is said to be closed instead. */
function ManagedAction({ children }: { children(loaded: Versioned<Action>, reload: () => Promise<Versioned<Action>>, back: string): ReactNode }) {
  const { actionId = "" } = useParams();
  return (
    <ManagedRecord id={actionId} load={loadAction}>
      {(loaded, reload) => {
        const a = loaded.data;
        const back = actionUrl(a.review_id, a.id);
        return isOpen(a) ? (
          children(loaded, reload, back)
        ) : (
          <AlreadyDone heading="This action is closed" backTo={back} backText="The action">
            The action was {statusLabel(a.status).text.toLowerCase()} on <DateText iso={a.closed_on} />.
          </AlreadyDone>
        );
      }}
    </ManagedRecord>
  );
}

interface ChangeSpec<T, V extends Record<string, FormValue>> {
  /** "recommendation", "action": what someone else may have changed. */
  what: string;
  back: string;
  values(record: T): V;
  body(values: V): Record<string, unknown>;
  validate(values: V): FieldErrors;
  dateFields?: string[];
  /** Sends the changed fields with If-Match; resolves to the success banner's words. */
  send(body: Record<string, unknown>, etag: string | null): Promise<string>;
  /** The field a 409 is about (a label already used), shown on it as well as in the summary. */
  conflictField?: string;
}

/** A change page's form. It sends only the fields that differ from the version read, with its
 * ETag, and goes back with the success banner; with nothing changed it sends nothing. A 412 reads
 * the new version: the fields the person left alone take its values, what they typed stays, and
 * the page says so and shows the new version. */
function useChangeForm<T, V extends Record<string, FormValue>>(loaded: Versioned<T>, reload: () => Promise<Versioned<T>>, spec: ChangeSpec<T, V>) {
  const navigate = useNavigate();
  const [version, setVersion] = useState(loaded);
  const [stale, setStale] = useState(false);
  const form = useForm<V>(() => spec.values(loaded.data), { idPrefix: "change", dateFields: spec.dateFields ?? [], validate: spec.validate });
  const onSubmit = form.handleSubmit(async (v) => {
    const read = spec.body(spec.values(version.data));
    const body = Object.fromEntries(Object.entries(spec.body(v)).filter(([key, value]) => read[key] !== value));
    if (Object.keys(body).length === 0) return navigate(spec.back, { state: { saved: "No changes were made." } });
    try {
      navigate(spec.back, { state: { saved: await spec.send(body, version.etag) } });
    } catch (e) {
      const problem = asProblem(e);
      if (problem.status === 412) {
        const fresh = await reload();
        const [was, now] = [spec.values(version.data), spec.values(fresh.data)];
        const untouched = Object.keys(now).filter((key) => JSON.stringify(v[key]) === JSON.stringify(was[key]));
        form.setValues(Object.fromEntries(untouched.map((key) => [key, now[key]])) as Partial<V>);
        setVersion(fresh);
        setStale(true);
        const message = `Someone else changed this ${spec.what} while you were editing. Check the current version, below; your changes are kept in the form. Save again to apply them.`;
        form.showProblem({ ...problem, errors: [{ field: "", message }] });
      } else if (problem.status === 409 && spec.conflictField) {
        form.showProblem({ ...problem, errors: [{ field: spec.conflictField, message: problem.detail ?? problem.title }] });
      } else throw e;
    }
  });
  return { form, onSubmit, current: stale ? version.data : null };
}

/** A change page: the error summary at the top of the column, the heading, after a 412 the
 * current version, and the form. */
function ChangeLayout(props: { heading: string; caption: string; back: string; backText: string; form: Pick<Form<Record<string, FormValue>>, "summary" | "attempt" | "hasErrors">; onSubmit(): void; current: SummaryRow[] | null; children: ReactNode }) {
  const { review } = useReview();
  const { form, back } = props;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back}>{props.backText}</BackLink>
        <ErrorSummary items={form.summary} attempt={form.attempt} />
        <PageHeading caption={props.caption} title={`${props.heading} – ${review.reference}`} hasError={form.hasErrors}>
          <span className="app-break-word">{props.heading}</span>
        </PageHeading>
        {props.current ? (
          <>
            <h2 className="govuk-heading-m">The current version</h2>
            <SummaryList rows={props.current} />
          </>
        ) : null}
        <form noValidate onSubmit={props.onSubmit} aria-label={props.heading}>
          {props.children}
          <SubmitOrCancel cancelTo={back}>Save changes</SubmitOrCancel>
        </form>
      </div>
    </div>
  );
}

/** Changing a recommendation's label or wording: the review's managers, with If-Match. */
export function ChangeRecommendationPage() {
  const { recommendationId = "" } = useParams();
  return (
    <ManagedRecord id={recommendationId} load={loadRecommendation}>
      {(loaded, reload) => <ChangeRecommendation loaded={loaded} reload={reload} />}
    </ManagedRecord>
  );
}

function ChangeRecommendation({ loaded, reload }: { loaded: Versioned<Recommendation>; reload(): Promise<Versioned<Recommendation>> }) {
  const { review } = useReview();
  const r = loaded.data;
  const { form, onSubmit, current } = useChangeForm(loaded, reload, {
    what: "recommendation",
    back: planUrl(review.id),
    values: (x: Recommendation): RecommendationValues => ({ label: x.label, text: x.text }),
    body: (v) => ({ label: v.label.trim(), text: v.text.trim() }),
    validate: recommendationErrors,
    conflictField: "label",
    send: async (body, etag) => {
      const changed = await unwrap(api.PATCH("/api/v1/reviews/{review_id}/recommendations/{recommendation_id}", { params: { path: { review_id: review.id, recommendation_id: r.id }, header: ifMatch(etag) }, body }));
      return `Recommendation ${changed.label} was changed.`;
    },
  });
  return (
    <ChangeLayout
      heading={`Change recommendation ${r.label}`}
      caption={`${review.reference} · action plan`}
      back={planUrl(review.id)}
      backText="Action plan"
      form={form}
      onSubmit={onSubmit}
      current={
        current && [
          { key: "Label", value: current.label },
          { key: "Recommendation", value: <span className="app-break-word">{current.text}</span> },
        ]
      }
    >
      <RecommendationFields form={form} />
    </ChangeLayout>
  );
}

/** Changing an open action's wording, named lead or due date: the review's managers, with If-Match. */
export function ChangeActionPage() {
  return <ManagedAction>{(loaded, reload, back) => <ChangeAction loaded={loaded} reload={reload} back={back} />}</ManagedAction>;
}

function ChangeAction({ loaded, reload, back }: { loaded: Versioned<Action>; reload(): Promise<Versioned<Action>>; back: string }) {
  const { review } = useReview();
  const a = loaded.data;
  const { form, onSubmit, current } = useChangeForm(loaded, reload, {
    what: "action",
    back,
    values: (x: Action): ActionValues => ({ title: x.title, lead_name: x.lead_name ?? "", due_on: isoToDateParts(x.due_on), expected_outcome: x.expected_outcome, measure_of_success: x.measure_of_success }),
    body: actionBody,
    validate: (v) => collect(actionErrors(v)),
    dateFields: ["due_on"],
    send: async (body, etag) => {
      const changed = await unwrap(api.PATCH("/api/v1/reviews/{review_id}/actions/{action_id}", { params: { path: { review_id: review.id, action_id: a.id }, header: ifMatch(etag) }, body }));
      return `Action "${changed.title}" was changed.`;
    },
  });
  return (
    <ChangeLayout
      heading="Change this action"
      caption={a.title}
      back={back}
      backText="The action"
      form={form}
      onSubmit={onSubmit}
      current={
        current && [
          { key: "Action", value: <span className="app-break-word">{current.title}</span> },
          { key: "Named lead", value: current.lead_name },
          { key: "Due", value: <DateText iso={current.due_on} /> },
          { key: "Expected outcome", value: <span className="app-break-word">{current.expected_outcome}</span> },
          { key: "Measure of success", value: <span className="app-break-word">{current.measure_of_success}</span> },
        ]
      }
    >
      <ActionFields form={form} />
    </ChangeLayout>
  );
}

/** Cancelling an action, on its own page: the review's managers; kept with the reason. */
export function CancelActionPage() {
  const { review } = useReview();
  const navigate = useNavigate();
  return (
    <ManagedAction>
      {({ data: a }, _reload, back) => (
        <ConfirmWithReason
          heading="Cancel the action"
          backTo={back}
          backText="The action"
          keepText="Keep the action"
          warning={`Cancelling cannot be undone. "${a.title}" is kept with its progress and evidence, but takes no more and no longer counts towards the plan.`}
          reasonLabel="Why are you cancelling it?"
          reasonHint="Everyone who reads the action plan sees the reason, for example superseded by another action"
          reasonMissing="Enter why the action is cancelled"
          minLength={3}
          confirmLabel="I want to cancel this action"
          confirmMissing="Confirm that you want to cancel the action"
          submit="Cancel action"
          onConfirm={async (reason) => {
            await unwrap(api.POST("/api/v1/reviews/{review_id}/actions/{action_id}/cancel", { params: { path: { review_id: review.id, action_id: a.id } }, body: { reason } }));
            navigate(back, { state: { saved: "Action cancelled." } });
          }}
        />
      )}
    </ManagedAction>
  );
}
