/**
 * The security log (issue #12 item 7; SPEC N1, N2; ASVS 5.0 V16): which failed or
 * refused requests are kept, under which kind and Vietnamese label, and which kinds count
 * as denials for the office's alert. The change audit is a different log (audit/).
 */
import { z } from "zod";
import { PageInfoShape, pageQuery } from "./paging.ts";
import "./zod-vi.ts";

export const SECURITY_EVENT_KIND_LABELS = {
  sign_in_failed: "Đăng nhập sai (tên hoặc mật khẩu)",
  mfa_failed: "Sai mã xác thực hai lớp",
  throttled: "Bị chặn tạm thời do thử quá nhiều lần",
  forbidden: "Bị từ chối (không có quyền)",
  hidden: "Hỏi dữ liệu không có hoặc không được xem",
  conflict: "Xung đột dữ liệu (409)",
  unprocessable: "Dữ liệu không xử lý được (422)",
} as const;
/** The answer's HTTP status in the office's words; the error code stays in the row's tooltip. */
export const SECURITY_STATUS_LABELS: Readonly<Record<number, string>> = {
  400: "Yêu cầu sai",
  401: "Chưa đăng nhập hoặc sai mật khẩu",
  403: "Không có quyền",
  404: "Không tìm thấy hoặc không được xem",
  408: "Quá thời gian gửi",
  409: "Xung đột dữ liệu",
  413: "Tệp quá lớn",
  415: "Loại tệp không nhận",
  422: "Dữ liệu không hợp lệ",
  423: "Tạm khóa",
  429: "Thử quá nhiều lần",
};
export const securityStatusLabel = (status: number) => SECURITY_STATUS_LABELS[status] ?? "Bị từ chối";

export type SecurityEventKind = keyof typeof SECURITY_EVENT_KIND_LABELS;
export const SECURITY_EVENT_KINDS = Object.keys(SECURITY_EVENT_KIND_LABELS) as [
  SecurityEventKind,
  ...SecurityEventKind[],
];

/** Kinds that count towards the alert: attempts refused, not ordinary editing conflicts. */
export const DENIAL_KINDS: readonly SecurityEventKind[] = [
  "sign_in_failed",
  "mfa_failed",
  "throttled",
  "forbidden",
  "hidden",
];

/** Codes that are steps of normal work (change your password, enter your code), not refusals. */
const NOT_LOGGED = new Set(["PASSWORD_CHANGE_REQUIRED", "MFA_REQUIRED", "MFA_ENROLMENT_REQUIRED"]);

/**
 * The kind of a failed answer, or null when it is not kept. `matchedRoute`: the request hit a
 * route (a 404 there is a record the caller cannot see — the answer is deliberately the same
 * whether it does not exist or belongs to another unit — not an unknown address).
 */
export function securityEventKind(a: {
  status: number;
  code: string;
  matchedRoute: boolean;
  signedIn: boolean;
}): SecurityEventKind | null {
  if (NOT_LOGGED.has(a.code)) return null;
  if (a.code === "INVALID_CREDENTIALS") return "sign_in_failed";
  if (a.code === "MFA_CODE_INVALID") return "mfa_failed";
  if (a.status === 429 || a.status === 423) return "throttled";
  if (a.status === 403) return "forbidden";
  if (a.status === 404) return a.matchedRoute && a.signedIn ? "hidden" : null;
  if (a.status === 409) return "conflict";
  if (a.status === 422) return "unprocessable";
  return null;
}

const isoDate = z.iso.datetime({ offset: true, message: "Thời điểm: không hợp lệ" });

export const SecurityEventQuerySchema = z.object({
  kind: z.enum(SECURITY_EVENT_KINDS, "Loại sự kiện: không hợp lệ").optional(),
  userId: z.uuid("Người dùng: không hợp lệ").optional(),
  username: z.string().trim().toLowerCase().max(100).optional(),
  ip: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SecurityEventQuery = z.input<typeof SecurityEventQuerySchema>;

export const SecurityEventSchema = z.object({
  id: z.number().int(),
  occurredAt: z.string(),
  kind: z.enum(SECURITY_EVENT_KINDS),
  userId: z.uuid().nullable(),
  username: z.string().nullable(),
  fullName: z.string().nullable(),
  ip: z.string().nullable(),
  method: z.string(),
  route: z.string(),
  status: z.number().int(),
  code: z.string().nullable(),
});
export type SecurityEvent = z.infer<typeof SecurityEventSchema>;

export const SecurityEventPageSchema = z.object({
  items: z.array(SecurityEventSchema),
  total: z.number().int(),
});

/** One source (a user or an address) with a burst of denials. */
export const SecurityAlertSchema = z.object({
  source: z.enum(["user", "ip"]),
  userId: z.uuid().nullable(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  /** The most denials within one window. */
  count: z.number().int(),
  lastAt: z.string(),
});
export type SecurityAlert = z.infer<typeof SecurityAlertSchema>;

/**
 * `GET /api/security-events/alerts` (issue #11 item 5): the largest bursts first, 10 a page
 * by default — what the home page shows — at most 100.
 */
export const SecurityAlertsQuerySchema = pageQuery(10, 100);

/** One page of the alerts; `total` counts every user and address over the threshold. */
export const SecurityAlertsSchema = z.object({
  threshold: z.number().int(),
  windowMinutes: z.number().int(),
  lookbackHours: z.number().int(),
  items: z.array(SecurityAlertSchema),
  ...PageInfoShape,
});
export type SecurityAlerts = z.infer<typeof SecurityAlertsSchema>;
