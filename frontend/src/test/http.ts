/** A scripted fetch for unit tests: answers requests in order and records them. */
export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  credentials: RequestCredentials;
}

export type Responder = (req: Request) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "Content-Type": status >= 400 ? "application/problem+json" : "application/json", ...headers },
  });
}

export function scriptedFetch(...responders: Responder[]) {
  const calls: Recorded[] = [];
  let i = 0;
  const fn = async (req: Request): Promise<Response> => {
    calls.push({ method: req.method, url: req.url, headers: new Headers(req.headers), body: await req.clone().text(), credentials: req.credentials });
    const r = responders[Math.min(i, responders.length - 1)];
    i++;
    if (!r) throw new Error("no responder");
    return r(req);
  };
  return { fetch: fn, calls };
}

export const BASE = "http://localhost:3000";

export type Route = [method: string, path: RegExp, respond: (req: Request, body: unknown) => Response | Promise<Response>];

/** Stubs global fetch with a tiny router over `[method, /path-regex/, handler]`; unknown calls fail the test. */
export function routeFetch(routes: Route[]) {
  const calls: { method: string; path: string; body: unknown; headers: Headers }[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    const url = new URL(req.url);
    const text = await req.clone().text();
    const body = text ? JSON.parse(text) : undefined;
    calls.push({ method: req.method, path: url.pathname + url.search, body, headers: new Headers(req.headers) });
    for (const [method, path, respond] of routes) {
      if (method === req.method && path.test(url.pathname + url.search)) return respond(req, body);
    }
    return json(599, { title: `No stub for ${req.method} ${url.pathname}${url.search}`, status: 599 });
  };
  return { fetch: fn, calls };
}
