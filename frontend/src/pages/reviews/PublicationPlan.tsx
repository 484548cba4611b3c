import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { api, unwrap } from "../../api/client";
import type { PlanItem, PlanRequest, TeamMember } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { Banner, DateText, Tag, formatDate } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, DateInput, ErrorSummary, Radios, Select, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, emptyDate, useForm } from "../../forms/useForm";
import { loadTeam } from "./data";
import { PLAN_ITEM } from "./labels";
import { ActionCell, AlreadyDone, ConfirmWithReason, WithdrawnStatus, useSavedMessage } from "./ConfirmWithReason";
import { useReview } from "./ReviewLayout";

async function loadRequests(reviewId: string): Promise<PlanRequest[]> {
  return (await unwrap(api.GET("/api/v1/reviews/{review_id}/publication-plan/requests", { params: { path: { review_id: reviewId }, query: { limit: 200 } } }))).items;
}

function answerText(r: PlanRequest): string {
  const a = r.latest_answer;
  if (!a) return "";
  if (a.not_applicable) return `Not applicable: ${a.text ?? ""}`;
  if (a.done_on) return formatDate(a.done_on);
  return a.text ?? "";
}

/** The publication plan: what each agency must confirm before the report is published. The
 * partnership's administrators ask; each agency's review team member answers. */
export function PublicationPlanPage() {
  const { review } = useReview();
  const me = useMe();
  const [done, setDone] = useState<string | null>(null);
  const returned = useSavedMessage();
  const banner = done ?? returned;
  const data = useLoad(async () => {
    const [requests, team] = await Promise.all([loadRequests(review.id), loadTeam(review.id)]);
    return { requests, team: team.members };
  }, [review.id]);

  const saved = async (message: string) => {
    setDone(message);
    await data.reload();
  };

  return (
    <>
      {banner ? <Banner success heading={banner} /> : null}
      <PageHeading title={`${review.reference} – Publication plan`}>Publication plan</PageHeading>
      <p className="govuk-body">Before the report is published, each agency confirms who leads its communications, that its staff have been briefed and that the family has been informed.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          <RequestsTable reviewId={review.id} requests={data.data.requests} team={data.data.team} withdraws={me.role === "partnership_admin"} />
          {me.role === "member" && me.agency ? (
            <AnswerRequest reviewId={review.id} requests={data.data.requests.filter((r) => r.agency_id === me.agency?.id && !r.withdrawn_on)} onSaved={saved} />
          ) : null}
          {me.role === "partnership_admin" ? <SendRequest reviewId={review.id} team={data.data.team} onSaved={saved} /> : null}
        </>
      ) : null}
    </>
  );
}

function itemText(r: Pick<PlanRequest, "item" | "question">): string {
  return r.item === "other" ? (r.question ?? PLAN_ITEM.other!) : PLAN_ITEM[r.item]!;
}

const planUrl = (reviewId: string) => `/reviews/${reviewId}/publication-plan`;

function agencyNames(team: TeamMember[]): Map<string, string> {
  return new Map(team.map((m) => [m.agency_id, m.agency_name] as const));
}

function requestStatus(r: PlanRequest) {
  if (!r.withdrawn_on) return r.answered ? <Tag colour="green">Answered</Tag> : <Tag colour="yellow">Waiting</Tag>;
  return <WithdrawnStatus on={r.withdrawn_on} reason={r.withdrawn_reason} />;
}

