/** GOV.UK Frontend display components used across screens. */
import { useEffect, useRef, type ReactNode } from "react";
import { Link, useLocation } from "react-router";

export type TagColour = "grey" | "green" | "turquoise" | "blue" | "light-blue" | "purple" | "pink" | "red" | "orange" | "yellow" | "teal";

/** Status as text in a coloured tag: the words carry the meaning, the colour only helps. */
export function Tag({ children, colour }: { children: ReactNode; colour?: TagColour | undefined }) {
  return <strong className={`govuk-tag${colour ? ` govuk-tag--${colour}` : ""}`}>{children}</strong>;
}

export interface SummaryRow {
  key: ReactNode;
  value: ReactNode;
  actions?: { href: string; text: string; visuallyHiddenText?: string }[];
}

export function SummaryList({ rows, noBorder }: { rows: (SummaryRow | null | false)[]; noBorder?: boolean }) {
  const shown = rows.filter((r): r is SummaryRow => Boolean(r));
  const anyActions = shown.some((r) => r.actions && r.actions.length > 0);
  return (
    <dl className={`govuk-summary-list${noBorder ? " govuk-summary-list--no-border" : ""}`}>
      {shown.map((row, i) => (
        <div className={`govuk-summary-list__row${anyActions && !row.actions?.length ? " govuk-summary-list__row--no-actions" : ""}`} key={i}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value === null || row.value === undefined || row.value === "" ? <span className="govuk-hint govuk-!-margin-0">Not recorded</span> : row.value}</dd>
          {row.actions?.length ? (
            <dd className="govuk-summary-list__actions">
              {row.actions.map((a) => (
                <Link key={a.href} className="govuk-link" to={a.href}>
                  {a.text}
                  {a.visuallyHiddenText ? <span className="govuk-visually-hidden"> {a.visuallyHiddenText}</span> : null}
                </Link>
              ))}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** Notification banner; success banners take focus (they report the result of an action). */
export function Banner({ title, heading, children, success, focus = success }: { title?: string; heading?: ReactNode; children?: ReactNode; success?: boolean; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const id = useRef(`banner-${Math.random().toString(36).slice(2, 8)}`).current;
  return (
    <div
      ref={ref}
      className={`govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`}
      role={success ? "alert" : "region"}
      aria-labelledby={`${id}-title`}
      data-module="govuk-notification-banner"
      tabIndex={focus ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          {title ?? (success ? "Success" : "Important")}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}

export function BackLink({ to, children = "Back" }: { to: string; children?: ReactNode }) {
  return (
    <Link to={to} className="govuk-back-link">
      {children}
    </Link>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

interface CursorState {
  prev?: string[];
}

/**
 * GOV.UK pagination for cursor-paginated lists: "Previous" and "Next" only (a cursor has no
 * page numbers). The cursor lives in the URL (`?cursor=`), earlier cursors in history state.
 */
export function CursorPagination({ nextCursor, label = "results" }: { nextCursor: string | null | undefined; label?: string }) {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const current = params.get("cursor");
  const prev = ((location.state as CursorState | null)?.prev ?? []).slice();
  const page = current ? prev.length + 1 : 1;
  const hrefWith = (cursor: string | null) => {
    const p = new URLSearchParams(location.search);
    if (cursor) p.set("cursor", cursor);
    else p.delete("cursor");
    const q = p.toString();
    return `${location.pathname}${q ? `?${q}` : ""}`;
  };
  if (!current && !nextCursor) return null;
  const previousCursor = prev.length > 0 ? prev[prev.length - 1]! : "";
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={`Pages of ${label}`}>
      {current ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefWith(previousCursor || null)} state={{ prev: prev.slice(0, -1) }} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z"></path>
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">Page {page - 1}</span>
          </Link>
        </div>
      ) : null}
      {nextCursor ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefWith(nextCursor)} state={{ prev: [...prev, current ?? ""] }} rel="next">
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z"></path>
            </svg>
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">Page {page + 1}</span>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}

const DATE_FMT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DATETIME_FMT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/** "7 March 2026" for a YYYY-MM-DD date (no time-zone drift). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.slice(0, 10));
  if (!m) return iso;
  return DATE_FMT.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** "7 Mar 2026, 14:05" in UK time for an ISO timestamp. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATETIME_FMT.format(d);
}

export function DateText({ iso }: { iso: string | null | undefined }) {
  if (!iso) return null;
  return <time dateTime={iso}>{formatDate(iso)}</time>;
}

export function DateTimeText({ iso }: { iso: string | null | undefined }) {
  if (!iso) return null;
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}

/** A date for a summary list value: null (shown as "Not recorded") when there is none. */
export function dateOrNone(iso: string | null | undefined) {
  return iso ? <DateText iso={iso} /> : null;
}
