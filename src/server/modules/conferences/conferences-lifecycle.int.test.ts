/** Conference lifecycle (issue 3 item 6, III.1, N2): every step, its refusals, its audit row. */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createTestApp, type TestApp } from "../../../../tests/helpers/app.ts";
import type { ConferenceDetail, ConferenceSummary } from "../../../domain/conferences.ts";
import { auditEvents } from "../../db/schema/index.ts";

let t: TestApp;
let office: Client;
let units: Map<string, string>;
let demo: Map<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.as("vanphong");
  const list = (await office.get("/api/units")).json().items as { id: string; code: string }[];
  units = new Map(list.map((u) => [u.code, u.id]));
  const confs = (await office.get("/api/conferences")).json().items as ConferenceSummary[];
  demo = new Map(confs.map((c) => [list.find((u) => u.id === c.unitId)!.code, c.id]));
});
afterAll(() => t?.close());

const audits = (action: string, id: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, id)));

/** A unit conference of `code` that passes every rule, in draft. */
async function validDraft(code: string): Promise<ConferenceDetail> {
  const res = await office.post("/api/conferences", {
    unitId: units.get(code),
    form: "Hội nghị biểu dương người tốt, việc tốt",
    date: "25/03/2020",
    startTime: "7:30",
    endTime: "11:00",
    venue: "Hội trường",
  });
  expect(res.statusCode).toBe(201);
  const id = res.json().id as string;
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const guest = i >= 7;
    const d = await office.post(`/api/conferences/${id}/delegates`, {
      person: {
        fullName: `Trần Thị Mẫu ${String.fromCharCode(65 + i)}`,
        gender: "female",
        categories: guest ? ["leader"] : ["emulation_fighter"],
      },
      role: guest ? "guest" : "exemplar",
    });
    expect(d.statusCode).toBe(201);
    ids.push(d.json().delegate.id);
  }
  const cur = (await office.get(`/api/conferences/${id}`)).json();
  const members = [ids[7], ids[8], ids[0], ids[1], ids[2]].map((delegateId) => ({ delegateId }));
  const put = await office.put(`/api/conferences/${id}/presidium`, { members, version: cur.version });
  expect(put.statusCode).toBe(200);
  expect(put.json().errorCount).toBe(0);
  return put.json();
}

