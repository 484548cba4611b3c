/** A review's learning as it emerges, and how each agency shared it and checked it landed.
 *
 * Everyone who reaches the review reads the learning and how far each agency has shared it.
 * The review's managers (administrators and its lead reviewer) record, change and withdraw
 * learning; a member of an agency seated on the review records how their own agency shared an
 * item and, later, whether it landed. Viewers read it all without the free-text notes. */
import type { ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import type { Me } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { useMe } from "../../auth/AuthContext";
import { Loading } from "../../auth/guards";
import { NoAccess, ProblemBanner, ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, Banner, DateText, DateTimeText, SummaryList, Tag, formatDate, type SummaryRow } from "../../components/ui";
import { check, collect, type FieldErrors } from "../../forms/errors";
import { Button, DateInput, ErrorSummary, Radios, Select, SubmitOrCancel, TextInput, Textarea, type Option } from "../../forms/fields";
import { datePartsToIso, emptyDate, isoToDateParts, useForm, type DateParts } from "../../forms/useForm";
import { AlreadyDone, ConfirmWithReason, WithdrawnStatus, managesReview, usePageMessages, useReportErrors } from "./ConfirmWithReason";
import { loadAgencies, loadTeam } from "./data";
import { todayIso } from "./dates";
import {
  DISSEMINATION_METHOD,
  LANDED_METHOD,
  LANDED_OUTCOME,
  learningListUrl,
  learningUrl,
  loadDisseminations,
  loadLearning,
  loadThemes,
  sharingText,
  type Dissemination,
  type DisseminationMethod,
  type LandedMethod,
  type LandedOutcome,
  type LearningItem,
  type LearningTheme,
} from "./learning";
import { useReview } from "./ReviewLayout";

/** The agencies seated on the review (by id, in the team's order), and every agency's name. */
async function loadAgencySeats(reviewId: string) {
  const [team, agencies] = await Promise.all([loadTeam(reviewId), loadAgencies()]);
  const seated = new Map(team.members.filter((m) => !m.deputy).map((m) => [m.agency_id, m.agency_name] as const));
  return { seated, names: new Map(agencies.map((a) => [a.id, a.name] as const)) };
}

type Seats = Awaited<ReturnType<typeof loadAgencySeats>>;

/** The caller's agency when they are a member of an agency seated on the review. */
function sharingAgency(me: Me, seats: Seats): string | null {
  const agency = me.role === "member" ? (me.agency?.id ?? null) : null;
  return agency && seats.seated.has(agency) ? agency : null;
}

/** Every seated agency and any other that shared the item, the member's own first, each with
 * how far it has shared the item. */
function sharingRows(item: LearningItem, seats: Seats, own: string | null): SummaryRow[] {
  const byAgency = new Map(item.sharing.map((s) => [s.agency_id, s] as const));
  const ids = [...new Set([...(own ? [own] : []), ...seats.seated.keys(), ...byAgency.keys()])];
  return ids.map((id) => {
    const name = seats.seated.get(id) ?? seats.names.get(id) ?? "Another agency";
    const text = sharingText(byAgency.get(id));
    return id === own ? { key: `Your agency (${name})`, value: <strong>{text}</strong> } : { key: name, value: text };
  });
}

function ThemeTag({ name }: { name: string }) {
  return <Tag colour="purple">{name}</Tag>;
}

function themeOptions(themes: LearningTheme[], current?: { id: string; name: string }): Option[] {
  const options = themes.map((t) => ({ value: t.id, text: t.name }));
  if (current && !themes.some((t) => t.id === current.id)) options.unshift({ value: current.id, text: `${current.name} (retired)` });
  return [{ value: "", text: "Choose a theme" }, ...options];
}

/** Checks a date the person typed: empty, not a real date, in the future, or before `earliest`. */
function dateError(parts: DateParts, what: string, earliest?: { on: string; text: string }): string | undefined {
  const on = datePartsToIso(parts);
  if (on === "") return `Enter ${what.charAt(0).toLowerCase()}${what.slice(1)}`;
  if (on === null) return `${what} must be a real date`;
  if (on > todayIso()) return `${what} must be today or in the past`;
  if (earliest && on < earliest.on) return `${what} must be on or after ${earliest.text} (${formatDate(earliest.on)})`;
  return undefined;
}

function lengthError(value: string, missing: string, name: string, min: number): string | undefined {
  return check.required(value, missing) ?? (value.trim().length < min ? `${name} must be ${min} characters or more` : undefined);
}

function optionalLength(value: string, name: string, min: number): string | undefined {
  return value.trim() && value.trim().length < min ? `${name} must be ${min} characters or more` : undefined;
}

// --- The list ----------------------------------------------------------------------------------

/** The review's learning, each item with how far each seated agency has shared it. */
export function LearningPage() {
  const { review } = useReview();
  const me = useMe();
  const manages = managesReview(me, review);
  const messages = usePageMessages();
  const data = useLoad(async () => {
    const [items, seats, themes] = await Promise.all([loadLearning(review.id), loadAgencySeats(review.id), manages ? loadThemes(true) : Promise.resolve([])]);
    return { items, seats, themes };
  }, [review.id, manages]);
  const saved = async (message: string) => {
    messages.setDone(message);
    await data.reload();
  };
  return (
    <>
      {messages.banner ? <Banner key={messages.banner} success heading={messages.banner} /> : null}
      <PageHeading title={`${review.reference} – Learning`} hasError={messages.hasErrors}>
        Learning
      </PageHeading>
      <p className="govuk-body">The lead reviewer records learning as it emerges, not only at the end of the review. Each agency on the review shares it with its own staff and later checks that it has landed in practice.</p>
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? (
        <>
          <LearningList reviewId={review.id} items={data.data.items} seats={data.data.seats} own={sharingAgency(me, data.data.seats)} />
          {manages ? <RecordLearning reviewId={review.id} themes={data.data.themes} onSaved={saved} onErrors={messages.onErrors} /> : null}
        </>
      ) : null}
    </>
  );
}

