/** Presentational pieces of the review screens. */
import type { ReactNode } from "react";
import { Link } from "react-router";
import { DateText, Tag } from "../../components/ui";
import { DEADLINE_STATUS, ITEM_STATUS, REVIEW_STATUS, labelOf } from "./labels";

export function ReviewStatusTag({ status }: { status: string }) {
  const l = labelOf(REVIEW_STATUS, status);
  return <Tag colour={l.colour}>{l.text}</Tag>;
}

export function DeadlineStatusTag({ status }: { status: string }) {
  const l = labelOf(DEADLINE_STATUS, status);
  return <Tag colour={l.colour}>{l.text}</Tag>;
}

export function ItemStatusTag({ status }: { status: string }) {
  const l = labelOf(ITEM_STATUS, status);
  return <Tag colour={l.colour}>{l.text}</Tag>;
}

export interface TimelineDeadline {
  key: string;
  title: ReactNode;
  rule: string;
  source?: string | null;
  dueOn?: string | null;
  status: string;
  metOn?: string | null;
  workingDaysLeft?: number | null;
  note?: ReactNode;
}

function workingDays(n: number): string {
  if (n === 0) return "due today";
  if (n < 0) return `${-n} working day${n === -1 ? "" : "s"} late`;
  return `${n} working day${n === 1 ? "" : "s"} left`;
}

/** The statutory deadlines as a vertical timeline: each with its status (in words) and rule. */
export function DeadlineTimeline({ deadlines }: { deadlines: TimelineDeadline[] }) {
  if (deadlines.length === 0) return <p className="govuk-body">No statutory deadlines apply yet.</p>;
  return (
    <ol className="app-timeline">
      {deadlines.map((d) => (
        <li className="app-timeline__item" key={d.key}>
          <h3 className="app-timeline__title">
            {d.title} <DeadlineStatusTag status={d.status} />
          </h3>
          <p className="govuk-body govuk-!-margin-bottom-1">
            {d.dueOn ? (
              <>
                Due <DateText iso={d.dueOn} />
              </>
            ) : (
              "No date yet"
            )}
            {d.status === "met" && d.metOn ? (
              <>
                {" "}
                · met <DateText iso={d.metOn} />
              </>
            ) : null}
            {(d.status === "due" || d.status === "overdue") && typeof d.workingDaysLeft === "number" ? <> · {workingDays(d.workingDaysLeft)}</> : null}
          </p>
          <p className="app-timeline__meta">
            Rule <span className="app-code">{d.rule}</span>
            {d.source ? <> — {d.source}</> : null}
          </p>
          {d.note ? <p className="app-timeline__meta">{d.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export interface TaskListItem {
  key: string;
  title: ReactNode;
  href?: string;
  hint?: ReactNode;
  status: string;
  statusNode?: ReactNode;
}

/** GOV.UK task list. "Completed" is plain text; anything outstanding is a tag. */
export function TaskList({ items, idPrefix }: { items: TaskListItem[]; idPrefix: string }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item, i) => {
        const statusId = `${idPrefix}-${i + 1}-status`;
        const hintId = item.hint ? `${idPrefix}-${i + 1}-hint` : undefined;
        const l = labelOf(ITEM_STATUS, item.status);
        const status = item.statusNode ?? (item.status === "done" ? l.text : item.status === "not_applicable" ? <span className="govuk-task-list__status--cannot-start-yet">{l.text}</span> : <Tag colour={l.colour}>{l.text}</Tag>);
        return (
          <li className={`govuk-task-list__item${item.href ? " govuk-task-list__item--with-link" : ""}`} key={item.key}>
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <Link className="govuk-link govuk-task-list__link" to={item.href} aria-describedby={[hintId, statusId].filter(Boolean).join(" ")}>
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div className={`govuk-task-list__status${item.status === "not_applicable" ? " govuk-task-list__status--cannot-start-yet" : ""}`} id={statusId}>
              {status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