/** Every request with its answer; administrators may withdraw one not yet withdrawn. */
function RequestsTable({ reviewId, requests, team, withdraws }: { reviewId: string; requests: PlanRequest[]; team: TeamMember[]; withdraws: boolean }) {
  const names = agencyNames(team);
  if (requests.length === 0) return <p className="govuk-body">No agency has been asked anything yet.</p>;
  return (
    <div className="app-matrix" role="region" aria-label="Publication-plan requests" tabIndex={0}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Requests to agencies</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Agency and request</th>
            <th scope="col" className="govuk-table__header">Answer</th>
            <th scope="col" className="govuk-table__header">Status</th>
            {withdraws ? <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th> : null}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {requests.map((r) => (
            <tr className="govuk-table__row" key={r.id}>
              <th scope="row" className="govuk-table__header">
                {names.get(r.agency_id) ?? "Another agency"}
                <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block app-break-word">{itemText(r)}</span>
                {r.due_on ? (
                  <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">
                    Due <DateText iso={r.due_on} />
                  </span>
                ) : null}
              </th>
              <td className="govuk-table__cell app-break-word">{answerText(r)}</td>
              <td className="govuk-table__cell">{requestStatus(r)}</td>
              {withdraws ? <ActionCell to={r.withdrawn_on ? null : `${planUrl(reviewId)}/requests/${r.id}/withdraw`} text="Withdraw" label={`the request to ${names.get(r.agency_id) ?? "another agency"}: ${itemText(r)}`} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AnswerRequest({ reviewId, requests, onSaved }: { reviewId: string; requests: PlanRequest[]; onSaved(message: string): Promise<void> }) {
  const first = requests.find((r) => !r.answered) ?? requests[0];
  const form = useForm(
    { request: first?.id ?? "", text: "", done_on: emptyDate(), not_applicable: false },
    {
      idPrefix: "answer-",
      dateFields: ["done_on"],
      validate: (v) => {
        const r = requests.find((x) => x.id === v.request);
        const on = datePartsToIso(v.done_on);
        const needsDate = r && (r.item === "staff_briefed" || (r.item === "family_informed" && !v.not_applicable));
        return collect([
          ["text", r && (r.item === "comms_lead" || r.item === "other" || v.not_applicable) ? check.required(v.text, r.item === "comms_lead" ? "Enter the name of your comms lead" : v.not_applicable ? "Say why it does not apply" : "Enter your answer") : undefined],
          ["done_on", needsDate ? (on === "" ? "Enter the date" : on === null ? "The date must be a real date" : undefined) : undefined],
        ]);
      },
    },
  );
  if (requests.length === 0) return null;
  const selected = requests.find((r) => r.id === form.values.request);
  const onSubmit = form.handleSubmit(async (v) => {
    const r = requests.find((x) => x.id === v.request)!;
    const takesDate = r.item === "staff_briefed" || (r.item === "family_informed" && !v.not_applicable);
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/publication-plan/requests/{request_id}/answers", {
        params: { path: { review_id: reviewId, request_id: r.id } },
        body: takesDate ? { done_on: datePartsToIso(v.done_on)! } : { text: v.text.trim(), not_applicable: v.not_applicable },
      }),
    );
    form.setValues({ text: "", done_on: emptyDate(), not_applicable: false });
    await onSaved(`Answer to "${itemText(r)}" sent.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Answer a request">
      <h2 className="govuk-heading-m">Answer a request to your agency</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Select {...form.field("request")} label="Request" options={requests.map((r) => ({ value: r.id, text: `${itemText(r)}${r.answered ? " (answered)" : ""}` }))} />
      {selected?.item === "comms_lead" || selected?.item === "other" ? <TextInput {...form.field("text")} label={selected.item === "comms_lead" ? "Name of your comms lead" : "Your answer"} width="two-thirds" /> : null}
      {selected?.item === "family_informed" ? <Checkbox {...form.field("not_applicable")} label="Informing the family does not apply" /> : null}
      {selected?.item === "family_informed" && form.values.not_applicable ? <Textarea {...form.field("text")} label="Why it does not apply" labelClassName="govuk-label--s" rows={2} /> : null}
      {selected && (selected.item === "staff_briefed" || (selected.item === "family_informed" && !form.values.not_applicable)) ? (
        <DateInput {...form.field("done_on")} legend={selected.item === "staff_briefed" ? "Date staff were, or will be, briefed" : "Date the family was, or will be, informed"} legendSize="s" hint="For example, 20 5 2026" />
      ) : null}
      <Button>Send answer</Button>
    </form>
  );
}

function SendRequest({ reviewId, team, onSaved }: { reviewId: string; team: TeamMember[]; onSaved(message: string): Promise<void> }) {
  const agencies = [...new Map(team.filter((m) => !m.deputy).map((m) => [m.agency_id, m.agency_name] as const))];
  const form = useForm(
    { agency: "all", item: "", question: "", due_on: emptyDate() },
    {
      idPrefix: "ask-",
      dateFields: ["due_on"],
      validate: (v) => {
        const on = datePartsToIso(v.due_on);
        return collect([
          ["item", check.required(v.item, "Select what to ask")],
          ["question", v.item === "other" ? check.required(v.question, "Enter the question to ask") : undefined],
          ["due_on", on === null ? "The due date must be a real date" : undefined],
        ]);
      },
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const body = { item: v.item as PlanItem, question: v.question.trim() || null, due_on: datePartsToIso(v.due_on) || null };
    if (v.agency === "all") {
      const sent = await unwrap(api.POST("/api/v1/reviews/{review_id}/publication-plan/requests-to-all-agencies", { params: { path: { review_id: reviewId } }, body }));
      form.setValues({ item: "", question: "", due_on: emptyDate() });
      await onSaved(`Request sent to ${sent.items.length} ${sent.items.length === 1 ? "agency" : "agencies"}.`);
    } else {
      await unwrap(api.POST("/api/v1/reviews/{review_id}/publication-plan/requests", { params: { path: { review_id: reviewId } }, body: { ...body, agency_id: v.agency } }));
      form.setValues({ item: "", question: "", due_on: emptyDate() });
      await onSaved("Request sent.");
    }
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Send a request">
      <h2 className="govuk-heading-m">Send a request</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Select {...form.field("agency")} label="To" options={[{ value: "all", text: "Every agency on the review" }, ...agencies.map(([value, text]) => ({ value, text }))]} />
      <Radios {...form.field("item")} legend="What to ask" legendSize="s" small options={Object.entries(PLAN_ITEM).map(([value, text]) => ({ value, text }))} />
      {form.values.item === "other" ? <Textarea {...form.field("question")} label="Question" labelClassName="govuk-label--s" rows={2} /> : null}
      <DateInput {...form.field("due_on")} legend="Answer needed by (optional)" legendSize="s" hint="For example, 15 5 2026" />
      <Button secondary>Send request</Button>
    </form>
  );
}

/** Withdrawing a publication-plan request, on its own page: administrators only. The request
 * is kept with its answers but no longer counts towards the agency's publication-planning duty. */
export function WithdrawPlanRequestPage() {
  const { review } = useReview();
  const me = useMe();
  const { requestId = "" } = useParams();
  const navigate = useNavigate();
  const admin = me.role === "partnership_admin";
  const data = useLoad(async () => {
    if (!admin) return null;
    const [request, team] = await Promise.all([
      unwrap(api.GET("/api/v1/reviews/{review_id}/publication-plan/requests/{request_id}", { params: { path: { review_id: review.id, request_id: requestId } } })),
      loadTeam(review.id),
    ]);
    return { request, agency: agencyNames(team.members).get(request.agency_id) ?? "the agency" };
  }, [review.id, requestId, admin]);
  if (!admin) return <NoAccess />;
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { request, agency } = data.data!;
  const back = planUrl(review.id);
  if (request.withdrawn_on) {
    return (
      <AlreadyDone heading="This request is withdrawn" backTo={back} backText="Publication plan">
        The request to {agency} ({itemText(request)}) was withdrawn on <DateText iso={request.withdrawn_on} />.
      </AlreadyDone>
    );
  }
  return (
    <ConfirmWithReason
      heading={`Withdraw the request to ${agency}`}
      backTo={back}
      backText="Publication plan"
      keepText="Keep the request"
      warning={`Withdrawing cannot be undone. The request (${itemText(request)}) is kept with any answers, but ${agency} can no longer answer it and it no longer counts towards their publication planning.`}
      reasonLabel="Why are you withdrawing it?"
      reasonHint="The agency sees the reason, for example asked twice in error"
      reasonMissing="Enter why the request is withdrawn"
      minLength={3}
      confirmLabel="I want to withdraw this request"
      confirmMissing="Confirm that you want to withdraw the request"
      submit="Withdraw request"
      onConfirm={async (reason) => {
        await unwrap(api.POST("/api/v1/reviews/{review_id}/publication-plan/requests/{request_id}/withdraw", { params: { path: { review_id: review.id, request_id: request.id } }, body: { reason } }));
        navigate(back, { state: { saved: `Request to ${agency} withdrawn.` } });
      }}
    />
  );
}
