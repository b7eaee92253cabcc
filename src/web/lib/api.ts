/**
 * The one way the web app talks to the server: same-origin fetch with cookies,
 * JSON in and out, the CSRF header on every unsafe request, and errors as ApiError
 * carrying the server's Vietnamese message.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** Field → Vietnamese message, from `details.fields` of a validation error. */
  readonly fields: Record<string, string>;
  readonly details: unknown;
  /** The whole response body (e.g. the `errors` list of a refused import). */
  readonly body: unknown;

  constructor(status: number, code: string, message: string, details?: unknown, body?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
    this.body = body;
    const fields = (details as { fields?: unknown } | undefined)?.fields;
    this.fields =
      fields && typeof fields === "object"
        ? Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, String(v)]))
        : {};
  }
}

const NETWORK_MESSAGE = "Không kết nối được tới máy chủ. Hãy kiểm tra mạng rồi thử lại.";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

let csrfToken: Promise<string> | null = null;
let onUnauthorized: (() => void) | null = null;

/** Called when a signed-in call answers 401 (the session has ended). */
export function setUnauthorizedHandler(handler: (() => void) | null) {
  onUnauthorized = handler;
}

async function fetchCsrf(): Promise<string> {
  const res = await fetch("/api/auth/csrf", {
    credentials: "same-origin",
    headers: { accept: "application/json" },
  });
  if (!res.ok) throw await toError(res);
  const body = (await res.json()) as { token: string };
  return body.token;
}

function getCsrf(refresh = false): Promise<string> {
  if (refresh || !csrfToken) {
    csrfToken = fetchCsrf();
    csrfToken.catch(() => {
      csrfToken = null;
    });
  }
  return csrfToken;
}

async function toError(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // not JSON (a proxy error page, for instance)
  }
  const err = (body as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
  const fallback =
    res.status >= 500
      ? "Hệ thống gặp lỗi. Hãy thử lại sau hoặc báo cho quản trị viên."
      : `Yêu cầu không thành công (mã ${res.status}).`;
  return new ApiError(
    res.status,
    err?.code ?? `HTTP_${res.status}`,
    err?.message ?? fallback,
    err?.details,
    body,
  );
}

export type RequestOptions = {
  method?: string;
  body?: unknown;
  /** multipart upload; the browser sets the content type. */
  form?: FormData;
  signal?: AbortSignal;
};

/** Raw request with CSRF handling; resolves with the Response when it is ok. */
export async function request(path: string, opts: RequestOptions = {}): Promise<Response> {
  const method = (opts.method ?? (opts.body !== undefined || opts.form ? "POST" : "GET")).toUpperCase();
  const send = async (refreshCsrf: boolean): Promise<Response> => {
    const headers: Record<string, string> = { accept: "application/json" };
    let body: BodyInit | undefined;
    if (opts.form) body = opts.form;
    else if (opts.body !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(opts.body);
    }
    if (UNSAFE.has(method)) headers["x-csrf-token"] = await getCsrf(refreshCsrf);
    try {
      return await fetch(path, { method, headers, body, credentials: "same-origin", signal: opts.signal });
    } catch (e) {
      if ((e as Error).name === "AbortError") throw e;
      throw new ApiError(0, "NETWORK", NETWORK_MESSAGE);
    }
  };
  let res = await send(false);
  if (res.status === 403 && UNSAFE.has(method)) {
    const err = await toError(res.clone());
    if (err.code === "CSRF") res = await send(true);
  }
  // The CSRF token is bound to the session: signing in or out starts a new one.
  if (
    res.ok &&
    (path === "/api/auth/login" || path === "/api/auth/logout" || path === "/api/auth/mfa/verify")
  )
    csrfToken = null;
  if (res.ok) return res;
  const err = await toError(res);
  if (res.status === 401 && !path.startsWith("/api/auth/")) onUnauthorized?.();
  throw err;
}

/** JSON request; resolves with the parsed body. */
export async function api<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await request(path, opts);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Downloads a file (e.g. an xlsx export) and hands it to the browser. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await request(path);
  const blob = await res.blob();
  const disposition = res.headers.get("content-disposition") ?? "";
  const star = /filename\*=UTF-8''([^;]+)/iu.exec(disposition);
  const plain = /filename="?([^";]+)"?/iu.exec(disposition);
  const name = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? fallbackName);
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The Vietnamese message to show for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return "Đã xảy ra lỗi không mong muốn. Hãy tải lại trang rồi thử lại.";
}

/** Query string from defined, non-empty values. */
export function qs(params: Record<string, string | number | boolean | null | undefined>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== "") sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : "";
}

/**
 * Every row of a paged list (`{ items, total }`, src/domain/paging.ts), page by page at `limit`:
 * for pickers and trees that need the whole (bounded) list, e.g. the units.
 */
export async function fetchAllPages<T>(path: string, limit: number, key = "items"): Promise<T[]> {
  const all: T[] = [];
  const sep = path.includes("?") ? "&" : "?";
  for (let page = 1; ; page++) {
    const body = await api<Record<string, unknown> & { total: number }>(
      `${path}${sep}page=${page}&limit=${limit}`,
    );
    const items = (body[key] ?? []) as T[];
    all.push(...items);
    if (items.length === 0 || all.length >= body.total) return all;
  }
}
