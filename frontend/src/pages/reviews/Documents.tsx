import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { DocumentDecision, DocumentKind, DocumentRequest, DocumentVersion, TeamMember } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateText, DateTimeText, SummaryList, Tag, type TagColour } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, DateInput, ErrorSummary, Radios, SubmitOrCancel, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, emptyDate, isoToDateParts, useForm, type DateParts } from "../../forms/useForm";
import { todayIso } from "./dates";
import { loadAgencies, loadTeam } from "./data";
import { uploadForField } from "./files";
import { FileUpload, fileError, fileFacts, useChosenFile, useDownloads } from "./FileField";
import { DOCUMENT_KIND, DOCUMENT_STATUS } from "./labels";
import { ActionCell, AlreadyDone, ConfirmWithReason, WithdrawnStatus, managesReview, usePageMessages, useReportErrors } from "./ConfirmWithReason";
import { useReview } from "./ReviewLayout";

const documentsUrl = (reviewId: string) => `/reviews/${reviewId}/documents`;
const documentUrl = (reviewId: string, documentId: string) => `${documentsUrl(reviewId)}/${documentId}`;
/** The page that changes a request. */
const changeUrl = (reviewId: string, documentId: string) => `${documentUrl(reviewId, documentId)}/edit`;

/** A status tag's colour: the words carry the meaning, the colour only helps. */
const STATUS_COLOUR: Record<string, TagColour> = {
  requested: "yellow",
  submitted: "blue",
  accepted: "green",
  returned: "orange",
  withdrawn: "grey",
};

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function kindText(kind: string): string {
  return DOCUMENT_KIND[kind] ?? kind;
}

export function DocumentStatusTag({ document }: { document: Pick<DocumentRequest, "status" | "withdrawn_on" | "withdrawn_reason"> }) {
  if (document.withdrawn_on) return <WithdrawnStatus on={document.withdrawn_on} reason={document.withdrawn_reason ?? null} />;
  return <Tag colour={STATUS_COLOUR[document.status]}>{sentence(DOCUMENT_STATUS[document.status] ?? document.status)}</Tag>;
}

function DueText({ document }: { document: Pick<DocumentRequest, "due_on" | "overdue"> }) {
  return (
    <>
      <DateText iso={document.due_on} />
      {document.overdue ? (
        <>
          {" "}
          <Tag colour="red">Overdue</Tag>
        </>
      ) : null}
    </>
  );
}

async function loadDocuments(reviewId: string): Promise<DocumentRequest[]> {
  const items: DocumentRequest[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 10; i++) {
    const page = await unwrap(api.GET("/api/v1/reviews/{review_id}/documents", { params: { path: { review_id: reviewId }, query: { limit: 200, ...(cursor ? { cursor } : {}) } } }));
    items.push(...page.items);
    if (!page.next_cursor) break;
    cursor = page.next_cursor;
  }
  return items;
}

async function loadAgencyNames(): Promise<Map<string, string>> {
  return new Map((await loadAgencies()).map((a) => [a.id, a.name] as const));
}

/** The documents asked of a review's agencies (chronologies, agency reports and others): where
 * each stands for everyone; the review's managers ask for more. Files, their names and the lead
 * reviewer's comments are on each document's page, for those allowed to open them. */
