import { Suspense } from "react";
import { Link, Outlet, useLocation, useOutletContext, useParams } from "react-router";
import type { Review } from "../../api/types";
import { useLoad } from "../../api/useLoad";
import { Loading } from "../../auth/guards";
import { ProblemPage } from "../../components/Messages";
import { BackLink } from "../../components/ui";
import { ReviewStatusTag } from "./components";
import { loadReview } from "./data";

export interface ReviewContext {
  review: Review;
  etag: string | null;
  reload(): Promise<void>;
}

export function useReview(): ReviewContext {
  return useOutletContext<ReviewContext>();
}

/** A review's frame: its reference and status, and the tabs (real URLs) under it. */
export function ReviewLayout() {
  const { id = "" } = useParams();
  const { pathname } = useLocation();
  const loaded = useLoad(() => loadReview(id), [id]);
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <ProblemPage problem={loaded.problem} />;
  const { review, etag } = loaded.data;
  const base = `/reviews/${review.id}`;
  const tabs = [
    { to: base, text: "Overview" },
    { to: `${base}/team`, text: "Team and checklists" },
    { to: `${base}/subjects`, text: "Subjects and alerts" },
    { to: `${base}/practitioners`, text: "Practitioners" },
    { to: `${base}/documents`, text: "Documents" },
    { to: `${base}/meetings`, text: "Meetings" },
    { to: `${base}/proceedings`, text: "Parallel proceedings" },
    { to: `${base}/report`, text: "Report sign-off" },
    { to: `${base}/publication-plan`, text: "Publication plan" },
    { to: `${base}/learning`, text: "Learning" },
    { to: `${base}/actions`, text: "Action plan" },
    { to: `${base}/history`, text: "History" },
  ];
  const ctx: ReviewContext = { review, etag, reload: loaded.reload };
  return (
    <>
      <BackLink to="/reviews">All reviews</BackLink>
      <p className="govuk-caption-l govuk-!-margin-bottom-2">
        {review.reference} · {review.child_pseudonym} · <ReviewStatusTag status={review.status} />
      </p>
      <nav className="app-sub-navigation" aria-label="Review sections">
        <ul className="app-sub-navigation__list">
          {tabs.map((t) => (
            <li className="app-sub-navigation__item" key={t.to}>
              <Link className="app-sub-navigation__link" to={t.to} aria-current={pathname === t.to || (t.to !== base && pathname.startsWith(`${t.to}/`)) ? "page" : undefined}>
                {t.text}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Outlet context={ctx} />
      </Suspense>
    </>
  );
}
