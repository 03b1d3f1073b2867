/**
 * The admin API as the app calls it: JSON, the session cookie (sent by the browser), the CSRF
 * token on every state change, and errors as `ApiError` with the API's code and fields.
 */
export interface User {
  id: number;
  email: string;
  name: string;
  role: "admin" | "editor" | "author" | "translator";
  locales: string[];
}

/** What is wrong with one field, as the API's code (src/errors.ts FIELD_PROBLEMS) that messages.ts words. */
export interface FieldProblem {
  code: string;
  limit?: number;
  value?: string;
}

export class ApiError extends Error {
  readonly problems: Record<string, FieldProblem>;
  readonly data: Record<string, unknown>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The rest of the error's body: `problems` per field, a conflict's `reason` or `version`. */
    { problems = {}, ...data }: { problems?: Record<string, FieldProblem> } & Record<string, unknown> = {},
  ) {
    super(message);
    this.problems = problems;
    this.data = data;
  }
}

let csrfToken = "";

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

interface ErrorBody {
  error?: { code?: string; message?: string } & Record<string, unknown>;
}

function apiError(status: number, statusText: string, body: ErrorBody): ApiError {
  // `fields` is the English of `problems`: the app words the codes itself.
  const { code = "XABAR_INTERNAL", message = statusText, fields: _english, ...rest } = body.error ?? {};
  return new ApiError(status, code, message, rest);
}

export interface Answer<T> {
  body: T;
  etag: string | null;
}

/**
 * One call; `headers` adds e.g. If-Match; `keepalive` lets it outlive the page (a lock released as
 * the tab closes). Throws ApiError (code "XABAR_NETWORK" when the server cannot be reached).
 */
export async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, keepalive = false): Promise<Answer<T>> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { ...headers }, keepalive };
  const sent = init.headers as Record<string, string>;
  if (method !== "GET") sent["x-csrf-token"] = csrfToken;
  if (body !== undefined) {
    sent["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, "XABAR_NETWORK", "network");
  }
  if (response.status === 204) return { body: undefined as T, etag: null };
  const json = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (!response.ok) {
    throw apiError(response.status, response.statusText, json);
  }
  return { body: json, etag: response.headers.get("etag") };
}

export const get = <T>(path: string) => call<T>("GET", path).then((a) => a.body);
export const post = <T>(path: string, body?: unknown) => call<T>("POST", path, body ?? {}).then((a) => a.body);

/**
 * An upload (multipart, the file in field `file`) through XMLHttpRequest, which reports upload
 * progress (fetch does not): `onProgress` gets 0…1 as the bytes go out.
 */
export function upload<T>(path: string, file: File, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", path);
    request.setRequestHeader("x-csrf-token", csrfToken);
    request.responseType = "json";
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener("error", () => reject(new ApiError(0, "XABAR_NETWORK", "network")));
    request.addEventListener("load", () => {
      const json = (request.response ?? {}) as T & ErrorBody;
      if (request.status >= 200 && request.status < 300) return resolve(json);
      reject(apiError(request.status, request.statusText, json));
    });
    const form = new FormData();
    form.append("file", file, file.name);
    request.send(form);
  });
}
