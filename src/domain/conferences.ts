/**
 * Conference shapes (SPEC D1–D9, E2): one schema per shape, for routes, forms and
 * client types. Violations are computed by the rules engine (rules/index.ts), never stored.
 */
import { z } from "zod";
import { ConferenceActionsSchema, ConferenceStatusSchema } from "./conference-lifecycle.ts";
import { pageQuery } from "./paging.ts";
import { optionalText, PersonInputSchema, PersonSchema } from "./persons.ts";
import { ConferenceKindSchema } from "./plan/rules.ts";
import { cleanText, parseDateVi } from "./text.ts";
import "./zod-vi.ts";

// States, their words and the `can` map live with the lifecycle (conference-lifecycle.ts).
export {
  CONFERENCE_STATUS_LABELS,
  CONFERENCE_STATUSES,
  ConferenceActionsSchema,
  type ConferenceStatus,
  ConferenceStatusSchema,
} from "./conference-lifecycle.ts";

export const DELEGATE_ROLES = ["exemplar", "guest"] as const;
export const DelegateRoleSchema = z.enum(DELEGATE_ROLES);
export const DELEGATE_ROLE_LABELS = { exemplar: "Đại biểu điển hình tiên tiến", guest: "Đại biểu khách mời" };
export const DELEGATE_STATUSES = ["invited", "confirmed", "attended"] as const;
export const DelegateStatusSchema = z.enum(DELEGATE_STATUSES);
export const DELEGATE_STATUS_LABELS = { invited: "Đã mời", confirmed: "Đã xác nhận", attended: "Đã dự" };

/** ISO yyyy-mm-dd or dd/mm/yyyy, stored ISO; empty → null. */
const DateInput = z
  .string()
  .max(20)
  .transform((s, ctx) => {
    const v = s.trim();
    if (v === "") return null;
    const iso = /^\d{4}-\d{2}-\d{2}$/u.test(v)
      ? parseDateVi(v.split("-").reverse().join("/"))
      : parseDateVi(v);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: "Ngày: không hợp lệ (dạng dd/mm/yyyy)" });
      return z.NEVER;
    }
    return iso;
  })
  .nullable()
  .optional();

/** "7:30" → "07:30"; empty → null. */
const TimeInput = z
  .string()
  .max(10)
  .transform((s, ctx) => {
    const v = s.trim();
    if (v === "") return null;
    const m = /^(\d{1,2})[:h](\d{2})$/u.exec(v);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
      ctx.addIssue({ code: "custom", message: "Giờ: không hợp lệ (dạng HH:MM, ví dụ 07:30)" });
      return z.NEVER;
    }
    return `${m[1]!.padStart(2, "0")}:${m[2]}`;
  })
  .nullable()
  .optional();

const Version = z.number().int().min(1);
const Invitees = z
  .array(z.string().max(500).transform(cleanText))
  .max(50)
  .transform((list) => list.filter(Boolean));

const fieldShape = {
  form: optionalText("Hình thức", 300),
  title: optionalText("Tên hội nghị", 300),
  date: DateInput,
  startTime: TimeInput,
  endTime: TimeInput,
  venue: optionalText("Địa điểm", 300),
  budgetSource: z
    .string()
    .max(40)
    .transform((s) => s.trim() || null)
    .nullable()
    .optional(),
  invitees: Invitees.optional(),
};

/** A unit user: its own unit, kind from the plan; the office: any participant, or kind "town". */
export const ConferenceCreateSchema = z.object({
  unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
  kind: ConferenceKindSchema.optional(),
  ...fieldShape,
});
export type ConferenceCreate = z.output<typeof ConferenceCreateSchema>;

export const ConferenceUpdateSchema = z.object({ ...fieldShape, version: Version });
export type ConferenceUpdate = z.output<typeof ConferenceUpdateSchema>;

/** One page of conferences (issue #11 item 5); `q` finds the unit's name without diacritics. */
export const ConferenceListQuerySchema = z
  .object({
    /** Defaults to the plan currently run. */
    planId: z.uuid("Kế hoạch: không hợp lệ").optional(),
    status: ConferenceStatusSchema.optional(),
    kind: ConferenceKindSchema.optional(),
    unitId: z.uuid("Đơn vị: không hợp lệ").optional(),
    q: z.string().max(200).optional(),
  })
  .extend(pageQuery(50, 200).shape);

