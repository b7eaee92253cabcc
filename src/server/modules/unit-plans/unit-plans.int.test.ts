import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { UnitPlan } from "../../../domain/unit-plans.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { samplePdf } from "../../files/testing/samples.ts";
import { upload } from "../files/testing/upload.ts";

/** A clock the test moves: 10:00 on 20/11/2019 in Hà Nội, five days after the unit_plan milestone. */
const clock = { at: new Date("2019-11-20T03:00:00Z"), now: () => clock.at };
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t?.close());

const FORM = {
  conferenceForm: "Hội nghị tuyên dương điển hình tiên tiến",
  plannedDate: "2020-03-15",
  expectedDelegates: 120,
  contactName: "Nguyễn Thị Hoa",
  contactPhone: "0912 345 678",
};

const auditActions = async (entityId: string) =>
  (await t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, entityId))).map(
    (a) => a.action,
  );

describe("the unit's own plan (C1, III.2)", () => {
  it("starts not submitted, overdue against the unit_plan milestone", async () => {
    const res = await (await t.as("badinh")).get("/api/unit-plans/mine");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: null,
      unitCode: "badinh",
      role: "pilot",
      status: "not_submitted",
      version: 0,
      timeliness: { state: "overdue", days: 5, dueOn: "2019-11-15", label: "Quá hạn 5 ngày" },
    });
  });

  it("saves the form as a draft (version 0 creates), refusing a stale save", async () => {
    const badinh = await t.as("badinh");
    const res = await badinh.put("/api/unit-plans/mine", {
      answers: { ...FORM, notes: "Mời Hội đồng TĐKT" },
      version: 0,
    });
    expect(res.statusCode).toBe(200);
    const plan = res.json() as UnitPlan;
    expect(plan).toMatchObject({ status: "draft", version: 1, missingAnswers: [] });
    expect(plan.answers).toMatchObject({ expectedDelegates: 120, contactName: "Nguyễn Thị Hoa" });
    const again = await badinh.put("/api/unit-plans/mine", { answers: FORM, version: 0 });
    expect(again.statusCode).toBe(409);
    expect(await auditActions(plan.id!)).toEqual(["unit_plan.save"]);
  });

  it("names bad answers in Vietnamese, including a form the plan does not allow", async () => {
    const badinh = await t.as("badinh");
    const bad = await badinh.put("/api/unit-plans/mine", {
      answers: { ...FORM, expectedDelegates: -3, contactPhone: "không có" },
      version: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.fields).toMatchObject({
      "answers.expectedDelegates": "Số đại biểu dự kiến: ít nhất 1 người",
      "answers.contactPhone": "Số điện thoại người phụ trách: số điện thoại không hợp lệ",
    });
    const form = await badinh.put("/api/unit-plans/mine", {
      answers: { ...FORM, conferenceForm: "Hội nghị điển hình tiên tiến" },
      version: 1,
    });
    expect(form.statusCode).toBe(400);
    expect(form.json().error.message).toMatch(/Hình thức hội nghị dự kiến: kế hoạch chỉ cho phép/u);
  });

  it("cannot submit without a file or the required answers", async () => {
    const ngoctrao = await t.as("ngoctrao");
    const none = await ngoctrao.post("/api/unit-plans/mine/submit", { version: 1 });
    expect(none.statusCode).toBe(400);
    const partial = await ngoctrao.put("/api/unit-plans/mine", {
      answers: { contactName: "Lê Văn Nam" },
      version: 0,
    });
    expect(partial.json().missingAnswers).toEqual([
      "Hình thức hội nghị dự kiến",
      "Ngày dự kiến tổ chức",
      "Số đại biểu dự kiến",
      "Số điện thoại người phụ trách",
    ]);
    const refused = await ngoctrao.post("/api/unit-plans/mine/submit", { version: 1 });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(
      /còn thiếu: Hình thức hội nghị dự kiến, Ngày dự kiến tổ chức/u,
    );
  });

  it("submits with a file alone, stamped by the clock, and shows how late it is", async () => {
    const ngoctrao = await t.as("ngoctrao");
    const up = await upload(ngoctrao, "/api/unit-plans/mine/file?version=1", {
      filename: "KH Ngọc Trạo.pdf",
      content: samplePdf(),
    });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({ status: "draft", version: 2, file: { name: "KH Ngọc Trạo.pdf" } });
    const staleUpload = await upload(ngoctrao, "/api/unit-plans/mine/file?version=1", {
      filename: "b.pdf",
      content: samplePdf(),
    });
    expect(staleUpload.statusCode).toBe(409);
    const res = await ngoctrao.post("/api/unit-plans/mine/submit", { version: 2 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: "submitted",
      submittedAt: "2019-11-20T03:00:00.000Z",
      timeliness: { state: "late", days: 5, label: "Muộn 5 ngày" },
    });
    const edit = await ngoctrao.put("/api/unit-plans/mine", { answers: FORM, version: 3 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("CONFLICT");
  });
});

describe("following and reviewing unit plans (C1, III.1)", () => {
  const list = async (user: string) =>
    (await (await t.as(user)).get("/api/unit-plans")).json().items as UnitPlan[];

  it("shows every participant to the office, Council and chairman; a unit sees only itself", async () => {
    const items = await list("vanphong");
    expect(items.length).toBeGreaterThan(20);
    const by = new Map(items.map((i) => [i.unitCode, i]));
    expect(by.get("badinh")).toMatchObject({ status: "draft", timeliness: { state: "overdue", days: 5 } });
    expect(by.get("ngoctrao")).toMatchObject({ status: "submitted", timeliness: { state: "late", days: 5 } });
    expect(by.get("bacson")).toMatchObject({ id: null, status: "not_submitted", statusLabel: "Chưa gửi" });
    expect((await list("hoidong")).length).toBe(items.length);
    expect((await list("chutich")).length).toBe(items.length);
    expect((await list("badinh")).map((i) => i.unitCode)).toEqual(["badinh"]);
    // ADR 0005: culture and finance follow their own office's plan, like a unit.
    expect((await list("vanhoa")).map((i) => i.unitCode)).toEqual(["vhtt"]);
    expect((await list("taichinh")).map((i) => i.unitCode)).toEqual(["tckh"]);
    expect((await (await t.as("taichinh")).get("/api/unit-plans/mine")).statusCode).toBe(200);
    expect((await (await t.as("vanphong")).get("/api/unit-plans/mine")).statusCode).toBe(403);
  });

  it("is on time on the due date and one day late just after midnight (Vietnam time)", async () => {
    clock.at = new Date("2019-11-15T16:59:00Z"); // 23:59 on 15/11 in Hà Nội
    const bacson = await t.as("bacson");
    await bacson.put("/api/unit-plans/mine", { answers: FORM, version: 0 });
    const onTime = await bacson.post("/api/unit-plans/mine/submit", { version: 1 });
    expect(onTime.json().timeliness).toMatchObject({ state: "on_time", days: 0 });
    clock.at = new Date("2019-11-15T17:00:00Z"); // 00:00 on 16/11
    const lamson = await t.as("lamson");
    await lamson.put("/api/unit-plans/mine", { answers: FORM, version: 0 });
    const late = await lamson.post("/api/unit-plans/mine/submit", { version: 1 });
    expect(late.json().timeliness).toMatchObject({ state: "late", days: 1 });
    clock.at = new Date("2019-11-20T03:00:00Z");
  });

  it("returns a plan with a comment, which the unit then sees; then accepts the fixed one", async () => {
    const office = await t.as("vanphong");
    const ngoctrao = (await list("vanphong")).find((i) => i.unitCode === "ngoctrao")!;
    const noComment = await office.post(`/api/unit-plans/${ngoctrao.id}/return`, {
      version: ngoctrao.version,
    });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.message).toMatch(/ghi rõ ý kiến/u);
    const comment = "Bổ sung danh sách khách mời và thời gian cụ thể.";
    const returned = await office.post(`/api/unit-plans/${ngoctrao.id}/return`, {
      version: ngoctrao.version,
      comment,
    });
    expect(returned.statusCode).toBe(200);
    expect(returned.json()).toMatchObject({ status: "returned", reviewComment: comment });
    const again = await office.post(`/api/unit-plans/${ngoctrao.id}/return`, {
      version: ngoctrao.version,
      comment,
    });
    expect(again.statusCode).toBe(409);

    const unit = await t.as("ngoctrao");
    const mine = (await unit.get("/api/unit-plans/mine")).json() as UnitPlan;
    expect(mine).toMatchObject({ status: "returned", statusLabel: "Bị trả lại", reviewComment: comment });
    const fixed = await unit.put("/api/unit-plans/mine", { answers: FORM, version: mine.version });
    expect(fixed.json().status).toBe("returned");
    const resubmitted = await unit.post("/api/unit-plans/mine/submit", { version: mine.version + 1 });
    expect(resubmitted.json().status).toBe("submitted");

    const accepted = await office.post(`/api/unit-plans/${ngoctrao.id}/accept`, {
      version: mine.version + 2,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe("accepted");
    expect(await auditActions(ngoctrao.id!)).toEqual([
      "unit_plan.save",
      "unit_plan.file",
      "unit_plan.submit",
      "unit_plan.return",
      "unit_plan.save",
      "unit_plan.submit",
      "unit_plan.accept",
    ]);
    const [row] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, ngoctrao.id!), eq(auditEvents.action, "unit_plan.return")));
    expect(row).toMatchObject({ actorUsername: "vanphong", before: { status: "submitted" } });
    expect(row!.after).toMatchObject({ status: "returned", reviewComment: comment });
  });

  it("lets the Council approve pilot units' plans, not ordinary ones", async () => {
    const badinh = await t.as("badinh");
    await badinh.post("/api/unit-plans/mine/submit", { version: 1 });
    const items = await list("hoidong");
    const pilot = items.find((i) => i.unitCode === "badinh")!;
    const ordinary = items.find((i) => i.unitCode === "bacson")!;
    const council = await t.as("hoidong");
    expect(
      (await council.post(`/api/unit-plans/${ordinary.id}/accept`, { version: ordinary.version })).statusCode,
    ).toBe(403);
    const ok = await council.post(`/api/unit-plans/${pilot.id}/accept`, { version: pilot.version });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe("accepted");
    // The chairman never reviews (403); culture and finance see only their own plan (404, ADR 0005).
    for (const [user, status] of [
      ["chutich", 403],
      ["vanhoa", 404],
      ["taichinh", 404],
    ] as const) {
      const res = await (await t.as(user)).post(`/api/unit-plans/${ordinary.id}/accept`, {
        version: ordinary.version,
      });
      expect(res.statusCode, user).toBe(status);
    }
  });

  it("never lets a unit touch another unit's plan or file (404), nor review its own (403)", async () => {
    const items = await list("vanphong");
    const other = items.find((i) => i.unitCode === "lamson")!;
    const fileId = items.find((i) => i.unitCode === "ngoctrao")!.file!.id;
    const badinh = await t.as("badinh");
    const own = items.find((i) => i.unitCode === "badinh")!;
    expect(
      (await badinh.post(`/api/unit-plans/${other.id}/accept`, { version: other.version })).statusCode,
    ).toBe(404);
    const ret = await badinh.post(`/api/unit-plans/${other.id}/return`, {
      version: other.version,
      comment: "x",
    });
    expect(ret.statusCode).toBe(404);
    expect((await badinh.post(`/api/unit-plans/${own.id}/accept`, { version: own.version })).statusCode).toBe(
      403,
    );
    expect((await badinh.get(`/api/files/${fileId}`)).statusCode).toBe(404);
    expect((await (await t.as("ngoctrao")).get(`/api/files/${fileId}`)).statusCode).toBe(200);
    expect((await (await t.as("lamson")).get("/api/unit-plans/mine")).json().unitCode).toBe("lamson");
  });
});
