/**
 * Maps problem+json (and client-side validation) to what GOV.UK's error pattern shows:
 * an error summary at the top whose links go to the fields, and a message on each field.
 */
import type { Problem } from "../api/problem";

/** What a 412 (If-Match no longer matches) means to the person who pressed the button. */
export const STALE_MESSAGE = "Someone else changed this record since you opened the page. Reload the page to see their changes, then try again.";

export type FieldErrors = Record<string, string>;

export interface SummaryItem {
  text: string;
  /** `#<input id>` for errors that belong to a field on the form. */
  href?: string;
}

/** The id of the input a field's error links to (dates link to their day box). */
export function fieldId(name: string, kind: "input" | "date" = "input", idPrefix = ""): string {
  const id = (idPrefix ? `${idPrefix}-` : "") + name.replace(/[^A-Za-z0-9_-]+/g, "-");
  return kind === "date" ? `${id}-day` : id;
}

export interface MapOptions {
  /** Field names on this form, in page order (the summary lists errors in this order). */
  fields: readonly string[];
  /** Fields whose link target is not `#<name>` (e.g. date inputs → `#<name>-day`). */
  dateFields?: readonly string[];
  /** Server field names that should be shown against another field on the form. */
  aliases?: Readonly<Record<string, string>>;
  /** Prefix for input ids, when one page has several forms with the same field names. */
  idPrefix?: string;
}

function resolveField(raw: string, fields: readonly string[], aliases: Readonly<Record<string, string>>): string | undefined {
  if (aliases[raw]) return aliases[raw];
  if (fields.includes(raw)) return raw;
  // `terms.period_start` shown on a form field called `period_start`, or `items.0.note` → `items.0`.
  const parts = raw.split(".");
  for (let i = parts.length - 1; i > 0; i--) {
    const prefix = parts.slice(0, i).join(".");
    if (fields.includes(prefix)) return prefix;
  }
  const last = parts[parts.length - 1];
  if (last && fields.includes(last)) return last;
  return undefined;
}

export interface MappedErrors {
  fieldErrors: FieldErrors;
  summary: SummaryItem[];
}

/** Field errors of a Problem on this form's fields; anything else goes into the summary unlinked. */
export function mapProblemToErrors(problem: Problem, options: MapOptions): MappedErrors {
  const aliases = options.aliases ?? {};
  const dates = new Set(options.dateFields ?? []);
  const fieldErrors: FieldErrors = {};
  const general: SummaryItem[] = [];
  for (const e of problem.errors ?? []) {
    const name = resolveField(e.field, options.fields, aliases);
    if (name) {
      if (!fieldErrors[name]) fieldErrors[name] = e.message;
    } else {
      general.push({ text: e.field ? `${humanise(e.field)}: ${e.message}` : e.message });
    }
  }
  const summary: SummaryItem[] = [];
  for (const name of options.fields) {
    const message = fieldErrors[name];
    if (message) summary.push({ text: message, href: `#${fieldId(name, dates.has(name) ? "date" : "input", options.idPrefix)}` });
  }
  summary.push(...general);
  if (summary.length === 0) {
    summary.push({ text: problem.status === 412 ? STALE_MESSAGE : (problem.detail ?? problem.title) });
  }
  return { fieldErrors, summary };
}

/** Summary items for client-side errors (same shape as a server's). */
export function summaryFromFieldErrors(errors: FieldErrors, options: MapOptions): SummaryItem[] {
  const dates = new Set(options.dateFields ?? []);
  return options.fields.filter((f) => errors[f]).map((f) => ({ text: errors[f]!, href: `#${fieldId(f, dates.has(f) ? "date" : "input", options.idPrefix)}` }));
}

function humanise(field: string): string {
  const s = field.replace(/[._]/g, " ").trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---- Client-side validation helpers (hints only: the server is the authority) ----

export type Validator<V> = (values: V) => FieldErrors;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const check = {
  required(value: unknown, message: string): string | undefined {
    if (value === undefined || value === null) return message;
    if (typeof value === "string" && value.trim() === "") return message;
    if (Array.isArray(value) && value.length === 0) return message;
    return undefined;
  },
  email(value: string, message = "Enter an email address in the correct format, like name@example.org"): string | undefined {
    return value.trim() === "" || EMAIL_RE.test(value.trim()) ? undefined : message;
  },
  /** YYYY-MM-DD that is a real calendar date. */
  isoDate(value: string, message: string): string | undefined {
    if (!value) return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) return message;
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]) ? undefined : message;
  },
  totp(value: string, message = "Enter the 6-digit code from your authenticator app"): string | undefined {
    return /^\d{6}$/.test(value.replace(/\s+/g, "")) ? undefined : message;
  },
};

/** Collects the first message per field from `[field, message | undefined]` pairs. */
export function collect(pairs: [string, string | undefined][]): FieldErrors {
  const out: FieldErrors = {};
  for (const [f, m] of pairs) if (m && !out[f]) out[f] = m;
  return out;
}