function LearningList({ reviewId, items, seats, own }: { reviewId: string; items: LearningItem[]; seats: Seats; own: string | null }) {
  if (items.length === 0) return <p className="govuk-body">No learning has been recorded on this review yet.</p>;
  return (
    <>
      <h2 className="govuk-heading-m">Learning recorded</h2>
      {items.map((item) => (
        <div className="govuk-summary-card" key={item.id}>
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title app-break-word">{item.title}</h3>
            <ul className="govuk-summary-card__actions">
              <li className="govuk-summary-card__action">
                <Link className="govuk-link" to={learningUrl(reviewId, item.id)}>
                  {own && !item.withdrawn_on ? "View and record sharing" : "View"}
                  <span className="govuk-visually-hidden"> {item.title}</span>
                </Link>
              </li>
            </ul>
          </div>
          <div className="govuk-summary-card__content">
            <SummaryList
              rows={[
                { key: "Theme", value: <ThemeTag name={item.theme} /> },
                { key: "Emerged", value: <DateText iso={item.emerged_on} /> },
                item.withdrawn_on ? { key: "Status", value: <WithdrawnStatus on={item.withdrawn_on} reason={item.withdrawn_reason} /> } : null,
                ...sharingRows(item, seats, own),
              ]}
            />
          </div>
        </div>
      ))}
    </>
  );
}

// --- Recording and changing learning -----------------------------------------------------------

type LearningValues = { theme_id: string; title: string; description: string; emerged_on: DateParts };

function useLearningForm(idPrefix: string, initial: LearningValues) {
  return useForm<LearningValues>(initial, {
    idPrefix,
    dateFields: ["emerged_on"],
    validate: (v) =>
      collect([
        ["theme_id", check.required(v.theme_id, "Select the theme of the learning")],
        ["title", lengthError(v.title, "Enter a short title for the learning", "The title", 3)],
        ["description", lengthError(v.description, "Describe the learning", "The description", 3)],
        ["emerged_on", dateError(v.emerged_on, "The date the learning emerged")],
      ]),
  });
}

