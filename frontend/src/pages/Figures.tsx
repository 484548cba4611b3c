/** The partnership's annual figures for its yearly report, one reporting year (1 April to
 * 31 March) at a time: counts only, as the API gives them, in summary lists, with simple bar
 * charts of actions by RAG and learning by theme (each a table with decorative bars). */
import { useSearchParams } from "react-router";
import { api, unwrap } from "../api/client";
import type { components } from "../api/schema";
import { useLoad } from "../api/useLoad";
import { useMe } from "../auth/AuthContext";
import { Loading } from "../auth/guards";
import { ProblemBanner } from "../components/Messages";
import { PageHeading } from "../components/Page";
import { DateText, SummaryList } from "../components/ui";
import { Button, Select } from "../forms/fields";
import { useForm } from "../forms/useForm";
import { RAG, statusLabel } from "./reviews/actions";

type Figures = components["schemas"]["FiguresOut"];
type Count = components["schemas"]["Count"];

const YEARS_OFFERED = 6;

/** The start year of the last complete reporting year before `today` (April is month 3). */
export function lastCompleteYear(today: Date): number {
  return today.getMonth() >= 3 ? today.getFullYear() - 1 : today.getFullYear() - 2;
}

/** The reporting year starting 1 April `start`, as the API's period. */
export function periodOf(start: number): { from: string; to: string } {
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

export function yearText(start: number): string {
  return `1 April ${start} to 31 March ${start + 1}`;
}

const KIND_TEXT: Record<string, string> = { death: "Child deaths", serious_harm: "Serious harm", care_leaver_death: "Care leaver deaths" };
const DECISION_TEXT: Record<string, string> = { lcspr: "Hold a local review (LCSPR)", no_review: "No review", national_review: "Referred for a national review" };

function countOf(items: Count[], key: string): number {
  return items.find((c) => c.key === key)?.count ?? 0;
}

function days(n: number | null | undefined): string | null {
  if (n === null || n === undefined) return null;
  const rounded = Math.round(n * 10) / 10;
  return `${rounded} calendar ${rounded === 1 ? "day" : "days"}`;
}

export interface Bar {
  label: string;
  count: number;
  tone: string;
}

/** A bar chart as a table: each row's label and number, and a bar (decorative) as long as its
 * share of the largest, so the numbers are read as text by everyone. */
export function BarChart({ id, caption, unit, bars }: { id: string; caption: string; unit: string; bars: Bar[] }) {
  const largest = Math.max(1, ...bars.map((b) => b.count));
  return (
    <figure className="app-chart" aria-labelledby={`${id}-caption`} id={id}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s" id={`${id}-caption`}>
          {caption}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">{unit}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Number</th>
            <th scope="col" className="govuk-table__header app-chart__bar-cell">
              <span className="govuk-visually-hidden">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {bars.map((b) => (
            <tr className="govuk-table__row" key={b.label}>
              <th scope="row" className="govuk-table__header app-break-word">{b.label}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{b.count}</td>
              <td className="govuk-table__cell app-chart__bar-cell">
                <svg className="app-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect className={`app-chart__fill app-chart__fill--${b.tone}`} x="0" y="0" height="10" width={(100 * b.count) / largest} />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function loadFigures(start: number): Promise<Figures> {
  return unwrap(api.GET("/api/v1/figures", { params: { query: periodOf(start) } }));
}

export function FiguresPage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const latest = lastCompleteYear(new Date());
  const asked = Number(params.get("year"));
  const year = Number.isInteger(asked) && asked > 1990 && asked <= latest + 1 ? asked : latest;
  const data = useLoad(() => loadFigures(year), [year]);
  const years = Array.from({ length: YEARS_OFFERED }, (_, i) => latest + 1 - i);

  return (
    <>
      <PageHeading caption={me.partnership.name} title={`Annual figures \u2013 ${yearText(year)}`}>
        Annual figures
      </PageHeading>
      <p className="govuk-body">The figures the partnership&rsquo;s yearly report needs, for one reporting year. They are counts only: no child, family member or practitioner is named.</p>
      <YearForm key={year} year={year} years={years} onApply={(y) => setParams(new URLSearchParams({ year: String(y) }))} />
      {data.status === "loading" ? <Loading /> : null}
      {data.status === "error" ? <ProblemBanner problem={data.problem} /> : null}
      {data.status === "ok" ? <FiguresView figures={data.data} /> : null}
    </>
  );
}

function YearForm({ year, years, onApply }: { year: number; years: number[]; onApply(year: number): void }) {
  const form = useForm({ year: String(year) }, { idPrefix: "period" });
  const onSubmit = form.handleSubmit(async (v) => onApply(Number(v.year)));
  return (
    <form noValidate onSubmit={onSubmit} className="app-inline-form govuk-!-margin-bottom-6" aria-label="Period">
      <Select {...form.field("year")} label="Reporting year" options={years.map((y) => ({ value: String(y), text: yearText(y) }))} />
      <Button secondary>Show figures</Button>
    </form>
  );
}

export function FiguresView({ figures: f }: { figures: Figures }) {
  const rr = f.rapid_reviews;
  const tp = f.time_to_publication;
  return (
    <>
      <h2 className="govuk-heading-m">
        {yearText(Number(f.period_from.slice(0, 4)))}
        <span className="govuk-visually-hidden"> figures</span>
      </h2>
      <p className="govuk-body">
        From <DateText iso={f.period_from} /> to <DateText iso={f.period_to} />.
      </p>

      <h3 className="govuk-heading-s">Notifications made</h3>
      <SummaryList
        rows={[
          { key: "All notifications", value: String(f.notifications.total) },
          ...f.notifications.by_incident_kind.map((c) => ({ key: KIND_TEXT[c.key] ?? c.key, value: String(c.count) })),
        ]}
      />

      <h3 className="govuk-heading-s">Rapid Reviews</h3>
      <SummaryList
        rows={[
          { key: "Sent to the Panel", value: String(rr.sent) },
          { key: `Sent within ${rr.working_days} working days`, value: String(rr.within_deadline) },
          { key: "Sent late", value: String(rr.late) },
        ]}
      />

      <h3 className="govuk-heading-s">Decisions after the Rapid Review</h3>
      <SummaryList
        rows={[
          { key: "All decisions", value: String(f.decisions.total) },
          ...f.decisions.by_decision.map((c) => ({ key: DECISION_TEXT[c.key] ?? c.key, value: String(c.count) })),
        ]}
      />

      <h3 className="govuk-heading-s">Local child safeguarding practice reviews</h3>
      <SummaryList
        rows={[
          { key: "Started", value: String(f.lcsprs.started) },
          { key: "Published", value: String(f.lcsprs.published) },
          { key: "Median time from decision to publication", value: days(tp.median_days) ?? "None published" },
          { key: "Longest time from decision to publication", value: days(tp.max_days) ?? "None published" },
          { key: `Published within ${tp.months} months of the decision`, value: `${tp.within_deadline} of ${tp.published}` },
        ]}
      />

      <h3 className="govuk-heading-s">Actions</h3>
      <p className="govuk-body">
        Every action on the partnership&rsquo;s action plans ({f.actions.total} in all), as they stand on <DateText iso={f.actions.as_of} />.
      </p>
      <BarChart
        id="chart-rag"
        caption="Actions by RAG status"
        unit="RAG status"
        bars={f.actions.by_rag.map((c) => ({ label: RAG[c.key as keyof typeof RAG]?.text ?? c.key, count: c.count, tone: c.key }))}
      />
      <h4 className="govuk-heading-s">Actions by status</h4>
      <SummaryList rows={f.actions.by_status.map((c) => ({ key: statusLabel(c.key).text, value: String(c.count) }))} />

      <h3 className="govuk-heading-s">Learning by theme</h3>
      {f.learning.by_theme.length === 0 ? (
        <p className="govuk-body">No learning was recorded in this year.</p>
      ) : (
        <BarChart
          id="chart-learning"
          caption={`Learning that emerged in the year, by theme (${f.learning.total} ${f.learning.total === 1 ? "item" : "items"})`}
          unit="Theme"
          bars={f.learning.by_theme.map((t) => ({ label: t.name, count: t.count, tone: "theme" }))}
        />
      )}
      <p className="govuk-body govuk-!-margin-top-4">
        A Rapid Review is in time when sent no later than {rr.working_days} working days after the partnership became aware (weekends and England&rsquo;s bank holidays are not working days). Time to publication is counted in calendar days from the decision to hold the review.
      </p>
      {countOf(f.notifications.by_incident_kind, "care_leaver_death") > 0 ? <p className="govuk-body">A care leaver&rsquo;s death is notified to the Secretary of State and Ofsted, not the Panel; it has no Rapid Review.</p> : null}
    </>
  );
}
