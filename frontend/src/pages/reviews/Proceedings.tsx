/** The review's register of parallel proceedings (criminal investigations, inquests, …): every
 * agency's, for everyone who reaches the review; recorded by an agency's member for their own
 * agency, and by the review's managers for any agency on it. One that holds publication keeps
 * the review from publication until it is concluded or no longer holds it. */
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { Me, NoProceedings, Proceeding, ProceedingKind, ProceedingStatus, Review, Team } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateText, Tag, WarningText } from "../../components/ui";
import { check, collect } from "../../forms/errors";
import { Button, Checkbox, DateInput, ErrorSummary, Radios, Select, TextInput, Textarea } from "../../forms/fields";
import { datePartsToIso, isoToDateParts, useForm, type DateParts } from "../../forms/useForm";
import { holdsPublication, loadProceedings, loadTeam } from "./data";
import { PROCEEDING_KIND, PROCEEDING_STATUS, labelOf } from "./labels";
import { canManage } from "./ReviewOverview";
import { useReview } from "./ReviewLayout";

const registerUrl = (reviewId: string) => `/reviews/${reviewId}/proceedings`;

/** The agencies the caller records for: any agency on the team for the review's managers, their
 * own for a member with a current seat, none for anyone else. */
function recordsFor(review: Review, me: Me, team: Team): { id: string; name: string }[] {
  const agencies = new Map(team.members.map((m) => [m.agency_id, m.agency_name] as const));
  if (canManage(review, me)) return [...agencies].map(([id, name]) => ({ id, name }));
  const seat = team.members.find((m) => m.user_id === me.id);
  return seat ? [{ id: seat.agency_id, name: seat.agency_name }] : [];
}

export function ProceedingsPage() {
  const { review } = useReview();
  const me = useMe();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved ?? null;
  const data = useLoad(async () => {
    const [proceedings, none, team] = await Promise.all([
      loadProceedings(review.id),
      unwrap(api.GET("/api/v1/reviews/{review_id}/no-proceedings", { params: { path: { review_id: review.id }, query: { limit: 200 } } })),
      loadTeam(review.id),
    ]);
    return { proceedings, none: none.items, team };
  }, [review.id]);

  return (
    <>
      {saved ? <Banner success heading={saved} /> : null}
      <PageHeading title={`${review.reference} – Parallel proceedings`}>Parallel proceedings</PageHeading>
      <p className="govuk-body">Criminal investigations and trials, inquests, family court and other processes running alongside the review. The review team liaises with them, and some must finish before the report is published.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? <Register review={review} me={me} {...data.data} onSaved={data.reload} /> : null}
    </>
  );
}