function LearningFields({ form, themes }: { form: ReturnType<typeof useLearningForm>; themes: Option[] }) {
  return (
    <>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Select {...form.field("theme_id")} label="Theme" labelClassName="govuk-label--s" hint="From the partnership's list, so learning compares across reviews" options={themes} />
      <TextInput {...form.field("title")} label="Title" labelClassName="govuk-label--s" hint="For example, Home visits did not include time alone with the child" />
      <Textarea {...form.field("description")} label="What was learned" labelClassName="govuk-label--s" hint="Do not name the child, the family or practitioners" rows={5} />
      <DateInput {...form.field("emerged_on")} legend="Date the learning emerged" legendSize="s" hint="Today or earlier, for example 12 6 2026" />
    </>
  );
}

const NO_LEARNING: LearningValues = { theme_id: "", title: "", description: "", emerged_on: emptyDate() };

function RecordLearning({ reviewId, themes, onSaved, onErrors }: { reviewId: string; themes: LearningTheme[]; onSaved(message: string): Promise<void>; onErrors(has: boolean): void }) {
  const form = useLearningForm("record", NO_LEARNING);
  useReportErrors(form.hasErrors, onErrors);
  const onSubmit = form.handleSubmit(async (v) => {
    const body = { theme_id: v.theme_id, title: v.title.trim(), description: v.description.trim(), emerged_on: datePartsToIso(v.emerged_on)! };
    await unwrap(api.POST("/api/v1/reviews/{review_id}/learning", { params: { path: { review_id: reviewId } }, body }));
    form.setValues({ ...NO_LEARNING, emerged_on: emptyDate() });
    await onSaved(`Learning "${body.title}" recorded.`);
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <form noValidate onSubmit={onSubmit} aria-label="Record learning">
          <h2 className="govuk-heading-m">Record learning</h2>
          <LearningFields form={form} themes={themeOptions(themes)} />
          <Button secondary>Record learning</Button>
        </form>
      </div>
    </div>
  );
}

async function loadItem(reviewId: string, learningId: string) {
  const found = await call(api.GET("/api/v1/reviews/{review_id}/learning/{learning_id}", { params: { path: { review_id: reviewId, learning_id: learningId } } }));
  return { item: found.data, etag: found.etag };
}

/** A manager's page about one current learning item: others are told they have no access, and
 * a withdrawn item is said to be withdrawn instead of showing `children`. */
function ManagedItem({ withThemes = false, children }: { withThemes?: boolean; children(loaded: { item: LearningItem; etag: string | null; themes: LearningTheme[]; back: string }): ReactNode }) {
  const { review } = useReview();
  const me = useMe();
  const { learningId = "" } = useParams();
  const manages = managesReview(me, review);
  const data = useLoad(async () => {
    if (!manages) return null;
    const [found, themes] = await Promise.all([loadItem(review.id, learningId), withThemes ? loadThemes(true) : Promise.resolve([])]);
    return { ...found, themes };
  }, [review.id, learningId, manages, withThemes]);
  if (!manages) return <NoAccess />;
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { item, etag, themes } = data.data!;
  const back = learningUrl(review.id, item.id);
  if (item.withdrawn_on) {
    return (
      <AlreadyDone heading="This learning is withdrawn" backTo={back} backText={item.title}>
        "{item.title}" was withdrawn on <DateText iso={item.withdrawn_on} />, so it no longer changes.
      </AlreadyDone>
    );
  }
  return <>{children({ item, etag, themes, back })}</>;
}

/** Changing a learning item's theme, wording or date: the review's managers, with If-Match. */
export function EditLearningPage() {
  const { review } = useReview();
  return <ManagedItem withThemes>{(loaded) => <EditLearningForm reviewId={review.id} reference={review.reference} {...loaded} />}</ManagedItem>;
}

function EditLearningForm({ reviewId, reference, item, etag, themes, back }: { reviewId: string; reference: string; item: LearningItem; etag: string | null; themes: LearningTheme[]; back: string }) {
  const navigate = useNavigate();
  const form = useLearningForm("change", { theme_id: item.theme_id, title: item.title, description: item.description, emerged_on: isoToDateParts(item.emerged_on) });
  const onSubmit = form.handleSubmit(async (v) => {
    const asked = { theme_id: v.theme_id, title: v.title.trim(), description: v.description.trim(), emerged_on: datePartsToIso(v.emerged_on)! };
    const body = Object.fromEntries(Object.entries(asked).filter(([key, value]) => item[key as keyof typeof asked] !== value));
    await unwrap(api.PATCH("/api/v1/reviews/{review_id}/learning/{learning_id}", { params: { path: { review_id: reviewId, learning_id: item.id }, header: ifMatch(etag) }, body }));
    navigate(back, { state: { saved: Object.keys(body).length ? "Learning changed." : "Nothing was changed." } });
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back}>{item.title}</BackLink>
        <PageHeading caption={`${reference} · learning`} title={`Change this learning – ${reference}`} hasError={form.hasErrors}>
          Change this learning
        </PageHeading>
        <form noValidate onSubmit={onSubmit} aria-label="Change this learning">
          <LearningFields form={form} themes={themeOptions(themes, { id: item.theme_id, name: item.theme })} />
          <SubmitOrCancel cancelTo={back}>Save changes</SubmitOrCancel>
        </form>
      </div>
    </div>
  );
}

/** Withdrawing a learning item, with the reason: the review's managers. It is kept, and no
 * longer counts towards the agencies' duty to share learning. */
export function WithdrawLearningPage() {
  return <ManagedItem>{({ item, back }) => <WithdrawLearning item={item} back={back} />}</ManagedItem>;
}

function WithdrawLearning({ item, back }: { item: LearningItem; back: string }) {
  const { review } = useReview();
  const navigate = useNavigate();
  return (
    <ConfirmWithReason
      heading="Withdraw this learning"
      backTo={back}
      backText={item.title}
      keepText="Keep the learning"
      warning={`Withdrawing cannot be undone. "${item.title}" is kept with how the agencies shared it, but no agency can record sharing it any more and it no longer counts towards their duty to share learning.`}
      reasonLabel="Why are you withdrawing it?"
      reasonHint="Everyone on the review sees the reason, for example recorded twice"
      reasonMissing="Enter why the learning is withdrawn"
      minLength={3}
      confirmLabel="I want to withdraw this learning"
      confirmMissing="Confirm that you want to withdraw the learning"
      submit="Withdraw learning"
      onConfirm={async (reason) => {
        await unwrap(api.POST("/api/v1/reviews/{review_id}/learning/{learning_id}/withdraw", { params: { path: { review_id: review.id, learning_id: item.id } }, body: { reason } }));
        navigate(learningListUrl(review.id), { state: { saved: `Learning "${item.title}" withdrawn.` } });
      }}
    />
  );
}

// --- One item ----------------------------------------------------------------------------------

/** One learning item: what was learned, how each agency shared it and whether it landed; the
 * member's form to record their own agency's sharing; the managers' change and withdraw links. */
export function LearningItemPage() {
  const { review } = useReview();
  const me = useMe();
  const { learningId = "" } = useParams();
  const manages = managesReview(me, review);
  const messages = usePageMessages();
  const data = useLoad(async () => {
    const [found, disseminations, seats] = await Promise.all([loadItem(review.id, learningId), loadDisseminations(review.id, learningId), loadAgencySeats(review.id)]);
    return { item: found.item, disseminations, seats };
  }, [review.id, learningId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { item, disseminations, seats } = data.data;
  const own = sharingAgency(me, seats);
  const open = !item.withdrawn_on;
  const saved = async (message: string) => {
    messages.setDone(message);
    await data.reload();
  };
  const base = learningUrl(review.id, item.id);
  return (
    <>
      <BackLink to={learningListUrl(review.id)}>Learning</BackLink>
      {messages.banner ? <Banner key={messages.banner} success heading={messages.banner} /> : null}
      <PageHeading caption={`${review.reference} · learning`} title={`${item.title} – ${review.reference}`} hasError={messages.hasErrors}>
        <span className="app-break-word">{item.title}</span>
      </PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: "Theme", value: <ThemeTag name={item.theme} /> },
              { key: "Emerged", value: <DateText iso={item.emerged_on} /> },
              { key: "What was learned", value: <span className="app-pre-line app-break-word">{item.description}</span> },
              { key: "Status", value: item.withdrawn_on ? <WithdrawnStatus on={item.withdrawn_on} reason={item.withdrawn_reason} /> : "Current" },
              { key: "Recorded", value: <DateTimeText iso={item.created_at} /> },
            ]}
          />
          {manages && open ? (
            <ul className="govuk-list">
              <li>
                <Link className="govuk-link" to={`${base}/edit`}>
                  Change this learning
                </Link>
              </li>
              <li>
                <Link className="govuk-link" to={`${base}/withdraw`}>
                  Withdraw this learning
                </Link>
              </li>
            </ul>
          ) : null}
          <h2 className="govuk-heading-m">How each agency has shared it</h2>
          <SummaryList rows={sharingRows(item, seats, own)} />
        </div>
      </div>
      <DisseminationsTable reviewId={review.id} item={item} disseminations={disseminations} seats={seats} own={own} />
      {own && open ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <ShareForm reviewId={review.id} item={item} onSaved={saved} onErrors={messages.onErrors} />
          </div>
        </div>
      ) : null}
    </>
  );
}

