import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useAuth } from "./AuthContext";
import type { Role } from "../api/types";
import { NoAccess } from "../components/Messages";

/** `/sign-in?next=<path>` for the page the person wanted. */
export function signInPath(wanted: string): string {
  return wanted && wanted !== "/" ? `/sign-in?next=${encodeURIComponent(wanted)}` : "/sign-in";
}

/** Only same-origin app paths are followed after sign-in (never `//evil`, `/\evil` or absolute URLs). */
export function safeNext(next: string | null | undefined): string {
  if (!next) return "/";
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f]/.test(next)) return "/";
  if (next === "/sign-in" || next.startsWith("/sign-in?") || next.startsWith("/sign-in/")) return "/";
  return next;
}

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="app-loading" role="status">
      {label}
    </p>
  );
}

/** Signed-in people only; anyone else goes to sign-in and comes back here afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === "loading") return <Loading label="Signing you in…" />;
  if (state.status === "anonymous") {
    // After "Sign out" nobody "wanted" this page: plain sign-in, with its "signed out" banner.
    if (state.reason === "signed-out") return <Navigate to="/sign-in" replace state={{ reason: "signed-out" }} />;
    return <Navigate to={signInPath(location.pathname + location.search + location.hash)} replace state={{ reason: state.reason }} />;
  }
  // Until an administrator who must have a second factor enrols one, the API lets the token
  // reach only /me and /me/totp: keep them on the account page.
  if (state.me.totp_enrolment_required && !state.me.totp_enrolled && location.pathname !== "/account") {
    return <Navigate to="/account" replace />;
  }
  return <>{children}</>;
}

/** Pages for some roles only: everyone else sees a plain message (no redirect, no hint of what is there). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { state } = useAuth();
  if (state.status !== "authenticated") return null;
  if (!roles.includes(state.me.role)) return <NoAccess />;
  return <>{children}</>;
}
