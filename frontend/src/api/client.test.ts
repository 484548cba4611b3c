import { describe, expect, it, vi } from "vitest";
import { call, createApiClient, unwrap } from "./client";
import { ApiError } from "./problem";
import { BASE, json, scriptedFetch } from "../test/http";

function fakeSession(token: string | null, refreshTo: string | null) {
  let current = token;
  return {
    getAccessToken: vi.fn(() => current),
    refresh: vi.fn(async () => {
      if (refreshTo === null) return false;
      current = refreshTo;
      return true;
    }),
    expire: vi.fn(() => {
      current = null;
    }),
  };
}

const ME = { id: "u1", email: "a@example.org", name: "A", role: "member", partnership: { id: "p", code: "DSCP", name: "Demoshire" }, agency: null, totp_enrolled: false, scopes: [] };

describe("API client wrapper", () => {
  it("attaches the bearer token from the in-memory session", async () => {
    const session = fakeSession("tok-1", null);
    const http = scriptedFetch(() => json(200, ME));
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    const me = await unwrap(api.GET("/api/v1/me"));
    expect(me.email).toBe("a@example.org");
    expect(http.calls).toHaveLength(1);
    expect(http.calls[0]!.headers.get("Authorization")).toBe("Bearer tok-1");
    expect(http.calls[0]!.url).toBe(`${BASE}/api/v1/me`);
    expect(session.refresh).not.toHaveBeenCalled();
  });

  it("on 401 refreshes once and retries once with the new token", async () => {
    const session = fakeSession("old", "new");
    const http = scriptedFetch(
      () => json(401, { type: "about:blank", title: "Unauthorized", status: 401 }),
      () => json(200, ME),
    );
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    const { data } = await call(api.GET("/api/v1/me"));
    expect(data.id).toBe("u1");
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(http.calls.map((c) => c.headers.get("Authorization"))).toEqual(["Bearer old", "Bearer new"]);
    expect(session.expire).not.toHaveBeenCalled();
  });

  it("keeps a POST body and its Idempotency-Key for the retry", async () => {
    const session = fakeSession("old", "new");
    const http = scriptedFetch(() => json(401, { title: "Unauthorized", status: 401 }), () => json(201, { ok: true }));
    const authFetch = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    // A path the placeholder schema does not know: the wrapper is generic over paths.
    await authFetch.request("post" as never, "/api/v1/reviews" as never, { body: { child_pseudonym: "Child A" } } as never);
    expect(http.calls).toHaveLength(2);
    expect(http.calls[1]!.body).toBe(JSON.stringify({ child_pseudonym: "Child A" }));
    const key = http.calls[0]!.headers.get("Idempotency-Key");
    expect(key).toBeTruthy();
    expect(http.calls[1]!.headers.get("Idempotency-Key")).toBe(key);
  });

  it("ends the session (and does not retry) when the refresh fails", async () => {
    const session = fakeSession("old", null);
    const http = scriptedFetch(() => json(401, { type: "https://cspr.example/problems/invalid-token", title: "Invalid token", status: 401 }));
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    await expect(unwrap(api.GET("/api/v1/me"))).rejects.toMatchObject({ problem: { status: 401, title: "Invalid token" } });
    expect(http.calls).toHaveLength(1);
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(session.expire).toHaveBeenCalledTimes(1);
  });

  it("refreshes only once when the retry is refused too", async () => {
    const session = fakeSession("old", "new");
    const http = scriptedFetch(() => json(401, { title: "Unauthorized", status: 401 }));
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    await expect(unwrap(api.GET("/api/v1/me"))).rejects.toBeInstanceOf(ApiError);
    expect(http.calls).toHaveLength(2);
    expect(session.refresh).toHaveBeenCalledTimes(1);
    expect(session.expire).toHaveBeenCalledTimes(1);
  });

  it("does not refresh on 403 or 404", async () => {
    for (const status of [403, 404]) {
      const session = fakeSession("t", "n");
      const http = scriptedFetch(() => json(status, { type: "about:blank", title: "No", status }));
      const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
      await expect(unwrap(api.GET("/api/v1/me"))).rejects.toMatchObject({ problem: { status } });
      expect(session.refresh).not.toHaveBeenCalled();
    }
  });

  it("turns application/problem+json into a typed Problem with field errors", async () => {
    const session = fakeSession("t", null);
    const body = {
      type: "https://cspr.example/problems/validation",
      title: "Your request has errors",
      status: 422,
      detail: "2 fields are invalid",
      errors: [
        { field: "body.email", message: "Enter a valid email address" },
        { field: "terms/period_start", message: "Enter a real date" },
      ],
    };
    const http = scriptedFetch(() => json(422, body));
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    const err = await unwrap(api.GET("/api/v1/me")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const { problem } = err as ApiError;
    expect(problem).toMatchObject({ type: body.type, title: body.title, status: 422, detail: body.detail });
    expect(problem.errors).toEqual([
      { field: "email", message: "Enter a valid email address" },
      { field: "terms.period_start", message: "Enter a real date" },
    ]);
  });

  it("reads FastAPI's default validation shape and non-JSON errors", async () => {
    const session = fakeSession("t", null);
    const http = scriptedFetch(
      () => json(422, { detail: [{ loc: ["body", "name"], msg: "Field required", type: "missing" }] }),
      () => new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway", headers: { "Content-Type": "text/html" } }),
      () => json(429, { title: "Too many requests", status: 429 }, { "Retry-After": "30" }),
    );
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    const a = (await unwrap(api.GET("/api/v1/me")).catch((e: ApiError) => e)) as ApiError;
    expect(a.problem.errors).toEqual([{ field: "name", message: "Field required" }]);
    expect(a.problem.title).toBe("There is a problem");
    const b = (await unwrap(api.GET("/api/v1/me")).catch((e: ApiError) => e)) as ApiError;
    expect(b.problem).toMatchObject({ status: 502, type: "about:blank" });
    expect(b.problem.detail).toBeUndefined();
    const c = (await unwrap(api.GET("/api/v1/me")).catch((e: ApiError) => e)) as ApiError;
    expect(c.problem.retry_after).toBe(30);
  });

  it("reports a network failure as a Problem with status 0", async () => {
    const session = fakeSession("t", null);
    const api = createApiClient({ baseUrl: BASE, session, fetch: () => Promise.reject(new TypeError("Failed to fetch")) });
    const e = (await unwrap(api.GET("/api/v1/me")).catch((x: ApiError) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.problem.status).toBe(0);
    expect(e.problem.title).toMatch(/could not be reached/);
  });

  it("returns the ETag of a read for If-Match", async () => {
    const session = fakeSession("t", null);
    const http = scriptedFetch(() => json(200, ME, { ETag: 'W/"v3"' }));
    const api = createApiClient({ baseUrl: BASE, session, fetch: http.fetch });
    const { etag } = await call(api.GET("/api/v1/me"));
    expect(etag).toBe('W/"v3"');
  });
});