function sharedText(d: Pick<Dissemination, "method" | "on">): string {
  return `${DISSEMINATION_METHOD[d.method]} on ${formatDate(d.on)}`;
}

/** Every dissemination recorded, the member's own agency's first, each with its landed check. */
function DisseminationsTable({ reviewId, item, disseminations, seats, own }: { reviewId: string; item: LearningItem; disseminations: Dissemination[]; seats: Seats; own: string | null }) {
  if (disseminations.length === 0) return <p className="govuk-body">No agency has recorded sharing this learning yet.</p>;
  const rows = own ? [...disseminations.filter((d) => d.agency_id === own), ...disseminations.filter((d) => d.agency_id !== own)] : disseminations;
  const withheld = disseminations.some((d) => d.notes_withheld);
  return (
    <>
      {withheld ? <p className="govuk-body">Notes are not shown to viewers, as they may name people.</p> : null}
      <div className="app-matrix" role="region" aria-label="Sharing recorded" tabIndex={0}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Sharing recorded</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Agency</th>
              <th scope="col" className="govuk-table__header">How and when</th>
              <th scope="col" className="govuk-table__header">Whether it landed</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((d) => {
              const agency = seats.seated.get(d.agency_id) ?? seats.names.get(d.agency_id) ?? "Another agency";
              return (
                <tr className="govuk-table__row" key={d.id}>
                  <th scope="row" className="govuk-table__header">
                    {agency}
                    {d.agency_id === own ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">Your agency</span> : null}
                  </th>
                  <td className="govuk-table__cell app-break-word">
                    {sharedText(d)}
                    <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                      To {d.audience_size} {d.audience_size === 1 ? "person" : "people"}
                    </span>
                    {d.note ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-pre-line">{d.note}</span> : null}
                  </td>
                  <td className="govuk-table__cell app-break-word">
                    <LandedCell reviewId={reviewId} item={item} dissemination={d} mine={d.agency_id === own} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function LandedCell({ reviewId, item, dissemination: d, mine }: { reviewId: string; item: LearningItem; dissemination: Dissemination; mine: boolean }) {
  if (d.landed_on && d.landed_outcome) {
    const outcome = LANDED_OUTCOME[d.landed_outcome];
    return (
      <>
        <Tag colour={outcome.colour}>{outcome.text}</Tag>
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
          Checked <DateText iso={d.landed_on} />
          {d.landed_method ? ` by ${LANDED_METHOD[d.landed_method].toLowerCase()}` : ""}
        </span>
        {d.landed_note ? <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-pre-line">{d.landed_note}</span> : null}
      </>
    );
  }
  return (
    <>
      <Tag colour="grey">Not checked yet</Tag>
      {mine && !item.withdrawn_on ? (
        <span className="govuk-!-display-block govuk-!-margin-top-1">
          <Link className="govuk-link" to={`${learningUrl(reviewId, item.id)}/disseminations/${d.id}/landed`}>
            Record whether it landed<span className="govuk-visually-hidden"> after the {sharedText(d)}</span>
          </Link>
        </span>
      ) : null}
    </>
  );
}

const METHOD_OPTIONS = Object.entries(DISSEMINATION_METHOD).map(([value, text]) => ({ value, text }));
const MAX_AUDIENCE = 100000;

function audienceError(value: string): string | undefined {
  const n = Number(value.trim());
  if (!value.trim()) return "Enter how many people it reached";
  return /^\d+$/.test(value.trim()) && n >= 1 && n <= MAX_AUDIENCE ? undefined : "The number of people must be a whole number from 1 to 100,000";
}

const NO_SHARING = { method: "", on: emptyDate(), audience_size: "", note: "" };

function ShareForm({ reviewId, item, onSaved, onErrors }: { reviewId: string; item: LearningItem; onSaved(message: string): Promise<void>; onErrors(has: boolean): void }) {
  const form = useForm(NO_SHARING, {
    idPrefix: "share",
    dateFields: ["on"],
    validate: (v): FieldErrors =>
      collect([
        ["method", check.required(v.method, "Select how your agency shared it")],
        ["on", dateError(v.on, "The date it was shared", { on: item.emerged_on, text: "the date the learning emerged" })],
        ["audience_size", audienceError(v.audience_size)],
        ["note", optionalLength(v.note, "The note", 2)],
      ]),
  });
  useReportErrors(form.hasErrors, onErrors);
  const onSubmit = form.handleSubmit(async (v) => {
    const body = { method: v.method as DisseminationMethod, on: datePartsToIso(v.on)!, audience_size: Number(v.audience_size.trim()), note: v.note.trim() || null };
    await unwrap(api.POST("/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations", { params: { path: { review_id: reviewId, learning_id: item.id } }, body }));
    form.setValues({ ...NO_SHARING, on: emptyDate() });
    await onSaved(`Sharing recorded: ${sharedText(body)}.`);
  });
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Record how your agency shared this">
      <h2 className="govuk-heading-m">Record how your agency shared this</h2>
      <ErrorSummary items={form.summary} attempt={form.attempt} />
      <Radios {...form.field("method")} legend="How did your agency share it?" legendSize="s" small options={METHOD_OPTIONS} />
      <DateInput {...form.field("on")} legend="When was it shared?" legendSize="s" hint={`On or after ${formatDate(item.emerged_on)} and not in the future, for example 3 7 2026`} />
      <TextInput {...form.field("audience_size")} label="How many people did it reach?" labelClassName="govuk-label--s" inputMode="numeric" width="5" spellCheck={false} />
      <Textarea {...form.field("note")} label="Note (optional)" labelClassName="govuk-label--s" hint="For example, which teams; viewers do not see notes" rows={3} />
      <Button secondary>Record sharing</Button>
    </form>
  );
}

// --- The landed check --------------------------------------------------------------------------

async function loadDissemination(reviewId: string, learningId: string, disseminationId: string) {
  const [found, dissemination, seats] = await Promise.all([
    loadItem(reviewId, learningId),
    unwrap(api.GET("/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations/{dissemination_id}", { params: { path: { review_id: reviewId, learning_id: learningId, dissemination_id: disseminationId } } })),
    loadAgencySeats(reviewId),
  ]);
  return { item: found.item, dissemination, seats };
}

/** Recording the check that shared learning landed: once per dissemination, by the agency
 * that shared it. */
export function LandedCheckPage() {
  const { review } = useReview();
  const me = useMe();
  const { learningId = "", disseminationId = "" } = useParams();
  const data = useLoad(() => loadDissemination(review.id, learningId, disseminationId), [review.id, learningId, disseminationId]);
  if (data.status === "loading") return <Loading />;
  if (data.status === "error") return <ProblemPage problem={data.problem} />;
  const { item, dissemination: d, seats } = data.data;
  if (sharingAgency(me, seats) !== d.agency_id) return <NoAccess />;
  const back = learningUrl(review.id, item.id);
  if (item.withdrawn_on && !d.landed_on) {
    return (
      <AlreadyDone heading="This learning was withdrawn" backTo={back} backText={item.title}>
        "{item.title}" was withdrawn on <DateText iso={item.withdrawn_on} />, so no more checks are recorded against it.
      </AlreadyDone>
    );
  }
  if (d.landed_on) {
    return (
      <AlreadyDone heading="This sharing is already checked" backTo={back} backText={item.title}>
        The check was recorded on <DateText iso={d.landed_on} />. If the learning did not land, record sharing it again and check that.
      </AlreadyDone>
    );
  }
  return <LandedForm reviewId={review.id} reference={review.reference} item={item} dissemination={d} back={back} />;
}

const OUTCOME_OPTIONS = Object.entries(LANDED_OUTCOME).map(([value, o]) => ({ value, text: o.text, hint: o.hint }));
const CHECK_OPTIONS = Object.entries(LANDED_METHOD).map(([value, text]) => ({ value, text }));

function LandedForm({ reviewId, reference, item, dissemination: d, back }: { reviewId: string; reference: string; item: LearningItem; dissemination: Dissemination; back: string }) {
  const navigate = useNavigate();
  const form = useForm(
    { on: emptyDate(), method: "", outcome: "", note: "" },
    {
      idPrefix: "landed",
      dateFields: ["on"],
      validate: (v) =>
        collect([
          ["on", dateError(v.on, "The date of the check", { on: d.on, text: "the date it was shared" })],
          ["method", check.required(v.method, "Select how your agency checked")],
          ["outcome", check.required(v.outcome, "Select what the check found")],
          ["note", optionalLength(v.note, "The note", 2)],
        ]),
    },
  );
  const onSubmit = form.handleSubmit(async (v) => {
    const outcome = v.outcome as LandedOutcome;
    await unwrap(
      api.POST("/api/v1/reviews/{review_id}/learning/{learning_id}/disseminations/{dissemination_id}/landed", {
        params: { path: { review_id: reviewId, learning_id: item.id, dissemination_id: d.id } },
        body: { on: datePartsToIso(v.on)!, method: v.method as LandedMethod, outcome, note: v.note.trim() || null },
      }),
    );
    navigate(back, { state: { saved: `Check recorded: ${LANDED_OUTCOME[outcome].text.toLowerCase()}.` } });
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={back}>{item.title}</BackLink>
        <PageHeading caption={`${reference} · ${item.title}`} title={`Record whether it landed – ${reference}`} hasError={form.hasErrors}>
          Record whether it landed
        </PageHeading>
        <p className="govuk-body">
          Your agency shared this learning on {formatDate(d.on)} ({DISSEMINATION_METHOD[d.method].toLowerCase()}), to {d.audience_size} {d.audience_size === 1 ? "person" : "people"}. A check is recorded once; if it finds the learning did not land, share it again and check that.
        </p>
        <form noValidate onSubmit={onSubmit} aria-label="Record whether it landed">
          <ErrorSummary items={form.summary} attempt={form.attempt} />
          <DateInput {...form.field("on")} legend="When did you check?" legendSize="s" hint={`On or after ${formatDate(d.on)} and not in the future, for example 1 10 2026`} />
          <Radios {...form.field("method")} legend="How did you check?" legendSize="s" small options={CHECK_OPTIONS} />
          <Radios {...form.field("outcome")} legend="What did the check find?" legendSize="s" options={OUTCOME_OPTIONS} />
          <Textarea {...form.field("note")} label="What you found (optional)" labelClassName="govuk-label--s" hint="For example, 18 of 20 records show time alone with the child; viewers do not see notes" rows={3} />
          <SubmitOrCancel cancelTo={back}>Save check</SubmitOrCancel>
        </form>
      </div>
    </div>
  );
}
