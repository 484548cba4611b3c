import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { api, asProblem, unwrap } from "../../api/client";
import type { Problem } from "../../api/problem";
import type { Draft, DraftResponse, DraftResponseKind, TeamMember } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, NotFound, ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, DateTimeText, SummaryList, Tag } from "../../components/ui";
import { check, collect, type SummaryItem } from "../../forms/errors";
import { Button, ErrorSummary, Radios, SubmitOrCancel, TextInput, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";
import { loadTeam } from "./data";
import { problemOnField, uploadFile, uploadForField } from "./files";
import { ACCEPTED_HINT, FileUpload, fileError, fileFacts, useChosenFile, useDownloads } from "./FileField";
import { DRAFT_RESPONSE } from "./labels";
import { ActionCell, AlreadyDone, ConfirmWithReason, WithdrawnStatus, managesReview, useSavedMessage } from "./ConfirmWithReason";
import { useReview } from "./ReviewLayout";

async function loadDrafts(reviewId: string): Promise<Draft[]> {
  return (await unwrap(api.GET("/api/v1/reviews/{review_id}/drafts", { params: { path: { review_id: reviewId }, query: { limit: 200 } } }))).items;
}

async function loadResponses(reviewId: string, draftId: string): Promise<DraftResponse[]> {
  return (await unwrap(api.GET("/api/v1/reviews/{review_id}/drafts/{draft_id}/responses", { params: { path: { review_id: reviewId, draft_id: draftId }, query: { limit: 200 } } }))).items;
}

type Lift = (form: string, items: SummaryItem[] | null, attempt: number) => void;

/** One error summary, at the top of the main column, for every form on the page: each form
 * lifts its errors into it (useLiftErrors), and it takes focus whenever they change. */
function usePageErrors() {
  const [byForm, setByForm] = useState<Record<string, { items: SummaryItem[]; attempt: number }>>({});
  const lift = useCallback<Lift>(
    (form, items, attempt) =>
      setByForm((prev) => {
        const next = { ...prev };
        if (items && items.length > 0) next[form] = { items, attempt };
        else if (form in next) delete next[form];
        else return prev;
        return next;
      }),
    [],
  );
  const items = useMemo(() => {
    const all = Object.values(byForm).flatMap((f) => f.items);
    return all.length > 0 ? all : null;
  }, [byForm]);
  const attempt = Object.values(byForm).reduce((n, f) => n + f.attempt, 0);
  return { items, attempt, lift };
}

function useLiftErrors(name: string, form: { summary: SummaryItem[] | null; attempt: number }, lift: Lift) {
  useEffect(() => lift(name, form.summary, form.attempt), [name, form.summary, form.attempt, lift]);
  useEffect(() => () => lift(name, null, 0), [name, lift]);
}

const draftFileUrl = (reviewId: string, draftId: string) => `/api/v1/reviews/${encodeURIComponent(reviewId)}/drafts/${encodeURIComponent(draftId)}/file`;

/** A draft whose file upload was refused just after the draft was circulated. */
interface Refused {
  draftId: string;
  problem: Problem;
}

/** Draft report sign-off: the lead reviewer circulates versions, each with the report's file;
 * each agency's member reads the current one and signs off its factual accuracy or returns
 * comments; everyone sees who has. The review's managers and its team open the file; the
 * others see only that it is attached. */
export function ReportPage() {
  const { review } = useReview();
  const me = useMe();
  const manages = managesReview(me, review);
  const [done, setDone] = useState<string | null>(null);
  const returned = useSavedMessage();
  const errors = usePageErrors();
  const banner = errors.items ? null : (done ?? returned);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [refused, setRefused] = useState<Refused | null>(null);
  const downloads = useDownloads();
  const data = useLoad(async () => {
    const [drafts, team] = await Promise.all([loadDrafts(review.id), loadTeam(review.id)]);
    const current = drafts.find((d) => d.current) ?? null;
    const responses = current ? await loadResponses(review.id, current.id) : [];
    return { drafts, team: team.members, current, responses };
  }, [review.id]);

  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };
  const attachTo = (draftId: string | null) => navigate(draftId ? `${reportUrl(review.id)}?attach=${draftId}` : reportUrl(review.id), { replace: draftId === null });
  // The draft circulated, its file refused: the draft's own attach form shows why.
  const withoutFile = async (draft: Draft, problem: Problem) => {
    setDone(null);
    setRefused({ draftId: draft.id, problem });
    attachTo(draft.id);
    await data.reload();
  };
  const attached = async (message: string) => {
    setRefused(null);
    attachTo(null);
    await saved(message);
  };
  const file = { manages, busy: downloads.busy, download: (d: Draft) => void (d.download && downloads.start(d.id, d.download, d.file?.file_name ?? null)) };
  const attaching = manages && data.status === "ok" ? data.data.drafts.find((d) => d.id === params.get("attach") && !d.file && !d.withdrawn_on) : undefined;

  return (
    <>
      <ErrorSummary items={errors.items} attempt={errors.attempt} />
      {banner ? <Banner key={banner} success heading={banner} /> : null}
      <PageHeading title={`${review.reference} – Report sign-off`} hasError={errors.items !== null}>
        Report sign-off
      </PageHeading>
      <p className="govuk-body">The lead reviewer circulates each version of the draft report with its file. Every agency's review team member reads it and confirms its factual accuracy or returns comments. The lead reviewer, the partnership's administrators and the review team open the file; others see only that it is attached.</p>
      {downloads.problem ? <ProblemBanner problem={downloads.problem} title="The file could not be downloaded" /> : null}
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          {data.data.current ? (
            <>
              <h2 className="govuk-heading-m">Current draft</h2>
              <SummaryList
                rows={[
                  { key: "Title", value: data.data.current.title },
                  { key: "Version", value: data.data.current.version_label },
                  { key: "Circulated", value: <DateText iso={data.data.current.circulated_on} /> },
                  data.data.current.note ? { key: "Note", value: data.data.current.note } : null,
                  { key: "Report file", value: <DraftFile draft={data.data.current} {...file} /> },
                ]}
              />
              <ResponsesTable team={data.data.team} responses={data.data.responses} version={data.data.current.version_label} />
              <OwnResponse reviewId={review.id} draft={data.data.current} team={data.data.team} meId={me.id} lift={errors.lift} onSaved={saved} />
            </>
          ) : data.data.drafts.length > 0 ? (
            <p className="govuk-body">No draft is current: every version circulated has been withdrawn.</p>
          ) : (
            <p className="govuk-body">No draft has been circulated yet.</p>
          )}
          {manages ? <CirculateDraft reviewId={review.id} lift={errors.lift} onSaved={saved} onWithoutFile={withoutFile} /> : null}
          <DraftsTable reviewId={review.id} drafts={data.data.drafts} file={file} />
          {attaching ? <AttachFile key={attaching.id} reviewId={review.id} draft={attaching} refused={refused?.draftId === attaching.id ? refused.problem : null} lift={errors.lift} onSaved={attached} /> : null}
        </>
      ) : null}
    </>
  );
}

