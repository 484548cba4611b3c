/** RFC 9457 problem details, as every API error is returned (`application/problem+json`). */
export interface FieldError {
  /** Dotted path of the field in the request body, e.g. `email` or `terms.period_start`. */
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  /** Any extension members the server added (e.g. `unmet_preconditions`, `correlation_id`). */
  [extension: string]: unknown;
}

/** Thrown by `unwrap()` so screens can `catch` one typed error. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

export const PROBLEM_TYPE_TOTP_REQUIRED = "totp-required";

/** True when the problem's `type` URI ends with `/problems/<name>` (or is exactly `<name>`). */
export function isProblemType(problem: Problem | undefined | null, name: string): boolean {
  if (!problem?.type) return false;
  return problem.type === name || problem.type.endsWith(`/problems/${name}`) || problem.type.endsWith(`/${name}`);
}

/**
 * Normalises a field location to the dotted path the forms use as field names:
 * `body.email` / `/email` / `["body","email"]` → `email`; `terms/period_start` → `terms.period_start`.
 */
export function normaliseField(loc: unknown): string {
  let parts: string[];
  if (Array.isArray(loc)) parts = loc.map((p) => String(p));
  else {
    const s = String(loc ?? "");
    parts = s.startsWith("/") ? s.slice(1).split("/") : s.split(/[./]/);
  }
  parts = parts.filter((p) => p !== "");
  if (parts.length > 1 && (parts[0] === "body" || parts[0] === "query" || parts[0] === "path")) parts = parts.slice(1);
  return parts.join(".");
}

const GENERIC_TITLES: Record<number, string> = {
  0: "The service could not be reached",
  400: "Bad request",
  401: "You need to sign in",
  403: "You do not have access to this",
  404: "Not found",
  409: "Conflict",
  412: "Someone else changed this record",
  413: "The file is too large",
  415: "Unsupported file type",
  422: "There is a problem",
  428: "Precondition required",
  429: "Too many attempts",
  500: "Sorry, there is a problem with the service",
  502: "Sorry, the service is unavailable",
  503: "Sorry, the service is unavailable",
};

function fieldErrorsFrom(raw: unknown): FieldError[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out: FieldError[] = [];
  for (const e of raw) {
    if (!e || typeof e !== "object") continue;
    const o = e as Record<string, unknown>;
    // Our API: {field, message}; also accept FastAPI's default {loc, msg} and JSON-pointer {pointer, detail}.
    const loc = o.field ?? o.loc ?? o.pointer ?? o.name;
    const message = o.message ?? o.msg ?? o.detail;
    if (typeof message !== "string") continue;
    out.push({ field: normaliseField(loc), message });
  }
  return out;
}

/**
 * Builds a Problem from any error response body: a proper problem+json object, FastAPI's
 * default `{detail: [...]}` / `{detail: "..."}`, plain text, or nothing at all.
 */
export function toProblem(status: number, body: unknown, statusText = ""): Problem {
  const fallbackTitle = GENERIC_TITLES[status] ?? (statusText || "Request failed");
  if (body && typeof body === "object" && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    const problem: Problem = {
      ...o,
      type: typeof o.type === "string" ? o.type : "about:blank",
      title: typeof o.title === "string" && o.title ? o.title : fallbackTitle,
      status: typeof o.status === "number" ? o.status : status,
    };
    if (typeof o.detail === "string") problem.detail = o.detail;
    else delete problem.detail;
    const errors = fieldErrorsFrom(o.errors) ?? fieldErrorsFrom(o.detail);
    if (errors) problem.errors = errors;
    else delete problem.errors;
    return problem;
  }
  const problem: Problem = { type: "about:blank", title: fallbackTitle, status };
  if (typeof body === "string" && body.trim() && body.length < 500 && !body.trimStart().startsWith("<")) {
    problem.detail = body.trim();
  }
  return problem;
}

/** Reads a Response that failed into a Problem (never throws). */
export async function problemFromResponse(response: Response): Promise<Problem> {
  let body: unknown = undefined;
  try {
    const text = await response.text();
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
  } catch {
    /* body unreadable */
  }
  return toProblem(response.status, body, response.statusText);
}

export function networkProblem(error: unknown): Problem {
  return {
    type: "about:blank",
    title: GENERIC_TITLES[0]!,
    status: 0,
    detail: "Check your connection and try again." + (error instanceof Error && error.message ? ` (${error.message})` : ""),
  };
}
