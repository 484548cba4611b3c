import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, asProblem, unwrap } from "../api/client";
import type { Problem } from "../api/problem";
import type { Me } from "../api/types";
import { session as defaultSession, type Credentials, type Session, type SignInResult } from "./session";

export type AuthState =
  | { status: "loading" }
  | { status: "anonymous"; reason?: "expired" | "signed-out"; problem?: Problem }
  | { status: "authenticated"; me: Me };

export interface AuthContextValue {
  state: AuthState;
  signIn(credentials: Credentials): Promise<SignInResult>;
  signOut(): Promise<void>;
  /** Reloads /me (after TOTP enrolment, for example). */
  reloadMe(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

async function fetchMe(): Promise<Me> {
  return unwrap(api.GET("/api/v1/me"));
}

export interface AuthProviderProps {
  children: ReactNode;
  session?: Session;
  loadMe?: () => Promise<Me>;
}

export function AuthProvider({ children, session = defaultSession, loadMe = fetchMe }: AuthProviderProps) {
  const [state, setState] = useState<AuthState>({ status: "loading" });

  const enter = useCallback(async () => {
    try {
      const me = await loadMe();
      setState({ status: "authenticated", me });
    } catch (e) {
      setState({ status: "anonymous", problem: asProblem(e) });
    }
  }, [loadMe]);

  // On start, a silent refresh keeps a reload signed in (the refresh cookie travels by itself).
  useEffect(() => {
    let cancelled = false;
    void session.refresh().then((ok) => {
      if (cancelled) return;
      if (ok) void enter();
      else setState({ status: "anonymous" });
    });
    return () => {
      cancelled = true;
    };
  }, [session, enter]);

  useEffect(
    () =>
      session.subscribe((event) => {
        if (event === "expired") setState({ status: "anonymous", reason: "expired" });
        else if (event === "signed-out") setState({ status: "anonymous", reason: "signed-out" });
      }),
    [session],
  );

  const signIn = useCallback(
    async (credentials: Credentials) => {
      const result = await session.signIn(credentials);
      if (result.ok) await enter();
      return result;
    },
    [session, enter],
  );

  const signOut = useCallback(() => session.signOut(), [session]);

  const value = useMemo<AuthContextValue>(() => ({ state, signIn, signOut, reloadMe: enter }), [state, signIn, signOut, enter]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error("useAuth() outside <AuthProvider>");
  return ctx;
}

/** The signed-in person (only inside <RequireAuth>). */
export function useMe(): Me {
  const { state } = useAuth();
  if (state.status !== "authenticated") throw new Error("useMe() outside <RequireAuth>");
  return state.me;
}

export { AuthContext };
