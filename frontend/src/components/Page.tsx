import { useEffect, type ReactNode } from "react";

export const SERVICE_NAME = "CSPR Hub";

/** Sets document.title as "<title> – CSPR Hub" (prefixed "Error: " when a form has errors). */
export function usePageTitle(title: string, hasError = false): void {
  useEffect(() => {
    document.title = `${hasError ? "Error: " : ""}${title} – ${SERVICE_NAME}`;
  }, [title, hasError]);
}

/**
 * A page's heading and title. The h1 takes programmatic focus after a route change
 * (see useRouteFocus), so it carries tabIndex -1.
 */
export function PageHeading({ children, caption, title, hasError }: { children: ReactNode; caption?: ReactNode; title?: string; hasError?: boolean }) {
  usePageTitle(title ?? (typeof children === "string" ? children : SERVICE_NAME), hasError);
  return (
    <h1 className="govuk-heading-l" tabIndex={-1}>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      {children}
    </h1>
  );
}
