/**
 * Award data seeded by migration 0017 and the money total per conference that the budget
 * reads (SPEC H1, H2, I1; issue #14 items 1, 2, 4).
 */
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../tests/helpers/db.ts";
import { AWARD_FORM_DEFAULTS, BASE_SALARY_DEFAULTS } from "../../../domain/award-forms.ts";
import type { Database } from "../../db/client.ts";
import {
  awardDecisions,
  awardForms,
  awardRecipients,
  baseSalaries,
  movements,
} from "../../db/schema/index.ts";
import { addPeople, conferenceOf, unitIdOf } from "../delegate-lists/testing/fixtures.ts";
import { awardTotalForConference } from "./index.ts";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

describe("award data seeded by migration 0017", () => {
  it("holds the four movements of plan II.1.2 with their exact names", async () => {
    const rows = await database.db.select().from(movements).orderBy(asc(movements.sortOrder));
    expect(rows.map((r) => r.name)).toEqual([
      "Doanh nghiệp Việt Nam hội nhập và phát triển",
      "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
      "Xây dựng cơ quan, đơn vị, gia đình, con người kiểu mẫu",
      "Cả nước chung sức xây dựng nông thôn mới",
    ]);
  });

  it("holds the award forms and base salaries the domain lists (the same multipliers)", async () => {
    const forms = await database.db.select().from(awardForms).orderBy(asc(awardForms.sortOrder));
    expect(
      forms.map(({ code, name, kind, certificate, individualPerMille, collectivePerMille, legalBasis }) => ({
        code,
        name,
        kind,
        certificate,
        individualPerMille,
        collectivePerMille,
        legalBasis,
      })),
    ).toEqual(AWARD_FORM_DEFAULTS);
    const salaries = await database.db.select().from(baseSalaries).orderBy(asc(baseSalaries.effectiveFrom));
    expect(
      salaries.map(({ effectiveFrom, amount, legalBasis }) => ({ effectiveFrom, amount, legalBasis })),
    ).toEqual(BASE_SALARY_DEFAULTS);
  });
});

describe("awardTotalForConference", () => {
  it("sums every recipient's amount of every decision at the conference, and nothing of others", async () => {
    const db = database.db;
    const conferenceId = await conferenceOf(db, "badinh");
    const other = await conferenceOf(db, "ngoctrao");
    expect(await awardTotalForConference(db, conferenceId)).toBe(0);
    const [p1, p2, p3] = await addPeople(db, "badinh", [
      { fullName: "Nguyễn Văn An" },
      { fullName: "Trần Thị Bình" },
      { fullName: "Lê Văn Cường" },
    ]);
    const unitId = await unitIdOf(db, "badinh");
    const decision = (n: string, conf: string) => ({
      conferenceId: conf,
      unitId,
      number: n,
      date: "2020-03-20",
      issuer: "Ủy ban nhân dân phường Ba Đình",
      signerTitle: "Chủ tịch",
      signerName: "Nguyễn Văn Chủ",
      formCode: "giay_khen_xa",
      fundingSource: "Quỹ thi đua, khen thưởng",
      baseSalary: 1_490_000,
    });
    const [d1, d2, d3] = await db
      .insert(awardDecisions)
      .values([
        decision("01/QĐ-UBND", conferenceId),
        decision("02/QĐ-UBND", conferenceId),
        decision("09/QĐ-UBND", other),
      ])
      .returning({ id: awardDecisions.id });
    await db.insert(awardRecipients).values([
      { decisionId: d1!.id, position: 1, personId: p1!, perMille: 150, amount: 230_000 },
      { decisionId: d1!.id, position: 2, personId: p2!, perMille: 150, amount: 230_000 },
      { decisionId: d2!.id, position: 1, personId: p3!, perMille: 300, amount: 450_000 },
      { decisionId: d3!.id, position: 1, personId: p3!, perMille: 300, amount: 999_990_000 },
    ]);
    expect(await awardTotalForConference(db, conferenceId)).toBe(910_000);
    expect(await awardTotalForConference(db, other)).toBe(999_990_000);
  });
});
