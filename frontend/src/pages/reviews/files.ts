/** Files sent to and fetched from the API: a document version's upload (the raw bytes, named in
 * Content-Disposition) and its download (with the session's token, so not a plain link). */
import { asProblem, createAuthFetch } from "../../api/client";
import { ApiError, networkProblem, problemFromResponse, type Problem } from "../../api/problem";

/** The largest file the API takes (50 MiB). */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/** What the API accepts, for the file input's `accept` (the API checks the bytes either way). */
export const ACCEPTED_FILES = ".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt,.csv";

const TYPE_TEXT: Record<string, string> = {
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (DOCX)",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (XLSX)",
  "application/vnd.oasis.opendocument.text": "OpenDocument text (ODT)",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument spreadsheet (ODS)",
  "image/png": "PNG image",
  "image/jpeg": "JPEG image",
  "text/plain": "Text",
  "text/csv": "CSV",
};

/** A file's type in words, from the media type the API found in its bytes. */
export function fileTypeText(mediaType: string): string {
  return TYPE_TEXT[mediaType.split(";")[0]!.trim().toLowerCase()] ?? mediaType;
}

function oneDecimalBelowTen(n: number): string {
  return n < 10 ? String(Math.round(n * 10) / 10) : String(Math.round(n));
}

/** A size as people read it: "512 bytes", "1.5 KB", "320 KB", "2.4 MB" (1 KB = 1,024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024 && Math.round(kb) < 1024) return `${oneDecimalBelowTen(kb)} KB`;
  return `${oneDecimalBelowTen(bytes / (1024 * 1024))} MB`;
}

/** `attachment; filename*=UTF-8''<name>`, the name percent-encoded (RFC 8187), so any name,
 * accented or not, travels in an ASCII header. */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** The POST that sends `file` as a new version: the file itself as the body, not a form. */
export function uploadRequest(url: string, file: File): Request {
  return new Request(url, {
    method: "POST",
    body: file,
    headers: { "Content-Type": "application/octet-stream", "Content-Disposition": contentDisposition(file.name) },
    credentials: "same-origin",
  });
}

type AuthFetch = (request: Request) => Promise<Response>;

let defaultFetch: AuthFetch | null = null;
/** The app's authenticated fetch (the typed client's, with the same token and refresh). */
function authFetch(): AuthFetch {
  defaultFetch ??= createAuthFetch();
  return defaultFetch;
}

function absolute(path: string): string {
  return new URL(path, typeof location !== "undefined" ? location.origin : "http://localhost").toString();
}

async function send(request: Request, fetcher: AuthFetch): Promise<Response> {
  let response: Response;
  try {
    response = await fetcher(request);
  } catch (e) {
    throw new ApiError(networkProblem(e));
  }
  if (!response.ok) throw new ApiError(await problemFromResponse(response));
  return response;
}

/** Sends `file` to `path` (a document's versions); the new version, and whether it is new
 * (false: the same bytes were already its latest version awaiting a decision). */
export async function uploadFile<T>(path: string, file: File, fetcher: AuthFetch = authFetch()): Promise<{ data: T; created: boolean }> {
  const response = await send(uploadRequest(absolute(path), file), fetcher);
  return { data: (await response.json()) as T, created: response.status === 201 };
}

/** uploadFile for a form: any refusal (too large, a type not accepted, a conflict) is shown
 * against the form's `field`, in the API's words. */
export async function uploadForField<T>(path: string, file: File, field = "file", fetcher: AuthFetch = authFetch()): Promise<{ data: T; created: boolean }> {
  try {
    return await uploadFile<T>(path, file, fetcher);
  } catch (e) {
    throw new ApiError(problemOnField(asProblem(e), field));
  }
}

/** `problem` as an error on the form's `field`, in the API's words (after `lead`, when given). */
export function problemOnField(problem: Problem, field: string, lead = ""): Problem {
  return { ...problem, errors: [{ field, message: `${lead}${problem.detail ?? problem.title}` }] };
}

/** The name in a Content-Disposition header (`filename*` first), or null. */
export function fileNameFrom(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1]!.trim() : null;
}

/** Fetches the file at `path` with the session's token and hands it to the browser as a
 * download named `fileName` (or the name the API gives), through a short-lived object URL. */
export async function downloadFile(path: string, fileName: string | null, fetcher: AuthFetch = authFetch()): Promise<void> {
  const response = await send(new Request(absolute(path), { method: "GET", credentials: "same-origin", headers: { Accept: "*/*" } }), fetcher);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName ?? fileNameFrom(response.headers.get("Content-Disposition")) ?? "document";
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Give the browser a moment to start the download before the object URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
