/** Shapes of the notifications and outbox APIs (SPEC K4), shared by server routes and the web. */
import { z } from "zod";
import { NOTIFICATION_KINDS } from "./reminders.ts";

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.enum(NOTIFICATION_KINDS),
  title: z.string(),
  body: z.string(),
  /** Where the work is done, inside the app (e.g. "/ke-hoach-don-vi"). */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  total: z.number().int(),
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  page: z.coerce.number().int().min(1).default(1),
});

export const OUTBOX_STATUSES = ["pending", "sent", "failed", "skipped"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: "Chờ gửi",
  sent: "Đã gửi",
  failed: "Gửi không được",
  skipped: "Bỏ qua",
};

export const OutboxItemSchema = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  recipientName: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxItem = z.infer<typeof OutboxItemSchema>;

export const OutboxQuerySchema = PageQuerySchema.extend({ status: z.enum(OUTBOX_STATUSES).optional() });

export const OutboxSettingsSchema = z.object({
  autoSend: z.boolean(),
  /** False when SMTP_URL is not set: nothing can be sent. */
  smtpConfigured: z.boolean(),
  version: z.number().int(),
});
export type OutboxSettings = z.infer<typeof OutboxSettingsSchema>;
export const OutboxSettingsInputSchema = z.object({
  autoSend: z.boolean(),
  version: z.number().int().min(0),
});

export const OutboxPageSchema = z.object({
  items: z.array(OutboxItemSchema),
  total: z.number().int(),
  settings: OutboxSettingsSchema,
});
export type OutboxPage = z.infer<typeof OutboxPageSchema>;