function Register({ review, me, proceedings, none, team, onSaved }: { review: Review; me: Me; proceedings: Proceeding[]; none: NoProceedings[]; team: Team; onSaved(): Promise<void> }) {
  const names = new Map(team.members.map((m) => [m.agency_id, m.agency_name] as const));
  const agencyName = (id: string) => names.get(id) ?? "An agency no longer on the team";
  const mine = recordsFor(review, me, team);
  const mayChange = (p: Proceeding) => mine.some((a) => a.id === p.agency_id);
  const holding = proceedings.filter(holdsPublication);
  // The latest "none" of each agency that has recorded no proceeding.
  const recorded = new Set(proceedings.map((p) => p.agency_id));
  const latestNone = new Map<string, NoProceedings>();
  for (const d of none) if (!recorded.has(d.agency_id)) latestNone.set(d.agency_id, d);
  const mayDeclareNone = mine.filter((a) => !recorded.has(a.id));

  return (
    <>
      {holding.length ? (
        <WarningText>
          {holding.length === 1 ? "A proceeding holds" : `${holding.length} proceedings hold`} the publication of this review: it cannot move to publication or be published until {holding.length === 1 ? "it is" : "they are"} concluded or no longer {holding.length === 1 ? "holds" : "hold"} it.
        </WarningText>
      ) : null}
      {proceedings.length === 0 ? (
        <p className="govuk-body">No parallel proceedings have been recorded.</p>
      ) : (
        <div className="app-matrix" role="region" aria-label="Parallel proceedings" tabIndex={0}>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Proceedings recorded</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Proceeding</th>
                <th scope="col" className="govuk-table__header">Status</th>
                <th scope="col" className="govuk-table__header">Liaison</th>
                <th scope="col" className="govuk-table__header">Expected end</th>
                <th scope="col" className="govuk-table__header">Holds publication</th>
                {mine.length ? (
                  <th scope="col" className="govuk-table__header">
                    <span className="govuk-visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {proceedings.map((p) => (
                <tr className="govuk-table__row" key={p.id}>
                  <th scope="row" className="govuk-table__header">
                    {PROCEEDING_KIND[p.kind] ?? p.kind}
                    <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block">{agencyName(p.agency_id)}</span>
                    {p.note ? <span className="govuk-body-s govuk-!-font-weight-regular govuk-!-display-block app-pre-line">{p.note}</span> : null}
                  </th>
                  <td className="govuk-table__cell">
                    <Tag colour={labelOf(PROCEEDING_STATUS, p.status).colour}>{labelOf(PROCEEDING_STATUS, p.status).text}</Tag>
                    {p.concluded_on ? (
                      <span className="govuk-body-s govuk-!-display-block">
                        <DateText iso={p.concluded_on} />
                      </span>
                    ) : null}
                  </td>
                  <td className="govuk-table__cell app-break-word">{p.liaison_contact ?? "Not recorded"}</td>
                  <td className="govuk-table__cell">{p.expected_end_on ? <DateText iso={p.expected_end_on} /> : "Not known"}</td>
                  <td className="govuk-table__cell">{holdsPublication(p) ? <Tag colour="red">Holds publication</Tag> : p.holds_publication ? "No longer (concluded)" : "No"}</td>
                  {mine.length ? (
                    <td className="govuk-table__cell">
                      {mayChange(p) ? (
                        <Link className="govuk-link" to={`${registerUrl(review.id)}/${p.id}/edit`}>
                          Change or conclude<span className="govuk-visually-hidden"> the {(PROCEEDING_KIND[p.kind] ?? p.kind).toLowerCase()} of {agencyName(p.agency_id)}</span>
                        </Link>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2 className="govuk-heading-m">Agencies that know of none</h2>
      {latestNone.size === 0 ? (
        <p className="govuk-body">No agency has declared that it knows of no parallel proceedings.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {[...latestNone.values()].map((d) => (
            <li key={d.id}>
              {agencyName(d.agency_id)}: none known as of <DateText iso={d.declared_on} />
            </li>
          ))}
        </ul>
      )}

      {mine.length ? (
        <p className="govuk-body">
          <Link className="govuk-button govuk-button--secondary" role="button" draggable={false} to={`${registerUrl(review.id)}/new`}>
            Record a proceeding
          </Link>
        </p>
      ) : (
        <p className="govuk-body-s">Each agency's review team member records their agency's proceedings; the lead reviewer and the partnership's administrators record for any agency.</p>
      )}
      {mayDeclareNone.length ? <DeclareNone reviewId={review.id} agencies={mayDeclareNone} manages={canManage(review, me)} onSaved={onSaved} /> : null}
    </>
  );
}

function DeclareNone({ reviewId, agencies, manages, onSaved }: { reviewId: string; agencies: { id: string; name: string }[]; manages: boolean; onSaved(): Promise<void> }) {
  const navigate = useNavigate();
  const form = useForm(
    { agency_id: agencies.length === 1 ? agencies[0]!.id : "", ack: false },
    {
      idPrefix: "none",
      validate: (v) =>
        collect([
          ["agency_id", check.required(v.agency_id, "Select the agency")],
          ["ack", v.ack ? undefined : "Confirm that the agency knows of no parallel proceedings"],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    await unwrap(api.POST("/api/v1/reviews/{review_id}/no-proceedings", { params: { path: { review_id: reviewId } }, body: manages ? { agency_id: v.agency_id } : {} }));
    const name = agencies.find((a) => a.id === v.agency_id)?.name ?? "The agency";
    form.setValues({ ack: false });
    navigate(registerUrl(reviewId), { replace: true, state: { saved: `${name} knows of no parallel proceedings: declared.` } });
    await onSaved();
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-labelledby="declare-none">
      <h2 className="govuk-heading-m" id="declare-none">
        {manages ? "Declare that an agency knows of none" : "Your agency knows of none"}
      </h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      {agencies.length > 1 ? <Select {...form.field("agency_id")} label="Agency" options={[{ value: "", text: "Select an agency" }, ...agencies.map((a) => ({ value: a.id, text: a.name }))]} /> : null}
      <Checkbox {...form.field("ack")} label={agencies.length === 1 ? `${agencies[0]!.name} knows of no parallel proceedings` : "The agency knows of no parallel proceedings"} hint="Dated today. Record a proceeding instead if one starts later." />
      <Button secondary>Declare none</Button>
    </form>
  );
}

interface ProceedingValues {
  [key: string]: string | boolean | DateParts;
  agency_id: string;
  kind: string;
  status: string;
  liaison_contact: string;
  expected_end_on: DateParts;
  holds_publication: boolean;
  note: string;
}

function ProceedingForm({ initial, agencies, statuses, label, submit, onSubmit }: { initial: Proceeding | null; agencies: { id: string; name: string }[]; statuses: ProceedingStatus[]; label: string; submit: string; onSubmit(v: ProceedingValues): Promise<void> }) {
  const form = useForm<ProceedingValues>(
    {
      agency_id: initial?.agency_id ?? (agencies.length === 1 ? agencies[0]!.id : ""),
      kind: initial?.kind ?? "",
      status: initial?.status ?? "active",
      liaison_contact: initial?.liaison_contact ?? "",
      expected_end_on: isoToDateParts(initial?.expected_end_on),
      holds_publication: initial?.holds_publication ?? false,
      note: initial?.note ?? "",
    },
    {
      idPrefix: "proceeding",
      dateFields: ["expected_end_on"],
      validate: (v) =>
        collect([
          ["agency_id", initial ? undefined : check.required(v.agency_id, "Select the agency that knows of it")],
          ["kind", check.required(v.kind, "Select the kind of proceeding")],
          ["status", check.required(v.status, "Select the status")],
          ["liaison_contact", v.liaison_contact.trim() && v.liaison_contact.trim().length < 2 ? "The liaison contact must be 2 characters or more" : undefined],
          ["expected_end_on", datePartsToIso(v.expected_end_on) === null ? "The expected end must be a real date" : undefined],
        ]),
    },
  );
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} aria-label={label}>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      {!initial && agencies.length > 1 ? <Select {...form.field("agency_id")} label="Agency that knows of it" options={[{ value: "", text: "Select an agency" }, ...agencies.map((a) => ({ value: a.id, text: a.name }))]} /> : null}
      <Radios {...form.field("kind")} legend="Kind of proceeding" legendSize="s" small options={Object.entries(PROCEEDING_KIND).map(([value, text]) => ({ value, text }))} />
      <Radios
        {...form.field("status")}
        legend="Status"
        legendSize="s"
        small
        options={statuses.map((s) => ({ value: s, text: labelOf(PROCEEDING_STATUS, s).text, ...(s === "concluded" ? { hint: "Dated today; a concluded proceeding no longer holds publication" } : {}) }))}
      />
      <TextInput {...form.field("liaison_contact")} label="Liaison contact (optional)" hint="A role, team or shared inbox, for example the force's CSPR liaison inbox" width="two-thirds" />
      <DateInput {...form.field("expected_end_on")} legend="Expected end (optional)" legendSize="s" hint="For example, 30 9 2026" />
      <Checkbox {...form.field("holds_publication")} label="Publication of the report must wait for it" hint="While it is not concluded, the review cannot move to publication or be published" />
      <Textarea {...form.field("note")} label="Note (optional)" labelClassName="govuk-label--s" rows={3} />
      <Button>{submit}</Button>
    </form>
  );
}

export function RecordProceedingPage() {
  const { review } = useReview();
  const me = useMe();
  const navigate = useNavigate();
  const team = useLoad(() => loadTeam(review.id), [review.id]);
  if (team.status === "loading") return <Loading />;
  if (team.status === "error") return <ProblemPage problem={team.problem} />;
  const agencies = recordsFor(review, me, team.data);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={registerUrl(review.id)}>Parallel proceedings</BackLink>
        <PageHeading caption={review.reference} title={`Record a parallel proceeding – ${review.reference}`}>
          Record a parallel proceeding
        </PageHeading>
        {agencies.length === 0 ? (
          <p className="govuk-body">Only the review's team members, its lead reviewer and the partnership's administrators record proceedings.</p>
        ) : (
          <ProceedingForm
            initial={null}
            agencies={agencies}
            statuses={["planned", "active"]}
            label="Record a parallel proceeding"
            submit="Record proceeding"
            onSubmit={async (v) => {
              await unwrap(
                api.POST("/api/v1/reviews/{review_id}/proceedings", {
                  params: { path: { review_id: review.id } },
                  body: {
                    ...(canManage(review, me) ? { agency_id: v.agency_id } : {}),
                    kind: v.kind as ProceedingKind,
                    status: v.status as ProceedingStatus,
                    liaison_contact: v.liaison_contact.trim() || null,
                    expected_end_on: datePartsToIso(v.expected_end_on) || null,
                    holds_publication: v.holds_publication,
                    note: v.note.trim() || null,
                  },
                }),
              );
              navigate(registerUrl(review.id), { state: { saved: `${PROCEEDING_KIND[v.kind] ?? "Proceeding"} recorded.` } });
            }}
          />
        )}
      </div>
    </div>
  );
}

export function EditProceedingPage() {
  const { review } = useReview();
  const { proceedingId = "" } = useParams();
  const navigate = useNavigate();
  const data = useLoad(() => call(api.GET("/api/v1/reviews/{review_id}/proceedings/{proceeding_id}", { params: { path: { review_id: review.id, proceeding_id: proceedingId } } })), [review.id, proceedingId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { data: proceeding, etag } = data.data;
  const kind = PROCEEDING_KIND[proceeding.kind] ?? proceeding.kind;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={registerUrl(review.id)}>Parallel proceedings</BackLink>
        <PageHeading caption={review.reference} title={`Change or conclude: ${kind} – ${review.reference}`}>
          Change or conclude: {kind.toLowerCase()}
        </PageHeading>
        <ProceedingForm
          initial={proceeding}
          agencies={[]}
          statuses={["planned", "active", "concluded"]}
          label={`Change or conclude: ${kind}`}
          submit="Save changes"
          onSubmit={async (v) => {
            await unwrap(
              api.PATCH("/api/v1/reviews/{review_id}/proceedings/{proceeding_id}", {
                params: { path: { review_id: review.id, proceeding_id: proceeding.id }, header: ifMatch(etag) },
                body: {
                  kind: v.kind as ProceedingKind,
                  status: v.status as ProceedingStatus,
                  liaison_contact: v.liaison_contact.trim() || null,
                  expected_end_on: datePartsToIso(v.expected_end_on) || null,
                  holds_publication: v.holds_publication,
                  note: v.note.trim() || null,
                },
              }),
            );
            navigate(registerUrl(review.id), { state: { saved: v.status === "concluded" && proceeding.status !== "concluded" ? `${kind} concluded.` : `${kind} saved.` } });
          }}
        />
      </div>
    </div>
  );
}
