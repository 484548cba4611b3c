import { render } from "@testing-library/react";
import { MemoryRouter, useLocation } from "react-router";
import { vi } from "vitest";
import { AppRoutes } from "../App";
import { AuthContext, type AuthContextValue, type AuthState } from "../auth/AuthContext";
import type { Me } from "../api/types";

export function makeMe(overrides: Partial<Me> = {}): Me {
  return {
    id: "11111111-1111-4111-8111-111111111111",
    email: "alex.admin@demoshire.example",
    name: "Alex Admin",
    role: "partnership_admin",
    partnership: { id: "p-1", code: "DSCP", name: "Demoshire Safeguarding Children Partnership" },
    agency: null,
    totp_enrolled: false,
    totp_enrolment_required: false,
    scopes: [],
    ...overrides,
  } as Me;
}

/** Shows the router's current location so tests can assert redirects. */
export function LocationProbe() {
  const l = useLocation();
  return <div data-testid="location" hidden>{l.pathname + l.search}</div>;
}

export function renderApp(path: string, state: AuthState, auth: Partial<AuthContextValue> = {}) {
  const value: AuthContextValue = {
    state,
    signIn: vi.fn(async () => ({ ok: true as const })),
    signOut: vi.fn(async () => {}),
    reloadMe: vi.fn(async () => {}),
    ...auth,
  };
  const utils = render(
    <AuthContext.Provider value={value}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe />
      </MemoryRouter>
    </AuthContext.Provider>,
  );
  return { ...utils, auth: value };
}