interface FileProps {
  manages: boolean;
  busy: string | null;
  download(draft: Draft): void;
}

/** A draft's file: a download link for those who may open it, the fact of it for the others,
 * and for the review's managers the way to attach one while there is none. */
function DraftFile({ draft, manages, busy, download }: { draft: Draft } & FileProps) {
  const { file } = draft;
  if (file && draft.download) {
    return (
      <a
        className="govuk-link app-break-word"
        href={draft.download}
        aria-disabled={busy === draft.id || undefined}
        onClick={(e) => {
          e.preventDefault();
          download(draft);
        }}
      >
        Download {file.file_name ?? "the report file"} ({fileFacts(file)})
      </a>
    );
  }
  if (file) return <>Report file attached ({fileFacts(file)})</>;
  if (manages && !draft.withdrawn_on) {
    return (
      <Link className="govuk-link" to={{ search: `?attach=${draft.id}` }}>
        Attach the report file<span className="govuk-visually-hidden"> to draft {draft.version_label}</span>
      </Link>
    );
  }
  return <>No file attached</>;
}

function ResponsesTable({ team, responses, version }: { team: TeamMember[]; responses: DraftResponse[]; version: string }) {
  const latest = new Map(responses.filter((r) => !r.superseded).map((r) => [r.agency_id, r] as const));
  const seats = team.filter((m) => !m.deputy);
  return (
    <div className="app-matrix" role="region" aria-label={`Responses to draft ${version}`} tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Responses to draft {version} (current)</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Agency</th>
            <th scope="col" className="govuk-table__header">Response</th>
            <th scope="col" className="govuk-table__header">Comments</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {seats.map((m) => {
            const r = latest.get(m.agency_id);
            return (
              <tr className="govuk-table__row" key={m.member_id}>
                <th scope="row" className="govuk-table__header">
                  {m.agency_name}
                  <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">{m.name}</span>
                </th>
                <td className="govuk-table__cell">
                  {r ? (
                    <>
                      <Tag colour={DRAFT_RESPONSE[r.response]?.colour}>{DRAFT_RESPONSE[r.response]?.text ?? r.response}</Tag>
                      <span className="govuk-body-s govuk-!-display-block">
                        <DateTimeText iso={r.responded_at} />
                      </span>
                    </>
                  ) : (
                    <Tag colour="grey">No response yet</Tag>
                  )}
                </td>
                <td className="govuk-table__cell app-break-word">{r?.comments ?? (r?.comments_withheld ? "Shared with the lead reviewer" : "")}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function OwnResponse({ reviewId, draft, team, meId, lift, onSaved }: { reviewId: string; draft: Draft; team: TeamMember[]; meId: string; lift: Lift; onSaved(message: string): Promise<void> }) {
  const seat = team.find((m) => m.user_id === meId);
  const form = useForm(
    { response: "", comments: "" },
    {
      idPrefix: "respond-",
      validate: (v) =>
        collect([
          ["response", check.required(v.response, "Select whether you sign off the draft or return comments")],
          ["comments", v.response === "comments" ? check.required(v.comments, "Enter your comments on the draft") : undefined],
        ]),
    },
  );
  useLiftErrors("respond", form, lift);
  if (!seat) return null;
  const onSubmit = form.handleSubmit(async (v) => {
    const kind = v.response as DraftResponseKind;
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/drafts/{draft_id}/responses", {
        params: { path: { review_id: reviewId, draft_id: draft.id } },
        body: kind === "comments" ? { response: kind, comments: v.comments.trim() } : { response: kind },
      }),
    );
    form.setValues({ response: "", comments: "" });
    await onSaved(kind === "comments" ? `Comments on draft ${draft.version_label} returned.` : `Draft ${draft.version_label} signed off.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Your agency's response">
      <h2 className="govuk-heading-m">Your agency's response to draft {draft.version_label}</h2>
      <Radios
        {...form.field("response")}
        legend={`Is draft ${draft.version_label} factually accurate for ${seat.agency_name}?`}
        legendSize="s"
        options={[
          { value: "signed_off", text: "Yes, I sign off its factual accuracy" },
          { value: "comments", text: "No, I am returning comments" },
        ]}
      />
      {form.values.response === "comments" ? <Textarea {...form.field("comments")} label="Your comments" labelClassName="govuk-label--s" hint="The lead reviewer and your agency see them; other agencies see only that you returned comments" rows={5} /> : null}
      <Button>Send response</Button>
    </form>
  );
}

const NO_DRAFT = { title: "", version_label: "", note: "", file: "" };

function CirculateDraft({ reviewId, lift, onSaved, onWithoutFile }: { reviewId: string; lift: Lift; onSaved(message: string): Promise<void>; onWithoutFile(draft: Draft, problem: Problem): Promise<void> }) {
  const chosen = useChosenFile();
  const form = useForm(NO_DRAFT, {
    idPrefix: "draft",
    validate: (v) =>
      collect([
        ["title", check.required(v.title, "Enter the draft's title") ?? (v.title.trim().length < 2 ? "The title must be 2 characters or more" : undefined)],
        ["version_label", check.required(v.version_label, "Enter a version label, for example v0.3")],
        ["file", fileError(chosen.file)],
      ]),
  });
  useLiftErrors("circulate", form, lift);
  const onSubmit = form.handleSubmit(async (v) => {
    const file = chosen.file;
    const created = await unwrap(
      api.POST("/api/v1/reviews/{review_id}/drafts", {
        params: { path: { review_id: reviewId } },
        body: { title: v.title.trim(), version_label: v.version_label.trim(), note: v.note.trim() || null },
      }),
    );
    form.setValues(NO_DRAFT);
    chosen.clear();
    if (file) {
      try {
        await uploadFile<Draft>(draftFileUrl(reviewId, created.id), file);
      } catch (e) {
        return onWithoutFile(created, asProblem(e));
      }
    }
    await onSaved(file ? `Draft ${created.version_label} circulated with ${file.name}.` : `Draft ${created.version_label} circulated.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Circulate a draft">
      <h2 className="govuk-heading-m">Circulate a draft</h2>
      <TextInput {...form.field("title")} label="Title" width="two-thirds" />
      <TextInput {...form.field("version_label")} label="Version label" hint="Each version's label is different, for example v0.3" width="10" />
      <Textarea {...form.field("note")} label="Note to the review team (optional)" labelClassName="govuk-label--s" rows={3} />
      <FileUpload binding={form.field("file")} chosen={chosen} label="The report's file (optional)" hint={`The review team reads it to sign the draft off; you can attach it later. ${ACCEPTED_HINT}.`} />
      <Button secondary>Circulate draft</Button>
    </form>
  );
}

/** Attaching the report's file to a draft that has none: the review's managers. Opened from
 * the draft's "Attach the report file" link, or after the file sent with a new draft was
 * refused (`refused`, shown on the file field at once). */
function AttachFile({ reviewId, draft, refused, lift, onSaved }: { reviewId: string; draft: Draft; refused: Problem | null; lift: Lift; onSaved(message: string): Promise<void> }) {
  const chosen = useChosenFile();
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useForm({ file: "" }, { idPrefix: "attach", validate: () => collect([["file", fileError(chosen.file, "Select the report's file")]]) });
  useLiftErrors("attach", form, lift);
  const { showProblem } = form;
  useEffect(() => {
    heading.current?.focus();
    if (refused) showProblem(problemOnField(refused, "file", `Draft ${draft.version_label} was circulated, but its file was not attached. `));
  }, [refused, showProblem, draft.version_label]);
  const onSubmit = form.handleSubmit(async () => {
    const file = chosen.file!;
    const sent = await uploadForField<Draft>(draftFileUrl(reviewId, draft.id), file);
    await onSaved(sent.created ? `${file.name} attached to draft ${draft.version_label}.` : `${file.name} was already attached to draft ${draft.version_label}.`);
  });
  const title = `Attach the report file to draft ${draft.version_label}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <form noValidate onSubmit={onSubmit} aria-label={title}>
          <h2 className="govuk-heading-m" tabIndex={-1} ref={heading}>
            {title}
          </h2>
          <p className="govuk-body">A draft has one file. To share a changed report, circulate it as a new version.</p>
          <FileUpload binding={form.field("file")} chosen={chosen} label="The report's file" />
          <SubmitOrCancel cancelTo={reportUrl(reviewId)}>Attach file</SubmitOrCancel>
        </form>
      </div>
    </div>
  );
}

const reportUrl = (reviewId: string) => `/reviews/${reviewId}/report`;

function draftStatus(d: Draft) {
  if (d.current) return <Tag colour="green">Current</Tag>;
  if (!d.withdrawn_on) return <Tag colour="grey">Superseded</Tag>;
  return <WithdrawnStatus on={d.withdrawn_on} reason={d.withdrawn_reason} />;
}

/** Every version, the current one tagged, with its file; the review's managers may withdraw
 * any version not yet withdrawn. */
function DraftsTable({ reviewId, drafts, file }: { reviewId: string; drafts: Draft[]; file: FileProps }) {
  if (drafts.length === 0) return null;
  return (
    <div className="app-matrix" role="region" aria-label="All versions" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">All versions</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Version</th>
            <th scope="col" className="govuk-table__header">Circulated</th>
            <th scope="col" className="govuk-table__header">Status</th>
            <th scope="col" className="govuk-table__header">Report file</th>
            {file.manages ? <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th> : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {drafts.map((d) => (
            <tr className="govuk-table__row" key={d.id}>
              <th scope="row" className="govuk-table__header">
                {d.version_label}
                <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block app-break-word">{d.title}</span>
              </th>
              <td className="govuk-table__cell">
                <DateText iso={d.circulated_on} />
              </td>
              <td className="govuk-table__cell">{draftStatus(d)}</td>
              <td className="govuk-table__cell app-break-word">
                <DraftFile draft={d} {...file} />
              </td>
              {file.manages ? <ActionCell to={d.withdrawn_on ? null : `${reportUrl(reviewId)}/drafts/${d.id}/withdraw`} text="Withdraw" label={`draft ${d.version_label}`} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The version that becomes current once `draft` is withdrawn: the latest circulated of the others not withdrawn. */
export function currentAfterWithdrawing(drafts: Draft[], draft: Draft): Draft | null {
  const rest = drafts.filter((d) => d.id !== draft.id && !d.withdrawn_on);
  rest.sort((a, b) => a.circulated_on.localeCompare(b.circulated_on) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
  return rest.at(-1) ?? null;
}

/** Withdrawing a draft version, on its own page: the review's managers only. The draft is
 * kept with its responses; it takes no more, and the latest other version becomes current. */
export function WithdrawDraftPage() {
  const { review } = useReview();
  const me = useMe();
  const { draftId = "" } = useParams();
  const navigate = useNavigate();
  const manages = managesReview(me, review);
  const data = useLoad(async () => (manages ? loadDrafts(review.id) : []), [review.id, manages]);
  if (!manages) return <NoAccess />;
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const draft = data.data.find((d) => d.id === draftId);
  if (!draft) return <NotFound />;
  const back = reportUrl(review.id);
  if (draft.withdrawn_on) {
    return (
      <AlreadyDone heading={`Draft ${draft.version_label} is withdrawn`} backTo={back} backText="Report sign-off">
        Draft {draft.version_label} was withdrawn on <DateText iso={draft.withdrawn_on} />.
      </AlreadyDone>
    );
  }
  const next = draft.current ? currentAfterWithdrawing(data.data, draft) : null;
  const after = !draft.current ? "It is not the current draft, so what the team responds to does not change." : next ? `Draft ${next.version_label} becomes the current draft again, and the team's responses to it count.` : "No draft will be current until you circulate a new version.";
  return (
    <ConfirmWithReason
      heading={`Withdraw draft ${draft.version_label}`}
      backTo={back}
      backText="Report sign-off"
      keepText="Keep the draft"
      warning={`Withdrawing cannot be undone. Draft ${draft.version_label} is kept with its responses but takes no more. ${after}`}
      reasonLabel="Why are you withdrawing it?"
      reasonHint="The review team sees the reason, for example circulated in error"
      reasonMissing="Enter why the draft is withdrawn"
      minLength={3}
      confirmLabel={`I want to withdraw draft ${draft.version_label}`}
      confirmMissing="Confirm that you want to withdraw the draft"
      submit="Withdraw draft"
      onConfirm={async (reason) => {
        const withdrawn = await unwrap(api.POST("/api/v1/reviews/{review_id}/drafts/{draft_id}/withdraw", { params: { path: { review_id: review.id, draft_id: draft.id } }, body: { reason } }));
        navigate(back, { state: { saved: `Draft ${withdrawn.version_label} withdrawn.` } });
      }}
    />
  );
}
