/**
 * Propaganda for the conferences (SPEC J1; plan II.1.1 and III.3): the culture office gives
 * tasks to itself, the radio–TV station, the culture centre and each commune's radio (who,
 * what, by when, status) and every unit logs what it ran — an article, a broadcast, a
 * "người tốt, việc tốt" column, a banner, a post — with its date, channel, duration or
 * length, who it features and a link or a file. Shapes and words shared by server and web.
 */
import { z } from "zod";

export const PROPAGANDA_KINDS = ["article", "broadcast", "good_deeds", "banner", "post"] as const;
export type PropagandaKind = (typeof PROPAGANDA_KINDS)[number];
export const PROPAGANDA_KIND_LABELS: Record<PropagandaKind, string> = {
  article: "Bài viết",
  broadcast: "Phát thanh, truyền hình",
  good_deeds: "Chuyên mục “Người tốt, việc tốt”",
  banner: "Băng rôn, khẩu hiệu, pa nô",
  post: "Tin đăng trang thông tin điện tử, mạng xã hội",
};

export const PROPAGANDA_CHANNELS = ["radio", "television", "website", "social", "print", "outdoor"] as const;
export type PropagandaChannel = (typeof PROPAGANDA_CHANNELS)[number];
export const PROPAGANDA_CHANNEL_LABELS: Record<PropagandaChannel, string> = {
  radio: "Truyền thanh",
  television: "Truyền hình",
  website: "Trang thông tin điện tử",
  social: "Mạng xã hội",
  print: "Báo in, bản tin",
  outdoor: "Trực quan (băng rôn, pa nô)",
};

export const TASK_STATUSES = ["open", "in_progress", "done"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  open: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done: "Đã xong",
};

const isoDate = (what: string) => z.iso.date(`${what}: ngày không hợp lệ (yyyy-mm-dd).`);
const text = (what: string, max: number) =>
  z
    .string(`${what}: bắt buộc.`)
    .trim()
    .min(1, `${what}: bắt buộc.`)
    .max(max, `${what}: tối đa ${max} ký tự.`);

export const TaskInputSchema = z.object({
  unitId: z.uuid("Đơn vị thực hiện không hợp lệ"),
  title: text("Nội dung nhiệm vụ", 300),
  detail: z.string().trim().max(2000, "Ghi chú: tối đa 2000 ký tự.").default(""),
  dueDate: isoDate("Hạn hoàn thành"),
});
export type TaskInput = z.infer<typeof TaskInputSchema>;
export const TaskStatusInputSchema = z.object({
  status: z.enum(TASK_STATUSES, "Trạng thái không hợp lệ"),
  version: z.number().int().min(1),
});

export const TaskSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  title: z.string(),
  detail: z.string(),
  dueDate: z.string(),
  status: z.enum(TASK_STATUSES),
  itemCount: z.number().int(),
  version: z.number().int(),
  /** The actor may change its status. */
  canUpdate: z.boolean(),
});
export type PropagandaTask = z.infer<typeof TaskSchema>;

export const ItemInputSchema = z
  .object({
    unitId: z.uuid("Đơn vị không hợp lệ").optional(),
    taskId: z.uuid("Nhiệm vụ không hợp lệ").nullish(),
    kind: z.enum(PROPAGANDA_KINDS, "Loại tin bài không hợp lệ"),
    channel: z.enum(PROPAGANDA_CHANNELS, "Kênh không hợp lệ"),
    title: text("Tiêu đề", 300),
    date: isoDate("Ngày đăng, phát"),
    /** Minutes on air (broadcasts). */
    durationMinutes: z.number().int().min(1, "Thời lượng: ít nhất 1 phút.").max(1440).nullish(),
    /** Words (articles) or pieces (banners): what the unit reports as its size. */
    length: z.string().trim().max(80, "Độ dài: tối đa 80 ký tự.").nullish(),
    featured: z.string().trim().max(500, "Người, đơn vị được nêu: tối đa 500 ký tự.").default(""),
    link: z
      .url({ protocol: /^https?$/u, error: "Đường dẫn phải bắt đầu bằng http:// hoặc https://" })
      .max(1000)
      .nullish(),
    fileId: z.uuid("Tệp không hợp lệ").nullish(),
  })
  .refine((v) => !!v.link || !!v.fileId, {
    message: "Hãy ghi đường dẫn hoặc đính kèm tệp của tin bài.",
    path: ["link"],
  });
export type ItemInput = z.infer<typeof ItemInputSchema>;

export const ItemSchema = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  taskId: z.uuid().nullable(),
  kind: z.enum(PROPAGANDA_KINDS),
  channel: z.enum(PROPAGANDA_CHANNELS),
  title: z.string(),
  date: z.string(),
  durationMinutes: z.number().int().nullable(),
  length: z.string().nullable(),
  featured: z.string(),
  link: z.string().nullable(),
  fileId: z.uuid().nullable(),
  fileName: z.string().nullable(),
});
export type PropagandaItem = z.infer<typeof ItemSchema>;

export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export const ItemListQuerySchema = PageQuerySchema.extend({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/u, "Tháng không hợp lệ (yyyy-mm).")
    .optional(),
  unitId: z.uuid("Đơn vị không hợp lệ").optional(),
});
export const TaskListQuerySchema = PageQuerySchema.extend({
  status: z.enum(TASK_STATUSES).optional(),
  /** One unit's tasks (a unit may ask only for its own). */
  unitId: z.uuid("Đơn vị không hợp lệ").optional(),
  /** Only those not done: what an item being logged can belong to. */
  pending: z.stringbool().optional(),
});

export const TaskPageSchema = z.object({ items: z.array(TaskSchema), total: z.number().int() });
export const ItemPageSchema = z.object({ items: z.array(ItemSchema), total: z.number().int() });

export const MonthQuerySchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/u, "Tháng không hợp lệ (yyyy-mm)."),
});
export const CountsSchema = z.object({
  month: z.string(),
  total: z.number().int(),
  byChannel: z.array(z.object({ channel: z.enum(PROPAGANDA_CHANNELS), count: z.number().int() })),
  byKind: z.array(z.object({ kind: z.enum(PROPAGANDA_KINDS), count: z.number().int() })),
  byUnit: z.array(z.object({ unitId: z.uuid(), unitName: z.string(), count: z.number().int() })),
});
export type PropagandaCounts = z.infer<typeof CountsSchema>;

/** "2020-03" → the first and last ISO days of that month. */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` };
}
/** "2020-03" → "tháng 3/2020". */
export function monthWords(month: string): string {
  const [y, m] = month.split("-");
  return `tháng ${Number(m)}/${y}`;
}
