import { Link } from "react-router";
import type { Problem } from "../api/problem";
import { PageHeading } from "./Page";

export function NoAccess() {
  return (
    <>
      <PageHeading>You do not have access to this page</PageHeading>
      <p className="govuk-body">
        If you think you should, ask your partnership's business co-ordinator. <Link className="govuk-link" to="/">Go to the dashboard</Link>.
      </p>
    </>
  );
}

export function NotFound() {
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">Go to the dashboard</Link>
      </p>
    </>
  );
}

/** A plain message for a failed load: 404 and 403 read the same, so existence does not leak. */
export function ProblemPage({ problem }: { problem: Problem }) {
  if (problem.status === 404) return <NotFound />;
  if (problem.status === 403) return <NoAccess />;
  return (
    <>
      <PageHeading>{problem.status >= 500 || problem.status === 0 ? problem.title : "Sorry, there is a problem"}</PageHeading>
      <ProblemText problem={problem} />
    </>
  );
}

export function ProblemText({ problem }: { problem: Problem }) {
  return (
    <>
      <p className="govuk-body">{problem.detail ?? problem.title}</p>
      {typeof problem.correlation_id === "string" ? (
        <p className="govuk-body-s">
          Reference: <span className="app-code">{problem.correlation_id}</span>
        </p>
      ) : null}
    </>
  );
}

/** A problem inside a page, without replacing the page's heading. */
export function ProblemBanner({ problem, title = "There is a problem" }: { problem: Problem; title?: string }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" role="alert">
      <div>
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body govuk-!-margin-bottom-0">{problem.detail ?? problem.title}</p>
        </div>
      </div>
    </div>
  );
}
