import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { AuthProvider, useAuth } from "./AuthContext";
import { Session } from "./session";
import { BASE, json, scriptedFetch } from "../test/http";
import { makeMe } from "../test/render";

function Status() {
  const { state } = useAuth();
  return <p>{state.status === "authenticated" ? `in:${state.me.name}` : state.status === "anonymous" ? `out:${state.reason ?? ""}` : "loading"}</p>;
}

describe("AuthProvider", () => {
  it("signs in silently on start when the refresh cookie is valid", async () => {
    const http = scriptedFetch(() => json(200, { access_token: "t", token_type: "Bearer", expires_in: 900 }));
    const session = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const loadMe = vi.fn(async () => makeMe({ name: "Robin" }));
    render(
      <AuthProvider session={session} loadMe={loadMe}>
        <Status />
      </AuthProvider>,
    );
    expect(screen.getByText("loading")).toBeTruthy();
    expect(await screen.findByText("in:Robin")).toBeTruthy();
    expect(http.calls[0]!.url).toBe(`${BASE}/api/v1/auth/session/refresh`);
    act(() => session.expire());
    expect(await screen.findByText("out:expired")).toBeTruthy();
  });

  it("starts signed out without a refresh cookie", async () => {
    const http = scriptedFetch(() => json(401, { title: "No session", status: 401 }));
    const session = new Session({ baseUrl: BASE, fetch: http.fetch, crossTab: false });
    const loadMe = vi.fn(async () => makeMe());
    render(
      <AuthProvider session={session} loadMe={loadMe}>
        <Status />
      </AuthProvider>,
    );
    expect(await screen.findByText("out:")).toBeTruthy();
    expect(loadMe).not.toHaveBeenCalled();
  });
});