describe("lifecycle", () => {
  it("draft → submitted → approved → held → closed, each audited with who and when", async () => {
    const c = await validDraft("ngoctrao");
    const unit = await t.as("ngoctrao");
    const sub = await unit.post(`/api/conferences/${c.id}/submit`);
    expect(sub.statusCode).toBe(200);
    expect(sub.json()).toMatchObject({ status: "submitted", version: c.version + 1 });
    expect(sub.json().submittedAt).toBeTruthy();

    // The unit cannot approve its own; the council does not approve unit conferences.
    expect((await unit.post(`/api/conferences/${c.id}/approve`)).statusCode).toBe(403);
    expect((await (await t.as("hoidong")).post(`/api/conferences/${c.id}/approve`)).statusCode).toBe(403);
    const ok = await office.post(`/api/conferences/${c.id}/approve`, { comment: "Đồng ý" });
    expect(ok.json()).toMatchObject({ status: "approved", reviewComment: "Đồng ý" });
    expect(ok.json().reviewedBy).toBeTruthy();

    expect((await office.post(`/api/conferences/${c.id}/close`)).statusCode).toBe(409);
    const held = await unit.post(`/api/conferences/${c.id}/hold`);
    expect(held.json()).toMatchObject({ status: "held" });
    expect((await unit.post(`/api/conferences/${c.id}/close`)).statusCode).toBe(403);
    const closed = await office.post(`/api/conferences/${c.id}/close`);
    expect(closed.json()).toMatchObject({ status: "closed", version: c.version + 4 });
    expect(closed.json().closedAt).toBeTruthy();

    for (const step of ["submit", "approve", "hold", "close"]) {
      const rows = await audits(`conference.${step}`, c.id);
      expect(rows, step).toHaveLength(1);
      expect(rows[0]!.actorUsername).toBe(step === "submit" || step === "hold" ? "ngoctrao" : "vanphong");
    }
    const reopen = await office.post(`/api/conferences/${c.id}/reopen`, { reason: "Sửa" });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.message).toMatch(/Không thể mở lại/u);
  });

  it("return needs a comment; a returned conference is edited and submitted again", async () => {
    const c = await validDraft("bacson");
    await office.post(`/api/conferences/${c.id}/submit`);
    const noComment = await office.post(`/api/conferences/${c.id}/return`, {});
    expect(noComment.statusCode).toBe(400);
    const back = await office.post(`/api/conferences/${c.id}/return`, { comment: "Bổ sung địa điểm cụ thể" });
    expect(back.json()).toMatchObject({ status: "returned", reviewComment: "Bổ sung địa điểm cụ thể" });
    const edit = await office.patch(`/api/conferences/${c.id}`, {
      venue: "Hội trường UBND phường Bắc Sơn",
      version: back.json().version,
    });
    expect(edit.statusCode).toBe(200);
    expect((await office.post(`/api/conferences/${c.id}/submit`)).json().status).toBe("submitted");
    expect(await audits("conference.return", c.id)).toHaveLength(1);
  });

  it("reopen needs a reason, goes back to draft; edits while approved are refused with 409", async () => {
    const id = demo.get("moitruong")!;
    const before = (await office.get(`/api/conferences/${id}`)).json();
    const patch = await office.patch(`/api/conferences/${id}`, {
      venue: "Nơi khác",
      version: before.version,
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error).toMatchObject({ code: "CONFLICT" });
    expect(patch.json().error.message).toMatch(/bấm “Mở lại để sửa” và ghi lý do/u);

    // Attendance can still be recorded once approved.
    const d = before.delegates[0];
    const att = await office.patch(`/api/conferences/${id}/delegates/${d.id}`, { status: "attended" });
    expect(att.statusCode).toBe(200);
    expect(att.json().delegate.status).toBe("attended");
    const role = await office.patch(`/api/conferences/${id}/delegates/${d.id}`, { role: "guest" });
    expect(role.statusCode).toBe(409);

    const unit = await t.as("moitruong");
    expect((await unit.post(`/api/conferences/${id}/reopen`, {})).statusCode).toBe(400);
    const re = await unit.post(`/api/conferences/${id}/reopen`, { reason: "Bổ sung đại biểu" });
    expect(re.json()).toMatchObject({ status: "draft", reopenReason: "Bổ sung đại biểu" });
    const rows = await audits("conference.reopen", id);
    expect(rows[0]!.after).toMatchObject({ status: "draft", reopenReason: "Bổ sung đại biểu" });
  });

  it("pilot conferences are approved by the council, not the office (III.1)", async () => {
    const id = demo.get("hoiphunu")!;
    const denied = await office.post(`/api/conferences/${id}/approve`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toMatch(/Hội đồng Thi đua – Khen thưởng/u);
    const council = await t.as("hoidong");
    const ok = await council.post(`/api/conferences/${id}/approve`, { comment: "Đạt yêu cầu" });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe("approved");
    expect((await council.post(`/api/conferences/${id}/approve`)).statusCode).toBe(409);
  });

  it("submit is refused with 422 and the blocking violations while errors remain", async () => {
    const res = await office.post("/api/conferences", { unitId: units.get("lamson") });
    const id = res.json().id;
    const sub = await office.post(`/api/conferences/${id}/submit`);
    expect(sub.statusCode).toBe(422);
    const vs = sub.json().error.details.violations as { code: string; severity: string }[];
    expect(vs.length).toBeGreaterThan(0);
    expect(vs.every((v) => v.severity === "error")).toBe(true);
    expect(vs.map((v) => v.code)).toEqual(
      expect.arrayContaining(["D1_FORM_MISSING", "D6_PRESIDIUM_TOO_FEW"]),
    );
    expect((await office.get(`/api/conferences/${id}`)).json()).toMatchObject({
      status: "draft",
      version: 1,
    });
    expect(await audits("conference.submit", id)).toHaveLength(0);
  });

  it("transitions from the wrong state are 409 with a Vietnamese message; roles without the right are 403", async () => {
    const id = demo.get("badinh")!;
    const approve = await (await t.as("hoidong")).post(`/api/conferences/${id}/approve`);
    expect(approve.statusCode).toBe(409);
    expect(approve.json().error.message).toMatch(/Không thể duyệt: hội nghị đang ở trạng thái “Dự thảo”/u);
    for (const who of ["chutich", "vanhoa", "taichinh"]) {
      const c = await t.as(who);
      for (const step of ["submit", "approve", "hold", "close"]) {
        expect((await c.post(`/api/conferences/${id}/${step}`)).statusCode, `${who} ${step}`).toBe(403);
      }
      expect((await c.post(`/api/conferences/${id}/return`, { comment: "x" })).statusCode).toBe(403);
      expect((await c.post(`/api/conferences/${id}/reopen`, { reason: "x" })).statusCode).toBe(403);
    }
  });
});