export const ViolationSchema = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning"]),
  section: z.string(),
  message: z.string(),
  hint: z.string(),
  field: z.string().optional(),
});
export const CheckResultSchema = z.object({
  violations: z.array(ViolationSchema),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});
export const CheckQuerySchema = z.object({ phase: z.enum(["draft", "final"]).default("draft") });

export const CapDecisionSchema = z.object({
  mode: z.enum(["plenary", "delegate"]),
  cap: z.number().int(),
  reason: z.string(),
  section: z.string(),
});

const ShareSchema = z.object({ count: z.number().int(), percent: z.number() });
export const CompositionSchema = z.object({
  total: z.number().int(),
  exemplars: ShareSchema,
  guests: ShareSchema,
  byCategory: z.array(ShareSchema.extend({ code: z.string(), label: z.string() })),
  byStatus: z.object({ invited: ShareSchema, confirmed: ShareSchema, attended: ShareSchema }),
  women: ShareSchema,
  genderUnknown: z.number().int(),
  ethnicMinorities: ShareSchema,
  ethnicityUnknown: z.number().int(),
  directWorkers: ShareSchema,
});

export const ConferenceSummarySchema = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  kind: ConferenceKindSchema,
  kindLabel: z.string(),
  status: ConferenceStatusSchema,
  statusLabel: z.string(),
  form: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  venue: z.string().nullable(),
  deadline: z.string().nullable(),
  delegateCount: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ConferenceSummary = z.infer<typeof ConferenceSummarySchema>;

/** The person behind a delegate: the person's shape without its list bookkeeping. */
export const DelegatePersonSchema = PersonSchema.omit({ unitName: true, fullName: true, version: true });

export const DelegateSchema = z.object({
  id: z.uuid(),
  conferenceId: z.uuid(),
  personId: z.uuid().nullable(),
  collectiveId: z.uuid().nullable(),
  /** The person's full name or the collective's name. */
  fullName: z.string(),
  role: DelegateRoleSchema,
  status: DelegateStatusSchema,
  seat: z.string().nullable(),
  badgeCode: z.string().nullable(),
  note: z.string().nullable(),
  person: DelegatePersonSchema.nullable(),
});
export type Delegate = z.infer<typeof DelegateSchema>;

export const DelegateAddSchema = z
  .object({
    personId: z.uuid("Người: không hợp lệ").optional(),
    person: PersonInputSchema.optional(),
    collectiveId: z.uuid("Tập thể: không hợp lệ").optional(),
    role: DelegateRoleSchema.default("exemplar"),
    status: DelegateStatusSchema.default("invited"),
    seat: optionalText("Chỗ ngồi", 50),
    note: optionalText("Ghi chú", 1000),
    version: Version.optional(),
  })
  .refine((b) => [b.personId, b.person, b.collectiveId].filter((x) => x !== undefined).length === 1, {
    message: "Chọn đúng một trong: người có sẵn (personId), người mới (person) hoặc tập thể (collectiveId)",
    path: ["personId"],
  });
export type DelegateAdd = z.output<typeof DelegateAddSchema>;

export const DelegateUpdateSchema = z.object({
  role: DelegateRoleSchema.optional(),
  status: DelegateStatusSchema.optional(),
  seat: optionalText("Chỗ ngồi", 50),
  note: optionalText("Ghi chú", 1000),
  version: Version.optional(),
});
export type DelegateUpdate = z.output<typeof DelegateUpdateSchema>;

export const DelegateWriteResultSchema = z.object({ delegate: DelegateSchema, version: z.number().int() });
export const DelegateRemoveResultSchema = z.object({ id: z.uuid(), version: z.number().int() });

export const PresidiumMemberSchema = z.object({
  delegateId: z.uuid(),
  order: z.number().int(),
  titleShown: z.string().nullable(),
  fullName: z.string(),
});
export const PresidiumPutSchema = z.object({
  members: z
    .array(
      z.object({
        delegateId: z.uuid("Đại biểu: không hợp lệ"),
        titleShown: optionalText("Chức danh hiển thị", 300),
      }),
    )
    .max(30),
  version: Version,
});
export type PresidiumPut = z.output<typeof PresidiumPutSchema>;

