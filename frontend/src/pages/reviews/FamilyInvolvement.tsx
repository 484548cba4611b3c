import { useNavigate, useParams } from "react-router";
import { api, call, ifMatch, unwrap } from "../../api/client";
import { useLoad } from "../../api/useLoad";
import { Loading } from "../../auth/guards";
import { ProblemPage } from "../../components/Messages";
import { PageHeading } from "../../components/Page";
import { BackLink, WarningText } from "../../components/ui";
import { Button, ErrorSummary, Textarea } from "../../forms/fields";
import { useForm } from "../../forms/useForm";

/**
 * The review's family involvement notes: identifying details, so the API gives them to the
 * partnership's administrators and the review's lead reviewer only (anyone else sees "no
 * access"), and records every time they are opened. They are read only on this page.
 */
export function FamilyInvolvementPage() {
  const { id = "" } = useParams();
  const loaded = useLoad(
    () => call(api.GET("/api/v1/reviews/{review_id}/family-involvement", { params: { path: { review_id: id } } })),
    [id],
  );
  if (loaded.status === "loading") return <Loading />;
  if (loaded.status === "error") return <ProblemPage problem={loaded.problem} />;
  return <FamilyInvolvementForm reviewId={id} notes={loaded.data.data.notes ?? ""} etag={loaded.data.etag} />;
}

function FamilyInvolvementForm({ reviewId, notes, etag }: { reviewId: string; notes: string; etag: string | null }) {
  const navigate = useNavigate();
  const form = useForm({ notes });
  const onSubmit = form.handleSubmit(async (v) => {
    const now = v.notes.trim();
    if (now !== notes.trim()) {
      await unwrap(
        api.PUT("/api/v1/reviews/{review_id}/family-involvement", {
          params: { path: { review_id: reviewId }, header: ifMatch(etag) },
          body: { notes: now === "" ? null : now },
        }),
      );
    }
    navigate(`/reviews/${reviewId}`, { state: { saved: now !== notes.trim() ? "The family involvement notes were saved." : "Nothing was changed." } });
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={`/reviews/${reviewId}`}>Back to the review</BackLink>
        <ErrorSummary items={form.summary} attempt={form.attempt} />
        <PageHeading title="Family involvement" hasError={form.hasErrors}>
          Family involvement
        </PageHeading>
        <WarningText>These notes may identify the child's family. Only administrators and the review's lead reviewer can see them, and each time they are opened is recorded.</WarningText>
        <form noValidate onSubmit={onSubmit}>
          <Textarea {...form.field("notes")} label="Family involvement notes" hint="How the family takes part in the review: who has been invited, who has met the reviewer, what they want the review to hear." rows={8} />
          <Button>Save the notes</Button>
        </form>
      </div>
    </div>
  );
}
