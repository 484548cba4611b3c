/**
 * The typed API client: openapi-fetch over the generated `paths`, with a fetch that
 * - attaches the in-memory bearer token,
 * - on a 401 refreshes the session once and retries the request once, else ends the session
 *   (the router then sends the person to sign-in with the page they wanted),
 * - adds an Idempotency-Key to every POST (kept for the retry).
 * `unwrap()` turns any error response into an ApiError carrying a typed Problem.
 */
import createClient from "openapi-fetch";
import type { paths } from "./schema";
import { session as defaultSession, type Session } from "../auth/session";
import { ApiError, networkProblem, toProblem, type Problem } from "./problem";

type SessionLike = Pick<Session, "getAccessToken" | "refresh" | "expire">;

export interface ApiClientOptions {
  baseUrl?: string;
  session?: SessionLike;
  fetch?: (input: Request) => Promise<Response>;
}

function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A fetch that authenticates with the session and refreshes once on 401. */
export function createAuthFetch(options: ApiClientOptions = {}): (input: Request) => Promise<Response> {
  const s = options.session ?? defaultSession;
  const baseFetch = options.fetch ?? ((r: Request) => fetch(r));

  const send = (request: Request): Promise<Response> => {
    const token = s.getAccessToken();
    if (token) request.headers.set("Authorization", `Bearer ${token}`);
    else request.headers.delete("Authorization");
    return baseFetch(request);
  };

  return async (request: Request): Promise<Response> => {
    if (request.method === "POST" && !request.headers.has("Idempotency-Key")) {
      request.headers.set("Idempotency-Key", newIdempotencyKey());
    }
    if (!request.headers.has("Accept")) request.headers.set("Accept", "application/json, application/problem+json");
    const spare = request.clone();
    const first = await send(request);
    if (first.status !== 401) return first;
    const refreshed = await s.refresh();
    if (!refreshed) {
      s.expire();
      return first;
    }
    const second = await send(spare);
    if (second.status === 401) s.expire();
    return second;
  };
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? (typeof location !== "undefined" ? location.origin : "");
  return createClient<paths>({ baseUrl, fetch: createAuthFetch(options), credentials: "same-origin" });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's client. */
export const api: ApiClient = createApiClient();

interface FetchResultLike<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface Unwrapped<T> {
  data: T;
  /** The ETag of a read, for If-Match on the next PATCH/DELETE. */
  etag: string | null;
  response: Response;
}

/**
 * The If-Match header of a change, from the ETag last read. Without an ETag the header is left
 * out (openapi-fetch drops an undefined header) and the API answers 428, which the form explains.
 */
export function ifMatch(etag: string | null | undefined): { "If-Match": string } {
  return { "If-Match": etag ?? undefined } as { "If-Match": string };
}

/** Awaits an openapi-fetch call; returns its data and ETag or throws ApiError(Problem). */
export async function call<T>(pending: Promise<FetchResultLike<T>>): Promise<Unwrapped<T>> {
  let result: FetchResultLike<T>;
  try {
    result = await pending;
  } catch (e) {
    throw new ApiError(networkProblem(e));
  }
  const { response } = result;
  if (!response.ok) {
    const problem: Problem = toProblem(response.status, result.error, response.statusText);
    const retry = Number(response.headers.get("Retry-After"));
    if (Number.isFinite(retry) && retry > 0) problem.retry_after = retry;
    throw new ApiError(problem);
  }
  return { data: result.data as T, etag: response.headers.get("ETag"), response };
}

/** Like call(), returning only the data. */
export async function unwrap<T>(pending: Promise<FetchResultLike<T>>): Promise<T> {
  return (await call(pending)).data;
}

/** Any thrown value as a Problem (ApiError carries one; anything else is a client-side bug). */
export function asProblem(e: unknown): Problem {
  if (e instanceof ApiError) return e.problem;
  return { type: "about:blank", title: "Sorry, something went wrong", status: 0, detail: e instanceof Error ? e.message : String(e) };
}