const MediaLabel = z
  .string()
  .transform(cleanText)
  .pipe(z.string().min(1, "Tên tư liệu: bắt buộc nhập").max(300));
/** An agenda item's media (D7): a link (video, photos online) or a file uploaded for the conference. */
export const AgendaMediaSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("link"),
      label: MediaLabel,
      url: z
        .url({ protocol: /^https?$/u, error: "Đường dẫn: phải bắt đầu bằng http:// hoặc https://" })
        .max(2000),
    }),
    z.object({
      kind: z.literal("file"),
      fileId: z.uuid("Tệp tư liệu: mã tệp không hợp lệ"),
      label: MediaLabel,
    }),
  ],
  { error: "Tư liệu: phải là đường dẫn hoặc tệp đã tải lên" },
);
export type AgendaMediaInput = z.input<typeof AgendaMediaSchema>;

/** What an agenda media file may be (G2, D7): documents, images and MP4 video clips. */
export const AGENDA_MEDIA_EXTENSIONS = [".pdf", ".docx", ".png", ".jpg", ".jpeg", ".mp4"] as const;
/** Answer to an agenda media upload: attach it to an item as `{ kind: "file", fileId, label }`. */
export const AgendaMediaUploadSchema = z.object({
  fileId: z.uuid(),
  label: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type AgendaMediaUpload = z.output<typeof AgendaMediaUploadSchema>;
export const AgendaItemSchema = z.object({
  id: z.uuid(),
  order: z.number().int(),
  coreCode: z.string().nullable(),
  title: z.string(),
  presenter: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  media: z.array(
    z.object({
      kind: z.string(),
      label: z.string(),
      url: z.string().optional(),
      fileId: z.string().optional(),
    }),
  ),
});
export const AgendaPutSchema = z.object({
  items: z
    .array(
      z.object({
        id: z.uuid().optional(),
        coreCode: z
          .string()
          .regex(/^[a-z][a-z0-9_]{1,39}$/u, "Mã mục chương trình không hợp lệ")
          .nullable()
          .optional(),
        title: z.string().transform(cleanText).pipe(z.string().min(1, "Tên mục: bắt buộc nhập").max(500)),
        presenter: optionalText("Người trình bày", 300),
        durationMinutes: z.number().int().min(1).max(600).nullable().optional(),
        media: z.array(AgendaMediaSchema).max(20).default([]),
      }),
    )
    .max(60),
  version: Version,
});
export type AgendaPut = z.output<typeof AgendaPutSchema>;

/** Optional version on transitions: when sent, a stale one is refused. */
export const TransitionSchema = z.object({
  version: Version.optional(),
  comment: optionalText("Ý kiến", 2000),
});
export const ReturnSchema = z.object({
  comment: z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, "Ý kiến: bắt buộc nhập lý do trả lại").max(2000)),
  version: Version.optional(),
});
export const ReopenSchema = z.object({
  reason: z.string().transform(cleanText).pipe(z.string().min(1, "Lý do: bắt buộc nhập").max(2000)),
  version: Version.optional(),
});

export const ConferenceDetailSchema = ConferenceSummarySchema.extend({
  unitKind: z.string(),
  budgetSource: z.string().nullable(),
  invitees: z.array(z.string()),
  reviewComment: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  heldAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  createdAt: z.string(),
  capDecision: CapDecisionSchema,
  composition: CompositionSchema,
  violations: z.array(ViolationSchema),
  delegates: z.array(DelegateSchema),
  presidium: z.array(PresidiumMemberSchema),
  agenda: z.array(AgendaItemSchema),
  /** What the plan allows, for forms: D1 forms and D8 budget sources. */
  forms: z.array(z.string()),
  budgetSources: z.array(z.object({ code: z.string(), label: z.string() })),
  /** What the signed-in actor may do now. */
  can: ConferenceActionsSchema,
});
export type ConferenceDetail = z.infer<typeof ConferenceDetailSchema>;
