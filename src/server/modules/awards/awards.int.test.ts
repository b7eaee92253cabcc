/**
 * Award decisions over HTTP (SPEC H1, H2; issue #14 items 1, 2, 6 and its "API that outside
 * checks rely on"): the forms as data, a unit's Giấy khen for three delegates with money in
 * integer đồng and the total in words, validation naming the field, 409 on a stale save,
 * another unit's conference 404, the office for the town conference, the audit rows.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import { auditEvents, collectives, conferences } from "../../db/schema/index.ts";
import { addPeople, conferenceOf, unitIdOf } from "../delegate-lists/testing/fixtures.ts";
import { currentPlanId } from "../units/index.ts";

let t: TestApp;
let conferenceId: string;
let people: string[];
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  conferenceId = await conferenceOf(db, "badinh", "approved");
  people = await addPeople(
    db,
    "badinh",
    [
      { fullName: "Nguyễn Văn An", gender: "male", position: "Tổ trưởng", workplace: "Tổ dân phố 3" },
      {
        fullName: "Trần Thị Bình",
        gender: "female",
        position: "Giáo viên",
        workplace: "Trường Tiểu học Ba Đình",
      },
      { fullName: "Lê Văn Cường", gender: "male" },
    ],
    conferenceId,
  );
});
afterAll(() => t?.close());

const awardsUrl = (id: string) => `/api/conferences/${id}/awards`;

describe("GET /api/award-forms", () => {
  it("lists the forms as data with code, name and multipliers", async () => {
    const unit = await t.as("badinh");
    const res = await unit.get("/api/award-forms");
    expect(res.statusCode).toBe(200);
    const forms = res.json().items as { code: string; name: string; individualMultiplier: string | null }[];
    expect(forms.find((f) => f.code === "giay_khen_xa")).toMatchObject({
      name: "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã",
      individualMultiplier: "0,15",
      collectiveMultiplier: "0,3",
    });
    expect(forms.find((f) => f.code === "lao_dong_tien_tien")?.individualMultiplier).toBe("0,3");
  });
});

describe("POST /api/conferences/:id/awards", () => {
  it("records a Giấy khen for three delegates: 201, integer amounts, total and words", async () => {
    const unit = await t.as("badinh");
    const res = await unit.post(awardsUrl(conferenceId), {
      number: "15/QĐ-UBND",
      date: "2024-08-15",
      form: "giay_khen_huyen",
      recipients: people.map((personId) => ({ personId })),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.recipients.map((r: { amount: number }) => r.amount)).toEqual([710_000, 710_000, 710_000]);
    expect(body.recipients.map((r: { salutation: string }) => r.salutation)).toEqual(["Ông", "Bà", "Ông"]);
    expect(body.total).toBe(2_130_000);
    expect(body.totalInWords).toBe("Hai triệu một trăm ba mươi nghìn đồng");
    expect(body.baseSalary).toBe(2_340_000);
    // Issuer and signer come from the ward's document settings.
    expect(body.issuer).toBe("ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH");

    const list = (await unit.get(awardsUrl(conferenceId))).json();
    expect(list.items.map((d: { id: string }) => d.id)).toEqual([body.id]);
    expect(list).toMatchObject({ total: 1, page: 1, limit: 20, amount: 2_130_000 });
    expect(list.amountInWords).toBe("Hai triệu một trăm ba mươi nghìn đồng");

    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "award.create"), eq(auditEvents.entityId, body.id)));
    expect(audit?.after).toMatchObject({ number: "15/QĐ-UBND", total: 2_130_000 });
  });

  it("uses the base salary in force on the decision date (1.490.000 in 2020)", async () => {
    const unit = await t.as("badinh");
    const res = await unit.post(awardsUrl(conferenceId), {
      number: "02/QĐ-UBND",
      date: "2020-03-25",
      form: "giay_khen_xa",
      recipients: [{ personId: people[0] }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().recipients[0].amount).toBe(230_000); // 0,15 × 1.490.000 = 223.500 → 230.000
  });

  it("refuses in Vietnamese naming the field: unknown form, a collective-only form for a person, no recipients, a number used twice", async () => {
    const unit = await t.as("badinh");
    const base = { number: "99/QĐ-UBND", date: "2024-08-15", recipients: [{ personId: people[0] }] };
    let res = await unit.post(awardsUrl(conferenceId), { ...base, form: "khong_co" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("Hình thức khen thưởng");
    res = await unit.post(awardsUrl(conferenceId), { ...base, form: "tap_the_lao_dong_tien_tien" });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("không dùng để khen cá nhân");
    res = await unit.post(awardsUrl(conferenceId), { ...base, form: "giay_khen_xa", recipients: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("Người được khen");
    res = await unit.post(awardsUrl(conferenceId), { ...base, form: "giay_khen_xa", number: "15/QĐ-UBND" });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain("Số quyết định");
  });

  it("refuses a person of another unit who is not a delegate of the conference", async () => {
    const [stranger] = await addPeople(t.database.db, "ngoctrao", [{ fullName: "Phạm Văn Ngoài" }]);
    const unit = await t.as("badinh");
    const res = await unit.post(awardsUrl(conferenceId), {
      number: "98/QĐ-UBND",
      date: "2024-08-15",
      form: "giay_khen_xa",
      recipients: [{ personId: stranger }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain("không thuộc đơn vị tổ chức");
  });

  it("hides another unit's conference and decisions (404) and refuses council (403)", async () => {
    const other = await conferenceOf(t.database.db, "ngoctrao", "approved");
    const unit = await t.as("badinh");
    expect((await unit.get(awardsUrl(other))).statusCode).toBe(404);
    const post = await unit.post(awardsUrl(other), {
      number: "1/QĐ",
      date: "2024-08-15",
      form: "giay_khen_xa",
      recipients: [{ personId: people[0] }],
    });
    expect(post.statusCode).toBe(404);
    const ngoctrao = await t.as("ngoctrao");
    const own = (await unit.get(awardsUrl(conferenceId))).json().items[0];
    expect((await ngoctrao.get(`/api/awards/${own.id}`)).statusCode).toBe(404);
    const council = await t.as("hoidong");
    expect((await council.get(awardsUrl(conferenceId))).statusCode).toBe(200);
    const refused = await council.post(awardsUrl(conferenceId), {
      number: "3/QĐ",
      date: "2024-08-15",
      form: "giay_khen_xa",
      recipients: [{ personId: people[0] }],
    });
    expect(refused.statusCode).toBe(403);
  });

  it("lets the office record a decision at the town conference for a collective of a ward", async () => {
    const db = t.database.db;
    const planId = (await currentPlanId(db))!;
    const town = await unitIdOf(db, "bimson");
    const [conf] = await db
      .insert(conferences)
      .values({ planId, unitId: town, kind: "town", title: "Hội nghị điển hình tiên tiến thị xã" })
      .onConflictDoNothing()
      .returning({ id: conferences.id });
    const townConf =
      conf?.id ??
      (await db.select({ id: conferences.id }).from(conferences).where(eq(conferences.kind, "town")))[0]!.id;
    const badinh = await unitIdOf(db, "badinh");
    const [col] = await db
      .insert(collectives)
      .values({ unitId: badinh, name: "Tổ dân phố số 5", searchKey: "to dan pho so 5" })
      .returning({ id: collectives.id });
    await db.execute(
      (await import("drizzle-orm"))
        .sql`INSERT INTO delegates (conference_id, collective_id) VALUES (${townConf}, ${col!.id})`,
    );
    const office = await t.as("vanphong");
    const res = await office.post(awardsUrl(townConf), {
      number: "120/QĐ-UBND",
      date: "2024-09-02",
      form: "tap_the_lao_dong_tien_tien",
      movement: "kieu_mau",
      recipients: [{ collectiveId: col!.id, achievement: "Hoàn thành xuất sắc nhiệm vụ năm 2024" }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      total: 1_880_000,
      totalInWords: "Một triệu tám trăm tám mươi nghìn đồng",
      movementName: "Xây dựng cơ quan, đơn vị, gia đình, con người kiểu mẫu",
    });
    expect(res.json().recipients[0]).toMatchObject({ salutation: "Tập thể", name: "Tổ dân phố số 5" });
    const unit = await t.as("badinh");
    expect((await unit.get(awardsUrl(townConf))).statusCode).toBe(404);
    const movements = (await office.get("/api/movements")).json().items as {
      code: string;
      decisions: number;
      amount: number;
    }[];
    expect(movements.find((m) => m.code === "kieu_mau")).toMatchObject({ decisions: 1, amount: 1_880_000 });
  });
});

describe("PUT and DELETE /api/awards/:id", () => {
  it("recomputes on save, answers 409 to the stale copy, deletes with the version", async () => {
    const unit = await t.as("badinh");
    const created = (
      await unit.post(awardsUrl(conferenceId), {
        number: "40/QĐ-UBND",
        date: "2024-08-15",
        form: "giay_khen_xa",
        recipients: [{ personId: people[1] }],
      })
    ).json();
    const body = {
      number: "40/QĐ-UBND",
      date: "2024-08-15",
      form: "chien_si_thi_dua_co_so",
      recipients: [{ personId: people[1], registerNumber: "CS-07" }],
      version: created.version,
    };
    const saved = await unit.put(`/api/awards/${created.id}`, body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ total: 2_340_000, version: created.version + 1 });
    expect(saved.json().recipients[0].registerNumber).toBe("CS-07");
    const again = await unit.put(`/api/awards/${created.id}`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("STALE");
    expect((await unit.delete(`/api/awards/${created.id}?version=${created.version}`)).statusCode).toBe(409);
    expect((await unit.delete(`/api/awards/${created.id}?version=${created.version + 1}`)).statusCode).toBe(
      204,
    );
    expect((await unit.get(`/api/awards/${created.id}`)).statusCode).toBe(404);
  });
});

describe("base salaries", () => {
  it("lets the office add a later value (audited, 409 on the same date) and refuses a unit", async () => {
    const office = await t.as("vanphong");
    const res = await office.post("/api/base-salaries", {
      effectiveFrom: "2099-07-01",
      amount: 2_530_000,
      legalBasis: "Nghị định thử nghiệm",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().amountInWords).toBe("Hai triệu năm trăm ba mươi nghìn đồng");
    const dup = await office.post("/api/base-salaries", {
      effectiveFrom: "2099-07-01",
      amount: 2_600_000,
      legalBasis: "x",
    });
    expect(dup.statusCode).toBe(409);
    const unit = await t.as("badinh");
    const refused = await unit.post("/api/base-salaries", {
      effectiveFrom: "2098-07-01",
      amount: 2_600_000,
      legalBasis: "x",
    });
    expect(refused.statusCode).toBe(403);
  });
});
