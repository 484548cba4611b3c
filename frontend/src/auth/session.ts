/**
 * The browser session: the access token lives in this module's memory only (never in
 * localStorage/sessionStorage/cookies readable by script). The refresh token is the
 * `__Host-cspr_refresh` HttpOnly cookie that the API sets and reads; a reload therefore
 * starts with a silent refresh.
 *
 * Refresh tokens rotate on every use and reusing a spent one revokes the whole family, so
 * refreshes are single-flight inside a tab and serialised across tabs with the Web Locks API:
 * a second tab waiting for the lock then sends the cookie the first tab's refresh rotated to.
 */
import { networkProblem, problemFromResponse, isProblemType, PROBLEM_TYPE_TOTP_REQUIRED, type Problem } from "../api/problem";

export const SESSION_PATH = "/api/v1/auth/session";
export const REFRESH_PATH = "/api/v1/auth/session/refresh";
/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;
const LOCK_NAME = "cspr-session-refresh";
const CHANNEL_NAME = "cspr-session";

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
}

export interface Credentials {
  email: string;
  password: string;
  totp?: string;
}

export type SignInResult =
  | { ok: true }
  | { ok: false; problem: Problem; totpRequired: boolean; retryAfterSeconds?: number };

export type SessionEvent = "changed" | "expired" | "signed-out";

export interface SessionOptions {
  baseUrl?: string;
  fetch?: (input: Request) => Promise<Response>;
  now?: () => number;
  /** Cross-tab coordination (Web Locks + BroadcastChannel) where the browser has them. */
  crossTab?: boolean;
}

export class Session {
  private token: string | null = null;
  private expiresAt = 0;
  private scopes: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inflight: Promise<boolean> | null = null;
  private readonly listeners = new Set<(event: SessionEvent) => void>();
  private readonly baseUrl: string;
  private readonly doFetch: (input: Request) => Promise<Response>;
  private readonly now: () => number;
  private readonly crossTab: boolean;
  private channel: BroadcastChannel | null = null;

  constructor(options: SessionOptions = {}) {
    // Background tabs throttle timers: catch up when the person comes back to the tab.
    if (typeof document !== "undefined" && options.crossTab !== false) {
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible" && this.token && this.msUntilExpiry() < REFRESH_MARGIN_MS) {
          void this.refresh().then((ok) => {
            if (!ok) this.expire();
          });
        }
      });
    }
    this.baseUrl = options.baseUrl ?? (typeof location !== "undefined" ? location.origin : "");
    this.doFetch = options.fetch ?? ((r) => fetch(r));
    this.now = options.now ?? (() => Date.now());
    this.crossTab = options.crossTab ?? true;
    if (this.crossTab && typeof BroadcastChannel !== "undefined") {
      this.channel = new BroadcastChannel(CHANNEL_NAME);
      this.channel.onmessage = (e: MessageEvent) => {
        // Another tab signed out: the cookie is gone, so this tab's session is over too.
        if (e.data === "signed-out" && this.token) {
          this.clear();
          this.emit("signed-out");
        }
      };
    }
  }

  /** The current access token, or null when signed out. */
  getAccessToken(): string | null {
    return this.token;
  }

  getScopes(): readonly string[] {
    return this.scopes;
  }

  isSignedIn(): boolean {
    return this.token !== null;
  }

  subscribe(listener: (event: SessionEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: SessionEvent): void {
    for (const l of [...this.listeners]) l(event);
  }

  private url(path: string): string {
    return this.baseUrl + path;
  }

  private adopt(body: TokenResponse): void {
    this.token = body.access_token;
    this.scopes = (body.scope ?? "").split(" ").filter(Boolean);
    const lifetimeMs = Math.max(0, Number(body.expires_in) || 0) * 1000;
    this.expiresAt = this.now() + lifetimeMs;
    this.schedule(lifetimeMs);
  }

  private schedule(lifetimeMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    // 60 s before expiry; for very short-lived tokens, at half their life (never under 5 s).
    const delay = lifetimeMs > 2 * REFRESH_MARGIN_MS ? lifetimeMs - REFRESH_MARGIN_MS : Math.max(5_000, lifetimeMs / 2);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh().then((ok) => {
        if (!ok) this.expire();
      });
    }, delay);
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.token = null;
    this.scopes = [];
    this.expiresAt = 0;
  }

  /** Milliseconds until the access token expires (0 when signed out). */
  msUntilExpiry(): number {
    return this.token ? Math.max(0, this.expiresAt - this.now()) : 0;
  }

  async signIn(credentials: Credentials): Promise<SignInResult> {
    const body: Record<string, string> = { email: credentials.email, password: credentials.password };
    if (credentials.totp) body.totp = credentials.totp;
    let response: Response;
    try {
      response = await this.doFetch(
        new Request(this.url(SESSION_PATH), {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", Accept: "application/json, application/problem+json" },
          body: JSON.stringify(body),
        }),
      );
    } catch (e) {
      return { ok: false, problem: networkProblem(e), totpRequired: false };
    }
    if (!response.ok) {
      const problem = await problemFromResponse(response);
      const retry = Number(response.headers.get("Retry-After"));
      return {
        ok: false,
        problem,
        totpRequired: response.status === 401 && isProblemType(problem, PROBLEM_TYPE_TOTP_REQUIRED),
        ...(Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {}),
      };
    }
    this.adopt((await response.json()) as TokenResponse);
    this.emit("changed");
    return { ok: true };
  }

  /**
   * Exchanges the refresh cookie for a new access token. Single-flight: concurrent callers
   * share one request. Resolves false (never rejects) when there is no valid session.
   */
  refresh(): Promise<boolean> {
    if (!this.inflight) {
      this.inflight = this.withLock(() => this.doRefresh()).finally(() => {
        this.inflight = null;
      });
    }
    return this.inflight;
  }

  private async withLock(fn: () => Promise<boolean>): Promise<boolean> {
    const locks = this.crossTab && typeof navigator !== "undefined" ? navigator.locks : undefined;
    if (locks?.request) return locks.request(LOCK_NAME, fn);
    return fn();
  }

  private async doRefresh(): Promise<boolean> {
    let response: Response;
    try {
      response = await this.doFetch(
        new Request(this.url(REFRESH_PATH), {
          method: "POST",
          credentials: "same-origin",
          headers: { "X-CSPR-Session": "1", Accept: "application/json, application/problem+json" },
        }),
      );
    } catch {
      return false;
    }
    if (!response.ok) {
      // No (valid) refresh cookie: the caller decides whether that ends a session (expire()).
      this.clear();
      return false;
    }
    const wasSignedIn = this.token !== null;
    this.adopt((await response.json()) as TokenResponse);
    if (!wasSignedIn) this.emit("changed");
    return true;
  }

  /** Revokes the session on the server (and its cookie) and forgets the token. */
  async signOut(): Promise<void> {
    const token = this.token;
    try {
      const headers: Record<string, string> = { "X-CSPR-Session": "1" };
      if (token) headers.Authorization = `Bearer ${token}`;
      await this.doFetch(new Request(this.url(SESSION_PATH), { method: "DELETE", credentials: "same-origin", headers }));
    } catch {
      /* signed out locally regardless */
    }
    this.clear();
    this.channel?.postMessage("signed-out");
    this.emit("signed-out");
  }

  /** The API refused our credentials and a refresh did not help: the session is over. */
  expire(): void {
    this.clear();
    this.emit("expired");
  }
}

export const session = new Session();
