/**
 * Levels as data (SPEC M1; issue #9 item 7): tỉnh Thanh Hóa above the town, with its
 * standing office (Sở Nội vụ) and office user `tinh_vanphong`, its chairman
 * `tinh_chutich`, and its own running plan whose conference the town takes part in —
 * so the roll-up (town list approved → package → province imports it) shows end to end.
 * No code branches on these names: the province is just a unit of kind "tinh", its plan
 * just a plan, its conference just the conference its plan's issuing unit holds.
 *
 * The province's plan is dated a month before the seed's day (it was issued before the
 * town's), so the town's plan stays the running plan of this installation.
 */
import { eq, sql } from "drizzle-orm";
import { defaultDocumentSettings } from "../../../domain/document-settings.ts";
import { foldVietnamese } from "../../../domain/text.ts";
import { conferences, planParticipants, plans, unitDocumentSettings, units } from "../schema/index.ts";
import type { SeedStep } from "./steps.ts";

export const PROVINCE = { code: "tinhthanhhoa", name: "Tỉnh Thanh Hóa", kind: "tinh" } as const;
export const PROVINCE_OFFICE = {
  code: "sonoivu",
  name: "Sở Nội vụ tỉnh Thanh Hóa",
  kind: "co_quan",
} as const;

export const PROVINCE_USERS = [
  {
    username: "tinh_vanphong",
    fullName: "Thường trực HĐ TĐKT tỉnh (Sở Nội vụ)",
    role: "office",
    unit: PROVINCE_OFFICE.code,
  },
  {
    username: "tinh_chutich",
    fullName: "Chủ tịch UBND tỉnh (tài khoản mẫu)",
    role: "chairman",
    unit: PROVINCE.code,
  },
] as const;

const PROVINCE_CONFERENCE_TITLE = "Hội nghị điển hình tiên tiến tỉnh Thanh Hóa giai đoạn 2015–2020";

export const seedDemoLevels: SeedStep = async (tx, ctx) => {
  const townId = ctx.unitIds.get("bimson")!;
  const [province] = await tx
    .insert(units)
    .values({
      code: PROVINCE.code,
      name: PROVINCE.name,
      searchKey: foldVietnamese(PROVINCE.name),
      kindCode: PROVINCE.kind,
    })
    .returning({ id: units.id });
  const [office] = await tx
    .insert(units)
    .values({
      code: PROVINCE_OFFICE.code,
      name: PROVINCE_OFFICE.name,
      searchKey: foldVietnamese(PROVINCE_OFFICE.name),
      kindCode: PROVINCE_OFFICE.kind,
      parentId: province!.id,
    })
    .returning({ id: units.id });
  await tx.update(units).set({ parentId: province!.id }).where(eq(units.id, townId));
  await tx.insert(unitDocumentSettings).values([
    {
      unitId: province!.id,
      ...defaultDocumentSettings({
        name: PROVINCE.name,
        isArea: true,
        areaName: PROVINCE.name,
        parentAreaName: null,
      }),
    },
    {
      unitId: office!.id,
      ...defaultDocumentSettings({
        name: PROVINCE_OFFICE.name,
        isArea: false,
        areaName: PROVINCE.name,
        parentAreaName: null,
      }),
      symbol: "SNV",
      signerTitle: "GIÁM ĐỐC",
    },
  ]);

  // The province's running plan (demo: its number and figures are invented, so marked isDemo).
  const [town] = await tx.select().from(plans).where(eq(plans.id, ctx.planId));
  const issued = new Date(ctx.now.getTime() - 30 * 24 * 3600 * 1000);
  const [provincePlan] = await tx
    .insert(plans)
    .values({
      issuingUnitId: province!.id,
      issuingBody: "Ủy ban nhân dân tỉnh Thanh Hóa",
      parentBody: null,
      numberSymbol: "…/KH-UBND",
      issuedOn: null,
      place: "Thanh Hóa",
      title:
        "Kế hoạch tổ chức Hội nghị điển hình tiên tiến tỉnh Thanh Hóa tiến tới Đại hội thi đua yêu nước toàn quốc lần thứ X",
      signerName: "",
      signerTitle: "Chủ tịch UBND tỉnh",
      legalBases: town!.legalBases,
      purposes: [],
      targetCongress: town!.targetCongress,
      recipients: [],
      rules: town!.rules,
      status: "issued",
      isTemplate: false,
      isDemo: true,
      createdAt: issued,
      updatedAt: issued,
    })
    .returning({ id: plans.id });
  await tx.insert(planParticipants).values({ planId: provincePlan!.id, unitId: townId, role: "ordinary" });

  // The province's own conference, which receives the nominations of the level below. (The
  // town's own conference is created by its office on the Conferences page, like any other.)
  await tx.insert(conferences).values({
    planId: provincePlan!.id,
    unitId: province!.id,
    kind: "town",
    form: "Hội nghị đại biểu",
    title: PROVINCE_CONFERENCE_TITLE,
    date: ctx.day("2020-08-20"),
  });

  // The province's users share the demo password: copied from the town's office user.
  for (const u of PROVINCE_USERS) {
    const unitId = u.unit === PROVINCE.code ? province!.id : office!.id;
    await tx.execute(sql`
      insert into users (username, full_name, password_hash, role, unit_id, created_at, updated_at)
      select ${u.username}, ${u.fullName}, password_hash, ${u.role}, ${unitId}, ${ctx.now}, ${ctx.now}
      from users where username = 'vanphong'`);
  }
};