export function DocumentsPage() {
  const { review } = useReview();
  const me = useMe();
  const manages = managesReview(me, review);
  const { banner, hasErrors, onErrors, setDone } = usePageMessages();
  const data = useLoad(async () => {
    const [documents, names, team] = await Promise.all([loadDocuments(review.id), loadAgencyNames(), manages ? loadTeam(review.id) : Promise.resolve(null)]);
    return { documents, names, team: team?.members ?? [] };
  }, [review.id, manages]);

  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };

  const ownAgency = me.role === "member" ? (me.agency?.id ?? null) : null;
  return (
    <>
      {banner ? <Banner key={banner} success heading={banner} /> : null}
      <PageHeading title={`${review.reference} – Documents`} hasError={hasErrors}>
        Documents
      </PageHeading>
      <p className="govuk-body">The lead reviewer asks each agency for its chronology, its agency report and any other papers the review needs. Each agency's review team member sends the file; the lead reviewer accepts it or returns it with comments.</p>
      <p className="govuk-body">Everyone on the review sees where each document stands. The files, their names and the lead reviewer's comments are seen only by the lead reviewer, the partnership's administrators and the agency's own people.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          <DocumentsTable reviewId={review.id} documents={data.data.documents} names={data.data.names} ownAgency={ownAgency} manages={manages} />
          {manages ? <AskForDocument reviewId={review.id} team={data.data.team} onSaved={saved} onErrors={onErrors} /> : null}
        </>
      ) : null}
    </>
  );
}

