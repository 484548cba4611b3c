/** Download an action plan (a review's or the partnership's) as XLSX or CSV, with the filters
 * the page shows: fetched with the session's token (so buttons, not plain links) and handed
 * to the browser as a file named by the API. */
import { useState } from "react";
import { asProblem } from "../../api/client";
import type { Problem } from "../../api/problem";
import { ProblemBanner } from "../../components/Messages";
import { Button } from "../../forms/fields";
import type { PlanFilters } from "./actions";
import { downloadFile } from "./files";

export type ExportFormat = "xlsx" | "csv";

/** The export's URL: `base` (a plan's `/export` path) with the format and the filters set. */
export function exportPath(base: string, format: ExportFormat, filters: PlanFilters = {}): string {
  const p = new URLSearchParams({ format });
  for (const key of ["review_id", "agency_id", "status", "rag"] as const) {
    const value = filters[key];
    if (value) p.set(key, value);
  }
  return `${base}?${p.toString()}`;
}

export function reviewExportBase(reviewId: string): string {
  return `/api/v1/reviews/${encodeURIComponent(reviewId)}/actions/export`;
}

export const PARTNERSHIP_EXPORT_BASE = "/api/v1/actions/export";

const FORMATS: { format: ExportFormat; text: string }[] = [
  { format: "xlsx", text: "Download as spreadsheet (XLSX)" },
  { format: "csv", text: "Download as CSV" },
];

export function ExportDownloads({ base, filters, filtered }: { base: string; filters: PlanFilters; filtered: boolean }) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setProblem(null);
    try {
      await downloadFile(exportPath(base, format, filters), null);
    } catch (e) {
      setProblem(asProblem(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <section aria-labelledby="export-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id="export-heading">
        Download this action plan
      </h2>
      <p className="govuk-body">{filtered ? "The file holds the actions that match the filters shown." : "The file holds every action shown on this page."}</p>
      {problem ? <ProblemBanner problem={problem} title="The action plan could not be downloaded" /> : null}
      <div className="govuk-button-group">
        {FORMATS.map((f) => (
          <Button key={f.format} type="button" secondary disabled={busy !== null} onClick={() => void download(f.format)}>
            {busy === f.format ? "Preparing the file\u2026" : f.text}
          </Button>
        ))}
      </div>
    </section>
  );
}
