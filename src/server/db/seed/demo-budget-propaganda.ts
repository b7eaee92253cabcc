/**
 * Demo budgets and propaganda (SPEC I1, J1; issue #14): Xã Hà Lan's conference has a budget
 * in draft whose meal support is over the commune's norm (100.000 đ, TT 40/2017), Xã Quang
 * Trung's waits for the chairman's approval; the culture office has given tasks to itself,
 * the radio–TV station, the culture centre and two communes' radios, and some items are
 * logged. Ba Đình (which the tests write to) has neither a budget nor a task.
 */
import { and, eq } from "drizzle-orm";
import { budgetLines, budgets, conferences, propagandaItems, propagandaTasks } from "../schema/index.ts";
import type { SeedStep } from "./steps.ts";

const LINES = [
  {
    category: "hall",
    label: "Thuê hội trường, âm thanh, ánh sáng",
    quantity: 1,
    unit: "buổi",
    unitPrice: 2_000_000,
  },
  {
    category: "decoration",
    label: "Trang trí, khánh tiết, hoa tươi",
    quantity: 1,
    unit: "gói",
    unitPrice: 1_500_000,
  },
  { category: "documents", label: "Tài liệu cho đại biểu", quantity: 80, unit: "bộ", unitPrice: 20_000 },
  { category: "tea", label: "Nước uống giữa giờ", quantity: 80, unit: "người", unitPrice: 20_000 },
  {
    category: "meals",
    label: "Hỗ trợ tiền ăn khách mời không hưởng lương",
    quantity: 30,
    unit: "người",
    unitPrice: 120_000,
  },
] as const;

const TASKS = [
  {
    unit: "vhtt",
    title: "Mở chuyên mục “Người tốt, việc tốt” trên trang thông tin điện tử thị xã",
    due: "2020-04-05",
    status: "in_progress",
  },
  {
    unit: "daitth",
    title: "Phát sóng phóng sự về các điển hình tiên tiến trước Hội nghị",
    due: "2020-03-30",
    // Its two items below are logged against it: under way, as logging one makes it.
    status: "in_progress",
  },
  {
    unit: "ttvhtt",
    title: "Treo băng rôn, khẩu hiệu chào mừng Hội nghị trên các tuyến phố chính",
    due: "2020-03-23",
    status: "open",
  },
  {
    unit: "halan",
    title: "Đài truyền thanh xã phát tin biểu dương gương người tốt, việc tốt",
    due: "2020-04-01",
    status: "open",
  },
  {
    unit: "quangtrung",
    title: "Đài truyền thanh xã tuyên truyền về Hội nghị điển hình tiên tiến",
    due: "2020-03-20",
    status: "done",
  },
] as const;

const ITEMS = [
  {
    unit: "daitth",
    kind: "broadcast",
    channel: "television",
    title: "Phóng sự: Những bông hoa đẹp ở Bỉm Sơn",
    date: "2020-03-10",
    minutes: 12,
    featured: "Bà Nguyễn Thị Hoa (Phường Ba Đình)",
  },
  {
    unit: "daitth",
    kind: "good_deeds",
    channel: "radio",
    title: "Người tốt, việc tốt: Ông Lê Văn Thành nhặt được của rơi trả người đánh mất",
    date: "2020-03-17",
    minutes: 5,
    featured: "Ông Lê Văn Thành",
  },
  {
    unit: "vhtt",
    kind: "post",
    channel: "website",
    title: "Bỉm Sơn chuẩn bị Hội nghị điển hình tiên tiến",
    date: "2020-03-12",
    length: "850 chữ",
    featured: "",
  },
  {
    unit: "quangtrung",
    kind: "broadcast",
    channel: "radio",
    title: "Xã Quang Trung tuyên truyền về Hội nghị điển hình tiên tiến",
    date: "2020-03-18",
    minutes: 10,
    featured: "Xã Quang Trung",
  },
] as const;

export const seedDemoBudgetsAndPropaganda: SeedStep = async (tx, ctx) => {
  for (const [code, status] of [
    ["halan", "draft"],
    ["quangtrung", "awaiting_approval"],
  ] as const) {
    const unitId = ctx.unitIds.get(code);
    if (!unitId) continue;
    const [conf] = await tx
      .select({ id: conferences.id })
      .from(conferences)
      .where(and(eq(conferences.planId, ctx.planId), eq(conferences.unitId, unitId)));
    if (!conf) continue;
    const at = ctx.at("2020-03-20", "10:00");
    const [b] = await tx
      .insert(budgets)
      .values({
        conferenceId: conf.id,
        unitId,
        status,
        venueClass: "commune",
        province: "thanh_hoa",
        submittedAt: status === "draft" ? null : at,
        reviewedAt: status === "draft" ? null : ctx.at("2020-03-23", "15:00"),
        reviewedBy: status === "draft" ? null : (ctx.userIds.get("taichinh") ?? null),
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: budgets.id });
    await tx.insert(budgetLines).values(
      LINES.map((l, i) => ({
        ...l,
        // Quang Trung's was brought down to the norm before it went to finance.
        unitPrice: status !== "draft" && l.category === "meals" ? 100_000 : l.unitPrice,
        budgetId: b!.id,
        sortOrder: i,
      })),
    );
  }

  const culture = ctx.userIds.get("vanhoa") ?? null;
  const taskIds = new Map<string, string>();
  for (const t of TASKS) {
    const unitId = ctx.unitIds.get(t.unit);
    if (!unitId) continue;
    const [row] = await tx
      .insert(propagandaTasks)
      .values({
        unitId,
        title: t.title,
        dueDate: ctx.day(t.due),
        status: t.status,
        createdBy: culture,
        createdAt: ctx.at("2020-03-02", "08:30"),
        updatedAt: ctx.at("2020-03-02", "08:30"),
      })
      .returning({ id: propagandaTasks.id });
    taskIds.set(t.unit, row!.id);
  }
  for (const i of ITEMS) {
    const unitId = ctx.unitIds.get(i.unit);
    if (!unitId) continue;
    await tx.insert(propagandaItems).values({
      unitId,
      taskId: taskIds.get(i.unit) ?? null,
      kind: i.kind,
      channel: i.channel,
      title: i.title,
      date: ctx.day(i.date),
      durationMinutes: "minutes" in i ? i.minutes : null,
      length: "length" in i ? i.length : null,
      featured: i.featured,
      link: `https://bimson.thanhhoa.gov.vn/tin-tuc/${encodeURIComponent(i.date)}`,
      createdBy: culture,
      createdAt: ctx.at(i.date, "16:00"),
    });
  }
};