/** Every request, the member's own agency's first; the review's managers change open ones. */
function DocumentsTable({ reviewId, documents, names, ownAgency, manages }: { reviewId: string; documents: DocumentRequest[]; names: Map<string, string>; ownAgency: string | null; manages: boolean }) {
  if (documents.length === 0) return <p className="govuk-body">No agency has been asked for a document yet.</p>;
  const rows = ownAgency ? [...documents.filter((d) => d.agency_id === ownAgency), ...documents.filter((d) => d.agency_id !== ownAgency)] : documents;
  return (
    <div className="app-matrix" role="region" aria-label="Documents asked of agencies" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Documents asked of agencies</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Agency</th>
            <th scope="col" className="govuk-table__header">Document</th>
            <th scope="col" className="govuk-table__header">Due</th>
            <th scope="col" className="govuk-table__header">Status</th>
            {manages ? <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th> : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((d) => {
            const agency = names.get(d.agency_id) ?? "Another agency";
            return (
              <tr className="govuk-table__row" key={d.id}>
                <th scope="row" className="govuk-table__header">
                  {agency}
                  {d.agency_id === ownAgency ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">Asked of your agency</span> : null}
                </th>
                <td className="govuk-table__cell app-break-word">
                  <Link className="govuk-link" to={documentUrl(reviewId, d.id)}>
                    {d.title}
                    <span className="govuk-visually-hidden"> from {agency}</span>
                  </Link>
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{kindText(d.kind)}</span>
                </td>
                <td className="govuk-table__cell">
                  <DueText document={d} />
                </td>
                <td className="govuk-table__cell">
                  <DocumentStatusTag document={d} />
                </td>
                {manages ? <ActionCell to={d.withdrawn_on ? null : changeUrl(reviewId, d.id)} text="Change" label={`${d.title} from ${agency}`} /> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const EVERY_AGENCY = "all";

function titleError(title: string): string | undefined {
  return check.required(title, "Enter the document's title") ?? (title.trim().length < 2 ? "The title must be 2 characters or more" : undefined);
}

/** The due date typed: missing, not a real date, or (when `notPast`) before today. */
function dueError(parts: DateParts, notPast = false): string | undefined {
  const on = datePartsToIso(parts);
  if (on === "") return "Enter the date the document is due";
  if (on === null) return "The due date must be a real date";
  return notPast && on < todayIso() ? "The due date must be today or later" : undefined;
}

function AskForDocument({ reviewId, team, onSaved, onErrors }: { reviewId: string; team: TeamMember[]; onSaved(message: string): Promise<void>; onErrors(has: boolean): void }) {
  const agencies = [...new Map(team.filter((m) => !m.deputy).map((m) => [m.agency_id, m.agency_name] as const))];
  const form = useForm(
    { agency: "", kind: "", title: "", due_on: emptyDate(), note: "" },
    {
      idPrefix: "ask",
      dateFields: ["due_on"],
      aliases: { agency_id: "agency" },
      validate: (v) =>
        collect([
          ["agency", check.required(v.agency, "Select who to ask")],
          ["kind", check.required(v.kind, "Select what kind of document it is")],
          ["title", titleError(v.title)],
          ["due_on", dueError(v.due_on)],
        ]),
    },
  );
  useReportErrors(form.hasErrors, onErrors);
  const onSubmit = form.handleSubmit(async (v) => {
    const body = { kind: v.kind as DocumentKind, title: v.title.trim(), due_on: datePartsToIso(v.due_on)!, note: v.note.trim() || null };
    const reset = () => form.setValues({ agency: "", kind: "", title: "", due_on: emptyDate(), note: "" });
    if (v.agency === EVERY_AGENCY) {
      const asked = await unwrap(api.POST("/api/v1/reviews/{review_id}/documents/requests-to-all-agencies", { params: { path: { review_id: reviewId } }, body }));
      reset();
      await onSaved(`${asked.length} ${asked.length === 1 ? "agency" : "agencies"} asked for "${body.title}".`);
    } else {
      await unwrap(api.POST("/api/v1/reviews/{review_id}/documents", { params: { path: { review_id: reviewId } }, body: { ...body, agency_id: v.agency } }));
      reset();
      await onSaved(`${agencies.find(([id]) => id === v.agency)?.[1] ?? "The agency"} asked for "${body.title}".`);
    }
  });
  if (agencies.length === 0) return <p className="govuk-body">No agency has a seat on the review yet, so none can be asked for a document.</p>;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <form noValidate onSubmit={onSubmit} aria-label="Ask for a document">
          <h2 className="govuk-heading-m">Ask for a document</h2>
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <Radios {...form.field("agency")} legend="Who do you want to ask?" legendSize="s" small options={[...agencies.map(([value, text]) => ({ value, text })), { value: EVERY_AGENCY, text: "Every agency on the review", hint: "One request to each agency with a seat on the review" }]} />
          <Radios {...form.field("kind")} legend="What kind of document?" legendSize="s" small options={Object.entries(DOCUMENT_KIND).map(([value, text]) => ({ value, text }))} />
          <TextInput {...form.field("title")} label="Title" labelClassName="govuk-label--s" hint="For example, Chronology of involvement" width="two-thirds" />
          <DateInput {...form.field("due_on")} legend="Due date" legendSize="s" hint="Today or later, for example 15 5 2026" />
          <Textarea {...form.field("note")} label="Note to the agency (optional)" labelClassName="govuk-label--s" hint="For example, which template to use" rows={3} />
          <Button secondary>Ask for document</Button>
        </form>
      </div>
    </div>
  );
}

async function loadDocument(reviewId: string, documentId: string) {
  const [document, versions, names] = await Promise.all([
    call(api.GET("/api/v1/reviews/{review_id}/documents/{document_id}", { params: { path: { review_id: reviewId, document_id: documentId } } })),
    unwrap(api.GET("/api/v1/reviews/{review_id}/documents/{document_id}/versions", { params: { path: { review_id: reviewId, document_id: documentId }, query: { limit: 200 } } })),
    loadAgencyNames(),
  ]);
  return { document: document.data, etag: document.etag, versions: versions.items, agency: names.get(document.data.agency_id) ?? "Another agency" };
}

/** One document: what was asked, every version sent with the lead reviewer's decision, and
 * the next step for whoever takes it (the agency's member sends a file; the review's managers
 * accept or return the latest version, change or withdraw the request). */
export function DocumentPage() {
  const { review } = useReview();
  const { documentId = "" } = useParams();
  const me = useMe();
  const manages = managesReview(me, review);
  const { banner, hasErrors, onErrors, setDone } = usePageMessages();
  const data = useLoad(() => loadDocument(review.id, documentId), [review.id, documentId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { document: d, versions, agency } = data.data;
  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };
  const open = !d.withdrawn_on;
  const latest = versions.find((v) => !v.superseded) ?? null;
  const decides = manages && open && latest !== null && latest.decision === null;
  const sends = me.role === "member" && me.agency?.id === d.agency_id && open && d.status !== "accepted";
  return (
    <>
      <BackLink to={documentsUrl(review.id)}>Documents</BackLink>
      {banner ? <Banner key={banner} success heading={banner} /> : null}
      <PageHeading caption={`${review.reference} · ${agency}`} title={`${d.title} – ${agency} – ${review.reference}`} hasError={hasErrors}>
        {d.title}
      </PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: "Agency", value: agency },
              { key: "Kind", value: kindText(d.kind) },
              { key: "Due", value: <DueText document={d} /> },
              { key: "Status", value: <DocumentStatusTag document={d} /> },
              d.note ? { key: "Note", value: <span className="app-pre-line app-break-word">{d.note}</span> } : null,
              { key: "Asked on", value: <DateTimeText iso={d.created_at} /> },
            ]}
          />
        </div>
      </div>
      <VersionsTable versions={versions} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {decides ? <DecideOnVersion reviewId={review.id} documentId={d.id} version={latest} onSaved={saved} onErrors={onErrors} /> : null}
          {sends ? <SendFile reviewId={review.id} document={d} onSaved={saved} onErrors={onErrors} /> : null}
          {manages && open ? (
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to={changeUrl(review.id, d.id)}>
                  Change this request
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={`${documentUrl(review.id, d.id)}/withdraw`}>
                  Withdraw this request
                </Link>
              </li>
            </ul>
          ) : null}
        </div>
      </div>
    </>
  );
}

function decisionCell(v: DocumentVersion) {
  if (v.decision === "accepted") return <Tag colour="green">Accepted</Tag>;
  if (v.decision === "returned") return <Tag colour="orange">Returned</Tag>;
  if (v.superseded) return <Tag colour="grey">Not decided</Tag>;
  return <Tag colour="blue">Awaiting decision</Tag>;
}

/** Every version sent, first first; a Download button for those the caller may open. */
function VersionsTable({ versions }: { versions: DocumentVersion[] }) {
  const { problem, busy, start } = useDownloads();
  if (versions.length === 0) return <p className="govuk-body">No file has been sent yet.</p>;
  const downloads = versions.some((v) => v.download);
  return (
    <>
      {problem ? <ProblemBanner problem={problem} title="The file could not be downloaded" /> : null}
      <div className="app-matrix" role="region" aria-label="Versions sent" tabIndex={0}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Versions sent</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Version</th>
              <th scope="col" className="govuk-table__header">File</th>
              <th scope="col" className="govuk-table__header">Sent</th>
              <th scope="col" className="govuk-table__header">Decision</th>
              {downloads ? <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th> : null}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {versions.map((v) => (
              <tr className="govuk-table__row" key={v.id}>
                <th scope="row" className="govuk-table__header">{v.number}</th>
                <td className="govuk-table__cell app-break-word">
                  {v.file.file_name ?? <span className="govuk-hint govuk-!-margin-0">Name withheld</span>}
                  <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{fileFacts(v.file)}</span>
                </td>
                <td className="govuk-table__cell">
                  <DateTimeText iso={v.submitted_at} />
                </td>
                <td className="govuk-table__cell app-break-word">
                  {decisionCell(v)}
                  {v.decided_at ? (
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      <DateTimeText iso={v.decided_at} />
                    </span>
                  ) : null}
                  {v.decision_comment ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-pre-line">{v.decision_comment}</span> : null}
                </td>
                {downloads ? (
                  <td className="govuk-table__cell">
                    {v.download ? (
                      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" data-module="govuk-button" disabled={busy === v.id} aria-disabled={busy === v.id || undefined} onClick={() => void (v.download && start(v.id, v.download, v.file.file_name))}>
                        Download<span className="govuk-visually-hidden"> version {v.number}</span>
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function DecideOnVersion({ reviewId, documentId, version, onSaved, onErrors }: { reviewId: string; documentId: string; version: DocumentVersion; onSaved(message: string): Promise<void>; onErrors(has: boolean): void }) {
  const form = useForm(
    { decision: "", comment: "" },
    {
      idPrefix: "decide",
      validate: (v) =>
        collect([
          ["decision", check.required(v.decision, `Select whether you accept version ${version.number} or return it`)],
          ["comment", v.decision === "returned" ? (check.required(v.comment, "Enter what the agency should change") ?? (v.comment.trim().length < 2 ? "The comments must be 2 characters or more" : undefined)) : undefined],
        ]),
    },
  );
  useReportErrors(form.hasErrors, onErrors);
  const onSubmit = form.handleSubmit(async (v) => {
    const decision = v.decision as DocumentDecision;
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/documents/{document_id}/versions/{version_id}/decision", {
        params: { path: { review_id: reviewId, document_id: documentId, version_id: version.id } },
        body: decision === "returned" ? { decision, comment: v.comment.trim() } : { decision },
      }),
    );
    form.setValues({ decision: "", comment: "" });
    await onSaved(decision === "accepted" ? `Version ${version.number} accepted.` : `Version ${version.number} returned with comments.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label={`Decide on version ${version.number}`}>
      <h2 className="govuk-heading-m">Decide on version {version.number}</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios
        {...form.field("decision")}
        legend={`Do you accept version ${version.number}?`}
        legendSize="s"
        options={[
          { value: "accepted", text: "Accept" },
          { value: "returned", text: "Return with comments" },
        ]}
      />
      {form.values.decision === "returned" ? <Textarea {...form.field("comment")} label="What should the agency change?" labelClassName="govuk-label--s" hint="The agency's own people see your comments; other agencies see only that it was returned" rows={4} /> : null}
      <Button>Save decision</Button>
    </form>
  );
}

function SendFile({ reviewId, document: d, onSaved, onErrors }: { reviewId: string; document: DocumentRequest; onSaved(message: string): Promise<void>; onErrors(has: boolean): void }) {
  const chosen = useChosenFile();
  const form = useForm({ file: "" }, { idPrefix: "send", validate: () => collect([["file", fileError(chosen.file, "Select a file to send")]]) });
  useReportErrors(form.hasErrors, onErrors);
  const onSubmit = form.handleSubmit(async () => {
    const file = chosen.file!;
    // Every refusal (too large, wrong type, empty, withdrawn, accepted) is about the file.
    const sent = await uploadForField<DocumentVersion>(`/api/v1/reviews/${encodeURIComponent(reviewId)}/documents/${encodeURIComponent(d.id)}/versions`, file);
    chosen.clear();
    form.setValues({ file: "" });
    await onSaved(sent.created ? `${file.name} sent.` : `${file.name} was already sent as version ${sent.data.number}; it awaits the lead reviewer.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Send a file">
      <h2 className="govuk-heading-m">Send a file</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      {d.status === "returned" ? <p className="govuk-body">The lead reviewer returned the last version. Their comments are in the table above; send a new version when it is ready.</p> : null}
      {d.status === "submitted" ? <p className="govuk-body">The latest version awaits the lead reviewer. Sending another replaces it as the one they decide on.</p> : null}
      <FileUpload binding={form.field("file")} chosen={chosen} label="Upload a file" />
      <Button>Send file</Button>
    </form>
  );
}

/** A manager's page about one open request: others are told they have no access, and a
 * withdrawn request is said to be withdrawn instead of showing `children`. */
function ManagedRequest({ children }: { children(loaded: { document: DocumentRequest; etag: string | null; agency: string; back: string }): ReactNode }) {
  const { review } = useReview();
  const me = useMe();
  const { documentId = "" } = useParams();
  const manages = managesReview(me, review);
  const data = useLoad(async () => (manages ? loadDocument(review.id, documentId) : null), [review.id, documentId, manages]);
  if (!manages) return <NoAccess />;
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { document: d, etag, agency } = data.data!;
  const back = documentUrl(review.id, d.id);
  if (d.withdrawn_on) {
    return (
      <AlreadyDone heading="This request is withdrawn" backTo={back} backText={d.title}>
        The request to {agency} for "{d.title}" was withdrawn on <DateText iso={d.withdrawn_on} />.
      </AlreadyDone>
    );
  }
  return <>{children({ document: d, etag, agency, back })}</>;
}

/** Changing an open request's title, due date or note: the review's managers, with If-Match;
 * only what changed is sent. The agency and the kind of document stay as asked. */
export function ChangeDocumentPage() {
  return <ManagedRequest>{(loaded) => <ChangeDocumentForm {...loaded} />}</ManagedRequest>;
}

function ChangeDocumentForm({ document: d, etag, agency, back }: { document: DocumentRequest; etag: string | null; agency: string; back: string }) {
  const { review } = useReview();
  const navigate = useNavigate();
  const form = useForm(
    { title: d.title, due_on: isoToDateParts(d.due_on), note: d.note ?? "" },
    {
      idPrefix: "change",
      dateFields: ["due_on"],
      // A due date already past may stay as it is; a new one is today or later.
      validate: (v) => collect([["title", titleError(v.title)], ["due_on", dueError(v.due_on, datePartsToIso(v.due_on) !== d.due_on)]]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const asked = { title: v.title.trim(), due_on: datePartsToIso(v.due_on)!, note: v.note.trim() || null };
    const body = Object.fromEntries(Object.entries(asked).filter(([key, value]) => d[key as keyof typeof asked] !== value));
    if (Object.keys(body).length === 0) return navigate(back, { state: { saved: "No changes were made." } });
    const changed = await unwrap(api.PATCH("/api/v1/reviews/{review_id}/documents/{document_id}", { params: { path: { review_id: review.id, document_id: d.id }, header: ifMatch(etag) }, body }));
    navigate(back, { state: { saved: `Request to ${agency} for "${changed.title}" changed.` } });
  });
  const heading = "Change the request";
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back}>{d.title}</BackLink>
        <PageHeading caption={`${review.reference} · ${agency}`} title={`${heading} – ${d.title} – ${review.reference}`} hasError={form.hasErrors}>
          {heading}
        </PageHeading>
        <form noValidate onSubmit={onSubmit} aria-label={heading}>
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <p className="govuk-body">
            {kindText(d.kind)} asked of {agency}. To ask another agency or for another kind of document, withdraw this request and ask again.
          </p>
          <TextInput {...form.field("title")} label="Title" labelClassName="govuk-label--s" width="two-thirds" />
          <DateInput {...form.field("due_on")} legend="Due date" legendSize="s" hint="A new date is today or later, for example 15 5 2026" />
          <Textarea {...form.field("note")} label="Note to the agency (optional)" labelClassName="govuk-label--s" hint="Empty the box to remove the note" rows={3} />
          <SubmitOrCancel cancelTo={back}>Save changes</SubmitOrCancel>
        </form>
      </div>
    </div>
  );
}

/** Withdrawing a document request, on its own page: the review's managers only. The request
 * is kept with its versions but takes no more files and no longer counts for the agency. */
export function WithdrawDocumentPage() {
  const { review } = useReview();
  const navigate = useNavigate();
  return (
    <ManagedRequest>
      {({ document: d, agency, back }) => (
        <ConfirmWithReason
          heading={`Withdraw the request to ${agency}`}
          backTo={back}
          backText={d.title}
          keepText="Keep the request"
          warning={`Withdrawing cannot be undone. The request ("${d.title}") is kept with any files sent, but ${agency} can no longer send files against it and it no longer counts towards their paperwork.`}
          reasonLabel="Why are you withdrawing it?"
          reasonHint="The agency sees the reason, for example asked of the wrong agency"
          reasonMissing="Enter why the request is withdrawn"
          minLength={3}
          confirmLabel="I want to withdraw this request"
          confirmMissing="Confirm that you want to withdraw the request"
          submit="Withdraw request"
          onConfirm={async (reason) => {
            await unwrap(api.POST("/api/v1/reviews/{review_id}/documents/{document_id}/withdraw", { params: { path: { review_id: review.id, document_id: d.id } }, body: { reason } }));
            navigate(back, { state: { saved: `Request to ${agency} for "${d.title}" withdrawn.` } });
          }}
        />
      )}
    </ManagedRequest>
  );
}
