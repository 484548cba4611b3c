import { afterEach, describe, expect, it, vi } from "vitest";
import { Session } from "./session";
import { BASE, json, scriptedFetch } from "../test/http";

const TOKEN = { access_token: "at-1", token_type: "Bearer", expires_in: 900, scope: "reviews:read checklists:write" };

afterEach(() => {
  vi.useRealTimers();
});

describe("browser session", () => {
  it("signs in with JSON, keeps the token in memory only, and sends the cookie", async () => {
    const http = scriptedFetch(() => json(200, TOKEN));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const events: string[] = [];
    s.subscribe((e) => events.push(e));
    const result = await s.signIn({ email: "a@example.org", password: "pw" });
    expect(result).toEqual({ ok: true });
    expect(s.getAccessToken()).toBe("at-1");
    expect(s.getScopes()).toEqual(["reviews:read", "checklists:write"]);
    expect(events).toEqual(["changed"]);
    const c = http.calls[0]!;
    expect(c.method).toBe("POST");
    expect(c.url).toBe(`${BASE}/api/v1/auth/session`);
    expect(JSON.parse(c.body)).toEqual({ email: "a@example.org", password: "pw" });
    expect(c.credentials).toBe("same-origin");
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
  });

  it("recognises a totp-required problem", async () => {
    const http = scriptedFetch(() => json(401, { type: "https://cspr.example/problems/totp-required", title: "Code required", status: 401 }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const result = await s.signIn({ email: "a@example.org", password: "pw" });
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.totpRequired).toBe(true);
    expect(s.getAccessToken()).toBeNull();
  });

  it("does not mistake wrong credentials for a TOTP prompt", async () => {
    const http = scriptedFetch(() => json(401, { type: "https://cspr.example/problems/invalid-credentials", title: "Wrong", status: 401 }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const result = await s.signIn({ email: "a@example.org", password: "bad", totp: "123456" });
    expect(result.ok === false && result.totpRequired).toBe(false);
    expect(JSON.parse(http.calls[0]!.body)).toEqual({ email: "a@example.org", password: "bad", totp: "123456" });
  });

  it("refreshes with the X-CSPR-Session header, single-flight", async () => {
    const http = scriptedFetch(() => json(200, { ...TOKEN, access_token: "at-2" }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const [a, b] = await Promise.all([s.refresh(), s.refresh()]);
    expect(a && b).toBe(true);
    expect(http.calls).toHaveLength(1);
    expect(http.calls[0]!.url).toBe(`${BASE}/api/v1/auth/session/refresh`);
    expect(http.calls[0]!.headers.get("X-CSPR-Session")).toBe("1");
    expect(http.calls[0]!.body).toBe("");
    expect(s.getAccessToken()).toBe("at-2");
  });

  it("answers false when there is no refresh cookie", async () => {
    const http = scriptedFetch(() => json(401, { title: "No session", status: 401 }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    expect(await s.refresh()).toBe(false);
    expect(s.getAccessToken()).toBeNull();
  });

  it("refreshes 60 seconds before the token expires", async () => {
    vi.useFakeTimers();
    const http = scriptedFetch(() => json(200, TOKEN), () => json(200, { ...TOKEN, access_token: "at-2" }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    await s.signIn({ email: "a@example.org", password: "pw" });
    await vi.advanceTimersByTimeAsync(900_000 - 61_000);
    expect(http.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(http.calls).toHaveLength(2);
    expect(http.calls[1]!.url).toBe(`${BASE}/api/v1/auth/session/refresh`);
    expect(s.getAccessToken()).toBe("at-2");
  });

  it("ends the session when the scheduled refresh is refused", async () => {
    vi.useFakeTimers();
    const http = scriptedFetch(() => json(200, TOKEN), () => json(401, { title: "Revoked", status: 401 }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const events: string[] = [];
    s.subscribe((e) => events.push(e));
    await s.signIn({ email: "a@example.org", password: "pw" });
    await vi.advanceTimersByTimeAsync(900_000);
    expect(events).toEqual(["changed", "expired"]);
    expect(s.getAccessToken()).toBeNull();
  });

  it("signs out with DELETE, bearer and session header, then forgets the token", async () => {
    const http = scriptedFetch(() => json(200, TOKEN), () => new Response(null, { status: 204 }));
    const s = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    await s.signIn({ email: "a@example.org", password: "pw" });
    const events: string[] = [];
    s.subscribe((e) => events.push(e));
    await s.signOut();
    const c = http.calls[1]!;
    expect(c.method).toBe("DELETE");
    expect(c.url).toBe(`${BASE}/api/v1/auth/session`);
    expect(c.headers.get("Authorization")).toBe("Bearer at-1");
    expect(c.headers.get("X-CSPR-Session")).toBe("1");
    expect(s.getAccessToken()).toBeNull();
    expect(events).toEqual(["signed-out"]);
  });
});
