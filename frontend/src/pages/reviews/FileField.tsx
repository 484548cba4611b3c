/** A form's file field (GOV.UK file upload): the File the person chose, kept beside the form's
 * value (its name), checked before it is sent, and emptied once it has gone. */
import { useState, type ReactNode } from "react";
import { asProblem } from "../../api/client";
import type { Problem } from "../../api/problem";
import type { FieldBinding } from "../../forms/useForm";
import { ACCEPTED_FILES, MAX_UPLOAD_BYTES, downloadFile, fileTypeText, formatSize } from "./files";

/** What the API takes, in words, for a file field's hint. */
export const ACCEPTED_HINT = "PDF, Word (DOCX), Excel (XLSX), OpenDocument (ODT or ODS), PNG, JPEG, text or CSV, smaller than 50 MB";

/** "PDF, 180 KB": a stored file's type and size in words. */
export function fileFacts(file: { media_type: string; size_bytes: number }): string {
  return `${fileTypeText(file.media_type)}, ${formatSize(file.size_bytes)}`;
}

/** The file chosen in a form, and the key that empties its input once the file is sent. */
export function useChosenFile() {
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState(0);
  return {
    file,
    key,
    choose: setFile,
    clear() {
      setFile(null);
      setKey((k) => k + 1);
    },
  };
}

export type ChosenFile = ReturnType<typeof useChosenFile>;

/** A client-side hint about the chosen file; `missing` when none is chosen (undefined: optional). */
export function fileError(file: File | null, missing?: string): string | undefined {
  if (!file) return missing;
  if (file.size === 0) return "The selected file is empty";
  if (file.size > MAX_UPLOAD_BYTES) return "The selected file must be smaller than 50 MB";
  return undefined;
}

/** The GOV.UK file upload's form group: label, hint and error around the browser's own file
 * input, which ``input`` renders given its class and ``aria-describedby``. */
export function FileUploadGroup({ id, label, hint, error, input }: { id: string; label: string; hint: string; error?: string | undefined; input: (className: string, describedBy: string) => ReactNode }) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <div id={hintId} className="govuk-hint">
        {hint}
      </div>
      {error ? (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      ) : null}
      {input(`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`, errorId ? `${hintId} ${errorId}` : hintId)}
    </div>
  );
}

/** GOV.UK file upload: a plain file input (the browser's own chooser), bound to a form field
 * whose value is the chosen file's name. */
export function FileUpload({ binding, chosen, label, hint = ACCEPTED_HINT }: { binding: FieldBinding<string>; chosen: ChosenFile; label: string; hint?: string }) {
  const { id, name, error } = binding;
  return (
    <FileUploadGroup
      id={id}
      label={label}
      hint={hint}
      error={error}
      input={(className, describedBy) => (
        <input
          key={chosen.key}
          className={className}
          id={id}
          name={name}
          type="file"
          accept={ACCEPTED_FILES}
          aria-describedby={describedBy}
          onChange={(e) => {
            const file = e.target.files?.[0] ?? null;
            chosen.choose(file);
            binding.onChange(file?.name ?? "");
          }}
        />
      )}
    />
  );
}

/** Downloads started from a screen: which one is under way (by id), and the last one's problem. */
export function useDownloads() {
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const start = async (id: string, path: string, fileName: string | null) => {
    if (busy) return;
    setBusy(id);
    setProblem(null);
    try {
      await downloadFile(path, fileName);
    } catch (e) {
      setProblem(asProblem(e));
    } finally {
      setBusy(null);
    }
  };
  return { problem, busy, start };
}
